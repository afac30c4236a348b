// CodeBuilder.swift — the assembler under the code generator: virtual registers, labels,
// line numbers and handler ranges, resolved into a CodeObject once a unit is complete.
import SwoopBytecode

/// A register as the code generator names it. Constants and temporaries get their final
/// numbers only at assembly, when the number of locals and constants is known.
enum Reg: Hashable {
    case local(Int)      // parameters, locals, free-variable cells: final number as is
    case constant(Int)   // index into the constant table
    case temp(Int)       // temporary, numbered from 0

    func offset(_ n: Int) -> Reg {
        switch self {
        case .temp(let t): return .temp(t + n)
        case .local(let l): return .local(l + n)
        case .constant(let k): return .constant(k + n)
        }
    }
}

struct Label: Hashable { let id: Int }

/// An operand before assembly.
enum Operand {
    case reg(Reg)
    case imm(Int)
    case label(Label)
}

struct PendingInstruction {
    var op: Opcode
    var a: Operand
    var b: Operand
    var c: Operand
    var line: Int32
}

/// A protected range of a try statement: possibly several segments, because code that
/// leaves the statement early (break/continue/return running a finally body inline) is
/// cut out of it.
final class HandlerRange {
    var segments: [(start: Int, end: Int)] = []
    var openStart: Int?
    let handler: Label
    let register: Reg
    init(handler: Label, register: Reg) { self.handler = handler; self.register = register }
}

final class CodeBuilder {
    var instructions: [PendingInstruction] = []
    var labelPositions: [Int?] = []
    var constants: [CodeConstant] = []
    var constantIndex: [String: Int] = [:]
    var names: [String] = []
    var nameIndex: [String: Int] = [:]
    var currentLine: Int32 = 1
    var nextTemp = 0
    var maxTemps = 0
    var finishedRanges: [HandlerRange] = []

    var position: Int { instructions.count }

    // MARK: Registers

    func allocTemp() -> Reg {
        let t = Reg.temp(nextTemp)
        nextTemp += 1
        maxTemps = max(maxTemps, nextTemp)
        return t
    }

    /// `n` consecutive temporaries (call arguments, display items).
    func allocTemps(_ n: Int) -> Reg {
        let base = Reg.temp(nextTemp)
        nextTemp += n
        maxTemps = max(maxTemps, nextTemp)
        return base
    }

    var tempMark: Int { nextTemp }
    func releaseTemps(to mark: Int) { nextTemp = mark }

    func isTemp(_ r: Reg) -> Bool { if case .temp = r { return true }; return false }

    // MARK: Tables

    func constant(_ c: CodeConstant) -> Reg {
        let key: String
        switch c {
        case .code: key = "code#\(constants.count)"       // never shared
        default: key = Self.constantKey(c)
        }
        if let i = constantIndex[key] { return .constant(i) }
        constants.append(c)
        constantIndex[key] = constants.count - 1
        return .constant(constants.count - 1)
    }

    static func constantKey(_ c: CodeConstant) -> String {
        switch c {
        case .none: return "N"
        case .bool(let b): return "b\(b)"
        case .int(let i): return "i\(i)"
        case .bigInt(let s): return "I\(s)"
        case .float(let d): return "f\(d.bitPattern)"
        // Swift compares Strings by canonical equivalence ("é" == "e\u{301}"); Python does not.
        case .str(let s): return "s\(Array(s.utf8))"
        case .bytes(let b): return "y\(b)"
        case .ellipsis: return "E"
        case .tuple(let items): return "t(" + items.map(constantKey).joined(separator: ",") + ")"
        case .code: return "c"
        }
    }

    func name(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        names.append(n)
        nameIndex[n] = names.count - 1
        return names.count - 1
    }

    // MARK: Emission

    func newLabel() -> Label {
        labelPositions.append(nil)
        return Label(id: labelPositions.count - 1)
    }

    func place(_ l: Label) { labelPositions[l.id] = position }

    func emit(_ op: Opcode, _ a: Operand = .imm(0), _ b: Operand = .imm(0), _ c: Operand = .imm(0)) {
        instructions.append(PendingInstruction(op: op, a: a, b: b, c: c, line: currentLine))
    }

    func emit(_ op: Opcode, _ a: Reg, _ b: Reg, _ c: Reg) { emit(op, .reg(a), .reg(b), .reg(c)) }
    func emit(_ op: Opcode, _ a: Reg, _ b: Reg) { emit(op, .reg(a), .reg(b)) }

    func move(_ dst: Reg, _ src: Reg) {
        if dst != src { emit(.SW_OP_MOVE, dst, src) }
    }

    func jump(_ op: Opcode, _ l: Label) { emit(op, .imm(0), .label(l)) }
    func jump(_ op: Opcode, if r: Reg, _ l: Label) { emit(op, .reg(r), .label(l)) }

    // MARK: Handler ranges

    func openRange(_ r: HandlerRange) { r.openStart = position }

    func suspendRange(_ r: HandlerRange) {
        if let s = r.openStart {
            if position > s { r.segments.append((s, position)) }
            r.openStart = nil
        }
    }

    func resumeRange(_ r: HandlerRange) { if r.openStart == nil { r.openStart = position } }

    func closeRange(_ r: HandlerRange) {
        suspendRange(r)
        finishedRanges.append(r)
    }

    // MARK: Assembly

    struct AssemblyError: Error { var message: String }

    /// Resolves labels and register numbers. `localCount` counts parameter, local and
    /// free-variable registers; constants follow them, temporaries follow the constants.
    func assemble(localCount: Int) throws -> (instructions: [Instruction], lines: [Int32],
                                               exceptionTable: [ExceptionTableEntry],
                                               constantBase: Int, registerCount: Int) {
        let constantBase = localCount
        let tempBase = constantBase + constants.count
        let registerCount = tempBase + maxTemps + 1
        guard registerCount <= Instruction.maxOperand else {
            throw AssemblyError(message: "too many local variables, constants and temporaries in one function")
        }
        func regNumber(_ r: Reg) -> Int {
            switch r {
            case .local(let l): return l
            case .constant(let k): return constantBase + k
            case .temp(let t): return tempBase + t
            }
        }
        var out: [Instruction] = []
        out.reserveCapacity(instructions.count)
        var lines: [Int32] = []
        lines.reserveCapacity(instructions.count)
        for (pc, ins) in instructions.enumerated() {
            func value(_ o: Operand) throws -> Int {
                switch o {
                case .reg(let r): return regNumber(r)
                case .imm(let i): return i
                case .label(let l):
                    guard let target = labelPositions[l.id] else { fatalError("unplaced label") }
                    return target - (pc + 1)
                }
            }
            let a = try value(ins.a), b = try value(ins.b), c = try value(ins.c)
            if case .label = ins.b {
                out.append(Instruction(ins.op, a: a, jump: b))
            } else {
                if case .label = ins.c {
                    guard c >= 0 && c <= Instruction.maxOperand else {
                        throw AssemblyError(message: "loop body too large")
                    }
                }
                for v in [a, b, c] where v < 0 || v > Instruction.maxOperand {
                    throw AssemblyError(message: "operand out of range in \(ins.op.name)")
                }
                out.append(Instruction(ins.op, a, b, c))
            }
            lines.append(ins.line)
        }
        var table: [ExceptionTableEntry] = []
        for r in finishedRanges {
            guard let h = labelPositions[r.handler.id] else { continue }
            for s in r.segments {
                table.append(ExceptionTableEntry(start: s.start, end: s.end, handler: h, register: regNumber(r.register)))
            }
        }
        return (out, lines, table, constantBase, registerCount)
    }
}
