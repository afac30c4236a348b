// Libm.swift — the math functions traces call directly (FCALL1 / FCALL2's immediate): C's
// libm, plus Python's float floor division and modulo, which the runtime provides.

public enum LibmFunction: Int64, CaseIterable {
    case sqrt, sin, cos, tan, asin, acos, atan, exp, log, log10, log2, fabs, atan2, hypot, copysign, fmod
    /// Python's `x // y` and `x % y` on floats (runtime helpers, y != 0).
    case pyFloorDiv, pyMod
    /// (Traces call it with a positive base only; math.pow and `**` on floats.)
    case pow

    public var arity: Int {
        switch self {
        case .atan2, .hypot, .copysign, .fmod, .pyFloorDiv, .pyMod, .pow: 2
        default: 1
        }
    }

    /// Provided by the runtime (called through BackendConfig.floatHelpers), not libm.
    public var isRuntimeHelper: Bool { self == .pyFloorDiv || self == .pyMod }

    /// The C symbol.
    public var symbol: String { "\(self)" }

    /// Exact in IEEE arithmetic, so GCC's builtin (an instruction: `sqrtsd`, a mask) gives
    /// libm's result bit for bit, constant-folded or not. (The others stay libm calls:
    /// GCC folds its builtins on constants with MPFR, which may differ from glibc in the
    /// last place.)
    public var isExactBuiltin: Bool { self == .sqrt || self == .fabs || self == .copysign }
}
