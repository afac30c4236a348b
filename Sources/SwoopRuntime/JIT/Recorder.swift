// Recorder.swift — records one iteration of a hot loop into trace IR. The recorder is an
// interpreter for the subset of bytecode traces support: for each instruction it emits IR
// for the types and values it sees (with guards that make the trace valid only for them),
// then executes the instruction for real through the runtime's own operations. Anything
// outside the subset aborts the recording at an instruction boundary, leaving the frames
// exactly as the interpreter would have them, and the interpreter carries on.
import SwoopBytecode
import SwoopJIT
import Glibc

struct RecordingAborted: Error {
    var reason: String
    /// Not a failure: the loop was about to end; record at its next back-edge.
    var notNow = false
    /// (notNow) An inner loop's machine code is compiling: worth a retry soon.
    var compiling = false
}

final class Recorder {
    let trace: Trace
    let rootIndex: Int
    let headerPC: Int
    /// The loop's last back-edge: nested loops are the ones whose headers lie between.
    let loopEndPC: Int
    let limit: Int
    /// What each frame slot (counted from the root frame's registers) holds now.
    var slots: [Int: Ref] = [:]
    /// The INPUT reference of each root slot read before being written.
    var inputs: [Int: Ref] = [:]
    /// Root slots written anywhere in the iteration.
    var written = Set<Int>()
    var constants: [String: Ref] = [:]
    /// Objects registered in `trace.constantObjects`, by address.
    var keptAlive = Set<UInt64>()
    /// The snapshot of the instruction being recorded (made on first use), and the slot
    /// maps of all snapshots before filtering.
    var currentSnapshot: Int32 = -1
    var rawSnapshots: [(frames: [SnapshotFrame], slots: [Int: Ref], afterFlush: Bool, live: RegisterSet)] = []
    /// Set once a nested loop's trace has run: the frame's registers hold everything, and
    /// slots not re-read since are in memory.
    var flushed = false
    /// The inner loop header just run by machine code (not run again when the recording
    /// steps through it: a FOR_ITER at its end jumps out, a while loop's test falls through).
    var innerLoopDone = -1
    /// Inner loops' headers whose first iteration the recording took itself (their
    /// traces' entry guards failed: `callInnerTrace`).
    var firstIterations = Set<Int>()
    /// Bytecode instructions recorded (a function's trace shorter than
    /// `JIT.shortestFunction` is not worth entering).
    var steps = 0
    /// For a bridge: the snapshot through which it returns to the loop.
    var bridgeEnd = -1
    /// For a bridge: it ends at a return from the loop's function, leaving for the
    /// interpreter (it never goes back to the loop).
    var leavesByReturn = false
    var frameBases: [Int] = [0]
    /// Frames past the root that were in the interpreter's memory when recording began (a
    /// bridge from an exit inside an inlined call): their registers are read from memory.
    /// Drops as those frames return.
    var inMemoryDepth = 0
    /// Registers live at each pc of the root code (its named variables always).
    let rootLiveness: [RegisterSet]
    /// The root frame's variables no iteration reads before writing (not live at the loop
    /// header, as temporaries): each write also stores them to their register, so they are
    /// never loop-carried and exits need not write them, yet locals() sees them current.
    var writeThrough = Set<Int>()
    /// Slices this trace built from ints and Nones with a non-zero step (list slicing
    /// cannot fail on them): whether the step is None (a slice a list can be assigned to
    /// whatever its length).
    var listSlices: [Ref: Bool] = [:]
    /// Lists this trace made by slicing.
    var slicedLists = Set<Ref>()
    /// A list slice recorded but not made yet (`deferSlice`).
    var pendingSlice: PendingSlice? = nil
    /// The bounds the last BUILD_SLICE into the scratch slice stored: typed (ints and
    /// Nones, their types guarded), and their values.
    var scratchTyped: [Ref] = []
    var scratchParts: [SwValue] = []
    static let maxInlineDepth = 6
    /// Back-edges of inlined calls' loops this recording followed (at most `JIT.options.unroll`).
    var unrolledIterations = 0
    /// Codes whose loops this recording unrolled (marked `noUnroll` if it gives up on length).
    var unrolledCodes: [UnsafeMutablePointer<CodeHot>] = []
    /// Functions this trace made (MAKE_FUNCTION without defaults), with their closure
    /// tuple (or None). Called, they are inlined without an identity guard.
    var madeFunctions: [Ref: Ref] = [:]
    /// Generators this trace made (of a generator function it made, or guarded by
    /// identity): its argument's IR value (if it takes one) and its function's closure
    /// tuple (for a made function). Entered in place with nothing called out since, such
    /// a generator's state is known: nothing to guard or read back (`enterGenerator`).
    var madeGenerators: [Ref: (made: Int, arg: Ref?, closure: Ref?)] = [:]
    /// While a CALL_METHOD without self is recorded, its self slot (which the recording
    /// fills with the callee, calling from there), or -1.
    var unboundSelfSlot = -1
    /// Frames of generators the trace resumed in place (at a FOR_ITER), by depth: the
    /// generator's IR value (its registers are read from its slots) and the back-edges
    /// the frame took (a generator's loop between two yields).
    var generatorFrames: [Int: (gen: Ref, backEdges: Int)] = [:]
    /// Instances the trace made (by the allocate helper) that keep their attributes inline
    /// and that nothing but recorded stores has touched since: which inline values each
    /// has set (a bit per index). Stores into them need no guard. Emptied by anything that
    /// may run other code (a residual instruction, an inner loop's trace).
    var freshInstances: [Ref: UInt64] = [:]
    /// Inline values (instance, index) known bound since the last call out.
    var boundInline = Set<Int64>()
    /// Back-edges a resumed generator may take before it yields (past this the recording
    /// gives up and the code's generators are resumed by the interpreter from then on).
    static let generatorBackEdgeLimit = 4
    /// Back-edges of generator expressions consumed in place (list(g), set(g)...) one
    /// recording follows (past this, that code's consumers are left to the interpreter).
    static let consumerIterationLimit = 64
    var consumerIterations = 0
    /// A range loop whose stop is at most this is traced with that bound guarded.
    static let rangeStopBound: Int64 = 1 << 31

    /// A bridge starts at a side exit's resume pc and ends at the loop header, where it
    /// leaves through its last snapshot and the loop's trace runs again.
    let isBridge: Bool
    /// The header of a function-entry trace and its bridges (JIT.hotFunction): no loop
    /// header, so they run to a return in the root frame; every loop of the root code is
    /// an inner loop.
    static let functionEntry = -1

    init(traceID: Int, rootIndex: Int, limit: Int, bridgeToHeader: Int? = nil) {
        self.rootIndex = rootIndex
        let f = Interpreter.frames[rootIndex]
        headerPC = bridgeToHeader ?? f.pc
        isBridge = bridgeToHeader != nil
        // A bridge has no loop inputs: every register it reads is in memory.
        flushed = isBridge
        self.limit = limit
        let code = f.info.takeUnretainedValue().code
        trace = Trace(id: traceID, name: "\(code.name)@\(f.pc) (\(lastPathComponent(code.filename)):\(code.line(at: f.pc)))")
        rootLiveness = JIT.liveness(f.info.takeUnretainedValue())
        loopEndPC = headerPC == Recorder.functionEntry ? (f.hot.pointee.hasLoop ? Int.max : -1)
            : JIT.lastBackEdge(f, to: headerPC)
        if !isBridge {
            let plain = JIT.plainLiveness(f.info.takeUnretainedValue())
            if headerPC < plain.count {
                for r in 0..<code.localCount where !plain[headerPC].contains(r) { writeThrough.insert(r) }
            }
        }
        // A bridge from an exit inside inlined calls starts with their frames rebuilt.
        if isBridge { adoptRebuiltFrames() }
        // Snapshot 0: the loop entry, nothing written.
        _ = snapshot()
        currentSnapshot = -1
    }

    /// Takes on the frames above the root that `JIT.leave` rebuilt (at a bridge's start, or
    /// after an inner trace's exit inside calls it inlined): their registers are in memory,
    /// and generators the trace had resumed in place go on (their IR values read when
    /// their yield needs them).
    func adoptRebuiltFrames() {
        for k in (rootIndex + 1)..<Interpreter.frameCount {
            frameBases.append(Interpreter.frames[k].regs - rootRegs)
        }
        inMemoryDepth = depth
        for k in stride(from: 1, through: inMemoryDepth, by: 1)
        where Interpreter.runsGeneratorInPlace(Interpreter.frames[rootIndex + k].returnTo) {
            generatorFrames[k] = (gen: -1, backEdges: 0)
        }
    }

    /// Whether `pc` of the root code lies inside the loop's body (a nested loop's header;
    /// for a function's trace, any pc of code that has loops).
    func isNested(_ pc: Int) -> Bool { pc > headerPC && pc < loopEndPC }

    var depth: Int { Interpreter.frameCount - 1 - rootIndex }
    var rootRegs: UnsafeMutablePointer<SwValue> { Interpreter.frames[rootIndex].regs }

    func abort(_ reason: String) -> RecordingAborted { RecordingAborted(reason: reason) }

    /// The trace reached its length limit. If it unrolled loops of inlined calls, those
    /// are called from now on and the loop is recorded again (not counted as an abort).
    func tooLong() -> RecordingAborted {
        let reason = "trace too long (trace_limit=\(limit))"
        guard !unrolledCodes.isEmpty else { return abort(reason) }
        for hot in unrolledCodes { hot.pointee.noUnroll = true }
        return RecordingAborted(reason: reason + "; inlined loops will be called", notNow: true)
    }

    // MARK: - Emitting

    func emit(_ op: IROp, _ type: IRType, _ a: Ref = -1, _ b: Ref = -1, _ c: Ref = -1, aux: Int64 = 0) throws -> Ref {
        if trace.instrs.count >= limit { throw tooLong() }
        var ins = IRInstr(op, type, a: a, b: b, c: c, aux: aux)
        if op.isGuard { ins.snapshot = snapshot() }
        if op == .SW_IR_RESIDUAL || op == .SW_IR_CALL_TRACE {
            freshInstances.removeAll()
            boundInline.removeAll()
        }
        return trace.append(ins)
    }

    func guardTrue(_ r: Ref) throws { _ = try emit(.SW_IR_GUARD_TRUE, .void, r) }
    func guardFalse(_ r: Ref) throws { _ = try emit(.SW_IR_GUARD_FALSE, .void, r) }
    func guardType(_ r: Ref, _ t: TypeRef) throws { _ = try emit(.SW_IR_GUARD_TYPE, .void, r, aux: Int64(Int(bitPattern: t))) }

    /// Whether instance `o`'s attribute `name` can be traced: a class with a plain layout,
    /// no __setattr__/__getattr__ hooks, and no data descriptor for the name. Returns the class-level attribute (`.some(nil)`: none) when traceable,
    /// nil when not.
    func instanceAttributeTraceable(_ o: SwValue, _ name: SwValue) -> SwValue?? {
        guard let t = plainAttributeClass(o, name) else { return nil }
        let a = Classes.lookup(t, name)
        if let a, Classes.isDataDescriptor(a) { return nil }
        return .some(a)
    }

    /// The class of `o` when its attribute `name` may be traced at all: a heap instance of
    /// a plain layout without attribute hooks, and not a name like __dict__ or __class__
    /// (the object's own machinery).
    func plainAttributeClass(_ o: SwValue, _ name: SwValue) -> TypeRef? {
        guard Classes.isHeapInstance(o), !Str.swift(name).hasPrefix("__") else { return nil }
        let t = o.obj.pointee.type
        guard let c = t.pointee.cache, c.pointee.solidBase == T.object,
              Classes.userMethod(t, SN.__setattr__) == nil, Classes.userMethod(t, SN.__getattr__) == nil,
              Classes.userMethod(t, SN.__delattr__) == nil else { return nil }
        return t
    }

    /// Guards that instance `o` (its class guarded) has no `name` of its own; nothing to
    /// check when its class gives it no dict (__slots__).
    func guardNotShadowed(_ o: SwValue, _ ro: Ref, _ name: SwValue) throws {
        guard Classes.dictOffset(o.obj.pointee.type) >= 0 else { return }
        // (The callers have checked that `o` has no `name` of its own.) No instance of a
        // class defining `name` may hold it, and none gains it: a guard on a constant
        // (hoisted out of loops that call nothing out, and folded with its repeats). See
        // Classes.shadowWatch.
        if Classes.shadowingTracked(name) {
            try guardUnchanged(Classes.shadowWatch)
            return
        }
        let has = try emit(.SW_IR_CALL_HELPER, .value, try boxed(ro), try boxed(constant(name)),
                           aux: JIT.Helper.hasattr.rawValue)
        try guardFalse(try emit(.SW_IR_UNBOX, .bool, has))
    }

    /// The byte offset of `name` in instance `o` when its class declares it in
    /// `__slots__` (a member descriptor, and no attribute hooks); nil otherwise.
    func slotMember(_ o: SwValue, _ name: SwValue) -> Int? {
        guard let t = plainAttributeClass(o, name), let a = Classes.lookup(t, name),
              a.isObject(ofType: T.memberDescriptor) else { return nil }
        return Int(objectSlots(a.obj)[MemberSlot.offset].int)
    }

    /// Guards that `r` is exactly heap type `t` and that every class dict on its MRO is
    /// unchanged, so class-level lookups stay as recorded.
    func guardClass(_ r: Ref, _ t: TypeRef) throws {
        try guardType(r, t)
        try guardClassDicts(t)
    }
    /// Guards that every class dict on `t`'s MRO is unchanged.
    func guardClassDicts(_ t: TypeRef) throws {
        for c in Types.mro(t) {
            let ct = c.as(SwType.self)
            if Classes.isHeapType(ct) { try guardUnchanged(Types.dict(ct)) }
        }
    }
    /// Guards that `r` is the very object `v` (nothing to check for a constant).
    func guardIdentity(_ r: Ref, _ v: SwValue) throws {
        guard !isConst(r) else { return }
        _ = try emit(.SW_IR_GUARD_ID, .void, r, aux: Int64(bitPattern: v.bits))
        keepAlive(v)
    }
    /// Registers object `v`, which the machine code names by address, with the trace (once).
    func keepAlive(_ v: SwValue) {
        if keptAlive.insert(v.bits).inserted { trace.constantObjects.append(v) }
    }
    /// Guards that dict `d` is unchanged since recording (its contents are then constants).
    func guardUnchanged(_ d: SwValue) throws {
        _ = try emit(.SW_IR_GUARD_VERSION, .void, constant(d), aux: Int64(bitPattern: d.as(SwDict.self).pointee.version))
    }

    /// Guards that dict `d` has the keys it has now, each at the same entry number.
    func guardKeys(_ d: SwValue) throws {
        _ = try emit(.SW_IR_GUARD_KEYS, .void, constant(d), aux: Int64(bitPattern: d.as(SwDict.self).pointee.keysVersion))
    }

    /// A dict entry as a trace reaches it: the dict, its entries array, and the byte
    /// offsets of entry i's key and value in that array.
    typealias EntryRefs = (dict: Ref, entries: Ref, keyOffset: Int64, valueOffset: Int64)
    func entryRefs(_ dict: Ref, _ i: Int) throws -> EntryRefs {
        let entries = try emit(.SW_IR_LOAD_PTR, .object, dict, aux: Int64(MemoryLayout<SwDict>.offset(of: \SwDict.entries)!))
        let entry = Int64(i * MemoryLayout<SwDictEntry>.stride)
        return (dict, entries, entry + Int64(MemoryLayout<SwDictEntry>.offset(of: \SwDictEntry.key)!),
                entry + Int64(MemoryLayout<SwDictEntry>.offset(of: \SwDictEntry.value)!))
    }

    /// Where module dict `d` keeps `name`: its entry number (fixed while the dict's keys
    /// are, which this guards) and the refs to reach it. Nil when the name is not there.
    func moduleEntry(_ d: SwValue, _ name: SwValue) throws -> (index: Int, refs: EntryRefs)? {
        guard let i = Dict.findStr(d, name, identicalOnly: false) else { return nil }
        try guardKeys(d)
        return (i, try entryRefs(constant(d), i))
    }

    /// Reads `name` from module dict `d` (globals, or a module's attributes) through its
    /// entry, so rebinding it (or any other name of the module) leaves the trace valid.
    /// A function, class, built-in or module is guarded to be the object seen and is a
    /// constant from there (calls through it inline, attribute lookups on it are decided
    /// while recording; such names are rarely rebound); anything else is a variable. Nil
    /// when the name is not in `d`.
    func loadModuleName(_ d: SwValue, _ name: SwValue) throws -> (value: SwValue, ref: Ref)? {
        guard let (i, e) = try moduleEntry(d, name) else { return nil }
        let v = Dict.entryValue(d, i)
        let r = try emit(.SW_IR_LOAD_VALUE, .value, e.entries, aux: e.valueOffset)
        guard v.isObject(ofType: T.function) || v.isObject(ofType: T.builtinFunction) || v.isObject(ofType: T.module)
                || isTypeObject(v) else { return (v, r) }
        try guardIdentity(try emit(.SW_IR_UNBOX, .object, r), v)
        return (v, constant(v))
    }

    /// Stores value `v` into an existing dict entry and bumps the dict's version, as the
    /// interpreter's store does (guards on the whole dict see the change).
    func storeEntry(_ e: EntryRefs, _ v: Ref) throws {
        _ = try emit(.SW_IR_STORE_VALUE, .void, e.entries, -1, try boxed(v), aux: e.valueOffset)
        _ = try emit(.SW_IR_DICT_BUMP, .void, e.dict)
    }

    func constant(_ v: SwValue) -> Ref {
        let t = IRType(tag: v.tag)
        let key = "\(t.letter)\(v.bits)"
        if let r = constants[key] { return r }
        if t == .object { keepAlive(v) }
        let r = trace.append(IRInstr(.SW_IR_CONST, t, aux: Int64(bitPattern: v.bits)))
        constants[key] = r
        return r
    }
    func constInt(_ i: Int64) -> Ref { constant(SwValue(int: i)) }

    func isConst(_ r: Ref) -> Bool { trace.instrs[Int(r)].op == .SW_IR_CONST }
    func type(_ r: Ref) -> IRType { trace.instrs[Int(r)].type }

    /// The snapshot for the current instruction: every frame's resume pc and what each
    /// slot holds right now.
    func snapshot() -> Int32 {
        if let p = pendingSlice {
            // Exits while a slice is deferred redo its subscription (see `deferSlice`).
            precondition(!p.scratchRewritten, "an exit after the deferred slice's bounds were overwritten")
            return p.snapshot
        }
        if currentSnapshot >= 0 { return currentSnapshot }
        var frames: [SnapshotFrame] = []
        // Registers live where each frame resumes: an exit need not write the others
        // (nothing reads them before writing them).
        var live = RegisterSet(count: frameBases[depth] + Interpreter.frames[rootIndex + depth].hot.pointee.registerCount)
        for k in 0...depth {
            let f = Interpreter.frames[rootIndex + k]
            let l = JIT.liveness(f.info.takeUnretainedValue())
            if f.pc < l.count {
                for r in l[f.pc].members { live.insert(frameBases[k] + r) }
            } else {
                for r in 0..<f.hot.pointee.registerCount { live.insert(frameBases[k] + r) }
            }
            if k < depth, case let returnTo = Interpreter.frames[rootIndex + k + 1].returnTo, Interpreter.isConsumer(returnTo) {
                // A CALL consuming a generator expression in place: its result register (the
                // collector) and argument (the generator) are read when the frame returns.
                let w = Instruction(word: f.hot.pointee.words[f.pc - 1])
                live.insert(frameBases[k] + Interpreter.consumerResult(returnTo))
                live.insert(frameBases[k] + Generator.inPlaceRegister(w))
            }
            var sf = SnapshotFrame(pc: f.pc, base: frameBases[k], registerCount: f.hot.pointee.registerCount)
            if k > 0 {
                let info = f.info.takeUnretainedValue()
                sf.code = info.value
                sf.function = f.function
                // (Made by this trace, a closure may be gone by the time an exit rebuilds the
                // frame: the one recorded stays alive for the frame to root.)
                if f.function.tag == .SW_TAG_OBJ { keepAlive(f.function) }
                sf.globals = f.globals
                sf.returnTo = f.returnTo
                sf.name = info.code.name
                sf.inMemory = k <= inMemoryDepth
            }
            frames.append(sf)
        }
        var slots = self.slots
        // (Exits during a CALL_METHOD whose self slot the recording filled leave it unbound,
        // as the interpreter expects it there.)
        if unboundSelfSlot >= 0 { slots[unboundSelfSlot] = constant(.unbound) }
        rawSnapshots.append((frames: frames, slots: slots, afterFlush: flushed, live: live))
        let top = Interpreter.frames[Interpreter.frameCount - 1]
        trace.snapshotLines.append(top.info.takeUnretainedValue().code.line(at: top.pc))
        currentSnapshot = Int32(rawSnapshots.count - 1)
        return currentSnapshot
    }

    // MARK: - Slots

    var frame: Frame { Interpreter.frames[Interpreter.frameCount - 1] }
    var base: Int { frameBases[depth] }

    /// The IR value of register `r` of the current frame.
    func read(_ r: Int) throws -> Ref {
        let s = base + r
        if pendingSlice?.slot == s { try makeDeferredSlice() }
        if let ref = slots[s] { return ref }
        let hot = frame.hot.pointee
        if r >= hot.constantBase && r < hot.constantBase + hot.constantCount {
            return constant(frame.regs[r])
        }
        if depth > inMemoryDepth, let gen = generatorFrames[depth]?.gen {
            // A resumed generator's register, unchanged since it was saved.
            guard frame.regs[r].tag != .SW_TAG_UNBOUND else { throw abort("read of an unbound register") }
            let ref = try emit(.SW_IR_OBJ_SLOT, .value, gen, Ref(GenSlot.registers + r))
            slots[s] = ref
            return ref
        }
        guard depth <= inMemoryDepth else { throw abort("read of an unassigned register in an inlined call") }
        let v = frame.regs[r]
        if v.tag == .SW_TAG_UNBOUND { throw abort("read of an unbound register") }
        if flushed {
            let ref = try emit(.SW_IR_LOADSLOT, IRType(tag: v.tag), Ref(s))
            slots[s] = ref
            return ref
        }
        let ref = trace.append(IRInstr(.SW_IR_INPUT, IRType(tag: v.tag), a: Ref(s), snapshot: 0))
        inputs[s] = ref
        slots[s] = ref
        return ref
    }

    /// The value of register `r` with its current type known (unboxing a value read from
    /// a list or an object behind a tag guard).
    func readTyped(_ r: Int) throws -> Ref {
        let ref = try read(r)
        if type(ref) != .value { return ref }
        let v = frame.regs[r]
        if v.tag == .SW_TAG_UNBOUND { throw abort("unbound value") }
        let u = try emit(.SW_IR_UNBOX, IRType(tag: v.tag), ref)
        slots[base + r] = u
        return u
    }

    func write(_ r: Int, _ ref: Ref) {
        slots[base + r] = ref
        if depth == 0 {
            written.insert(r)
            if writeThrough.contains(r) { trace.append(IRInstr(.SW_IR_STORESLOT, .void, a: Ref(r), b: ref)) }
        }
    }

    /// A value (16-byte) form of a reference, for stores into lists.
    func boxed(_ r: Ref) throws -> Ref {
        type(r) == .value ? r : try emit(.SW_IR_BOX, .value, r)
    }

    // MARK: - Recording

    /// Records and executes instructions until the loop closes (the trace is returned) or
    /// recording aborts. Either way the interpreter resumes at `frames[top].pc`.
    func run() throws -> Trace {
        // Recording must see a full iteration: if the loop is about to end, wait for the
        // next time round (this is not an abort).
        if !isBridge, case let first = Instruction(word: Interpreter.frames[rootIndex].hot.pointee.words[headerPC]),
           first.op == .SW_OP_FOR_ITER, Recorder.exhausted(Interpreter.frames[rootIndex].regs[first.a]) {
            throw RecordingAborted(reason: "", notNow: true)
        }
        while true {
            currentSnapshot = -1
            let fi = Interpreter.frameCount - 1
            let pc = Interpreter.frames[fi].pc
            let hot = Interpreter.frames[fi].hot
            let w = Instruction(word: hot.pointee.words[pc])
            if pendingSlice != nil && !sliceMayStayDeferred(w, pc, fi) { try makeDeferredSlice() }
            // The header of a nested loop (a `for` loop's FOR_ITER, a `while` loop's first
            // instruction) with machine code: run it, once (after it, a FOR_ITER at its end
            // jumps out, and a while loop's test is recorded as it falls through).
            if fi == rootIndex && pc != headerPC && innerLoopDone != pc && isNested(pc) {
                innerLoopDone = -1
                if let inner = JIT.loop(hot, pc)?.compiled?.takeUnretainedValue() {
                    try callInnerTrace(inner, pc, fi)
                    continue
                }
            }
            steps += 1
            if try step(w, pc, fi) { return try finish() }
        }
    }

    /// One instruction; true when it closed the loop.
    func step(_ w: Instruction, _ pc: Int, _ fi: Int) throws -> Bool {
        let regs = Interpreter.frames[fi].regs
        let a = w.a, b = w.b, c = w.c
        func next() { Interpreter.frames[fi].pc = pc + 1 }
        switch w.op {
        case .SW_OP_NOP:
            next()
        case .SW_OP_MOVE:
            write(a, try read(b)); regs[a] = regs[b]; next()
        case .SW_OP_LOAD_CONST:
            write(a, constant(frame.hot.pointee.constants[b])); regs[a] = frame.hot.pointee.constants[b]; next()
        case .SW_OP_CHECK_BOUND:
            _ = try read(a); next()
        case .SW_OP_LOAD_GLOBAL:
            let name = frame.hot.pointee.names[b]
            let globals = frame.globals
            if let (v, r) = try loadModuleName(globals, name) {
                write(a, r); regs[a] = v; next()
                return false
            }
            // A built-in: no global has come to shadow it (the module's keys are as now).
            try guardKeys(globals)
            try guardUnchanged(Modules.builtinsDict)
            guard let v = Dict.getStr(Modules.builtinsDict, name) else { throw abort("global name not found") }
            write(a, constant(v)); regs[a] = v; next()
        case .SW_OP_STORE_GLOBAL:
            let name = frame.hot.pointee.names[b]
            let globals = frame.globals
            guard let (i, e) = try moduleEntry(globals, name) else { throw abort("store to a new global") }
            try storeEntry(e, try read(a))
            Dict.setEntryValue(globals, i, regs[a]); next()
        case .SW_OP_ADD, .SW_OP_SUB, .SW_OP_MUL, .SW_OP_TRUEDIV, .SW_OP_FLOORDIV, .SW_OP_MOD, .SW_OP_POW,
             .SW_OP_LSHIFT, .SW_OP_RSHIFT, .SW_OP_BITAND, .SW_OP_BITOR, .SW_OP_BITXOR:
            let op = Interpreter.binaryOp(Int(w.op.rawValue) - Int(SwOpcode.SW_OP_ADD.rawValue))
            if try binaryDunder(op, a, b, c, pc, fi, regs) { return false }
            if op == .add && regs[b].isObject(ofType: T.list) && regs[c].isObject(ofType: T.list) {
                // Two lists joined: a new list, by a helper.
                let rx = try readTyped(b), ry = try readTyped(c)
                try guardType(rx, T.list); try guardType(ry, T.list)
                let r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rx), try boxed(ry), aux: JIT.Helper.listConcat.rawValue)
                regs[a] = List.concat(regs[b], regs[c])
                write(a, r); next()
                return false
            }
            if try binary(op, a, b, c, regs) { next() } else { try residual(w, pc, fi) }
        case .SW_OP_IADD, .SW_OP_ISUB, .SW_OP_IMUL, .SW_OP_ITRUEDIV, .SW_OP_IFLOORDIV, .SW_OP_IMOD, .SW_OP_IPOW,
             .SW_OP_ILSHIFT, .SW_OP_IRSHIFT, .SW_OP_IBITAND, .SW_OP_IBITOR, .SW_OP_IBITXOR:
            let op = Interpreter.binaryOp(Int(w.op.rawValue) - Int(SwOpcode.SW_OP_IADD.rawValue))
            if try binary(op, a, b, c, regs) { next() } else { try residual(w, pc, fi) }
        case .SW_OP_NEG, .SW_OP_POS, .SW_OP_INVERT:
            let x = regs[b]
            guard x.tag == .SW_TAG_INT || (x.tag == .SW_TAG_FLOAT && w.op != .SW_OP_INVERT),
                  !(w.op == .SW_OP_NEG && x.tag == .SW_TAG_INT && x.int == Int64.min) else {
                try residual(w, pc, fi)
                return false
            }
            let rx = try readTyped(b)
            var r: Ref
            switch (w.op, x.tag) {
            case (.SW_OP_NEG, .SW_TAG_INT): r = try emit(.SW_IR_INEG_OV, .int, rx)
            case (.SW_OP_NEG, .SW_TAG_FLOAT): r = try emit(.SW_IR_FNEG, .float, rx)
            case (.SW_OP_INVERT, .SW_TAG_INT): r = try emit(.SW_IR_IINVERT, .int, rx)
            default: r = rx
            }
            regs[a] = try Ops.unary(w.op == .SW_OP_NEG ? .neg : w.op == .SW_OP_POS ? .pos : .invert, x)
            write(a, r); next()
        case .SW_OP_NOT:
            let t = try truth(b, regs)
            write(a, try emit(.SW_IR_BNOT, .bool, t))
            regs[a] = SwValue(bool: !(try Ops.truthy(regs[b]))); next()
        case .SW_OP_LT, .SW_OP_LE, .SW_OP_GT, .SW_OP_GE, .SW_OP_EQ, .SW_OP_NE:
            let cop = CompareOp(rawValue: Int(w.op.rawValue) - Int(SwOpcode.SW_OP_LT.rawValue))!
            if try compare(cop, a, b, c, regs) { next() } else { try residual(w, pc, fi) }
        case .SW_OP_IS, .SW_OP_IS_NOT:
            let x = regs[b], y = regs[c]
            if x.tag == .SW_TAG_OBJ && y.tag == .SW_TAG_OBJ {
                let same = try emit(.SW_IR_OEQ, .bool, try readTyped(b), try readTyped(c))
                write(a, w.op == .SW_OP_IS ? same : try emit(.SW_IR_BNOT, .bool, same))
                regs[a] = SwValue(bool: Interpreter.isSame(x, y) == (w.op == .SW_OP_IS)); next()
                return false
            }
            guard x.tag != y.tag || x.tag == .SW_TAG_NONE else { throw abort("'is' on ints, floats or bools") }
            // With both types guarded (a value read from a list or tuple has its tag
            // checked here), None is None and values of different types are never the same.
            _ = try readTyped(b); _ = try readTyped(c)
            let same = x.tag == y.tag
            let v = w.op == .SW_OP_IS ? same : !same
            write(a, constant(SwValue(bool: v))); regs[a] = SwValue(bool: v); next()
        case .SW_OP_JUMP:
            Interpreter.frames[fi].pc = pc + 1 + w.jump
        case .SW_OP_JUMP_BACK:
            let target = pc + 1 + w.jump
            if depth > 0, Interpreter.frames[fi].returnTo == Interpreter.generatorReturnFlag {
                // A resumed generator's loop, on to its next yield.
                guard generatorFrames[depth] != nil else { throw abort("loop of a generator frame an exit rebuilt") }
                generatorFrames[depth]!.backEdges += 1
                guard generatorFrames[depth]!.backEdges <= Self.generatorBackEdgeLimit else {
                    Interpreter.frames[fi].hot.pointee.noUnroll = true
                    throw abort("generator took \(Self.generatorBackEdgeLimit) back-edges without yielding; it will be resumed by the interpreter")
                }
                Interpreter.frames[fi].pc = target
                return false
            }
            if depth > 0 {
                // A loop of an inlined call, or of a generator expression consumed in place:
                // its iterations are unrolled, each guarded as recorded (a different trip
                // count leaves the trace), up to a limit past which calls of the code are
                // left to the interpreter from now on.
                let hot = Interpreter.frames[fi].hot
                if !unrolledCodes.contains(hot) { unrolledCodes.append(hot) }
                let consumer = Interpreter.isConsumer(Interpreter.frames[fi].returnTo)
                let limit = consumer ? Self.consumerIterationLimit : JIT.options.unroll
                if consumer { consumerIterations += 1 } else { unrolledIterations += 1 }
                guard (consumer ? consumerIterations : unrolledIterations) <= limit else {
                    hot.pointee.noUnroll = true
                    throw RecordingAborted(reason: "loop of \(consumer ? "a consumed generator expression" : "an inlined call") ran over \(limit) iterations; it will be called",
                                           notNow: true)
                }
                Interpreter.frames[fi].pc = target
                return false
            }
            guard target == headerPC else {
                let inner = JIT.loop(Interpreter.frames[fi].hot, target)
                // Back to the header of an inner loop with machine code (after following
                // one of its side exits): it runs again.
                if inner?.compiled != nil && isNested(target) {
                    innerLoopDone = -1
                    Interpreter.frames[fi].pc = target
                    return false
                }
                // The path left the loop for an enclosing one: record another time.
                if !isNested(target) { throw RecordingAborted(reason: "the path leaves the loop", notNow: true) }
                // An inner loop without machine code yet: try again later unless it
                // never will have any.
                if inner?.blacklisted == true { throw abort("inner loop at pc \(target) cannot be traced") }
                throw RecordingAborted(reason: "inner loop at pc \(target) not compiled yet", notNow: true,
                                       compiling: inner?.pending == true)
            }
            Interpreter.frames[fi].pc = target
            return true
        case .SW_OP_JUMP_IF_TRUE, .SW_OP_JUMP_IF_FALSE:
            let t = try truth(a, regs)
            let taken = try Ops.truthy(regs[a])
            if taken { try guardTrue(t) } else { try guardFalse(t) }
            let jump = taken == (w.op == .SW_OP_JUMP_IF_TRUE)
            Interpreter.frames[fi].pc = jump ? pc + 1 + w.jump : pc + 1
        case .SW_OP_FOR_ITER:
            try forIter(w, pc, fi, regs)
        case .SW_OP_CALL, .SW_OP_CALL_METHOD, .SW_OP_CALL_KW, .SW_OP_CALL_METHOD_KW:
            try call(w, pc, fi, regs)
        case .SW_OP_LIST_APPEND:
            // (A comprehension's list.)
            guard regs[a].isObject(ofType: T.list) else { throw abort("list_append to \(Ops.typeName(regs[a]))") }
            let rl = try readTyped(a)
            try guardType(rl, T.list)
            _ = try emit(.SW_IR_LIST_APPEND, .void, rl, try boxed(try read(b)))
            List.append(regs[a], regs[b]); next()
        case .SW_OP_YIELD where generatorFrames[depth] != nil:
            try yieldToLoop(a, pc)
        case .SW_OP_GEN_YIELD where generatorFrames[depth] != nil && regs[b].tag == .SW_TAG_UNBOUND:
            // (A generator expression resumed by a loop has no collector.)
            try yieldToLoop(a, pc)
        case .SW_OP_GEN_YIELD:
            // A generator expression's item, traced while a consumer collects it (the
            // collector's type is guarded: a frame resumed by `next` leaves there and yields).
            // (A set's item: one whose type alone, guarded, says its hash runs no code.)
            let sink = regs[b], v = regs[a]
            if sink.isObject(ofType: T.list) {
                let rs = try readTyped(b)
                try guardType(rs, T.list)
                _ = try emit(.SW_IR_LIST_APPEND, .void, rs, try boxed(try read(a)))
                List.append(sink, v); next()
            } else if sink.isObject(ofType: T.set) && PySet.isPlainKey(v) {
                let rs = try readTyped(b)
                try guardType(rs, T.set)
                let rv = try readTyped(a)
                if v.tag == .SW_TAG_OBJ { try guardType(rv, v.obj.pointee.type) }
                _ = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rs), try boxed(rv), aux: JIT.Helper.setAdd.rawValue)
                try PySet.add(sink, v); next()
            } else {
                throw abort("a generator expression's yield")
            }
        case .SW_OP_LOAD_METHOD:
            let o = regs[b]
            let ro = try readTyped(b)
            let name = frame.hot.pointee.names[c]
            if o.isObject(ofType: T.module) {
                guard isConst(ro) else { throw abort("method of a non-constant module") }
                guard let (v, r) = try loadModuleName(Modules.dict(o), name) else { throw abort("module attribute missing") }
                write(a, r); write(a + 1, constant(.unbound))
                regs[a] = v; regs[a + 1] = .unbound
            } else if let classAttr = instanceAttributeTraceable(o, name), let f = classAttr,
                      f.isObject(ofType: T.function), Classes.ownAttribute(o, o.obj.pointee.type, name) == nil {
                // o.method(...): the class's function and o as self, if o's dict does not shadow it.
                try guardClass(ro, o.obj.pointee.type)
                try guardNotShadowed(o, ro, name)
                write(a, constant(f)); write(a + 1, ro)
                regs[a] = f; regs[a + 1] = o
            } else if o.isObject(ofType: T.list) && Str.swift(name) == "append" {
                try guardType(ro, T.list)
                let (m, s) = try Ops.loadMethod(o, name)
                write(a, constant(m)); write(a + 1, ro)
                regs[a] = m; regs[a + 1] = s
            } else if o.tag == .SW_TAG_OBJ, !Classes.isHeapType(o.obj.pointee.type), !o.isObject(ofType: T.type),
                      case let (m, s) = try Ops.loadMethod(o, name), s.identical(o), m.isObject(ofType: T.builtinFunction) {
                // A method of a built-in type (whose dict never changes): its function.
                try guardType(ro, o.obj.pointee.type)
                write(a, constant(m)); write(a + 1, ro)
                regs[a] = m; regs[a + 1] = s
            } else {
                throw abort("method '\(Str.swift(name))' of \(Ops.typeName(o))")
            }
            next()
        case .SW_OP_STORE_ATTR:
            let o = regs[a]
            let name = frame.hot.pointee.names[b]
            if let off = slotMember(o, name) {
                // A __slots__ attribute: a field of the object.
                let ro = try readTyped(a)
                try guardClass(ro, o.obj.pointee.type)
                _ = try emit(.SW_IR_STORE_VALUE, .void, ro, -1, try boxed(try read(c)), aux: Int64(off))
                try Ops.setAttr(o, name, regs[c])
                next()
                return false
            }
            guard instanceAttributeTraceable(o, name) != nil, Classes.dictOffset(o.obj.pointee.type) >= 0 else {
                try residual(w, pc, fi)
                return false
            }
            let ro = try readTyped(a)
            try guardClass(ro, o.obj.pointee.type)
            if let off = try inlineStore(o, ro, name) {
                // An inline value: stored in place.
                _ = try emit(.SW_IR_STORE_VALUE, .void, ro, -1, try boxed(try read(c)), aux: off)
            } else if let e = try instanceEntry(o, ro, name) {
                // An attribute the instance has: its dict entry's value replaced in place.
                try storeEntry(e, try read(c))
            } else {
                freshInstances[ro] = nil
                _ = try emit(.SW_IR_CALL_HELPER, .value, try boxed(ro), try boxed(try read(c)), try boxed(constant(name)),
                             aux: JIT.Helper.setattr.rawValue)
            }
            try Ops.setAttr(o, name, regs[c])
            next()
        case .SW_OP_LOAD_ATTR:
            let o = regs[b]
            let ro = try readTyped(b)
            let name = frame.hot.pointee.names[c]
            if let off = slotMember(o, name) {
                // A __slots__ attribute: a field of the object (unset: left to the interpreter).
                let v = Classes.field(o.obj, off).pointee
                guard v.tag != .SW_TAG_UNBOUND else { throw abort("unset slot attribute") }
                try guardClass(ro, o.obj.pointee.type)
                let typed = try emit(.SW_IR_UNBOX, IRType(tag: v.tag), try emit(.SW_IR_LOAD_VALUE, .value, ro, aux: Int64(off)))
                regs[a] = v
                write(a, typed); next()
                return false
            }
            if instanceAttributeTraceable(o, name) != nil, let v = Classes.ownAttribute(o, o.obj.pointee.type, name) {
                // An instance attribute: looked up in the instance dict, its type guarded.
                try guardClass(ro, o.obj.pointee.type)
                let r: Ref
                if let off = try inlineLoad(o, ro, name) {
                    r = try emit(.SW_IR_LOAD_VALUE, .value, ro, aux: off)
                } else if let e = try instanceEntry(o, ro, name) {
                    r = try emit(.SW_IR_LOAD_VALUE, .value, e.entries, aux: e.valueOffset)
                } else {
                    r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(ro), try boxed(constant(name)),
                                 aux: JIT.Helper.getattr.rawValue)
                }
                let typed = try emit(.SW_IR_UNBOX, IRType(tag: v.tag), r)
                regs[a] = v
                write(a, typed); next()
                return false
            }
            if case .some(.some(let attr)) = instanceAttributeTraceable(o, name), isPlainClassConstant(attr),
               Classes.ownAttribute(o, o.obj.pointee.type, name) == nil {
                // A class attribute holding a plain value (a number, string, tuple...), read
                // through an instance: constant while the class dicts are unchanged and the
                // instance does not shadow it.
                try guardClass(ro, o.obj.pointee.type)
                try guardNotShadowed(o, ro, name)
                regs[a] = attr
                write(a, constant(attr)); next()
                return false
            }
            guard o.isObject(ofType: T.module), isConst(ro) else { try residual(w, pc, fi); return false }
            guard let (v, r) = try loadModuleName(Modules.dict(o), name) else { throw abort("module attribute missing") }
            write(a, r); regs[a] = v; next()
        case .SW_OP_RETURN:
            if depth > 0 && frame.returnTo == Interpreter.generatorReturnFlag {
                // The generator is finished: its loop ends (the root loop's, on a later iteration).
                let rootLoop = depth == 1 && !isBridge && Interpreter.frames[rootIndex].pc == headerPC + 1
                throw RecordingAborted(reason: "a resumed generator returns", notNow: rootLoop)
            }
            if depth > 0 && Interpreter.isConsumer(frame.returnTo) {
                try finishConsumer()
                return false
            }
            guard depth > 0 else {
                // A bridge may end here: it leaves for the interpreter, which returns.
                if isBridge { leavesByReturn = true; return true }
                // This iteration leaves the loop: record a later one.
                throw RecordingAborted(reason: "the loop returns", notNow: true)
            }
            var result = try read(a)
            let value = regs[a]
            let calleeBase = base
            let returnTo = frame.returnTo
            let binop = returnTo >= Interpreter.initReturnFlag && returnTo & Interpreter.binopReturnFlag != 0
            if binop {
                // An inlined __op__: NotImplemented would send the interpreter to the
                // reflected operation; the trace carries on with the result's type guarded.
                guard !value.identical(Singletons.notImplemented) else { throw abort("special method returned NotImplemented") }
                if type(result) == .value { result = try emit(.SW_IR_UNBOX, IRType(tag: value.tag), result) }
                if type(result) == .object { try guardType(result, value.obj.pointee.type) }
            }
            Interpreter.frameCount -= 1
            frameBases.removeLast()
            inMemoryDepth = min(inMemoryDepth, depth)
            for s in slots.keys where s >= calleeBase { slots[s] = nil }
            if binop {
                let dst = returnTo & ~Interpreter.binopReturnFlag
                Interpreter.frames[Interpreter.frameCount - 1].regs[dst] = value
                write(dst, result)
            } else if returnTo == Interpreter.discardReturnFlag {
                // An inlined __setitem__: its result is dropped.
            } else if returnTo >= Interpreter.initReturnFlag {
                // An inlined __init__: the new object already sits in the result register.
                guard value.isNone && isConst(result) else { throw abort("__init__ returning a value") }
            } else {
                Interpreter.frames[Interpreter.frameCount - 1].regs[returnTo] = value
                write(returnTo, result)
            }
        case .SW_OP_GETITEM:
            let o = regs[b], k = regs[c]
            if try enterSpecialMethod(o, b, SN.__getitem__, args: [b, c], returnTo: a, pc, fi, regs) { return false }
            if o.isObject(ofType: T.tuple) && k.tag == .SW_TAG_INT, let rk = try? read(c), isConst(rk),
               k.int >= 0 && k.int < Int64(Tuple.count(o)) {
                // A tuple item at a constant index: where the tuple's slot values sit.
                let ro = try readTyped(b)
                try guardType(ro, T.tuple)
                try guardTrue(try emit(.SW_IR_ILT, .bool, constInt(k.int), try emit(.SW_IR_TUPLE_LEN, .int, ro)))
                let item = try emit(.SW_IR_OBJ_SLOT, .value, ro, Ref(k.int))
                regs[a] = try Ops.getItem(o, k)
                write(a, item); next()
                return false
            }
            if o.isObject(ofType: T.tuple) && k.tag == .SW_TAG_INT {
                let ro = try readTyped(b)
                try guardType(ro, T.tuple)
                let idx = try listIndex(ro, try readTyped(c), k.int, Tuple.count(o), length: .SW_IR_TUPLE_LEN)
                regs[a] = try Ops.getItem(o, k)
                write(a, try emit(.SW_IR_TUPLE_ITEM, .value, ro, idx)); next()
                return false
            }
            if o.isObject(ofType: T.list), k.isObject(ofType: T.slice), let rk = try? read(c), listSlices[rk] != nil {
                // list[i:j:k]: a new list, by a helper (no frames to write, unlike a residual).
                let ro = try readTyped(b)
                try guardType(ro, T.list)
                if try deferSlice(a, list: ro, slice: rk) {
                    regs[a] = try Ops.getItem(o, k); next()
                    return false
                }
                let r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(ro), try boxed(rk), aux: JIT.Helper.getSlice.rawValue)
                regs[a] = try Ops.getItem(o, k)
                slicedLists.insert(r)
                write(a, r); next()
                return false
            }
            // Arrays have the list layout, their items stored as values of their type.
            guard o.isObject(ofType: T.list) || o.isObject(ofType: T.array), k.tag == .SW_TAG_INT else {
                try residual(w, pc, fi)
                return false
            }
            let ro = try readTyped(b)
            try guardType(ro, o.obj.pointee.type)
            let idx = try listIndex(ro, try readTyped(c), k.int, List.count(o))
            let item = try emit(.SW_IR_LIST_ITEM, .value, ro, idx)
            regs[a] = try Ops.getItem(o, k)
            write(a, item); next()
        case .SW_OP_SETITEM:
            let o = regs[a], k = regs[b]
            if try enterSpecialMethod(o, a, SN.__setitem__, args: [a, b, c], returnTo: Interpreter.discardReturnFlag, pc, fi, regs) {
                return false
            }
            if o.isObject(ofType: T.list), k.isObject(ofType: T.slice), regs[c].isObject(ofType: T.list),
               let rk = try? read(b), listSlices[rk] == true {
                if let p = pendingSlice, p.slot == base + c {
                    // l[i:j] = l[m:n:k], the right side deferred: one helper moves the items.
                    pendingSlice = nil
                    if try !reversePrefix(p, o) {
                        let src = try sourceSlice(p)
                        _ = try emit(.SW_IR_CALL_HELPER, .value, try boxed(p.list), src, try boxed(rk), aux: JIT.Helper.moveSlice.rawValue)
                    }
                    try Ops.setItem(o, k, regs[c]); next()
                    return false
                }
                // l[i:j] = list: by a helper.
                let ro = try readTyped(a)
                try guardType(ro, T.list)
                var items = try read(c)
                if !slicedLists.contains(items) {
                    let typed = try readTyped(c)
                    try guardType(typed, T.list)
                    items = try boxed(typed)
                }
                _ = try emit(.SW_IR_CALL_HELPER, .value, try boxed(ro), try boxed(rk), items, aux: JIT.Helper.setSlice.rawValue)
                try Ops.setItem(o, k, regs[c]); next()
                return false
            }
            guard o.isObject(ofType: T.list) || o.isObject(ofType: T.array), k.tag == .SW_TAG_INT else {
                try residual(w, pc, fi)
                return false
            }
            let ro = try readTyped(a)
            try guardType(ro, o.obj.pointee.type)
            let stored = o.isObject(ofType: T.array) ? try arrayItem(ro, PyArray.code(o), regs[c], c) : try boxed(try read(c))
            let idx = try listIndex(ro, try readTyped(b), k.int, List.count(o))
            _ = try emit(.SW_IR_LIST_SETITEM, .void, ro, idx, stored)
            try Ops.setItem(o, k, regs[c]); next()
        case .SW_OP_GET_ITER:
            let x = regs[b]
            if x.isObject(ofType: T.rangeIterator) || x.isObject(ofType: T.listIterator) {
                // An iterator of its own.
                let rx = try readTyped(b)
                try guardType(rx, x.obj.pointee.type)
                regs[a] = x
                write(a, rx); next()
                return false
            }
            guard x.isObject(ofType: T.list) || x.isObject(ofType: T.range) else { try residual(w, pc, fi); return false }
            let rx = try readTyped(b)
            try guardType(rx, x.obj.pointee.type)
            let it: Ref
            if x.isObject(ofType: T.list) {
                it = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rx), try boxed(constInt(0)), aux: JIT.Helper.listIterator.rawValue)
            } else if let (start, stop) = try unitRange(rx, x) {
                // The iterator of range(start, stop): from start to the larger of the two.
                let end: Ref
                if objectSlots(x.obj)[1].int >= objectSlots(x.obj)[0].int {
                    try guardTrue(try emit(.SW_IR_IGE, .bool, stop, start))
                    end = stop
                } else {
                    try guardTrue(try emit(.SW_IR_ILT, .bool, stop, start))
                    end = start
                }
                it = try rangeIterator(start, end, step: 1)
            } else {
                it = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rx), aux: JIT.Helper.iter.rawValue)
            }
            regs[a] = try Ops.iter(x)
            write(a, it); next()
        case .SW_OP_MAKE_FUNCTION where c == 0 || c == 4:
            // A function without defaults (a comprehension's, a closure): made by a helper,
            // remembered so that calling it inlines its code.
            let code = regs[b]
            let closure = c == 4 ? try readTyped(a + 3) : constant(.none)
            let r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(constant(code)), try boxed(closure),
                             try boxed(constant(frame.globals)), aux: JIT.Helper.makeFunction.rawValue)
            regs[a] = Interpreter.makeFunction(code: code, flags: c, regs: regs + a, globals: frame.globals)
            let u = try emit(.SW_IR_UNBOX, .object, r)
            madeFunctions[u] = closure
            write(a, u); next()
        case .SW_OP_LOAD_DEREF:
            // A cell's contents (slot 0); an empty cell is left to the interpreter to report.
            let v = objectSlots(regs[b].obj)[0]
            guard v.tag != .SW_TAG_UNBOUND else { throw abort("empty cell") }
            let cell = try readTyped(b)
            write(a, try emit(.SW_IR_UNBOX, IRType(tag: v.tag), try emit(.SW_IR_OBJ_SLOT, .value, cell, Ref(0))))
            regs[a] = v; next()
        case .SW_OP_STORE_DEREF:
            let cell = try readTyped(b)
            _ = try emit(.SW_IR_SET_SLOT, .void, cell, Ref(0), try boxed(try read(a)))
            objectSlots(regs[b].obj)[0] = regs[a]; next()
        case .SW_OP_BUILD_SLICE:
            // A slice object (making one cannot fail). One of ints and Nones with a step
            // that is not 0 is remembered for list slicing, its parts' types guarded.
            let parts = (0..<3).map { regs[b + $0] }
            let plain = parts.allSatisfy { $0.tag == .SW_TAG_INT || $0.tag == .SW_TAG_NONE }
                && !(parts[2].tag == .SW_TAG_INT && parts[2].int == 0)
            var refs: [Ref] = []
            for k in 0..<3 { refs.append(plain ? try readTyped(b + k) : try read(b + k)) }
            if plain && parts[2].tag == .SW_TAG_INT && !isConst(refs[2]) {
                try guardTrue(try emit(.SW_IR_INE, .bool, refs[2], constInt(0)))
            }
            var r: Ref
            if plain, let list = try slicedListNext(a, pc, fi, regs) {
                // Sliced at once by the list's own subscription, which keeps no hold on
                // the slice: the parts go into a slice object that is never freed (no
                // allocation), with the list's type guarded first, so that no exit finds
                // that slice in a register (the interpreter only ever gets a new one).
                try guardType(list, T.list)
                r = constant(Recorder.scratchSlice)
                scratchTyped = refs
                scratchParts = parts
                for k in 0..<3 { _ = try emit(.SW_IR_SET_SLOT, .void, r, Ref(k), try boxed(refs[k])) }
                pendingSlice?.scratchRewritten = true
                let s = objectSlots(Recorder.scratchSlice.obj)
                for k in 0..<3 { s[k] = parts[k] }
                regs[a] = Recorder.scratchSlice
            } else {
                r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(refs[0]), try boxed(refs[1]), try boxed(refs[2]),
                             aux: JIT.Helper.slice.rawValue)
                regs[a] = Ops.makeSlice(parts[0], parts[1], parts[2])
            }
            if plain { listSlices[r] = parts[2].tag == .SW_TAG_NONE }
            write(a, r); next()
        case .SW_OP_BUILD_TUPLE where c >= 1 && c <= 3:
            let refs = try (0..<c).map { try boxed(try read(b + $0)) }
            let r = try emit(.SW_IR_NEW_TUPLE, .value, refs[0], c >= 2 ? refs[1] : -1, c == 3 ? refs[2] : -1)
            regs[a] = Tuple.make(Array(UnsafeBufferPointer(start: regs + b, count: c)))
            write(a, r); next()
        case .SW_OP_BUILD_LIST where c <= 3:
            let refs = try (0..<c).map { try boxed(try read(b + $0)) }
            let r = try emit(.SW_IR_NEW_LIST, .value, c >= 1 ? refs[0] : -1, c >= 2 ? refs[1] : -1, c == 3 ? refs[2] : -1)
            regs[a] = List.make(regs + b, count: c)
            write(a, r); next()
        case .SW_OP_UNPACK:
            let v = regs[a]
            let n = c
            let src = try read(a)
            let made = trace.instrs[Int(src)]
            if made.op == .SW_IR_NEW_TUPLE && [made.a, made.b, made.c].filter({ $0 >= 0 }).count == n {
                // A tuple the trace built: its items are known (and, if nothing else needs
                // the tuple, it is never built).
                let items = [made.a, made.b, made.c]
                for i in 0..<n { write(b + i, items[i]) }
                try Interpreter.unpack(v, into: regs + b, count: n)
                next()
                return false
            }
            let rv = try readTyped(a)
            if v.isObject(ofType: T.tuple) && Tuple.count(v) == n {
                try guardType(rv, T.tuple)
                try guardTrue(try emit(.SW_IR_IEQ, .bool, try emit(.SW_IR_TUPLE_LEN, .int, rv), constInt(Int64(n))))
                // Tuple items sit where slot values do.
                for i in 0..<n { write(b + i, try emit(.SW_IR_OBJ_SLOT, .value, rv, Ref(i))) }
            } else if v.isObject(ofType: T.list) && List.count(v) == n {
                try guardType(rv, T.list)
                try guardTrue(try emit(.SW_IR_IEQ, .bool, try emit(.SW_IR_LIST_LEN, .int, rv), constInt(Int64(n))))
                for i in 0..<n { write(b + i, try emit(.SW_IR_LIST_ITEM, .value, rv, constInt(Int64(i)))) }
            } else {
                throw abort("unpacking \(Ops.typeName(v))")
            }
            try Interpreter.unpack(v, into: regs + b, count: n)
            next()
        default:
            try residual(w, pc, fi)
        }
        return false
    }

    /// The value an array with typecode `code` stores for register `r` (holding `v`), with
    /// a guard on the typecode (a field the array never changes): floats and ints in 'd'
    /// arrays, and ints in the integer typecodes, range-checked where the C type is
    /// narrower than int64 (outside it the interpreter raises OverflowError).
    func arrayItem(_ array: Ref, _ code: UInt8, _ v: SwValue, _ r: Int) throws -> Ref {
        let offset = Int64(MemoryLayout<SwList>.size + MemoryLayout<SwValue>.offset(of: \SwValue.bits)!)
        let c = try emit(.SW_IR_FIELD_I64, .int, array, aux: offset)
        try guardTrue(try emit(.SW_IR_IEQ, .bool, c, constInt(Int64(code))))
        let x = try readTyped(r)
        switch (code, v.tag) {
        case (UInt8(ascii: "d"), .SW_TAG_FLOAT): return try boxed(x)
        case (UInt8(ascii: "d"), .SW_TAG_INT): return try boxed(try emit(.SW_IR_I2F, .float, x))
        case (_, .SW_TAG_INT):
            guard let (lo, hi) = PyArray.intRange(code) else { break }
            guard v.int >= lo && v.int <= hi else { throw abort("array item out of range") }
            if lo > Int64.min { try guardTrue(try emit(.SW_IR_IGE, .bool, x, constInt(lo))) }
            if hi < Int64.max { try guardTrue(try emit(.SW_IR_ILE, .bool, x, constInt(hi))) }
            return try boxed(x)
        default:
            break
        }
        throw abort("store of \(Ops.typeName(v)) into array('\(PyArray.codeString(code))')")
    }

    /// `x op y` where x is an instance whose class defines `__op__` in Python: the method
    /// inlined as the interpreter enters it (its result goes to `a`; NotImplemented aborts).
    func binaryDunder(_ op: BinaryOp, _ a: Int, _ b: Int, _ c: Int, _ pc: Int, _ fi: Int,
                      _ regs: UnsafeMutablePointer<SwValue>) throws -> Bool {
        let x = regs[b], y = regs[c]
        guard Classes.binaryDunderMethod(op, x, y) != nil else { return false }
        // The right operand's type decides the order: fixed by a guard.
        let ry = try readTyped(c)
        if y.tag == .SW_TAG_OBJ { try guardType(ry, y.obj.pointee.type) }
        return try enterSpecialMethod(x, b, Classes.binaryNames[op.rawValue].0, args: [b, c],
                                      returnTo: a | Interpreter.binopReturnFlag, pc, fi, regs)
    }

    /// A special method of instance `o` (register `r`) defined in Python on its class,
    /// inlined as a call of `args` registers: false when o's class defines none.
    func enterSpecialMethod(_ o: SwValue, _ r: Int, _ name: SwValue, args: [Int], returnTo: Int, _ pc: Int, _ fi: Int,
                            _ regs: UnsafeMutablePointer<SwValue>) throws -> Bool {
        // (Otherwise the caller leaves the instruction to the interpreter.)
        guard let f = Classes.pythonMethod(o, name), canInline(f, argc: args.count, fi, regs) else { return false }
        try guardClass(try readTyped(r), o.obj.pointee.type)
        try inlineCall(f, args, returnTo, pc, fi, regs)
        return true
    }

    /// Where attribute `name` of instance `o` (at `ro`, class guarded) is, when `o` keeps
    /// its attributes inline and has that one: the value's byte offset, after guards that
    /// the instance still keeps them inline with room for it (none for an instance the
    /// trace made, or one already checked since the last call out). The load's type guard
    /// checks that the value is bound.
    func inlineLoad(_ o: SwValue, _ ro: Ref, _ name: SwValue) throws -> Int64? {
        let t = o.obj.pointee.type
        guard let slot = Classes.inlineSlot(o, t), let i = Classes.attributeIndex(t, name),
              Classes.inlineValue(slot, i) != nil else { return nil }
        if let set = freshInstances[ro], set & (1 << UInt64(i)) != 0 { return Int64(Classes.inlineOffset(t, i)) }
        try guardInline(t, ro, i)
        boundInline.insert(Int64(ro) << 8 | Int64(i))      // (once the load's type guard passes)
        return Int64(Classes.inlineOffset(t, i))
    }

    /// Where a store of attribute `name` into instance `o` (at `ro`, class guarded) goes
    /// when it can be a plain store of an inline value: the value's byte offset, after
    /// guards as for a load and that the value is bound (the attribute exists). An
    /// instance the trace made takes a new attribute by a plain store too when no
    /// attribute after it is set (see InlineAttributes.swift); nil otherwise.
    func inlineStore(_ o: SwValue, _ ro: Ref, _ name: SwValue) throws -> Int64? {
        let t = o.obj.pointee.type
        guard let slot = Classes.inlineSlot(o, t), let i = Classes.attributeIndex(t, name, add: true),
              i < Int(slot.pointee.int) else { return nil }
        let off = Int64(Classes.inlineOffset(t, i))
        let bit = UInt64(1) << UInt64(i)
        if let set = freshInstances[ro] {
            // (The instance was made with at least this capacity: capacities only grow.)
            guard set & bit != 0 || set >> UInt64(i) == 0 else { return nil }
            freshInstances[ro] = set | bit
            return off
        }
        guard Classes.inlineValue(slot, i) != nil else { return nil }
        let key = Int64(ro) << 8 | Int64(i)
        if !boundInline.contains(key) {
            try guardInline(t, ro, i)
            try guardFalse(try tagIs(ro, off, .SW_TAG_UNBOUND))
            boundInline.insert(key)
        }
        return off
    }

    /// Whether the value at byte offset `off` of object `r` has tag `tag`.
    func tagIs(_ r: Ref, _ off: Int64, _ tag: SwTag) throws -> Ref {
        try emit(.SW_IR_IEQ, .bool, try emit(.SW_IR_FIELD_I64, .int, r, aux: off), constInt(Int64(tag.rawValue)))
    }

    /// Guards that instance `ro` (class `t`) keeps its attributes inline with room for
    /// inline value `i`: its dict slot holds an int above `i`.
    func guardInline(_ t: TypeRef, _ ro: Ref, _ i: Int) throws {
        let off = Int64(Classes.dictOffset(t))
        let bits = Int64(MemoryLayout<SwValue>.offset(of: \SwValue.bits)!)
        try guardTrue(try tagIs(ro, off, .SW_TAG_INT))
        let capacity = try emit(.SW_IR_FIELD_I64, .int, ro, aux: off + bits)
        try guardTrue(try emit(.SW_IR_ILT, .bool, constInt(Int64(i)), capacity))
    }

    /// Where instance `o` (ref `ro`, its class guarded), once it has a dict, keeps
    /// attribute `name`: entry i of that dict, as now. Guards that the dict is there, has
    /// more than i entries and has `name` (an interned string, compared by address) at i —
    /// so reads and stores of an attribute the object already has go straight to memory.
    /// Nil when the dict has no such entry.
    func instanceEntry(_ o: SwValue, _ ro: Ref, _ name: SwValue) throws -> EntryRefs? {
        let t = o.obj.pointee.type
        guard name.as(SwStr.self).pointee.isInterned != 0,
              let d = Classes.instanceDict(o, t, create: false), let i = Dict.entryIndex(d, name) else { return nil }
        let off = Int64(Classes.dictOffset(t))
        let bits = Int64(MemoryLayout<SwValue>.offset(of: \SwValue.bits)!)
        try guardTrue(try tagIs(ro, off, .SW_TAG_OBJ))
        let rd = try emit(.SW_IR_LOAD_PTR, .object, ro, aux: off + bits)
        let used = try emit(.SW_IR_FIELD_I64, .int, rd, aux: Int64(MemoryLayout<SwDict>.offset(of: \SwDict.used)!))
        try guardTrue(try emit(.SW_IR_ILT, .bool, constInt(Int64(i)), used))
        let e = try entryRefs(rd, i)
        // (Compared as objects: the name's address is a constant of this process, which
        // machine code kept across processes reads from its pool.)
        try guardTrue(try emit(.SW_IR_OEQ, .bool, try emit(.SW_IR_LOAD_PTR, .object, e.entries, aux: e.keyOffset + bits),
                               constant(name)))
        try guardTrue(try tagIs(e.entries, e.keyOffset, .SW_TAG_OBJ))
        return e
    }

    /// A class attribute that reads the same through any instance: no descriptor.
    func isPlainClassConstant(_ v: SwValue) -> Bool {
        switch v.tag {
        case .SW_TAG_INT, .SW_TAG_FLOAT, .SW_TAG_BOOL, .SW_TAG_NONE: return true
        case .SW_TAG_OBJ:
            let t = v.obj.pointee.type
            return t == T.str || t == T.tuple
        case .SW_TAG_UNBOUND: return false
        }
    }

    /// Guards for a list index (a tuple's, with `length` TUPLE_LEN) in range (after Python's negative-index adjustment) and
    /// returns the adjusted index.
    func listIndex(_ list: Ref, _ idx: Ref, _ observed: Int64, _ count: Int, length: IROp = .SW_IR_LIST_LEN) throws -> Ref {
        let n = try emit(length, .int, list)
        var i = idx
        if observed < 0 {
            try guardTrue(try emit(.SW_IR_ILT, .bool, idx, constInt(0)))
            i = try emit(.SW_IR_IADD, .int, idx, n)
        } else {
            try guardTrue(try emit(.SW_IR_IGE, .bool, idx, constInt(0)))
        }
        let adjusted = observed < 0 ? observed + Int64(count) : observed
        guard adjusted >= 0 && adjusted < Int64(count) else { throw abort("index out of range") }
        try guardTrue(try emit(.SW_IR_ILT, .bool, i, n))
        if observed < 0 { try guardTrue(try emit(.SW_IR_IGE, .bool, i, constInt(0))) }
        return i
    }

    /// A bool IR value for the truth of register `r`.
    func truth(_ r: Int, _ regs: UnsafeMutablePointer<SwValue>) throws -> Ref {
        let v = regs[r]
        let ref = try readTyped(r)
        switch v.tag {
        case .SW_TAG_BOOL: return ref
        case .SW_TAG_INT: return try emit(.SW_IR_INE, .bool, ref, constInt(0))
        case .SW_TAG_FLOAT: return try emit(.SW_IR_FNE, .bool, ref, constant(SwValue(float: 0)))
        case .SW_TAG_NONE: return constant(.false)
        default:
            if v.isObject(ofType: T.list) {
                try guardType(ref, T.list)
                return try emit(.SW_IR_INE, .bool, try emit(.SW_IR_LIST_LEN, .int, ref), constInt(0))
            }
            if v.isObject(ofType: T.tuple) {
                try guardType(ref, T.tuple)
                return try emit(.SW_IR_INE, .bool, try emit(.SW_IR_TUPLE_LEN, .int, ref), constInt(0))
            }
            if Classes.isHeapInstance(v), Classes.lookup(v.obj.pointee.type, SN.__bool__) == nil,
               Classes.lookup(v.obj.pointee.type, SN.__len__) == nil {
                // An instance whose class defines neither __bool__ nor __len__: true.
                try guardClass(ref, v.obj.pointee.type)
                return constant(.true)
            }
            throw abort("truth of \(Ops.typeName(v))")
        }
    }

    static let exactFloatInt: Int64 = 1 << 53

    /// Guards that an int converts to float exactly, then converts it.
    func exactFloat(_ r: Ref, _ observed: Int64) throws -> Ref {
        guard observed.magnitude <= UInt64(Self.exactFloatInt) else { throw abort("int too large for exact float") }
        if isConst(r) { return constant(SwValue(float: Double(observed))) }
        try guardTrue(try emit(.SW_IR_ILE, .bool, r, constInt(Self.exactFloatInt)))
        try guardTrue(try emit(.SW_IR_IGE, .bool, r, constInt(-Self.exactFloatInt)))
        return try emit(.SW_IR_I2F, .float, r)
    }

    func toFloat(_ r: Ref, _ v: SwValue) throws -> Ref {
        if v.tag == .SW_TAG_FLOAT { return r }
        if isConst(r) { return constant(SwValue(float: Double(v.int))) }
        return try emit(.SW_IR_I2F, .float, r)
    }

    /// `x op y` on ints and floats; false (nothing done) for what the trace leaves to the
    /// interpreter.
    func binary(_ op: BinaryOp, _ a: Int, _ b: Int, _ c: Int, _ regs: UnsafeMutablePointer<SwValue>) throws -> Bool {
        let x = regs[b], y = regs[c]
        let numeric = { (v: SwValue) in v.tag == .SW_TAG_INT || v.tag == .SW_TAG_FLOAT }
        guard numeric(x) && numeric(y) else { return false }
        let rx = try readTyped(b), ry = try readTyped(c)
        let r: Ref
        if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT {
            switch op {
            case .add: r = try emit(.SW_IR_IADD_OV, .int, rx, ry)
            case .sub: r = try emit(.SW_IR_ISUB_OV, .int, rx, ry)
            case .mul: r = try emit(.SW_IR_IMUL_OV, .int, rx, ry)
            case .floorDiv, .mod:
                guard y.int > 0 else { return false }
                if !isConst(ry) { try guardTrue(try emit(.SW_IR_IGT, .bool, ry, constInt(0))) }
                r = try emit(op == .floorDiv ? .SW_IR_IFLOORDIV : .SW_IR_IMOD, .int, rx, ry)
            case .trueDiv:
                guard y.int != 0 else { return false }
                let fx = try exactFloat(rx, x.int), fy = try exactFloat(ry, y.int)
                if !isConst(ry) { try guardTrue(try emit(.SW_IR_INE, .bool, ry, constInt(0))) }
                r = try emit(.SW_IR_FDIV, .float, fx, fy)
            case .lshift:
                guard y.int >= 0 else { return false }
                if !isConst(ry) { try guardTrue(try emit(.SW_IR_IGE, .bool, ry, constInt(0))) }
                r = try emit(.SW_IR_ILSHIFT_OV, .int, rx, ry)
            case .rshift:
                guard y.int >= 0 else { return false }
                if !isConst(ry) { try guardTrue(try emit(.SW_IR_IGE, .bool, ry, constInt(0))) }
                r = try emit(.SW_IR_IRSHIFT, .int, rx, ry)
            case .and: r = try emit(.SW_IR_IAND, .int, rx, ry)
            case .or: r = try emit(.SW_IR_IOR, .int, rx, ry)
            case .xor: r = try emit(.SW_IR_IXOR, .int, rx, ry)
            default: return false
            }
        } else {
            let fx = try toFloat(rx, x), fy = try toFloat(ry, y)
            switch op {
            case .add: r = try emit(.SW_IR_FADD, .float, fx, fy)
            case .sub: r = try emit(.SW_IR_FSUB, .float, fx, fy)
            case .mul: r = try emit(.SW_IR_FMUL, .float, fx, fy)
            case .trueDiv:
                let d = y.tag == .SW_TAG_FLOAT ? y.float : Double(y.int)
                guard d != 0 else { return false }
                if !isConst(fy) { try guardTrue(try emit(.SW_IR_FNE, .bool, fy, constant(SwValue(float: 0)))) }
                r = try emit(.SW_IR_FDIV, .float, fx, fy)
            case .floorDiv, .mod:
                let d = y.tag == .SW_TAG_FLOAT ? y.float : Double(y.int)
                guard d != 0 else { return false }
                if !isConst(fy) { try guardTrue(try emit(.SW_IR_FNE, .bool, fy, constant(SwValue(float: 0)))) }
                let helper: LibmFunction = op == .floorDiv ? .pyFloorDiv : .pyMod
                r = try emit(.SW_IR_FCALL2, .float, fx, fy, aux: helper.rawValue)
            case .pow:
                // Any base to a constant whole power (`v ** 2`): C's pow is real there too.
                let e = y.tag == .SW_TAG_FLOAT ? y.float : Double(y.int)
                let whole = isConst(ry) && e.isFinite && e == e.rounded() && abs(e) < 0x1p53
                guard whole || (x.tag == .SW_TAG_FLOAT ? x.float : Double(x.int)) > 0 else { return false }
                r = try floatPow(fx, fy, wholeExponent: whole)
            default: return false
            }
        }
        let result = try Ops.binary(op, x, y)
        regs[a] = result
        if IRType(tag: result.tag) != type(r) {
            // The operation left the fast types (an int overflowed into a big int): the
            // instruction has run; resume after it.
            Interpreter.frames[Interpreter.frameCount - 1].pc += 1
            throw abort("\(op.symbol) gave \(Ops.typeName(result))")
        }
        write(a, r)
        return true
    }

    /// A comparison of numbers (or bools for equality); false (nothing done) otherwise.
    func compare(_ op: CompareOp, _ a: Int, _ b: Int, _ c: Int, _ regs: UnsafeMutablePointer<SwValue>) throws -> Bool {
        let x = regs[b], y = regs[c]
        let numeric = { (v: SwValue) in v.tag == .SW_TAG_INT || v.tag == .SW_TAG_FLOAT }
        guard (numeric(x) && numeric(y)) || (x.tag == .SW_TAG_BOOL && y.tag == .SW_TAG_BOOL && (op == .eq || op == .ne)) else {
            return false
        }
        let rx = try readTyped(b), ry = try readTyped(c)
        let intOps: [IROp] = [.SW_IR_ILT, .SW_IR_ILE, .SW_IR_IGT, .SW_IR_IGE, .SW_IR_IEQ, .SW_IR_INE]
        let floatOps: [IROp] = [.SW_IR_FLT, .SW_IR_FLE, .SW_IR_FGT, .SW_IR_FGE, .SW_IR_FEQ, .SW_IR_FNE]
        let r: Ref
        switch (x.tag, y.tag) {
        case (.SW_TAG_INT, .SW_TAG_INT):
            r = try emit(intOps[op.rawValue], .bool, rx, ry)
        case (.SW_TAG_FLOAT, .SW_TAG_FLOAT):
            r = try emit(floatOps[op.rawValue], .bool, rx, ry)
        case (.SW_TAG_INT, .SW_TAG_FLOAT):
            r = try emit(floatOps[op.rawValue], .bool, try exactFloat(rx, x.int), ry)
        case (.SW_TAG_FLOAT, .SW_TAG_INT):
            r = try emit(floatOps[op.rawValue], .bool, rx, try exactFloat(ry, y.int))
        case (.SW_TAG_BOOL, .SW_TAG_BOOL) where op == .eq || op == .ne:
            r = try emit(intOps[op.rawValue], .bool, try emit(.SW_IR_B2I, .int, rx), try emit(.SW_IR_B2I, .int, ry))
        default:
            return false
        }
        regs[a] = try Ops.compare(op, x, y)
        write(a, r)
        return true
    }

    /// The start and stop (ints) of range `x` (IR value `rx`) if its step is 1 and its
    /// bounds are small ints; nil, with nothing emitted, otherwise.
    func unitRange(_ rx: Ref, _ x: SwValue) throws -> (start: Ref, stop: Ref)? {
        let fields = objectSlots(x.obj)
        guard fields[0].tag == .SW_TAG_INT, fields[1].tag == .SW_TAG_INT, fields[2].tag == .SW_TAG_INT, fields[2].int == 1 else {
            return nil
        }
        func field(_ k: Int) throws -> Ref { try emit(.SW_IR_UNBOX, .int, try emit(.SW_IR_OBJ_SLOT, .value, rx, Ref(k))) }
        try guardTrue(try emit(.SW_IR_IEQ, .bool, try field(2), constInt(1)))
        return (try field(0), try field(1))
    }

    /// A range iterator (Helper.rangeIterator) at int `cur`, ending before int `end`: an
    /// object whose fields the optimizer knows, so a trace that only loops over it leaves
    /// it to the exits.
    func rangeIterator(_ cur: Ref, _ end: Ref, step: Int64) throws -> Ref {
        try emit(.SW_IR_CALL_HELPER, .value, try boxed(cur), try boxed(end), try boxed(constInt(step)),
                 aux: JIT.Helper.rangeIterator.rawValue)
    }

    /// FOR_ITER over a range or list iterator or an enumerate over a list: guards on the
    /// iterator's state, then either the next item (the iterator advanced in place) or,
    /// when it is exhausted (an inner loop its machine code has just run to the end), the
    /// jump out of the loop. Any other iterator takes its step as a residual operation.
    func forIter(_ w: Instruction, _ pc: Int, _ fi: Int, _ regs: UnsafeMutablePointer<SwValue>) throws {
        let it = regs[w.a]
        guard it.tag == .SW_TAG_OBJ else { throw abort("iteration over a non-object") }
        let t = it.obj.pointee.type
        let rit = try readTyped(w.a)
        let s = objectSlots(it.obj)
        let more: Bool
        if t == T.rangeIterator {
            try guardType(rit, T.rangeIterator)
            let cur = try emit(.SW_IR_UNBOX, .int, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(0)))
            let stop = try emit(.SW_IR_UNBOX, .int, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(1)))
            let stepValue = s[2].int
            let step = try emit(.SW_IR_UNBOX, .int, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(2)))
            // A step of 1 is a constant (the increment folds); others are guarded by sign.
            let stepRef: Ref
            if stepValue == 1 {
                try guardTrue(try emit(.SW_IR_IEQ, .bool, step, constInt(1)))
                stepRef = constInt(1)
                // Bounds for the optimizer's int ranges (IntBounds.swift), where they hold:
                // an index that never goes below 0 and a stop of at most 2^31, so arithmetic on
                // the index needs fewer overflow checks. The first guard becomes one check
                // on entry; the second, on a loop-invariant stop, is hoisted likewise.
                if s[0].int >= 0 { try guardTrue(try emit(.SW_IR_IGE, .bool, cur, constInt(0))) }
                if s[1].int <= Recorder.rangeStopBound {
                    try guardTrue(try emit(.SW_IR_ILE, .bool, stop, constInt(Recorder.rangeStopBound)))
                }
            } else {
                try guardTrue(try emit(stepValue > 0 ? .SW_IR_IGT : .SW_IR_ILT, .bool, step, constInt(0)))
                stepRef = step
            }
            let cond = try emit(stepValue > 0 ? .SW_IR_ILT : .SW_IR_IGT, .bool, cur, stop)
            more = !Recorder.exhausted(it)
            if more {
                try guardTrue(cond)
                _ = try emit(.SW_IR_SET_SLOT_INT, .void, rit, Ref(0), try emit(.SW_IR_IADD, .int, cur, stepRef))
                regs[w.b] = s[0]
                s[0] = SwValue(int: s[0].int &+ stepValue)
                write(w.b, cur)
            } else {
                try guardFalse(cond)
            }
        } else if t == T.listIterator || (t == T.tupleIterator && s[0].isObject(ofType: T.tuple)) {
            if let item = try sequenceIteratorStep(rit, it) {
                more = true
                regs[w.b] = try Ops.next(it)!
                write(w.b, item)
            } else {
                more = false
            }
        } else if t == T.enumerate, s[EnumerateSlot.iterator].isObject(ofType: T.listIterator),
                  s[EnumerateSlot.count].tag == .SW_TAG_INT {
            // enumerate over a list: its list iterator advanced inline, the count carried
            // in its slot, the (count, item) pair built only if something keeps it.
            try guardType(rit, T.enumerate)
            let rinner = try emit(.SW_IR_UNBOX, .object, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(EnumerateSlot.iterator)))
            if let item = try sequenceIteratorStep(rinner, s[EnumerateSlot.iterator]) {
                more = true
                let n = try emit(.SW_IR_UNBOX, .int, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(EnumerateSlot.count)))
                let n1 = try emit(.SW_IR_IADD_OV, .int, n, constInt(1))
                _ = try emit(.SW_IR_SET_SLOT_INT, .void, rit, Ref(EnumerateSlot.count), n1)
                let pair = try emit(.SW_IR_NEW_TUPLE, .value, try boxed(n), item)
                guard case .some(.some(let value)) = try builtinIteratorNext(it) else { throw abort("enumerate ended") }
                regs[w.b] = value
                write(w.b, pair)
            } else {
                more = false
            }
        } else if t == T.generator, try resumeGenerator(w, pc, fi, regs, rit) {
            return
        } else {
            // Any other iterator: the interpreter takes the step (a generator runs its
            // frame), and the trace continues only while there are items.
            try residual(w, pc, fi)
            if Interpreter.frames[fi].pc != pc + 1 {
                if depth == 0 && pc == headerPC && !isBridge { throw RecordingAborted(reason: "the loop ended", notNow: true) }
                throw abort("iteration over \(Ops.typeName(it)) at its end")
            }
            return
        }
        Interpreter.frames[fi].pc = more ? pc + 1 : pc + 1 + w.c
    }

    /// FOR_ITER over generator `regs[w.a]` (IR value `rit`): its frame resumed in place,
    /// as the interpreter does (Generator.enterInPlace), and recorded on to its next yield
    /// (`yieldToLoop`). Guarded: the generator's code and globals, where it stands (state,
    /// pc) and no exception of its own being handled. Its registers are read from its
    /// slots when first needed; an exit rebuilds the frame with the ones it does not write
    /// from there (JIT.leave). False, with nothing emitted, when it cannot be resumed so:
    /// running, finished, in a `yield from`, too deep, or its code gave up before.
    func resumeGenerator(_ w: Instruction, _ pc: Int, _ fi: Int, _ regs: UnsafeMutablePointer<SwValue>, _ rit: Ref) throws -> Bool {
        try enterGenerator(regs[w.a], rit, pc, fi, returnTo: Interpreter.generatorReturnFlag)
    }

    /// Generator `g` (IR value `rit`) entered in place by the instruction at `pc` (see
    /// resumeGenerator), its frame's `returnTo` as given.
    func enterGenerator(_ g: SwValue, _ rit: Ref, _ pc: Int, _ fi: Int, returnTo: Int) throws -> Bool {
        let regs = Interpreter.frames[fi].regs
        let s = objectSlots(g.obj)
        let state = s[GenSlot.state].int
        guard depth < Self.maxInlineDepth, state == GenState.suspended || state == GenState.created,
              s[GenSlot.handled].isNone else { return false }
        let fn = s[GenSlot.function]
        let fs = objectSlots(fn.obj)
        let code = fs[FuncSlot.code]
        let hot = CodeInfo.hot(code)
        let resumePC = Int(s[GenSlot.pc].int)
        let yield = Generator.suspendedAt(hot, resumePC)
        let newRegs = regs + Interpreter.frames[fi].hot.pointee.registerCount
        guard yield?.op != .SW_OP_YIELD_FROM, !hot.pointee.noUnroll, hasRoom(newRegs, hot) else { return false }
        // A generator this trace made, with nothing called out since (which could have run
        // it), is as made: of a known code and globals, not started, its registers the
        // argument and the closure's cells.
        let made = madeGenerators[rit].flatMap { m in
            state == GenState.created && !trace.instrs[m.made...].contains { $0.op.flags & UInt32(SW_IRF_CALL) != 0 } ? m : nil
        }
        if made == nil {
            try guardType(rit, T.generator)
            func slot(_ o: Ref, _ k: Int, _ t: IRType) throws -> Ref {
                try emit(.SW_IR_UNBOX, t, try emit(.SW_IR_OBJ_SLOT, .value, o, Ref(k)))
            }
            let rfn = try slot(rit, GenSlot.function, .object)
            try guardIdentity(try slot(rfn, FuncSlot.code, .object), code)
            try guardIdentity(try slot(rfn, FuncSlot.globals, .object), fs[FuncSlot.globals])
            try guardTrue(try emit(.SW_IR_IEQ, .bool, try slot(rit, GenSlot.state, .int), constInt(state)))
            try guardTrue(try emit(.SW_IR_IEQ, .bool, try slot(rit, GenSlot.pc, .int), constInt(Int64(resumePC))))
            _ = try slot(rit, GenSlot.handled, .none)
        }
        _ = try emit(.SW_IR_SET_SLOT_INT, .void, rit, Ref(GenSlot.state), constInt(GenState.running))
        let calleeBase = base + Interpreter.frames[fi].hot.pointee.registerCount
        Interpreter.frames[fi].pc = pc + 1
        guard try Generator.enterInPlace(g, regs: newRegs, returnTo: returnTo) else { throw abort("generator not resumable") }
        frameBases.append(calleeBase)
        generatorFrames[depth] = (gen: rit, backEdges: 0)
        if let yield { write(yield.b, constant(.none)) }
        if let made {
            if let arg = made.arg { write(0, arg) }
            try writeFreeRegisters(fn, CodeInfo.from(code).code, closure: made.closure)
        }
        return true
    }

    /// CALL `w` of list, tuple or set `f` with one argument, a generator expression: as
    /// the interpreter does (Generator.consumeInPlace), its frame entered in place with a
    /// new collector (also the call's result), to be recorded on to its return
    /// (`finishConsumer`), its loop unrolled. False if the generator cannot be entered so.
    func consumeGenerator(_ f: SwValue, _ w: Instruction, _ pc: Int, _ fi: Int,
                          _ regs: UnsafeMutablePointer<SwValue>) throws -> Bool {
        let rit = try readTyped(w.a + 1)
        try guardIdentity(try readTyped(w.a), f)
        guard try enterGenerator(regs[w.a + 1], rit, pc, fi, returnTo: Generator.consumerReturn(f, w.a)) else { return false }
        let sink = Generator.installCollector(f, w.a)
        let rsink = sink.isObject(ofType: T.set)
            ? try emit(.SW_IR_CALL_HELPER, .value, aux: JIT.Helper.newSet.rawValue)
            : try emit(.SW_IR_NEW_LIST, .value)
        // (The caller's result register, written below the new frame.)
        slots[frameBases[depth - 1] + w.a] = rsink
        write(frame.hot.pointee.sinkRegister, rsink)
        return true
    }

    /// A generator expression consumed in place returns: the generator is finished, the
    /// frame popped, and the collector is the call's result (a tuple of it, for tuple).
    func finishConsumer() throws {
        let gen = try resumedGenerator()
        let returnTo = frame.returnTo
        _ = try emit(.SW_IR_SET_SLOT_INT, .void, gen, Ref(GenSlot.state), constInt(GenState.closed))
        let calleeBase = base
        Interpreter.frameCount -= 1
        Generator.finishConsumer(Interpreter.frames[Interpreter.frameCount - 1], returnTo)
        generatorFrames[depth + 1] = nil
        frameBases.removeLast()
        inMemoryDepth = min(inMemoryDepth, depth)
        for s in slots.keys where s >= calleeBase { slots[s] = nil }
        if returnTo & Interpreter.consumerTupleFlag != 0 {
            let dst = Interpreter.consumerResult(returnTo)
            write(dst, try emit(.SW_IR_CALL_HELPER, .value, try boxed(try read(dst)), aux: JIT.Helper.tupleOfList.rawValue))
        }
    }

    /// A generator the trace resumed yields the value of register `a` at `pc`: the
    /// registers it wrote stored back into it with where it stands, the frame popped
    /// (Generator.suspendInPlace), and the value is the loop's next item.
    func yieldToLoop(_ a: Int, _ pc: Int) throws {
        let value = try read(a)
        let gen = try resumedGenerator()
        let calleeBase = base
        if depth <= inMemoryDepth {
            // A frame a bridge found rebuilt in memory: every register live past the yield
            // goes back into the generator, from memory where the bridge has not set it.
            let hot = frame.hot.pointee
            let live = JIT.liveness(frame.info.takeUnretainedValue())
            for r in 0..<hot.registerCount where pc + 1 >= live.count || live[pc + 1].contains(r) {
                if r >= hot.constantBase && r < hot.constantBase + hot.constantCount { continue }
                let ref = try slots[calleeBase + r] ?? emit(.SW_IR_LOADSLOT, .value, Ref(calleeBase + r))
                _ = try emit(.SW_IR_SET_SLOT, .void, gen, Ref(GenSlot.registers + r), try boxed(ref))
            }
        } else {
            // The registers the trace wrote that are live past the yield (a temporary's
            // dead value stays out of the generator, so what made it can be left to exits).
            let live = JIT.liveness(frame.info.takeUnretainedValue())
            for s in slots.keys.sorted() where s >= calleeBase && (pc + 1 >= live.count || live[pc + 1].contains(s - calleeBase)) {
                let ref = slots[s]!, slot = Ref(GenSlot.registers + s - calleeBase)
                // (Not a register read from that slot and left as it was.)
                let ins = trace.instrs[Int(ref)]
                if ins.op == .SW_IR_OBJ_SLOT && ins.a == gen && ins.b == slot { continue }
                _ = try emit(.SW_IR_SET_SLOT, .void, gen, slot, try boxed(ref))
            }
        }
        _ = try emit(.SW_IR_SET_SLOT_INT, .void, gen, Ref(GenSlot.pc), constInt(Int64(pc + 1)))
        _ = try emit(.SW_IR_SET_SLOT_INT, .void, gen, Ref(GenSlot.state), constInt(GenState.suspended))
        _ = try emit(.SW_IR_SET_SLOT, .void, gen, Ref(GenSlot.handled), try boxed(constant(.none)))
        let (_, forIter) = Generator.inPlaceGenerator(Interpreter.frames[Interpreter.frameCount - 2])
        Generator.suspendInPlace(frame.regs[a], pc: pc + 1)
        generatorFrames[depth + 1] = nil
        frameBases.removeLast()
        inMemoryDepth = min(inMemoryDepth, depth)
        for s in slots.keys where s >= calleeBase { slots[s] = nil }
        write(forIter.b, value)
    }

    /// The IR value of the generator whose frame, resumed in place, is on top: known if the
    /// trace resumed it, else (a bridge's) read from the caller's FOR_ITER register.
    func resumedGenerator() throws -> Ref {
        let known = generatorFrames[depth]!.gen
        if known >= 0 { return known }
        let (_, w) = Generator.inPlaceGenerator(Interpreter.frames[Interpreter.frameCount - 2])
        let s = frameBases[depth - 1] + Generator.inPlaceRegister(w)
        let ref = try slots[s] ?? emit(.SW_IR_LOADSLOT, .object, Ref(s))
        slots[s] = ref
        generatorFrames[depth]!.gen = ref
        return ref
    }

    /// One step of list or tuple iterator `it` (IR value `rit`): guards its type and its
    /// sequence's (an exact list or tuple), then either advances its position in IR and
    /// returns the item (the caller advances the real iterator), or at its end returns nil,
    /// a list iterator having let go of its list as the interpreter's does (in IR and for
    /// real; a tuple iterator keeps its tuple).
    func sequenceIteratorStep(_ rit: Ref, _ it: SwValue) throws -> Ref? {
        let list = it.obj.pointee.type == T.listIterator
        try guardType(rit, list ? T.listIterator : T.tupleIterator)
        guard objectSlots(it.obj)[0].isObject(ofType: list ? T.list : T.tuple) else { throw abort("list iterator already cleared") }
        let rsrc = try emit(.SW_IR_UNBOX, .object, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(0)))
        try guardType(rsrc, list ? T.list : T.tuple)
        let i = try emit(.SW_IR_UNBOX, .int, try emit(.SW_IR_OBJ_SLOT, .value, rit, Ref(1)))
        let cond = try emit(.SW_IR_ILT, .bool, i, try emit(list ? .SW_IR_LIST_LEN : .SW_IR_TUPLE_LEN, .int, rsrc))
        if Recorder.exhausted(it) {
            try guardFalse(cond)
            if list {
                _ = try emit(.SW_IR_SET_SLOT, .void, rit, Ref(0), try boxed(constant(.none)))
                objectSlots(it.obj)[0] = .none
            }
            return nil
        }
        try guardTrue(cond)
        let item = try emit(list ? .SW_IR_LIST_ITEM : .SW_IR_TUPLE_ITEM, .value, rsrc, i)
        _ = try emit(.SW_IR_SET_SLOT_INT, .void, rit, Ref(1), try emit(.SW_IR_IADD, .int, i, constInt(1)))
        return item
    }

    /// The slice object a trace fills in for a list subscription that uses it at once
    /// (immortal; holds only ints and None).
    static let scratchSlice: SwValue = Heap.immortal { Ops.makeSlice(.none, .none, .none) }

    /// The slice object a deferred slice's bounds go into when it is made (immortal).
    static let sourceSlice: SwValue = Heap.immortal { Ops.makeSlice(.none, .none, .none) }

    /// A list slice recorded but not made: slot `slot` (register `reg` of the frame at
    /// `depth`) is to hold `list`'s slice by the bounds `typed`, and exits meanwhile leave
    /// through `snapshot`, the subscription's own. `scratchRewritten`: a later BUILD_SLICE
    /// has filled the scratch slice, which that snapshot's slice register holds.
    struct PendingSlice {
        let slot: Int, reg: Int, depth: Int
        let list: Ref
        /// The bounds typed, and their values (`scratchTyped`, `scratchParts`).
        let typed: [Ref]
        let parts: [SwValue]
        let snapshot: Int32
        var scratchRewritten = false
    }

    /// `l[i:j:k]` into register `a` (`list` guarded a list, `slice` the scratch slice just
    /// filled): deferred in the hope that it is assigned back to a slice of the same list
    /// (`perm[:k+1] = perm[k::-1]`), when one helper moves the items and no list is made.
    /// Until then only instructions that change nothing the subscription reads, and that
    /// the interpreter can do again, are recorded (`sliceMayStayDeferred`); an exit among
    /// them resumes at the subscription, which the interpreter then makes, and anything else
    /// makes the slice first (`makeDeferredSlice`). False when it is made now.
    func deferSlice(_ a: Int, list: Ref, slice: Ref) throws -> Bool {
        // (The scratch slice is only ever read by the subscription right after the
        // BUILD_SLICE that filled it: `scratchTyped` are this slice's.)
        guard slice == constant(Recorder.scratchSlice), !(depth == 0 && writeThrough.contains(a)) else { return false }
        let snap = snapshot()
        pendingSlice = PendingSlice(slot: base + a, reg: a, depth: depth, list: list, typed: scratchTyped,
                                    parts: scratchParts, snapshot: snap)
        slots[base + a] = nil
        return true
    }

    /// Whether instruction `w` may be recorded with the slice still deferred: int
    /// arithmetic, moves and slices of ints and Nones, none into its register (until a
    /// slice fills the scratch slice), and then only the assignment of the deferred slice to a slice of its list
    /// after which its register is dead.
    func sliceMayStayDeferred(_ w: Instruction, _ pc: Int, _ fi: Int) -> Bool {
        guard let p = pendingSlice, depth == p.depth else { return false }
        let regs = Interpreter.frames[fi].regs
        func int(_ r: Int) -> Bool { regs[r].tag == .SW_TAG_INT }
        if w.op == .SW_OP_SETITEM {
            guard base + w.c == p.slot, w.a != w.c, w.b != w.c, slots[base + w.a] == p.list,
                  let rk = slots[base + w.b], rk == constant(Recorder.scratchSlice), listSlices[rk] == true else { return false }
            let live = JIT.plainLiveness(Interpreter.frames[fi].info.takeUnretainedValue())
            return pc + 1 >= live.count || !live[pc + 1].contains(w.c)
        }
        guard !p.scratchRewritten, w.a != p.reg else { return false }
        switch w.op {
        case .SW_OP_NOP, .SW_OP_LOAD_CONST, .SW_OP_MOVE:
            return true
        case .SW_OP_ADD, .SW_OP_SUB, .SW_OP_MUL, .SW_OP_IADD, .SW_OP_ISUB, .SW_OP_IMUL:
            return int(w.b) && int(w.c)
        case .SW_OP_NEG:
            return int(w.b)
        case .SW_OP_BUILD_SLICE:
            return (0..<3).allSatisfy { regs[w.b + $0].tag == .SW_TAG_INT || regs[w.b + $0].tag == .SW_TAG_NONE }
        default:
            return false
        }
    }

    /// `l[:i + 1] = l[i::-1]` (list `o`, the right side deferred `p`, the left side's
    /// bounds in the scratch slice): with 0 <= i < len(l) guarded, the first i + 1 items
    /// reversed in place by a helper, without slice objects. False, with nothing emitted,
    /// for any other pair of slices.
    func reversePrefix(_ p: PendingSlice, _ o: SwValue) throws -> Bool {
        let src = p.parts, dst = scratchParts
        guard src.count == 3, dst.count == 3, src[0].tag == .SW_TAG_INT, src[1].isNone, src[2].tag == .SW_TAG_INT,
              src[2].int == -1, dst[0].isNone, dst[1].tag == .SW_TAG_INT, dst[2].isNone,
              src[0].int >= 0, src[0].int < Int64(List.count(o)), dst[1].int == src[0].int + 1 else { return false }
        let i = p.typed[0], step = p.typed[2], stop = scratchTyped[1]
        try guardTrue(try emit(.SW_IR_IEQ, .bool, step, constInt(-1)))
        let count = try emit(.SW_IR_IADD, .int, i, constInt(1))      // (i < len: no overflow)
        try guardTrue(try emit(.SW_IR_IGE, .bool, i, constInt(0)))
        try guardTrue(try emit(.SW_IR_ILT, .bool, i, try emit(.SW_IR_LIST_LEN, .int, p.list)))
        try guardTrue(try emit(.SW_IR_IEQ, .bool, stop, count))
        _ = try emit(.SW_IR_CALL_HELPER, .value, try boxed(p.list), try boxed(count), aux: JIT.Helper.reversePrefix.rawValue)
        return true
    }

    /// Makes the deferred slice (its list is as it was: nothing recorded since wrote to it).
    func makeDeferredSlice() throws {
        guard let p = pendingSlice else { return }
        pendingSlice = nil
        precondition(depth == p.depth)
        let r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(p.list), try sourceSlice(p), aux: JIT.Helper.getSlice.rawValue)
        slicedLists.insert(r)
        write(p.reg, r)
    }

    /// The deferred slice's bounds in `sourceSlice` (that slice, boxed).
    func sourceSlice(_ p: PendingSlice) throws -> Ref {
        let r = constant(Recorder.sourceSlice)
        for k in 0..<3 { _ = try emit(.SW_IR_SET_SLOT, .void, r, Ref(k), try boxed(p.typed[k])) }
        return try boxed(r)
    }

    /// For a BUILD_SLICE into register `a`: the list (its IR value, its type still to be
    /// guarded) that the next instruction subscripts with that slice, a plain list's
    /// GETITEM or SETITEM (with the items a list the trace sliced, or a deferred slice:
    /// no other type guard there), after which the slice is dead (`l[i:j] += x`
    /// subscripts with it again, after building other slices); nil when it is anything else.
    func slicedListNext(_ a: Int, _ pc: Int, _ fi: Int, _ regs: UnsafeMutablePointer<SwValue>) throws -> Ref? {
        let live = JIT.plainLiveness(Interpreter.frames[fi].info.takeUnretainedValue())
        guard pc + 2 >= live.count || !live[pc + 2].contains(a) else { return nil }
        let w = Instruction(word: Interpreter.frames[fi].hot.pointee.words[pc + 1])
        switch w.op {
        case .SW_OP_GETITEM where w.c == a && w.b != a && regs[w.b].isObject(ofType: T.list):
            return try readTyped(w.b)
        case .SW_OP_SETITEM where w.b == a && w.a != a && w.c != a && regs[w.a].isObject(ofType: T.list):
            guard pendingSlice?.slot == base + w.c || slots[base + w.c].map(slicedLists.contains) == true else { return nil }
            return try readTyped(w.a)
        default:
            return nil
        }
    }

    /// A nested loop with machine code: write the state to the registers, run it (and the
    /// bridges that take it back to its header: `JIT.runInner`), and continue where it
    /// left: through its own loop exit, or through a side exit (a `break`, a branch out of
    /// the loop, a guard in a call it inlined) that the recording then follows. The trace
    /// goes on only when the inner trace leaves through that same exit; any other exit
    /// is the inner trace's, passed on as it is.
    func callInnerTrace(_ inner: JIT.CompiledLoop, _ pc: Int, _ fi: Int) throws {
        let call = try emit(.SW_IR_CALL_TRACE, .void)
        let regs = Interpreter.frames[fi].regs
        guard inner.fits(regs) else { throw abort("stack limit") }
        let outerRoot = JIT.currentRoot
        JIT.currentRoot = fi
        let code = JIT.runInner(inner.entry, regs, nil)
        JIT.currentRoot = outerRoot
        let (tid, snap) = GCCBackend.decodeExit(code)
        guard let exited = JIT.trace(tid)?.takeUnretainedValue() else { throw abort("unknown exit") }
        JIT.leave(exited, snap, fi)
        if JIT.pendingError != nil { throw abort("exception raised in the inner loop") }
        if exited === inner && snap == 0 && !firstIterations.contains(pc) {
            // Its entry guards failed (nothing ran): the first time round a loop's variables
            // may have other types (`x = 0` before a loop that makes it a float), and the
            // interpreter, not the loop's trace, always runs that iteration. The recording
            // takes it instead, and calls the trace at the next time round.
            firstIterations.insert(pc)
            precondition(trace.instrs.count - 1 == Int(call))
            trace.instrs.removeLast()
            currentSnapshot = -1
            innerLoopDone = pc
            return
        }
        // Its entry guards, the GC poll, or an exit of a loop it calls in turn: not a way on.
        guard exited === inner, snap != 0, snap != inner.gcPoll else {
            throw abort("inner loop left early (trace \(tid) snapshot \(snap))")
        }
        // An exit inside calls the inner trace inlined (one it takes the first time round,
        // say, which the interpreter always ran before): the recording goes on in the
        // frames `leave` rebuilt, as a bridge's does.
        adoptRebuiltFrames()
        trace.instrs[Int(call)].aux = code
        // Everything is in the registers now.
        slots = [:]
        flushed = true
        currentSnapshot = -1
        innerLoopDone = pc
    }

    func call(_ w: Instruction, _ pc: Int, _ fi: Int, _ regs: UnsafeMutablePointer<SwValue>) throws {
        var baseReg = w.a
        var argc = w.b
        // Callees the trace does not look into become residual operations before any
        // register is touched (the interpreter's state is then as before the instruction).
        let callee = regs[w.a]
        if w.op == .SW_OP_CALL && callee.isObject(ofType: T.type)
            && callee.as(SwType.self).pointee.flags & Classes.heapFlag != 0 {
            let initFn = Classes.fastInit(callee.as(SwType.self))
            if initFn.tag == .SW_TAG_OBJ && canInline(initFn, argc: w.b + 1, fi, regs) {
                try instantiate(callee, initFn, w, pc, fi, regs)
            } else {
                try residual(w, pc, fi)
            }
            return
        }
        if w.op == .SW_OP_CALL_KW || w.op == .SW_OP_CALL_METHOD_KW {
            try residual(w, pc, fi)
            return
        }
        if w.op == .SW_OP_CALL_METHOD {
            if regs[w.a + 1].tag == .SW_TAG_UNBOUND {
                write(w.a + 1, try read(w.a)); regs[w.a + 1] = regs[w.a]; baseReg = w.a + 1
                // Any later abort, or an exception from running the call, must leave the
                // self slot unbound again for the interpreter, which runs the call again;
                // so must exits from the call's guards.
                unboundSelfSlot = base + w.a + 1
                currentSnapshot = -1
                defer { unboundSelfSlot = -1 }
                do {
                    try callResolved(w, baseReg, argc, pc, fi, regs)
                } catch {
                    regs[w.a + 1] = .unbound
                    throw error
                }
                return
            } else { argc = w.b + 1 }
        }
        try callResolved(w, baseReg, argc, pc, fi, regs)
    }

    func callResolved(_ w: Instruction, _ baseReg: Int, _ argc: Int, _ pc: Int, _ fi: Int,
                      _ regs: UnsafeMutablePointer<SwValue>) throws {
        let f = regs[baseReg]
        if Classes.isHeapInstance(f) && (w.op == .SW_OP_CALL || w.op == .SW_OP_CALL_METHOD),
           try enterSpecialMethod(f, baseReg, SN.__call__, args: (0...argc).map { baseReg + $0 }, returnTo: w.a, pc, fi, regs) {
            // An instance with a Python __call__: the method inlined, the instance as self.
            return
        }
        if w.op == .SW_OP_CALL && argc == 1 && baseReg == w.a && Generator.consumesInPlace(f, regs[w.a + 1]),
           try consumeGenerator(f, w, pc, fi, regs) {
            return
        }
        if w.op == .SW_OP_CALL && argc == 1 && baseReg == w.a && f.identical(SwValue(T.reversed))
            && regs[w.a + 1].isObject(ofType: T.range) {
            // reversed(range): a range iterator from the last item down.
            try guardIdentity(try readTyped(w.a), f)
            let rr = try readTyped(w.a + 1)
            try guardType(rr, T.range)
            let r: Ref
            let fields = objectSlots(regs[w.a + 1].obj)
            if let (start, stop) = try unitRange(rr, regs[w.a + 1]), fields[1].int > fields[0].int {
                try guardTrue(try emit(.SW_IR_IGT, .bool, stop, start))
                r = try rangeIterator(try emit(.SW_IR_ISUB_OV, .int, stop, constInt(1)),
                                      try emit(.SW_IR_ISUB_OV, .int, start, constInt(1)), step: -1)
            } else {
                r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rr), aux: JIT.Helper.reversedRange.rawValue)
            }
            regs[w.a] = PyRange.reversedIterator(regs[w.a + 1])
            write(w.a, r)
            Interpreter.frames[fi].pc = pc + 1
            return
        }
        guard f.tag == .SW_TAG_OBJ, f.obj.pointee.type == T.function || f.obj.pointee.type == T.builtinFunction
                || f.identical(SwValue(T.range)) || f.identical(SwValue(T.float)) else {
            try residualCall(w, baseReg, pc, fi, regs)
            return
        }
        let t = f.obj.pointee.type
        let makesGenerator = t == T.function && makesPlainGenerator(f, argc: argc)
        if t == T.function && !makesGenerator && !canInline(f, argc: argc, fi, regs) {
            try residualCall(w, baseReg, pc, fi, regs)
            return
        }
        let rf = try readTyped(baseReg)
        // A bound built-in method (`pop = lst.pop` ... `pop(0)`) is guarded below by what
        // it runs, not by identity: one made anew at each call of the loop's function, or
        // each time round an outer loop, keeps the trace valid.
        let boundSelf = t == T.builtinFunction ? Native.boundSelf(f) : .unbound
        let bound = boundSelf.tag != .SW_TAG_UNBOUND
        // (A function this trace made runs the code it was made with: no guard needed.)
        let made = madeFunctions[rf]
        if !bound && made == nil { try guardIdentity(rf, f) }
        if makesGenerator {
            // A generator function of at most one parameter (a generator expression's):
            // its generator made by a helper.
            let argRef = argc == 1 ? try read(baseReg + 1) : nil
            let r = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rf), try argRef.map(boxed) ?? -1,
                             aux: JIT.Helper.makeGenerator.rawValue)
            regs[w.a] = try callForReal(f, (0..<argc).map { regs[baseReg + 1 + $0] }, pc, fi)
            let u = try emit(.SW_IR_UNBOX, .object, r)
            madeGenerators[u] = (made: trace.instrs.count, arg: argRef, closure: made)
            write(w.a, u)
            return
        }
        if t == T.function {
            try inlineCall(f, baseReg, argc, w.a, pc, fi, regs, closure: made)
            return
        }
        if f.identical(SwValue(T.range)) && (1...3).contains(argc)
            && (0..<argc).allSatisfy({ regs[baseReg + 1 + $0].tag == .SW_TAG_INT })
            && (argc < 3 || regs[baseReg + 3].int != 0) {
            var refs = try (0..<argc).map { try boxed(try readTyped(baseReg + 1 + $0)) }
            if argc == 3 { try guardTrue(try emit(.SW_IR_INE, .bool, try readTyped(baseReg + 3), constInt(0))) }
            // (Start and step always given: the object's fields are then the operands.)
            if argc == 1 { refs.insert(try boxed(constInt(0)), at: 0) }
            if argc < 3 { refs.append(try boxed(constInt(1))) }
            let r = try emit(.SW_IR_CALL_HELPER, .value, refs[0], refs[1], refs[2], aux: JIT.Helper.range3.rawValue)
            regs[w.a] = try callForReal(f, (0..<argc).map { regs[baseReg + 1 + $0] }, pc, fi)
            write(w.a, r)
            return
        }
        if f.identical(SwValue(T.float)) && argc == 1
            && (regs[baseReg + 1].tag == .SW_TAG_INT || regs[baseReg + 1].tag == .SW_TAG_FLOAT) {
            // float(x) of an int or a float.
            let r = try readTyped(baseReg + 1)
            let result = regs[baseReg + 1].tag == .SW_TAG_FLOAT ? r : try emit(.SW_IR_I2F, .float, r)
            regs[w.a] = try callForReal(f, [regs[baseReg + 1]], pc, fi)
            write(w.a, result)
            return
        }
        guard t == T.builtinFunction else { try residualCall(w, baseReg, pc, fi, regs); return }
        let index = Int(f.as(SwBuiltin.self).pointee.index)
        let name = Native.names[index]
        // A bound list method: guarded to be a built-in running the same function, bound
        // to a list, which is the method's first argument. (Built-ins never change.) Any
        // other bound built-in is a residual call, which needs no guard on it.
        func isListMethod(_ m: SwValue) -> Bool { m.tag == .SW_TAG_OBJ && Int(m.as(SwBuiltin.self).pointee.index) == index }
        let args = (bound ? [boundSelf] : []) + (0..<argc).map { regs[baseReg + 1 + $0] }
        let argc = args.count
        // The list methods traced (their conditions on the arguments met): self a list.
        let onList = argc >= 1 && args[0].isObject(ofType: T.list)
        let appends = onList && isListMethod(JIT.listAppend) && argc == 2
        let pops = onList && isListMethod(JIT.listPop) && (argc == 1 || (argc == 2 && args[1].tag == .SW_TAG_INT))
            && List.count(args[0]) > 0
        let inserts = onList && isListMethod(JIT.listInsert) && argc == 3 && args[1].tag == .SW_TAG_INT
        var rself: Ref = -1
        if bound {
            guard appends || pops || inserts else {
                try residualCall(w, baseReg, pc, fi, regs)
                return
            }
            try guardType(rf, T.builtinFunction)
            let ri = try emit(.SW_IR_FIELD_I64, .int, rf, aux: Int64(MemoryLayout<SwBuiltin>.offset(of: \SwBuiltin.index)!))
            try guardTrue(try emit(.SW_IR_IEQ, .bool, ri, constInt(Int64(index))))
            let slot = MemoryLayout<SwBuiltin>.size + BuiltinSlot.selfValue * MemoryLayout<SwValue>.stride
            rself = try emit(.SW_IR_UNBOX, .object, try emit(.SW_IR_LOAD_VALUE, .value, rf, aux: Int64(slot)))
            try guardType(rself, T.list)
        }
        /// The register of argument i (1 and on for a bound method, whose self is not in one).
        func reg(_ i: Int) -> Int { bound ? baseReg + i : baseReg + 1 + i }
        /// Self, guarded to be a list.
        func selfRef() throws -> Ref {
            if bound { return rself }
            let r = try readTyped(baseReg + 1)
            try guardType(r, T.list)
            return r
        }
        var result: Ref
        if appends {
            // list.append(x): self is the first argument.
            result = constant(.none)
            let rl = try selfRef()
            _ = try emit(.SW_IR_LIST_APPEND, .void, rl, try boxed(try read(reg(1))))
        } else if pops {
            // list.pop() / list.pop(i), the index checked in range (else the interpreter
            // raises IndexError).
            let rl = try selfRef()
            let index: Ref
            if argc == 2 {
                index = try listIndex(rl, try readTyped(reg(1)), args[1].int, List.count(args[0]))
            } else {
                let n = try emit(.SW_IR_LIST_LEN, .int, rl)
                try guardTrue(try emit(.SW_IR_ILT, .bool, constInt(0), n))
                index = try emit(.SW_IR_ISUB, .int, n, constInt(1))
            }
            result = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rl), try boxed(index), aux: JIT.Helper.listPop.rawValue)
        } else if inserts {
            // list.insert(i, x) with an int index: it cannot fail.
            let rl = try selfRef()
            result = constant(.none)
            _ = try emit(.SW_IR_CALL_HELPER, .value, try boxed(rl), try boxed(try readTyped(reg(1))),
                         try boxed(try read(reg(2))), aux: JIT.Helper.listInsert.rawValue)
        } else if let fn = JIT.builtinMath[f.bits], argc == fn.arity {
            var refs: [Ref] = []
            for i in 0..<argc {
                let v = args[i]
                guard v.tag == .SW_TAG_FLOAT || v.tag == .SW_TAG_INT else { throw abort("\(name)() of \(Ops.typeName(v))") }
                let r = try readTyped(baseReg + 1 + i)
                refs.append(v.tag == .SW_TAG_INT ? try exactFloat(r, v.int) : r)
            }
            let xs = args.map { $0.tag == .SW_TAG_FLOAT ? $0.float : Double($0.int) }
            try mathDomainGuard(fn, refs, xs)
            result = fn == .pow ? try floatPow(refs[0], refs[1])
                : try emit(fn.arity == 1 ? .SW_IR_FCALL1 : .SW_IR_FCALL2, .float, refs[0], fn.arity == 2 ? refs[1] : -1, aux: fn.rawValue)
        } else if name == "len" && argc == 1 && args[0].tag == .SW_TAG_OBJ,
                  let length = JIT.lengthRead(args[0].obj.pointee.type) {
            // len() of a list, array, tuple, set, frozenset or dict (exactly): its length field.
            let rx = try readTyped(baseReg + 1)
            try guardType(rx, args[0].obj.pointee.type)
            result = try emit(length.op, .int, rx, aux: length.aux)
        } else if name == "isinstance" && argc == 2, args[1].isObject(ofType: T.type) || args[1].isObject(ofType: T.tuple) {
            // isinstance(x, C) for a class (or tuple of classes) guarded to be the one seen
            // (a constant needs no guard): decided by x's type, which is guarded.
            try guardIdentity(try readTyped(baseReg + 2), args[1])
            let x = args[0]
            let rx = try readTyped(baseReg + 1)
            if x.tag == .SW_TAG_OBJ { try guardType(rx, x.obj.pointee.type) }
            let value = try callForReal(f, args, pc, fi)
            regs[w.a] = value
            write(w.a, constant(value))
            return
        } else if name == "abs" && argc == 1 && args[0].tag == .SW_TAG_FLOAT {
            result = try emit(.SW_IR_FCALL1, .float, try readTyped(baseReg + 1), aux: LibmFunction.fabs.rawValue)
        } else {
            try residualCall(w, baseReg, pc, fi, regs)
            return
        }
        let value = try callForReal(f, Array(args.dropFirst(bound ? 1 : 0)), pc, fi)
        regs[w.a] = value
        if type(result) != .void && type(result) != .value && IRType(tag: value.tag) != type(result) {
            throw abort("\(name)() gave \(Ops.typeName(value))")
        }
        write(w.a, result)
    }

    /// A call the trace does not look into, from `callResolved` (CALL_METHOD's self slot
    /// back as LOAD_METHOD left it: the interpreter runs the whole instruction).
    func residualCall(_ w: Instruction, _ baseReg: Int, _ pc: Int, _ fi: Int, _ regs: UnsafeMutablePointer<SwValue>) throws {
        if w.op == .SW_OP_CALL_METHOD && baseReg == w.a + 1 {
            regs[w.a + 1] = .unbound
            write(w.a + 1, constant(.unbound))
        }
        try residual(w, pc, fi)
    }

    /// An instruction the trace does not look into: the interpreter runs it (RESIDUAL, with
    /// every frame's state written to the registers first), and the trace reads back the
    /// registers it sets as whole values (their types are guarded where they are used).
    /// Run for real now; if it raises, recording stops
    /// and the interpreter raises the exception at the instruction.
    func residual(_ w: Instruction, _ pc: Int, _ fi: Int) throws {
        guard Interpreter.runsResidually(w.op) else { throw abort("unsupported instruction \(w.op.name)") }
        let effects = w.registerEffects
        // (What it reads must be in the registers: read each so that exits write it.)
        for r in effects.uses { _ = try read(r) }
        let before = snapshot()
        let status = try emit(.SW_IR_RESIDUAL, .int, aux: Int64(bitPattern: w.word))
        if w.op == .SW_OP_FOR_ITER {
            // At its end the interpreter's FOR_ITER jumps past the loop: so does this exit.
            Interpreter.frames[fi].pc = pc + 1 + w.c
            currentSnapshot = -1
            let end = snapshot()
            Interpreter.frames[fi].pc = pc
            trace.append(IRInstr(.SW_IR_GUARD_FALSE, .void, a: try emit(.SW_IR_IEQ, .bool, status, constInt(2)), snapshot: end))
        }
        // It raised: leave before it, the exception pending.
        trace.append(IRInstr(.SW_IR_GUARD_TRUE, .void, a: try emit(.SW_IR_IEQ, .bool, status, constInt(0)), snapshot: before))
        let continued: Bool
        do {
            continued = try Interpreter.runResidual(w, fi)
        } catch let e as PyError {
            Interpreter.frames[fi].pc = pc
            JIT.pendingError = e
            throw abort("exception raised by a residual \(w.op.name)")
        }
        currentSnapshot = -1
        // (A FOR_ITER at its end sets nothing; the caller decides.)
        guard continued else { return }
        // Each register it set is read back whole (no guard, no exit: one there would resume
        // after the instruction, and an inlined frame's registers that the exit does not
        // write are reset); its type is guarded where it is used, with the value itself in
        // the snapshot.
        // (A LOADSLOT of a whole value checks nothing: it takes no snapshot.)
        for d in effects.defs + effects.conditionalDefs {
            write(d, trace.append(IRInstr(.SW_IR_LOADSLOT, .value, a: Ref(base + d))))
        }
    }

    /// Runs the recorded call of built-in `f` for real, the frame past the call as in the
    /// interpreter. If it raises, the frame is put back at the call, so the interpreter runs
    /// the instruction again and raises from there.
    func callForReal(_ f: SwValue, _ args: [SwValue], _ pc: Int, _ fi: Int) throws -> SwValue {
        Interpreter.frames[fi].pc = pc + 1
        var a = Args(args)
        do {
            return try Interpreter.callNonFunction(f, &a)
        } catch {
            Interpreter.frames[fi].pc = pc
            throw error
        }
    }

    /// Domain checks CPython's math module makes (ValueError otherwise): the trace only
    /// covers arguments inside the domain.
    func mathDomainGuard(_ fn: LibmFunction, _ refs: [Ref], _ xs: [Double]) throws {
        let zero = constant(SwValue(float: 0))
        func need(_ ok: Bool, _ op: IROp, _ r: Ref, _ bound: Ref) throws {
            guard ok else { throw abort("math.\(fn.symbol) outside its domain") }
            try guardTrue(try emit(op, .bool, r, bound))
        }
        switch fn {
        case .sqrt: try need(xs[0] >= 0, .SW_IR_FGE, refs[0], zero)
        case .log, .log10, .log2: try need(xs[0] > 0, .SW_IR_FGT, refs[0], zero)
        case .asin, .acos:
            try need(xs[0] >= -1, .SW_IR_FGE, refs[0], constant(SwValue(float: -1)))
            try need(xs[0] <= 1, .SW_IR_FLE, refs[0], constant(SwValue(float: 1)))
        case .sin, .cos, .tan:
            // Finite arguments only (inf raises; NaN leaves the trace too, and the
            // interpreter returns NaN).
            try need(xs[0].isFinite, .SW_IR_FLT, try emit(.SW_IR_FCALL1, .float, refs[0], aux: LibmFunction.fabs.rawValue), constant(SwValue(float: .infinity)))
        case .exp:
            // exp overflows past about 709.
            try need(xs[0].isFinite && abs(xs[0]) < 700, .SW_IR_FLT, try emit(.SW_IR_FCALL1, .float, refs[0], aux: LibmFunction.fabs.rawValue), constant(SwValue(float: 700)))
        case .fmod:
            try need(xs[0].isFinite, .SW_IR_FLT, try emit(.SW_IR_FCALL1, .float, refs[0], aux: LibmFunction.fabs.rawValue), constant(SwValue(float: .infinity)))
            try need(xs[1] != 0, .SW_IR_FNE, refs[1], zero)
        case .pow:
            // (Positive bases only, guarded by floatPow.)
            guard xs[0] > 0 else { throw abort("math.pow of a base that is not positive") }
        case .atan, .fabs, .atan2, .hypot, .copysign, .pyFloorDiv, .pyMod:
            break
        }
    }

    /// `x ** y` (and math.pow) for floats, base guarded positive (unless `wholeExponent`: the
    /// exponent is a whole constant): C's pow then gives Python's result (no complex
    /// result), unless it overflows or divides by zero, which raise in Python: a result
    /// that is not finite leaves the trace (the interpreter computes it again, an infinite
    /// or NaN base or exponent included).
    func floatPow(_ x: Ref, _ y: Ref, wholeExponent: Bool = false) throws -> Ref {
        if !isConst(x) && !wholeExponent { try guardTrue(try emit(.SW_IR_FGT, .bool, x, constant(SwValue(float: 0)))) }
        let r = try emit(.SW_IR_FCALL2, .float, x, y, aux: LibmFunction.pow.rawValue)
        let magnitude = try emit(.SW_IR_FCALL1, .float, r, aux: LibmFunction.fabs.rawValue)
        try guardTrue(try emit(.SW_IR_FLT, .bool, magnitude, constant(SwValue(float: .infinity))))
        return r
    }

    /// `C(args)` for a class whose instances the interpreter makes directly (default
    /// __new__, Python __init__): allocate, then inline __init__ with the new object as self;
    /// its frame returns to the call's register without overwriting it (the init flag).
    /// (The caller checked that `initFn`, the class's fast __init__, can be inlined, before
    /// the class register is replaced by the new instance.)
    func instantiate(_ cls: SwValue, _ initFn: SwValue, _ w: Instruction, _ pc: Int, _ fi: Int,
                     _ regs: UnsafeMutablePointer<SwValue>) throws {
        let t = cls.as(SwType.self)
        try guardIdentity(try readTyped(w.a), cls)
        try guardClassDicts(t)
        let obj = try emit(.SW_IR_CALL_HELPER, .value, try boxed(constant(cls)), -1, aux: JIT.Helper.allocate.rawValue)
        regs[w.a] = Classes.allocate(t)
        let made = try emit(.SW_IR_UNBOX, .object, obj)
        if Classes.inlineSlot(regs[w.a], t) != nil { freshInstances[made] = 0 }
        write(w.a, made)
        do {
            try inlineCall(initFn, w.a - 1, w.b + 1, w.a | Interpreter.initReturnFlag, pc, fi, regs)
        } catch {
            regs[w.a] = cls      // the interpreter runs the call again
            throw error
        }
    }

    func inlineCall(_ f: SwValue, _ baseReg: Int, _ argc: Int, _ resultReg: Int, _ pc: Int, _ fi: Int,
                    _ regs: UnsafeMutablePointer<SwValue>, closure: Ref? = nil) throws {
        try inlineCall(f, (0..<argc).map { baseReg + 1 + $0 }, resultReg, pc, fi, regs, closure: closure)
    }

    /// Inlines a call of plain Python function `f` with the values of registers `argRegs`,
    /// its result going where `returnTo` says (a register, or a RETURN flag). (Callers
    /// check `canInline` first: what cannot be inlined is left to the interpreter.)
    /// A function the trace made itself has its closure tuple at `closure`; any other is a
    /// constant (guarded), its closure cells too.
    func inlineCall(_ f: SwValue, _ argRegs: [Int], _ resultReg: Int, _ pc: Int, _ fi: Int,
                    _ regs: UnsafeMutablePointer<SwValue>, closure: Ref? = nil) throws {
        let argc = argRegs.count
        let fs = objectSlots(f.obj)
        let code = fs[FuncSlot.code]
        let hot = CodeInfo.hot(code)
        let callerRegisterCount = Interpreter.frames[fi].hot.pointee.registerCount
        let newRegs = regs + callerRegisterCount
        var args = try argRegs.map { try read($0) }
        let calleeBase = base + callerRegisterCount
        Interpreter.frames[fi].pc = pc + 1
        for (i, r) in argRegs.enumerated() { newRegs[i] = regs[r] }
        Interpreter.prepareRegisters(newRegs, hot, argc: argc)
        let n = hot.pointee.simpleArgCount
        if argc < n {
            // (Checked by canInline: the defaults tuple supplies them; its items are constants.)
            let d = fs[FuncSlot.defaults]
            let items = Tuple.items(d), first = Tuple.count(d) - n
            for k in argc..<n {
                newRegs[k] = items[first + k]
                args.append(constant(items[first + k]))
            }
        }
        Interpreter.pushFrame(hot: hot, code: code, regs: newRegs, function: f, globals: fs[FuncSlot.globals], returnTo: resultReg)
        frameBases.append(calleeBase)
        for (i, r) in args.enumerated() { slots[calleeBase + i] = r }
        if hot.pointee.needsCells { try enterWithCells(f, args, newRegs, closure: closure) }
    }

    /// An inlined frame's cells: a new cell for each captured variable (holding its
    /// argument, if it is one), and the closure's cells in the free variables' registers.
    func enterWithCells(_ f: SwValue, _ args: [Ref], _ newRegs: UnsafeMutablePointer<SwValue>, closure: Ref?) throws {
        let info = CodeInfo.from(objectSlots(f.obj)[FuncSlot.code])
        let code = info.code
        for r in code.cellRegisters {
            // (A variable that is not an argument starts unassigned: an empty cell.)
            let value = r < args.count ? try boxed(args[r]) : -1
            write(r, try emit(.SW_IR_UNBOX, .object, try emit(.SW_IR_CALL_HELPER, .value, value, aux: JIT.Helper.newCell.rawValue)))
        }
        try writeFreeRegisters(f, code, closure: closure)
        try Interpreter.finishFrameSetup(f, info, newRegs)
    }

    /// The free variables' registers of a frame of function `f` (of `code`) just entered:
    /// the closure's cells, `tuple_item`s of `closure` for a function the trace made,
    /// else constants (a function guarded by identity keeps its closure).
    func writeFreeRegisters(_ f: SwValue, _ code: CodeObject, closure: Ref?) throws {
        let tuple = objectSlots(f.obj)[FuncSlot.closure]
        for (i, r) in code.freeRegisters.enumerated() {
            if let closure {
                write(r, try emit(.SW_IR_UNBOX, .object, try emit(.SW_IR_TUPLE_ITEM, .value, closure, constInt(Int64(i)))))
            } else {
                write(r, constant(Tuple.items(tuple)[i]))
            }
        }
    }

    /// Whether calling function `f` with `argc` positional arguments just makes a generator
    /// of its code that `Generator.make(function:argument:)` can make.
    func makesPlainGenerator(_ f: SwValue, argc: Int) -> Bool {
        let hot = CodeInfo.hot(objectSlots(f.obj)[FuncSlot.code])
        return hot.pointee.isGenerator && argc <= 1 && hot.pointee.simpleArgCount == argc
    }

    /// Whether Python function `f` can be inlined with `argc` positional arguments from
    /// frame `fi` (not past `maxInlineDepth` deep; no argument binding or generator; a loop
    /// only if unrolling it has not failed before and the code is not running already
    /// below, in the trace; room on the stacks). A call that cannot is left to the
    /// interpreter.
    func canInline(_ f: SwValue, argc: Int, _ fi: Int, _ regs: UnsafeMutablePointer<SwValue>) -> Bool {
        guard depth < Self.maxInlineDepth else { return false }
        let hot = CodeInfo.hot(objectSlots(f.obj)[FuncSlot.code])
        let n = hot.pointee.simpleArgCount
        guard argc <= n && !hot.pointee.isGenerator else { return false }
        if argc < n {
            // Missing arguments come from the defaults (a function's defaults never change).
            let d = objectSlots(f.obj)[FuncSlot.defaults]
            guard d.isObject(ofType: T.tuple), Tuple.count(d) >= n - argc else { return false }
        }
        if hot.pointee.hasLoop {
            guard JIT.options.unroll > 0, !hot.pointee.noUnroll, !(rootIndex...fi).contains(where: { Interpreter.frames[$0].hot == hot })
            else { return false }
        }
        return hasRoom(regs + Interpreter.frames[fi].hot.pointee.registerCount, hot)
    }

    /// Whether a frame of code `hot` with registers at `regs` fits on the stacks (with
    /// room to spare for the frames an exit or a residual call rebuilds).
    func hasRoom(_ regs: UnsafeMutablePointer<SwValue>, _ hot: UnsafeMutablePointer<CodeHot>) -> Bool {
        (try? Interpreter.checkStack(regs, hot)) != nil && Interpreter.frameCount < Interpreter.frameCapacity - 16
    }

    /// Whether a range, list or enumerate iterator has nothing left.
    static func exhausted(_ it: SwValue) -> Bool {
        guard it.tag == .SW_TAG_OBJ else { return false }
        let s = objectSlots(it.obj)
        if it.obj.pointee.type == T.rangeIterator {
            let step = s[2].int
            return step > 0 ? s[0].int >= s[1].int : s[0].int <= s[1].int
        }
        if it.obj.pointee.type == T.listIterator {
            return s[0].tag != .SW_TAG_OBJ || Int(s[1].int) >= List.count(s[0])
        }
        if it.obj.pointee.type == T.enumerate { return exhausted(s[EnumerateSlot.iterator]) }
        if it.obj.pointee.type == T.tupleIterator {
            return s[0].isObject(ofType: T.tuple) && Int(s[1].int) >= Tuple.count(s[0])
        }
        return false
    }

    // MARK: - Closing the loop

    /// Checks the loop is type-stable, adds the back-edge and the GC poll, and turns the
    /// raw snapshots into what exits must write. A bridge instead ends by always leaving
    /// through a snapshot at the loop header.
    func finish() throws -> Trace {
        currentSnapshot = -1
        if isBridge {
            let end = snapshot()
            trace.append(IRInstr(.SW_IR_GUARD_FALSE, .void, a: constant(.true), snapshot: end))
            if !leavesByReturn { bridgeEnd = Int(end) }
            finishSnapshots()
            return trace
        }
        // The GC poll leaves with the whole state at the loop header.
        _ = try emit(.SW_IR_GUARD_NOGC, .void)
        // Slots written in the iteration but live at an exit before their write (a
        // variable assigned in the loop and read after it) carry last iteration's value:
        // they become loop inputs of any type, read without a guard.
        var carried = Set<Int>()
        for (index, raw) in rawSnapshots.enumerated() where index > 0 && !raw.afterFlush {
            let rootPC = raw.frames[0].pc
            guard rootPC < rootLiveness.count else { continue }
            for s in written where raw.slots[s] == nil && inputs[s] == nil && !writeThrough.contains(s)
                && rootLiveness[rootPC].contains(s) {
                carried.insert(s)
            }
        }
        for s in carried.sorted() {
            inputs[s] = trace.append(IRInstr(.SW_IR_INPUT, .value, a: Ref(s), snapshot: 0))
        }
        var back: [Ref] = []
        for r in trace.inputs {
            let s = Int(trace.instrs[Int(r)].a)
            // Flushed by a nested loop and not read since: read it back.
            var v = try slots[s] ?? emit(.SW_IR_LOADSLOT, IRType(tag: rootRegs[s].tag), Ref(s))
            let want = trace.instrs[Int(r)].type
            if want == .value {
                back.append(try boxed(v))
                continue
            }
            if type(v) == .value {
                let observed = IRType(tag: rootRegs[s].tag)
                guard observed == want else { throw abort("type-unstable loop: r\(s) enters as \(want.letter), leaves as \(observed.letter)") }
                v = try emit(.SW_IR_UNBOX, want, v)
            }
            guard type(v) == want else {
                throw abort("type-unstable loop: r\(s) enters as \(want.letter), leaves as \(type(v).letter)")
            }
            back.append(v)
        }
        trace.loopBack = back
        finishSnapshots()
        return trace
    }

    /// Exits write every slot the iteration has changed, plus loop-carried slots (whose
    /// memory copy is stale after the first iteration; not after a nested loop's trace
    /// has written everything back, nor in a bridge, which has no loop inputs).
    func finishSnapshots() {
        for (index, raw) in rawSnapshots.enumerated() {
            var current = raw.slots
            if index > 0 && !raw.afterFlush {
                for (s, input) in inputs where current[s] == nil && written.contains(s) {
                    current[s] = input
                }
            }
            let out = current.sorted(by: { $0.key < $1.key }).compactMap { s, ref -> Snapshot.SlotValue? in
                if let input = inputs[s], input == ref, !written.contains(s) { return nil }
                if !raw.live.contains(s) || writeThrough.contains(s) { return nil }
                return .init(slot: s, ref: ref)
            }
            trace.snapshots.append(Snapshot(frames: raw.frames, slots: out))
        }
    }
}

/// File names in trace titles: the last path component.
private func lastPathComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}
