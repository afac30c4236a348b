// DisModule.swift — the `dis` module: dis.dis(x) prints the register bytecode of a
// function, code object, module or source string (the listing `swoop -m dis` prints).
import SwoopBytecode

func installDisModule(_ m: Value) {
    func code(of x: Value) throws -> CodeObject? {
        if let c = EvalExec.codeObject(x) { return c }
        let t = Ops.typeOf(x)
        if t == T.function { return CodeInfo.from(objectSlots(x.obj)[FuncSlot.code]).code }
        if isStr(x) { return try EvalExec.compileText(Str.swift(x), filename: "<dis>", mode: "exec") }
        return nil
    }
    Modules.set(m, "dis", Native.function("dis") { args in
        try args.expect("dis", 0, 1, keywords: ["file", "depth"])
        guard let x = args.arg(0) else { throw notImplementedError("dis.dis() without an argument (the last traceback) is not supported") }
        if Ops.typeOf(x) == T.module {
            for (k, v) in Dict.entries(Modules.dict(x)) where Ops.typeOf(v) == T.function {
                Output.write(fd: 1, "Disassembly of \(Str.swift(k)):\n")
                if let c = try code(of: v) { Output.write(fd: 1, c.disassembly() + "\n") }
            }
            return .none
        }
        guard let c = try code(of: x) else {
            throw typeError("don't know how to disassemble \(Ops.typeName(x)) objects")
        }
        Output.write(fd: 1, c.disassembly())
        return .none
    })
    Modules.set(m, "code_info", Native.function("code_info") { args in
        try args.expect("code_info", 1, 1)
        guard let c = try code(of: args[0]) else {
            throw typeError("don't know how to disassemble \(Ops.typeName(args[0])) objects")
        }
        return Str.make("Name:              \(c.name)\nFilename:          \(c.filename)\nArgument count:    \(c.argCount)\nRegisters:         \(c.registerCount)\nConstants:         \(c.constants.count)\nNames:             \(c.names.count)")
    })
}
