// NumberMethods.swift — the methods of int and float (bit_length, is_integer, as_integer_ratio, hex...).
import CGMP
import Glibc

/// float.as_integer_ratio: the exact fraction, lowest terms.
private func floatRatio(_ x: Double) throws -> Value {
    if x.isInfinite { throw overflowError("cannot convert Infinity to integer ratio") }
    if x.isNaN { throw valueError("cannot convert NaN to integer ratio") }
    var e: Int32 = 0
    var f = frexp(x, &e)
    var i = 0
    while i < 300 && f != f.rounded(.down) {
        f *= 2
        e -= 1
        i += 1
    }
    let num = Z(), den = Z(1)
    __gmpz_set_d(&num.z, f)
    if e > 0 { inPlace(num) { __gmpz_mul_2exp($0, $0, mp_bitcnt_t(e)) } }
    else { inPlace(den) { __gmpz_mul_2exp($0, $0, mp_bitcnt_t(-e)) } }
    return Tuple.make([BigInt.value(num), BigInt.value(den)])
}

/// float.hex: CPython's format, 13 hex digits after the point.
private func floatHex(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    let digits = Array("0123456789abcdef")
    var e: Int32 = 0
    var m = frexp(Swift.abs(x), &e)
    let shift = 1 - max(-1021 - e, 0)
    m = scalbn(m, shift)
    e -= shift
    var s = String(digits[Int(m)]) + "."
    m -= m.rounded(.down)
    for _ in 0..<13 {
        m *= 16
        let d = Int(m)
        s.append(digits[d])
        m -= Double(d)
    }
    let exp = e < 0 ? "-\(-e)" : "+\(e)"
    return (x < 0 ? "-" : "") + "0x" + s + "p" + exp
}

func installNumberMethods() {
    let int = T.int!, float = T.float!

    Native.method(int, "bit_length") { args in
        try args.expectMethod("bit_length", "int.bit_length", 0, 0)
        let v = args[0]
        if let x = Num.small(v) { return Value(int: 64 - x.magnitude.leadingZeroBitCount) }
        return Value(int: BigInt.bitLength(v))
    }
    Native.method(int, "bit_count") { args in
        try args.expectMethod("bit_count", "int.bit_count", 0, 0)
        let v = args[0]
        if let x = Num.small(v) { return Value(int: x.magnitude.nonzeroBitCount) }
        let z = BigInt.z(v)
        let mag = Z()
        __gmpz_abs(&mag.z, &z.z)
        return Value(int: Int(__gmpz_popcount(&mag.z)))
    }
    Native.method(int, "conjugate") { args in
        try args.expectMethod("conjugate", "int.conjugate", 0, 0)
        return asPlainInt(args[0])
    }
    Native.method(int, "as_integer_ratio") { args in
        try args.expectMethod("as_integer_ratio", "int.as_integer_ratio", 0, 0)
        return Tuple.make([asPlainInt(args[0]), Value(int: 1)])
    }

    Native.method(float, "is_integer") { args in
        try args.expectMethod("is_integer", "float.is_integer", 0, 0)
        let x = args[0].float
        return Value(bool: x.isFinite && x == x.rounded(.down))
    }
    Native.method(float, "as_integer_ratio") { args in
        try args.expectMethod("as_integer_ratio", "float.as_integer_ratio", 0, 0)
        return try floatRatio(args[0].float)
    }
    Native.method(float, "conjugate") { args in
        try args.expectMethod("conjugate", "float.conjugate", 0, 0)
        return args[0]
    }
    Native.method(float, "hex") { args in
        try args.expectMethod("hex", "float.hex", 0, 0)
        return Str.make(floatHex(args[0].float))
    }
}
