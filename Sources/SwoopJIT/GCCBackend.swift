// GCCBackend.swift — lowers a trace to C-level operations through libgccjit and compiles
// it to machine code. The generated function is `int64_t trace(SwValue *regs)`: it reads
// loop inputs from the frame's registers, runs the loop, and on a failing guard writes the
// guard's snapshot back into the registers and returns (trace id << 24 | snapshot).
import CGCCJITLoader
import Glibc

/// What the backend needs from the runtime: addresses baked into the code.
public struct BackendConfig {
    public var optimizationLevel: Int32 = 1
    /// void list_append(void *list, uint64_t tag, uint64_t bits)
    public var listAppend: UnsafeRawPointer
    /// void new_tuple(SwValue *out, const SwValue *items, int64_t count), and the same for lists
    public var newTuple: UnsafeRawPointer
    public var newList: UnsafeRawPointer
    /// Entry points of already-compiled traces a trace may call (nested loops).
    public var traceEntries: [Int: UnsafeRawPointer] = [:]
    /// void f(SwValue *out, const SwValue *a, const SwValue *b) for CALL_HELPER's immediate.
    public var valueHelpers: [UnsafeRawPointer] = []
    /// double f(double, double) for the LibmFunction cases the runtime implements.
    public var floatHelpers: [LibmFunction: UnsafeRawPointer] = [:]
    /// int64_t residual(int64_t exit_code, uint64_t instruction): RESIDUAL, given the exit
    /// code of its snapshot; 0, or non-zero when the instruction raised or (a FOR_ITER)
    /// found its iterator exhausted.
    public var residual: UnsafeRawPointer
    /// int64_t call_trace(SwValue *regs, int64_t expected): CALL_TRACE, given the exit code
    /// the recording saw (the inner trace's id is in it); the exit code it left by.
    public var callTrace: UnsafeRawPointer

    public init(listAppend: UnsafeRawPointer, newTuple: UnsafeRawPointer, newList: UnsafeRawPointer,
                residual: UnsafeRawPointer, callTrace: UnsafeRawPointer) {
        self.listAppend = listAppend
        self.newTuple = newTuple
        self.newList = newList
        self.residual = residual
        self.callTrace = callTrace
    }
}

/// Machine code for one trace: in memory mapped by `ObjectLoader`, or owned by a libgccjit
/// `result`. It is never released (traces live as long as the process).
public struct CompiledTrace {
    public var entry: UnsafeRawPointer
    public var milliseconds: Double
    let result: OpaquePointer?
    /// Whether the object file came from the code cache (nothing was compiled).
    public var cached: Bool
    /// How many traces compiled together (`GCCBackend.compile(batch:)`).
    public var batchSize = 1
    /// Whether libgccjit linked and loaded it (not the object loader).
    public var linked: Bool { result != nil }
    /// Which backend made it.
    public enum Maker { case x64, gcc }
    public var madeBy: Maker = .gcc
}

public struct BackendError: Error, CustomStringConvertible {
    public var message: String
    /// The backend cannot work in this process at all (no assembler): stop recording.
    public var disablesBackend = false
    public var description: String { message }
    public init(message: String, disablesBackend: Bool = false) { self.message = message; self.disablesBackend = disablesBackend }
}

/// The layout facts generated code reads (from swoop_value.h, by Swift's view of it).
enum Layout {
    static let objectSlots = MemoryLayout<SwObject>.size
    static let listCount = MemoryLayout<SwList>.offset(of: \SwList.count)!
    static let listItems = MemoryLayout<SwList>.offset(of: \SwList.items)!
    static let dictVersion = MemoryLayout<SwDict>.offset(of: \SwDict.version)!
    static let dictKeysVersion = MemoryLayout<SwDict>.offset(of: \SwDict.keysVersion)!
}

public enum GCCBackend {
    /// Exit code of a trace: which trace and which snapshot.
    @inline(__always) public static func exitCode(trace: Int, snapshot: Int) -> Int64 { Int64(trace << 24 | snapshot) }
    @inline(__always) public static func decodeExit(_ code: Int64) -> (trace: Int, snapshot: Int) {
        (Int(code >> 24), Int(code & 0xffffff))
    }

    /// Set SWOOP_JIT_LINK=1 to always link through libgccjit (for comparing the two paths).
    static let objectPath: Bool = {
        #if arch(x86_64)
        return getenv("SWOOP_JIT_LINK") == nil
        #else
        return false
        #endif
    }()

    /// A new context with the options every trace compiles with.
    static func newContext(_ config: BackendConfig) throws(BackendError) -> OpaquePointer {
        guard let ctx = swjit_context_acquire() else { throw BackendError(message: "gcc_jit_context_acquire failed") }
        swjit_context_set_int_option(ctx, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL, config.optimizationLevel)
        // Find `as` and `ld` where Debian installs them, whatever PATH says.
        swjit_context_add_driver_option(ctx, "-B/usr/bin/")
        // The trace needs no C library or start files: its calls go through absolute helper
        // pointers and libm symbols the process already has. Linking without them roughly
        // halves each compile's fixed cost.
        swjit_context_add_driver_option(ctx, "-nostdlib")
        swjit_context_add_command_line_option(ctx, "-fno-math-errno")
        // Nothing unwinds through trace code.
        swjit_context_add_command_line_option(ctx, "-fno-asynchronous-unwind-tables")
        // Dead-store elimination and full redundancy elimination were half of -O1's time on
        // large traces (scimark SOR's 323-op trace: 232 ms -> ~115 ms) and found nothing:
        // the trace optimizer has already removed redundant loads, and exits store only
        // live registers. Measured loops ran no slower without them.
        swjit_context_add_command_line_option(ctx, "-fno-tree-dse")
        swjit_context_add_command_line_option(ctx, "-fno-tree-fre")
        // Induction-variable rewriting placed its increments between an overflow-checked
        // add and its branch (`seto; movzbl; test; jne` for `jo`); without it int_loop at
        // 150M iterations ran 0.317 -> 0.296 s, and nbody, spectral_norm, float_loop and
        // scimark's sor, lu and fft no slower.
        swjit_context_add_command_line_option(ctx, "-fno-ivopts")
        // Values are read as whole 16-byte structs and written field by field.
        swjit_context_add_command_line_option(ctx, "-fno-strict-aliasing")
        swjit_context_set_bool_print_errors_to_stderr(ctx, 0)
        for flag in extraFlags { swjit_context_add_command_line_option(ctx, flag) }
        if printAssembly { swjit_context_set_bool_option(ctx, GCC_JIT_BOOL_OPTION_DUMP_GENERATED_CODE, 1) }
        return ctx
    }

    /// SWOOP_JIT_FLAGS adds GCC options (for experiments: "-ftime-report", "-fno-...").
    static let extraFlags: [String] = getenv("SWOOP_JIT_FLAGS").map { String(cString: $0).split(separator: " ").map(String.init) } ?? []
    /// SWOOP_JIT_ASM=1 prints each trace's assembly to stderr (for looking at code quality;
    /// the code cache is bypassed, so that every trace is compiled and printed).
    static let printAssembly = getenv("SWOOP_JIT_ASM") != nil

    /// libgccjit calls exit() when its driver cannot run the assembler or the linker, so
    /// before the first compile that needs them this checks once, in a child process, that
    /// each runs (`--version`). Object files (`compileToObjects`) need only the assembler.
    /// The assembler's check starts early (`startToolProbe`, when a loop not compiled in
    /// an earlier run is recorded) and is waited for by the first compile, so it overlaps
    /// recording.
    static let assemblerProbe: pid_t? = spawnQuietly("/usr/bin/as")
    static let assemblerUsable: Bool = assemblerProbe.map(exitedCleanly) ?? false
    static let linkerUsable: Bool = spawnQuietly("/usr/bin/ld").map(exitedCleanly) ?? false

    /// Starts checking the assembler in the background (see `assemblerProbe`).
    public static func startToolProbe() { _ = assemblerProbe }

    /// Starts `path --version` with no output: its pid, or nil if it could not start.
    static func spawnQuietly(_ path: String) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), strdup("--version"), nil]
        defer { for a in argv { free(a) } }
        return posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 ? pid : nil
    }

    /// Waits for child `pid`: whether it exited with status 0.
    static func exitedCleanly(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
    }

    static func requireTools(linking: Bool) throws(BackendError) {
        guard assemblerUsable && (!linking || linkerUsable) else {
            let tools = linking ? "/usr/bin/as and /usr/bin/ld" : "/usr/bin/as"
            throw BackendError(message: "the JIT backend needs \(tools) (binutils)", disablesBackend: true)
        }
    }

    /// Compiles `trace` (or takes it from the code cache) to machine code.
    public static func compile(_ trace: Trace, _ config: BackendConfig) throws(BackendError) -> CompiledTrace {
        try compile(batch: [(trace, config)])[0].get()
    }

    /// Compiles traces (or takes them from the code cache) to machine code. Those not in
    /// the cache compile together, in one libgccjit context and one assembler run: a
    /// compile's fixed cost (about 12 ms here, against about 0.12 ms a trace op) is paid
    /// once for the batch. Each gets the batch's time divided evenly.
    public static func compile(batch: [(trace: Trace, config: BackendConfig)]) -> [Result<CompiledTrace, BackendError>] {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        func elapsed() -> Double {
            var end = timespec()
            clock_gettime(CLOCK_MONOTONIC, &end)
            return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
        }
        // First choice: process-independent object files (libgccjit runs only `as`), from
        // the code cache or compiled, loaded by ObjectLoader.
        let objects: [(UnsafeRawPointer, Bool)?]
        do { objects = try compileToObjects(batch) } catch {
            return batch.map { _ in .failure(error) }
        }
        var results: [Result<CompiledTrace, BackendError>] = []
        for (i, job) in batch.enumerated() {
            if let (entry, cached) = objects[i] {
                results.append(.success(CompiledTrace(entry: entry, milliseconds: 0, result: nil, cached: cached)))
                continue
            }
            // Otherwise libgccjit links a shared library, with addresses as immediates, and loads it.
            results.append(Result { () throws(BackendError) -> CompiledTrace in try link(job.trace, job.config) })
        }
        let share = elapsed() / Double(batch.count)
        return results.map { r in r.map { c in var c = c; c.milliseconds = share; c.batchSize = batch.count; return c } }
    }

    /// One trace compiled and linked by libgccjit into a shared library it loads.
    static func link(_ trace: Trace, _ config: BackendConfig) throws(BackendError) -> CompiledTrace {
        try requireTools(linking: true)
        let ctx = try newContext(config)
        defer { swjit_context_release(ctx) }
        let name = "swoop_trace_\(trace.id)"
        Lowering(ctx, trace, config, name, pooled: false).lower()
        guard let result = swjit_context_compile(ctx) else {
            let err = swjit_context_get_first_error(ctx).map { String(cString: $0) } ?? "unknown error"
            throw BackendError(message: "libgccjit: \(err)")
        }
        guard let code = swjit_result_get_code(result, name) else {
            swjit_result_release(result)
            throw BackendError(message: "libgccjit: no code for \(name)")
        }
        return CompiledTrace(entry: UnsafeRawPointer(code), milliseconds: 0, result: result, cached: false)
    }

    /// Object files for `jobs`, lowered with pooled values and loaded with pools of this
    /// process's values: each trace is looked up in the code cache, and those not there
    /// are lowered together into one context and compiled to one object file (in a
    /// private temporary directory). Each function in an object is named after its
    /// trace's cache key, so the object of a batch is cached under each of its traces'
    /// keys and a later run loads the one function it looks for. For each trace: its entry
    /// and whether it came from the cache, or nil when a step failed (the caller links it).
    static func compileToObjects(_ jobs: [(trace: Trace, config: BackendConfig)]) throws(BackendError) -> [(UnsafeRawPointer, Bool)?] {
        var results = [(UnsafeRawPointer, Bool)?](repeating: nil, count: jobs.count)
        guard objectPath, !jobs.isEmpty else { return results }
        let tmp = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(tmp)/swoop-jit-XXXXXX".utf8CString)
        guard let dir = mkdtemp(&template) else { return results }
        let dirPath = String(cString: dir)
        let objectFile = dirPath + "/traces.o", dumpFile = dirPath + "/trace.c"
        defer { unlink(objectFile); unlink(dumpFile); rmdir(dirPath) }

        // The cache: a trace's key is its lowering alone, under fixed names.
        var keys = [[UInt8]?](repeating: nil, count: jobs.count)
        var keyPools: [Int: [UInt64]] = [:]
        var misses: [Int] = []
        for (i, job) in jobs.enumerated() {
            if CodeCache.root != nil && !printAssembly {
                let ctx = try newContext(job.config)
                defer { swjit_context_release(ctx) }
                let lowering = Lowering(ctx, job.trace, job.config, "swoop_trace", pooled: true)
                lowering.lower()
                swjit_context_dump_to_file(ctx, dumpFile, 0)
                if let dump = CodeCache.readFile(dumpFile) {
                    let key = CodeCache.key(dump: dump, options: "O\(job.config.optimizationLevel) \(extraFlags.joined(separator: " "))")
                    keys[i] = key
                    keyPools[i] = lowering.pool
                    let tag = CodeCache.hexHash(key)
                    if let object = CodeCache.lookup(key), let entry = load(object, tag: tag, pool: lowering.pool) {
                        results[i] = (entry, true)
                        continue
                    }
                }
            }
            misses.append(i)
        }
        guard !misses.isEmpty else { return results }

        try requireTools(linking: false)
        let ctx = try newContext(jobs[misses[0]].config)
        defer { swjit_context_release(ctx) }
        // Each function once: traces with one key (the same code, other process values)
        // share it, each loaded with its own pool.
        var tags: [Int: String] = [:]
        var pools: [Int: [UInt64]] = [:]
        var lowered: [String: [UInt64]] = [:]
        for i in misses {
            let tag = keys[i].map(CodeCache.hexHash) ?? "\(i)"
            tags[i] = tag
            if let pool = lowered[tag] {
                pools[i] = keyPools[i] ?? pool
                continue
            }
            let lowering = Lowering(ctx, jobs[i].trace, jobs[i].config, "swoop_trace_" + tag, pooled: true, poolName: "swoop_pool_" + tag)
            lowering.lower()
            lowered[tag] = lowering.pool
            pools[i] = lowering.pool
        }
        swjit_context_compile_to_file(ctx, GCC_JIT_OUTPUT_KIND_OBJECT_FILE, objectFile)
        guard swjit_context_get_first_error(ctx) == nil, let object = CodeCache.readFile(objectFile) else {
            // (One trace GCC rejects would fail them all: then each on its own.)
            if misses.count > 1 {
                for i in misses { results[i] = try compileToObjects([jobs[i]])[0] }
            }
            return results
        }
        for i in misses {
            let tag = tags[i]!
            guard let entry = load(object, tag: tag, pool: pools[i]!) else { continue }
            results[i] = (entry, false)
            if let key = keys[i] { CodeCache.store(key, object) }
        }
        return results
    }

    /// Loads function `swoop_trace_<tag>` of `object`, binding its pool symbol to a new
    /// array of `pool`'s values (which lives as long as the code: traces are never freed)
    /// and other functions' pools (in a batch's object) to a dummy: only this one runs.
    static func load(_ object: [UInt8], tag: String, pool values: [UInt64]) -> UnsafeRawPointer? {
        let pool = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, values.count))
        for (i, v) in values.enumerated() { pool[i] = v }
        return ObjectLoader.load(object, symbol: "swoop_trace_" + tag,
                                 externals: ["swoop_pool_" + tag: UInt64(UInt(bitPattern: pool))]) { symbol in
            symbol.hasPrefix("swoop_pool_") ? UInt64(UInt(bitPattern: unusedPool)) : nil
        }
    }

    /// What other functions' pools are bound to when one function of an object is loaded.
    nonisolated(unsafe) static let unusedPool = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
}

/// One trace's lowering into one libgccjit context.
final class Lowering {
    typealias P = OpaquePointer
    let ctx: P
    let trace: Trace
    let config: BackendConfig
    let tI64, tU64, tU8, tDouble, tBool, tVoid, tVoidP, tCharP, tValue, tValueP: P
    let fTag, fBits: P
    let function: P
    let regs: P
    var locals: [P?]
    var block: P
    var exitBlocks: [Int32: P] = [:]
    var imported: [LibmFunction: P] = [:]
    var blockCount = 0

    /// Whether this process's addresses (objects, types, helpers, other traces) and the
    /// trace's id stay out of the code. When they do, each is read on entry from the array
    /// `poolName`, an imported symbol the object loader binds to `pool` at each load, so
    /// the object file is the same in every process and can be cached (`CodeCache`).
    /// Otherwise they are immediates (code that libgccjit links itself).
    let pooled: Bool
    /// The imported symbol the pool is read from (one per function in an object file).
    let poolName: String
    /// The pooled values in order of first use, and the local each is read into.
    private(set) var pool: [UInt64] = []
    var poolLocals: [UInt64: P] = [:]
    /// The first block: reads the pool, then jumps to `entry`.
    let poolBlock: P
    let entry: P

    init(_ ctx: P, _ trace: Trace, _ config: BackendConfig, _ name: String, pooled: Bool, poolName: String = "swoop_pool") {
        self.ctx = ctx; self.trace = trace; self.config = config; self.pooled = pooled; self.poolName = poolName
        // `long` rather than int64_t: the same on LP64 targets, and what the overflow builtins take.
        tI64 = swjit_context_get_type(ctx, GCC_JIT_TYPE_LONG)
        tU64 = swjit_context_get_type(ctx, GCC_JIT_TYPE_UINT64_T)
        tU8 = swjit_context_get_type(ctx, GCC_JIT_TYPE_UINT8_T)
        tDouble = swjit_context_get_type(ctx, GCC_JIT_TYPE_DOUBLE)
        tBool = swjit_context_get_type(ctx, GCC_JIT_TYPE_BOOL)
        tVoid = swjit_context_get_type(ctx, GCC_JIT_TYPE_VOID)
        tVoidP = swjit_context_get_type(ctx, GCC_JIT_TYPE_VOID_PTR)
        tCharP = swjit_type_get_pointer(swjit_context_get_type(ctx, GCC_JIT_TYPE_CHAR))
        fTag = swjit_context_new_field(ctx, nil, tU64, "tag")
        fBits = swjit_context_new_field(ctx, nil, tU64, "bits")
        var fields: [P?] = [fTag, fBits]
        let st = swjit_context_new_struct_type(ctx, nil, "SwValue", 2, &fields)
        tValue = swjit_struct_as_type(st)
        tValueP = swjit_type_get_pointer(tValue)
        let param = swjit_context_new_param(ctx, nil, tValueP, "regs")!
        var params: [P?] = [param]
        function = swjit_context_new_function(ctx, nil, GCC_JIT_FUNCTION_EXPORTED, tI64, name, 1, &params, 0)
        regs = swjit_param_as_rvalue(param)
        locals = [P?](repeating: nil, count: trace.instrs.count)
        poolBlock = swjit_function_new_block(function, "pool")
        entry = swjit_function_new_block(function, "entry")
        block = entry
    }

    /// A process-specific 64-bit value: pooled, or an immediate.
    func processValue(_ v: UInt64) -> P {
        guard pooled, v != 0 else { return u64(v) }
        if let l = poolLocals[v] { return rv(l) }
        let l = swjit_function_new_local(function, nil, tU64, "k\(pool.count)")!
        poolLocals[v] = l
        pool.append(v)
        return rv(l)
    }

    /// Ends the pool block: declares the pool (`poolName`) with one entry per pooled value and
    /// reads each into its local.
    func finishPool() {
        if !pool.isEmpty {
            let array = swjit_context_new_array_type(ctx, nil, tU64, Int32(pool.count))
            let global = swjit_context_new_global(ctx, nil, GCC_JIT_GLOBAL_IMPORTED, array, poolName)!
            for (i, v) in pool.enumerated() {
                let item = swjit_context_new_array_access(ctx, nil, rv(global), i64(Int64(i)))!
                swjit_block_add_assignment(poolBlock, nil, poolLocals[v]!, rv(item))
            }
        }
        swjit_block_end_with_jump(poolBlock, nil, entry)
    }

    /// The exit code of snapshot `s` of this trace.
    func exitCodeValue(_ s: Int) -> P {
        let base = GCCBackend.exitCode(trace: trace.id, snapshot: 0)
        return bin(GCC_JIT_BINARY_OP_PLUS, tI64, cast(processValue(UInt64(base)), tI64), i64(Int64(s)))
    }

    // MARK: - Small builders

    func type(_ t: IRType) -> P {
        switch t {
        case .int, .none, .void: tI64
        case .float: tDouble
        case .bool: tBool
        case .object: tVoidP
        case .value: tValue
        }
    }
    func i64(_ v: Int64) -> P { swjit_context_new_rvalue_from_long(ctx, tI64, Int(v)) }
    func u64(_ v: UInt64) -> P { swjit_context_new_rvalue_from_long(ctx, tU64, Int(bitPattern: UInt(v))) }
    func ptr(_ v: Int64) -> P {
        pooled ? bitcast(processValue(UInt64(bitPattern: v)), tVoidP)
               : swjit_context_new_rvalue_from_ptr(ctx, tVoidP, UnsafeMutableRawPointer(bitPattern: Int(v)))
    }
    func cast(_ v: P, _ t: P) -> P { swjit_context_new_cast(ctx, nil, v, t) }
    func bitcast(_ v: P, _ t: P) -> P { swjit_context_new_bitcast(ctx, nil, v, t) }
    func bin(_ op: gcc_jit_binary_op, _ t: P, _ x: P, _ y: P) -> P { swjit_context_new_binary_op(ctx, nil, op, t, x, y) }
    func cmp(_ op: gcc_jit_comparison, _ x: P, _ y: P) -> P { swjit_context_new_comparison(ctx, nil, op, x, y) }
    func rv(_ lv: P) -> P { swjit_lvalue_as_rvalue(lv) }
    /// A call of the C function at `address` (a runtime helper or another trace), of type
    /// `result (params...)`.
    func call(at address: UnsafeRawPointer, _ result: P, _ params: [P?], _ args: [P?]) -> P {
        var ps = params, xs = args
        let fty = swjit_context_new_function_ptr_type(ctx, nil, result, Int32(ps.count), &ps, 0)!
        let fp = pooled ? bitcast(processValue(UInt64(UInt(bitPattern: address))), fty)
                        : swjit_context_new_rvalue_from_ptr(ctx, fty, UnsafeMutableRawPointer(mutating: address))
        return swjit_context_new_call_through_ptr(ctx, nil, fp, Int32(xs.count), &xs)!
    }
    func assign(_ lv: P, _ v: P) { swjit_block_add_assignment(block, nil, lv, v) }
    func newBlock(_ name: String) -> P {
        blockCount += 1
        return swjit_function_new_block(function, "\(name)\(blockCount)")
    }

    /// The memory at byte `offset` from pointer `base`, as a `type` lvalue.
    func mem(_ base: P, _ offset: Int, _ type: P) -> P {
        let cp = cast(base, tCharP)
        let at = swjit_lvalue_get_address(swjit_context_new_array_access(ctx, nil, cp, i64(Int64(offset))), nil)!
        return swjit_rvalue_dereference(cast(at, swjit_type_get_pointer(type)), nil)
    }
    func slotTag(_ s: Int) -> P { mem(cast(regs, tVoidP), 16 * s, tU64) }
    func slotBits(_ s: Int, _ t: P) -> P { mem(cast(regs, tVoidP), 16 * s + 8, t) }

    /// The value of a reference.
    func value(_ r: Ref) -> P {
        let ins = trace.instrs[Int(r)]
        if ins.op == .SW_IR_CONST {
            switch ins.type {
            case .int, .none, .void: return i64(ins.aux)
            case .float: return swjit_context_new_rvalue_from_double(ctx, tDouble, Double(bitPattern: UInt64(bitPattern: ins.aux)))
            case .bool: return swjit_context_new_rvalue_from_int(ctx, tBool, ins.aux != 0 ? 1 : 0)
            case .object: return ptr(ins.aux)
            case .value: return i64(0)
            }
        }
        if ins.type == .none { return i64(0) }
        return rv(locals[Int(r)]!)
    }

    func local(_ r: Int, _ t: IRType) -> P {
        if let l = locals[r] { return l }
        let l = swjit_function_new_local(function, nil, type(t), "v\(r)")!
        locals[r] = l
        return l
    }

    /// The 64 payload bits of a typed value.
    func payload(_ v: P, _ t: IRType) -> P {
        switch t {
        case .int: return cast(v, tU64)
        case .float, .object: return bitcast(v, tU64)
        case .bool: return cast(v, tU64)
        case .none, .void, .value: return u64(0)
        }
    }

    /// A typed value from payload bits.
    func fromPayload(_ bits: P, _ t: IRType) -> P {
        switch t {
        case .int: return cast(bits, tI64)
        case .float: return bitcast(bits, tDouble)
        case .object: return bitcast(bits, tVoidP)
        case .bool: return cmp(GCC_JIT_COMPARISON_NE, bits, u64(0))
        case .none, .void, .value: return i64(0)
        }
    }

    // MARK: - Guards and exits

    /// Continues in a new block when `cond` holds; otherwise leaves through `snapshot`.
    func guardThat(_ cond: P, _ snapshot: Int32) {
        let next = newBlock("ok")
        swjit_block_end_with_conditional(block, nil, cond, next, exitBlock(snapshot))
        block = next
    }

    /// Writes a snapshot's slots into the frame registers (in block `b`).
    func writeSnapshot(_ s: Snapshot, in b: P) { writeSlots(s.slots, in: b) }

    func writeSlots(_ slots: [Snapshot.SlotValue], in b: P) {
        for sv in slots {
            let ins = trace.instrs[Int(sv.ref)]
            let t = ins.type
            if t == .value && ins.op == .SW_IR_CONST {
                // The one value constant: unbound (a LOAD_METHOD's empty self slot).
                swjit_block_add_assignment(b, nil, slotTag(sv.slot), u64(UInt64(SwTag.SW_TAG_UNBOUND.rawValue)))
                swjit_block_add_assignment(b, nil, slotBits(sv.slot, tU64), u64(UInt64(bitPattern: ins.aux)))
            } else if t == .value {
                let lv = swjit_context_new_array_access(ctx, nil, regs, i64(Int64(sv.slot)))!
                swjit_block_add_assignment(b, nil, lv, value(sv.ref))
            } else {
                swjit_block_add_assignment(b, nil, slotTag(sv.slot), u64(UInt64(t.tag.rawValue)))
                swjit_block_add_assignment(b, nil, slotBits(sv.slot, tU64), payload(value(sv.ref), t))
            }
        }
    }

    // Exits share their stores (ExitStores): each snapshot's store block writes what it
    // adds to its parent's and continues in the parent's block; the last block returns
    // the exit code the exit set.
    var storeBlocks: [Int32: P] = [:]
    lazy var exitStores = ExitStores(trace)
    lazy var exitCode: P = swjit_function_new_local(function, nil, tI64, "exit_code")!
    lazy var returnBlock: P = {
        let b = newBlock("leave")
        swjit_block_end_with_return(b, nil, rv(exitCode))
        return b
    }()

    func storeBlock(_ s: Int32) -> P {
        if let b = storeBlocks[s] { return b }
        let b = newBlock("store")
        storeBlocks[s] = b
        let p = exitStores.parent(of: Int(s))
        writeSlots(exitStores.ownSlots(Int(s), parent: p), in: b)
        swjit_block_end_with_jump(b, nil, p.map { storeBlock(Int32($0)) } ?? returnBlock)
        return b
    }

    func exitBlock(_ snapshot: Int32) -> P {
        if let b = exitBlocks[snapshot] { return b }
        let b = newBlock("exit")
        exitBlocks[snapshot] = b
        swjit_block_add_assignment(b, nil, exitCode, exitCodeValue(Int(snapshot)))
        swjit_block_end_with_jump(b, nil, storeBlock(snapshot))
        return b
    }

    var builtins: [String: P] = [:]
    func builtin(_ name: String) -> P {
        if let f = builtins[name] { return f }
        let f = swjit_context_get_builtin_function(ctx, name)!
        builtins[name] = f
        return f
    }

    func libm(_ f: LibmFunction) -> P {
        if f.isExactBuiltin { return builtin("__builtin_" + f.symbol) }
        if let fn = imported[f] { return fn }
        var ps: [P?] = (0..<f.arity).map { swjit_context_new_param(ctx, nil, tDouble, "x\($0)") }
        let fn = swjit_context_new_function(ctx, nil, GCC_JIT_FUNCTION_IMPORTED, tDouble, f.symbol, Int32(f.arity), &ps, 0)!
        imported[f] = fn
        return fn
    }

    // MARK: - The trace

    func lower() {
        let instrs = trace.instrs
        // Entry: read and check the loop inputs, then run the preamble (what precedes
        // LABEL, once per entry; without a LABEL the loop starts right after the inputs).
        for (k, ins) in instrs.enumerated() where ins.op == .SW_IR_INPUT {
            loadSlot(k, ins, snapshot: 0)
        }
        let label = instrs.firstIndex { $0.op == .SW_IR_LABEL } ?? -1
        for k in 0..<max(label, 0) where instrs[k].op != .SW_IR_INPUT {
            lower(k, instrs[k])
        }
        let loop = newBlock("loop")
        swjit_block_end_with_jump(block, nil, loop)
        block = loop
        for k in (label + 1)..<instrs.count where instrs[k].op != .SW_IR_INPUT {
            lower(k, instrs[k])
        }
        // Back-edge: the inputs take their next values (through temporaries: the
        // assignment is parallel).
        let inputs = trace.inputs
        var temps: [P] = []
        for (i, r) in inputs.enumerated() {
            let t = instrs[Int(r)].type
            if t == .none { temps.append(i64(0)); continue }
            let tmp = swjit_function_new_local(function, nil, type(t), "next\(i)")!
            assign(tmp, value(trace.loopBack[i]))
            temps.append(rv(tmp))
        }
        for (i, r) in inputs.enumerated() where instrs[Int(r)].type != .none {
            assign(local(Int(r), instrs[Int(r)].type), temps[i])
        }
        swjit_block_end_with_jump(block, nil, loop)
        finishPool()
    }

    func loadSlot(_ k: Int, _ ins: IRInstr, snapshot: Int32) {
        let s = Int(ins.a)
        if ins.type == .value {
            // Any type: the whole value, no guard.
            assign(local(k, .value), rv(swjit_context_new_array_access(ctx, nil, regs, i64(Int64(s)))!))
            return
        }
        guardThat(cmp(GCC_JIT_COMPARISON_EQ, rv(slotTag(s)), u64(UInt64(ins.type.tag.rawValue))), snapshot)
        if ins.type != .none {
            assign(local(k, ins.type), fromPayload(rv(slotBits(s, tU64)), ins.type))
        }
    }

    func lower(_ k: Int, _ ins: IRInstr) {
        let snap = ins.snapshot
        func a() -> P { value(ins.a) }
        func b() -> P { value(ins.b) }
        func set(_ v: P) { assign(local(k, ins.type), v) }
        // a op b with GCC's overflow builtins (`add; jo` on x86-64), leaving on overflow.
        func checked(_ builtin: String) {
            let r = local(k, .int)
            var args: [P?] = [a(), b(), swjit_lvalue_get_address(r, nil)]
            let overflow = swjit_context_new_call(ctx, nil, self.builtin(builtin), 3, &args)!
            guardThat(swjit_context_new_unary_op(ctx, nil, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, tBool, overflow), snap)
        }
        switch ins.op {
        case .SW_IR_CONST, .SW_IR_INPUT, .SW_IR_LABEL:
            break
        case .SW_IR_PHI:
            set(a())
        case .SW_IR_LOADSLOT:
            loadSlot(k, ins, snapshot: snap)
        case .SW_IR_STORESLOT:
            writeSlots([.init(slot: Int(ins.a), ref: ins.b)], in: block)
        case .SW_IR_GUARD_TRUE:
            guardThat(a(), snap)
        case .SW_IR_GUARD_FALSE:
            guardThat(swjit_context_new_unary_op(ctx, nil, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, tBool, a()), snap)
        case .SW_IR_GUARD_TYPE:
            guardThat(cmp(GCC_JIT_COMPARISON_EQ, rv(mem(a(), 0, tVoidP)), ptr(ins.aux)), snap)
        case .SW_IR_GUARD_ID:
            guardThat(cmp(GCC_JIT_COMPARISON_EQ, a(), ptr(ins.aux)), snap)
        case .SW_IR_GUARD_VERSION, .SW_IR_GUARD_KEYS:
            // (Versions count this process's mutations: pooled, as addresses are, so that
            // the code is the same in a run that reached the loop after more or fewer.)
            let field = ins.op == .SW_IR_GUARD_VERSION ? Layout.dictVersion : Layout.dictKeysVersion
            guardThat(cmp(GCC_JIT_COMPARISON_EQ, rv(mem(a(), field, tU64)), processValue(UInt64(bitPattern: ins.aux))), snap)
        case .SW_IR_GUARD_NOGC:
            let flag = withUnsafeMutablePointer(to: &sw_gc_requested) { Int64(Int(bitPattern: $0)) }
            guardThat(cmp(GCC_JIT_COMPARISON_EQ, rv(mem(ptr(flag), 0, tU8)),
                          swjit_context_new_rvalue_from_int(ctx, tU8, 0)), snap)
        case .SW_IR_IADD_OV: checked("__builtin_saddl_overflow")
        case .SW_IR_ISUB_OV: checked("__builtin_ssubl_overflow")
        case .SW_IR_IMUL_OV: checked("__builtin_smull_overflow")
        case .SW_IR_INEG_OV:
            guardThat(cmp(GCC_JIT_COMPARISON_NE, a(), i64(Int64.min)), snap)
            set(swjit_context_new_unary_op(ctx, nil, GCC_JIT_UNARY_OP_MINUS, tI64, a()))
        case .SW_IR_ILSHIFT_OV:
            guardThat(cmp(GCC_JIT_COMPARISON_LT, cast(b(), tU64), u64(64)), snap)
            set(cast(bin(GCC_JIT_BINARY_OP_LSHIFT, tU64, cast(a(), tU64), cast(b(), tU64)), tI64))
            guardThat(cmp(GCC_JIT_COMPARISON_EQ, bin(GCC_JIT_BINARY_OP_RSHIFT, tI64, value(Ref(k)), b()), a()), snap)
        case .SW_IR_IADD:
            set(cast(bin(GCC_JIT_BINARY_OP_PLUS, tU64, cast(a(), tU64), cast(b(), tU64)), tI64))
        case .SW_IR_ISUB: set(bin(GCC_JIT_BINARY_OP_MINUS, tI64, a(), b()))
        case .SW_IR_IMUL: set(bin(GCC_JIT_BINARY_OP_MULT, tI64, a(), b()))
        // Both operands non-negative: C's unsigned division is Python's (and the cheapest).
        case .SW_IR_UDIV: set(cast(bin(GCC_JIT_BINARY_OP_DIVIDE, tU64, cast(a(), tU64), cast(b(), tU64)), tI64))
        case .SW_IR_UMOD: set(cast(bin(GCC_JIT_BINARY_OP_MODULO, tU64, cast(a(), tU64), cast(b(), tU64)), tI64))
        case .SW_IR_IFLOORDIV:
            let q = bin(GCC_JIT_BINARY_OP_DIVIDE, tI64, a(), b())
            let r = bin(GCC_JIT_BINARY_OP_MODULO, tI64, a(), b())
            set(bin(GCC_JIT_BINARY_OP_MINUS, tI64, q, cast(cmp(GCC_JIT_COMPARISON_LT, r, i64(0)), tI64)))
        case .SW_IR_IMOD:
            let r = swjit_function_new_local(function, nil, tI64, "r\(k)")!
            assign(r, bin(GCC_JIT_BINARY_OP_MODULO, tI64, a(), b()))
            let neg = cast(cmp(GCC_JIT_COMPARISON_LT, rv(r), i64(0)), tI64)
            set(bin(GCC_JIT_BINARY_OP_PLUS, tI64, rv(r), bin(GCC_JIT_BINARY_OP_MULT, tI64, b(), neg)))
        case .SW_IR_IAND: set(bin(GCC_JIT_BINARY_OP_BITWISE_AND, tI64, a(), b()))
        case .SW_IR_IOR: set(bin(GCC_JIT_BINARY_OP_BITWISE_OR, tI64, a(), b()))
        case .SW_IR_IXOR: set(bin(GCC_JIT_BINARY_OP_BITWISE_XOR, tI64, a(), b()))
        case .SW_IR_IRSHIFT:
            // Shifts past 63 give the sign: clamp the count.
            let big = cast(cmp(GCC_JIT_COMPARISON_GT, b(), i64(63)), tI64)
            let n = bin(GCC_JIT_BINARY_OP_MINUS, tI64, b(), bin(GCC_JIT_BINARY_OP_MULT, tI64, bin(GCC_JIT_BINARY_OP_MINUS, tI64, b(), i64(63)), big))
            set(bin(GCC_JIT_BINARY_OP_RSHIFT, tI64, a(), n))
        case .SW_IR_IINVERT:
            set(swjit_context_new_unary_op(ctx, nil, GCC_JIT_UNARY_OP_BITWISE_NEGATE, tI64, a()))
        case .SW_IR_ILT, .SW_IR_FLT: set(cmp(GCC_JIT_COMPARISON_LT, a(), b()))
        case .SW_IR_ILE, .SW_IR_FLE: set(cmp(GCC_JIT_COMPARISON_LE, a(), b()))
        case .SW_IR_IGT, .SW_IR_FGT: set(cmp(GCC_JIT_COMPARISON_GT, a(), b()))
        case .SW_IR_IGE, .SW_IR_FGE: set(cmp(GCC_JIT_COMPARISON_GE, a(), b()))
        case .SW_IR_IEQ, .SW_IR_FEQ, .SW_IR_OEQ: set(cmp(GCC_JIT_COMPARISON_EQ, a(), b()))
        case .SW_IR_INE, .SW_IR_FNE: set(cmp(GCC_JIT_COMPARISON_NE, a(), b()))
        case .SW_IR_FADD: set(bin(GCC_JIT_BINARY_OP_PLUS, tDouble, a(), b()))
        case .SW_IR_FSUB: set(bin(GCC_JIT_BINARY_OP_MINUS, tDouble, a(), b()))
        case .SW_IR_FMUL: set(bin(GCC_JIT_BINARY_OP_MULT, tDouble, a(), b()))
        case .SW_IR_FDIV: set(bin(GCC_JIT_BINARY_OP_DIVIDE, tDouble, a(), b()))
        case .SW_IR_FNEG: set(swjit_context_new_unary_op(ctx, nil, GCC_JIT_UNARY_OP_MINUS, tDouble, a()))
        case .SW_IR_I2F: set(cast(a(), tDouble))
        case .SW_IR_BNOT: set(swjit_context_new_unary_op(ctx, nil, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, tBool, a()))
        case .SW_IR_B2I: set(cast(a(), tI64))
        case .SW_IR_FCALL1, .SW_IR_FCALL2:
            let f = LibmFunction(rawValue: ins.aux)!
            var args: [P?] = ins.op == .SW_IR_FCALL1 ? [a()] : [a(), b()]
            if f.isRuntimeHelper, let helper = config.floatHelpers[f] {
                set(call(at: helper, tDouble, [tDouble, tDouble], args))
            } else {
                set(swjit_context_new_call(ctx, nil, libm(f), Int32(args.count), &args))
            }
        case .SW_IR_BOX:
            let t = trace.instrs[Int(ins.a)].type
            let l = local(k, .value)
            assign(swjit_lvalue_access_field(l, nil, fTag), u64(UInt64(t.tag.rawValue)))
            assign(swjit_lvalue_access_field(l, nil, fBits), payload(a(), t))
        case .SW_IR_UNBOX:
            let v = locals[Int(ins.a)]!
            guardThat(cmp(GCC_JIT_COMPARISON_EQ, rv(swjit_lvalue_access_field(v, nil, fTag)), u64(UInt64(ins.type.tag.rawValue))), snap)
            if ins.type != .none { set(fromPayload(rv(swjit_lvalue_access_field(v, nil, fBits)), ins.type)) }
        case .SW_IR_OBJ_SLOT:
            set(rv(mem(a(), Layout.objectSlots + 16 * Int(ins.b), tValue)))
        case .SW_IR_FIELD_I64:
            set(rv(mem(a(), Int(ins.aux), tI64)))
        case .SW_IR_LOAD_PTR:
            set(rv(mem(a(), Int(ins.aux), tVoidP)))
        case .SW_IR_LOAD_VALUE:
            set(rv(mem(a(), Int(ins.aux), tValue)))
        case .SW_IR_STORE_VALUE:
            assign(mem(a(), Int(ins.aux), tValue), value(ins.c))
        case .SW_IR_DICT_BUMP:
            let version = mem(a(), Layout.dictVersion, tU64)
            assign(version, bin(GCC_JIT_BINARY_OP_PLUS, tU64, rv(version), u64(1)))
        case .SW_IR_SET_SLOT:
            assign(mem(a(), Layout.objectSlots + 16 * Int(ins.b), tValue), value(ins.c))
        case .SW_IR_SET_SLOT_INT:
            assign(mem(a(), Layout.objectSlots + 16 * Int(ins.b) + 8, tI64), value(ins.c))
        case .SW_IR_LIST_LEN:
            set(rv(mem(a(), Layout.listCount, tI64)))
        case .SW_IR_TUPLE_LEN:
            set(cast(rv(mem(a(), MemoryLayout<SwObject>.offset(of: \SwObject.nslots)!, swjit_context_get_type(ctx, GCC_JIT_TYPE_UNSIGNED_INT))), tI64))
        case .SW_IR_LIST_ITEM:
            let items = cast(rv(mem(a(), Layout.listItems, tVoidP)), tValueP)
            set(rv(swjit_context_new_array_access(ctx, nil, items, b())))
        case .SW_IR_TUPLE_ITEM:
            let items = cast(swjit_lvalue_get_address(mem(a(), Layout.objectSlots, tValue), nil), tValueP)
            set(rv(swjit_context_new_array_access(ctx, nil, items, b())))
        case .SW_IR_LIST_SETITEM:
            let items = cast(rv(mem(a(), Layout.listItems, tVoidP)), tValueP)
            assign(swjit_context_new_array_access(ctx, nil, items, b()), value(ins.c))
        case .SW_IR_NEW_TUPLE, .SW_IR_NEW_LIST:
            let items = [ins.a, ins.b, ins.c].filter { $0 >= 0 }
            let arr = swjit_function_new_local(function, nil, swjit_context_new_array_type(ctx, nil, tValue, 3), "items\(k)")!
            for (i, r) in items.enumerated() {
                assign(swjit_context_new_array_access(ctx, nil, rv(arr), i64(Int64(i)))!, value(r))
            }
            let first = swjit_lvalue_get_address(swjit_context_new_array_access(ctx, nil, rv(arr), i64(0))!, nil)
            swjit_block_add_eval(block, nil, call(at: ins.op == .SW_IR_NEW_TUPLE ? config.newTuple : config.newList, tVoid, [tValueP, tValueP, tI64],
                                                  [swjit_lvalue_get_address(local(k, .value), nil), first, i64(Int64(items.count))]))
        case .SW_IR_LIST_APPEND:
            let v = value(ins.b)
            swjit_block_add_eval(block, nil, call(at: config.listAppend, tVoid, [tVoidP, tU64, tU64],
                                                  [a(), swjit_rvalue_access_field(v, nil, fTag), swjit_rvalue_access_field(v, nil, fBits)]))
        case .SW_IR_CALL_HELPER:
            func addressOf(_ r: Ref) -> P {
                if r < 0 { return swjit_context_null(ctx, tValueP) }
                let tmp = swjit_function_new_local(function, nil, tValue, "arg\(k)_\(r)")!
                assign(tmp, value(r))
                return swjit_lvalue_get_address(tmp, nil)
            }
            let out = local(k, .value)
            if ins.c >= 0 { assign(out, value(ins.c)) }     // a third input, passed in the result
            swjit_block_add_eval(block, nil, call(at: config.valueHelpers[Int(ins.aux)], tVoid, [tValueP, tValueP, tValueP],
                                                  [swjit_lvalue_get_address(out, nil), addressOf(ins.a), addressOf(ins.b)]))
        case .SW_IR_RESIDUAL:
            // The interpreter runs the instruction: the frames must be in the registers
            // (the helper rebuilds the inlined ones from the snapshot). The guards that
            // follow leave on its status.
            writeSnapshot(trace.snapshots[Int(snap)], in: block)
            set(call(at: config.residual, tI64, [tI64, tI64],
                     [exitCodeValue(Int(snap)), i64(ins.aux)]))
        case .SW_IR_CALL_TRACE:
            // Everything the inner loop reads is in the registers: write the snapshot, run
            // it, and continue only if it left through its own loop exit.
            writeSnapshot(trace.snapshots[Int(snap)], in: block)
            let code = swjit_function_new_local(function, nil, tI64, "inner\(k)")!
            let expected = cast(processValue(UInt64(bitPattern: ins.aux)), tI64)     // the inner trace's id is in it
            assign(code, call(at: config.callTrace, tI64, [tValueP, tI64], [regs, expected]))
            let next = newBlock("ok")
            let out = newBlock("propagate")
            swjit_block_end_with_return(out, nil, rv(code))
            swjit_block_end_with_conditional(block, nil, cmp(GCC_JIT_COMPARISON_EQ, rv(code), expected), next, out)
            block = next
        case .SW_IR__COUNT:
            break
        }
    }
}

