// CodeInfo.swift — a code object as the interpreter runs it: instruction words and
// materialized constants at stable addresses, names as interned strs.
import SwoopBytecode
import Glibc

/// What the interpreter reads on every call and instruction, in a plain struct behind a
/// raw pointer: touching the CodeInfo class there would cost an ARC retain/release.
public struct CodeHot {
    public var words: UnsafeMutablePointer<UInt64>
    public var constants: UnsafeMutablePointer<SwValue>
    public var names: UnsafeMutablePointer<SwValue>
    public var constantCount: Int
    public var registerCount: Int
    public var constantBase: Int
    public var simpleArgCount: Int
    public var needsCells: Bool
    /// A generator function's code: calls make a generator instead of running it.
    public var isGenerator: Bool
    /// The code has a loop (a JUMP_BACK): traces call it rather than inline it, unless
    /// `--jit unroll=N` lets them unroll the loop.
    public var hasLoop: Bool
    /// A recording that inlined this code's loop gave up (it ran too many iterations, or
    /// the trace grew too long): traces call it rather than inline it from now on.
    public var noUnroll: Bool = false
    /// A generator expression's collector register (GEN_YIELD's B), or -1.
    public var sinkRegister: Int
    /// Per-pc back-edge counters for loop headers (see JIT.hotLoop). (This and `jitLoops`
    /// have one entry for code without a loop: only loop headers index them.)
    public var loopCounters: UnsafeMutablePointer<Int32>
    /// Per-pc inline caches of LOAD_ATTR/STORE_ATTR/LOAD_METHOD on instances (see AttrCache).
    public var attrCaches: UnsafeMutablePointer<AttrCache>
    /// Per-pc JIT state of loop headers that got hot (a JIT.Loop, retained once and kept
    /// for the life of the process, or nil).
    public var jitLoops: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// Calls left before the code's function-entry trace is recorded (JIT.hotFunction):
    /// calls from machine code (residual calls, `Interpreter.callInPlace`) and the
    /// interpreter's CALL of a plain function count.
    public var entryCounter: Int32 = JIT.initialCounter
    /// The JIT state of the code's function-entry trace (a JIT.Loop, retained once and
    /// kept for the life of the process), or nil.
    public var jitEntry: UnsafeMutableRawPointer? = nil
}

/// An inline cache of LOAD_ATTR/STORE_ATTR or LOAD_METHOD on instances: for instances of
/// `type`, while the class epoch is `epoch` (no class dict changed since), `index` is
/// where the attribute is: inline value `index` (its index in the class's attribute-name
/// table: see InlineAttributes.swift), or for a negative index the `__slots__` member at
/// byte offset `-index`; at a LOAD_METHOD, the bits of the class's function.
public struct AttrCache {
    public var type: UInt64 = 0
    public var epoch: Int = -1
    public var index: Int = 0
    /// A second entry, for sites that see two classes (filled alternately).
    public var type2: UInt64 = 0
    public var epoch2: Int = -1
    public var index2: Int = 0
}

public final class CodeInfo {
    public let code: CodeObject
    public let names: [Value]
    /// The code heap object (a value functions hold).
    public var value: Value = .none
    public let hot: UnsafeMutablePointer<CodeHot>
    /// The code's name and qualified name as interned strs (made once, for MAKE_FUNCTION).
    public lazy var nameValue: Value = Str.intern(code.name)
    public lazy var qualnameValue: Value = Str.intern(code.qualifiedName)
    /// The variable names, interned (keyword arguments are matched against them).
    public lazy var varNameValues: [Value] = code.varNames.map { Str.intern($0) }

    public var registerCount: Int { hot.pointee.registerCount }
    public var constants: UnsafeMutablePointer<SwValue> { hot.pointee.constants }

    init(_ code: CodeObject) {
        self.code = code
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: max(code.instructions.count, 1))
        var hasLoop = false, sinkRegister = -1
        for (i, ins) in code.instructions.enumerated() {
            words[i] = ins.word
            if ins.op == .SW_OP_JUMP_BACK { hasLoop = true }
            if ins.op == .SW_OP_GEN_YIELD { sinkRegister = ins.b }
        }
        let constants = UnsafeMutablePointer<SwValue>.allocate(capacity: max(code.constants.count, 1))
        names = code.names.map { Str.intern($0) }
        let namePtr = UnsafeMutablePointer<SwValue>.allocate(capacity: max(names.count, 1))
        for (i, n) in names.enumerated() { namePtr[i] = n }
        // A plain signature (no *args, **kwargs, keyword-only) lets calls with exactly
        // argCount positional arguments take the interpreter's fast path.
        let plain = !code.flags.contains(.varArgs) && !code.flags.contains(.varKeywords) && code.kwOnlyCount == 0
        /// A table with one entry per instruction (one in all, for the JIT's loop tables of
        /// code without a loop).
        func perPC<T>(_ initial: T, loopsOnly: Bool = false) -> UnsafeMutablePointer<T> {
            let n = loopsOnly && !hasLoop ? 1 : max(code.instructions.count, 1)
            let p = UnsafeMutablePointer<T>.allocate(capacity: n)
            p.initialize(repeating: initial, count: n)
            return p
        }
        hot = UnsafeMutablePointer<CodeHot>.allocate(capacity: 1)
        hot.initialize(to: CodeHot(words: words, constants: constants, names: namePtr,
                                   constantCount: code.constants.count, registerCount: code.registerCount,
                                   constantBase: code.constantBase, simpleArgCount: plain ? code.argCount : -1,
                                   needsCells: !code.cellRegisters.isEmpty || !code.freeRegisters.isEmpty,
                                   isGenerator: code.flags.contains(.generator),
                                   hasLoop: hasLoop, sinkRegister: sinkRegister,
                                   loopCounters: perPC(JIT.initialCounter, loopsOnly: true),
                                   attrCaches: perPC(AttrCache()),
                                   jitLoops: perPC(UnsafeMutableRawPointer?.none, loopsOnly: true)))
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
            sc.pointee.hot = UnsafeMutableRawPointer(info.hot)
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

    /// The hot fields behind a code heap object.
    @inline(__always)
    static func hot(_ v: Value) -> UnsafeMutablePointer<CodeHot> {
        v.as(SwCode.self).pointee.hot.assumingMemoryBound(to: CodeHot.self)
    }

    /// The CodeInfo behind a code heap object.
    @inline(__always)
    static func from(_ v: Value) -> CodeInfo {
        Unmanaged<CodeInfo>.fromOpaque(v.as(SwCode.self).pointee.swiftCode).takeUnretainedValue()
    }

    /// `body` applied to the CodeInfo behind a code heap object, without the retain and
    /// release `from` costs (the code object keeps its CodeInfo alive): for paths taken
    /// on every function or generator made.
    @inline(__always)
    static func with<R>(_ v: Value, _ body: (CodeInfo) throws -> R) rethrows -> R {
        try Unmanaged<CodeInfo>.fromOpaque(v.as(SwCode.self).pointee.swiftCode)._withUnsafeGuaranteedRef(body)
    }
}
