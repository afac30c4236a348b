// Repr.swift — repr() of str exactly as CPython writes it, ascii(), and float repr as a str value.
import SwoopFormatting

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `c`.
@inline(__always) func appendHexEscape(_ c: UInt32, _ out: inout [UInt8]) {
    let (marker, width): (UInt8, Int) = c <= 0xFF ? (120, 2) : (c <= 0xFFFF ? (117, 4) : (85, 8))
    out.append(92)
    out.append(marker)
    var k = width - 1
    while k >= 0 {
        out.append(hexDigits[Int((c >> (UInt32(k) * 4)) & 0xF)])
        k -= 1
    }
}

/// CPython's `repr(s)`: single quotes unless the text contains ' and no "; backslash, the
/// quote, \t \n \r escaped; other non-printable code points (str.isprintable's rules) as
/// \xNN, \uNNNN or \UNNNNNNNN; printable non-ASCII kept as is.
public func strRepr(_ s: Value) -> Value {
    let b = Str.buffer(s)
    var hasSingle = false, hasDouble = false, plain = true
    for x in b {
        if x == 39 { hasSingle = true } else if x == 34 { hasDouble = true } else if x < 0x20 || x >= 0x7F || x == 92 { plain = false }
    }
    let quote: UInt8 = (hasSingle && !hasDouble) ? 34 : 39
    var out: [UInt8] = []
    out.reserveCapacity(b.count + 2)
    out.append(quote)
    if plain && !(hasSingle && hasDouble) {
        out.append(contentsOf: b)
        out.append(quote)
        return StrKit.make(out, length: Str.length(s) + 2)
    }
    var i = 0
    var length = 2
    while i < b.count {
        let c = StrKit.decode(b, &i)
        let before = out.count
        switch c {
        case UInt32(quote), 92:
            out.append(92)
            out.append(UInt8(c))
        case 9: out.append(92); out.append(116)
        case 10: out.append(92); out.append(110)
        case 13: out.append(92); out.append(114)
        default:
            if c >= 0x20 && c < 0x7F {
                out.append(UInt8(c))
            } else if c < 0x80 || !UChar.isPrintable(c) {
                appendHexEscape(c, &out)
            } else {
                StrKit.encode(c, &out)
                length += 1
                continue
            }
        }
        length += out.count - before
    }
    out.append(quote)
    return StrKit.make(out, length: length)
}

/// `ascii(v)`: repr with every non-ASCII code point escaped.
public func asciiRepr(_ v: Value) throws -> Value {
    let r = StrKit.isExactStr(v) ? strRepr(v) : try Ops.repr(v)
    if Str.isASCII(r) { return r }
    let b = Str.buffer(r)
    var out: [UInt8] = []
    out.reserveCapacity(b.count + 8)
    var i = 0
    while i < b.count {
        let c = StrKit.decode(b, &i)
        if c < 0x80 { out.append(UInt8(c)) } else { appendHexEscape(c, &out) }
    }
    return StrKit.make(out, length: out.count)
}

/// `repr(d)` for a float, as a str value.
public func floatRepr(_ d: Double) -> Value {
    Str.make(pythonFloatRepr(d))
}
