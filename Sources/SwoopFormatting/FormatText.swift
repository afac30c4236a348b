// format() of a str: str.__format__.

/// `format(s, spec)`: type 's' or none; precision truncates to that many code points, width
/// pads (left-aligned unless told otherwise). Lengths count Unicode scalars, as Python's len().
public func formatString(_ s: String, spec: FormatSpec, typeName: String = "str") throws -> String {
    if spec.isEmpty { return s }
    if let t = spec.type, t != "s" {
        throw unknownFormatCode(t, typeName: typeName)
    }
    // The parser only checks grouping against an explicit type; a str's implicit type is 's'.
    if spec.type == nil, let grouping = spec.grouping {
        throw FormatError.value("Cannot specify '\(grouping == .comma ? "," : "_")' with 's'.")
    }
    switch spec.sign {
    case .space?: throw FormatError.value("Space not allowed in string format specifier")
    case _?: throw FormatError.value("Sign not allowed in string format specifier")
    case nil: break
    }
    if spec.coerceNegativeZero {
        throw FormatError.value("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw FormatError.value("Alternate form (#) not allowed in string format specifier")
    }
    if spec.align == .afterSign {
        throw FormatError.value("'=' alignment not allowed in string format specifier")
    }
    let width = spec.width ?? -1
    let precision = spec.precision ?? -1
    if width < 0 && precision < 0 { return s }

    let scalars = s.unicodeScalars
    var end = scalars.endIndex
    var length = 0
    if precision >= 0 {
        // Walk at most `precision` scalars rather than counting the whole string.
        var i = scalars.startIndex
        while i != scalars.endIndex && length < precision {
            scalars.formIndex(after: &i)
            length += 1
        }
        end = i
    } else {
        length = scalars.count
    }
    if width <= length && end == scalars.endIndex { return s }
    let fill = spec.fill ?? (spec.zeroPadding ? "0" : " ")
    return pad(scalars[..<end], length: length, width: width, fill: fill, align: spec.align ?? .left)
}

/// Convenience: parses `spec` and formats `s`.
public func formatString(_ s: String, spec: String, typeName: String = "str") throws -> String {
    try formatString(s, spec: FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}
