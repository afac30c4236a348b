// IRParser.swift — reads IRPrinter's text form back into a Trace (comments after `;` on
// instruction lines are ignored). Inlined frames keep their name, pc, base, register count
// and return register; the objects behind them are not in the text and parse as None.

public struct IRParseError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

public enum IRParser {
    public static func parse(_ text: String) throws -> Trace {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let first = lines.first, first.hasPrefix("trace ") else {
            throw IRParseError(line: 1, message: "expected 'trace ID NAME'")
        }
        let head = first.dropFirst(6).split(separator: " ", maxSplits: 1).map(String.init)
        let t = Trace(id: Int(head.first ?? "0") ?? 0, name: head.count > 1 ? head[1] : "")
        for (n, raw) in lines.dropFirst().enumerated() {
            let lineNo = n + 2
            func fail(_ m: String) -> IRParseError { IRParseError(line: lineNo, message: m) }
            let line = raw.trimmingWhitespace
            if line.hasPrefix("loop") {
                let body = line.dropFirst(4).trimmingWhitespace
                if body.isEmpty { continue }
                for pair in body.split(separator: ",") {
                    let words = pair.split(separator: " ")
                    guard words.count == 3, words[1] == "<-", let r = ref(String(words[2])) else {
                        throw fail("bad loop pair '\(pair)'")
                    }
                    t.loopBack.append(r)
                }
                continue
            }
            if line.hasPrefix("snapshot ") {
                guard let colon = line.firstIndex(of: ":") else { throw fail("expected ':'") }
                t.snapshots.append(try parseSnapshot(String(line[line.index(after: colon)...]), fail))
                continue
            }
            // An instruction, possibly with a trailing comment.
            var code = line
            if let semi = code.firstIndex(of: ";") { code = String(code[..<semi]).trimmingWhitespace }
            var result: Ref? = nil
            if code.hasPrefix("%") {
                let parts = code.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { throw fail("expected ' = '") }
                result = ref(parts[0].trimmingWhitespace)
                code = parts[1].trimmingWhitespace
            }
            var snap: Int32 = -1
            if let at = code.lastIndex(of: "@") {
                snap = Int32(code[code.index(after: at)...].trimmingWhitespace) ?? -1
                code = String(code[..<at]).trimmingWhitespace
            }
            let words = code.split(separator: " ", maxSplits: 1).map(String.init)
            let opName = words[0]
            var type = IRType.void
            var name = opName
            if let dot = opName.firstIndex(of: ".") {
                name = String(opName[..<dot])
                guard let ty = IRType(letter: opName[opName.index(after: dot)]) else { throw fail("bad type in '\(opName)'") }
                type = ty
            }
            guard let op = IROp(name: name) else { throw fail("unknown op '\(name)'") }
            let operands = words.count > 1 ? words[1].split(separator: ",").map { $0.trimmingWhitespace } : []
            var ins = IRInstr(op, type, snapshot: snap)
            var k = 0
            let fmt = op.format
            for field in 0..<4 where fmt[field] != "-" {
                guard k < operands.count else { throw fail("missing operand for '\(name)'") }
                let o = operands[k]; k += 1
                var v: Int64
                switch fmt[field] {
                case "r" where o == "_": v = -1
                case "r": guard let r = ref(o) else { throw fail("expected %N, got '\(o)'") }; v = Int64(r)
                case "s": guard o.hasPrefix("r"), let s = Int64(o.dropFirst()) else { throw fail("expected rN, got '\(o)'") }; v = s
                case "n": guard let s = Int64(o) else { throw fail("expected a number, got '\(o)'") }; v = s
                default:
                    guard o.hasPrefix("#") else { throw fail("expected #immediate, got '\(o)'") }
                    let body = String(o.dropFirst())
                    if body.hasPrefix("0x"), let u = UInt64(body.dropFirst(2), radix: 16) { v = Int64(bitPattern: u) }
                    else if op == .SW_IR_CONST && type == .float, let d = Double(body) { v = Int64(bitPattern: d.bitPattern) }
                    else if let i = Int64(body) { v = i }
                    else { throw fail("bad immediate '\(o)'") }
                }
                switch field {
                case 0: ins.a = Ref(v)
                case 1: ins.b = Ref(v)
                case 2: ins.c = Ref(v)
                default: ins.aux = v
                }
            }
            if let result, Int(result) != t.instrs.count { throw fail("result %\(result) out of order") }
            t.append(ins)
        }
        return t
    }

    static func ref(_ s: String) -> Ref? {
        guard s.hasPrefix("%") else { return nil }
        return Ref(s.dropFirst())
    }

    static func parseSnapshot(_ text: String, _ fail: (String) -> IRParseError) throws -> Snapshot {
        let halves = text.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
        var frames: [SnapshotFrame] = []
        for part in halves[0].split(separator: ";").map({ $0.trimmingWhitespace }) {
            let w = part.split(separator: " ").map(String.init)
            var f = SnapshotFrame(pc: 0, base: 0, registerCount: 0)
            var i = 0
            while i < w.count {
                switch w[i] {
                case "frame": f.name = w[i + 1]; i += 2
                case "pc": f.pc = Int(w[i + 1]) ?? 0; i += 2
                case "base": f.base = Int(w[i + 1]) ?? 0; i += 2
                case "regs": f.registerCount = Int(w[i + 1]) ?? 0; i += 2
                case "ret": f.returnTo = Int(w[i + 1]) ?? -1; i += 2
                case "mem": f.inMemory = true; i += 1
                default: throw fail("bad snapshot field '\(w[i])'")
                }
            }
            frames.append(f)
        }
        var slots: [Snapshot.SlotValue] = []
        if halves.count > 1 {
            for item in halves[1].split(separator: " ") where !item.isEmpty {
                let kv = item.split(separator: "=")
                guard kv.count == 2, kv[0].hasPrefix("r"), let s = Int(kv[0].dropFirst()), let r = ref(String(kv[1])) else {
                    throw fail("bad snapshot slot '\(item)'")
                }
                slots.append(.init(slot: s, ref: r))
            }
        }
        var objects: [ExitObject] = []
        if halves.count > 2 {
            for item in halves[2].split(separator: " ") where !item.isEmpty {
                guard let o = exitObject(String(item)) else { throw fail("bad exit object '\(item)'") }
                objects.append(o)
            }
        }
        return Snapshot(frames: frames, slots: slots, objects: objects)
    }

    /// `o0=call_helper#14(r40,o1,_)[2]=3->r12,r13` (IRPrinter.exitObject).
    static func exitObject(_ text: String) -> ExitObject? {
        guard let eq = text.firstIndex(of: "="), let open = text.firstIndex(of: "("),
              let close = text.firstIndex(of: ")") else { return nil }
        // ("->" after the stores, whose values may be negative: "[2]=-1->r5".)
        guard let dash = text.indices.first(where: { $0 > close && text[$0...].hasPrefix("->") }) else { return nil }
        let arrow = dash..<text.index(dash, offsetBy: 2)
        let head = text[text.index(after: eq)..<open].split(separator: "#", maxSplits: 1)
        guard let op = IROp(name: String(head[0])) else { return nil }
        let aux = head.count > 1 ? Int64(head[1]) ?? 0 : 0
        var operands: [ExitObject.Operand] = []
        for o in text[text.index(after: open)..<close].split(separator: ",") {
            if o == "_" { operands.append(.none) }
            else if o.hasPrefix("r"), let k = Int(o.dropFirst()) { operands.append(.slot(k)) }
            else if o.hasPrefix("o"), let k = Int(o.dropFirst()) { operands.append(.object(k)) }
            else { return nil }
        }
        var stores: [ExitObject.Store] = []
        for st in text[text.index(after: close)..<arrow.lowerBound].split(separator: "[") {
            let kv = st.split(separator: "]=")
            guard kv.count == 2, let k = Int32(kv[0]), let v = Int64(kv[1]) else { return nil }
            stores.append(.init(slot: k, value: v))
        }
        var slots: [Int] = []
        for r in text[arrow.upperBound...].split(separator: ",") {
            guard r.hasPrefix("r"), let k = Int(r.dropFirst()) else { return nil }
            slots.append(k)
        }
        return ExitObject(op: op, aux: aux, operands: operands, stores: stores, slots: slots)
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
