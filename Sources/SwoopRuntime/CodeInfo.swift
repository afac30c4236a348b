// CodeInfo.swift — a code object as the interpreter runs it: instruction words and
// materialized constants at stable addresses, names as interned strs.
import SwoopBytecode
import Glibc

public final class CodeInfo {
    public let code: CodeObject
    public let words: UnsafeMutablePointer<UInt64>
    public let constants: UnsafeMutablePointer<SwValue>
    public let constantCount: Int
    public let names: [Value]
    public let registerCount: Int
    public let constantBase: Int
    /// The code heap object (a value functions hold).
    public var value: Value = .none

    init(_ code: CodeObject) {
        self.code = code
        words = UnsafeMutablePointer<UInt64>.allocate(capacity: max(code.instructions.count, 1))
        for (i, ins) in code.instructions.enumerated() { words[i] = ins.word }
        constantCount = code.constants.count
        constants = UnsafeMutablePointer<SwValue>.allocate(capacity: max(constantCount, 1))
        registerCount = code.registerCount
        constantBase = code.constantBase
        names = code.names.map { Str.intern($0) }
    }

    /// The runtime form of a compiled code object (made once, immortal).
    public static func of(_ code: CodeObject) -> CodeInfo {
        if let h = code.runtimeHandle { return Unmanaged<CodeInfo>.fromOpaque(h).takeUnretainedValue() }
        let info = CodeInfo(code)
        code.runtimeHandle = Unmanaged.passRetained(info).toOpaque()
        Heap.immortal {
            for (i, c) in code.constants.enumerated() { info.constants[i] = materialize(c) }
            let o = Heap.allocate(T.code, size: MemoryLayout<SwCode>.size)
            let sc = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwCode.self)
            sc.pointee.swiftCode = UnsafeMutableRawPointer(code.runtimeHandle!)
            info.value = Value(o)
        }
        return info
    }

    static func materialize(_ c: CodeConstant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return Value(bool: b)
        case .int(let i): return Value(int: i)
        case .bigInt(let s): return BigInt.fromString(s) ?? .none
        case .float(let d): return Value(float: d)
        case .str(let s): return s.utf8.count <= 40 ? Str.intern(s) : Str.make(s)
        case .bytes: return .none
        case .ellipsis: return Singletons.ellipsis
        case .tuple(let items): return Tuple.make(items.map(materialize))
        case .code(let nested): return of(nested).value
        }
    }

    /// The CodeInfo behind a code heap object.
    @inline(__always)
    static func from(_ v: Value) -> CodeInfo {
        Unmanaged<CodeInfo>.fromOpaque(v.as(SwCode.self).pointee.swiftCode).takeUnretainedValue()
    }
}
