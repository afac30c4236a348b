// StringLiteral.swift — decoding of STRING token bodies: prefixes, escape sequences, bytes.
//
// The lexer only finds where a literal ends; the parser decodes it when it builds the atom,
// because that is where CPython reports decoding errors (at the token after the literals). Error
// texts and positions follow CPython: positions count in the buffer CPython's decoder actually
// sees, where each non-ASCII character has been rewritten as a 10-byte `\UXXXXXXXX` escape.

/// A STRING token split into prefix flags and the body between the quotes.
struct StringPiece {
    var isBytes = false
    var isRaw = false
    var isFormatted = false
    var bodyStart: Int
    var bodyEnd: Int

    init(_ token: Token, in s: [Unicode.Scalar]) {
        var i = token.start
        while s[i] != "'" && s[i] != "\"" {
            switch s[i] {
            case "b", "B": isBytes = true
            case "r", "R": isRaw = true
            case "f", "F": isFormatted = true
            default: break
            }
            i += 1
        }
        let quote = s[i]
        let triple = token.end - i >= 6 && s[i + 1] == quote && s[i + 2] == quote
        let quoteLength = triple ? 3 : 1
        bodyStart = i + quoteLength
        bodyEnd = token.end - quoteLength
    }
}

/// A decoding failure; the parser attaches the location.
struct StringDecodeError: Error {
    var message: String
}

enum StringLiteral {
    @inline(__always) static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 48...57: return c.value - 48
        case 97...102: return c.value - 87
        case 65...70: return c.value - 55
        default: return nil
        }
    }

    static func unicodeError(_ start: Int, _ end: Int, _ reason: String) -> StringDecodeError {
        let where_ = end - start == 1 ? "byte 0x5c in position \(start)" : "bytes in position \(start)-\(end - 1)"
        return StringDecodeError(message: "(unicode error) 'unicodeescape' codec can't decode \(where_): \(reason)")
    }

    /// Decodes a str literal body (or an f-string literal chunk). Invalid escapes such as `\d`
    /// are kept verbatim (CPython only warns). Lone surrogates (`\ud800`) cannot be represented
    /// in a Swift string and become U+FFFD.
    static func decodeString(_ s: [Unicode.Scalar], _ range: Range<Int>) throws(StringDecodeError) -> String {
        var out = String.UnicodeScalarView()
        var i = range.lowerBound
        let end = range.upperBound
        var position = 0
        @inline(__always) func width(_ c: Unicode.Scalar) -> Int { c.value < 128 ? 1 : 10 }
        while i < end {
            let c = s[i]
            if c != "\\" {
                out.append(c)
                position += width(c)
                i += 1
                continue
            }
            let escapeStart = position
            if i + 1 >= end {
                out.append("\\")
                break
            }
            let e = s[i + 1]
            i += 2
            if e.value >= 128 {
                out.append("\\")
                out.append(e)
                position += 6 + 10
                continue
            }
            position += 2
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 48
                var count = 1
                while count < 3, i < end, s[i].value >= 48, s[i].value <= 55 {
                    value = value * 8 + (s[i].value - 48)
                    i += 1
                    position += 1
                    count += 1
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let digits = e == "x" ? 2 : e == "u" ? 4 : 8
                let reason = e == "x" ? "truncated \\xXX escape" : e == "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                var value: UInt32 = 0
                for _ in 0..<digits {
                    guard i < end, let digit = hexValue(s[i]) else {
                        throw unicodeError(escapeStart, position, reason)
                    }
                    value = value &* 16 &+ digit
                    i += 1
                    position += 1
                }
                if value > 0x10FFFF {
                    throw unicodeError(escapeStart, position, "illegal Unicode character")
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "N":
                guard i < end, s[i] == "{" else {
                    throw unicodeError(escapeStart, position, "malformed \\N character escape")
                }
                i += 1
                position += 1
                let nameStart = i
                while i < end && s[i] != "}" {
                    position += width(s[i])
                    i += 1
                }
                if i >= end || i == nameStart {
                    throw unicodeError(escapeStart, position, "malformed \\N character escape")
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: s[nameStart..<i])
                i += 1
                position += 1
                guard let scalar = UnicodeNames.lookup(String(name)) else {
                    throw unicodeError(escapeStart, position, "unknown Unicode character name")
                }
                out.append(scalar)
            default:
                out.append("\\")
                out.append(e)
            }
        }
        return String(out)
    }

    /// Decodes a bytes literal body, which the caller has checked is ASCII.
    static func decodeBytes(_ s: [Unicode.Scalar], _ range: Range<Int>, raw: Bool) throws(StringDecodeError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        if raw {
            for c in s[range] { out.append(UInt8(truncatingIfNeeded: c.value)) }
            return out
        }
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            if c != "\\" {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            if i + 1 >= end {
                out.append(0x5C)
                break
            }
            let escapeIndex = i - range.lowerBound
            let e = s[i + 1]
            i += 2
            switch e {
            case "\n": break
            case "\\": out.append(0x5C)
            case "'": out.append(0x27)
            case "\"": out.append(0x22)
            case "a": out.append(0x07)
            case "b": out.append(0x08)
            case "f": out.append(0x0C)
            case "n": out.append(0x0A)
            case "r": out.append(0x0D)
            case "t": out.append(0x09)
            case "v": out.append(0x0B)
            case "0"..."7":
                var value = e.value - 48
                var count = 1
                while count < 3, i < end, s[i].value >= 48, s[i].value <= 55 {
                    value = value * 8 + (s[i].value - 48)
                    i += 1
                    count += 1
                }
                out.append(UInt8(truncatingIfNeeded: value))
            case "x":
                guard i + 1 < end, let high = hexValue(s[i]), let low = hexValue(s[i + 1]) else {
                    throw StringDecodeError(message: "(value error) invalid \\x escape at position \(escapeIndex)")
                }
                out.append(UInt8(high * 16 + low))
                i += 2
            default:
                out.append(0x5C)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return out
    }
}
