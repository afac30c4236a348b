// One right-hand operand of `str % args`, as each conversion needs to see it.

/// The exact built-in types are spelled out so the common cases need no callbacks; anything
/// else (bool, int/float/str subclasses, user objects) comes through `.object`.
public enum PercentArg {
    /// An exact `int`.
    case integer(IntegerValue)
    /// An exact `float`.
    case float(Double)
    /// An exact `str`.
    case string(String)
    /// Any other object.
    case object(any PercentObject)

    public static func int(_ v: Int) -> PercentArg { .integer(.small(v)) }
}

/// What %-formatting asks of an arbitrary object; the runtime implements it over its objects.
/// Methods throw the runtime's own errors (they propagate unchanged); return nil where CPython
/// would get a TypeError from the protocol it tries, which the formatter reports in its own words.
public protocol PercentObject {
    /// The Python type name, for messages such as "%d format: a real number is required, not X".
    var typeName: String { get }
    /// `str(obj)`, for %s.
    func str() throws -> String
    /// `repr(obj)`, for %r.
    func repr() throws -> String
    /// `ascii(obj)`, for %a. The default escapes `repr()`.
    func ascii() throws -> String
    /// The value when the object is an int or an int subclass (bool included); nil otherwise.
    /// %d/%x use it directly, and only such objects are accepted by `*`.
    var intValue: IntegerValue? { get }
    /// The text when the object is a str subclass; %c accepts one of length 1.
    var stringValue: String? { get }
    /// For a non-int: `int(obj)` (`indexOnly == false`, used by %d %i %u, so floats truncate)
    /// or `operator.index(obj)` (`indexOnly == true`, used by %o %x %X %c). nil when the object
    /// does not support it. The default returns nil.
    func toInteger(indexOnly: Bool) throws -> IntegerValue?
    /// `float(obj)` as PyFloat_AsDouble does it (__float__, then __index__), for %e %f %g;
    /// nil when unsupported. The default converts `intValue`, else nil.
    func toDouble() throws -> Double?
}

extension PercentObject {
    public func ascii() throws -> String { pythonASCII(fromRepr: try repr()) }
    public var intValue: IntegerValue? { nil }
    public var stringValue: String? { nil }
    public func toInteger(indexOnly: Bool) throws -> IntegerValue? { nil }
    public func toDouble() throws -> Double? { try intValue?.toDouble() }
}

extension PercentArg {
    var typeName: String {
        switch self {
        case .integer: return "int"
        case .float: return "float"
        case .string: return "str"
        case .object(let o): return o.typeName
        }
    }

    func str() throws -> String {
        switch self {
        case .integer(let v): return v.decimalString
        case .float(let x): return pythonFloatStr(x)
        case .string(let s): return s
        case .object(let o): return try o.str()
        }
    }

    func repr() throws -> String {
        switch self {
        case .integer(let v): return v.decimalString
        case .float(let x): return pythonFloatRepr(x)
        case .string(let s): return pythonStringRepr(s)
        case .object(let o): return try o.repr()
        }
    }

    func ascii() throws -> String {
        switch self {
        case .integer(let v): return v.decimalString
        case .float(let x): return pythonFloatRepr(x)
        case .string(let s): return pythonStringASCII(s)
        case .object(let o): return try o.ascii()
        }
    }

    /// The argument if it is an int (PyLong_Check).
    var exactInt: IntegerValue? {
        switch self {
        case .integer(let v): return v
        case .object(let o): return o.intValue
        default: return nil
        }
    }

    /// int(x) (or operator.index(x)) for the integer conversions; nil means "wrong type".
    func integerForConversion(indexOnly: Bool) throws -> IntegerValue? {
        switch self {
        case .integer(let v): return v
        case .float(let x): return indexOnly ? nil : try truncatedInteger(x)
        case .string: return nil
        case .object(let o): return try o.intValue ?? o.toInteger(indexOnly: indexOnly)
        }
    }

    /// PyFloat_AsDouble; nil means "wrong type".
    func doubleForConversion() throws -> Double? {
        switch self {
        case .integer(let v): return try v.toDouble()
        case .float(let x): return x
        case .string: return nil
        case .object(let o): return try o.toDouble()
        }
    }
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for inf and nan.
func truncatedInteger(_ x: Double) throws -> IntegerValue {
    if x.isNaN { throw FormatError.value("cannot convert float NaN to integer") }
    if x.isInfinite { throw FormatError.overflow("cannot convert float infinity to integer") }
    let t = x.rounded(.towardZero)
    if t.magnitude < 9.2e18 { return .small(Int(t)) }
    // Past 2^63 every double is an integer, so its exact digits are the integer's.
    let d = DecimalDigits.exact(t)
    var text = String(decoding: d.digits, as: UTF8.self)
    text += String(repeating: "0", count: max(0, d.decimalPoint - d.digits.count))
    let negative = t < 0
    let magnitude = text
    return .big(negative: negative, digits: { radix in
        radix == 10 ? magnitude : convertDecimalDigits(magnitude, toRadix: radix)
    })
}

/// Rewrites a non-negative decimal digit string in radix 2, 8 or 16 (lowercase). Only needed
/// for floats past 2^63 under %x/%o, which CPython allows only via int(); kept simple.
func convertDecimalDigits(_ decimal: String, toRadix radix: Int) -> String {
    var number = decimal.utf8.map { Int($0) - 48 }  // most significant first
    var out: [UInt8] = []
    let symbols = Array("0123456789abcdef".utf8)
    while !(number.isEmpty || (number.count == 1 && number[0] == 0)) {
        var remainder = 0
        var quotient: [Int] = []
        quotient.reserveCapacity(number.count)
        for d in number {
            let cur = remainder * 10 + d
            let q = cur / radix
            remainder = cur % radix
            if !(quotient.isEmpty && q == 0) { quotient.append(q) }
        }
        out.append(symbols[remainder])
        number = quotient
    }
    if out.isEmpty { return "0" }
    return String(decoding: out.reversed(), as: UTF8.self)
}
