// CodeSerializer.swift — a code object (and every nested one) to bytes: the payload of a
// bytecode cache file. CodeDeserializer reads it back.

enum ConstantTag: UInt8 {
    case none = 0, bool, int, bigInt, float, str, bytes, ellipsis, tuple, code
}

extension CodeObject {
    /// The serialized form (no header; see PycFile for the file layout).
    public func serialized() -> [UInt8] {
        var w = ByteWriter()
        write(to: &w)
        return w.bytes
    }

    func write(to w: inout ByteWriter) {
        w.string(name)
        w.string(qualifiedName)
        w.string(filename)
        w.int(firstLine)
        w.u32(flags.rawValue)
        w.count(instructions.count)
        for ins in instructions { w.u64(ins.word) }
        w.count(lines.count)
        for l in lines { w.u32(UInt32(bitPattern: l)) }
        w.count(constants.count)
        for c in constants { Self.writeConstant(c, to: &w) }
        w.strings(names)
        w.count(exceptionTable.count)
        for e in exceptionTable {
            w.int(e.start); w.int(e.end); w.int(e.handler); w.int(e.register)
        }
        w.int(argCount)
        w.int(posOnlyCount)
        w.int(kwOnlyCount)
        w.strings(varNames)
        w.ints(cellRegisters)
        w.strings(cellNames)
        w.ints(freeRegisters)
        w.strings(freeNames)
        w.int(constantBase)
        w.int(registerCount)
    }

    static func writeConstant(_ c: CodeConstant, to w: inout ByteWriter) {
        switch c {
        case .none: w.u8(ConstantTag.none.rawValue)
        case .bool(let b): w.u8(ConstantTag.bool.rawValue); w.u8(b ? 1 : 0)
        case .int(let i): w.u8(ConstantTag.int.rawValue); w.i64(i)
        case .bigInt(let s): w.u8(ConstantTag.bigInt.rawValue); w.string(s)
        case .float(let d): w.u8(ConstantTag.float.rawValue); w.u64(d.bitPattern)
        case .str(let s): w.u8(ConstantTag.str.rawValue); w.string(s)
        case .bytes(let b): w.u8(ConstantTag.bytes.rawValue); w.blob(b)
        case .ellipsis: w.u8(ConstantTag.ellipsis.rawValue)
        case .tuple(let items):
            w.u8(ConstantTag.tuple.rawValue)
            w.count(items.count)
            for i in items { writeConstant(i, to: &w) }
        case .code(let code): w.u8(ConstantTag.code.rawValue); code.write(to: &w)
        }
    }
}
