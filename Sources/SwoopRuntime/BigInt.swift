// BigInt.swift — Python ints beyond Int64, on GMP. Results are always normalized: a
// value that fits in Int64 becomes an immediate int again.
import CGMP
import Glibc

/// An owned GMP integer for intermediate arithmetic.
public final class Z {
    var z = __mpz_struct()
    public init() { __gmpz_init(&z) }
    public init(_ i: Int64) {
        __gmpz_init(&z)
        Z.set(&z, i)
    }
    deinit { __gmpz_clear(&z) }

    static func set(_ z: UnsafeMutablePointer<__mpz_struct>, _ i: Int64) {
        if i >= Int64(Int.min) && i <= Int64(Int.max) {
            __gmpz_set_si(z, Int(i))
        }
    }

    public convenience init?(decimal s: String, base: Int32 = 10) {
        self.init()
        if __gmpz_set_str(&z, s, base) != 0 { return nil }
    }

    public var fitsInt64: Bool { __gmpz_fits_slong_p(&z) != 0 }
    public var int64: Int64 { Int64(__gmpz_get_si(&z)) }
    public var sign: Int { Int(z._mp_size > 0 ? 1 : (z._mp_size < 0 ? -1 : 0)) }
    public var bitLength: Int { sign == 0 ? 0 : Int(__gmpz_sizeinbase(&z, 2)) }

    public func toString(base: Int32 = 10) -> String {
        let n = __gmpz_sizeinbase(&z, base) + 2
        var buf = [CChar](repeating: 0, count: n)
        __gmpz_get_str(&buf, base, &z)
        return String(cString: buf)
    }

    /// The nearest double (round half to even), or nil if it overflows.
    public func toDouble() -> Double? {
        let bits = bitLength
        if bits <= 53 { return __gmpz_get_d(&z) }
        // Keep 55 significant bits plus a sticky bit, then let the FPU round once.
        let shift = bits - 55
        let t = Z()
        let mag = Z()
        __gmpz_abs(&mag.z, &z)
        __gmpz_fdiv_q_2exp(&t.z, &mag.z, mp_bitcnt_t(shift))
        var top = UInt64(__gmpz_get_ui(&t.z))
        if __gmpz_scan1(&mag.z, 0) < mp_bitcnt_t(shift) { top |= 1 }
        let d = ldexp(Double(top), Int32(shift))
        if d.isInfinite { return nil }
        return sign < 0 ? -d : d
    }
}

public enum BigInt {
    /// The value of an int-like Value (int, bool or big int) as a GMP integer.
    public static func z(_ v: Value) -> Z {
        switch v.tag {
        case .SW_TAG_INT: return Z(v.int)
        case .SW_TAG_BOOL: return Z(v.bool ? 1 : 0)
        default:
            let r = Z()
            __gmpz_set(&r.z, &v.as(SwBigInt.self).pointee.z)
            return r
        }
    }

    /// A Value for a GMP integer: immediate if it fits.
    public static func value(_ x: Z) -> Value {
        if x.fitsInt64 { return Value(int: x.int64) }
        let o = Heap.allocate(T.int, size: MemoryLayout<SwBigInt>.size)
        let b = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwBigInt.self)
        __gmpz_init_set(&b.pointee.z, &x.z)
        Heap.noteExternal(Int(__gmpz_size(&x.z)) * 8)
        return Value(o)
    }

    public static func isBig(_ v: Value) -> Bool { v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.int }

    public static func fromString(_ s: String, base: Int32 = 10) -> Value? {
        guard let z = Z(decimal: s, base: base) else { return nil }
        return value(z)
    }

    public static func binary(_ op: (UnsafeMutablePointer<__mpz_struct>, UnsafePointer<__mpz_struct>, UnsafePointer<__mpz_struct>) -> Void,
                              _ a: Value, _ b: Value) -> Value {
        let x = z(a), y = z(b), r = Z()
        op(&r.z, &x.z, &y.z)
        return value(r)
    }

    public static func add(_ a: Value, _ b: Value) -> Value { binary(__gmpz_add, a, b) }
    public static func sub(_ a: Value, _ b: Value) -> Value { binary(__gmpz_sub, a, b) }
    public static func mul(_ a: Value, _ b: Value) -> Value { binary(__gmpz_mul, a, b) }
    public static func floorDiv(_ a: Value, _ b: Value) -> Value { binary(__gmpz_fdiv_q, a, b) }
    public static func mod(_ a: Value, _ b: Value) -> Value { binary(__gmpz_fdiv_r, a, b) }
    public static func and(_ a: Value, _ b: Value) -> Value { binary(__gmpz_and, a, b) }
    public static func or(_ a: Value, _ b: Value) -> Value { binary(__gmpz_ior, a, b) }
    public static func xor(_ a: Value, _ b: Value) -> Value { binary(__gmpz_xor, a, b) }

    public static func neg(_ a: Value) -> Value { let x = z(a), r = Z(); __gmpz_neg(&r.z, &x.z); return value(r) }
    public static func invert(_ a: Value) -> Value { let x = z(a), r = Z(); __gmpz_com(&r.z, &x.z); return value(r) }
    public static func abs(_ a: Value) -> Value { let x = z(a), r = Z(); __gmpz_abs(&r.z, &x.z); return value(r) }

    public static func pow(_ a: Value, _ e: UInt) -> Value {
        let x = z(a), r = Z()
        __gmpz_pow_ui(&r.z, &x.z, e)
        return value(r)
    }

    public static func powMod(_ a: Value, _ e: Value, _ m: Value) -> Value {
        let x = z(a), y = z(e), n = z(m), r = Z()
        __gmpz_powm(&r.z, &x.z, &y.z, &n.z)
        // Python's result takes the sign of the modulus.
        if r.sign != 0 && n.sign < 0 {
            let t = Z()
            __gmpz_add(&t.z, &r.z, &n.z)
            return value(t)
        }
        return value(r)
    }

    public static func shiftLeft(_ a: Value, _ n: Int) -> Value {
        let x = z(a), r = Z()
        __gmpz_mul_2exp(&r.z, &x.z, mp_bitcnt_t(n))
        return value(r)
    }

    public static func shiftRight(_ a: Value, _ n: Int) -> Value {
        let x = z(a), r = Z()
        __gmpz_fdiv_q_2exp(&r.z, &x.z, mp_bitcnt_t(n))
        return value(r)
    }

    public static func compare(_ a: Value, _ b: Value) -> Int {
        let x = z(a), y = z(b)
        let c = __gmpz_cmp(&x.z, &y.z)
        return c < 0 ? -1 : (c > 0 ? 1 : 0)
    }

    public static func toString(_ v: Value, base: Int32 = 10) -> String { z(v).toString(base: base) }

    public static func toDouble(_ v: Value) throws -> Double {
        guard let d = z(v).toDouble() else { throw overflowError("int too large to convert to float") }
        return d
    }

    public static func hash(_ v: Value) -> Int64 {
        let x = z(v)
        let mag = Z()
        __gmpz_abs(&mag.z, &x.z)
        let p: UInt = (1 << 61) - 1
        var h = Int64(__gmpz_fdiv_ui(&mag.z, p))
        if x.sign < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    public static func bitLength(_ v: Value) -> Int { z(v).bitLength }

    /// Exact a / b correctly rounded, for ints too large for the double fast path.
    public static func trueDivide(_ a: Value, _ b: Value) throws -> Double {
        let x = z(a), y = z(b)
        if y.sign == 0 { throw zeroDivisionError("division by zero") }
        let neg = (x.sign < 0) != (y.sign < 0)
        let ax = Z(), ay = Z()
        __gmpz_abs(&ax.z, &x.z); __gmpz_abs(&ay.z, &y.z)
        if ax.sign == 0 { return neg ? -0.0 : 0.0 }
        // Scale so the quotient has at least 55 bits, keep a sticky bit for exact rounding.
        let shift = 55 - (ax.bitLength - ay.bitLength)
        let num = Z()
        if shift > 0 { __gmpz_mul_2exp(&num.z, &ax.z, mp_bitcnt_t(shift)) } else { __gmpz_fdiv_q_2exp(&num.z, &ax.z, mp_bitcnt_t(-shift)) }
        let q = Z(), r = Z()
        __gmpz_tdiv_qr(&q.z, &r.z, &num.z, &ay.z)
        let lostBits = shift < 0 && __gmpz_scan1(&ax.z, 0) < mp_bitcnt_t(-shift)
        if r.sign != 0 || lostBits { __gmpz_setbit(&q.z, 0) }   // sticky bit
        guard let qd = q.toDouble() else { throw overflowError("integer division result too large for a float") }
        let d = ldexp(qd, Int32(-shift))
        if d.isInfinite { throw overflowError("integer division result too large for a float") }
        return neg ? -d : d
    }
}
