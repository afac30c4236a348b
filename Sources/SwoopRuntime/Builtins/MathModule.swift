// MathModule.swift — the math module, with CPython's special-value rules and error messages.
import CGMP
import Glibc

private func domainError() -> PyError { valueError("math domain error") }
private func rangeError() -> PyError { overflowError("math range error") }

/// CPython's math_1: NaN from a non-NaN argument is a domain error; an infinite result
/// from a finite argument is a range error (overflow) or a domain error (singularity).
private func math1(_ v: Value, canOverflow: Bool, _ f: (Double) -> Double) throws -> Value {
    let x = try Ops.toDouble(v)
    let r = f(x)
    if r.isNaN && !x.isNaN { throw domainError() }
    if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
    return Value(float: r)
}

/// log of a positive int of any size: frexp-style split for ints beyond double range.
private func logHelper(_ v: Value, _ f: (Double) -> Double) throws -> Double {
    if isIntLike(v) {
        let z = BigInt.z(v)
        if z.sign <= 0 { throw domainError() }
        if let d = z.toDouble() { return f(d) }
        // x = m * 2**e with m in [0.5, 1], m correctly rounded from the top bits.
        let bits = z.bitLength
        let shift = bits - 55
        let t = Z()
        __gmpz_fdiv_q_2exp(&t.z, &z.z, mp_bitcnt_t(shift))
        var top = UInt64(__gmpz_get_ui(&t.z))
        if __gmpz_scan1(&z.z, 0) < mp_bitcnt_t(shift) { top |= 1 }
        let m = scalbn(Double(top), -55)
        return f(m) + f(2.0) * Double(bits)
    }
    let x = try Ops.toDouble(v)
    if x.isNaN { return x }
    if x.isInfinite {
        if x > 0 { return x }
        throw domainError()
    }
    if x <= 0 { throw domainError() }
    return f(x)
}

/// CPython's vector_norm (3.10/3.11): an accurately rounded Euclidean norm of
/// non-negative finite coordinates no larger than `maxValue`.
private func vectorNorm(_ vec: [Double], _ maxValue: Double, foundNaN: Bool) -> Double {
    let t27 = 134217729.0
    if maxValue.isInfinite { return maxValue }
    if foundNaN { return .nan }
    if maxValue == 0 || vec.count <= 1 { return maxValue }
    var maxE: Int32 = 0
    _ = frexp(maxValue, &maxE)
    if maxE < -1023 {
        let dblMin = Double.leastNormalMagnitude
        return dblMin * vectorNorm(vec.map { $0 / dblMin }, maxValue / dblMin, foundNaN: false)
    }
    let scale = scalbn(1.0, -maxE)
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
    var x = 0.0, t = 0.0, hi = 0.0, lo = 0.0, old = 0.0
    for v in vec {
        x = v * scale
        t = x * t27
        hi = t - (t - x)
        lo = x - hi
        x = hi * hi
        old = csum; csum += x; frac1 += (old - csum) + x
        x = 2.0 * hi * lo
        old = csum; csum += x; frac2 += (old - csum) + x
        frac3 += lo * lo
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
    x = h
    t = x * t27
    hi = t - (t - x)
    lo = x - hi
    x = -hi * hi
    old = csum; csum += x; frac1 += (old - csum) + x
    x = -2.0 * hi * lo
    old = csum; csum += x; frac2 += (old - csum) + x
    x = -lo * lo
    old = csum; csum += x; frac3 += (old - csum) + x
    x = csum - 1.0 + (frac1 + frac2 + frac3)
    return (h + x / (2.0 * h)) / scale
}

private func norm(_ coords: [Double]) -> Double {
    var maxValue = 0.0
    var foundNaN = false
    var vec: [Double] = []
    vec.reserveCapacity(coords.count)
    for c in coords {
        let a = Swift.abs(c)
        foundNaN = foundNaN || a.isNaN
        if a > maxValue { maxValue = a }
        vec.append(a)
    }
    return vectorNorm(vec, maxValue, foundNaN: foundNaN)
}

/// CPython's math.fsum: Shewchuk's exact partial sums with correct final rounding.
private func fsum(_ iterable: Value) throws -> Double {
    var partials: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    try forEach(iterable) { item in
        var x = try Ops.toDouble(item)
        let xsave = x
        var i = 0
        for j in 0..<partials.count {
            var y = partials[j]
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 { partials[i] = lo; i += 1 }
            x = hi
        }
        partials.removeSubrange(i...)
        if x != 0 {
            if !x.isFinite {
                // Either intermediate overflow or an inf/nan summand.
                if xsave.isFinite { throw overflowError("intermediate overflow in fsum") }
                if xsave.isInfinite { infSum += xsave }
                specialSum += xsave
                partials.removeAll()
            } else {
                partials.append(x)
            }
        }
        return true
    }
    if specialSum != 0 {
        if infSum.isNaN { throw valueError("-inf + inf in fsum") }
        return specialSum
    }
    var n = partials.count
    var hi = 0.0
    if n > 0 {
        n -= 1
        hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        // Half-even rounding across several partials.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
    }
    return hi
}

/// CPython's math.pow special-value handling around libm's pow.
private func mathPow(_ x: Double, _ y: Double) throws -> Double {
    if !x.isFinite || !y.isFinite {
        if x.isNaN { return y == 0 ? 1 : x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x.isInfinite {
            let oddY = y.isFinite && fmod(Swift.abs(y), 2.0) == 1.0
            if y > 0 { return oddY ? x : Swift.abs(x) }
            if y == 0 { return 1 }
            return oddY ? copysign(0, x) : 0
        }
        if Swift.abs(x) == 1 { return 1 }
        if y > 0 && Swift.abs(x) > 1 { return y }
        if y < 0 && Swift.abs(x) < 1 { return -y }
        return 0
    }
    let r = Glibc.pow(x, y)
    if r.isNaN { throw domainError() }
    if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
    return r
}

/// floor/ceil: ints unchanged, floats to (possibly big) ints, others via __floor__/__ceil__.
private func floorCeil(_ v: Value, _ special: String, _ f: (Double) -> Double) throws -> Value {
    if isIntLike(v) { return asPlainInt(v) }
    if v.tag == .SW_TAG_FLOAT { return try intFromDouble(f(v.float)) }
    if let r = try callSpecial(v, Str.intern(special)) { return r }
    return try intFromDouble(f(try Ops.toDouble(v)))
}

private func nonNegative(_ v: Value, _ what: String) throws -> Z {
    let z = try indexZ(v)
    if z.sign < 0 { throw valueError("\(what) must be a non-negative integer") }
    return z
}

private func factorialZ(_ n: Z) throws -> Z {
    if n.sign < 0 { throw valueError("factorial() not defined for negative values") }
    guard n.fitsInt64 else { throw overflowError("factorial() argument should not exceed \(Int64.max)") }
    let r = Z()
    __gmpz_fac_ui(&r.z, UInt(n.int64))
    return r
}

/// C(n, k) for non-negative n, k (0 when k > n).
private func combZ(_ n: Z, _ k: Z) throws -> Z {
    let r = Z()
    if __gmpz_cmp(&k.z, &n.z) > 0 { return r }
    let nk = Z()
    __gmpz_sub(&nk.z, &n.z, &k.z)
    let kk = __gmpz_cmp(&nk.z, &k.z) < 0 ? nk : k
    guard kk.fitsInt64 else { throw overflowError("min(n - k, k) must not exceed \(Int64.max)") }
    __gmpz_bin_ui(&r.z, &n.z, UInt(kk.int64))
    return r
}

// CPython computes gamma and lgamma itself (Lanczos approximation, g = 6.0247,
// n = 13) rather than with libm, so results match it only if done the same way.

private enum MathErrno { case none, domain, range }

/// CPython's is_error(): a domain error always raises; a range error only on overflow.
private func raiseMathError(_ r: Double, _ err: MathErrno) throws {
    switch err {
    case .none: return
    case .domain: throw domainError()
    case .range: if Swift.abs(r) >= 1.5 { throw rangeError() }
    }
}

private let lanczosG = 6.024680040776729583740234375
private let lanczosGMinusHalf = 5.524680040776729583740234375
private let lanczosNumCoeffs: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
private let lanczosDenCoeffs: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
]
private let gammaIntegral: [Double] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
]
private let logPi = 1.144729885849400174143427351353058711647

private func lanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    // For large x, evaluate as a rational function in 1/x to avoid overflow.
    if x < 5.0 {
        for i in stride(from: 12, through: 0, by: -1) {
            num = num * x + lanczosNumCoeffs[i]
            den = den * x + lanczosDenCoeffs[i]
        }
    } else {
        for i in 0..<13 {
            num = num / x + lanczosNumCoeffs[i]
            den = den / x + lanczosDenCoeffs[i]
        }
    }
    return num / den
}

/// sin(pi * x), exact at integers and half-integers.
private func sinPi(_ x: Double) -> Double {
    let y = fmod(Swift.abs(x), 2.0)
    let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
    let r: Double
    switch n {
    case 0: r = Glibc.sin(Double.pi * y)
    case 1: r = Glibc.cos(Double.pi * (y - 0.5))
    case 2: r = Glibc.sin(Double.pi * (1.0 - y))
    case 3: r = -Glibc.cos(Double.pi * (y - 1.5))
    default: r = Glibc.sin(Double.pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
}

private func pythonGamma(_ x: Double) -> (Double, MathErrno) {
    if !x.isFinite {
        if x.isNaN || x > 0 { return (x, .none) }
        return (.nan, .domain)
    }
    if x == 0 { return (copysign(.infinity, x), .domain) }
    if x == x.rounded(.down) {
        if x < 0 { return (.nan, .domain) }
        if x <= Double(gammaIntegral.count) { return (gammaIntegral[Int(x) - 1], .none) }
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 {
        let r = 1.0 / x
        return (r, r.isInfinite ? .range : .none)
    }
    if absx > 200.0 {
        if x < 0 { return (0.0 / sinPi(x), .none) }
        return (.infinity, .range)
    }
    let y = absx + lanczosGMinusHalf
    var z: Double
    if absx > lanczosGMinusHalf {
        let q = y - absx
        z = q - lanczosGMinusHalf
    } else {
        let q = y - lanczosGMinusHalf
        z = q - absx
    }
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
        r = -Double.pi / sinPi(absx) / absx * Glibc.exp(y) / lanczosSum(absx)
        r -= z * r
        if absx < 140.0 {
            r /= Glibc.pow(y, absx - 0.5)
        } else {
            let sqrtpow = Glibc.pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
        }
    } else {
        r = lanczosSum(absx) / Glibc.exp(y)
        r += z * r
        if absx < 140.0 {
            r *= Glibc.pow(y, absx - 0.5)
        } else {
            let sqrtpow = Glibc.pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
        }
    }
    return (r, r.isInfinite ? .range : .none)
}

private func pythonLgamma(_ x: Double) -> (Double, MathErrno) {
    if !x.isFinite { return (x.isNaN ? x : .infinity, .none) }
    if x == x.rounded(.down) && x <= 2.0 {
        if x <= 0 { return (.infinity, .domain) }
        return (0.0, .none)
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 { return (-Glibc.log(absx), .none) }
    var r = Glibc.log(lanczosSum(absx)) - lanczosG
    r += (absx - 0.5) * (Glibc.log(absx + lanczosG - 0.5) - 1)
    if x < 0 {
        r = logPi - Glibc.log(Swift.abs(sinPi(absx))) - Glibc.log(absx) - r
    }
    return (r, r.isInfinite ? .range : .none)
}

func installMathModule(_ m: Value) {
    func def(_ name: String, _ fn: @escaping NativeFn) {
        Modules.set(m, name, Native.function(name, fn))
    }
    /// A one-argument function (CPython's METH_O messages name the module).
    func def1(_ name: String, _ fn: @escaping (Value) throws -> Value) {
        def(name) { args in
            if args.count == 1 && args.keywords.isEmpty { return try fn(args[0]) }
            if !args.keywords.isEmpty { throw typeError("math.\(name)() takes no keyword arguments") }
            throw typeError("math.\(name)() takes exactly one argument (\(args.count) given)")
        }
    }
    func def2(_ name: String, _ fn: @escaping (Value, Value) throws -> Value) {
        def(name) { args in
            if args.count == 2 && args.keywords.isEmpty { return try fn(args[0], args[1]) }
            if !args.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
            throw typeError("\(name) expected 2 arguments, got \(args.count)")
        }
    }
    func unary(_ name: String, canOverflow: Bool = false, _ f: @escaping (Double) -> Double) {
        def1(name) { v in try math1(v, canOverflow: canOverflow, f) }
    }

    Modules.set(m, "pi", Value(float: Double.pi))
    Modules.set(m, "e", Value(float: M_E))
    Modules.set(m, "tau", Value(float: 2 * Double.pi))
    Modules.set(m, "inf", Value(float: .infinity))
    Modules.set(m, "nan", Value(float: .nan))

    unary("sqrt") { Glibc.sqrt($0) }
    unary("exp", canOverflow: true) { Glibc.exp($0) }
    unary("exp2", canOverflow: true) { Glibc.exp2($0) }
    unary("expm1", canOverflow: true) { Glibc.expm1($0) }
    unary("cbrt") { Glibc.cbrt($0) }
    unary("log1p") { Glibc.log1p($0) }
    unary("sin") { Glibc.sin($0) }
    unary("cos") { Glibc.cos($0) }
    unary("tan") { Glibc.tan($0) }
    unary("asin") { Glibc.asin($0) }
    unary("acos") { Glibc.acos($0) }
    unary("atan") { Glibc.atan($0) }
    unary("sinh", canOverflow: true) { Glibc.sinh($0) }
    unary("cosh", canOverflow: true) { Glibc.cosh($0) }
    unary("tanh") { Glibc.tanh($0) }
    unary("asinh") { Glibc.asinh($0) }
    unary("acosh") { Glibc.acosh($0) }
    unary("atanh") { Glibc.atanh($0) }
    unary("erf") { Glibc.erf($0) }
    unary("erfc") { Glibc.erfc($0) }
    unary("fabs") { Swift.abs($0) }
    unary("degrees") { $0 * (180.0 / Double.pi) }
    unary("radians") { $0 * (Double.pi / 180.0) }
    def1("gamma") { v in
        let (r, err) = pythonGamma(try Ops.toDouble(v))
        try raiseMathError(r, err)
        return Value(float: r)
    }
    def1("lgamma") { v in
        let (r, err) = pythonLgamma(try Ops.toDouble(v))
        try raiseMathError(r, err)
        return Value(float: r)
    }

    def("log") { args in
        if !args.keywords.isEmpty { throw typeError("log() takes no keyword arguments") }
        if args.count < 1 || args.count > 2 { throw typeError("math.log requires 1 to 2 arguments") }
        let num = try logHelper(args[0]) { Glibc.log($0) }
        if args.count == 1 { return Value(float: num) }
        let den = try logHelper(args[1]) { Glibc.log($0) }
        if den == 0 { throw zeroDivisionError("float division by zero") }
        return Value(float: num / den)
    }
    def1("log2") { v in Value(float: try logHelper(v) { Glibc.log2($0) }) }
    def1("log10") { v in Value(float: try logHelper(v) { Glibc.log10($0) }) }

    def2("pow") { a, b in Value(float: try mathPow(try Ops.toDouble(a), try Ops.toDouble(b))) }
    def2("atan2") { a, b in Value(float: Glibc.atan2(try Ops.toDouble(a), try Ops.toDouble(b))) }
    def2("copysign") { a, b in Value(float: Glibc.copysign(try Ops.toDouble(a), try Ops.toDouble(b))) }
    def2("fmod") { a, b in
        let x = try Ops.toDouble(a), y = try Ops.toDouble(b)
        if y.isInfinite && x.isFinite { return Value(float: x) }
        let r = Glibc.fmod(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
        return Value(float: r)
    }
    def2("remainder") { a, b in
        let x = try Ops.toDouble(a), y = try Ops.toDouble(b)
        if x.isNaN { return Value(float: x) }
        if y.isNaN { return Value(float: y) }
        if x.isInfinite || y == 0 { throw domainError() }
        if y.isInfinite { return Value(float: x) }
        return Value(float: Glibc.remainder(x, y))
    }
    def2("ldexp") { a, b in
        let x = try Ops.toDouble(a)
        guard isIntLike(b) else { throw typeError("Expected an int as second argument to ldexp.") }
        if x == 0 || !x.isFinite { return Value(float: x) }
        let z = BigInt.z(b)
        let e: Int32 = z.fitsInt64 ? Int32(clamping: z.int64) : (z.sign < 0 ? Int32.min : Int32.max)
        let r = Glibc.scalbn(x, e)
        if r.isInfinite { throw rangeError() }
        return Value(float: r)
    }
    def2("nextafter") { a, b in Value(float: Glibc.nextafter(try Ops.toDouble(a), try Ops.toDouble(b))) }
    def1("ulp") { v in
        var x = try Ops.toDouble(v)
        if x.isNaN { return Value(float: x) }
        x = Swift.abs(x)
        if x.isInfinite { return Value(float: x) }
        let x2 = Glibc.nextafter(x, .infinity)
        if x2.isInfinite { return Value(float: x - Glibc.nextafter(x, -.infinity)) }
        return Value(float: x2 - x)
    }
    def1("frexp") { v in
        let x = try Ops.toDouble(v)
        if x == 0 || !x.isFinite { return Tuple.make([Value(float: x), Value(int: 0)]) }
        var e: Int32 = 0
        let f = Glibc.frexp(x, &e)
        return Tuple.make([Value(float: f), Value(int: Int(e))])
    }
    def1("modf") { v in
        let x = try Ops.toDouble(v)
        if x.isInfinite { return Tuple.make([Value(float: copysign(0, x)), Value(float: x)]) }
        var ip = 0.0
        let fp = Glibc.modf(x, &ip)
        return Tuple.make([Value(float: fp), Value(float: ip)])
    }
    def("hypot") { args in
        if !args.keywords.isEmpty { throw typeError("hypot() takes no keyword arguments") }
        return Value(float: norm(try args.positional.map { try Ops.toDouble($0) }))
    }
    def("dist") { args in
        if !args.keywords.isEmpty { throw typeError("dist() takes no keyword arguments") }
        if args.count != 2 { throw typeError("dist expected 2 arguments, got \(args.count)") }
        guard isList(args[0]) || isTuple(args[0]) else { throw typeError("dist(): argument 1 must be tuple, not \(Ops.typeName(args[0]))") }
        guard isList(args[1]) || isTuple(args[1]) else { throw typeError("dist(): argument 2 must be tuple, not \(Ops.typeName(args[1]))") }
        let p = try Ops.iterate(args[0]).map { try Ops.toDouble($0) }
        let q = try Ops.iterate(args[1]).map { try Ops.toDouble($0) }
        if p.count != q.count { throw valueError("both points must have the same number of dimensions") }
        return Value(float: norm(zip(p, q).map { $0 - $1 }))
    }

    def1("floor") { v in try floorCeil(v, "__floor__") { $0.rounded(.down) } }
    def1("ceil") { v in try floorCeil(v, "__ceil__") { $0.rounded(.up) } }
    def1("trunc") { v in
        if isIntLike(v) { return asPlainInt(v) }
        if v.tag == .SW_TAG_FLOAT { return try intFromDouble(v.float) }
        if let r = try callSpecial(v, SN.__trunc__) { return r }
        throw typeError("type \(Ops.typeName(v)) doesn't define __trunc__ method")
    }
    def1("isnan") { v in Value(bool: try Ops.toDouble(v).isNaN) }
    def1("isinf") { v in Value(bool: try Ops.toDouble(v).isInfinite) }
    def1("isfinite") { v in Value(bool: try Ops.toDouble(v).isFinite) }
    def("isclose") { args in
        try args.checkKeywords("isclose", ["a", "b", "rel_tol", "abs_tol"])
        if args.count > 2 { throw typeError("isclose() takes 2 positional arguments but \(args.count) were given") }
        guard let av = args.arg(0, "a") else { throw typeError("isclose() missing required argument 'a' (pos 1)") }
        guard let bv = args.arg(1, "b") else { throw typeError("isclose() missing required argument 'b' (pos 2)") }
        let a = try Ops.toDouble(av), b = try Ops.toDouble(bv)
        let relTol = try args.keyword("rel_tol").map { try Ops.toDouble($0) } ?? 1e-09
        let absTol = try args.keyword("abs_tol").map { try Ops.toDouble($0) } ?? 0.0
        if relTol < 0 || absTol < 0 { throw valueError("tolerances must be non-negative") }
        if a == b { return .true }
        if a.isInfinite || b.isInfinite { return .false }
        let diff = Swift.abs(b - a)
        return Value(bool: diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
    }

    def("gcd") { args in
        if !args.keywords.isEmpty { throw typeError("gcd() takes no keyword arguments") }
        let r = Z()
        for v in args.positional {
            let z = try indexZ(v)
            inPlace(r) { __gmpz_gcd($0, $0, &z.z) }
        }
        return BigInt.value(r)
    }
    def("lcm") { args in
        if !args.keywords.isEmpty { throw typeError("lcm() takes no keyword arguments") }
        let r = Z(1)
        for v in args.positional {
            let z = try indexZ(v)
            inPlace(r) { __gmpz_lcm($0, $0, &z.z) }
        }
        return BigInt.value(r)
    }
    def1("factorial") { v in
        if let n = Num.small(v), n >= 0 && n <= 20 {
            var r: Int64 = 1
            if n > 1 { for i in 2...n { r *= i } }
            return Value(int: r)
        }
        return BigInt.value(try factorialZ(try indexZ(v)))
    }
    def2("comb") { a, b in
        let n = try nonNegative(a, "n"), k = try nonNegative(b, "k")
        return BigInt.value(try combZ(n, k))
    }
    def("perm") { args in
        if !args.keywords.isEmpty { throw typeError("perm() takes no keyword arguments") }
        try args.expect("perm", 1, 2)
        let n = try nonNegative(args[0], "n")
        if args.count == 1 || args[1].isNone { return BigInt.value(try factorialZ(n)) }
        let k = try nonNegative(args[1], "k")
        if __gmpz_cmp(&k.z, &n.z) > 0 { return Value(int: 0) }
        guard k.fitsInt64 else { throw overflowError("k must not exceed \(Int64.max)") }
        // n! / (n-k)! == C(n, k) * k!
        let c = try combZ(n, k)
        let f = try factorialZ(k)
        inPlace(c) { __gmpz_mul($0, $0, &f.z) }
        return BigInt.value(c)
    }
    def1("isqrt") { v in
        let z = try indexZ(v)
        if z.sign < 0 { throw valueError("isqrt() argument must be nonnegative") }
        let r = Z()
        __gmpz_sqrt(&r.z, &z.z)
        return BigInt.value(r)
    }
    def("fsum") { args in
        if args.count == 1 && args.keywords.isEmpty { return Value(float: try fsum(args[0])) }
        if !args.keywords.isEmpty { throw typeError("math.fsum() takes no keyword arguments") }
        throw typeError("math.fsum() takes exactly one argument (\(args.count) given)")
    }
    def("prod") { args in
        try args.checkKeywords("prod", ["start"])
        if args.count != 1 { throw typeError("prod() takes exactly 1 positional argument (\(args.count) given)") }
        var acc = args.keyword("start") ?? Value(int: 1)
        let roots = TempRoots()
        defer { roots.release() }
        let slot = roots.add(acc)
        try forEach(args[0]) { x in
            if acc.tag == .SW_TAG_INT && x.tag == .SW_TAG_INT {
                let (r, o) = acc.int.multipliedReportingOverflow(by: x.int)
                if !o { acc = Value(int: r); return true }
            } else if acc.tag == .SW_TAG_FLOAT && x.tag == .SW_TAG_FLOAT {
                acc = Value(float: acc.float * x.float)
                return true
            }
            acc = try Ops.binary(.mul, acc, x)
            roots.set(slot, acc)
            return true
        }
        return acc
    }
}
