// Optimizer.swift — the trace optimization pipeline. Passes run in this order:
//   1. fold: constant folding of pure operations on constants, and guards whose outcome
//      the constants already decide;
//   2. cse: one instruction for each repeated pure computation, heap read (until the next
//      heap write) and guard;
//   3. dce: removal of pure operations and heap reads whose results nothing uses (guards
//      and writes stay; snapshots count as uses).
// Each pass maps old references to new ones; `compact` renumbers at the end.

public enum Optimizer {
    public static func optimize(_ t: Trace) -> Trace {
        var out = t.copy()
        out = fold(out)
        out = cse(out)
        out = dce(out)
        return out
    }

    /// Rewrites every reference through `map` (instructions, back-edge, snapshots).
    static func remap(_ t: Trace, _ map: [Ref]) {
        for i in t.instrs.indices { t.instrs[i].mapRefs { $0 >= 0 ? map[Int($0)] : $0 } }
        t.loopBack = t.loopBack.map { map[Int($0)] }
        for s in t.snapshots.indices {
            for k in t.snapshots[s].slots.indices { t.snapshots[s].slots[k].ref = map[Int(t.snapshots[s].slots[k].ref)] }
        }
    }

    // MARK: - Folding

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
            case .SW_IR_IAND: int(x & y)
            case .SW_IR_IOR: int(x | y)
            case .SW_IR_IXOR: int(x ^ y)
            case .SW_IR_ILT: bool(x < y)
            case .SW_IR_ILE: bool(x <= y)
            case .SW_IR_IGT: bool(x > y)
            case .SW_IR_IGE: bool(x >= y)
            case .SW_IR_IEQ: bool(x == y)
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

    public static func cse(_ t: Trace) -> Trace {
        var map = (0..<t.instrs.count).map { Ref($0) }
        var keep = [Bool](repeating: true, count: t.instrs.count)
        var seen: [String: Ref] = [:]
        var epoch = 0
        for i in t.instrs.indices {
            t.instrs[i].mapRefs { $0 >= 0 ? map[Int($0)] : $0 }
            let ins = t.instrs[i]
            let op = ins.op
            if op.writesHeap || op.flags & UInt32(SW_IRF_CALL) != 0 { epoch += 1; continue }
            if op == .SW_IR_INPUT || op == .SW_IR_LOADSLOT || op == .SW_IR_CONST || op == .SW_IR_GUARD_NOGC { continue }
            let memory = op.readsHeap ? "@\(epoch)" : ""
            let key = "\(op.rawValue).\(ins.type.rawValue).\(ins.a).\(ins.b).\(ins.c).\(ins.aux)\(memory)"
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

    // MARK: - Dead code

    public static func dce(_ t: Trace) -> Trace {
        var used = [Bool](repeating: false, count: t.instrs.count)
        for r in t.loopBack { used[Int(r)] = true }
        for s in t.snapshots { for v in s.slots { used[Int(v.ref)] = true } }
        var keep = [Bool](repeating: true, count: t.instrs.count)
        for i in t.instrs.indices.reversed() {
            let ins = t.instrs[i]
            let removable = (ins.op.isPure || (ins.op.readsHeap && !ins.op.isGuard)) && ins.op != .SW_IR_INPUT
            if removable && !used[i] { keep[i] = false; continue }
            for r in ins.refOperands { used[Int(r)] = true }
        }
        // Snapshots of guards that were removed are still referenced by index: keep all.
        return compact(t, keep)
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
