// Decimal digit strings of a finite Double: the shortest that round-trips, or the exact value rounded.

/// A non-negative decimal `0.d1d2...dn × 10^decimalPoint`. `digits` holds ASCII digits with no
/// leading zero and, after rounding, no trailing zero; an empty `digits` means the value rounded
/// to zero. This is the shape dtoa hands to CPython's float formatter, so the layout code can
/// follow the same decisions.
struct DecimalDigits {
    var digits: [UInt8]
    var decimalPoint: Int

    static let zero = DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1)

    /// Shortest digits that read back as `x` (x finite, sign ignored).
    ///
    /// Swift's `description` already produces the shortest round-tripping digits, choosing the
    /// closest when several qualify, which is also what CPython's dtoa mode 0 produces (checked
    /// against CPython over random and boundary doubles); only its layout differs, so this reads
    /// the digits and exponent back out of it.
    static func shortest(_ x: Double) -> DecimalDigits {
        if x == 0 { return .zero }
        let text = x.magnitude.description
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var integerDigits = 0
        var seenPoint = false
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte &- UInt8(ascii: "0"))
                } else {
                    digits.append(byte)
                    if !seenPoint { integerDigits += 1 }
                }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: break
            }
        }
        var result = DecimalDigits(digits: digits, decimalPoint: integerDigits + exponentSign * exponent)
        result.trimLeadingZeros()
        result.trimTrailingZeros()
        return result
    }

    /// Every digit of the exact binary value of `x` (finite, sign ignored). A double is
    /// m·2^e; for e < 0 that equals m·5^-e / 10^-e, so the digits are those of an integer
    /// either way, computed in base 10^9 limbs.
    static func exact(_ x: Double) -> DecimalDigits {
        let v = x.magnitude
        if v == 0 { return .zero }
        let biased = Int(v.exponentBitPattern)
        var mantissa = v.significandBitPattern
        var e2: Int
        if biased == 0 {
            e2 = -1074
        } else {
            mantissa |= 1 << 52
            e2 = biased - 1075
        }
        // Trailing zero bits only make the integer longer.
        let tz = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(tz)
        e2 += tz

        let base: UInt64 = 1_000_000_000
        var limbs: [UInt64] = []
        limbs.reserveCapacity(e2 < 0 ? 4 + (-e2 * 7) / 90 : 4 + e2 / 29)
        var m = mantissa
        while m > 0 {
            limbs.append(m % base)
            m /= base
        }

        func multiply(_ factor: UInt64) {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let t = limbs[i] * factor + carry
                limbs[i] = t % base
                carry = t / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
        }

        if e2 > 0 {
            var remaining = e2
            while remaining > 0 {
                let step = min(remaining, 32)
                multiply(1 << UInt64(step))
                remaining -= step
            }
        } else if e2 < 0 {
            var remaining = -e2
            while remaining >= 13 {
                multiply(1_220_703_125)  // 5^13
                remaining -= 13
            }
            if remaining > 0 {
                var p: UInt64 = 1
                for _ in 0..<remaining { p *= 5 }
                multiply(p)
            }
        }

        var digits: [UInt8] = []
        digits.reserveCapacity(limbs.count * 9)
        var first = true
        for limb in limbs.reversed() {
            var chunk = [UInt8](repeating: UInt8(ascii: "0"), count: 9)
            var l = limb
            for i in stride(from: 8, through: 0, by: -1) {
                chunk[i] = UInt8(ascii: "0") + UInt8(l % 10)
                l /= 10
            }
            if first {
                let skip = chunk.firstIndex(where: { $0 != UInt8(ascii: "0") }) ?? 8
                digits.append(contentsOf: chunk[skip...])
                first = false
            } else {
                digits.append(contentsOf: chunk)
            }
        }
        var result = DecimalDigits(digits: digits, decimalPoint: digits.count + min(e2, 0))
        result.trimTrailingZeros()
        return result
    }

    /// `x` correctly rounded (half to even, on the exact binary value, as dtoa does) to
    /// `count` significant digits; dtoa mode 2.
    static func significant(_ x: Double, _ count: Int) -> DecimalDigits {
        if x == 0 { return .zero }
        let keep = max(count, 1)
        var d = shortest(x)
        if d.canRoundShortest(of: x, keeping: keep) {
            d.round(keeping: keep)
            return d
        }
        d = exact(x)
        d.round(keeping: keep)
        return d
    }

    /// `x` correctly rounded to `count` digits after the decimal point; dtoa mode 3. A result
    /// of zero comes back with no digits and the decimal point at `-count`, as dtoa reports it.
    static func fixed(_ x: Double, _ count: Int) -> DecimalDigits {
        if x == 0 { return .zero }
        var d = shortest(x)
        if !d.canRoundShortest(of: x, keeping: d.decimalPoint + count) {
            d = exact(x)
        }
        d.round(keeping: d.decimalPoint + count)
        if d.digits.isEmpty { d.decimalPoint = -count }
        return d
    }

    /// Whether rounding these shortest digits of `x` to `keep` digits gives the same result as
    /// rounding the exact value, which is much cheaper to compute.
    ///
    /// Cutting digits off: a rounding boundary (a p+1 digit decimal ending in 5) strictly
    /// between x and the shortest digits S would itself be a no-longer, closer string that reads
    /// back as x, contradicting how S was chosen; so S and x round alike unless S sits exactly on
    /// a boundary. Keeping all of S and padding with zeros: S is the nearest `keep`-digit decimal
    /// to x as long as `keep`-digit decimals are spaced wider than an ulp, true for up to 15
    /// digits of a normal double.
    func canRoundShortest(of x: Double, keeping keep: Int) -> Bool {
        if keep >= digits.count {
            return keep <= 15 && x.isNormal
        }
        return !(keep >= 0 && keep == digits.count - 1 && digits[keep] == UInt8(ascii: "5"))
    }

    /// Keeps the first `keep` digits (which may be zero or negative), rounding half to even.
    mutating func round(keeping keep: Int) {
        if keep >= digits.count { return }
        if keep < 0 {
            digits.removeAll()
            return
        }
        let next = digits[keep]
        var up: Bool
        if next > UInt8(ascii: "5") {
            up = true
        } else if next < UInt8(ascii: "5") {
            up = false
        } else {
            // Exactly half only when nothing non-zero follows; trailing zeros were trimmed, so
            // that means the 5 is the last digit.
            if keep + 1 < digits.count {
                up = true
            } else {
                let previous = keep > 0 ? digits[keep - 1] : UInt8(ascii: "0")
                up = (previous - UInt8(ascii: "0")) % 2 == 1
            }
        }
        digits.removeSubrange(keep...)
        if up {
            var i = keep - 1
            while i >= 0 && digits[i] == UInt8(ascii: "9") {
                digits[i] = UInt8(ascii: "0")
                i -= 1
            }
            if i >= 0 {
                digits[i] += 1
            } else {
                // All nines (or nothing kept): the value becomes the next power of ten.
                digits = [UInt8(ascii: "1")]
                decimalPoint += 1
            }
        }
        trimTrailingZeros()
    }

    mutating func trimTrailingZeros() {
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
    }

    mutating func trimLeadingZeros() {
        var n = 0
        while n < digits.count && digits[n] == UInt8(ascii: "0") { n += 1 }
        if n > 0 {
            digits.removeFirst(n)
            decimalPoint -= n
        }
    }
}
