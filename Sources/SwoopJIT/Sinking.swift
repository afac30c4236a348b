// Sinking.swift — allocation sinking: an object the trace makes only for its exits to see
// is made by the exits instead. A generator expression's function and generator (and the
// closure tuple its function takes) are such objects when the trace runs the expression's
// loop itself: nothing in the trace reads them, but an exit inside the loop rebuilds the
// frame of a generator that must exist, in the consumer's argument register.
//
// A candidate is a NEW_TUPLE or a CALL_HELPER of a `sinkable` helper (HelperFacts: one
// that makes an object from its operands and does nothing else). It is sunk when every
// use of it (or of its UNBOX.O/BOX forms) is
// - a snapshot slot of a snapshot only exits use (not a RESIDUAL's or CALL_TRACE's, which
//   rebuild the frames and then carry on in the trace),
// - an operand of another candidate that is sunk too,
// - a SET_SLOT or SET_SLOT_INT into one of its fields (a slot an operand becomes: an
//   iterator's position), the exits after it making the object with the value stored
//   (reads of fields are gone by then: cse forwards them),
// - a SET_SLOT_INT into it of an int constant at `sinkStoreSlot` (a generator's state),
//   replayed by the exits that come after it.
// The instructions go; each snapshot that held the object lists it as an ExitObject,
// its operands written by the exit into scratch slots past the frames (ordinary snapshot
// slots, so both backends store them as any other) and the object made from them by
// JIT.leave, before the frames are rebuilt.

extension Optimizer {
    /// The one object slot a sunk object made by a helper without `fields` may be
    /// written at (an int constant: a generator's state), or -1 (set by the runtime).
    nonisolated(unsafe) public static var sinkStoreSlot: Int32 = -1

    /// The new tuple value `r` stands for (directly, or as its UNBOX.O or BOX), if any.
    static func newTuple(_ t: Trace, _ r: Ref) -> IRInstr? {
        let ins = t.instrs[objectRoot(t, r)]
        return ins.op == .SW_IR_NEW_TUPLE ? ins : nil
    }

    public static func sink(_ t: Trace) -> Trace {
        let n = t.instrs.count
        // Each candidate's root is itself; its UNBOX.O and BOX forms have its root.
        var root = [Int](repeating: -1, count: n)
        var candidates: [Int] = []
        for i in 0..<n {
            let ins = t.instrs[i]
            if ins.op == .SW_IR_NEW_TUPLE || (ins.op == .SW_IR_CALL_HELPER && helpers[ins.aux]?.sinkable == true) {
                root[i] = i
                candidates.append(i)
            } else if (ins.op == .SW_IR_UNBOX && ins.type == .object) || ins.op == .SW_IR_BOX, root[Int(ins.a)] >= 0 {
                root[i] = root[Int(ins.a)]
            }
        }
        guard !candidates.isEmpty else { return t }
        func rootOf(_ r: Ref) -> Int { r >= 0 ? root[Int(r)] : -1 }

        var sunk = Set(candidates)
        var users: [Int: [Int]] = [:]
        var stores: [Int: [(pos: Int, store: ExitObject.Store)]] = [:]
        // Stores into a field of a candidate (a slot one of its operands becomes): the
        // value the exits after it make the object with.
        var fieldStores: [Int: [(pos: Int, slot: Int32, value: Ref)]] = [:]
        for i in 0..<n {
            let ins = t.instrs[i]
            if root[i] >= 0 && root[i] != i { continue }     // a form of a candidate
            let fmt = ins.op.format
            for (k, r) in [ins.a, ins.b, ins.c].enumerated() where fmt[k] == "r" {
                let target = rootOf(r)
                guard target >= 0 else { continue }
                if root[i] == i { users[target, default: []].append(i); continue }
                let facts = t.instrs[target].op == .SW_IR_CALL_HELPER ? helpers[t.instrs[target].aux] : nil
                if (ins.op == .SW_IR_SET_SLOT || ins.op == .SW_IR_SET_SLOT_INT) && k == 0,
                   let facts, facts.fields.contains(Int32(ins.b)) {
                    fieldStores[target, default: []].append((pos: i, slot: Int32(ins.b), value: ins.c))
                    continue
                }
                if ins.op == .SW_IR_SET_SLOT_INT && k == 0 && Int32(ins.b) == sinkStoreSlot
                    && t.instrs[Int(ins.c)].op == .SW_IR_CONST && facts != nil {
                    stores[target, default: []].append((pos: i, store: .init(slot: Int32(ins.b), value: t.instrs[Int(ins.c)].aux)))
                    continue
                }
                sunk.remove(target)
            }
        }
        for r in t.loopBack where rootOf(r) >= 0 { sunk.remove(rootOf(r)) }
        // Snapshots the trace itself continues after (frames rebuilt for a residual
        // instruction or an inner trace) must hold real objects; the others are exits, at
        // these positions.
        var positions = [[Int]](repeating: [], count: t.snapshots.count)
        var exitOnly = [Bool](repeating: true, count: t.snapshots.count)
        for (i, ins) in t.instrs.enumerated() where ins.snapshot >= 0 {
            positions[Int(ins.snapshot)].append(i)
            if ins.op == .SW_IR_RESIDUAL || ins.op == .SW_IR_CALL_TRACE { exitOnly[Int(ins.snapshot)] = false }
        }
        for (s, snap) in t.snapshots.enumerated() where !exitOnly[s] {
            for v in snap.slots where rootOf(v.ref) >= 0 { sunk.remove(rootOf(v.ref)) }
        }
        // The objects each snapshot needs (those in its slots and what they are made of).
        func needs(_ s: Int) -> Set<Int> {
            var out = Set<Int>()
            func add(_ r: Int) {
                guard sunk.contains(r), out.insert(r).inserted else { return }
                let ins = t.instrs[r]
                for x in [ins.a, ins.b, ins.c] where rootOf(x) >= 0 { add(rootOf(x)) }
            }
            for v in t.snapshots[s].slots where rootOf(v.ref) >= 0 { add(rootOf(v.ref)) }
            return out
        }
        /// Root r's stores made before position p.
        func storesBefore(_ r: Int, _ p: Int) -> [ExitObject.Store] { (stores[r] ?? []).filter { $0.pos < p }.map(\.store) }
        /// How many stores of either kind into root r come before position p.
        func storeCount(_ r: Int, _ p: Int) -> Int {
            (stores[r] ?? []).filter { $0.pos < p }.count + (fieldStores[r] ?? []).filter { $0.pos < p }.count
        }
        var changed = true
        while changed {
            changed = false
            // A candidate some kept instruction takes as an operand is kept.
            for r in sunk where (users[r] ?? []).contains(where: { !sunk.contains($0) }) {
                sunk.remove(r)
                changed = true
            }
            // A snapshot shared by exits on both sides of a store cannot say which state
            // the object is in; an exit before the allocation (never made by the recorder)
            // could not make it.
            for s in t.snapshots.indices where exitOnly[s] && !positions[s].isEmpty {
                for r in needs(s) {
                    let counts = Set(positions[s].map { storeCount(r, $0) })
                    if counts.count > 1 || positions[s].contains(where: { $0 < r }) { sunk.remove(r); changed = true }
                }
            }
        }
        guard !sunk.isEmpty else { return t }

        // Scratch slots: past every frame and slot any snapshot uses.
        var scratchBase = 0
        for snap in t.snapshots {
            for f in snap.frames { scratchBase = max(scratchBase, f.base + f.registerCount) }
            for v in snap.slots { scratchBase = max(scratchBase, v.slot + 1) }
        }
        var scratch: [Ref: Int] = [:]
        for s in t.snapshots.indices where exitOnly[s] {
            guard t.snapshots[s].slots.contains(where: { sunk.contains(rootOf($0.ref)) }) else { continue }
            let at = positions[s].first ?? n
            var objects: [ExitObject] = []
            var index: [Int: Int] = [:]
            var extra: [Snapshot.SlotValue] = []
            func make(_ r: Int) -> Int {
                if let k = index[r] { return k }
                let ins = t.instrs[r]
                var operands: [ExitObject.Operand] = []
                // Each field as last stored before the exit, or as made.
                let fields = ins.op == .SW_IR_CALL_HELPER ? helpers[ins.aux]?.fields ?? [] : []
                let made = [ins.a, ins.b, ins.c].enumerated().map { k, x in
                    k < fields.count ? (fieldStores[r] ?? []).last { $0.pos < at && $0.slot == fields[k] }?.value ?? x : x
                }
                for x in made {
                    if x < 0 {
                        operands.append(.none)
                    } else if sunk.contains(rootOf(x)) {
                        operands.append(.object(make(rootOf(x))))
                    } else {
                        let slot: Int
                        if let k = scratch[x] { slot = k } else { slot = scratchBase + scratch.count; scratch[x] = slot }
                        if !extra.contains(where: { $0.slot == slot }) { extra.append(.init(slot: slot, ref: x)) }
                        operands.append(.slot(slot))
                    }
                }
                objects.append(ExitObject(op: ins.op, aux: ins.aux, operands: operands, stores: storesBefore(r, at)))
                index[r] = objects.count - 1
                return objects.count - 1
            }
            var kept: [Snapshot.SlotValue] = []
            for v in t.snapshots[s].slots {
                let r = rootOf(v.ref)
                if r >= 0 && sunk.contains(r) {
                    let k = make(r)
                    objects[k].slots.append(v.slot)
                } else {
                    kept.append(v)
                }
            }
            t.snapshots[s].slots = kept + extra
            t.snapshots[s].objects = objects
        }
        // The sunk objects' instructions go: each candidate, its forms, its stores.
        var keep = [Bool](repeating: true, count: n)
        for i in 0..<n where root[i] >= 0 && sunk.contains(root[i]) { keep[i] = false }
        for r in sunk {
            for st in stores[r] ?? [] { keep[st.pos] = false }
            for st in fieldStores[r] ?? [] { keep[st.pos] = false }
        }
        return compact(t, keep)
    }
}
