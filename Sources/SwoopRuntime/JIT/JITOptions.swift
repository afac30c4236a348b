// JITOptions.swift — the user's controls: `--jit off`, `--jit threshold=N,rent=0|1,
// trace_limit=N,unroll=N,hot_exit=N,functions=0|1,opt=N,budget=N,sync=1,cache=0|1,
// backend=gcc|x64` (PyPy-style), `--jit-stats`, and the
// SWOOPLOG log selection.
import Glibc

public struct JITOptions {
    public var enabled = true
    /// Back-edges of one loop before it is recorded.
    public var threshold = 1000
    /// Rent before buying: a loop is recorded only once the interpreter has spent about
    /// as long in it as compiling its trace would take (its iterations timed, the compile
    /// estimated from the loop body's length), so short-lived loops never pay for a
    /// compile. Unless `rent=0|1` says otherwise (in any order), off with an explicit
    /// `threshold=N` or `sync=1`, which record at the threshold. (The gcc backend's: the
    /// x64 backend's compiles cost too little to wait for.)
    public var rent: Bool { explicitRent ?? !(thresholdGiven || sync) }
    var explicitRent: Bool? = nil
    var thresholdGiven = false
    /// Most IR instructions in one trace.
    public var traceLimit = 4000
    /// Most back-edges of loops in inlined calls one recording follows, unrolling them
    /// (0: calls of functions with loops are never inlined).
    public var unroll = 0
    /// Failures of one exit before a bridge is recorded from it (or, when it cannot be, the
    /// loop is recorded again).
    public var hotExit = 200
    /// Function-entry traces for functions machine code calls often (JIT.hotFunction).
    public var functions = true
    /// libgccjit optimization level.
    public var opt = 1
    /// Wait for each compile to finish (tests: machine code runs as soon as possible).
    public var sync = false
    /// Keep compiled traces in the code cache (`CodeCache`) and load them in later runs
    /// (libgccjit's objects: the x64 backend compiles faster than a cache would load).
    public var cache = true
    /// Print a summary at exit.
    public var stats = false
    /// (The gcc backend's.) Compile CPU time allowed, in percent of the process's CPU time, past a first
    /// `compileAllowanceMs` (0: no limit). A hot loop found over budget is recorded later.
    public var compileBudget = 30
    public static let compileAllowanceMs = 100.0
    /// Which backend compiles traces: the x86-64 code generator (`x64`: code in well
    /// under a millisecond, on the recording thread; the default on x86-64), or libgccjit
    /// (`gcc`: 10-100 ms a trace on the background thread; the default elsewhere, and what
    /// a trace the x64 backend cannot lower goes to).
    public enum Backend: String { case gcc, x64 }
    #if arch(x86_64)
    public var backend: Backend = .x64
    #else
    public var backend: Backend = .gcc
    #endif

    public init() {}

    /// Applies one `--jit` argument: "off", "on", or comma-separated name=value pairs.
    /// Returns an error message for bad input.
    public mutating func apply(_ text: String) -> String? {
        if text == "off" { enabled = false; return nil }
        if text == "on" { enabled = true; return nil }
        for item in text.split(separator: ",") {
            let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2 && kv[0] == "backend" {
                guard let b = Backend(rawValue: kv[1]) else { return "--jit backend must be gcc or x64" }
                backend = b
                continue
            }
            guard kv.count == 2, let n = Int(kv[1]), n >= 0 else { return "invalid --jit option '\(item)'" }
            switch kv[0] {
            case "threshold": threshold = max(n, 1); thresholdGiven = true
            case "sync": sync = n != 0
            case "rent": explicitRent = n != 0
            case "trace_limit": traceLimit = max(n, 16)
            case "unroll": unroll = n
            case "hot_exit": hotExit = max(n, 1)
            case "budget": compileBudget = n
            case "cache": cache = n != 0
            case "functions": functions = n != 0
            case "opt":
                guard n <= 3 else { return "--jit opt must be 0 to 3" }
                opt = n
            default: return "unknown --jit option '\(kv[0])' (threshold, rent, trace_limit, unroll, hot_exit, functions, opt, budget, sync, cache, backend)"
            }
        }
        return nil
    }
}

/// The JIT log: `SWOOPLOG=categories[:file]`, categories comma-separated from
/// trace (recorded IR), opt (IR after optimization), abort, exit (guard failures),
/// compile (compile times and failures), all.
enum JITLog {
    static var categories = Set<String>()
    static var file: UnsafeMutablePointer<FILE>? = nil

    static func setUp() {
        guard let spec = getenv("SWOOPLOG").map({ String(cString: $0) }), !spec.isEmpty else { return }
        var cats = spec
        if let colon = spec.firstIndex(of: ":") {
            cats = String(spec[..<colon])
            let path = String(spec[spec.index(after: colon)...])
            file = fopen(path, "w")
        }
        categories = Set(cats.split(separator: ",").map(String.init))
        if categories.contains("all") { categories = ["trace", "opt", "abort", "exit", "compile"] }
    }

    @inline(__always) static func on(_ category: String) -> Bool {
        !categories.isEmpty && categories.contains(category)
    }

    static func write(_ category: String, _ text: String) {
        let out = file ?? stderr
        let body = text.hasSuffix("\n") ? text : text + "\n"
        fputs("[jit-\(category)] " + body, out)
        fflush(out)
    }
}
