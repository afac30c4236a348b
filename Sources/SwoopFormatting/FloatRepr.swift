// repr() and str() of a Python float.

/// CPython's `repr(x)`: the shortest digits that read back as `x`, positional between 1e-4 and
/// 1e16 (with ".0" on integral values), otherwise exponent form with at least two exponent
/// digits; `inf`, `-inf`, `nan` (never `-nan`).
public func pythonFloatRepr(_ x: Double) -> String {
    String(ascii: doubleToASCII(x, code: UInt8(ascii: "r"), precision: 0, flags: .addDotZero))
}

/// `str(x)`, which Python 3 defines to be the same as `repr(x)`.
public func pythonFloatStr(_ x: Double) -> String {
    pythonFloatRepr(x)
}
