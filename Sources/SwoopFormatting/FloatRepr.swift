// repr() and str() of a Python float.

/// CPython's `repr(x)`: the shortest digits that read back as `x`, positional between 1e-4 and
/// 1e16 (with ".0" on integral values), otherwise exponent form with at least two exponent
/// digits; `inf`, `-inf`, `nan` (never `-nan`).
public func pythonFloatRepr(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    // Swift's description picks the same digits and the same layout as CPython everywhere
    // except that it turns to exponent form already at 2^53 rather than at 1e16 (checked
    // against CPython over millions of doubles; the tests pin it). Reusing it saves the
    // re-layout on the hot path of print().
    let m = x.magnitude
    if m < 9007199254740992.0 || m >= 1e16 { return x.description }
    return String(ascii: doubleToASCII(x, code: UInt8(ascii: "r"), precision: 0, flags: .addDotZero))
}

/// `str(x)`, which Python 3 defines to be the same as `repr(x)`.
public func pythonFloatStr(_ x: Double) -> String {
    pythonFloatRepr(x)
}
