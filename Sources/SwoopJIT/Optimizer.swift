// Optimizer.swift — the trace optimization pipeline. Passes run in this order:
//   1. fold: constant folding of pure operations on constants, and guards whose outcome
//      the constants already decide;
//   2. cse: one instruction for each repeated pure computation, heap read (until the next
//      write to that kind of memory, or call out) and guard;
//   3. strengthenBounds: of the guards `k < len(l)` for constant indexes k on one list
//      length, the first checks the largest k and the others go (an exit then happens a
//      little earlier than the interpreter would fail, which is always allowed);
//   4. dce: removal of pure operations, heap reads and allocations whose results nothing
//      uses (guards and writes stay; snapshots count as uses);
//   4b. sink (Sinking.swift): allocations only exits need are made by the exits instead
//      (then cse and dce again, for what the calls that made them had hidden);
//   5. hoist (loops only): loop-invariant code motion into a preamble that runs once per
//      entry, iterator slots carried in PHIs instead of re-read, and the GC poll dropped
//      from loops that cannot allocate;
//   6. intBounds (IntBounds.swift): int value ranges, which turn overflow checks that
//      cannot fire into plain arithmetic, drop guards they decide, and let `%` and `//`
//      of non-negative ints skip the sign correction; then dce again for what it freed.
// Each pass maps old references to new ones (`remap`/`remapUses`), and renumbers the
// instructions it keeps (`compact`, or its own rebuilt list).

public enum Optimizer {
    /// `loop`: the trace closes a loop (a bridge does not: it always leaves).
    public static func optimize(_ t: Trace, loop: Bool = true) -> Trace {
        var out = t.copy()
        out = fold(out)
        out = cse(out)
        out = strengthenBounds(out)
        out = dce(out)
        let count = out.instrs.count
        out = sink(out)
        if out.instrs.count != count {
            // (The calls that made them no longer stand between reads of the heap.)
            out = cse(out)
            out = dce(out)
        }
        if loop { out = hoist(out) }
        out = intBounds(out)
        out = dce(out)
        return out
    }

    /// Rewrites every reference through `map` (instructions, back-edge, snapshots).
    static func remap(_ t: Trace, _ map: [Ref]) {
        for i in t.instrs.indices { t.instrs[i].mapRefs { $0 >= 0 ? map[Int($0)] : $0 } }
        remapUses(t, map)
    }

    /// Rewrites the references outside the instructions: the back-edge and the snapshots
    /// (for passes that rebuild the instruction list themselves).
    static func remapUses(_ t: Trace, _ map: [Ref]) {
        t.loopBack = t.loopBack.map { map[Int($0)] }
        for s in t.snapshots.indices {
            for k in t.snapshots[s].slots.indices { t.snapshots[s].slots[k].ref = map[Int(t.snapshots[s].slots[k].ref)] }
        }
    }

    // MARK: - Folding

    /// x, for unbox(box(x)) of x's own type (whose tag guard cannot fail).
    static func unboxedBox(_ t: Trace, _ ins: IRInstr) -> Ref? {
        guard ins.op == .SW_IR_UNBOX, t.instrs[Int(ins.a)].op == .SW_IR_BOX else { return nil }
        let x = t.instrs[Int(ins.a)].a
        return t.instrs[Int(x)].type == ins.type ? x : nil
    }

    public static func fold(_ t: Trace) -> Trace {
        var map = (0..<t.instrs.count).map { Ref($0) }
        var constIndex: [String: Ref] = [:]
        var keep = [Bool](repeating: true, count: t.instrs.count)
        func constant(_ type: IRType, _ bits: Int64, at i: Int) -> Ref {
            let key = "\(type.letter)\(bits)"
            if let r = constIndex[key] { return r }
            // Reuse this instruction's slot as the constant.
            t.instrs[i] = IRInstr(.SW_IR_CONST, type, aux: bits)
            constIndex[key] = Ref(i)
            return Ref(i)
        }
        for i in t.instrs.indices {
            t.instrs[i].mapRefs { $0 >= 0 ? map[Int($0)] : $0 }
            let ins = t.instrs[i]
            if ins.op == .SW_IR_CONST {
                let key = "\(ins.type.letter)\(ins.aux)"
                if let r = constIndex[key] { map[i] = r; keep[i] = false } else { constIndex[key] = Ref(i) }
                continue
            }
            if let x = unboxedBox(t, ins) {
                map[i] = x
                keep[i] = false
                continue
            }
            if ins.op == .SW_IR_GUARD_TYPE, let facts = maker(t, ins.a), facts.resultType != 0, facts.resultType == ins.aux {
                // A type guard on an object a helper made of that type.
                keep[i] = false
                continue
            }
            if ins.op == .SW_IR_TUPLE_ITEM, t.instrs[Int(ins.b)].op == .SW_IR_CONST, let tuple = newTuple(t, ins.a) {
                // An item of a tuple the trace made: the value it was made with.
                let k = t.instrs[Int(ins.b)].aux, items = [tuple.a, tuple.b, tuple.c]
                if k >= 0 && k < 3 && items[Int(k)] >= 0 {
                    map[i] = items[Int(k)]
                    keep[i] = false
                    continue
                }
            }
            let ops = ins.refOperands
            guard !ops.isEmpty, ops.allSatisfy({ t.instrs[Int($0)].op == .SW_IR_CONST }) else { continue }
            let x = t.instrs[Int(ops[0])].aux
            let y = ops.count > 1 ? t.instrs[Int(ops[1])].aux : 0
            let fx = Double(bitPattern: UInt64(bitPattern: x)), fy = Double(bitPattern: UInt64(bitPattern: y))
            func int(_ v: Int64) { map[i] = constant(.int, v, at: i) }
            func float(_ v: Double) { map[i] = constant(.float, Int64(bitPattern: v.bitPattern), at: i) }
            func bool(_ v: Bool) { map[i] = constant(.bool, v ? 1 : 0, at: i) }
            switch ins.op {
            case .SW_IR_IADD_OV: let (r, o) = x.addingReportingOverflow(y); if !o { int(r) }
            case .SW_IR_ISUB_OV: let (r, o) = x.subtractingReportingOverflow(y); if !o { int(r) }
            case .SW_IR_IMUL_OV: let (r, o) = x.multipliedReportingOverflow(by: y); if !o { int(r) }
            case .SW_IR_IADD: int(x &+ y)
            case .SW_IR_ISUB: int(x &- y)
            case .SW_IR_IMUL: int(x &* y)
            case .SW_IR_IAND: int(x & y)
            case .SW_IR_IOR: int(x | y)
            case .SW_IR_IXOR: int(x ^ y)
            case .SW_IR_ILT: bool(x < y)
            case .SW_IR_ILE: bool(x <= y)
            case .SW_IR_IGT: bool(x > y)
            case .SW_IR_IGE: bool(x >= y)
            case .SW_IR_IEQ, .SW_IR_OEQ: bool(x == y)
            case .SW_IR_INE: bool(x != y)
            case .SW_IR_FADD: float(fx + fy)
            case .SW_IR_FSUB: float(fx - fy)
            case .SW_IR_FMUL: float(fx * fy)
            case .SW_IR_FLT: bool(fx < fy)
            case .SW_IR_FLE: bool(fx <= fy)
            case .SW_IR_FGT: bool(fx > fy)
            case .SW_IR_FGE: bool(fx >= fy)
            case .SW_IR_FEQ: bool(fx == fy)
            case .SW_IR_FNE: bool(fx != fy)
            case .SW_IR_I2F: float(Double(x))
            case .SW_IR_BNOT: bool(x == 0)
            case .SW_IR_GUARD_TRUE: if x != 0 { keep[i] = false }
            case .SW_IR_GUARD_FALSE: if x == 0 { keep[i] = false }
            default: break
            }
            if map[i] != Ref(i) { keep[i] = false }
        }
        remap(t, map)
        return compact(t, keep)
    }

    // MARK: - Common subexpressions

    /// The kinds of heap memory trace instructions read; a write changes only its kind
    /// (a list item store leaves every list's length alone), a call out changes all.
    public enum MemoryKind: Int, CaseIterable { case objectSlots, listLengths, listItems, dicts, dictKeys, dictValues, other }

    /// What the optimizer knows of a CALL_HELPER helper (the runtime, which knows its
    /// helpers, fills `helpers`). A helper not in the table may run any code and write
    /// anything.
    public struct HelperFacts {
        /// The kinds of memory it writes, besides the object it makes (it runs no Python code).
        public var writes: [MemoryKind]
        /// Its result is always an object it has just made, never a shared one (so no
        /// object there before the call is it), of type `resultType` (an address; 0: any).
        public var makesNew: Bool
        public var resultType: Int64
        /// It makes its result from its operands alone and does nothing else, so exits may
        /// make it instead (Sinking.swift).
        public var sinkable: Bool
        /// The object slot each operand (a, b, c) becomes, -1 for none: a read of such a
        /// slot is the operand, and a store into it changes what an exit makes.
        public var fields: [Int32]
        public init(writes: [MemoryKind] = [], makesNew: Bool = false, resultType: Int64 = 0, sinkable: Bool = false,
                    fields: [Int32] = []) {
            self.writes = writes; self.makesNew = makesNew; self.resultType = resultType
            self.sinkable = sinkable; self.fields = fields
        }
    }
    nonisolated(unsafe) public static var helpers: [Int64: HelperFacts] = [:]

    /// The instruction that made object `r` (through its UNBOX.O and BOX forms).
    static func objectRoot(_ t: Trace, _ r: Ref) -> Int {
        var at = Int(r)
        while case let x = t.instrs[at], (x.op == .SW_IR_UNBOX && x.type == .object) || x.op == .SW_IR_BOX { at = Int(x.a) }
        return at
    }

    /// The facts of the helper call that made object `r`, if a helper in the table made it.
    static func maker(_ t: Trace, _ r: Ref) -> HelperFacts? {
        let x = t.instrs[objectRoot(t, r)]
        return x.op == .SW_IR_CALL_HELPER ? helpers[x.aux] : nil
    }

    static func readKind(_ op: IROp) -> MemoryKind {
        switch op {
        case .SW_IR_OBJ_SLOT: .objectSlots
        case .SW_IR_LIST_LEN: .listLengths
        case .SW_IR_LIST_ITEM: .listItems
        case .SW_IR_GUARD_VERSION: .dicts
        case .SW_IR_GUARD_KEYS: .dictKeys
        case .SW_IR_LOAD_VALUE: .dictValues
        default: .other
        }
    }

    static func writtenKinds(_ ins: IRInstr) -> [MemoryKind] {
        switch ins.op {
        case .SW_IR_CALL_HELPER: helpers[ins.aux]?.writes ?? MemoryKind.allCases
        case .SW_IR_SET_SLOT, .SW_IR_SET_SLOT_INT: []             // one slot number (cse's slotEpochs)
        case .SW_IR_LIST_SETITEM: [.listItems]
        case .SW_IR_LIST_APPEND: [.listLengths, .listItems]      // runs no Python code
        case .SW_IR_STORE_VALUE: [.dictValues]                   // an existing entry's value
        case .SW_IR_DICT_BUMP: [.dicts]                          // a value changed, no key
        case .SW_IR_STORESLOT: []                               // the frame's registers, not the heap
        default: MemoryKind.allCases
        }
    }

    /// What CSE knows an instruction by: its fields and, for reads, the version (epoch) of
    /// the memory it reads (-1 for none).
    static func memoryKey(_ op: IROp, _ type: IRType, _ a: Ref, _ b: Ref, _ c: Ref, _ aux: Int64, _ epoch: String) -> String {
        "\(op.rawValue).\(type.rawValue).\(a).\(b).\(c).\(aux)@\(epoch)"
    }

    public static func cse(_ t: Trace) -> Trace {
        var map = (0..<t.instrs.count).map { Ref($0) }
        var keep = [Bool](repeating: true, count: t.instrs.count)
        var seen: [String: Ref] = [:]
        var epochs = [Int](repeating: 0, count: MemoryKind.allCases.count)
        // Object slots by slot number: a store to slot k of some object leaves slot j != k
        // of every object as it was (slot k of one object is at the same offset in any), so
        // a read is known by the kind's epoch (calls) and its slot number's. An object this
        // iteration made (`origin`) is none of those there before it (inputs, constants),
        // so a store into one of the two kinds leaves slot k of the other as it was: each
        // has epochs of its own, which reads of objects of unknown origin also take.
        var slotEpochs: [Ref: Int] = [:]
        var oldSlotEpochs: [Ref: Int] = [:]
        var freshSlotEpochs: [String: Int] = [:]
        var anyFreshSlotEpochs: [Ref: Int] = [:]
        var nextEpoch = 1
        // Slot reads (by memoryKey) after a SET_SLOT_INT, the int stored; reads of such a
        // slot, the int they hold.
        var intStored: [String: Ref] = [:]
        var readInt: [Ref: Ref] = [:]
        /// Where object `r` comes from: made by the trace (the instruction that made it),
        /// there before the iteration (-1: an input or constant), or unknown (-2).
        func origin(_ r: Ref) -> Int {
            let at = objectRoot(t, r)
            let x = t.instrs[at]
            if x.op == .SW_IR_INPUT || x.op == .SW_IR_CONST { return -1 }
            return x.op == .SW_IR_CALL_HELPER && helpers[x.aux]?.makesNew == true ? at : -2
        }
        func epoch(_ op: IROp, _ a: Ref, _ b: Ref) -> String {
            guard op.readsHeap else { return "" }
            let kind = epochs[readKind(op).rawValue]
            guard op == .SW_IR_OBJ_SLOT else { return "\(kind)" }
            let own: String
            switch origin(a) {
            case -1: own = "\(oldSlotEpochs[b] ?? 0)"
            case -2: own = "\(oldSlotEpochs[b] ?? 0).\(anyFreshSlotEpochs[b] ?? 0)"
            case let f: own = "\(freshSlotEpochs["\(f).\(b)"] ?? 0)"
            }
            return "\(kind).\(slotEpochs[b] ?? 0).\(own)"
        }
        for i in t.instrs.indices {
            t.instrs[i].mapRefs { $0 >= 0 ? map[Int($0)] : $0 }
            let ins = t.instrs[i]
            let op = ins.op
            if op.writesHeap || op.flags & UInt32(SW_IRF_CALL) != 0 {
                for k in writtenKinds(ins) { epochs[k.rawValue] = nextEpoch; nextEpoch += 1 }
                if op == .SW_IR_SET_SLOT || op == .SW_IR_SET_SLOT_INT {
                    switch origin(ins.a) {
                    case -1: oldSlotEpochs[ins.b] = nextEpoch
                    case -2: slotEpochs[ins.b] = nextEpoch
                    case let f:
                        freshSlotEpochs["\(f).\(ins.b)"] = nextEpoch
                        anyFreshSlotEpochs[ins.b] = nextEpoch
                    }
                    nextEpoch += 1
                    let key = memoryKey(.SW_IR_OBJ_SLOT, .value, Ref(objectRoot(t, ins.a)), ins.b, -1, 0,
                                        epoch(.SW_IR_OBJ_SLOT, ins.a, ins.b))
                    // A read of the slot just stored is the stored value (for an int, its
                    // unboxed read is).
                    if op == .SW_IR_SET_SLOT { seen[key] = ins.c } else { intStored[key] = ins.c }
                }
                if op == .SW_IR_STORE_VALUE {
                    // A read of what was just stored is the stored value (a global written
                    // and read again in one iteration).
                    seen[memoryKey(.SW_IR_LOAD_VALUE, .value, ins.a, -1, -1, ins.aux, "\(epochs[MemoryKind.dictValues.rawValue])")] = ins.c
                }
                if op == .SW_IR_CALL_HELPER, let facts = helpers[ins.aux] {
                    // The slots of the object it made are the operands they were made from.
                    for (slot, x) in zip(facts.fields, [ins.a, ins.b, ins.c]) where slot >= 0 && x >= 0 {
                        seen[memoryKey(.SW_IR_OBJ_SLOT, .value, Ref(i), Ref(slot), -1, 0, epoch(.SW_IR_OBJ_SLOT, Ref(i), Ref(slot)))] = x
                    }
                }
                continue
            }
            if let x = unboxedBox(t, ins) {     // (forwarded stores put boxes where loads were)
                map[i] = x
                keep[i] = false
                continue
            }
            if op == .SW_IR_UNBOX && ins.type == .int, let x = readInt[ins.a] {
                map[i] = x
                keep[i] = false
                continue
            }
            if op == .SW_IR_INPUT || op == .SW_IR_LOADSLOT || op == .SW_IR_CONST || op == .SW_IR_GUARD_NOGC
                || op.flags & UInt32(SW_IRF_ALLOCATES) != 0 { continue }
            // (Object slots by the object, whichever form of it the read has.)
            let a = op == .SW_IR_OBJ_SLOT ? Ref(objectRoot(t, ins.a)) : ins.a
            let key = memoryKey(op, ins.type, a, ins.b, ins.c, ins.aux, epoch(op, ins.a, ins.b))
            if op == .SW_IR_OBJ_SLOT, let x = intStored[key] { readInt[Ref(i)] = x }
            if let prior = seen[key] {
                map[i] = prior
                keep[i] = false
            } else {
                seen[key] = Ref(i)
            }
        }
        remap(t, map)
        return compact(t, keep)
    }

    // MARK: - Bounds-check strengthening

    public static func strengthenBounds(_ t: Trace) -> Trace {
        let instrs = t.instrs
        func boundsCheck(_ ins: IRInstr) -> (len: Ref, index: Int64)? {
            guard ins.op == .SW_IR_GUARD_TRUE, ins.a >= 0 else { return nil }
            let c = instrs[Int(ins.a)]
            guard c.op == .SW_IR_ILT, instrs[Int(c.a)].op == .SW_IR_CONST, instrs[Int(c.b)].op == .SW_IR_LIST_LEN else { return nil }
            let k = instrs[Int(c.a)].aux
            return k >= 0 ? (c.b, k) : nil
        }
        var largest: [Ref: Int64] = [:], count: [Ref: Int] = [:]
        for ins in instrs {
            guard let (len, k) = boundsCheck(ins) else { continue }
            largest[len] = max(largest[len] ?? k, k)
            count[len, default: 0] += 1
        }
        guard count.values.contains(where: { $0 > 1 }) else { return t }
        // Constants first (they have no operands; each largest index is one of them); then
        // the rest, with the first check on each length made the strongest and the others
        // dropped.
        var map = [Ref](repeating: -1, count: instrs.count)
        var out: [IRInstr] = []
        var constIndex: [Int64: Ref] = [:]
        for (i, ins) in instrs.enumerated() where ins.op == .SW_IR_CONST {
            map[i] = Ref(out.count)
            out.append(ins)
            if ins.type == .int { constIndex[ins.aux] = map[i] }
        }
        var done = Set<Ref>()
        for (i, var ins) in instrs.enumerated() where ins.op != .SW_IR_CONST {
            if let (len, _) = boundsCheck(ins), (count[len] ?? 0) > 1 {
                if done.contains(len) { continue }
                done.insert(len)
                out.append(IRInstr(.SW_IR_ILT, .bool, a: constIndex[largest[len]!]!, b: map[Int(len)]))
                ins.a = Ref(out.count - 1)
                map[i] = Ref(out.count)
                out.append(ins)
                continue
            }
            ins.mapRefs { map[Int($0)] }
            map[i] = Ref(out.count)
            out.append(ins)
        }
        t.instrs = out
        remapUses(t, map)
        return t
    }

    // MARK: - Dead code

    public static func dce(_ t: Trace) -> Trace {
        var used = [Bool](repeating: false, count: t.instrs.count)
        for r in t.loopBack { used[Int(r)] = true }
        for s in t.snapshots { for v in s.slots { used[Int(v.ref)] = true } }
        var keep = [Bool](repeating: true, count: t.instrs.count)
        for i in t.instrs.indices.reversed() {
            let ins = t.instrs[i]
            // Unused values of pure operations, heap reads and allocations go (a tuple or list
            // nothing uses is never built: allocation removal for the simplest case, such as
            // the pairs enumerate() makes and unpacking takes apart); guards, stores and calls
            // stay.
            let f = ins.op.flags
            let removable = f != 0 && f & ~UInt32(SW_IRF_PURE | SW_IRF_READS | SW_IRF_ALLOCATES) == 0
            if removable && !used[i] { keep[i] = false; continue }
            for r in ins.refOperands { used[Int(r)] = true }
        }
        // Snapshots of guards that were removed are still referenced by index: keep all.
        return compact(t, keep)
    }

    // MARK: - Loop-invariant code motion

    /// Moves what every iteration computes alike into a preamble before a LABEL, which the
    /// backend runs once per entry into the trace:
    /// - values of invariant inputs (carried unchanged round the loop), constants, and
    ///   other hoisted values: pure operations; heap reads of memory the loop never writes
    ///   (the memory kinds of `readKind`/`writtenKinds`, as CSE; object slots by slot
    ///   number); guards on them, which then leave through the entry snapshot (0) — the
    ///   interpreter simply runs the iteration;
    /// - an object slot the loop reads and then writes once with an int (an iterator's
    ///   position) is read once in the preamble and carried in a PHI whose next value is
    ///   the value stored (the store stays, so memory is always up to date at exits);
    /// - a loop that cannot allocate does not poll for a collection.
    public static func hoist(_ t: Trace) -> Trace {
        let n = t.instrs.count
        guard n > 0, !t.instrs.contains(where: { $0.op == .SW_IR_LABEL || $0.op == .SW_IR_PHI }) else { return t }
        let inputs = t.inputs
        guard inputs.count == t.loopBack.count else { return t }
        var invariant = [Bool](repeating: false, count: n)
        for (j, r) in inputs.enumerated() where t.loopBack[j] == r { invariant[Int(r)] = true }
        for i in 0..<n where t.instrs[i].op == .SW_IR_CONST { invariant[i] = true }

        // What the loop writes.
        var allocates = false
        var written = Set<MemoryKind>()
        var slotStores: [Int64: [Int]] = [:]
        var guardedType: [Ref: Int64] = [:]
        for ins in t.instrs where ins.op == .SW_IR_GUARD_TYPE { guardedType[ins.a] = ins.aux }
        for (i, ins) in t.instrs.enumerated() {
            let f = ins.op.flags
            if f & UInt32(SW_IRF_ALLOCATES | SW_IRF_CALL) != 0 { allocates = true }
            if ins.op.writesHeap || f & UInt32(SW_IRF_CALL) != 0 { written.formUnion(writtenKinds(ins)) }
            if ins.op == .SW_IR_SET_SLOT || ins.op == .SW_IR_SET_SLOT_INT { slotStores[Int64(ins.b), default: []].append(i) }
        }
        // Whether the loop calls out to code that may change anything (a class, any
        // object): what type guards and slot reads depend on. Calls that change only
        // memory of their own kinds (`list_append`) do not count, so a read of another
        // kind and the guard that protects it are hoisted together or not at all.
        let callsOut = written.contains(.other)

        // Uses of each value (instructions, snapshots, back-edge).
        var uses = [Int](repeating: 0, count: n)
        for ins in t.instrs { for r in ins.refOperands { uses[Int(r)] += 1 } }
        for s in t.snapshots { for v in s.slots { uses[Int(v.ref)] += 1 } }
        for r in t.loopBack { uses[Int(r)] += 1 }

        var hoisted = [Bool](repeating: false, count: n)
        var drop = [Bool](repeating: false, count: n)
        // Promoted slots: the unboxed read (to be replaced by a PHI) and the stored value.
        var promoted: [(read: Int, store: Ref)] = []
        func isInvariant(_ r: Ref) -> Bool { invariant[Int(r)] || hoisted[Int(r)] }
        /// Slot reads to carry in PHIs: object `o` (invariant) slot k read, unboxed as an int,
        /// then stored once with set_slot_int; no other store to slot k of an object that
        /// could be o (another object of the same guarded type, or of an unknown one).
        func promote() {
            guard !callsOut else { return }
            for (i, ins) in t.instrs.enumerated() where ins.op == .SW_IR_UNBOX && ins.type == .int && !hoisted[i] {
                let load = Int(ins.a)
                let l = t.instrs[load]
                guard l.op == .SW_IR_OBJ_SLOT, isInvariant(l.a), uses[load] == 1,
                      let stores = slotStores[Int64(l.b)] else { continue }
                let mine = stores.filter { t.instrs[$0].a == l.a }
                guard mine.count == 1, mine[0] > i, t.instrs[mine[0]].op == .SW_IR_SET_SLOT_INT else { continue }
                let others = stores.filter { t.instrs[$0].a != l.a }
                guard others.allSatisfy({ o in
                    guard let a = guardedType[l.a], let b = guardedType[t.instrs[o].a] else { return false }
                    return a != b
                }) else { continue }
                hoisted[load] = true
                hoisted[i] = true
                promoted.append((read: i, store: t.instrs[mine[0]].c))
            }
        }
        for (i, ins) in t.instrs.enumerated() {
            let op = ins.op
            if op == .SW_IR_GUARD_NOGC && !allocates { drop[i] = true; continue }
            if op == .SW_IR_INPUT || op == .SW_IR_CONST { continue }
            guard ins.refOperands.allSatisfy(isInvariant) else { continue }
            let movable: Bool
            switch op {
            case .SW_IR_IFLOORDIV, .SW_IR_IMOD, .SW_IR_UDIV, .SW_IR_UMOD: movable = false     // keep divisions below their guards
            case .SW_IR_OBJ_SLOT: movable = !callsOut && slotStores[Int64(ins.b)] == nil
            case .SW_IR_LIST_LEN, .SW_IR_LIST_ITEM, .SW_IR_LOAD_VALUE, .SW_IR_FIELD_I64, .SW_IR_LOAD_PTR,
                 .SW_IR_GUARD_VERSION, .SW_IR_GUARD_KEYS:
                movable = !written.contains(readKind(op))
            case .SW_IR_UNBOX, .SW_IR_GUARD_TRUE, .SW_IR_GUARD_FALSE, .SW_IR_IADD_OV, .SW_IR_ISUB_OV,
                 .SW_IR_IMUL_OV, .SW_IR_INEG_OV, .SW_IR_ILSHIFT_OV:
                movable = true
            case .SW_IR_GUARD_TYPE, .SW_IR_GUARD_ID: movable = !callsOut
            default: movable = op.isPure
            }
            if movable { hoisted[i] = true }
        }
        promote()
        guard hoisted.contains(true) || drop.contains(true) else { return t }

        // New order: inputs, hoisted instructions, PHIs, LABEL, the rest.
        var order: [Int] = []
        for i in 0..<n where t.instrs[i].op == .SW_IR_INPUT || t.instrs[i].op == .SW_IR_CONST { order.append(i) }
        for i in 0..<n where hoisted[i] { order.append(i) }
        var map = [Ref](repeating: -1, count: n)
        var out: [IRInstr] = []
        for i in order {
            var ins = t.instrs[i]
            ins.mapRefs { map[Int($0)] }
            if ins.op.isGuard && ins.op != .SW_IR_INPUT { ins.snapshot = 0 }
            map[i] = Ref(out.count)
            out.append(ins)
        }
        // A PHI per promoted slot, carrying the slot's int value.
        var phiOf: [Int: Ref] = [:]
        for p in promoted {
            phiOf[p.read] = Ref(out.count)
            out.append(IRInstr(.SW_IR_PHI, .int, a: map[p.read]))
        }
        out.append(IRInstr(.SW_IR_LABEL, .void))
        for (read, phi) in phiOf { map[read] = phi }
        for i in 0..<n where !hoisted[i] && !drop[i] && t.instrs[i].op != .SW_IR_INPUT && t.instrs[i].op != .SW_IR_CONST {
            var ins = t.instrs[i]
            ins.mapRefs { map[Int($0)] }
            map[i] = Ref(out.count)
            out.append(ins)
        }
        t.instrs = out
        t.loopBack += promoted.map { $0.store }
        remapUses(t, map)
        return t
    }

    /// Drops instructions not kept and renumbers references.
    static func compact(_ t: Trace, _ keep: [Bool]) -> Trace {
        var newIndex = [Ref](repeating: -1, count: t.instrs.count)
        var instrs: [IRInstr] = []
        for (i, ins) in t.instrs.enumerated() where keep[i] {
            newIndex[i] = Ref(instrs.count)
            instrs.append(ins)
        }
        t.instrs = instrs
        remap(t, newIndex)
        return t
    }
}
