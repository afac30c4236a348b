// CodeDeserializer.swift — bytes written by CodeSerializer back to a code object. Every
// malformed input throws BytecodeFormatError; the result is then checked by CodeVerifier.

extension CodeObject {
    /// Reads a serialized code object; `filename`, when given, replaces the recorded one
    /// in it and every nested code object (the source may have moved since).
    public static func deserialize(_ bytes: [UInt8], filename: String? = nil) throws -> CodeObject {
        var r = ByteReader(bytes)
        let code = try read(&r, filename: filename, depth: 0)
        if r.remaining != 0 { throw BytecodeFormatError("trailing data") }
        try code.verify()
        return code
    }

    static let maxNesting = 200

    static func read(_ r: inout ByteReader, filename: String?, depth: Int) throws -> CodeObject {
        if depth > maxNesting { throw BytecodeFormatError("code nested too deeply") }
        let name = try r.string()
        let qualifiedName = try r.string()
        let recordedFile = try r.string()
        let firstLine = try r.int(in: 0...Int(Int32.max))
        let flags = CodeFlags(rawValue: try r.u32())
        let ni = try r.count(minSize: 8)
        var instructions: [Instruction] = []
        instructions.reserveCapacity(ni)
        for _ in 0..<ni { instructions.append(Instruction(word: try r.u64())) }
        let nl = try r.count(minSize: 4)
        var lines: [Int32] = []
        lines.reserveCapacity(nl)
        for _ in 0..<nl { lines.append(Int32(bitPattern: try r.u32())) }
        let nc = try r.count(minSize: 1)
        var constants: [CodeConstant] = []
        for _ in 0..<nc { constants.append(try readConstant(&r, filename: filename, depth: depth + 1)) }
        let names = try r.strings()
        let ne = try r.count(minSize: 32)
        var table: [ExceptionTableEntry] = []
        let small = 0...0xffff_ffff
        for _ in 0..<ne {
            table.append(ExceptionTableEntry(start: try r.int(in: small), end: try r.int(in: small),
                                             handler: try r.int(in: small), register: try r.int(in: small)))
        }
        let argCount = try r.int(in: 0...0xffff)
        let posOnly = try r.int(in: 0...0xffff)
        let kwOnly = try r.int(in: 0...0xffff)
        let varNames = try r.strings()
        let cellRegs = try r.ints(in: 0...0xffff)
        let cellNames = try r.strings()
        let freeRegs = try r.ints(in: 0...0xffff)
        let freeNames = try r.strings()
        let constantBase = try r.int(in: 0...0xffff)
        let registerCount = try r.int(in: 0...0x10000)
        return CodeObject(name: name, qualifiedName: qualifiedName, filename: filename ?? recordedFile,
                          firstLine: firstLine, flags: flags, instructions: instructions, lines: lines,
                          constants: constants, names: names, exceptionTable: table, argCount: argCount,
                          posOnlyCount: posOnly, kwOnlyCount: kwOnly, varNames: varNames,
                          cellRegisters: cellRegs, cellNames: cellNames, freeRegisters: freeRegs,
                          freeNames: freeNames, constantBase: constantBase, registerCount: registerCount)
    }

    static func readConstant(_ r: inout ByteReader, filename: String?, depth: Int) throws -> CodeConstant {
        if depth > maxNesting { throw BytecodeFormatError("constant nested too deeply") }
        guard let tag = ConstantTag(rawValue: try r.u8()) else { throw BytecodeFormatError("bad constant tag") }
        switch tag {
        case .none: return .none
        case .bool:
            let b = try r.u8()
            guard b <= 1 else { throw BytecodeFormatError("bad bool") }
            return .bool(b == 1)
        case .int: return .int(try r.i64())
        case .bigInt:
            let s = try r.string()
            let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw BytecodeFormatError("bad integer constant")
            }
            return .bigInt(s)
        case .float: return .float(Double(bitPattern: try r.u64()))
        case .str: return .str(try r.string())
        case .bytes: return .bytes(try r.blob())
        case .ellipsis: return .ellipsis
        case .tuple:
            let n = try r.count(minSize: 1)
            var items: [CodeConstant] = []
            for _ in 0..<n { items.append(try readConstant(&r, filename: filename, depth: depth + 1)) }
            return .tuple(items)
        case .code: return .code(try read(&r, filename: filename, depth: depth + 1))
        }
    }
}
