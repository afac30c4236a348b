// SysModule.swift — the sys module, and the text-file type behind sys.stdout / sys.stderr / sys.stdin.
import Glibc
import SwoopBytecode

/// The type of the standard stream objects (slot 0 = file descriptor, as `Output` reads it).
var textIOType: TypeRef? = nil

/// An object whose attributes are fixed values held in its own type's dict (for
/// sys.float_info and sys.implementation).
private func namespaceObject(_ typeName: String, _ fields: [(String, Value)]) -> Value {
    let t = Types.make(typeName, kind: .SW_KIND_SLOTS, base: T.object)
    Types.finish(t, typeName)
    for (k, v) in fields { Dict.setStr(Types.dict(t), k, v) }
    return Objects.slotObject(t, [])
}

/// Gives the standard streams a type with write/flush/readline methods. Called at
/// startup; replaces the runtime's placeholder stream objects with typed ones.
func installStandardStreams() {
    let t = Types.make("TextIOWrapper", kind: .SW_KIND_SLOTS, base: T.object)
    Types.finish(t, "TextIOWrapper")
    textIOType = t
    func fd(_ v: Value) -> Int32 { Int32(objectSlots(v.obj)[0].int) }
    Native.method(t, "write") { args in
        try args.expectMethod("write", "TextIOWrapper.write", 1, 1)
        let s = args[1]
        guard isStr(s) else { throw typeError("write() argument must be str, not \(Ops.typeName(s))") }
        Output.write(fd: fd(args[0]), Str.swift(s))
        return Value(int: Str.length(s))
    }
    Native.method(t, "flush") { args in
        try args.expectMethod("flush", "TextIOWrapper.flush", 0, 0)
        Output.flush()
        return .none
    }
    Native.method(t, "fileno") { args in
        try args.expectMethod("fileno", "TextIOWrapper.fileno", 0, 0)
        return Value(int: Int(fd(args[0])))
    }
    Native.method(t, "isatty") { args in
        try args.expectMethod("isatty", "TextIOWrapper.isatty", 0, 0)
        return Value(bool: isatty(fd(args[0])) != 0)
    }
    Native.method(t, "readline") { args in
        try args.expectMethod("readline", "TextIOWrapper.readline", 0, 1)
        Output.flush()
        return Str.make(readLine(strippingNewline: false) ?? "")
    }
    Native.method(t, "read") { args in
        try args.expectMethod("read", "TextIOWrapper.read", 0, 1)
        Output.flush()
        var text = ""
        while let line = readLine(strippingNewline: false) { text += line }
        return Str.make(text)
    }
    Heap.immortal {
        Modules.sysStdout = Objects.slotObject(t, [Value(int: 1)])
        Modules.sysStderr = Objects.slotObject(t, [Value(int: 2)])
        sysStdin = Objects.slotObject(t, [Value(int: 0)])
    }
}

var sysStdin: Value = .none

func installSysModule(_ m: Value) {
    func def(_ name: String, _ fn: @escaping NativeFn) {
        Modules.set(m, name, Native.function(name, fn))
    }
    let versionInfoType = StructSeq.makeType("sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"])
    let versionInfo = Heap.immortal {
        StructSeq.make(versionInfoType, [Value(int: 3), Value(int: 11), Value(int: 7), Str.make("final"), Value(int: 0)])
    }
    Modules.set(m, "argv", Modules.sysArgv)
    Modules.set(m, "path", Modules.sysPath)
    Modules.set(m, "modules", Modules.sysModules)
    Modules.set(m, "stdout", Modules.sysStdout)
    Modules.set(m, "stderr", Modules.sysStderr)
    Modules.set(m, "stdin", sysStdin)
    Modules.set(m, "__stdout__", Modules.sysStdout)
    Modules.set(m, "__stderr__", Modules.sysStderr)
    Modules.set(m, "__stdin__", sysStdin)
    Modules.set(m, "dont_write_bytecode", Value(bool: BytecodeCache.dontWrite))
    Modules.set(m, "pycache_prefix", .none)
    Modules.set(m, "maxsize", Value(int: Int64.max))
    Modules.set(m, "maxunicode", Value(int: 0x10FFFF))
    Modules.set(m, "version", Str.make("3.11.7 (main, Swoop) [Swift]"))
    Modules.set(m, "version_info", versionInfo)
    Modules.set(m, "hexversion", Value(int: 0x030B07F0))
    Modules.set(m, "platform", Str.make("linux"))
    Modules.set(m, "byteorder", Str.make("little"))
    Modules.set(m, "executable", Str.make(""))
    // (Sorted, as CPython's: the registry of modules written in Swift, and builtins.)
    Modules.set(m, "builtin_module_names",
                Tuple.make((Modules.builtinModules.keys + ["builtins"]).sorted().map { Str.make($0) }))
    Modules.set(m, "implementation", namespaceObject("sys.implementation", [
        ("name", Str.make("swoop")), ("cache_tag", Str.make(PycFile.cacheTag)), ("version", versionInfo),
        ("hexversion", Value(int: 0x030B07F0)),
    ]))
    Modules.set(m, "float_info", namespaceObject("sys.float_info", [
        ("max", Value(float: Double.greatestFiniteMagnitude)), ("max_exp", Value(int: 1024)),
        ("max_10_exp", Value(int: 308)), ("min", Value(float: Double.leastNormalMagnitude)),
        ("min_exp", Value(int: -1021)), ("min_10_exp", Value(int: -307)), ("dig", Value(int: 15)),
        ("mant_dig", Value(int: 53)), ("epsilon", Value(float: Double.ulpOfOne)), ("radix", Value(int: 2)),
        ("rounds", Value(int: 1)),
    ]))

    def("exit") { args in
        if !args.keywords.isEmpty { throw typeError("exit() takes no keyword arguments") }
        try args.expect("exit", 0, 1)
        var excArgs: [Value] = []
        if args.count == 1 {
            let a = args[0]
            // As PyErr_SetObject: None means no args, a tuple is the args.
            if isTuple(a) { excArgs = Tuple.array(a) } else if !a.isNone { excArgs = [a] }
        }
        throw PyError(Exceptions.make(Exc.systemExit, args: excArgs))
    }
    def("exc_info") { args in
        try args.expect("exc_info", 0, 0)
        return Tracebacks.excInfo()
    }
    def("exception") { args in
        try args.expect("exception", 0, 0)
        let e = Interpreter.handledException
        return Exceptions.isException(e) ? e : .none
    }
    def("getrecursionlimit") { args in
        try args.expect("getrecursionlimit", 0, 0)
        return Value(int: Interpreter.recursionLimit)
    }
    def("setrecursionlimit") { args in
        if !args.keywords.isEmpty { throw typeError("setrecursionlimit() takes no keyword arguments") }
        if args.count != 1 { throw typeError("setrecursionlimit() takes exactly one argument (\(args.count) given)") }
        if args[0].tag == .SW_TAG_FLOAT { throw typeError("'float' object cannot be interpreted as an integer") }
        let n = try Ops.index(try indexValue(args[0]))
        if n < 1 { throw valueError("recursion limit must be greater or equal than 1") }
        Interpreter.recursionLimit = n
        return .none
    }
    def("get_int_max_str_digits") { args in
        try args.expect("get_int_max_str_digits", 0, 0)
        return Value(int: Runtime.intMaxStrDigits)
    }
    def("set_int_max_str_digits") { args in
        try args.checkKeywords("set_int_max_str_digits", ["maxdigits"])
        guard let v = args.arg(0, "maxdigits"), args.count + args.keywords.count == 1 else {
            throw typeError("set_int_max_str_digits() takes exactly one argument (\(args.count + args.keywords.count) given)")
        }
        let n = try Ops.index(try indexValue(v))
        if n != 0 && n < 640 { throw valueError("maxdigits must be 0 or larger than 640") }
        Runtime.intMaxStrDigits = n
        return .none
    }
    def("intern") { args in
        if args.count != 1 || !args.keywords.isEmpty {
            throw typeError("intern() takes exactly one argument (\(args.count) given)")
        }
        guard isStr(args[0]) else { throw typeError("intern() argument must be str, not \(Ops.typeName(args[0]))") }
        return Str.intern(Str.swift(args[0]))
    }
    def("getdefaultencoding") { _ in Str.make("utf-8") }
}
