// A Python int as the formatters see it: a machine integer, or a big one described by its digits.

/// Arbitrary-precision ints stay in the runtime (GMP); the formatters only need their sign and
/// their digits in base 2, 8, 10 or 16, which the runtime supplies through `digits`.
public enum IntegerValue {
    case small(Int)
    /// `digits(radix)` must return the magnitude in that radix (2, 8, 10 or 16), lowercase,
    /// with no sign, prefix or leading zeros ("0" for zero).
    case big(negative: Bool, digits: (_ radix: Int) -> String)

    public init(negative: Bool, magnitude: UInt64) {
        if magnitude <= UInt64(Int.max) {
            self = .small(negative ? -Int(magnitude) : Int(magnitude))
        } else if negative && magnitude == UInt64(Int.max) + 1 {
            self = .small(Int.min)
        } else {
            self = .big(negative: negative, digits: { String(magnitude, radix: $0) })
        }
    }

    public var isNegative: Bool {
        switch self {
        case .small(let v): return v < 0
        case .big(let negative, _): return negative
        }
    }

    /// Magnitude digits, lowercase ASCII.
    func magnitudeDigits(radix: Int) -> [UInt8] {
        switch self {
        case .small(let v): return Array(String(v.magnitude, radix: radix).utf8)
        case .big(_, let digits): return Array(digits(radix).utf8)
        }
    }

    /// `str(n)`.
    public var decimalString: String {
        switch self {
        case .small(let v): return String(v)
        case .big(let negative, let digits): return negative ? "-" + digits(10) : digits(10)
        }
    }

    /// `float(n)`, rounded half to even like CPython; OverflowError past the double range.
    public func toDouble() throws -> Double {
        switch self {
        case .small(let v):
            return Double(v)
        case .big(let negative, let digits):
            // strtod rounds the exact decimal correctly, which is the same double CPython's
            // bit-level conversion produces; it gives infinity exactly when CPython overflows.
            guard let magnitude = Double(digits(10)), magnitude.isFinite else {
                throw FormatError.overflow("int too large to convert to float")
            }
            return negative ? -magnitude : magnitude
        }
    }

    /// The value as a C long (Int64 here), or nil when it does not fit.
    var asCLong: Int? {
        switch self {
        case .small(let v): return v
        case .big(let negative, let digits):
            let text = digits(10)
            guard let m = UInt64(text) else { return nil }
            if negative { return m <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- m) : nil }
            return m <= UInt64(Int.max) ? Int(m) : nil
        }
    }
}
