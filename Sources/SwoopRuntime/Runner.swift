// Runner.swift — starting the runtime and running a program: source → parse → compile →
// execute, with CPython's reporting of syntax errors, uncaught exceptions and exit codes.
import SwoopSyntax
import SwoopCompiler
import SwoopBytecode
import Glibc

public enum Runner {
    static var started = false
    static var sourceCache: [String: [String]] = [:]

    /// Creates types, builtins and modules. Call once before running anything.
    public static func start(argv: [String]) {
        if started { return }
        started = true
        Heap.setUp()
        Types.setUp()
        Interpreter.setUp()
        Generator.setUp()
        Tracebacks.setUp()
        JIT.setUpHelpers()      // (facts that name types)
        // The mutable containers are ordinary (rooted) objects: the collector does not
        // trace through immortal ones, and these come to hold objects made later.
        Modules.sysModules = Dict.make()
        Modules.builtinsDict = Dict.make()
        Modules.sysArgv = List.make(argv.map { Str.make($0) })
        Modules.sysPath = List.make()
        Heap.immortal {
            Modules.sysStdout = Objects.slotObject(T.object, [Value(int: 1)])
            Modules.sysStderr = Objects.slotObject(T.object, [Value(int: 2)])
        }
        Heap.rootScanners.append { stack in
            stack.push(Modules.sysModules)
            stack.push(Modules.builtinsDict)
            stack.push(Modules.sysArgv)
            stack.push(Modules.sysPath)
        }
        Heap.immortal {
            Classes.setUp()
            installRuntimeLibrary()
            Classes.installBaseMethods()
            Classes.installBuiltins()
            Interpreter.listAppend = Types.lookup(T.list, Str.intern("append")) ?? .none
            Interpreter.dictGet = Types.lookup(T.dict, Str.intern("get")) ?? .none
            for e in Exc.all { Dict.setStr(Modules.builtinsDict, Types.name(e), Value(e)) }
            Dict.setStr(Modules.builtinsDict, "None", .none)
            Dict.setStr(Modules.builtinsDict, "True", .true)
            Dict.setStr(Modules.builtinsDict, "False", .false)
            Dict.setStr(Modules.builtinsDict, "NotImplemented", Singletons.notImplemented)
            Dict.setStr(Modules.builtinsDict, "Ellipsis", Singletons.ellipsis)
            Dict.setStr(Modules.builtinsDict, "__displayhook__", Native.function("displayhook") { args in
                if args.count == 1 && !args[0].isNone {
                    Output.write(fd: 1, try Ops.reprString(args[0]) + "\n")
                    Dict.setStr(Modules.builtinsDict, "_", args[0])
                }
                return .none
            })
        }
        for entry in ModuleFinder.initialPath(first: "") { List.append(Modules.sysPath, Str.make(entry)) }
        let builtinsModule = Objects.slotObject(T.module, [Str.intern("builtins"), Modules.builtinsDict])
        Dict.setStr(Modules.sysModules, Str.intern("builtins"), builtinsModule)
    }

    /// Runs a script file as `__main__`; returns the process exit status.
    public static func runFile(_ path: String) -> Int32 {
        // The script is known by its absolute path (__file__, tracebacks), as CPython's
        // main script: the working directory joined to it as given.
        let abs = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        guard let bytes = readFile(path) else {
            writeStderr("swoop: can't open file '\(abs)': [Errno 2] No such file or directory\n")
            return 2
        }
        // sys.path[0] is the script's directory (symlinks resolved, as CPython).
        let dir = ModuleFinder.dirname(ModuleFinder.realPath(path))
        if List.count(Modules.sysPath) > 0 { List.items(Modules.sysPath)[0] = Str.make(dir) }
        if path.hasSuffix(".pyc") || bytes.starts(with: PycFile.magic) {
            do {
                return runCode(try PycFile.code(bytes), filename: abs)
            } catch {
                writeStderr("swoop: can't run bytecode file '\(path)': \(error)\n")
                return 1
            }
        }
        return runSource(bytes: bytes, filename: abs)
    }

    /// `swoop -m NAME`: the module's file found on sys.path, run as `__main__`.
    public static func runModuleAsMain(_ name: String) -> Int32 {
        var dirs = ModuleFinder.initialPath(first: currentDirectory())
        var short = name
        if let dot = name.lastIndex(of: ".") {
            // A submodule: import the package, then search its __path__.
            do {
                let pkg = try Importer.importAbsolute(String(name[..<dot]))
                dirs = Importer.stringList((try? Ops.lookupAttr(pkg, Str.intern("__path__"))).flatMap { $0 } ?? .none) ?? []
                short = String(name[name.index(after: dot)...])
            } catch let e as PyError {
                return reportUncaught(e.exception)
            } catch { return 1 }
        }
        guard let found = ModuleFinder.find(short, in: dirs) else {
            writeStderr("swoop: No module named \(name)\n")
            return 1
        }
        switch found {
        case .source(let path, nil), .sourceless(let path, nil):
            if List.count(Modules.sysPath) > 0 { List.items(Modules.sysPath)[0] = Str.make(currentDirectory()) }
            List.items(Modules.sysArgv)[0] = Str.make(path)
            guard let bytes = readFile(path) else { return 1 }
            if path.hasSuffix(".pyc") {
                do { return runCode(try PycFile.code(bytes), filename: path) } catch {
                    writeStderr("swoop: can't run bytecode file '\(path)': \(error)\n")
                    return 1
                }
            }
            return runSource(bytes: bytes, filename: path)
        default:
            writeStderr("swoop: No module named \(name).__main__; '\(name)' is a package and cannot be directly executed\n")
            return 1
        }
    }

    public static func runSource(bytes: [UInt8], filename: String) -> Int32 {
        let code: CodeObject
        do {
            code = try compile(bytes: bytes, filename: filename)
        } catch let e as SyntaxErrorInfo {
            Output.flush()
            writeStderr(e.rendered())
            return 1
        } catch {
            writeStderr("SyntaxError: \(error)\n")
            return 1
        }
        return runCode(code, filename: filename)
    }

    /// The `__main__` module's globals (made on first use, kept in sys.modules).
    public static func mainGlobals(filename: String?) -> Value {
        if let m = Dict.getStr(Modules.sysModules, Str.intern("__main__")) { return Modules.dict(m) }
        let globals = Dict.make()
        Dict.setStr(globals, "__name__", Str.intern("__main__"))
        Dict.setStr(globals, "__doc__", .none)
        Dict.setStr(globals, "__package__", .none)
        Dict.setStr(globals, "__spec__", .none)
        if let filename { Dict.setStr(globals, "__file__", Str.make(filename)) }
        Dict.setStr(globals, "__builtins__", Dict.getStr(Modules.sysModules, Str.intern("builtins")) ?? .none)
        // Rooted through sys.modules['__main__'].
        let main = Modules.make("__main__")
        objectSlots(main.obj)[ModuleSlot.dict] = globals
        Dict.setStr(Modules.sysModules, Str.intern("__main__"), main)
        return globals
    }

    /// Runs one interactive input in `__main__`: a traceback is printed and nil returned,
    /// or the exit status when the code raised SystemExit.
    public static func runInteractive(_ code: CodeObject) -> Int32? {
        let globals = mainGlobals(filename: nil)
        do {
            _ = try Interpreter.runModule(code, globals: globals)
            Output.flush()
            return nil
        } catch let e as PyError {
            let exc = e.exception
            if Exceptions.isException(exc) && Types.isSubtype(Exceptions.type(exc), Exc.systemExit) {
                return reportUncaught(exc)
            }
            Output.flush()
            writeStderr(formatTraceback(exc))
            return nil
        } catch {
            Output.flush()
            writeStderr("internal error: \(error)\n")
            return nil
        }
    }

    /// Runs compiled code as the `__main__` module; returns the exit status.
    public static func runCode(_ code: CodeObject, filename: String) -> Int32 {
        let globals = mainGlobals(filename: filename == "<string>" || filename == "<stdin>" ? nil : filename)
        do {
            _ = try Interpreter.runModule(code, globals: globals)
            Output.flush()
            return 0
        } catch let e as PyError {
            return reportUncaught(e.exception)
        } catch {
            Output.flush()
            writeStderr("internal error: \(error)\n")
            return 1
        }
    }

    /// Parses and compiles, turning compile errors into SyntaxErrorInfo.
    public static func compile(bytes: [UInt8], filename: String, mode: CompileMode = .exec,
                               namespace: Bool = false) throws -> CodeObject {
        let module = try parseModule(bytes: bytes, filename: filename)
        do {
            return try Compiler.compile(module, filename: filename, mode: mode, namespace: namespace)
        } catch let e as CompileError {
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            func lineText(_ n: Int) -> Substring? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }
            // CPython's compiler reports the node's range in UTF-8 byte columns (the caret
            // rendering then underlines it, ^^^^); locations here count characters.
            func byteColumn(_ n: Int, _ column: Int) -> Int {
                guard let t = lineText(n) else { return column }
                return t.unicodeScalars.prefix(column).reduce(0) { $0 + UTF8.width($1) } + max(0, column - t.unicodeScalars.count)
            }
            let loc = e.location
            let line = loc.line
            throw SyntaxErrorInfo(message: e.message, filename: filename, line: line > 0 ? line : nil,
                                  offset: byteColumn(line, loc.column) + 1, endLine: loc.endLine,
                                  endOffset: byteColumn(loc.endLine, loc.endColumn) + 1,
                                  text: lineText(line).map { String($0) + "\n" })
        }
    }

    /// Prints the traceback (or handles SystemExit) and returns the exit status.
    public static func reportUncaught(_ exc: Value) -> Int32 {
        Output.flush()
        if Exceptions.isException(exc) && Types.isSubtype(Exceptions.type(exc), Exc.systemExit) {
            let args = Tuple.array(Exceptions.args(exc))
            let code = args.isEmpty ? Value.none : (args.count == 1 ? args[0] : Exceptions.args(exc))
            if code.isNone { return 0 }
            if code.tag == .SW_TAG_INT { return Int32(truncatingIfNeeded: code.int) }
            if code.tag == .SW_TAG_BOOL { return code.bool ? 1 : 0 }
            writeStderr(((try? Ops.strString(code)) ?? "") + "\n")
            return 1
        }
        writeStderr(formatTraceback(exc))
        Output.flush()
        return 1
    }

    static func formatTraceback(_ exc: Value, seen: Set<UInt64> = []) -> String {
        var out = ""
        guard Exceptions.isException(exc) else { return "Exception: \(exc)\n" }
        let s = objectSlots(exc.obj)
        var seen = seen
        seen.insert(exc.bits)
        let cause = s[ExcSlot.cause], context = s[ExcSlot.context]
        if cause.tag == .SW_TAG_OBJ && !seen.contains(cause.bits) {
            out += formatTraceback(cause, seen: seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if context.tag == .SW_TAG_OBJ && !s[ExcSlot.suppressContext].bool && !seen.contains(context.bits) {
            out += formatTraceback(context, seen: seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        let tb = s[ExcSlot.traceback]
        if tb.tag == .SW_TAG_OBJ {
            out += "Traceback (most recent call last):\n"
            for entry in List.array(tb).reversed() {
                let (code, line) = Tracebacks.location(entry)
                let file = code.filename, name = code.name
                out += "  File \"\(file)\", line \(line), in \(name)\n"
                if let text = sourceLine(file, line) { out += "    \(text)\n" }
            }
        }
        if let info = SyntaxErrors.info(exc) { out += info.rendered() } else { out += Exceptions.formatLine(exc) + "\n" }
        return out
    }

    static func sourceLine(_ file: String, _ line: Int) -> String? {
        if sourceCache[file] == nil {
            guard let bytes = readFile(file) else { return nil }
            sourceCache[file] = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = sourceCache[file], line >= 1, line <= lines.count else { return nil }
        let t = lines[line - 1].drop { $0 == " " || $0 == "\t" }
        let trimmed = String(t.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        return trimmed.isEmpty ? nil : trimmed
    }

    public static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var st = stat()
        if fstat(fileno(f), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return nil }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        return getcwd(&buf, buf.count) != nil ? String(cString: buf) : "."
    }

    public static func writeStderr(_ s: String) {
        Output.write(fd: 2, s)
    }
}
