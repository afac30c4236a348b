// CodeVerifier.swift — structural checks on a code object read from a file: the tables
// agree in length, and every register, name, constant and jump operand the opcode
// table's formats describe lies in range. The cache files also carry a checksum, so
// this guards against crafted rather than accidentally damaged files.

extension CodeObject {
    public func verify() throws {
        func fail(_ why: String) -> BytecodeFormatError { BytecodeFormatError("invalid code object: \(why)") }
        guard lines.count == instructions.count else { throw fail("line table length") }
        guard !instructions.isEmpty else { throw fail("no instructions") }
        guard registerCount <= 0xffff, constantBase + constants.count <= registerCount else {
            throw fail("register layout")
        }
        guard varNames.count <= registerCount, argCount >= posOnlyCount,
              parameterCount <= varNames.count else { throw fail("parameters") }
        guard cellRegisters.count == cellNames.count, freeRegisters.count == freeNames.count,
              (cellRegisters + freeRegisters).allSatisfy({ $0 < registerCount }) else { throw fail("cells") }
        let n = instructions.count
        for e in exceptionTable {
            guard e.start <= e.end, e.end <= n, e.handler < n, e.register < registerCount else {
                throw fail("exception table")
            }
        }
        let opCount = Int(SwOpcode.SW_OP__COUNT.rawValue)
        for (pc, ins) in instructions.enumerated() {
            guard Int(ins.word & 0xff) < opCount else { throw fail("unknown opcode at \(pc)") }
            let format = Array(ins.op.format.utf8)
            let fields = [ins.a, ins.b, ins.c]
            for (i, f) in format.prefix(3).enumerated() {
                switch f {
                case UInt8(ascii: "r"): guard fields[i] < registerCount else { throw fail("register at \(pc)") }
                case UInt8(ascii: "n"): guard fields[i] < names.count else { throw fail("name at \(pc)") }
                case UInt8(ascii: "k"): guard fields[i] < constants.count else { throw fail("constant at \(pc)") }
                case UInt8(ascii: "j"), UInt8(ascii: "J"):
                    let t = pc + 1 + ins.jump
                    guard t >= 0 && t <= n else { throw fail("jump at \(pc)") }
                case UInt8(ascii: "c"):
                    guard pc + 1 + fields[2] <= n else { throw fail("jump at \(pc)") }
                default: break
                }
            }
        }
        guard ins(instructions.last!).isTerminator else { throw fail("code falls off its end") }
    }

    private func ins(_ i: Instruction) -> SwOpcode { i.op }
}
