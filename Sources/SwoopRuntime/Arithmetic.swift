// Arithmetic.swift — Python's numeric semantics for int (Int64 fast path, GMP beyond),
// bool and float: floor division and modulo, power, shifts, mixed comparisons, hashing.
import Glibc

public enum BinaryOp: Int, CaseIterable {
    case add, sub, mul, trueDiv, floorDiv, mod, pow, lshift, rshift, and, or, xor, matmul

    public var symbol: String {
        ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"][rawValue]
    }
    /// The dunder names (for user classes, later).
    public var method: String {
        ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
         "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__"][rawValue]
    }
}

public enum Num {
    @inline(__always) static func isIntLike(_ v: Value) -> Bool {
        v.tag == .SW_TAG_INT || v.tag == .SW_TAG_BOOL || (v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.int)
    }
    @inline(__always) static func isNumber(_ v: Value) -> Bool { v.tag == .SW_TAG_FLOAT || isIntLike(v) }

    /// An int-like value as Int64 if it fits (bool → 0/1).
    @inline(__always) static func small(_ v: Value) -> Int64? {
        switch v.tag {
        case .SW_TAG_INT: return v.int
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        default: return nil
        }
    }

    static func toDouble(_ v: Value) throws -> Double {
        switch v.tag {
        case .SW_TAG_FLOAT: return v.float
        case .SW_TAG_INT: return Double(v.int)
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        default: return try BigInt.toDouble(v)
        }
    }

    /// Each float('nan') is a new object in CPython, so `[float('nan')] == [float('nan')]` is
    /// False while a list compared with itself is equal (identity first). Floats here are
    /// unboxed, so a fresh NaN gets its own payload bits to give it its own identity.
    static var nanSerial: UInt64 = 0
    static func freshNaN(negative: Bool) -> Double {
        nanSerial = nanSerial &+ 1
        let payload = nanSerial & ((1 << 51) - 1)
        let d = Double(bitPattern: Double.nan.bitPattern | payload)
        return negative ? -d : d
    }

    /// Arithmetic on two numbers; nil if either is not a number (caller tries other types).
    public static func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard isNumber(a) && isNumber(b) else { return nil }
        if a.tag == .SW_TAG_FLOAT || b.tag == .SW_TAG_FLOAT {
            if op == .lshift || op == .rshift || op == .and || op == .or || op == .xor || op == .matmul { return nil }
            return Value(float: try floatBinary(op, try toDouble(a), try toDouble(b)))
        }
        if a.tag == .SW_TAG_BOOL && b.tag == .SW_TAG_BOOL && (op == .and || op == .or || op == .xor) {
            let x = a.bool, y = b.bool
            return Value(bool: op == .and ? x && y : op == .or ? x || y : x != y)
        }
        if let x = small(a), let y = small(b) { return try intBinary(op, x, y) }
        return try bigBinary(op, a, b)
    }

    static func intBinary(_ op: BinaryOp, _ x: Int64, _ y: Int64) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? BigInt.add(Value(int: x), Value(int: y)) : Value(int: r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? BigInt.sub(Value(int: x), Value(int: y)) : Value(int: r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? BigInt.mul(Value(int: x), Value(int: y)) : Value(int: r)
        case .trueDiv:
            if y == 0 { throw zeroDivisionError("division by zero") }
            if Swift.abs(x) <= 1 << 53 && Swift.abs(y) <= 1 << 53 { return Value(float: Double(x) / Double(y)) }
            return Value(float: try BigInt.trueDivide(Value(int: x), Value(int: y)))
        case .floorDiv:
            if y == 0 { throw zeroDivisionError("integer division or modulo by zero") }
            if x == Int64.min && y == -1 { return BigInt.neg(Value(int: x)) }
            return Value(int: floorDiv(x, y))
        case .mod:
            if y == 0 { throw zeroDivisionError("integer modulo by zero") }
            if y == -1 { return Value(int: 0) }
            return Value(int: floorMod(x, y))
        case .pow:
            return try intPow(x, y)
        case .lshift:
            if y < 0 { throw valueError("negative shift count") }
            if x == 0 { return Value(int: 0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return Value(int: r) }
            }
            if y > 1 << 40 { throw overflowError("too many digits in integer") }
            return BigInt.shiftLeft(Value(int: x), Int(y))
        case .rshift:
            if y < 0 { throw valueError("negative shift count") }
            return Value(int: y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .and: return Value(int: x & y)
        case .or: return Value(int: x | y)
        case .xor: return Value(int: x ^ y)
        case .matmul: return nil
        }
    }

    @inline(__always) public static func floorDiv(_ x: Int64, _ y: Int64) -> Int64 {
        let q = x / y
        return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
    }

    @inline(__always) public static func floorMod(_ x: Int64, _ y: Int64) -> Int64 {
        let r = x % y
        return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
    }

    static func intPow(_ x: Int64, _ y: Int64) throws -> Value {
        if y < 0 {
            if x == 0 { throw zeroDivisionError("0.0 cannot be raised to a negative power") }
            return Value(float: try floatPow(Double(x), Double(y)))
        }
        var result: Int64 = 1, base = x, e = y
        var overflow = false
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (b2, o) = base.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                base = b2
            }
        }
        if !overflow { return Value(int: result) }
        if y > 1 << 32 { throw overflowError("exponent too large") }
        return BigInt.pow(Value(int: x), UInt(y))
    }

    static func bigBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch op {
        case .add: return BigInt.add(a, b)
        case .sub: return BigInt.sub(a, b)
        case .mul: return BigInt.mul(a, b)
        case .trueDiv: return Value(float: try BigInt.trueDivide(a, b))
        case .floorDiv, .mod:
            if BigInt.z(b).sign == 0 {
                throw zeroDivisionError(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            return op == .floorDiv ? BigInt.floorDiv(a, b) : BigInt.mod(a, b)
        case .pow:
            let e = BigInt.z(b)
            if e.sign < 0 { return Value(float: try floatPow(try toDouble(a), try toDouble(b))) }
            if let base = small(a), base == 0 || base == 1 { return Value(int: base) }
            if let base = small(a), base == -1 { return Value(int: e.int64 & 1 == 0 ? 1 : -1) }
            guard e.fitsInt64, e.int64 < 1 << 32 else { throw overflowError("exponent too large") }
            return BigInt.pow(a, UInt(e.int64))
        case .lshift, .rshift:
            let n = BigInt.z(b)
            if n.sign < 0 { throw valueError("negative shift count") }
            guard n.fitsInt64 else {
                if op == .rshift { return Value(int: BigInt.z(a).sign < 0 ? -1 : 0) }
                throw overflowError("too many digits in integer")
            }
            return op == .lshift ? BigInt.shiftLeft(a, Int(n.int64)) : BigInt.shiftRight(a, Int(n.int64))
        case .and: return BigInt.and(a, b)
        case .or: return BigInt.or(a, b)
        case .xor: return BigInt.xor(a, b)
        case .matmul: return nil
        }
    }

    static func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Double {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .trueDiv:
            if y == 0 { throw zeroDivisionError("float division by zero") }
            return x / y
        case .floorDiv:
            if y == 0 { throw zeroDivisionError("float floor division by zero") }
            return floatDivmod(x, y).0
        case .mod:
            if y == 0 { throw zeroDivisionError("float modulo") }
            return floatDivmod(x, y).1
        case .pow:
            return try floatPow(x, y)
        default:
            return .nan
        }
    }

    /// Python's float divmod: the quotient floored, the remainder with the divisor's sign.
    public static func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, x / y)
        }
        return (floordiv, mod)
    }

    public static func floatPow(_ x: Double, _ y: Double) throws -> Double {
        if y == 0 { return 1 }
        if x.isNaN { return x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x == 0 && y < 0 && y.isFinite {
            throw zeroDivisionError("0.0 cannot be raised to a negative power")
        }
        if x < 0 && y.isFinite && y.rounded(.towardZero) != y {
            throw notImplementedError("complex numbers are not supported yet (negative number raised to a fractional power)")
        }
        let r = Glibc.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw overflowError("(34, 'Numerical result out of range')")
        }
        return r
    }

    // MARK: Comparison

    /// Three-way comparison of two numbers; nil when unordered (NaN) or not numbers.
    public static func compare(_ a: Value, _ b: Value) throws -> Int? {
        if let x = small(a), let y = small(b) { return x < y ? -1 : (x > y ? 1 : 0) }
        if a.tag == .SW_TAG_FLOAT && b.tag == .SW_TAG_FLOAT {
            let x = a.float, y = b.float
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        if a.tag == .SW_TAG_FLOAT { return compareIntFloat(b, a.float).map { -$0 } }
        if b.tag == .SW_TAG_FLOAT { return compareIntFloat(a, b.float) }
        return BigInt.compare(a, b)
    }

    /// Exact comparison of an int with a float, as CPython does (no rounding of the int).
    static func compareIntFloat(_ i: Value, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        if let x = small(i), Swift.abs(x) < 1 << 53 {
            let xd = Double(x)
            return xd < d ? -1 : (xd > d ? 1 : 0)
        }
        // Compare the int with floor(d), then account for d's fraction.
        let fl = d.rounded(.down)
        let z = BigInt.z(i)
        let fz = Z()
        __gmpz_set_d(&fz.z, fl)
        let c = __gmpz_cmp(&z.z, &fz.z)
        if c != 0 { return c < 0 ? -1 : 1 }
        return fl == d ? 0 : -1
    }

    // MARK: Hashing (CPython's numeric hash: equal numbers hash equal)

    static let hashModulus: Int64 = (1 << 61) - 1

    @inline(__always) public static func hashInt(_ x: Int64) -> Int64 {
        if x > -hashModulus && x < hashModulus { return x == -1 ? -2 : x }     // most ints: themselves
        var h: Int64
        if x >= 0 { h = x % hashModulus }
        else if x == Int64.min { h = -(Int64((UInt64(1) << 63) % UInt64(hashModulus))) }
        else { h = -((-x) % hashModulus) }
        return h == -1 ? -2 : h
    }

    public static func hashFloat(_ v: Double) -> Int64 {
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        if v.isNaN { return 0 }
        var e: Int32 = 0
        var m = frexp(v, &e)
        var sign: Int64 = 1
        if m < 0 { sign = -1; m = -m }
        let p = UInt64(hashModulus)
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & p) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= p { x -= p }
        }
        let ee: Int32 = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(ee)) & p) | x >> UInt64(61 - ee)
        var h = Int64(x) * sign
        if h == -1 { h = -2 }
        return h
    }
}
