// NumberLiteral.swift — turns a validated NUMBER token's text into a Constant for the AST.
//
// The lexer has already enforced Python's literal grammar, so conversion here cannot fail.
// Integers beyond Int64 are handed on as decimal digit strings (the runtime owns bignums), which
// means hex/octal/binary literals must be converted to decimal here.

enum NumberLiteral {
    static func constant(_ raw: ArraySlice<Unicode.Scalar>) -> Constant {
        var text: [UInt8] = []
        text.reserveCapacity(raw.count)
        for c in raw where c != "_" { text.append(UInt8(truncatingIfNeeded: c.value)) }

        if text.count > 2, text[0] == UInt8(ascii: "0") {
            let radix: UInt32?
            switch text[1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2
            default: radix = nil
            }
            if let radix { return integer(digits: text[2...], radix: radix) }
        }
        if let last = text.last, last == UInt8(ascii: "j") || last == UInt8(ascii: "J") {
            return .imaginary(parseDouble(text.dropLast()))
        }
        if text.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return .float(parseDouble(text[...]))
        }
        return integer(digits: text[...], radix: 10)
    }

    private static func parseDouble(_ text: ArraySlice<UInt8>) -> Double {
        // Swift's parser is correctly rounded and yields ±inf on overflow, as Python does.
        Double(String(decoding: text, as: UTF8.self)) ?? .nan
    }

    private static func digitValue(_ c: UInt8) -> UInt32 {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        default: return UInt32(c - UInt8(ascii: "A") + 10)
        }
    }

    static func integer(digits: ArraySlice<UInt8>, radix: UInt32) -> Constant {
        var value: Int64 = 0
        var overflow = false
        for c in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: Int64(radix))
            let (a, o2) = m.addingReportingOverflow(Int64(digitValue(c)))
            if o1 || o2 { overflow = true; break }
            value = a
        }
        if !overflow { return .int(value) }
        if radix == 10 {
            var trimmed = digits.drop(while: { $0 == UInt8(ascii: "0") })
            if trimmed.isEmpty { trimmed = [UInt8(ascii: "0")][...] }
            return .bigInt(String(decoding: trimmed, as: UTF8.self))
        }
        return .bigInt(toDecimal(digits: digits, radix: radix))
    }

    /// Base conversion on 32-bit limbs (least significant first): accumulate in the source
    /// radix, then peel off nine decimal digits at a time.
    static func toDecimal(digits: ArraySlice<UInt8>, radix: UInt32) -> String {
        var limbs: [UInt32] = [0]
        for c in digits {
            var carry = UInt64(digitValue(c))
            for i in limbs.indices {
                let product = UInt64(limbs[i]) * UInt64(radix) + carry
                limbs[i] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            if carry != 0 { limbs.append(UInt32(carry)) }
        }
        var chunks: [UInt32] = []
        while !(limbs.count == 1 && limbs[0] == 0) {
            var remainder: UInt64 = 0
            for i in stride(from: limbs.count - 1, through: 0, by: -1) {
                let current = (remainder << 32) | UInt64(limbs[i])
                limbs[i] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while limbs.count > 1 && limbs[limbs.count - 1] == 0 { limbs.removeLast() }
        }
        guard let top = chunks.last else { return "0" }
        var out = String(top)
        for chunk in chunks.dropLast().reversed() {
            let piece = String(chunk)
            out += String(repeating: "0", count: 9 - piece.count) + piece
        }
        return out
    }
}
