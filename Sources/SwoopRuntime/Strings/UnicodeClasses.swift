// UnicodeClasses.swift — Python's character classes (isspace, isalpha, isprintable, ...) and full case mappings (upper, lower with final sigma, title, casefold) on code points.

/// Character properties as CPython's unicodectype.c defines them, on Swift's Unicode tables.
/// Code points are UInt32 so lone surrogates (never letters, never printable) pass through.
enum UChar {
    /// The properties of an assigned code point, as of Python 3.11's Unicode 14.0: code points
    /// assigned later are unassigned here (nil), like lone surrogates.
    @inline(__always) static func props(_ c: UInt32) -> Unicode.Scalar.Properties? {
        guard let s = Unicode.Scalar(c) else { return nil }
        let p = s.properties
        guard let age = p.age, age.major <= 14 else { return nil }
        return p
    }

    // Characters assigned by Unicode 14.0 whose properties changed in the newer tables Swift
    // carries; Python 3.11 keeps the old values.
    static let notNumeric14: Set<UInt32> = [0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E,
                                           0x94A9, 0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399]
    static let notLowercase14: Set<UInt32> = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]
    static let noUppercase14: Set<UInt32> = [0x19B, 0x264, 0xA7D3, 0xA7D5]
    static let notXIDContinue14: Set<UInt32> = [0x200C, 0x200D, 0x30FB, 0xFF65]

    /// Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs.
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 9 && c <= 13) || (c >= 28 && c <= 32) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The line boundaries of str.splitlines.
    @inline(__always) static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Categories Lu Ll Lt Lm Lo.
    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 0x80 { let l = c | 0x20; return l >= 97 && l <= 122 }
        guard let p = props(c) else { return false }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDecimal(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 48 && c <= 57 }
        return props(c)?.numericType == .decimal
    }

    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 48 && c <= 57 }
        let t = props(c)?.numericType
        return t == .decimal || t == .digit
    }

    static func isNumeric(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 48 && c <= 57 }
        return props(c)?.numericType != nil && !notNumeric14.contains(c)
    }

    static func isAlnum(_ c: UInt32) -> Bool { isAlpha(c) || isNumeric(c) }

    /// The decimal value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1.
    static func decimalValue(_ c: UInt32) -> Int {
        if c < 0x80 { return c >= 48 && c <= 57 ? Int(c) - 48 : -1 }
        guard let p = props(c), p.numericType == .decimal, let v = p.numericValue else { return -1 }
        return Int(v)
    }

    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 65 && c <= 90 }
        return props(c)?.isUppercase ?? false
    }

    static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 97 && c <= 122 }
        return ((props(c)?.isLowercase ?? false) && !notLowercase14.contains(c)) || c == 0x295
    }

    static func isTitle(_ c: UInt32) -> Bool {
        if c < 0x80 { return false }
        return props(c)?.generalCategory == .titlecaseLetter
    }

    static func isCased(_ c: UInt32) -> Bool {
        if c < 0x80 { return isAlpha(c) }
        return ((props(c)?.isCased ?? false) && !notLowercase14.contains(c)) || c == 0x295
    }

    static func isCaseIgnorable(_ c: UInt32) -> Bool {
        (props(c)?.isCaseIgnorable ?? false) || c == 0x1171E
    }

    /// Py_UNICODE_ISPRINTABLE: not Cc Cf Cs Co Cn Zl Zp Zs, except the ASCII space.
    static func isPrintable(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x20 && c < 0x7F }
        guard let p = props(c) else { return false }
        switch p.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func isXIDStart(_ c: UInt32) -> Bool {
        if c < 0x80 { return isAlpha(c) || c == 95 }
        return props(c)?.isXIDStart ?? false
    }

    static func isXIDContinue(_ c: UInt32) -> Bool {
        if c < 0x80 { return isAlpha(c) || (c >= 48 && c <= 57) || c == 95 }
        return (props(c)?.isXIDContinue ?? false) && !notXIDContinue14.contains(c)
    }

    // MARK: - Full case mappings (SpecialCasing included: "ß".upper() == "SS")

    static func appendUpper(_ c: UInt32, _ b: inout StrBuilder) {
        if c < 0x80 { b.appendASCII(UInt8(c >= 97 && c <= 122 ? c - 32 : c)); return }
        guard let p = props(c), !noUppercase14.contains(c) else { b.append(c); return }
        b.append(scalarsOf: p.uppercaseMapping)
    }

    static func appendLower(_ c: UInt32, _ b: inout StrBuilder) {
        if c < 0x80 { b.appendASCII(UInt8(c >= 65 && c <= 90 ? c + 32 : c)); return }
        guard let p = props(c) else { b.append(c); return }
        b.append(scalarsOf: p.lowercaseMapping)
    }

    static func appendTitle(_ c: UInt32, _ b: inout StrBuilder) {
        if c < 0x80 { b.appendASCII(UInt8(c >= 97 && c <= 122 ? c - 32 : c)); return }
        guard let p = props(c), !noUppercase14.contains(c) else { b.append(c); return }
        b.append(scalarsOf: p.titlecaseMapping)
    }

    /// Lowercase of the code point at `i`, with CPython's Final_Sigma rule for U+03A3.
    static func appendLower(_ chars: Chars, _ i: Int, _ b: inout StrBuilder) {
        let c = chars[i]
        if c == 0x3A3 {
            b.append(isFinalSigma(chars, i) ? 0x3C2 : 0x3C3)
            return
        }
        appendLower(c, &b)
    }

    /// \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})
    static func isFinalSigma(_ chars: Chars, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && isCaseIgnorable(chars[j]) { j -= 1 }
        var final = j >= 0 && isCased(chars[j])
        if final && i + 1 < chars.count {
            j = i + 1
            while j < chars.count && isCaseIgnorable(chars[j]) { j += 1 }
            final = j == chars.count || !isCased(chars[j])
        }
        return final
    }

    /// Full case folding (CaseFolding.txt statuses C and F). Swift has no folding table;
    /// for every character that folds (Changes_When_Casefolded, or a lowercase letter whose
    /// uppercase is several characters, like U+01F0), lower(upper(lower(c))) gives the
    /// folding, except the Cherokee letters, which fold to their uppercase.
    static func appendFolded(_ c: UInt32, _ b: inout StrBuilder) {
        if c < 0x80 { b.appendASCII(UInt8(c >= 65 && c <= 90 ? c + 32 : c)); return }
        guard let p = props(c) else { b.append(c); return }
        if c == 0x1FBE { b.append(0x3B9); return }
        if !p.changesWhenCaseFolded {
            var n = 0
            for _ in p.uppercaseMapping.unicodeScalars { n += 1 }
            if n <= 1 { b.append(c); return }
        }
        if c >= 0x13F8 && c <= 0x13FD { b.append(c - 8); return }
        if c >= 0xAB70 && c <= 0xABBF { b.append(c - 0xAB70 + 0x13A0); return }
        for l in p.lowercaseMapping.unicodeScalars {
            for u in l.properties.uppercaseMapping.unicodeScalars {
                b.append(scalarsOf: u.properties.lowercaseMapping)
            }
        }
    }
}
