// JIT.swift — the tracing JIT's controller. Loop headers count back-edges (in the code's
// loopCounters); when a count runs out the interpreter calls `hotLoop`, which records the
// loop, hands the trace to the background compiler, and once machine code is ready enters
// it on every back-edge. A trace returns through a side exit, and `leave` rebuilds the
// interpreter frames from the exit's snapshot.
import Glibc
import SwoopBytecode
import SwoopJIT
import CGCCJITLoader

public enum JIT {
    public static var options = JITOptions()

    /// One loop header's state, or a function entry's (`isFunction`: see `hotFunction`).
    final class Loop {
        let isFunction: Bool
        init(isFunction: Bool = false) { self.isFunction = isFunction }
        /// The loop's trace: unretained (`traceTable` holds every trace for the life of the
        /// process), so the entry path reads it without reference counting.
        var compiled: Unmanaged<CompiledLoop>? = nil
        /// Whether `c` is the loop's trace.
        func runs(_ c: CompiledLoop) -> Bool { compiled?.toOpaque() == Unmanaged.passUnretained(c).toOpaque() }
        var pending = false
        var aborts = 0
        /// Recordings put off (`RecordingAborted.notNow`) other than for an inner loop's
        /// compile: the wait before the next try doubles every other one.
        var retries = 0
        var retraces = 0
        var blacklisted = false
        /// Set once the loop has run long enough to be worth a compile (see `rent`).
        var warmed = false
        /// When timing its iterations for `rent` began (0: not yet).
        var probeStart: UInt64 = 0
        /// The trace the last retrace threw away.
        var discarded: CompiledLoop? = nil
        /// Where the loop is, for the code cache's record of loops hot in earlier runs.
        var location = ""
        /// Whether the code cache already records the loop as hot.
        var markedHot = false
    }

    /// A trace with machine code.
    final class CompiledLoop {
        let trace: Trace
        let entry: UnsafeRawPointer
        /// What happens at each exit, by snapshot (a raw table: the exit path reads it
        /// without reference counting; never freed, as traces are not).
        let exits: UnsafeMutablePointer<ExitState>
        /// Times the interpreter entered this trace.
        var entries = 0
        /// Set when recording the loop again gave the same trace: its hot exits are the
        /// loop's own (exits whose bridges could not be recorded) and it is kept.
        var keep = false
        /// How `leave` rebuilds the interpreter frames past the root, by snapshot (made
        /// when first needed).
        var exitPlans: [[ExitFrame]?]
        /// For a bridge: the loop's trace it returns to. (Traces are never freed:
        /// `JIT.traceTable` holds them all.)
        unowned(unsafe) let parent: CompiledLoop?
        /// The parent's machine code, read on the exit path.
        let parentEntry: UnsafeRawPointer?
        /// For a bridge: 1 from a loop's trace, 2 from such a bridge... (at most eight:
        /// docs/jit.md, "Life of a loop").
        let bridgeDepth: Int
        static let maxBridgeDepth = 8
        /// Bridge recordings tried at one exit before giving up on it.
        static let maxBridgeTries = 3
        /// For a bridge: the snapshot through which it returns to the loop's header.
        let bridgeEnd: Int
        /// Slots past frame 0 that the trace touches (inlined frames), for the stack check.
        let extent: Int
        /// Whether the value stack has room for the frames the trace may rebuild above a
        /// root frame whose registers start at `regs`.
        func fits(_ regs: UnsafeMutablePointer<SwValue>) -> Bool {
            regs + extent + 1 < Interpreter.stackBase + Interpreter.stackCapacity
        }
        /// The snapshot through which a for-loop's trace leaves when the loop is done (it
        /// fails once per run of the loop, so it is never a hot exit), or -1.
        let loopEnd: Int
        /// The snapshot through which it leaves for a collection, or -1.
        let gcPoll: Int
        /// The snapshot through which it leaves at a return in the root frame (a function
        /// trace's, or a bridge's that runs to a return), or -1: that exit is its way out,
        /// not a guard failure.
        let returnExit: Int

        /// A loop's trace, (`function`) a function-entry trace (`JIT.hotFunction`: from the
        /// function's first instruction to its return, where it leaves for the interpreter
        /// to return), or (`from` given) a bridge from one of `from`'s exits.
        init(_ trace: Trace, _ entry: UnsafeRawPointer, bridgeFrom from: CompiledLoop? = nil, bridgeEnd: Int = -1,
             function: Bool = false) {
            self.trace = trace
            self.entry = entry
            bridgeDepth = from.map { $0.bridgeDepth + 1 } ?? 0
            parent = from.map { $0.parent ?? $0 }
            parentEntry = parent?.entry
            self.bridgeEnd = bridgeEnd
            let bridge = bridgeDepth > 0
            exits = .allocate(capacity: max(trace.snapshots.count, 1))
            for (i, snap) in trace.snapshots.enumerated() {
                (exits + i).initialize(to: ExitState(hotAt: JIT.options.hotExit, resumePC: snap.frames[0].pc,
                                                     resumesInlined: snap.frames.count > 1,
                                                     objects: JIT.objectPlan(snap.objects)))
            }
            exitPlans = [[ExitFrame]?](repeating: nil, count: trace.snapshots.count)
            var e = 0
            for s in trace.snapshots {
                for f in s.frames { e = max(e, f.base + f.registerCount) }
                for v in s.slots { e = max(e, v.slot + 1) }     // (scratch slots of sunk objects)
            }
            extent = e
            // (Guards hoisted into the preamble leave through snapshot 0: not the loop's end.)
            let firstBranch = trace.instrs.first { ($0.op == .SW_IR_GUARD_TRUE || $0.op == .SW_IR_GUARD_FALSE) && $0.snapshot != 0 }
            // (A bridge never ends the loop: it runs to the header. A function has no loop.)
            loopEnd = bridge || function ? -1 : firstBranch.map { Int($0.snapshot) } ?? -1
            // (The GC poll must go back to the interpreter, never to a bridge.)
            gcPoll = trace.instrs.last { $0.op == .SW_IR_GUARD_NOGC }.map { Int($0.snapshot) } ?? -1
            let last = trace.instrs.last.map { Int($0.snapshot) } ?? -1
            returnExit = (function || (bridge && bridgeEnd < 0)) ? last : -1
            // Exits never hot: the loop's end and the GC poll (they go back to the
            // interpreter), a bridge's or function's last exit (where it ends, at the loop
            // header or at a return), and every exit of a bridge as deep as bridges go.
            for s in [loopEnd, gcPoll] where s >= 0 { exits[s].hotAt = Int.max }
            if bridge || function, last >= 0 { exits[last].hotAt = Int.max }
            if bridgeDepth >= CompiledLoop.maxBridgeDepth {
                for s in 0..<trace.snapshots.count { exits[s].hotAt = Int.max }
            }
        }

        func exitPlan(_ s: Int) -> [ExitFrame] {
            if let p = exitPlans[s] { return p }
            let snap = trace.snapshots[s]
            let written = Set(snap.slots.map(\.slot) + snap.objects.flatMap(\.slots))
            let p = snap.frames.dropFirst().map { f -> ExitFrame in
                let hot = CodeInfo.hot(f.code)
                let kb = hot.pointee.constantBase, kn = hot.pointee.constantCount
                // A frame the trace found in memory keeps its other registers; a frame the
                // trace inlined has nothing else (constants are the code's).
                let reset = (f.inMemory ? Array(kb..<(kb + kn)) : Array(0..<hot.pointee.registerCount))
                    .filter { !written.contains(f.base + $0) }
                    .map { r in (Int32(r), r >= kb && r < kb + kn ? hot.pointee.constants[r - kb] : SwValue.unbound) }
                return ExitFrame(hot: hot, code: f.code, function: f.function, globals: f.globals, pc: f.pc,
                                 base: f.base, returnTo: f.returnTo, reset: reset, inMemory: f.inMemory)
            }
            exitPlans[s] = p
            return p
        }
    }

    /// One exit of a trace.
    struct ExitState {
        /// Failures so far (reset when a hot exit's bridge or retrace is put off).
        var count = 0
        /// Failures after which it is hot (`hot_exit`, more for a short bridge; never once
        /// nothing more can be done about it).
        var hotAt: Int
        /// Bridge recordings tried, or -1 once a bridge is compiling or compiled.
        var bridgeState = 0
        /// Where the exit continues instead of the interpreter (held by `traceTable`).
        var bridge: Unmanaged<CompiledLoop>? = nil
        /// The root frame's resume pc, and whether there are inlined frames to rebuild.
        let resumePC: Int
        let resumesInlined: Bool
        /// The objects the exit makes that the trace sank (Optimizer.sink, `materialize`),
        /// as `objectPlan` encodes them; nil if none.
        let objects: UnsafePointer<Int>?
    }

    /// A frame past the root that an exit rebuilds, and its registers the exit code does
    /// not write with what they get (the code's constant, or unbound).
    struct ExitFrame {
        let hot: UnsafeMutablePointer<CodeHot>
        let code, function, globals: SwValue
        let pc, base, returnTo: Int
        let reset: [(register: Int32, value: SwValue)]
        let inMemory: Bool
    }

    /// The state of the loop whose header is at `pc` in `hot`'s code, if it ever got hot.
    @inline(__always)
    static func loop(_ hot: UnsafeMutablePointer<CodeHot>, _ pc: Int) -> Loop? {
        hot.pointee.jitLoops[pc].map { Unmanaged<Loop>.fromOpaque($0).takeUnretainedValue() }
    }

    static func install(_ c: CompiledLoop) {
        let id = c.trace.id
        if id >= traceTableCapacity {
            let bigger = UnsafeMutablePointer<Unmanaged<CompiledLoop>?>.allocate(capacity: 2 * id + 64)
            bigger.initialize(repeating: nil, count: 2 * id + 64)
            if traceTableCapacity > 0 { bigger.update(from: traceTable, count: traceTableCapacity); traceTable.deallocate() }
            traceTable = bigger
            traceTableCapacity = 2 * id + 64
        }
        traceTable[id] = Unmanaged.passRetained(c)
    }

    /// All traces by id (the exit code names a trace by its id), each retained once and
    /// kept for the life of the process: a raw table, read on the exit path without
    /// reference counting.
    static var traceTable = UnsafeMutablePointer<Unmanaged<CompiledLoop>?>(bitPattern: 8)!
    static var traceTableCapacity = 0

    /// The trace with id `id`, if installed.
    @inline(__always)
    static func trace(_ id: Int) -> Unmanaged<CompiledLoop>? {
        id < traceTableCapacity ? traceTable[id] : nil
    }
    static var pendingLoops: [Int: Loop] = [:]
    /// Bridges compiling: the trace or bridge whose exit they continue, the exit's
    /// snapshot and the bridge's end snapshot.
    static var pendingBridges: [Int: (from: CompiledLoop, snapshot: Int, end: Int)] = [:]
    static var nextTraceID = 1
    /// Set while an iteration is being recorded: code the recording runs (a residual
    /// call's callee) neither records nor collects.
    static var recording = false
    /// The frame index of the trace running now (residual calls rebuild frames above it).
    static var currentRoot = -1
    /// An exception a residual call raised: the trace (or recording) left at the call,
    /// and the interpreter raises it there.
    static var pendingError: PyError? = nil
    static var queue = CompileQueue()
    static var backendUsable: Bool? = nil
    static var livenessCache: [ObjectIdentifier: (plain: [RegisterSet], withLocals: [RegisterSet])] = [:]
    /// Objects compiled code refers to by address.
    static var constantRoots: [SwValue] = []
    /// The list methods traces recognize (append, pop, insert), and below the math
    /// functions traces call directly.
    static var listAppend: SwValue = .none
    static var listPop: SwValue = .none
    static var listInsert: SwValue = .none
    static var builtinMath: [UInt64: LibmFunction] = [:]

    // Statistics for --jit-stats.
    static var stats = (recorded: 0, aborted: 0, compiled: 0, failedCompiles: 0, exits: 0, retraced: 0, bridges: 0,
                        blacklisted: 0, compileMs: 0.0, entries: 0, deferred: 0, cached: 0)
    static var nanosInCode: UInt64 = 0
    static var startNanos: UInt64 = 0

    /// The initial loop counter for new code (never reaching zero when the JIT is off).
    public static var initialCounter: Int32 {
        options.enabled ? Int32(clamping: options.threshold) : Int32.max
    }

    public static func setUp(_ opts: JITOptions) {
        options = opts
        JITLog.setUp()
        // (The code cache holds libgccjit's objects: x64 code is quicker made than loaded.)
        CodeCache.root = opts.enabled && opts.cache && !quickBackend ? CodeCache.defaultDirectory() : nil
        startNanos = monotonicNanos()
        // The one slot a sunk generator may be written at (its state). (What the
        // optimizer may assume of the helpers names types: `setUpHelpers`, at start-up.)
        Optimizer.sinkStoreSlot = Int32(GenSlot.state)
        Heap.rootScanners.append { stack in
            for v in constantRoots { stack.push(v) }
        }
        if opts.stats { atexit { JIT.printStats() } }
    }

    static func monotonicNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Registers live at each pc of `info`'s code: the bytecode's liveness, plus the frame's
    /// named variables everywhere (locals(), vars(), eval and exec read them, under any
    /// name they are called by, at an exit or in a call the trace leaves to the
    /// interpreter). Only temporaries die.
    static func liveness(_ info: CodeInfo) -> [RegisterSet] { livenesses(info).withLocals }

    /// The bytecode's own liveness (variables die too).
    static func plainLiveness(_ info: CodeInfo) -> [RegisterSet] { livenesses(info).plain }

    static func livenesses(_ info: CodeInfo) -> (plain: [RegisterSet], withLocals: [RegisterSet]) {
        let id = ObjectIdentifier(info)
        if let l = livenessCache[id] { return l }
        let plain = info.code.liveRegisters()
        let locals = info.code.localCount
        let withLocals = plain.map { set -> RegisterSet in
            var s = set
            for r in 0..<locals { s.insert(r) }
            return s
        }
        livenessCache[id] = (plain, withLocals)
        return (plain, withLocals)
    }

    static func resolveBuiltins() {
        guard builtinMath.isEmpty, let math = try? Modules.importModule("math") else { return }
        listAppend = Types.lookup(T.list, Str.intern("append")) ?? .none
        listPop = Types.lookup(T.list, Str.intern("pop")) ?? .none
        listInsert = Types.lookup(T.list, Str.intern("insert")) ?? .none
        let d = Modules.dict(math)
        for f in LibmFunction.allCases {
            if let v = Dict.getStr(d, Str.intern(f.symbol)) { builtinMath[v.bits] = f; constantRoots.append(v) }
        }
    }

    // MARK: - The hook

    /// Called by the interpreter at a loop back-edge whose counter ran out, with
    /// `frames[fi].pc` at the loop header. Returns true when it changed the frames (ran
    /// a trace or recorded an iteration): the interpreter must reload its state.
    static func hotLoop(_ fi: Int) -> Bool {
        let frame = Interpreter.frames[fi]
        let counter = frame.hot.pointee.loopCounters + frame.pc
        // With the JIT off counters start at Int32.max, but a long enough loop still
        // counts down to zero.
        guard options.enabled else { counter.pointee = Int32.max; return false }
        return enter(frame.hot.pointee.jitLoops + frame.pc, fi, counter, function: false)
    }

    /// Called by `Interpreter.callInPlace` (a call from machine code or a recording) and by
    /// the interpreter's CALL of a plain function when the callee's `entryCounter` ran
    /// out, with the callee's frame pushed and at its first instruction. Runs the
    /// function's trace, or records one. Such a trace runs from the function's entry to
    /// its return (leaving for the interpreter to return), calling its loops' traces and
    /// inlining calls as a loop's trace does; a call back into the function (recursion,
    /// as raytrace's rayColour) is a residual call, and comes here again. Returns true
    /// when it changed the frames (the caller reloads them).
    static func hotFunction(_ fi: Int) -> Bool {
        let hot = Interpreter.frames[fi].hot
        let counter = hot.pointer(to: \.entryCounter)!
        guard options.enabled && options.functions else { counter.pointee = Int32.max; return false }
        return enter(hot.pointer(to: \.jitEntry)!, fi, counter, function: true)
    }

    /// Function traces recording fewer bytecode instructions than this are not compiled
    /// (the function stays interpreted).
    static let shortestFunction = 8

    /// The entry into machine code shared by loop headers and function entries: `slot`
    /// holds the state (made on first use), `counter` is the count that ran out.
    @inline(__always)
    static func enter(_ slot: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ fi: Int,
                      _ counter: UnsafeMutablePointer<Int32>, function: Bool) -> Bool {
        if slot.pointee == nil { slot.pointee = Unmanaged.passRetained(Loop(isFunction: function)).toOpaque() }
        // (Borrowed, not retained: loops and traces live as long as the process, and this
        // runs on every entry into machine code, where atomic reference counts showed.)
        return Unmanaged<Loop>.fromOpaque(slot.pointee!)._withUnsafeGuaranteedRef { loop in
            if loop.pending { collectCompiled() }
            if let c = loop.compiled {
                counter.pointee = 0
                return c._withUnsafeGuaranteedRef { run($0, loop, fi, counter) }
            }
            if loop.blacklisted { counter.pointee = Int32.max; return false }
            if loop.pending { counter.pointee = 32; return false }
            if recording { counter.pointee = Int32(clamping: options.threshold); return false }
            return record(loop, fi, counter)
        }
    }

    /// Whether compiling has used up its share of the process's CPU time (compiles still
    /// queued are counted at a typical 20 ms). libgccjit's compiles cost 10-50 ms each: a
    /// short program with many warm loops would otherwise spend more time compiling than
    /// the machine code saves. A long-running program earns budget as it runs.
    static func overBudget() -> Bool {
        guard options.compileBudget > 0 && !options.sync && !quickBackend else { return false }
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        let cpuMs = Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
        let spent = stats.compileMs + Double(pendingLoops.count + pendingBridges.count) * 20
        return spent > JITOptions.compileAllowanceMs + Double(options.compileBudget) / 100 * cpuMs
    }

    /// Rent before buying: a loop is recorded once the interpreter has spent about as long
    /// in it as compiling it would cost (ski rental: a loop that stops sooner never pays
    /// for a compile; one that goes on pays at most about twice). Its iterations are timed
    /// over `rentProbe` back-edges past the threshold (time spent elsewhere between them
    /// counts too, so a loop that keeps being left and re-entered is compiled sooner).
    static let rentProbe = 1000

    /// The compile cost of a loop, from its body's length L in instructions: about 3L
    /// trace ops at 12 ms + 0.11 ms per op (libgccjit on this machine: 19 ops 13 ms,
    /// 111 ops 23 ms, 261 ops 41 ms).
    static func compileEstimateNs(_ fi: Int) -> Double {
        let frame = Interpreter.frames[fi]
        let end = lastBackEdge(frame, to: frame.pc)
        let length = Double(max(end - frame.pc + 1, 2))
        return (12.0 + 0.11 * 3 * length) * 1e6
    }

    /// The pc of the last back-edge to the loop header at `header` in `frame`'s code (a
    /// `continue` jumps back from inside the body; nested loops lie between), or `header`.
    static func lastBackEdge(_ frame: Frame, to header: Int) -> Int {
        let n = frame.info.takeUnretainedValue().code.instructions.count
        var end = header
        for pc in header..<n {
            let w = Instruction(word: frame.hot.pointee.words[pc])
            if w.op == .SW_OP_JUMP_BACK && pc + 1 + w.jump == header { end = pc }
        }
        return end
    }

    static func record(_ loop: Loop, _ fi: Int, _ counter: UnsafeMutablePointer<Int32>) -> Bool {
        if loop.location.isEmpty && CodeCache.root != nil {
            let code = Interpreter.frames[fi].info.takeUnretainedValue().code
            let at = loop.isFunction ? "entry" : "\(Interpreter.frames[fi].pc)"
            loop.location = "\(code.filename) \(code.qualifiedName) \(code.firstLine) \(at)"
            // Compiled in an earlier run: its trace is likely cached, and cheap to load.
            loop.markedHot = CodeCache.wasHot(loop.location)
        }
        if !loop.warmed && !loop.markedHot && options.rent && !quickBackend {
            // Time `rentProbe` back-edges, then wait until the loop has run about as long
            // as its compile would take.
            if loop.probeStart == 0 {
                loop.probeStart = monotonicNanos()
                counter.pointee = Int32(rentProbe)
                return false
            }
            loop.warmed = true
            let perIteration = Double(monotonicNanos() &- loop.probeStart) / Double(rentProbe)
            let more = Int(compileEstimateNs(fi) / max(perIteration, 1)) - options.threshold - rentProbe
            if more > 0 { counter.pointee = Int32(clamping: more); return false }
        }
        if !quickBackend {
            guard libgccjitLoads() else { loop.blacklisted = true; counter.pointee = Int32.max; return false }
            // (A loop compiled in an earlier run is likely in the code cache: no assembler needed.)
            if !loop.markedHot { GCCBackend.startToolProbe() }
        }
        if overBudget() {
            stats.deferred += 1
            counter.pointee = Int32(clamping: options.threshold)
            return false
        }
        resolveBuiltins()
        let id = nextTraceID
        nextTraceID += 1
        // (A function's trace is recorded as a bridge from its entry that runs to its return.)
        let recorder = Recorder(traceID: id, rootIndex: fi, limit: options.traceLimit,
                                bridgeToHeader: loop.isFunction ? Recorder.functionEntry : nil)
        do {
            let trace = try recordRunning(recorder)
            if loop.isFunction && recorder.steps < shortestFunction {
                // Entering machine code and leaving it again costs about what the
                // interpreter takes for this many instructions.
                if JITLog.on("abort") { JITLog.write("abort", "\(recorder.trace.name): \(recorder.steps) instructions: left to the interpreter") }
                loop.blacklisted = true
                counter.pointee = Int32.max
                return true
            }
            if loop.isFunction { trace.name = "entry of " + trace.name }
            stats.recorded += 1
            // (The trace thrown away is kept optimized: compare the new one optimized.)
            let optimized = loop.discarded.map { _ in Optimizer.optimize(trace, loop: !loop.isFunction) }
            if let old = loop.discarded, optimized!.sameCode(as: old.trace) {
                // Recorded again, the same: compiling it would change nothing.
                if JITLog.on("compile") { JITLog.write("compile", "trace \(old.trace.id) recorded again unchanged: kept") }
                loop.discarded = nil
                old.keep = true
                loop.compiled = Unmanaged.passUnretained(old)
                counter.pointee = 0
                // (The recording ran the iteration, or the function to its return.)
                return true
            }
            loop.pending = true
            pendingLoops[id] = loop
            counter.pointee = 32
            compile(trace, loop: !loop.isFunction, optimized: optimized)
            if options.sync || loop.compiled != nil { counter.pointee = 0 }
        } catch let e as RecordingAborted where e.notNow {
            if JITLog.on("abort") && !e.reason.isEmpty { JITLog.write("abort", "\(recorder.trace.name): \(e.reason) (will retry)") }
            // At the loop's end: retry at the next back-edge. Waiting for an inner loop:
            // retry after another threshold's worth. Unless the inner loop is compiling,
            // the wait doubles every other time: a loop that is always at its end when it
            // gets hot (one iteration per run), or whose inner loop is not even recorded
            // yet (or never will be), is not recorded again and again.
            let wait = e.reason.isEmpty ? 1 : max(options.threshold, 1)
            if e.compiling {
                counter.pointee = Int32(clamping: wait)
            } else {
                loop.retries += 1
                counter.pointee = Int32(clamping: wait << min((loop.retries - 1) / 2, 16))
            }
            return !e.reason.isEmpty
        } catch {
            // A Python exception from executing an instruction counts too: the instruction
            // did not complete, and the interpreter runs it again and raises.
            stats.aborted += 1
            loop.aborts += 1
            if JITLog.on("abort") { JITLog.write("abort", "\(recorder.trace.name): \(abortReason(error))") }
            if JITLog.on("trace") { JITLog.write("trace", "aborted: " + IRPrinter.print(recorder.trace, describe: describeConstant)) }
            if loop.aborts >= 5 {
                loop.blacklisted = true
                stats.blacklisted += 1
                counter.pointee = Int32.max
            } else {
                counter.pointee = Int32(clamping: options.threshold << min(loop.aborts, 8))
            }
        }
        return true
    }

    /// Why a recording stopped, for the log: the recorder's reason, or the exception an
    /// instruction raised.
    static func abortReason(_ error: Error) -> String {
        if let e = error as? RecordingAborted { return e.reason }
        if let e = error as? PyError { return "\(Ops.typeName(e.exception)) raised" }
        return "\(error)"
    }

    /// Runs a recording. The trace's constants are not roots until it is compiled: no
    /// collection while code the recording calls runs.
    static func recordRunning(_ recorder: Recorder) throws -> Trace {
        recording = true
        Interpreter.gcBlockers += 1
        defer { recording = false; Interpreter.gcBlockers -= 1 }
        return try recorder.run()
    }

    /// Installs traces the background thread has finished.
    static func collectCompiled() {
        for (trace, result) in queue.poll() { installCompiled(trace, result) }
    }

    /// Installs a finished compile of a pending loop's trace or bridge (or, when it failed,
    /// gives up on it).
    static func installCompiled(_ trace: Trace, _ result: Result<CompiledTrace, BackendError>) {
        if let b = pendingBridges.removeValue(forKey: trace.id) {
            guard let code = accepted(result) else {
                b.from.exits[b.snapshot].bridgeState = CompiledLoop.maxBridgeTries      // no more tries
                return
            }
            let c = CompiledLoop(trace, code.entry, bridgeFrom: b.from, bridgeEnd: b.end)
            install(c)
            b.from.exits[b.snapshot].bridge = Unmanaged.passUnretained(c)
            stats.bridges += 1
            logCompiled(code, "bridge \(trace.id) from trace \(b.from.trace.id) snapshot \(b.snapshot)", trace)
            return
        }
        guard let loop = pendingLoops.removeValue(forKey: trace.id) else { return }
        loop.pending = false
        guard let code = accepted(result) else {
            loop.blacklisted = true
            return
        }
        let c = CompiledLoop(trace, code.entry, function: loop.isFunction)
        install(c)
        loop.compiled = Unmanaged.passUnretained(c)
        if !loop.location.isEmpty && !loop.markedHot {
            CodeCache.markHot(loop.location)
            loop.markedHot = true
        }
        stats.compiled += 1
        logCompiled(code, "trace \(trace.id) \(trace.name)", trace)
    }

    /// A finished compile's machine code, counted; nil (counted and warned about once)
    /// when it failed.
    static func accepted(_ result: Result<CompiledTrace, BackendError>) -> CompiledTrace? {
        switch result {
        case .success(let code):
            stats.compileMs += code.milliseconds
            if code.cached { stats.cached += 1 }
            return code
        case .failure(let e):
            stats.failedCompiles += 1
            if e.disablesBackend { backendUsable = false }
            warnOnce("swoop: JIT compile failed, continuing in the interpreter: \(e.message)")
            return nil
        }
    }

    static func logCompiled(_ code: CompiledTrace, _ what: String, _ trace: Trace) {
        guard JITLog.on("compile") else { return }
        let notes = (code.madeBy == .x64 ? " (x64)" : "") + (code.batchSize > 1 ? " (batch of \(code.batchSize))" : "") + (code.linked ? " (linked)" : "")
            + (code.cached ? " (cached)" : "")
        JITLog.write("compile", "\(what): \(trace.instrs.count) ops in \(format2(code.milliseconds)) ms\(notes)")
    }

    static func format2(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return "\(r)"
    }

    static var warned = false
    static func warnOnce(_ s: String) {
        if warned { return }
        warned = true
        fputs(s + "\n", stderr)
    }

    // MARK: - Running machine code

    typealias TraceEntry = @convention(c) (UnsafeMutablePointer<SwValue>) -> Int64

    static func run(_ c: CompiledLoop, _ loop: Loop, _ fi: Int, _ counter: UnsafeMutablePointer<Int32>) -> Bool {
        let regs = Interpreter.frames[fi].regs
        // Deopt may rebuild inlined frames above this one: make sure they fit.
        guard Interpreter.frameCount + 8 < Interpreter.frameCapacity, c.fits(regs) else { return false }
        stats.entries += 1
        c.entries += 1
        var fn = unsafeBitCast(c.entry, to: TraceEntry.self)
        // (Only the outermost machine code is timed: a trace entered from a residual call
        // of another is inside that one's time. An inner loop's trace that a recording runs
        // itself, in `Recorder.callInnerTrace`, does not come through here.)
        let timed = options.stats && currentRoot < 0
        let t0 = timed ? monotonicNanos() : 0
        let outerRoot = currentRoot
        currentRoot = fi
        defer {
            currentRoot = outerRoot
            if timed { nanosInCode += monotonicNanos() &- t0 }
        }
        while true {
            let code = fn(regs)
            let (tid, snap) = GCCBackend.decodeExit(code)
            guard let t = trace(tid) else { return true }
            guard let next = t._withUnsafeGuaranteedRef({ exited(by: $0, snap, loop, fi, counter, regs) }) else { return true }
            fn = next
        }
    }

    /// After trace `exited` left through snapshot `snap`: the machine code to go on in (a
    /// bridge, or the loop again after a bridge), or nil to go back to the interpreter.
    static func exited(by exited: CompiledLoop, _ snap: Int, _ loop: Loop, _ fi: Int,
                       _ counter: UnsafeMutablePointer<Int32>, _ regs: UnsafeMutablePointer<SwValue>) -> TraceEntry? {
        let exit = exited.exits + snap
        leave(exited, snap, fi)
        // A residual instruction raised: the interpreter raises it there.
        if pendingError != nil { return nil }
        // (A function's return is its way out, not a failed guard: every call of a
        // function with a trace leaves through it.)
        if snap == exited.returnExit { return nil }
        // A bridge that reached the loop header: run the loop again.
        if exited.bridgeEnd == snap, let parent = exited.parentEntry {
            return unsafeBitCast(parent, to: TraceEntry.self)
        }
        // A side exit whose bridge is compiling: it may be ready by now. (Bridges are
        // collected here, where they are needed, rather than on every trace entry.)
        if exit.pointee.bridgeState < 0 && exit.pointee.bridge == nil { collectCompiled() }
        // A side exit with a bridge: continue in it (if the value stack has room for
        // the calls it inlines).
        if let bridge = exit.pointee.bridge {
            if let entry = bridge._withUnsafeGuaranteedRef({ $0.fits(regs) ? $0.entry : nil }) {
                return unsafeBitCast(entry, to: TraceEntry.self)
            }
        }
        exit.pointee.count += 1
        stats.exits += 1
        if JITLog.on("exit") {
            JITLog.write("exit", "trace \(exited.trace.id) snapshot \(snap) (line \(exited.trace.snapshotLines[snap])), \(exit.pointee.count) times")
        }
        // (Snapshot 0 is the entry's: input types and hoisted guards. If nearly every
        // entry fails there, the loop has changed and is recorded again; a loop entered
        // with alternating types keeps its trace.)
        if exit.pointee.count >= exit.pointee.hotAt
            && (snap != 0 || exit.pointee.count * 10 >= exited.entries * 9) {
            hotExit(exited, snap, loop, fi, counter)
        }
        return nil
    }

    /// A side exit failed as often as its `hotAt`: record a bridge from it (the interpreter
    /// state is the exit's), or if bridges cannot be had, throw the trace away and
    /// re-record. (Its count is reset whenever this is put off.)
    static func hotExit(_ c: CompiledLoop, _ snap: Int, _ loop: Loop, _ fi: Int, _ counter: UnsafeMutablePointer<Int32>) {
        let tries = c.exits[snap].bridgeState
        // Its bridge is compiling, or compiled and skipped for want of stack: the exit is
        // being dealt with.
        if tries < 0 { c.exits[snap].count = 0; return }
        let root = c.parent ?? c
        // (Not while recording: this trace runs in code a recording called.)
        if recording { c.exits[snap].count = 0; return }
        // (Traces loaded from the code cache run on after the backend is found unusable.)
        if backendUsable == false { c.exits[snap].hotAt = Int.max; return }
        if snap != 0 && tries < CompiledLoop.maxBridgeTries {
            // (A trace its loop no longer runs may still be called by an outer loop's trace.)
            guard loop.runs(root) else { c.exits[snap].count = 0; return }
            if overBudget() { c.exits[snap].count = 0; stats.deferred += 1; return }
            c.exits[snap].bridgeState = tries + 1
            let id = nextTraceID
            nextTraceID += 1
            let header = loop.isFunction ? Recorder.functionEntry : root.trace.snapshots[0].frames[0].pc
            let recorder = Recorder(traceID: id, rootIndex: fi, limit: options.traceLimit, bridgeToHeader: header)
            do {
                let trace = try recordRunning(recorder)
                if trace.instrs.count < 16 && c.exits[snap].count < 10 * options.hotExit {
                    // A short way back to the loop: compiling it (10-20 ms) pays only if
                    // the exit is very frequent. (Recording ran the path: nothing is lost.)
                    c.exits[snap].bridgeState = tries
                    c.exits[snap].hotAt = 10 * options.hotExit
                    return
                }
                trace.name = "bridge from trace \(c.trace.id) snapshot \(snap): " + trace.name
                c.exits[snap].bridgeState = -1
                pendingBridges[id] = (from: c, snapshot: snap, end: recorder.bridgeEnd)
                compile(trace, loop: false)
            } catch let e as RecordingAborted where e.notNow {
                // (An inner loop on the way without machine code yet, or the path left the
                // loop: not a failed try. Waits twice as long each time.)
                if JITLog.on("abort") && !e.reason.isEmpty {
                    JITLog.write("abort", "bridge from trace \(c.trace.id) snapshot \(snap): \(e.reason) (will retry)")
                }
                c.exits[snap].bridgeState = tries
                c.exits[snap].count = 0
                c.exits[snap].hotAt = min(c.exits[snap].hotAt, Int.max / 4) * 2
            } catch {
                stats.aborted += 1
                if JITLog.on("abort") {
                    JITLog.write("abort", "bridge from trace \(c.trace.id) snapshot \(snap): \(abortReason(error))")
                }
                c.exits[snap].count = 0
            }
            return
        }
        // No bridge: the loop now behaves differently; record it again, once (a trace that
        // keeps failing costs more in compiles than it saves: then the loop stays interpreted).
        // (A bridge, or a trace run from another loop's trace, is left as it is; a kept
        // trace has nothing more to try for this exit.)
        guard loop.runs(c) else { c.exits[snap].count = 0; return }
        guard !c.keep else { c.exits[snap].hotAt = Int.max; return }
        loop.discarded = c
        loop.compiled = nil
        loop.retraces += 1
        stats.retraced += 1
        if loop.retraces > 1 {
            loop.blacklisted = true
            stats.blacklisted += 1
            counter.pointee = Int32.max
        } else {
            counter.pointee = Int32(clamping: options.threshold)
        }
    }

    /// Whether traces are compiled by the x86-64 backend first (no libgccjit needed until
    /// one cannot be, no compile worth waiting for).
    static var quickBackend: Bool { options.backend != .gcc && X64Backend.available }

    /// Logs, optimizes and queues a recorded trace (waiting for it with `sync=1`).
    /// (`optimized`: the trace already optimized, when the caller needed that too.)
    static func compile(_ trace: Trace, loop: Bool = true, optimized: Trace? = nil) {
        if JITLog.on("trace") { JITLog.write("trace", IRPrinter.print(trace, describe: describeConstant)) }
        let optimized = optimized ?? Optimizer.optimize(trace, loop: loop)
        if JITLog.on("opt") { JITLog.write("opt", IRPrinter.print(optimized, describe: describeConstant)) }
        constantRoots.append(contentsOf: optimized.constantObjects)
        let config = backendConfig()
        if quickBackend {
            // Quick code at once, installed now.
            do throws(BackendError) {
                installCompiled(optimized, .success(try X64Backend.compile(optimized, config)))
                return
            } catch {
                if JITLog.on("compile") {
                    JITLog.write("compile", "trace \(trace.id): x64 backend: \(error.message); compiling with libgccjit")
                }
            }
            // (libgccjit is loaded only for a trace the x64 backend cannot lower.)
            guard libgccjitLoads() else {
                installCompiled(optimized, .failure(BackendError(message: "libgccjit cannot be loaded")))
                return
            }
            GCCBackend.startToolProbe()
        }
        queue.submit(.init(trace: optimized, config: config))
        if options.sync { queue.waitForAll(); collectCompiled() }
    }

    static func backendConfig() -> BackendConfig {
        var config = BackendConfig(listAppend: unsafeBitCast(listAppendHelper, to: UnsafeRawPointer.self),
                                   newTuple: unsafeBitCast(newTupleHelper, to: UnsafeRawPointer.self),
                                   newList: unsafeBitCast(newListHelper, to: UnsafeRawPointer.self),
                                   residual: unsafeBitCast(residualHelper, to: UnsafeRawPointer.self),
                                   callTrace: unsafeBitCast(callTraceHelper, to: UnsafeRawPointer.self))
        config.optimizationLevel = Int32(options.opt)
        for id in 0..<traceTableCapacity {
            if let t = traceTable[id] { config.traceEntries[id] = t.takeUnretainedValue().entry }
        }
        config.valueHelpers = valueHelpers.map { unsafeBitCast($0, to: UnsafeRawPointer.self) }
        config.floatHelpers = [.pyFloorDiv: unsafeBitCast(floorDivHelper, to: UnsafeRawPointer.self),
                               .pyMod: unsafeBitCast(modHelper, to: UnsafeRawPointer.self)]
        return config
    }

    /// Rebuilds the interpreter's frames from snapshot `s` of trace `c`, whose exit code has
    /// already written the snapshot's slots into the registers.
    /// (Frames an earlier exit of this run rebuilt, which a bridge then continued, are
    /// replaced.)
    static func leave(_ c: CompiledLoop, _ s: Int, _ fi: Int) {
        Interpreter.frameCount = fi + 1
        Interpreter.frames[fi].pc = c.exits[s].resumePC
        let rootRegs = Interpreter.frames[fi].regs
        if let plan = c.exits[s].objects { materialize(plan, rootRegs) }
        guard c.exits[s].resumesInlined else { return }
        for f in c.exitPlan(s) {
            let regs = rootRegs + f.base
            var function = f.function
            if Interpreter.runsGeneratorInPlace(f.returnTo) {
                // A generator the trace resumed: what the exit does not write is as the
                // generator saved it; while its frame runs, it keeps the loop's handled
                // exception (Generator.enterInPlace).
                let (g, _) = Generator.inPlaceGenerator(Interpreter.frames[Interpreter.frameCount - 1])
                let saved = objectSlots(g.obj) + GenSlot.registers
                if !f.inMemory { for (r, _) in f.reset { regs[Int(r)] = saved[Int(r)] } }
                objectSlots(g.obj)[GenSlot.handled] = Interpreter.handledException
                function = objectSlots(g.obj)[GenSlot.function]
            } else {
                for (r, v) in f.reset { regs[Int(r)] = v }
            }
            Interpreter.pushFrame(hot: f.hot, code: f.code, regs: regs, function: function, globals: f.globals, returnTo: f.returnTo)
            Interpreter.frames[Interpreter.frameCount - 1].pc = f.pc
        }
    }

    /// An exit's objects (ExitObject) as words `materialize` reads without reference
    /// counting: their number, then for each its op and aux; for each of its three
    /// operands a kind (0 none, 1 a slot, 2 an object made before it) and its slot or
    /// index; its stores' count and (slot, int value) pairs; its slots' count and slots.
    /// (Made once per exit, for as long as the trace lives: traces are never freed.)
    static func objectPlan(_ objects: [ExitObject]) -> UnsafePointer<Int>? {
        guard !objects.isEmpty else { return nil }
        var words = [objects.count]
        for o in objects {
            words += [Int(o.op.rawValue), Int(o.aux)]
            for k in 0..<3 {
                switch k < o.operands.count ? o.operands[k] : .none {
                case .none: words += [0, 0]
                case .slot(let slot): words += [1, slot]
                case .object(let i): words += [2, i]
                }
            }
            words.append(o.stores.count)
            for st in o.stores { words += [Int(st.slot), Int(st.value)] }
            words.append(o.slots.count)
            words += o.slots
        }
        let p = UnsafeMutablePointer<Int>.allocate(capacity: words.count)
        p.initialize(from: words, count: words.count)
        return UnsafePointer(p)
    }

    /// Makes the objects an exit makes (allocations the trace sank into its exits,
    /// Optimizer.sink; `plan` as `objectPlan` encodes them) from the scratch slots the
    /// exit wrote, as the instructions would have, and puts each into its frame slots.
    static func materialize(_ plan: UnsafePointer<Int>, _ regs: UnsafeMutablePointer<SwValue>) {
        let count = plan[0]
        withUnsafeTemporaryAllocation(of: SwValue.self, capacity: count) { made in
            var p = 1
            for m in 0..<count {
                let op = IROp(rawValue: UInt8(plan[p]))!, aux = plan[p + 1]
                p += 2
                let operands = p
                func present(_ k: Int) -> Bool { plan[operands + 2 * k] != 0 }
                func operand(_ k: Int) -> SwValue {
                    let x = plan[operands + 2 * k + 1]
                    switch plan[operands + 2 * k] {
                    case 1: return regs[x]
                    case 2: return made[x]
                    default: return .unbound
                    }
                }
                p += 6
                var v = SwValue.none
                switch op {
                case .SW_IR_NEW_TUPLE:
                    v = Tuple.make((0..<3).filter(present).map(operand))
                case .SW_IR_CALL_HELPER:
                    var a = operand(0), b = operand(1)
                    v = operand(2)
                    withUnsafePointer(to: &a) { pa in
                        withUnsafePointer(to: &b) { pb in
                            valueHelpers[aux](&v, present(0) ? pa : nil, present(1) ? pb : nil)
                        }
                    }
                default:
                    fatalError("exit object of \(op)")
                }
                for _ in 0..<plan[p] {
                    objectSlots(v.obj)[plan[p + 1]] = Value(int: Int64(plan[p + 2]))
                    p += 2
                }
                p += 1
                for _ in 0..<plan[p] {
                    regs[plan[p + 1]] = v
                    p += 1
                }
                p += 1
                (made.baseAddress! + m).initialize(to: v)
            }
        }
    }

    // MARK: - Runtime helpers called from machine code

    static let listAppendHelper: @convention(c) (UnsafeMutableRawPointer, UInt64, UInt64) -> Void = { list, tag, bits in
        List.append(Value(list.assumingMemoryBound(to: SwObject.self)), SwValue(tag: SwTag(rawValue: tag)!, bits: bits))
    }

    /// RESIDUAL: rebuilds the frames of the instruction's snapshot (as an exit would), runs
    /// the instruction in the interpreter (its result stays in its register) and drops the
    /// rebuilt frames again: 0, 1 if it raised (the exception in `pendingError`), or 2 if a
    /// FOR_ITER found its iterator exhausted.
    static let residualHelper: @convention(c) (Int64, UInt64) -> Int64 = { exit, word in
        let frameCount = Interpreter.frameCount
        defer { Interpreter.frameCount = frameCount }
        let (tid, snap) = GCCBackend.decodeExit(exit)
        trace(tid)!._withUnsafeGuaranteedRef { leave($0, snap, currentRoot) }
        do {
            return try Interpreter.runResidual(Instruction(word: word), Interpreter.frameCount - 1) ? 0 : 2
        } catch let e as PyError {
            pendingError = e
            return 1
        } catch {
            fatalError("residual call: \(error)")
        }
    }

    /// CALL_TRACE: runs inner loop trace `expected >> 24` (the id in the exit code the
    /// recording saw it leave by) on `regs`, going on into the bridges of its exits that
    /// lead back to its header, as `run` does, until it leaves by an exit without one (or
    /// with a bridge that runs to a return: a way out of the loop the outer trace may
    /// follow itself). Returns that exit's code; the caller continues only if it is
    /// `expected`.
    static let callTraceHelper: @convention(c) (UnsafeMutablePointer<SwValue>, Int64) -> Int64 = { regs, expected in
        runInner(trace(Int(expected >> 24))!._withUnsafeGuaranteedRef { $0.entry }, regs, expected)
    }

    /// Runs an inner loop's trace `entry` and the bridges that lead back to its header
    /// (for CALL_TRACE and its recording, `Recorder.callInnerTrace`), stopping at exit code
    /// `expected` if given: the exit code it leaves by.
    static func runInner(_ entry: UnsafeRawPointer, _ regs: UnsafeMutablePointer<SwValue>, _ expected: Int64?) -> Int64 {
        let fi = currentRoot
        var fn = unsafeBitCast(entry, to: TraceEntry.self)
        while true {
            let code = fn(regs)
            if code == expected { return code }
            let (tid, snap) = GCCBackend.decodeExit(code)
            guard let t = trace(tid) else { return code }
            let next: UnsafeRawPointer? = t._withUnsafeGuaranteedRef { c in
                if c.bridgeEnd == snap { return c.parentEntry }
                return c.exits[snap].bridge?._withUnsafeGuaranteedRef { $0.returnExit < 0 && $0.fits(regs) ? $0.entry : nil }
            }
            guard let entry = next else { return code }
            t._withUnsafeGuaranteedRef { leave($0, snap, fi) }
            if pendingError != nil { return code }
            fn = unsafeBitCast(entry, to: TraceEntry.self)
        }
    }

    typealias ValueHelper = @convention(c) (UnsafeMutablePointer<SwValue>, UnsafePointer<SwValue>?, UnsafePointer<SwValue>?) -> Void
    /// CALL_HELPER's table (the recorder guards the argument types first, so none fails).
    enum Helper: Int64 { case rangeIterator = 0, listIterator, iter, getattr, setattr, hasattr, allocate, range3, slice, getSlice, setSlice, listPop, listInsert,
                          newCell, makeFunction, setAdd, makeGenerator, newSet, tupleOfList,
                          reversedRange, listConcat, moveSlice, reversePrefix }
    static let valueHelpers: [ValueHelper] = [
        // A range iterator at int a going to int b (exclusive) by int step (preloaded);
        // an iterator over list a at int b.
        { out, a, b in out.pointee = Objects.slotObject(T.rangeIterator, a!.pointee, b!.pointee, out.pointee) },
        { out, a, b in out.pointee = Ops.makeIterator(T.listIterator, a!.pointee, b!.pointee.int) },
        { out, a, _ in out.pointee = (try? Ops.iter(a!.pointee)) ?? .none },
        // Instance attributes (after the trace's class guards: a heap type with a __dict__).
        { out, a, b in
            let o = a!.pointee
            out.pointee = Classes.ownAttribute(o, o.obj.pointee.type, b!.pointee) ?? .unbound
        },
        { out, a, b in     // the name arrives in `out`
            let o = a!.pointee
            _ = Classes.setOwnAttribute(o, o.obj.pointee.type, out.pointee, b!.pointee)
            out.pointee = .none
        },
        { out, a, b in
            let o = a!.pointee
            out.pointee = Value(bool: Classes.ownAttribute(o, o.obj.pointee.type, b!.pointee) != nil)
        },
        { out, a, _ in out.pointee = Classes.allocate(a!.pointee.as(SwType.self)) },
        { out, a, b in out.pointee = PyRange.make(a!.pointee, b!.pointee, out.pointee) },     // step preloaded
        { out, a, b in out.pointee = Ops.makeSlice(a!.pointee, b!.pointee, out.pointee) },    // step preloaded
        // A list sliced, or a slice of it replaced by a list (the recorder's guards: a
        // list, a slice of ints and Nones with a non-zero step; for a store, step None).
        { out, a, b in out.pointee = (try? Ops.listSlice(a!.pointee, b!.pointee)) ?? .none },
        { out, a, b in     // the new items arrive in `out`
            try? Ops.setListSlice(a!.pointee, b!.pointee, out.pointee)
            out.pointee = .none
        },
        // list.pop(i) at an index the trace checked (0 <= i < len), and list.insert(i, x)
        // for any int i (clamped as list.insert does; x arrives in `out`).
        { out, a, b in out.pointee = List.remove(a!.pointee, at: Int(b!.pointee.int)) },
        { out, a, b in
            List.insert(a!.pointee, clamping: Int(b!.pointee.int), out.pointee)
            out.pointee = .none
        },
        // A cell holding a (an inlined frame's captured variable), or an empty one (no a).
        { out, a, _ in out.pointee = Objects.cell(holding: a?.pointee ?? .unbound) },
        // A function of code a with closure tuple b (or None), the globals arriving in `out`.
        { out, a, b in out.pointee = Interpreter.makeFunction(code: a!.pointee, globals: out.pointee, closure: b!.pointee) },
        // Set a gains key b, a plain key (PySet.isPlainKey, its type guarded): hashing and
        // comparing it run no code and cannot fail.
        { out, a, b in
            let key = b!.pointee
            if key.tag == .SW_TAG_INT { PySet.addInt(a!.pointee, key) } else { try? PySet.add(a!.pointee, key) }
            out.pointee = .none
        },
        // The generator a call of generator function a makes, b its one argument (or none):
        // its code takes just that (Generator.make(function:argument:)).
        { out, a, b in out.pointee = Generator.make(function: a!.pointee, argument: b?.pointee) },
        // An empty set; a tuple of list a's items.
        { out, _, _ in out.pointee = PySet.make() },
        { out, a, _ in out.pointee = listToTuple(a!.pointee) },
        // reversed(a) of range a; list a + list b.
        { out, a, _ in out.pointee = PyRange.reversedIterator(a!.pointee) },
        { out, a, b in out.pointee = List.concat(a!.pointee, b!.pointee) },
        // list a's slice b assigned to its slice arriving in `out` (Recorder.deferSlice; the
        // getSlice/setSlice guards).
        { out, a, b in
            try? Ops.moveListSlice(a!.pointee, src: b!.pointee, dst: out.pointee)
            out.pointee = .none
        },
        // The first b items of list a reversed in place (0 < b <= len(a) guarded).
        { out, a, b in
            List.reverse(a!.pointee, count: Int(b!.pointee.int))
            out.pointee = .none
        },
    ]

    /// Tells the optimizer what it may assume of each helper (Optimizer.HelperFacts):
    /// what it writes; whether its result is new, of which type; whether exits may make
    /// it instead (from its operands alone), and which slots its operands become. (Once
    /// the types exist.)
    static func setUpHelpers() {
        func type(_ t: TypeRef) -> Int64 { Int64(Int(bitPattern: t)) }
        let lists: [Optimizer.MemoryKind] = [.listLengths, .listItems]
        let made: [Helper: Optimizer.HelperFacts] = [
            .rangeIterator: .init(makesNew: true, resultType: type(T.rangeIterator), sinkable: true, fields: [0, 1, 2]),
            .listIterator: .init(makesNew: true, resultType: type(T.listIterator), sinkable: true, fields: [0, 1]),
            .range3: .init(makesNew: true, resultType: type(T.range), sinkable: true, fields: [0, 1, 2]),
            .makeFunction: .init(makesNew: true, resultType: type(T.function), sinkable: true),
            .makeGenerator: .init(makesNew: true, resultType: type(T.generator), sinkable: true),
            .iter: .init(makesNew: true), .allocate: .init(makesNew: true), .newCell: .init(makesNew: true, resultType: type(T.cell)),
            .newSet: .init(makesNew: true, resultType: type(T.set)), .reversedRange: .init(makesNew: true),
            .slice: .init(), .getSlice: .init(), .tupleOfList: .init(), .listConcat: .init(),
            .setSlice: .init(writes: lists), .listPop: .init(writes: lists), .listInsert: .init(writes: lists),
            .moveSlice: .init(writes: lists), .reversePrefix: .init(writes: [.listItems]),
            .setAdd: .init(writes: [.other]),      // a set's table and counts
        ]
        Optimizer.helpers = made.reduce(into: [:]) { $0[$1.key.rawValue] = $1.value }
    }

    /// How a trace reads the length of an object of exact type `t` (a list, array, tuple,
    /// set, frozenset or dict): the instruction and its aux (a field's byte offset); nil
    /// for any other type.
    static func lengthRead(_ t: TypeRef) -> (op: IROp, aux: Int64)? {
        if t == T.list || t == T.array { return (.SW_IR_LIST_LEN, 0) }
        if t == T.tuple { return (.SW_IR_TUPLE_LEN, 0) }
        if t == T.set || t == T.frozenset { return (.SW_IR_FIELD_I64, Int64(MemoryLayout<SwSet>.offset(of: \SwSet.used)!)) }
        if t == T.dict { return (.SW_IR_FIELD_I64, Int64(MemoryLayout<SwDict>.offset(of: \SwDict.count)!)) }
        return nil
    }

    static let newTupleHelper: @convention(c) (UnsafeMutablePointer<SwValue>, UnsafePointer<SwValue>, Int64) -> Void = { out, items, n in
        out.pointee = Tuple.make(items, count: Int(n))
    }

    /// NEW_LIST. An empty one is nearly always a comprehension's, about to be appended
    /// to: it has room for `comprehensionRoom` items in its own block (none to move).
    static let newListHelper: @convention(c) (UnsafeMutablePointer<SwValue>, UnsafePointer<SwValue>, Int64) -> Void = { out, items, n in
        out.pointee = n == 0 ? List.make(capacity: comprehensionRoom) : List.make(items, count: Int(n))
    }
    static let comprehensionRoom = 8

    static let floorDivHelper: @convention(c) (Double, Double) -> Double = { x, y in Num.floatDivmod(x, y).0 }
    static let modHelper: @convention(c) (Double, Double) -> Double = { x, y in Num.floatDivmod(x, y).1 }

    /// A name for an object constant in logs: a function, a built-in, or a type.
    static func describeConstant(_ bits: Int64) -> String? {
        for v in constantRoots where v.bits == UInt64(bitPattern: bits) {
            if Ops.typeOf(v) == T.builtinFunction { return "built-in " + Native.names[Int(v.as(SwBuiltin.self).pointee.index)] }
            if Ops.typeOf(v) == T.function { return "function " + Str.swift(objectSlots(v.obj)[FuncSlot.name]) }
            return Ops.typeName(v)
        }
        for t in [T.list, T.tuple, T.rangeIterator, T.listIterator, T.range] where Int64(Int(bitPattern: t)) == bits {
            return "type " + Types.name(t!)
        }
        return nil
    }

    // MARK: - Backend probe

    /// Whether libgccjit is loaded or loads now (false for good once found unusable).
    static func libgccjitLoads() -> Bool {
        if backendUsable == nil { backendUsable = probeBackend() }
        return backendUsable == true
    }

    /// Loads libgccjit. (Whether `as` and `ld` run is checked before the first compile,
    /// which a cached trace does not need.)
    static func probeBackend() -> Bool {
        if let e = swjit_load() {
            warnOnce("swoop: the JIT backend (libgccjit) cannot be loaded (\(String(cString: e))); running interpreted")
            return false
        }
        return true
    }

    // MARK: - Statistics

    /// Stops background compiling (the process is about to exit).
    public static func shutDown() {
        queue.shutDown()
    }

    static func printStats() {
        let total = Double(monotonicNanos() &- startNanos)
        let share = total > 0 ? Double(nanosInCode) / total * 100 : 0
        var s = "JIT statistics:\n"
        s += "  loops recorded:   \(stats.recorded)\n"
        s += "  recordings aborted: \(stats.aborted)\n"
        s += "  loops blacklisted: \(stats.blacklisted)\n"
        s += "  traces compiled:  \(stats.compiled)\n"
        s += "  compile failures: \(stats.failedCompiles)\n"
        s += "  bridges:          \(stats.bridges)\n"
        s += "  retraced loops:   \(stats.retraced)\n"
        s += "  trace entries:    \(stats.entries)\n"
        s += "  guard failures:   \(stats.exits)\n"
        s += "  from code cache:  \(stats.cached)\n"
        s += "  compile time:     \(format2(stats.compileMs)) ms\n"
        s += "  deferred (compile budget): \(stats.deferred)\n"
        s += "  time in machine code: \(format2(share))%\n"
        fputs(s, stderr)
    }
}
