// TraceIR.swift — the trace IR: SSA instructions over typed values, with the snapshots
// that say how to rebuild interpreter frames when a guard fails. The instruction set
// itself is the table in swoop_trace_ir.h.
@_exported import CSwoopRuntime

public typealias IROp = SwIROp

/// The type of an IR value. Tags match SwTag where a value has one.
public enum IRType: UInt8, CaseIterable {
    case int, float, bool, object, value, none, void

    /// The one-letter name used by the op table and the printer.
    public var letter: Character {
        switch self {
        case .int: "I"
        case .float: "F"
        case .bool: "B"
        case .object: "O"
        case .value: "V"
        case .none: "N"
        case .void: "-"
        }
    }

    public init?(letter: Character) {
        guard let t = IRType.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = t
    }

    /// The value tag of a boxed value of this type.
    public var tag: SwTag {
        switch self {
        case .int: .SW_TAG_INT
        case .float: .SW_TAG_FLOAT
        case .bool: .SW_TAG_BOOL
        case .object: .SW_TAG_OBJ
        case .none: .SW_TAG_NONE
        case .value, .void: .SW_TAG_UNBOUND
        }
    }

    /// The IR type of a value with this tag.
    public init(tag: SwTag) {
        switch tag {
        case .SW_TAG_INT: self = .int
        case .SW_TAG_FLOAT: self = .float
        case .SW_TAG_BOOL: self = .bool
        case .SW_TAG_OBJ: self = .object
        case .SW_TAG_NONE: self = .none
        case .SW_TAG_UNBOUND: self = .value
        }
    }
}

extension SwIROp {
    public var info: SwIROpInfo { sw_ir_info_at(Int32(rawValue)).pointee }
    /// Lower-case name, as printed: `iadd_ov`.
    public var name: String { String(cString: info.name).lowercased() }
    public var format: [Character] { Array(String(cString: info.format)) }
    /// The result type letter from the table ("*": the instruction's own type).
    public var resultLetter: Character { Character(String(cString: info.type)) }
    public var flags: UInt32 { info.flags }
    public var isPure: Bool { flags & UInt32(SW_IRF_PURE) != 0 }
    public var isGuard: Bool { flags & UInt32(SW_IRF_GUARD) != 0 }
    public var readsHeap: Bool { flags & UInt32(SW_IRF_READS) != 0 }
    public var writesHeap: Bool { flags & UInt32(SW_IRF_WRITES) != 0 }
    public static var allOps: [SwIROp] {
        (0..<Int(SwIROp.SW_IR__COUNT.rawValue)).map { unsafeBitCast(UInt8($0), to: SwIROp.self) }
    }
    public init?(name: String) {
        guard let op = SwIROp.allOps.first(where: { $0.name == name }) else { return nil }
        self = op
    }
}

/// A reference to an instruction's result: its index in the trace.
public typealias Ref = Int32

/// One SSA instruction. Unused operands are -1.
public struct IRInstr: Equatable {
    public var op: IROp
    public var type: IRType
    public var a: Ref = -1
    public var b: Ref = -1
    public var c: Ref = -1
    public var aux: Int64 = 0
    /// For guards: the snapshot to leave through.
    public var snapshot: Int32 = -1

    public init(_ op: IROp, _ type: IRType, a: Ref = -1, b: Ref = -1, c: Ref = -1, aux: Int64 = 0, snapshot: Int32 = -1) {
        self.op = op; self.type = type; self.a = a; self.b = b; self.c = c; self.aux = aux; self.snapshot = snapshot
    }

    /// The operands that are references, by the table's format.
    public var refOperands: [Ref] {
        let f = op.format
        var out: [Ref] = []
        if f[0] == "r" && a >= 0 { out.append(a) }
        if f[1] == "r" && b >= 0 { out.append(b) }
        if f[2] == "r" && c >= 0 { out.append(c) }
        return out
    }

    /// Rewrites the reference operands (absent ones, -1, stay absent).
    public mutating func mapRefs(_ f: (Ref) -> Ref) {
        let fmt = op.format
        if fmt[0] == "r" && a >= 0 { a = f(a) }
        if fmt[1] == "r" && b >= 0 { b = f(b) }
        if fmt[2] == "r" && c >= 0 { c = f(c) }
    }
}

/// One interpreter frame as a snapshot rebuilds it. Frame 0 is the trace's own frame;
/// later frames were inlined calls, each with its registers at `base` slots past frame 0's.
public struct SnapshotFrame: Equatable {
    public var pc: Int
    public var base: Int
    public var registerCount: Int
    /// The callee's code object value, function and globals (frames past 0 only).
    public var code: SwValue
    public var function: SwValue
    public var globals: SwValue
    /// Caller register (relative to the caller's base) that receives the return value.
    public var returnTo: Int
    public var name: String
    /// A frame past 0 that was already in the interpreter's memory when the trace began
    /// (a bridge from an exit inside an inlined call): its registers the exit does not
    /// write hold the interpreter's values, rather than nothing.
    public var inMemory = false

    public init(pc: Int, base: Int, registerCount: Int, code: SwValue = SwValue(tag: .SW_TAG_NONE, bits: 0),
                function: SwValue = SwValue(tag: .SW_TAG_NONE, bits: 0),
                globals: SwValue = SwValue(tag: .SW_TAG_NONE, bits: 0), returnTo: Int = -1, name: String = "") {
        self.pc = pc; self.base = base; self.registerCount = registerCount; self.code = code
        self.function = function; self.globals = globals; self.returnTo = returnTo; self.name = name
    }

    public static func == (l: SnapshotFrame, r: SnapshotFrame) -> Bool {
        l.pc == r.pc && l.base == r.base && l.registerCount == r.registerCount && l.returnTo == r.returnTo
            && l.name == r.name && l.function.bits == r.function.bits && l.inMemory == r.inMemory
    }
}

/// What a side exit writes back: for each frame slot (counted from frame 0's registers)
/// the IR value it holds, and the frames to resume.
public struct Snapshot: Equatable {
    public var frames: [SnapshotFrame]
    public var slots: [SlotValue]

    public struct SlotValue: Equatable {
        public var slot: Int
        public var ref: Ref
        public init(slot: Int, ref: Ref) { self.slot = slot; self.ref = ref }
    }

    /// Objects the trace does not make that its exit makes (allocations sunk into the
    /// exits, Optimizer.sink), in order, each written into its slots.
    public var objects: [ExitObject] = []

    public init(frames: [SnapshotFrame], slots: [SlotValue], objects: [ExitObject] = []) {
        self.frames = frames; self.slots = slots; self.objects = objects
    }
}

/// An object an exit makes (the trace sank its allocation): as instruction `op` (NEW_TUPLE,
/// or CALL_HELPER of helper `aux`) would from its operands, then with `stores` made
/// (SET_SLOT_INT's), and written into frame slots `slots`.
public struct ExitObject: Equatable {
    public enum Operand: Equatable {
        case none
        /// A value the exit writes into this slot (past the frames: a scratch slot).
        case slot(Int)
        /// An object made before it by the same exit (its index in `objects`).
        case object(Int)
    }
    /// Object slot `slot` = int `value`.
    public struct Store: Equatable {
        public var slot: Int32
        public var value: Int64
        public init(slot: Int32, value: Int64) { self.slot = slot; self.value = value }
    }
    public var op: IROp
    public var aux: Int64
    public var operands: [Operand]
    public var stores: [Store]
    public var slots: [Int]

    public init(op: IROp, aux: Int64, operands: [Operand], stores: [Store] = [], slots: [Int] = []) {
        self.op = op; self.aux = aux; self.operands = operands; self.stores = stores; self.slots = slots
    }
}

/// A recorded loop: INPUT instructions (wherever they appear) read the loop-carried slots
/// on entry; the body runs from the top, or after a LABEL when hoisting put a preamble
/// before it (which runs once per entry); `loopBack[i]` is the value the i-th of `inputs`
/// (INPUTs, then PHIs) takes on the next iteration. Snapshot 0 is the entry snapshot
/// (nothing written, resume at the loop header).
public final class Trace {
    public var id: Int
    public var name: String
    public var instrs: [IRInstr] = []
    public var snapshots: [Snapshot] = []
    /// Parallel to `inputs` (INPUTs, then PHIs): the value each takes at the back-edge.
    public var loopBack: [Ref] = []
    /// Source line of each snapshot's innermost pc, for logs ("guard at line N").
    public var snapshotLines: [Int] = []
    /// Objects the machine code refers to by address: the JIT keeps them alive.
    public var constantObjects: [SwValue] = []

    public init(id: Int, name: String) { self.id = id; self.name = name }

    /// The loop-carried values in order: INPUT instructions, then PHIs.
    public var inputs: [Ref] {
        instrs.indices.filter { instrs[$0].op == .SW_IR_INPUT }.map { Ref($0) }
            + instrs.indices.filter { instrs[$0].op == .SW_IR_PHI }.map { Ref($0) }
    }

    /// Whether `other` would compile to the same code: the same instructions, snapshots
    /// and back-edge (its id and name aside).
    public func sameCode(as other: Trace) -> Bool {
        instrs == other.instrs && snapshots == other.snapshots && loopBack == other.loopBack
    }

    @discardableResult
    public func append(_ i: IRInstr) -> Ref {
        instrs.append(i)
        return Ref(instrs.count - 1)
    }

    public func copy() -> Trace {
        let t = Trace(id: id, name: name)
        t.instrs = instrs; t.snapshots = snapshots; t.loopBack = loopBack
        t.snapshotLines = snapshotLines; t.constantObjects = constantObjects
        return t
    }
}
