// IntBounds.swift — the int-bounds pass: the range of values each int can hold, from
// constants, lengths, the arithmetic and the guards passed so far. With it, overflow
// checks that cannot fire become plain arithmetic, guards the ranges already decide go,
// and `%` and `//` of a non-negative int by a positive one drop Python's sign correction.
//
// Loops: a guard `p >= k` inside the loop on an induction variable p (a PHI whose next
// value is p + 1 below a guard `p < x`, or p + c with an overflow check) holds for every
// iteration if it holds on entry, since p only grows; it becomes one guard on p's entry
// value in the preamble, and p is known to be at least k throughout. (The recorder
// guards a range loop's index this way, and its stop against 2^31, so `i * 7 + 3` in
// `for i in range(n)` needs no overflow checks.)

extension Optimizer {
    /// The values an int can hold: lo...hi.
    struct IntRange {
        var lo: Int64
        var hi: Int64
        static let full = IntRange(lo: .min, hi: .max)
        /// Lengths of lists and tuples (16-byte items: nothing longer fits in memory).
        static let lengths = IntRange(lo: 0, hi: 1 << 56)

        /// x + y, x - y and x * y: the range of the results clamped to int64, and whether
        /// any result in it could overflow. (A checked operation that did not leave has a
        /// result in the clamped range.)
        static func + (x: IntRange, y: IntRange) -> (IntRange, overflows: Bool) {
            extremes([wide(x.lo.addingReportingOverflow(y.lo)), wide(x.hi.addingReportingOverflow(y.hi))])
        }
        static func - (x: IntRange, y: IntRange) -> (IntRange, overflows: Bool) {
            extremes([wide(x.lo.subtractingReportingOverflow(y.hi)), wide(x.hi.subtractingReportingOverflow(y.lo))])
        }
        static func * (x: IntRange, y: IntRange) -> (IntRange, overflows: Bool) {
            var corners: [(Int64, Bool)] = []
            for p in [x.lo, x.hi] {
                for q in [y.lo, y.hi] {
                    let (r, o) = p.multipliedReportingOverflow(by: q)
                    corners.append(o ? ((p < 0) == (q < 0) ? .max : .min, true) : (r, false))
                }
            }
            return extremes(corners)
        }
        /// An add or subtract result clamped: one that wrapped has the sign opposite to
        /// the true result's.
        private static func wide(_ r: (partialValue: Int64, overflow: Bool)) -> (Int64, Bool) {
            r.overflow ? (r.partialValue < 0 ? .max : .min, true) : (r.partialValue, false)
        }
        private static func extremes(_ results: [(Int64, Bool)]) -> (IntRange, overflows: Bool) {
            (IntRange(lo: results.map { $0.0 }.min()!, hi: results.map { $0.0 }.max()!), results.contains { $0.1 })
        }
    }

    public static func intBounds(_ t: Trace) -> Trace {
        let growing = hoistInductionGuards(t)
        let n = t.instrs.count
        var range = [IntRange](repeating: .full, count: n)
        var keep = [Bool](repeating: true, count: n)
        let inputs = t.inputs
        func lowered(_ r: Ref) -> IntRange { IntRange(lo: growing[r] ?? .min, hi: .max) }
        for i in 0..<n {
            let ins = t.instrs[i]
            // The ranges of operands a and b, read only by the cases below, whose operands
            // are refs (another op's a or b may be a register or slot number, as STORESLOT's,
            // past the trace's end).
            var x: IntRange { range[Int(ins.a)] }
            var y: IntRange { range[Int(ins.b)] }
            /// An overflow-checked op: its result is in the clamped range; if nothing in
            /// it overflows, the plain op, with no guard.
            func checked(_ r: (IntRange, overflows: Bool), _ plain: IROp) {
                range[i] = r.0
                if r.overflows { return }
                t.instrs[i].op = plain
                t.instrs[i].snapshot = -1
            }
            /// A plain op (it cannot overflow): a wrapped range says nothing.
            func plain(_ r: (IntRange, overflows: Bool)) { range[i] = r.overflows ? .full : r.0 }
            switch ins.op {
            case .SW_IR_LABEL:
                // Loop-carried values differ from one iteration to the next: what the
                // preamble learnt about them held for the first only. (PHIs, just before
                // the label, get here their bound as induction variables.)
                if inputs.count == t.loopBack.count {
                    for (j, r) in inputs.enumerated() where t.loopBack[j] != r { range[Int(r)] = lowered(r) }
                }
            case .SW_IR_CONST where ins.type == .int: range[i] = IntRange(lo: ins.aux, hi: ins.aux)
            case .SW_IR_LIST_LEN, .SW_IR_TUPLE_LEN: range[i] = .lengths
            case .SW_IR_B2I: range[i] = IntRange(lo: 0, hi: 1)
            case .SW_IR_IADD: plain(x + y)
            case .SW_IR_ISUB: plain(x - y)
            case .SW_IR_IMUL: plain(x * y)
            case .SW_IR_IADD_OV: checked(x + y, .SW_IR_IADD)
            case .SW_IR_ISUB_OV: checked(x - y, .SW_IR_ISUB)
            case .SW_IR_IMUL_OV: checked(x * y, .SW_IR_IMUL)
            case .SW_IR_IAND where x.lo >= 0 || y.lo >= 0:
                range[i] = IntRange(lo: 0, hi: min(x.lo >= 0 ? x.hi : .max, y.lo >= 0 ? y.hi : .max))
            case .SW_IR_IMOD, .SW_IR_UMOD:        // (the divisor is positive)
                range[i] = IntRange(lo: 0, hi: max(y.hi, 1) - 1)
                if x.lo >= 0 { t.instrs[i].op = .SW_IR_UMOD }
            case .SW_IR_IFLOORDIV, .SW_IR_UDIV:
                if x.lo >= 0 {
                    t.instrs[i].op = .SW_IR_UDIV
                    range[i] = IntRange(lo: x.lo / max(y.hi, 1), hi: x.hi / max(y.lo, 1))
                }
            case .SW_IR_IRSHIFT where x.lo >= 0: range[i] = IntRange(lo: 0, hi: x.hi)
            case .SW_IR_GUARD_TRUE, .SW_IR_GUARD_FALSE:
                guard let (l, r, strict) = relation(t, ins) else { break }
                let lr = range[Int(l)], rr = range[Int(r)]
                if strict ? lr.hi < rr.lo : lr.hi <= rr.lo {
                    keep[i] = false     // always holds
                    break
                }
                // Past the guard: l < r (or l <= r).
                let d: Int64 = strict ? 1 : 0
                range[Int(l)].hi = min(lr.hi, rr.hi == .min ? .min : rr.hi - d)
                range[Int(r)].lo = max(rr.lo, lr.lo == .max ? .max : lr.lo + d)
            default:
                break
            }
        }
        return compact(t, keep)
    }

    /// What int guard `g` establishes when it passes, as `l < r` (strict) or `l <= r`.
    static func relation(_ t: Trace, _ g: IRInstr) -> (Ref, Ref, Bool)? {
        let c = t.instrs[Int(g.a)]
        guard [.SW_IR_ILT, .SW_IR_ILE, .SW_IR_IGT, .SW_IR_IGE].contains(c.op),
              t.instrs[Int(c.a)].type == .int, t.instrs[Int(c.b)].type == .int else { return nil }
        let holds = g.op == .SW_IR_GUARD_TRUE
        switch (c.op, holds) {
        case (.SW_IR_ILT, true), (.SW_IR_IGE, false): return (c.a, c.b, true)
        case (.SW_IR_ILE, true), (.SW_IR_IGT, false): return (c.a, c.b, false)
        case (.SW_IR_IGT, true), (.SW_IR_ILE, false): return (c.b, c.a, true)
        case (.SW_IR_IGE, true), (.SW_IR_ILT, false): return (c.b, c.a, false)
        default: return nil
        }
    }

    /// Moves guards `p >= k` (or `p > k`, k constant) on growing PHIs from the loop body to
    /// the preamble, as guards on the PHIs' entry values; returns each such PHI's lower
    /// bound.
    static func hoistInductionGuards(_ t: Trace) -> [Ref: Int64] {
        guard let label = t.instrs.firstIndex(where: { $0.op == .SW_IR_LABEL }),
              let firstPhi = t.instrs.firstIndex(where: { $0.op == .SW_IR_PHI }) else { return [:] }
        let inputs = t.inputs
        guard inputs.count == t.loopBack.count else { return [:] }
        func constant(_ r: Ref) -> Int64? {
            let c = t.instrs[Int(r)]
            return c.op == .SW_IR_CONST && c.type == .int ? c.aux : nil
        }
        var next: [Ref: Ref] = [:]
        for (j, r) in inputs.enumerated() where t.instrs[Int(r)].op == .SW_IR_PHI { next[r] = t.loopBack[j] }
        /// p's next value is p + c, c >= 0, checked for overflow; or p + 1 below a guard
        /// p < x (so it cannot wrap).
        func grows(_ p: Ref) -> Bool {
            guard let nx = next[p], nx > Ref(label) else { return false }
            let step = t.instrs[Int(nx)]
            guard step.a == p, let c = constant(step.b), c >= 0 else { return false }
            if step.op == .SW_IR_IADD_OV { return true }
            guard step.op == .SW_IR_IADD, c <= 1 else { return false }
            return (label + 1..<Int(nx)).contains { i in
                let g = t.instrs[i]
                guard g.op == .SW_IR_GUARD_TRUE || g.op == .SW_IR_GUARD_FALSE,
                      let (l, _, strict) = relation(t, g) else { return false }
                return l == p && strict
            }
        }
        // The guards to move: the PHI, its bound, and the guard's position.
        var moved: [(phi: Ref, bound: Int64, guardAt: Int)] = []
        var lower: [Ref: Int64] = [:]
        for i in (label + 1)..<t.instrs.count where t.instrs[i].op == .SW_IR_GUARD_TRUE {
            let c = t.instrs[Int(t.instrs[i].a)]
            guard c.op == .SW_IR_IGE || c.op == .SW_IR_IGT, t.instrs[Int(c.a)].op == .SW_IR_PHI,
                  let k = constant(c.b), grows(c.a) else { continue }
            let bound = c.op == .SW_IR_IGE ? k : (k == .max ? k : k + 1)
            guard bound > lower[c.a] ?? .min else { continue }
            lower[c.a] = bound
            moved.append((phi: c.a, bound: bound, guardAt: i))
        }
        guard !moved.isEmpty else { return [:] }
        // Rebuild: preamble, the entry-value guards, PHIs, LABEL, body without the moved guards.
        let movedAt = Set(moved.map { $0.guardAt })
        var map = [Ref](repeating: -1, count: t.instrs.count)
        var out: [IRInstr] = []
        func copy(_ i: Int) {
            var ins = t.instrs[i]
            ins.mapRefs { map[Int($0)] }
            map[i] = Ref(out.count)
            out.append(ins)
        }
        for i in 0..<firstPhi { copy(i) }
        var constants: [Int64: Ref] = [:]
        for (i, ins) in out.enumerated() where ins.op == .SW_IR_CONST && ins.type == .int { constants[ins.aux] = Ref(i) }
        for m in moved {
            let entry = map[Int(t.instrs[Int(m.phi)].a)]
            var k = constants[m.bound] ?? -1
            if k < 0 {
                k = Ref(out.count)
                out.append(IRInstr(.SW_IR_CONST, .int, aux: m.bound))
                constants[m.bound] = k
            }
            out.append(IRInstr(.SW_IR_IGE, .bool, a: entry, b: k))
            out.append(IRInstr(.SW_IR_GUARD_TRUE, .void, a: Ref(out.count - 1), snapshot: 0))
        }
        for i in firstPhi..<t.instrs.count where !movedAt.contains(i) { copy(i) }
        t.instrs = out
        remapUses(t, map)
        var result: [Ref: Int64] = [:]
        for (phi, bound) in lower { result[map[Int(phi)]] = bound }
        return result
    }
}
