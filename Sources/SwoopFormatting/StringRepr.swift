// repr() and ascii() of a Python str.

/// CPython's `repr(s)`: single quotes unless the text has a single quote and no double quote;
/// backslash, the quote, \t \n \r escaped; other non-printable characters as \xNN, \uNNNN or
/// \UNNNNNNNN. "Printable" follows Python's str.isprintable, judged with Swift's Unicode tables,
/// which may be newer than Python 3.11's Unicode 14.0 (only characters assigned since differ).
public func pythonStringRepr(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for b in s.utf8 {
        if b == UInt8(ascii: "'") { hasSingle = true } else if b == UInt8(ascii: "\"") { hasDouble = true }
    }
    let quote: Unicode.Scalar = (hasSingle && !hasDouble) ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for c in s.unicodeScalars {
        switch c {
        case quote, "\\":
            out.append("\\")
            out.append(c)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        default:
            if c.value >= 0x20 && c.value < 0x7F {
                out.append(c)
            } else if c.value < 0x80 || !isPythonPrintable(c) {
                out.append(contentsOf: hexEscape(c).unicodeScalars)
            } else {
                out.append(c)
            }
        }
    }
    out.append(quote)
    return String(out)
}

/// CPython's `ascii(obj)` given `repr(obj)`: every non-ASCII character escaped.
public func pythonASCII(fromRepr repr: String) -> String {
    if repr.utf8.allSatisfy({ $0 < 0x80 }) { return repr }
    var out = String.UnicodeScalarView()
    for c in repr.unicodeScalars {
        if c.isASCII { out.append(c) } else { out.append(contentsOf: hexEscape(c).unicodeScalars) }
    }
    return String(out)
}

/// `ascii(s)` for a str.
public func pythonStringASCII(_ s: String) -> String {
    pythonASCII(fromRepr: pythonStringRepr(s))
}

func hexEscape(_ c: Unicode.Scalar) -> String {
    let hex = String(c.value, radix: 16)
    let (marker, width) = c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
    return "\\" + marker + String(repeating: "0", count: width - hex.count) + hex
}

/// Python's Py_UNICODE_ISPRINTABLE: everything except categories Cc Cf Cs Co Cn Zl Zp Zs,
/// with the ASCII space allowed.
public func isPythonPrintable(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}
