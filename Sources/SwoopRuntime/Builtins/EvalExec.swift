// EvalExec.swift — runtime code evaluation: the builtins eval, exec and compile (code
// objects as values, SyntaxError raised as an exception), and the namespace builtins
// globals, locals and dir that go with them.
import SwoopSyntax
import SwoopCompiler
import SwoopBytecode

enum EvalExec {
    /// The innermost running Python frame (builtins push no frame of their own).
    static var callerFrame: Frame? {
        Interpreter.frameCount > 0 ? Interpreter.frames[Interpreter.frameCount - 1] : nil
    }

    static func callerGlobals() -> Value {
        callerFrame?.globals ?? Runner.mainGlobals(filename: nil)
    }

    /// Whether the caller is module-level code (its locals are its globals).
    static var callerIsModule: Bool { callerFrame?.function.isNone ?? true }

    /// The caller frame's locals dict (as CPython's frame f_locals): one dict per frame,
    /// refreshed from the registers on each call, so names `exec()` stored there stay
    /// visible to a later `locals()` in the same frame. Only the latest frame's is kept.
    static var frameLocals: (serial: Int, dict: Value)? = nil

    /// A snapshot of the caller's local variables (cells read through).
    static func callerLocals() -> Value {
        guard let f = callerFrame, !f.function.isNone else { return callerGlobals() }
        let code = f.info.takeUnretainedValue().code
        let d: Value
        if let fl = frameLocals, fl.serial == f.serial { d = fl.dict } else {
            d = Dict.make()
            frameLocals = (f.serial, d)
        }
        func add(_ name: String, _ v: Value) {
            var v = v
            if v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.cell { v = objectSlots(v.obj)[0] }
            if v.tag != .SW_TAG_UNBOUND { Dict.setStr(d, name, v) }
        }
        for (i, n) in code.varNames.enumerated() { add(n, f.regs[i]) }
        for (i, r) in code.freeRegisters.enumerated() { add(code.freeNames[i], f.regs[r]) }
        return d
    }

    /// Source text of a str/bytes argument.
    static func sourceText(_ v: Value, _ fname: String) throws -> String {
        if isStr(v) { return Str.swift(v) }
        if Ops.typeOf(v) == T.bytes { return String(decoding: Str.buffer(v), as: UTF8.self) }
        throw typeError("\(fname)() arg 1 must be a string, bytes or code object")
    }

    static func compileText(_ text: String, filename: String, mode: String) throws -> CodeObject {
        do {
            switch mode {
            case "exec":
                return try Runner.compile(bytes: Array(text.utf8), filename: filename, namespace: true)
            case "single":
                return try Runner.compile(bytes: Array(text.utf8), filename: filename, mode: .single, namespace: true)
            case "eval":
                let e = try parseExpression(source: text, filename: filename)
                do {
                    return try Compiler.compile(expression: e, filename: filename, namespace: true)
                } catch let ce as CompileError {
                    throw SyntaxErrorInfo(message: ce.message, filename: filename, line: ce.location.line,
                                          offset: ce.location.column + 1, text: nil)
                }
            default:
                throw valueError("compile() mode must be 'exec', 'eval' or 'single'")
            }
        } catch let e as SyntaxErrorInfo {
            throw PyError(SyntaxErrors.exception(e))
        }
    }

    static func codeObject(_ v: Value) -> CodeObject? {
        guard v.tag == .SW_TAG_OBJ, v.obj.pointee.type == T.code else { return nil }
        return CodeInfo.from(v).code
    }

    /// Runs code in the namespaces eval/exec were given.
    static func run(_ code: CodeObject, globals g: Value?, locals l: Value?, fname: String) throws -> Value {
        if !code.freeRegisters.isEmpty {
            throw typeError("code object passed to \(fname)() may not contain free variables")
        }
        let globals = g ?? callerGlobals()
        var locals = l
        if g == nil && l == nil && !callerIsModule { locals = callerLocals() }
        guard isDict(globals) else {
            throw typeError(l == nil ? "\(fname)() globals must be a dict, not \(Ops.typeName(globals))" : "globals must be a real dict; try eval(expr, {}, mapping)")
        }
        if let lv = locals, !lv.isNone, !isDict(lv) { throw typeError("locals must be a mapping") }
        if Dict.getStr(globals, Str.intern("__builtins__")) == nil {
            Dict.setStr(globals, "__builtins__", Dict.getStr(Modules.sysModules, Str.intern("builtins")) ?? .none)
        }
        if let lv = locals, !lv.isNone, lv.bits != globals.bits {
            // Code compiled here (exec/eval of source, compile()) reads and writes its
            // names through a namespace dict: the locals mapping.
            guard code.flags.contains(.namespace) else {
                throw notImplementedError("\(fname)() of this code object with a locals mapping distinct from globals is not supported")
            }
            return try Interpreter.runModule(code, globals: globals, namespace: lv)
        }
        return try Interpreter.runModule(code, globals: globals)
    }

    /// eval()/exec()'s code (compiled from source, or a code object) and their globals and
    /// locals arguments (None counts as absent).
    static func codeAndNamespaces(_ args: Args, _ fname: String) throws -> (CodeObject, Value?, Value?) {
        let src = args[0]
        let g = args.arg(1, "globals").flatMap { $0.isNone ? nil : $0 }
        let l = args.arg(2, "locals").flatMap { $0.isNone ? nil : $0 }
        if let c = codeObject(src) { return (c, g, l) }
        guard isStr(src) || Ops.typeOf(src) == T.bytes else {
            throw typeError("\(fname)() arg 1 must be a string, bytes or code object")
        }
        var text = try sourceText(src, fname)
        if fname == "eval" {
            while let f = text.first, f == " " || f == "\t" { text.removeFirst() }
        }
        return (try compileText(text, filename: "<string>", mode: fname), g, l)
    }

    static func install(into b: Value) {
        Heap.rootScanners.append { stack in if let fl = frameLocals { stack.push(fl.dict) } }
        func def(_ name: String, _ fn: @escaping NativeFn) { Dict.setStr(b, name, Native.function(name, fn)) }
        def("compile") { args in
            try args.expect("compile", 3, 6, keywords: ["source", "filename", "mode", "flags", "dont_inherit", "optimize"])
            guard let src = args.arg(0, "source"), let fn = args.arg(1, "filename"), let mode = args.arg(2, "mode") else {
                throw typeError("compile() missing required argument")
            }
            if let c = codeObject(src) { return CodeInfo.of(c).value }
            guard isStr(fn) else { throw typeError("compile() argument 'filename' must be str, not \(Ops.typeName(fn))") }
            guard isStr(mode) else { throw typeError("compile() argument 'mode' must be str, not \(Ops.typeName(mode))") }
            let text = try sourceText(src, "compile")
            return CodeInfo.of(try compileText(text, filename: Str.swift(fn), mode: Str.swift(mode))).value
        }
        def("eval") { args in
            try args.expect("eval", 1, 3, keywords: ["globals", "locals"])
            let (code, g, l) = try codeAndNamespaces(args, "eval")
            return try run(code, globals: g, locals: l, fname: "eval")
        }
        def("exec") { args in
            try args.expect("exec", 1, 3, keywords: ["globals", "locals", "closure"])
            let (code, g, l) = try codeAndNamespaces(args, "exec")
            _ = try run(code, globals: g, locals: l, fname: "exec")
            return .none
        }
        // exit() and quit(), as the site module adds them.
        for name in ["exit", "quit"] {
            def(name) { args in
                try args.expect(name, 0, 1)
                throw PyError(Exceptions.make(Exc.systemExit, args: args.count == 1 && !args[0].isNone ? [args[0]] : []))
            }
        }
        def("globals") { args in
            try args.expect("globals", 0, 0)
            return callerGlobals()
        }
        def("locals") { args in
            try args.expect("locals", 0, 0)
            return callerLocals()
        }
        def("vars") { args in
            try args.expect("vars", 0, 1)
            guard args.count == 1 else { return callerLocals() }
            do {
                return try Ops.getAttr(args[0], SN.__dict__)
            } catch let e as PyError where isAttributeError(e) {
                throw typeError("vars() argument must have __dict__ attribute")
            }
        }
        def("dir") { args in
            try args.expect("dir", 0, 1)
            var names: [Value]
            if args.count == 0 {
                names = Dict.entries(callerLocals()).map { $0.key }
            } else {
                let o = args[0]
                let t = Ops.typeOf(o)
                if t == T.module {
                    names = Dict.entries(Modules.dict(o)).map { $0.key }
                } else {
                    var seen: [Value] = []
                    var ty: TypeRef? = t == T.type ? o.as(SwType.self) : t
                    while let cur = ty {
                        seen += Dict.entries(Types.dict(cur)).map { $0.key }
                        ty = cur.pointee.base
                    }
                    names = seen
                }
            }
            let strs = Set(names.filter { isStr($0) }.map { Str.swift($0) })
            return List.make(strs.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { Str.make($0) })
        }
    }
}
