// main.swift — the `swoop` command: CPython-compatible command line over the runtime.
import SwoopRuntime
import SwoopSyntax
import SwoopCompiler
import SwoopBytecode
import Glibc

let version = "Swoop 0.1.0 (Python 3.11 compatible)"

let usage = """
usage: swoop [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-i     : inspect interactively after running script
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
--jit off|on|threshold=N,trace_limit=N,unroll=N,hot_exit=N,functions=0|1,backend=x64|gcc,rent=0|1,opt=N,budget=N,sync=1,cache=0|1 : JIT controls
-B     : don't write __pycache__/*.pyc files on import
-E     : ignore SWOOPPATH, PYTHONPATH, PYTHONDONTWRITEBYTECODE
--jit-stats : print a summary of the JIT's work at exit
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
SWOOPPATH        : ':'-separated directories searched for modules after the script's
                   directory and before the bundled library (PYTHONPATH when unset)
SWOOPHOME        : directory holding the bundled library Lib/ (default: found from the executable)
PYTHONDONTWRITEBYTECODE, SWOOPDONTWRITEBYTECODE : do not write __pycache__ files (as -B)
SWOOP_IMPORT_LOG=1 : log each module compile and bytecode-cache load to stderr
SWOOP_JIT_CACHE  : directory of the JIT's code cache (default $XDG_CACHE_HOME/swoop/jit,
                   else ~/.cache/swoop/jit)
SWOOP_GC_STRESS=1 : collect garbage at every safepoint (for testing)
SWOOPLOG=cats[:file] : JIT log; cats from trace,opt,abort,exit,compile,all
"""

/// Settings from the environment (after the options, which -E and -B affect).
func applyEnvironment() {
    func env(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
    if env("SWOOPDONTWRITEBYTECODE") != nil || (!ModuleFinder.ignoreEnvironment && env("PYTHONDONTWRITEBYTECODE") != nil) {
        BytecodeCache.dontWrite = true
    }
    if env("SWOOP_IMPORT_LOG") != nil { BytecodeCache.log = true }
}

func usageError(_ message: String) -> Never {
    Runner.writeStderr("\(message)\nusage: swoop [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `swoop -h' for more information.\n")
    exit(2)
}

/// Parses the command line and runs; returns the exit status.
func runMain() -> Int32 {
    var args = Array(CommandLine.arguments.dropFirst())
    var jit = JITOptions()
    var interactive = false
    func setUpJIT() {
        JIT.setUp(jit)
        applyEnvironment()
    }
    while let a = args.first, a.hasPrefix("-"), a != "-" {
        args.removeFirst()
        switch a {
        case "-h", "--help", "-?":
            print(usage)
            return 0
        case "-V", "--version":
            print(version)
            return 0
        case "--jit":
            guard let spec = args.first else { usageError("Argument expected for the --jit option") }
            args.removeFirst()
            if let err = jit.apply(spec) { usageError(err) }
        case "--jit-stats":
            jit.stats = true
        case "-B":
            BytecodeCache.dontWrite = true
        case "-i":
            interactive = true
        case "-E":
            ModuleFinder.ignoreEnvironment = true
        case "-u", "-s", "-S", "-O":
            break
        case "-c":
            guard let code = args.first else { usageError("Argument expected for the -c option") }
            args.removeFirst()
            setUpJIT()
            Runner.start(argv: ["-c"] + args)
            return Runner.runSource(bytes: Array(code.utf8), filename: "<string>")
        case "-m":
            guard let mod = args.first else { usageError("Argument expected for the -m option") }
            args.removeFirst()
            return runModule(mod, args)
        default:
            if a.hasPrefix("--jit=") {
                if let err = jit.apply(String(a.dropFirst(6))) { usageError(err) }
                continue
            }
            usageError("unknown option \(a)")
        }
    }
    if args.isEmpty && isatty(0) != 0 {
        setUpJIT()
        Runner.start(argv: [""])
        return REPL.run(showBanner: true)
    }
    guard let path = args.first, path != "-" else {
        // No script and no terminal: read the program from standard input.
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(0, &buf, buf.count)
            if n <= 0 { break }
            bytes += buf[0..<n]
        }
        setUpJIT()
        Runner.start(argv: args.isEmpty ? [""] : args)
        return Runner.runSource(bytes: bytes, filename: "<stdin>")
    }
    setUpJIT()
    Runner.start(argv: args)
    let status = Runner.runFile(path)
    if interactive { return REPL.run(showBanner: false) }
    return status
}

func runModule(_ name: String, _ args: [String]) -> Int32 {
    switch name {
    case "dis":
        guard let path = args.first, path != "-" else { usageError("usage: swoop -m dis FILE") }
        Runner.start(argv: args)
        guard let bytes = Runner.readFile(path) else {
            Runner.writeStderr("swoop: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return 2
        }
        do {
            let code = try Runner.compile(bytes: bytes, filename: path)
            print(code.disassembly(), terminator: "")
            return 0
        } catch let e as SyntaxErrorInfo {
            Runner.writeStderr(e.rendered())
            return 1
        } catch {
            Runner.writeStderr("\(error)\n")
            return 1
        }
    case "compileall":
        return CompileAll.main(args)
    case "py_compile":
        return PyCompile.main(args)
    default:
        // Any other module: found on sys.path (cwd first) and run as __main__.
        Runner.start(argv: [name] + args)
        return Runner.runModuleAsMain(name)
    }
}

// Run on a thread with a large stack: deep but legal recursion in the parser, compiler
// and native code must end in RecursionError, never a stack overflow.
var status: Int32 = 0
var attr = pthread_attr_t()
pthread_attr_init(&attr)
pthread_attr_setstacksize(&attr, 1 << 30)
var thread = pthread_t()
let rc = pthread_create(&thread, &attr, { _ in
    status = runMain()
    return nil
}, nil)
if rc != 0 { status = runMain() } else { pthread_join(thread, nil) }
// Before exit() runs library destructors: no compile may still be running.
JIT.shutDown()
exit(status)
