// IRPrinter.swift — the text form of a trace. One line per instruction:
//   %4 = iadd_ov.I %2, %3 @1        result, op.type, operands, guard snapshot
//   guard_true %6 @2                 instructions without a result
//   %0 = input.F r1                  frame slots are rN, small integers bare, immediates #X
// then the back-edge and the snapshots:
//   loop %0 <- %9, %1 <- %1
//   snapshot 1: pc 6 base 0 regs 11 | r1=%7 r8=%3
//   snapshot 2: pc 9 base 0 regs 11 | r1=%7 r40=%2 | o0=new_tuple(r40,_,_)->r5
//                                    (objects the exit makes: see ExitObject)
// IRParser reads this form back; tests compare it up to renaming of references.

public enum IRPrinter {
    /// Text of a trace. `describe` may add a comment naming an object constant.
    public static func print(_ t: Trace, describe: ((Int64) -> String?)? = nil) -> String {
        var out = "trace \(t.id) \(t.name)\n"
        for (i, ins) in t.instrs.enumerated() {
            out += line(i, ins, describe: describe) + "\n"
        }
        let inputs = t.inputs
        if !inputs.isEmpty || !t.loopBack.isEmpty {
            let pairs = zip(inputs, t.loopBack).map { "%\($0.0) <- %\($0.1)" }
            out += "loop " + pairs.joined(separator: ", ") + "\n"
        }
        for (i, s) in t.snapshots.enumerated() {
            out += "snapshot \(i): " + snapshot(s) + "\n"
        }
        return out
    }

    public static func line(_ index: Int, _ ins: IRInstr, describe: ((Int64) -> String?)? = nil) -> String {
        let op = ins.op
        let fmt = op.format
        var operands: [String] = []
        let fields = [Int64(ins.a), Int64(ins.b), Int64(ins.c)]
        for k in 0..<3 {
            switch fmt[k] {
            case "r": operands.append(fields[k] >= 0 ? "%\(fields[k])" : "_")
            case "s": operands.append("r\(fields[k])")
            case "n": operands.append("\(fields[k])")
            default: break
            }
        }
        var comment = ""
        if fmt[3] == "k" {
            operands.append(immediate(ins))
            if let d = describe?(ins.aux), ins.type == .object || op != .SW_IR_CONST { comment = "    ; " + d }
        }
        var s = ""
        if op.resultLetter != "-" {
            s = "%\(index) = \(op.name).\(ins.type.letter)"
        } else {
            s = op.name
        }
        if !operands.isEmpty { s += " " + operands.joined(separator: ", ") }
        if op.isGuard && ins.snapshot >= 0 { s += " @\(ins.snapshot)" }
        return s + comment
    }

    static func immediate(_ ins: IRInstr) -> String {
        if ins.op == .SW_IR_CONST {
            switch ins.type {
            case .float: return "#\(Double(bitPattern: UInt64(bitPattern: ins.aux)))"
            case .int, .bool, .none: return "#\(ins.aux)"
            default: break
            }
        }
        if ins.op == .SW_IR_GUARD_VERSION || ins.op == .SW_IR_GUARD_KEYS || ins.op == .SW_IR_FCALL1 || ins.op == .SW_IR_FCALL2
            || ins.op == .SW_IR_CALL_TRACE {
            return "#\(ins.aux)"
        }
        return "#0x" + String(UInt64(bitPattern: ins.aux), radix: 16)
    }

    public static func snapshot(_ s: Snapshot) -> String {
        var parts: [String] = []
        for (i, f) in s.frames.enumerated() {
            var p = "pc \(f.pc) base \(f.base) regs \(f.registerCount)"
            if i > 0 { p = "frame \(f.name) " + p + " ret \(f.returnTo)" + (f.inMemory ? " mem" : "") }
            parts.append(p)
        }
        var text = parts.joined(separator: " ; ")
        if !s.slots.isEmpty || !s.objects.isEmpty {
            text += " | " + s.slots.map { "r\($0.slot)=%\($0.ref)" }.joined(separator: " ")
        }
        if !s.objects.isEmpty {
            text += " | " + s.objects.enumerated().map { exitObject($0.offset, $0.element) }.joined(separator: " ")
        }
        return text
    }

    /// An object an exit makes: `o0=call_helper#14(r40,o1,_)[2]=3->r12,r13` (made as the
    /// instruction would from scratch slots and earlier objects, slot stores, written into).
    static func exitObject(_ i: Int, _ o: ExitObject) -> String {
        var text = "o\(i)=\(o.op.name)" + (o.op == .SW_IR_CALL_HELPER ? "#\(o.aux)" : "")
        text += "(" + o.operands.map { op -> String in
            switch op {
            case .none: "_"
            case .slot(let k): "r\(k)"
            case .object(let k): "o\(k)"
            }
        }.joined(separator: ",") + ")"
        text += o.stores.map { "[\($0.slot)]=\($0.value)" }.joined()
        return text + "->" + o.slots.map { "r\($0)" }.joined(separator: ",")
    }
}
