// X64RegisterAllocation.swift — where each value of a trace lives in X64Backend's code: a
// linear scan over the trace in order (a trace is straight-line code and one back-edge),
// giving each SSA value one location for its whole life: a general register (ints,
// bools, object pointers), an SSE register (floats), or a 16-byte slot in the stack frame
// (what did not fit in registers); whole values in a pair of general registers, tag and
// payload, or a 16-byte slot. One location per value is what lets
// every exit of a snapshot, and exits that share stores, read a value from the same place.
//
// Positions: instruction k reads its operands at 2k and defines its result at 2k+1; the
// values an exit writes back are read at 2k+1 (so a result never takes the register of a
// value its own guard's snapshot still needs). Values defined before the loop and used in
// it live to the end of the loop (2E+1); loop-carried values from the loop's top to their
// last use, and the value they take at the back-edge is put in their register if it can be.

/// Where a value lives.
enum X64Loc: Equatable {
    case none
    case gpr(GPR)
    case xmm(XMM)
    /// A frame slot (rbp-relative displacement).
    case stack(Int32)
    /// A whole value in two general registers: tag and payload.
    case pair(GPR, GPR)
}

/// The register class of an IR type.
enum X64Class { case gpr, xmm, value, none }

extension IRType {
    var x64Class: X64Class {
        switch self {
        case .int, .bool, .object: .gpr
        case .float: .xmm
        case .value: .value
        case .none, .void: .none
        }
    }
}

struct X64RegisterAllocation {
    /// Registers values may live in (rax, rcx, rdx and r11 are the lowering's scratch;
    /// rbx holds the frame's registers; rbp and rsp the stack frame).
    static let callerSaved: [GPR] = [.rsi, .rdi, .r8, .r9, .r10]
    static let calleeSaved: [GPR] = [.r12, .r13, .r14, .r15]
    /// xmm14 and xmm15 are scratch.
    static let xmms: [XMM] = (0..<14).map { XMM(UInt8($0)) }
    /// Bytes pushed below rbp on entry (rbx, r12-r15).
    static let pushed: Int32 = 40

    var loc: [X64Loc]
    /// Each value's frame slot (rbp-relative), where it has one: spilled values and whole
    /// values live there; values in caller-saved registers are kept there across calls.
    var home: [Int32?]
    /// For each instruction that calls out: the values in caller-saved registers that live
    /// past it.
    var saves: [Int: [Ref]] = [:]
    /// Bytes of frame slots.
    var slotBytes: Int32 = 0
    /// How many times each value is read (operands, the snapshots instructions leave
    /// through, the back-edge; a snapshot read once for each slot it holds the value in).
    var uses: [Int]

    /// Boxes that are only stored: no value of their own, their operand is stored instead
    /// (tag and payload straight into memory).
    var storedBoxes: Set<Int> = []
    /// Whole values read from memory (LIST_ITEM, OBJ_SLOT, LOAD_VALUE) read only by UNBOXes,
    /// which read the memory themselves, and by exits, which copy it: no value of their
    /// own. (Every use comes before anything writes memory, calls out or starts the loop.)
    var lazyLoads: Set<Int> = []
    /// Stores of a typed value into a list item or object slot that an UNBOX of the same
    /// type has just read, with nothing between that calls out or may store another type:
    /// the tag there is already the value's, only the payload is written.
    var tagKnownStores: Set<Int> = []

    /// `isCall(k)`: instruction k calls out (clobbering caller-saved registers).
    init(_ trace: Trace, isCall: (Int) -> Bool) {
        let instrs = trace.instrs
        let n = instrs.count
        loc = Array(repeating: .none, count: n)
        uses = Array(repeating: 0, count: n)
        var storeUses = [Int](repeating: 0, count: n)
        // One walk counts the uses (snapshots once each, and only those some instruction
        // leaves or calls out through: one whose guards were optimized away writes nothing
        // of its own; where it is an exit's shared store block, that exit's snapshot holds
        // its slots too), and finds two facts about values read from memory, both true only while
        // nothing has written memory (frame registers aside), called out or started the
        // loop since the read (`unchanged`):
        // - lazy: its uses are UNBOXes and snapshots all within that stretch; the UNBOXes
        //   read the memory, and exits copy it (exits only where its address needs no
        //   index register: their stores keep the exit code in rdx);
        // - the tag an UNBOX found within that stretch is the one there, until a store of
        //   another type (to any list or object: it may be this one), a call or the loop's
        //   start; a store of that type over it need not write the tag.
        struct Address: Hashable { let op: IROp; let a, b: Ref }
        func address(_ ins: IRInstr) -> Address {
            Address(op: ins.op == .SW_IR_SET_SLOT ? .SW_IR_OBJ_SLOT : ins.op == .SW_IR_LIST_SETITEM ? .SW_IR_LIST_ITEM : ins.op,
                    a: ins.a, b: ins.b)
        }
        func storedType(_ r: Ref) -> IRType {
            let v = instrs[Int(r)]
            return v.op == .SW_IR_BOX ? instrs[Int(v.a)].type : v.type
        }
        func constantIndex(_ ins: IRInstr) -> Bool {
            ins.op != .SW_IR_LIST_ITEM || (instrs[Int(ins.b)].op == .SW_IR_CONST
                && Int32(exactly: 16 * instrs[Int(ins.b)].aux) != nil)
        }
        var unchanged = Set<Int>()
        var lazyUses = [Int](repeating: 0, count: n)
        var unboxed = Set<Int>(), broken = Set<Int>(), seenSnapshots = Set<Int32>()
        var knownTags: [Address: IRType] = [:]
        for (k, ins) in instrs.enumerated() {
            if ins.op == .SW_IR_UNBOX, unchanged.contains(Int(ins.a)) {
                lazyUses[Int(ins.a)] += 1
                unboxed.insert(Int(ins.a))
                if instrs[Int(ins.a)].op != .SW_IR_LOAD_VALUE { knownTags[address(instrs[Int(ins.a)])] = ins.type }
            }
            for r in ins.refOperands { uses[Int(r)] += 1 }
            if ins.snapshot >= 0 {
                // (Each guard leaving through a snapshot must come before memory changes.)
                let first = seenSnapshots.insert(ins.snapshot).inserted
                for sv in trace.snapshots[Int(ins.snapshot)].slots {
                    let r = Int(sv.ref)
                    if first { uses[r] += 1 }
                    if !unchanged.contains(r) || !constantIndex(instrs[r]) { broken.insert(r) } else if first { lazyUses[r] += 1 }
                }
            }
            switch ins.op {
            case .SW_IR_LIST_ITEM, .SW_IR_OBJ_SLOT, .SW_IR_LOAD_VALUE:
                unchanged.insert(k)
            case .SW_IR_STORE_VALUE:
                storeUses[Int(ins.c)] += 1
                unchanged = []; knownTags = [:]
            case .SW_IR_LIST_SETITEM, .SW_IR_SET_SLOT:
                storeUses[Int(ins.c)] += 1
                let t = storedType(ins.c)
                if t != .value && knownTags[address(ins)] == t { tagKnownStores.insert(k) }
                knownTags = knownTags.filter { $0.value == t }
                if t != .value { knownTags[address(ins)] = t }
                unchanged = []
            case .SW_IR_STORESLOT:
                break
            default:
                if ins.op.writesHeap || isCall(k) || ins.op == .SW_IR_LABEL { unchanged = []; knownTags = [:] }
            }
        }
        for r in trace.loopBack { uses[Int(r)] += 1 }
        for (k, ins) in instrs.enumerated() where ins.op == .SW_IR_BOX && uses[k] > 0 && uses[k] == storeUses[k] {
            storedBoxes.insert(k)
        }
        for k in unboxed where lazyUses[k] == uses[k] && !broken.contains(k) { lazyLoads.insert(k) }
        home = Array(repeating: nil, count: n)
        let label = instrs.firstIndex { $0.op == .SW_IR_LABEL } ?? -1
        let loopStart = 2 * (label + 1)
        let loopEnd = 2 * n + 1
        var start = [Int](repeating: -1, count: n), end = [Int](repeating: -1, count: n)
        for (k, ins) in instrs.enumerated() where ins.op != .SW_IR_CONST && ins.op != .SW_IR_LABEL && ins.type.x64Class != .none
                && !storedBoxes.contains(k) && !lazyLoads.contains(k) {
            start[k] = ins.op == .SW_IR_INPUT ? 0 : 2 * k + 1
            end[k] = start[k]
        }
        // Loop-carried values are written at the back-edge: they live from the loop's top
        // to their last use in it, and the back-edge writes their location (moves that read
        // a location before it is written are ordered by `X64Lowering.backEdge`).
        var carried = [Bool](repeating: false, count: n)
        for r in trace.inputs { carried[Int(r)] = true }
        func use(_ r: Ref, _ at: Int) {
            guard r >= 0 else { return }
            if storedBoxes.contains(Int(r)) || lazyLoads.contains(Int(r)) {
                for x in instrs[Int(r)].refOperands { use(x, at) }
                return
            }
            let i = Int(r)
            guard start[i] >= 0 else { return }
            end[i] = max(end[i], at)
            if start[i] < loopStart && at >= loopStart && !carried[i] { end[i] = loopEnd }
        }
        for (k, ins) in instrs.enumerated() {
            for r in ins.refOperands { use(r, 2 * k) }
            if ins.snapshot >= 0 {
                for sv in trace.snapshots[Int(ins.snapshot)].slots { use(sv.ref, 2 * k + 1) }
            }
        }
        for r in trace.loopBack { use(r, 2 * n) }
        // (Live at the loop's top, so that no value from before the loop takes the register
        // the back-edge writes.)
        for r in trace.inputs where start[Int(r)] >= 0 { end[Int(r)] = max(end[Int(r)], loopStart) }
        // A value the back-edge moves into a loop-carried value's location goes there in
        // the first place when it is free: the move disappears.
        var hint = [Int](repeating: -1, count: n)
        for (j, r) in trace.inputs.enumerated() where start[Int(trace.loopBack[j])] > start[Int(r)] {
            hint[Int(trace.loopBack[j])] = Int(r)
        }
        // Otherwise a result goes in its first operand's register when that operand dies
        // there (two-operand instructions then need no copy).
        for (k, ins) in instrs.enumerated() where hint[k] < 0 && start[k] > 0 {
            if let a = ins.refOperands.first, start[Int(a)] >= 0,
               instrs[Int(a)].type.x64Class == ins.type.x64Class || ins.op == .SW_IR_UNBOX {
                hint[k] = Int(a)
            }
        }

        let calls = (0..<n).filter(isCall)
        // Whole values live in register pairs, except the loop-carried ones and what the
        // back-edge moves into them (its moves are between slots) and the results of
        // calls (written in memory).
        var inMemory = [Bool](repeating: false, count: n)
        for (j, r) in trace.inputs.enumerated() { inMemory[Int(r)] = true; inMemory[Int(trace.loopBack[j])] = true }
        for c in calls { inMemory[c] = true }
        func crossesCall(_ i: Int) -> Bool { calls.contains { 2 * $0 > start[i] && end[i] > 2 * $0 + 1 } }

        // Linear scan, in order of definition (inputs first: they are read on entry).
        let order = (0..<n).filter { start[$0] >= 0 }.sorted { (start[$0], $0) < (start[$1], $1) }
        var active: [Int] = []
        var freeGPR = Self.callerSaved + Self.calleeSaved
        var freeXMM = Self.xmms
        /// No register free: the live value of the class that lives longest gives up its
        /// register to `i` if it outlives `i`, else `i` goes to memory.
        func stealOrSpill(_ i: Int, _ inClass: (X64Loc) -> Bool) {
            if let victim = active.filter({ inClass(loc[$0]) }).max(by: { end[$0] < end[$1] }), end[victim] > end[i] {
                loc[i] = loc[victim]
                spill(victim)
                active.removeAll { $0 == victim }
                active.append(i)
            } else {
                spill(i)
            }
        }
        func release(_ i: Int) {
            switch loc[i] {
            case .gpr(let r): freeGPR.append(r)
            case .xmm(let x): freeXMM.append(x)
            case .pair(let t, let b): freeGPR.append(t); freeGPR.append(b)
            default: break
            }
        }
        for i in order {
            active.removeAll { j in
                if end[j] < start[i] { release(j); return true }
                return false
            }
            switch instrs[i].type.x64Class {
            case .value:
                if inMemory[i] || crossesCall(i) || freeGPR.count < 2 {
                    spill(i)
                } else {
                    func take() -> GPR { freeGPR.remove(at: freeGPR.firstIndex { !Self.calleeSaved.contains($0) } ?? 0) }
                    loc[i] = .pair(take(), take())
                    active.append(i)
                }
            case .gpr:
                let crossing = crossesCall(i)
                // (An unboxed value: the payload register of the pair it came from.)
                let hinted = hint[i] >= 0 ? freeGPR.firstIndex { r in
                    if case .pair(_, let bits) = loc[hint[i]] { return bits == r }
                    return loc[hint[i]] == .gpr(r)
                } : nil
                let pick = hinted ?? freeGPR.firstIndex { Self.calleeSaved.contains($0) == crossing } ?? freeGPR.indices.first
                if let p = pick {
                    loc[i] = .gpr(freeGPR.remove(at: p))
                    active.append(i)
                } else {
                    stealOrSpill(i) { if case .gpr = $0 { true } else { false } }
                }
            case .xmm:
                if !freeXMM.isEmpty {
                    let hinted = hint[i] >= 0 ? freeXMM.firstIndex { loc[hint[i]] == .xmm($0) } : nil
                    loc[i] = .xmm(freeXMM.remove(at: hinted ?? 0))
                    active.append(i)
                } else {
                    stealOrSpill(i) { if case .xmm = $0 { true } else { false } }
                }
            case .none:
                break
            }
        }
        // Values in caller-saved registers across a call are kept in their slots meanwhile.
        for c in calls {
            var kept: [Ref] = []
            for i in order where start[i] < 2 * c && end[i] > 2 * c + 1 {
                switch loc[i] {
                case .gpr(let r) where !Self.calleeSaved.contains(r): kept.append(Ref(i))
                case .xmm: kept.append(Ref(i))
                default: break
                }
            }
            for r in kept where home[Int(r)] == nil { home[Int(r)] = newSlot() }
            if !kept.isEmpty { saves[c] = kept }
        }
    }

    mutating func newSlot() -> Int32 {
        slotBytes += 16
        return -(Self.pushed + slotBytes)
    }

    mutating func spill(_ i: Int) {
        let s = home[i] ?? newSlot()
        home[i] = s
        loc[i] = .stack(s)
    }
}
