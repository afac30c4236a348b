// repr() and format() of a Python complex.

/// CPython's `repr(complex(real, imag))`: "2j" when the real part is +0.0, otherwise
/// "(1+2j)", each part in repr style but without a trailing ".0".
public func pythonComplexRepr(real: Double, imag: Double) -> String {
    let r = UInt8(ascii: "r")
    var imagText = doubleToASCII(imag, code: r, precision: 0, flags: [])
    if real == 0 && real.sign == .plus {
        imagText.append(UInt8(ascii: "j"))
        return String(ascii: imagText)
    }
    var out: [UInt8] = [UInt8(ascii: "(")]
    out.append(contentsOf: doubleToASCII(real, code: r, precision: 0, flags: []))
    if imagText.first != UInt8(ascii: "-") { out.append(UInt8(ascii: "+")) }
    out.append(contentsOf: imagText)
    out.append(contentsOf: "j)".utf8)
    return String(ascii: out)
}

/// `format(z, spec)` for a complex: types e E f F g G n or none. With no type the result looks
/// like repr (parenthesized unless the real part is +0.0), and a precision switches to 'g'.
/// Each part gets its own grouping; the sign option applies to the real part, the imaginary
/// part always shows its sign (unless it stands alone); width pads the whole.
public func formatComplex(real: Double, imag: Double, spec: FormatSpec, typeName: String = "complex") throws -> String {
    if spec.isEmpty { return pythonComplexRepr(real: real, imag: imag) }
    switch spec.type {
    case nil, "e", "E", "f", "F", "g", "G", "n":
        break
    case let t?:
        throw unknownFormatCode(t, typeName: typeName)
    }
    try checkPrecision(spec)
    if (spec.fill ?? (spec.zeroPadding ? "0" : " ")) == "0" {
        throw FormatError.value("Zero padding is not allowed in complex format specifier")
    }
    if spec.align == .afterSign {
        throw FormatError.value("'=' alignment flag is not allowed in complex format specifier")
    }

    let flags = conversionFlags(spec)
    var code: UInt8
    var precision = 6
    var skipReal = false
    var parens = false
    switch spec.type {
    case nil:
        code = UInt8(ascii: "r")
        precision = 0
        if real == 0 && real.sign == .plus { skipReal = true } else { parens = true }
    case "n"?:
        code = UInt8(ascii: "g")
    case let t?:
        code = UInt8(t.value)
    }
    if let p = spec.precision {
        precision = p
        if code == UInt8(ascii: "r") { code = UInt8(ascii: "g") }
    }

    // Each part is laid out unpadded with the spec's sign and grouping; padding comes last.
    var partSpec = spec
    partSpec.fill = nil
    partSpec.align = .left
    partSpec.zeroPadding = false
    partSpec.width = nil
    func part(_ x: Double, sign: FormatSpec.Sign?) -> String {
        let text = doubleToASCII(x, code: code, precision: precision, flags: flags)
        var start = 0
        var negative = false
        if text.first == UInt8(ascii: "-") {
            negative = true
            start = 1
        }
        var digitsEnd = start
        while digitsEnd < text.count && text[digitsEnd] >= UInt8(ascii: "0") && text[digitsEnd] <= UInt8(ascii: "9") {
            digitsEnd += 1
        }
        var layout = NumberLayout(partSpec)
        layout.sign = sign
        return layout.render(negative: negative, prefix: [], digits: text[start..<digitsEnd],
                             tail: text[digitsEnd...], tailWidth: text.count - digitsEnd)
    }

    var body = parens ? "(" : ""
    if !skipReal { body += part(real, sign: spec.sign) }
    body += part(imag, sign: skipReal ? spec.sign : .plus)
    body += parens ? "j)" : "j"
    let scalars = Substring(body).unicodeScalars
    return pad(scalars, length: scalars.count, width: spec.width ?? -1, fill: spec.fill ?? " ",
               align: spec.align ?? .right)
}

/// Convenience: parses `spec` and formats the complex number.
public func formatComplex(real: Double, imag: Double, spec: String, typeName: String = "complex") throws -> String {
    try formatComplex(real: real, imag: imag, spec: FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}
