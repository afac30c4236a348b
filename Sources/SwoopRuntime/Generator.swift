// Generator.swift — generator objects. A generator owns a saved copy of its frame's
// registers (traced slots of the object) and its pc. Resuming copies the registers onto
// the value stack, pushes an ordinary frame and runs the interpreter on it until the frame
// yields (YIELD / YIELD_FROM save the pc and pop the frame; the registers are copied back
// here) or finishes. `send`, `throw`, `close`, StopIteration and PEP 479 are here too.
import SwoopBytecode
import Glibc

extension T {
    public static var generator: TypeRef!
}

enum GenSlot {
    static let function = 0
    /// Int: where to continue. 0 = not started; otherwise one past the YIELD/YIELD_FROM.
    static let pc = 1
    /// Int: a GenState.
    static let state = 2
    /// The generator's own handled exception while it is suspended (None if none).
    static let handled = 3
    /// The frame's registers, registerCount of them.
    static let registers = 4
}

enum GenState {
    static let created: Int64 = 0
    static let suspended: Int64 = 1
    static let running: Int64 = 2
    static let closed: Int64 = 3
}

public enum Generator {
    static var generatorExit: TypeRef!

    static func setUp() {
        T.generator = Types.make("generator", kind: .SW_KIND_SLOTS, base: T.object)
        T.generator.pointee.head.type = T.type
        Types.finish(T.generator, "generator")
        generatorExit = T.byName["GeneratorExit"]
        Native.method(T.generator, "__next__") { args in
            try args.expect("__next__", 1, 1)
            return try next(try selfGenerator(args, "__next__"))
        }
        Native.method(T.generator, "__iter__") { args in
            try args.expect("__iter__", 1, 1)
            return try selfGenerator(args, "__iter__")
        }
        Native.method(T.generator, "send") { args in
            try args.expect("send", 2, 2)
            let (v, done) = try resume(try selfGenerator(args, "send"), sent: args[1], exc: nil)
            if done { throw stopIteration(v) }
            return v
        }
        Native.method(T.generator, "throw") { args in
            if !args.keywords.isEmpty { throw typeError("throw() takes no keyword arguments") }
            try args.expect("throw", 2, 4)
            let g = try selfGenerator(args, "throw")
            let exc = try exceptionToThrow(args[1], args.count > 2 ? args[2] : .none)
            let (v, done) = try resume(g, sent: .none, exc: exc)
            if done { throw stopIteration(v) }
            return v
        }
        Native.method(T.generator, "close") { args in
            try args.expect("close", 1, 1)
            try close(try selfGenerator(args, "close"))
            return .none
        }
    }

    static func selfGenerator(_ args: Args, _ name: String) throws -> Value {
        let g = args[0]
        guard isGenerator(g) else {
            throw typeError("descriptor '\(name)' for 'generator' objects doesn't apply to a '\(Ops.typeName(g))' object")
        }
        return g
    }

    @inline(__always) static func isGenerator(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.generator
    }

    /// A new, not yet started generator for `function`, whose frame's registers (arguments
    /// bound, constants loaded, cells made) are at `regs`.
    static func make(function: Value, regs: UnsafeMutablePointer<SwValue>, count: Int) -> Value {
        let (g, saved) = allocate(function: function, count: count)
        memcpy(saved, regs, count * MemoryLayout<SwValue>.size)
        return g
    }

    /// A new generator for `function`, whose code takes exactly the one `argument` given
    /// (or none): its registers as binding the call would set them.
    static func make(function: Value, argument: Value?) -> Value {
        CodeInfo.with(objectSlots(function.obj)[FuncSlot.code]) { info in
            let (g, regs) = allocate(function: function, count: info.hot.pointee.registerCount)
            if let argument { regs[0] = argument }
            Interpreter.prepareRegisters(regs, info.hot, argc: argument == nil ? 0 : 1)
            // (Cells and the closure's cells: nothing there can fail.)
            try! Interpreter.finishFrameSetup(function, info, regs)
            return g
        }
    }

    /// A not yet started generator for `function` with room for `count` registers (left
    /// for the caller to fill), and where they are.
    @inline(__always)
    static func allocate(function: Value, count: Int) -> (Value, UnsafeMutablePointer<SwValue>) {
        let n = GenSlot.registers + count
        let o = Heap.allocate(T.generator, size: MemoryLayout<SwObject>.size + n * MemoryLayout<SwValue>.size, nslots: n)
        let s = objectSlots(o)
        s[GenSlot.function] = function
        s[GenSlot.pc] = Value(int: 0)
        s[GenSlot.state] = Value(int: GenState.created)
        s[GenSlot.handled] = .none
        return (Value(o), s + GenSlot.registers)
    }

    static func function(_ g: Value) -> Value { objectSlots(g.obj)[GenSlot.function] }

    static func qualifiedName(_ g: Value) -> String {
        Str.swift(objectSlots(function(g).obj)[FuncSlot.qualname])
    }

    static func stopIteration(_ value: Value) -> PyError {
        PyError(Exceptions.make(Exc.stopIteration, args: value.isNone ? [] : [value]))
    }

    /// `next(g)`: the next value, or StopIteration carrying the return value.
    static func next(_ g: Value) throws -> Value {
        let (v, done) = try resume(g, sent: .none, exc: nil)
        if done { throw stopIteration(v) }
        return v
    }

    /// The exception `throw(type[, value])` raises, as CPython builds it.
    static func exceptionToThrow(_ type: Value, _ value: Value) throws -> Value {
        if Exceptions.isExceptionType(type) {
            if Exceptions.isException(value) && Types.isSubtype(Ops.typeOf(value), type.as(SwType.self)) { return value }
            var args = Args(value.isNone ? [] : (Ops.typeOf(value) == T.tuple ? Tuple.array(value) : [value]))
            return try Interpreter.callNonFunction(type, &args)
        }
        if Exceptions.isException(type) {
            if !value.isNone { throw typeError("instance exception may not have a separate value") }
            return type
        }
        throw typeError("exceptions must be classes or instances deriving from BaseException, not \(Ops.typeName(type))")
    }

    /// Runs the generator until it yields (returns (value, false)) or returns (returns
    /// (return value, true)); with `exc`, raises it at the suspension point first.
    /// `gcSafe` is true when every value the caller holds is rooted, so the generator's own
    /// loops may collect garbage: the interpreter loop resuming it (FOR_ITER, YIELD_FROM:
    /// every live value is in a frame register), or Swift code that keeps what it holds
    /// rooted. Otherwise collections wait until the generator yields.
    static func resume(_ g: Value, sent: Value, exc: Value?, gcSafe: Bool = false) throws -> (Value, Bool) {
        let s = objectSlots(g.obj)
        switch s[GenSlot.state].int {
        case GenState.running:
            throw valueError("generator already executing")
        case GenState.closed:
            if let exc { throw PyError(exc) }
            return (.none, true)
        case GenState.created:
            // (An exception thrown into a generator that never ran is raised in its frame,
            // at its first line, and finishes it.)
            if exc == nil && !sent.isNone {
                throw typeError("can't send non-None value to a just-started generator")
            }
        default:
            break
        }
        let fn = s[GenSlot.function]
        let fs = objectSlots(fn.obj)
        let code = fs[FuncSlot.code]
        let hot = CodeInfo.hot(code)
        let n = hot.pointee.registerCount
        let regs = Interpreter.stackTop
        try Interpreter.checkStack(regs, hot)
        memcpy(regs, s + GenSlot.registers, n * MemoryLayout<SwValue>.size)
        var pc = Int(s[GenSlot.pc].int)
        Interpreter.pushFrame(hot: hot, code: code, regs: regs, function: fn, globals: fs[FuncSlot.globals], returnTo: -1)
        let callerHandled = Interpreter.handledException
        let rooted = callerHandled.tag == .SW_TAG_OBJ
        if rooted { Heap.tempRoots.append(callerHandled) }
        if !s[GenSlot.handled].isNone { Interpreter.handledException = s[GenSlot.handled] }
        s[GenSlot.state] = Value(int: GenState.running)
        let blocks = !gcSafe
        if blocks { Interpreter.gcBlockers += 1 }
        defer {
            if blocks { Interpreter.gcBlockers -= 1 }
            Interpreter.handledException = callerHandled
            if rooted { Heap.tempRoots.removeLast() }
        }

        /// Saves the frame (popped already) back into the generator. (`at` is passed, not
        /// captured: a captured `var` would cost a heap box on every resume.)
        func suspend(at pc: Int) {
            s[GenSlot.pc] = Value(int: Int64(pc))
            s[GenSlot.state] = Value(int: GenState.suspended)
            let h = Interpreter.handledException
            s[GenSlot.handled] = h.identical(callerHandled) ? .none : h
            memcpy(s + GenSlot.registers, regs, n * MemoryLayout<SwValue>.size)
        }
        func finish() {
            s[GenSlot.state] = Value(int: GenState.closed)
            s[GenSlot.handled] = .none
            memset(s + GenSlot.registers, 0, n * MemoryLayout<SwValue>.size)
        }

        var pending = exc
        do {
            if let w = suspendedAt(hot, pc) {
                let a = w.a, b = w.b
                if w.op == .SW_OP_YIELD {
                    if pending == nil { regs[b] = sent }
                } else {        // (YIELD_FROM)
                    if let e = pending {
                        // Delegating: the exception goes to the sub-iterator first.
                        switch try throwInto(regs[a], e) {
                        case .yielded(let v):
                            Interpreter.frameCount -= 1
                            suspend(at: pc)
                            return (v, false)
                        case .finished(let v):
                            regs[b] = v
                            pending = nil
                        case .raised(let e2):
                            pending = e2
                        }
                    } else {
                        regs[b] = sent
                        pc -= 1          // run YIELD_FROM again: it sends regs[b]
                    }
                }
            }
            Interpreter.frames[Interpreter.frameCount - 1].pc = pc
            let v = try Interpreter.execute(entryDepth: Interpreter.frameCount, throwing: pending)
            if Interpreter.yielded {
                Interpreter.yielded = false
                pc = Interpreter.frames[Interpreter.frameCount].pc
                suspend(at: pc)
                return (v, false)
            }
            finish()
            return (v, true)
        } catch let e as PyError {
            if Interpreter.frameCount > 0 && Interpreter.frames[Interpreter.frameCount - 1].regs == regs {
                Interpreter.frameCount -= 1      // raised before the frame ran
            }
            finish()
            if Types.isSubtype(Exceptions.type(e.exception), Exc.stopIteration) {
                // PEP 479: StopIteration must not leak out of a generator's body.
                throw PyError(stopIterationLeak(e.exception))
            }
            throw e
        }
    }

    /// The YIELD or YIELD_FROM a generator of code `hot` suspended at `pc` (just past it)
    /// stopped at, whose register B receives the value sent in; nil when it has not
    /// started, or stopped at a generator expression's GEN_YIELD (which receives nothing).
    static func suspendedAt(_ hot: UnsafeMutablePointer<CodeHot>, _ pc: Int) -> Instruction? {
        guard pc > 0 else { return nil }
        let w = Instruction(word: hot.pointee.words[pc - 1])
        return w.op == .SW_OP_YIELD || w.op == .SW_OP_YIELD_FROM ? w : nil
    }

    // MARK: - Resumed in place
    //
    // A `for` loop over a generator resumes it in place: FOR_ITER pushes the generator's
    // frame above the loop's (returnTo = Interpreter.generatorReturnFlag; the loop's frame
    // stands just past that FOR_ITER, whose iterator register holds the generator) and the
    // dispatch loop runs it as it runs a call, with no re-entry. YIELD saves the frame back
    // into the generator and hands the value to the FOR_ITER's target; RETURN finishes the
    // generator and takes the loop's exit; an exception finishes it on its way out (PEP 479
    // as in `resume`). While the frame runs, the generator's `handled` slot keeps the loop's
    // handled exception, which the generator's own replaces meanwhile.

    /// Pushes generator `g`'s frame with its registers at `regs` (the loop frame's pc past
    /// its FOR_ITER): false, having done nothing, when `g` is running or finished.
    @inline(never)
    static func enterInPlace(_ g: Value, regs: UnsafeMutablePointer<SwValue>,
                             returnTo: Int = Interpreter.generatorReturnFlag) throws -> Bool {
        let s = objectSlots(g.obj)
        let state = s[GenSlot.state].int
        guard state == GenState.suspended || state == GenState.created else { return false }
        let fn = s[GenSlot.function]
        let fs = objectSlots(fn.obj)
        let code = fs[FuncSlot.code]
        let hot = CodeInfo.hot(code)
        try Interpreter.checkStack(regs, hot)
        memcpy(regs, s + GenSlot.registers, hot.pointee.registerCount * MemoryLayout<SwValue>.size)
        var pc = Int(s[GenSlot.pc].int)
        if let w = suspendedAt(hot, pc) {
            // The value sent in (None): a yield's result; a `yield from` runs again to send it.
            regs[w.b] = .none
            if w.op == .SW_OP_YIELD_FROM { pc -= 1 }
        }
        let own = s[GenSlot.handled]
        s[GenSlot.handled] = Interpreter.handledException
        if !own.isNone { Interpreter.handledException = own }
        s[GenSlot.state] = Value(int: GenState.running)
        Interpreter.pushFrame(hot: hot, code: code, regs: regs, function: fn, globals: fs[FuncSlot.globals],
                              returnTo: returnTo)
        Interpreter.frames[Interpreter.frameCount - 1].pc = pc
        return true
    }

    /// The generator whose frame, resumed in place, returns to frame `caller`, and the
    /// instruction that resumed it: a loop's FOR_ITER (the generator in its register A) or
    /// a consumer's CALL (the generator its one argument).
    @inline(__always)
    static func inPlaceGenerator(_ caller: Frame) -> (Value, Instruction) {
        let w = Instruction(word: caller.hot.pointee.words[caller.pc - 1])
        return (caller.regs[inPlaceRegister(w)], w)
    }

    /// The register of the generator that instruction `w` (FOR_ITER or CALL) runs in place.
    @inline(__always)
    static func inPlaceRegister(_ w: Instruction) -> Int { w.op == .SW_OP_FOR_ITER ? w.a : w.a + 1 }

    /// The top frame, a generator's resumed in place, yields `value` at `pc` (past the
    /// yield): saved into the generator and popped; the loop's FOR_ITER target gets value.
    @inline(never)
    static func suspendInPlace(_ value: Value, pc: Int) {
        let w = saveInPlace(pc: pc)
        Interpreter.frames[Interpreter.frameCount - 1].regs[w.b] = value
    }

    /// The top frame, a generator's resumed in place, stops at `pc`: saved into the
    /// generator and popped. Returns the instruction that resumed it.
    @inline(__always)
    static func saveInPlace(pc: Int) -> Instruction {
        let fi = Interpreter.frameCount - 1
        let regs = Interpreter.frames[fi].regs
        let (g, w) = inPlaceGenerator(Interpreter.frames[fi - 1])
        let s = objectSlots(g.obj)
        s[GenSlot.pc] = Value(int: Int64(pc))
        s[GenSlot.state] = Value(int: GenState.suspended)
        let outer = s[GenSlot.handled]
        let h = Interpreter.handledException
        s[GenSlot.handled] = h.identical(outer) ? .none : h
        Interpreter.handledException = outer
        memcpy(s + GenSlot.registers, regs, Interpreter.frames[fi].hot.pointee.registerCount * MemoryLayout<SwValue>.size)
        Interpreter.frameCount = fi
        return w
    }

    /// A generator frame resumed in place has been popped, returning or raising, and the
    /// loop frame `caller` is on top: the generator is finished. Returns the loop's FOR_ITER.
    @discardableResult @inline(never)
    static func finishInPlace(_ caller: Frame) -> Instruction {
        let (g, w) = inPlaceGenerator(caller)
        let s = objectSlots(g.obj)
        s[GenSlot.state] = Value(int: GenState.closed)
        Interpreter.handledException = s[GenSlot.handled]
        s[GenSlot.handled] = .none
        memset(s + GenSlot.registers, 0, Int(g.obj.pointee.nslots - UInt32(GenSlot.registers)) * MemoryLayout<SwValue>.size)
        return w
    }

    /// The exception leaving a generator frame resumed in place (popped; the loop frame
    /// `caller` on top) as it goes on: a StopIteration becomes RuntimeError (PEP 479).
    @inline(never)
    static func unwindInPlace(_ exc: Value, _ caller: Frame) -> Value {
        finishInPlace(caller)
        return Exceptions.isException(exc) && Types.isSubtype(Exceptions.type(exc), Exc.stopIteration)
            ? stopIterationLeak(exc) : exc
    }

    /// The RuntimeError a StopIteration raised in a generator's body becomes (PEP 479).
    static func stopIterationLeak(_ e: Value) -> Value {
        let r = Exceptions.make(Exc.runtimeError, "generator raised StopIteration")
        let rs = objectSlots(r.obj)
        rs[ExcSlot.cause] = e
        rs[ExcSlot.context] = e
        rs[ExcSlot.suppressContext] = .true
        return r
    }

    // MARK: - Consumed in place
    //
    // list(g), tuple(g) and set(g) of a generator expression g run its frame in place as
    // well: CALL pushes it above the caller's, which stands past the CALL, with returnTo =
    // Interpreter.consumerReturnFlag | the call's register (| consumerTupleFlag for
    // tuple). The collector (a new list, or set) is in the frame's sink register and in
    // the call's register. GEN_YIELD puts the items in; RETURN finishes the generator and
    // leaves the collector (made a tuple, for tuple) as the call's result; an exception
    // finishes it on its way out, as for a loop. An item a set cannot take without
    // running code suspends the generator there, and the consumer goes on as `drain`
    // does (consumerYield).

    /// Whether `f(g)` runs generator `g` in place: f is list, tuple or set and g a
    /// generator expression that has not finished.
    static func consumesInPlace(_ f: Value, _ g: Value) -> Bool {
        guard isGenerator(g), f.isObject(ofType: T.type) else { return false }
        let t = f.as(SwType.self)
        guard t == T.list || t == T.tuple || t == T.set else { return false }
        let s = objectSlots(g.obj)
        let state = s[GenSlot.state].int
        return (state == GenState.created || state == GenState.suspended)
            && CodeInfo.hot(objectSlots(s[GenSlot.function].obj)[FuncSlot.code]).pointee.sinkRegister >= 0
    }

    /// The `returnTo` of a generator expression's frame consumed in place by callee `f`
    /// (list, tuple or set) whose result goes to register `dst`.
    static func consumerReturn(_ f: Value, _ dst: Int) -> Int {
        Interpreter.consumerReturnFlag | dst | (f.as(SwType.self) == T.tuple ? Interpreter.consumerTupleFlag : 0)
    }

    /// For CALL `f(g)` (the caller's pc past it, its result register `dst`): when f is
    /// list, tuple or set and g a generator expression, pushes g's frame at `regs` with a
    /// new collector; false, having done nothing, otherwise.
    @inline(never)
    static func consumeInPlace(_ f: Value, _ g: Value, _ dst: Int, regs: UnsafeMutablePointer<SwValue>) throws -> Bool {
        guard consumesInPlace(f, g), try enterInPlace(g, regs: regs, returnTo: consumerReturn(f, dst)) else { return false }
        _ = installCollector(f, dst)
        return true
    }

    /// The collector for consumer `f` (a new set for set, else a list), put in the
    /// generator expression's frame just pushed (its sink register) and in the caller's
    /// register `dst`.
    static func installCollector(_ f: Value, _ dst: Int) -> Value {
        let sink = f.as(SwType.self) == T.set ? PySet.make() : List.make()
        let top = Interpreter.frames[Interpreter.frameCount - 1]
        top.regs[top.hot.pointee.sinkRegister] = sink
        Interpreter.frames[Interpreter.frameCount - 2].regs[dst] = sink
        return sink
    }

    /// A generator expression's frame consumed in place has returned (popped; `caller` on
    /// top): the generator is finished and the caller's result register gets the result.
    @inline(never)
    static func finishConsumer(_ caller: Frame, _ returnTo: Int) {
        finishInPlace(caller)
        if returnTo & Interpreter.consumerTupleFlag != 0 {
            let dst = Interpreter.consumerResult(returnTo)
            caller.regs[dst] = listToTuple(caller.regs[dst])
        }
    }

    /// A generator expression's frame consumed in place yields `value` at `pc` (an item
    /// its set could not take without running code): the generator is suspended and the
    /// frame popped; the consumer adds it and the rest (as `drain` does) and the caller
    /// gets the set. An exception from there is raised at the caller's CALL.
    @inline(never)
    static func consumerYield(_ value: Value, pc: Int) throws {
        let returnTo = Interpreter.frames[Interpreter.frameCount - 1].returnTo
        _ = saveInPlace(pc: pc)
        // (The generator and the set stay rooted in the caller's registers.)
        let caller = Interpreter.frames[Interpreter.frameCount - 1]
        let (g, _) = inPlaceGenerator(caller)
        let sink = caller.regs[Interpreter.consumerResult(returnTo)]
        try PySet.add(sink, value)
        // (Suspended, a generator expression: `drain` takes it.)
        _ = try drain(g, into: sink, { try PySet.add(sink, $0) })
    }

    /// Runs generator expression `g` to its end for a consumer that takes every item into
    /// `sink`, a list or an empty set: GEN_YIELD puts in what it can (every item of a list;
    /// a set's items while each one's hash runs no code) without suspending the frame, and
    /// the rest come back here for `body`, exactly as from `next` (so a set item with a
    /// Python `__hash__` or `__eq__` is added by the consumer, and the ones after it too).
    /// The caller keeps `g` and `sink` rooted. False, having run nothing, if `g` is not a
    /// generator expression that can run so.
    static func drain(_ g: Value, into sink: Value, _ body: (Value) throws -> Void) throws -> Bool {
        guard isGenerator(g) else { return false }
        let s = objectSlots(g.obj)
        let state = s[GenSlot.state].int
        guard state == GenState.created || state == GenState.suspended else { return false }
        let r = CodeInfo.hot(objectSlots(s[GenSlot.function].obj)[FuncSlot.code]).pointee.sinkRegister
        guard r >= 0 else { return false }
        let sinkSlot = s + GenSlot.registers + r
        // (If the consumer raises, the generator stays suspended and yields to anyone.)
        defer { if s[GenSlot.state].int != GenState.closed { sinkSlot.pointee = .unbound } }
        sinkSlot.pointee = sink
        while true {
            let (v, done) = try resume(g, sent: .none, exc: nil, gcSafe: true)
            if done { return true }
            sinkSlot.pointee = .unbound
            try body(v)
        }
    }

    enum ThrowOutcome {
        case yielded(Value)
        case finished(Value)
        case raised(Value)
    }

    /// Delegation of `throw`/`close` to the iterator a `yield from` is running.
    static func throwInto(_ it: Value, _ exc: Value) throws -> ThrowOutcome {
        let isExit = Types.isSubtype(Exceptions.type(exc), generatorExit)
        if isExit {
            // close() the sub-iterator, then raise GeneratorExit here.
            do {
                if isGenerator(it) { try close(it) }
                else if let m = try Ops.lookupAttr(it, Str.intern("close")) { _ = try Ops.callFunction(m, [], []) }
            } catch let e as PyError {
                return .raised(e.exception)
            }
            return .raised(exc)
        }
        do {
            if isGenerator(it) {
                let (v, done) = try resume(it, sent: .none, exc: exc)
                return done ? .finished(v) : .yielded(v)
            }
            guard let m = try Ops.lookupAttr(it, Str.intern("throw")) else { return .raised(exc) }
            return .yielded(try Ops.callFunction(m, [exc], []))
        } catch let e as PyError {
            if Types.isSubtype(Exceptions.type(e.exception), Exc.stopIteration) {
                return .finished(stopIterationValue(e.exception))
            }
            return .raised(e.exception)
        }
    }

    static func stopIterationValue(_ e: Value) -> Value {
        let a = Tuple.array(Exceptions.args(e))
        return a.isEmpty ? .none : a[0]
    }

    /// One step of `yield from`: sends `value` into iterator `it`; (yielded value, false)
    /// or (result, true).
    static func send(into it: Value, _ value: Value) throws -> (Value, Bool) {
        if isGenerator(it) { return try resume(it, sent: value, exc: nil, gcSafe: true) }
        do {
            if value.isNone {
                if let v = try Ops.next(it) { return (v, false) }
                return (.none, true)
            }
            let m = try Ops.getAttr(it, Str.intern("send"))
            return (try Ops.callFunction(m, [value], []), false)
        } catch let e as PyError where Types.isSubtype(Exceptions.type(e.exception), Exc.stopIteration) {
            return (stopIterationValue(e.exception), true)
        }
    }

    /// `g.close()`: raises GeneratorExit at the suspension point; the generator must not
    /// yield again.
    static func close(_ g: Value) throws {
        let s = objectSlots(g.obj)
        let state = s[GenSlot.state].int
        if state == GenState.created {
            s[GenSlot.state] = Value(int: GenState.closed)
            memset(s + GenSlot.registers, 0, Int(g.obj.pointee.nslots - UInt32(GenSlot.registers)) * MemoryLayout<SwValue>.size)
            return
        }
        if state == GenState.closed { return }
        let exit = Exceptions.make(generatorExit, args: [])
        do {
            let (_, done) = try resume(g, sent: .none, exc: exit)
            if !done { throw pyError(Exc.runtimeError, "generator ignored GeneratorExit") }
        } catch let e as PyError where Types.isSubtype(Exceptions.type(e.exception), generatorExit) {
            return
        }
    }

    /// Attributes other than methods.
    static func attribute(_ g: Value, _ name: String) -> Value? {
        let fs = objectSlots(function(g).obj)
        switch name {
        case "__name__": return fs[FuncSlot.name]
        case "__qualname__": return fs[FuncSlot.qualname]
        case "gi_running": return Value(bool: objectSlots(g.obj)[GenSlot.state].int == GenState.running)
        case "gi_code": return fs[FuncSlot.code]
        default: return nil
        }
    }
}
