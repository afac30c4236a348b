// A Double as unpadded e/f/g/repr text, the job CPython gives PyOS_double_to_string.

struct FloatConversionFlags: OptionSet {
    let rawValue: UInt8
    /// Keep a trailing ".0" on integral values outside exponent form (repr, and format with no type).
    static let addDotZero = FloatConversionFlags(rawValue: 1)
    /// The '#' form: always a decimal point, and 'g' keeps its trailing zeros.
    static let alternate = FloatConversionFlags(rawValue: 2)
    /// The 'z' option: a value that rounds to zero loses its minus sign.
    static let noNegativeZero = FloatConversionFlags(rawValue: 4)
}

/// `code` is one of e E f F g G r ('r' is repr: shortest digits, exponent from 1e16 or below
/// 1e-4). The result carries a leading '-' when negative but never a '+': callers apply the
/// requested sign themselves, as CPython's callers do. NaN never shows a sign.
func doubleToASCII(_ x: Double, code: UInt8, precision: Int, flags: FloatConversionFlags) -> [UInt8] {
    let upper = code >= UInt8(ascii: "A") && code <= UInt8(ascii: "Z")
    let lower = upper ? code + 32 : code
    var out: [UInt8] = []

    if x.isNaN {
        out.append(contentsOf: upper ? Array("NAN".utf8) : Array("nan".utf8))
        return out
    }
    if x.isInfinite {
        if x < 0 { out.append(UInt8(ascii: "-")) }
        out.append(contentsOf: upper ? Array("INF".utf8) : Array("inf".utf8))
        return out
    }

    let alternate = flags.contains(.alternate)
    let addDotZero = flags.contains(.addDotZero)
    var precision = precision
    let d: DecimalDigits
    switch lower {
    case UInt8(ascii: "e"):
        precision += 1
        d = DecimalDigits.significant(x, precision)
    case UInt8(ascii: "f"):
        d = DecimalDigits.fixed(x, precision)
    case UInt8(ascii: "g"):
        if precision == 0 { precision = 1 }
        d = DecimalDigits.significant(x, precision)
    default:
        d = DecimalDigits.shortest(x)
    }

    let digits = d.digits
    let digitCount = digits.count
    var point = d.decimalPoint
    var useExponent = false
    // The output is the slice [start, end) of the digit string extended by zeros both ways,
    // with the decimal point placed after position `point`.
    var end = digitCount
    switch lower {
    case UInt8(ascii: "e"):
        useExponent = true
        end = precision
    case UInt8(ascii: "f"):
        end = point + precision
    case UInt8(ascii: "g"):
        if point <= -4 || point > (addDotZero ? precision - 1 : precision) { useExponent = true }
        if alternate { end = precision }
    default:
        if point <= -4 || point > 16 { useExponent = true }
    }
    var exponent = 0
    if useExponent {
        exponent = point - 1
        point = 1
    }
    let start = point <= 0 ? point - 1 : 0
    if !useExponent && addDotZero {
        end = max(end, point + 1)
    } else {
        end = max(end, point)
    }

    out.reserveCapacity(end - start + 8)
    let isZero = digits.allSatisfy { $0 == UInt8(ascii: "0") }
    if x.sign == .minus && !(flags.contains(.noNegativeZero) && isZero) {
        out.append(UInt8(ascii: "-"))
    }
    let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
    if point <= 0 {
        out.append(contentsOf: repeatElement(zero, count: point - start))
        out.append(dot)
        out.append(contentsOf: repeatElement(zero, count: -point))
    }
    if point > 0 && point <= digitCount {
        out.append(contentsOf: digits[0..<point])
        out.append(dot)
        out.append(contentsOf: digits[point...])
    } else {
        out.append(contentsOf: digits)
    }
    if digitCount < point {
        out.append(contentsOf: repeatElement(zero, count: point - digitCount))
        out.append(dot)
        out.append(contentsOf: repeatElement(zero, count: end - point))
    } else {
        out.append(contentsOf: repeatElement(zero, count: end - digitCount))
    }
    if out.last == dot && !alternate { out.removeLast() }
    if useExponent {
        out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = exponent.magnitude
        if magnitude < 10 { out.append(zero) }
        out.append(contentsOf: String(magnitude).utf8)
    }
    return out
}

extension String {
    /// Builds a String from bytes known to be ASCII.
    init(ascii bytes: [UInt8]) {
        self = String(decoding: bytes, as: UTF8.self)
    }
}
