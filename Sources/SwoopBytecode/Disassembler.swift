// Disassembler.swift — the printer of register bytecode (`swoop -m dis`), driven by the
// opcode table's operand formats.

extension CodeObject {
    /// A readable listing of this code object and, after it, every nested one.
    public func disassembly() -> String {
        var out = ""
        disassemble(into: &out)
        return out
    }

    private func registerName(_ r: Int) -> String {
        if r < varNames.count { return "r\(r)(\(varNames[r]))" }
        if let i = freeRegisters.firstIndex(of: r) { return "r\(r)(\(freeNames[i]))" }
        if r >= constantBase && r < constantBase + constants.count {
            return "r\(r)(\(Self.describe(constants[r - constantBase])))"
        }
        return "r\(r)"
    }

    static func describe(_ c: CodeConstant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return "\(d)"
        case .str(let s): return "'" + s.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") + "'"
        case .bytes(let b): return "b<\(b.count) bytes>"
        case .ellipsis: return "Ellipsis"
        case .tuple(let items): return "(" + items.map(describe).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .code(let code): return "<code \(code.name)>"
        }
    }

    func disassemble(into out: inout String) {
        out += "Disassembly of <code \(qualifiedName)> (\(filename), line \(firstLine)): "
        out += "\(registerCount) registers, \(argCount) args, constants at r\(constantBase)\n"
        var lastLine = -1
        let targets = Set(instructions.indices.compactMap { jumpTarget(at: $0) })
        for (pc, ins) in instructions.enumerated() {
            let line = Int(lines[pc])
            let lineText = line != lastLine ? String(line) : ""
            lastLine = line
            let mark = targets.contains(pc) ? ">>" : "  "
            var text = lineText.rightPadded(to: 6) + mark
            text += String(pc).leftPadded(to: 5) + " " + ins.op.name.rightPadded(to: 16)
            text += operands(of: ins, at: pc).joined(separator: ", ")
            out += text.trailingSpacesTrimmed + "\n"
        }
        if !exceptionTable.isEmpty {
            out += "ExceptionTable:\n"
            for e in exceptionTable {
                out += "  \(e.start) to \(e.end) -> \(e.handler) [exception in r\(e.register)]\n"
            }
        }
        for c in constants {
            if case .code(let nested) = c {
                out += "\n"
                nested.disassemble(into: &out)
            }
        }
    }

    func jumpTarget(at pc: Int) -> Int? {
        let ins = instructions[pc]
        let f = Array(ins.op.format.utf8)
        if f.count >= 2 && f[1] == UInt8(ascii: "j") { return pc + 1 + ins.jump }
        if f.count >= 3 && f[2] == UInt8(ascii: "c") { return pc + 1 + ins.c }
        return nil
    }

    func operands(of ins: Instruction, at pc: Int) -> [String] {
        let format = Array(ins.op.format)
        let fields = [ins.a, ins.b, ins.c]
        var result: [String] = []
        for (i, kind) in format.enumerated() {
            let v = fields[i]
            switch kind {
            case "r": result.append(registerName(v))
            case "n": result.append(v < names.count ? "\(v)(\(names[v]))" : "\(v)(?)")
            case "k": result.append(v < constants.count ? Self.describe(constants[v]) : "?")
            case "i": result.append(String(v))
            case "j": result.append("to \(pc + 1 + ins.jump)")
            case "c": result.append("to \(pc + 1 + v)")
            default: break
            }
        }
        return result
    }
}

extension String {
    func rightPadded(to n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
