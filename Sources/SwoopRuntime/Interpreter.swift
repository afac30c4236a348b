// Interpreter.swift — the register-bytecode interpreter: frames on one value stack, the
// dispatch loop with inline fast paths for ints, floats, lists and ranges, Python-to-
// Python calls without Swift recursion, and exception unwinding through handler tables.
import SwoopBytecode
import Glibc

struct Frame {
    var info: Unmanaged<CodeInfo>
    var regs: UnsafeMutablePointer<SwValue>
    var pc: Int
    var function: Value
    var globals: Value
    /// Register of the caller that receives the result; -1 for a frame entered from Swift.
    var returnTo: Int
    var serial: Int
    /// The code's hot fields (register count, words, names).
    var hot: UnsafeMutablePointer<CodeHot>
}

public enum Interpreter {
    static let stackCapacity = 8 << 20          // values (128 MiB of address space)
    static let frameCapacity = 200_000
    static var stackBase: UnsafeMutablePointer<SwValue>!
    static var frames: UnsafeMutablePointer<Frame>!
    static var frameCount = 0
    static var frameSerial = 0
    public static var recursionLimit = 1000
    /// Marks a frame's `returnTo` when the frame is an `__init__` entered for `C(...)`: its
    /// caller's result register already holds the new object.
    static let initReturnFlag = 1 << 40
    /// `returnTo` of a frame whose result is dropped (a Python __setitem__ entered for
    /// SETITEM); larger than any init-flagged register.
    static let discardReturnFlag = 1 << 41
    /// Marks the frame of a Python `__op__` entered for a binary operator (the result
    /// register is in the low bits).
    static let binopReturnFlag = 1 << 42
    /// `returnTo` of a generator's frame that a `for` loop's FOR_ITER resumed in place
    /// (Generator.enterInPlace): its yields go to that FOR_ITER's target.
    static let generatorReturnFlag = 1 << 43
    /// Marks the frame of a generator expression that list(g), tuple(g) or set(g) runs in
    /// place (Generator.consumeInPlace; the call's result register in the low bits).
    static let consumerReturnFlag = 1 << 44
    static let consumerTupleFlag = 1 << 45
    /// Whether a frame with this `returnTo` is a generator expression's consumed in place.
    @inline(__always) static func isConsumer(_ returnTo: Int) -> Bool {
        returnTo > 0 && returnTo & consumerReturnFlag != 0
    }
    /// The caller's register that receives a consumed generator expression's collector.
    @inline(__always) static func consumerResult(_ returnTo: Int) -> Int { returnTo & 0xffff }
    /// Whether a frame with this `returnTo` is a generator's run in place (by a loop or a
    /// consumer): its registers are saved into the generator when it stops.
    @inline(__always) static func runsGeneratorInPlace(_ returnTo: Int) -> Bool {
        returnTo == generatorReturnFlag || isConsumer(returnTo)
    }
    /// list.append and dict.get, called inline by CALL_METHOD (resolved at startup).
    static var listAppend: Value = .none
    static var dictGet: Value = .none
    /// Argument arrays CALL reuses for built-in calls (a pool: calls nest).
    static var argBuffers: [[Value]] = []
    /// The exception being handled (for bare `raise` and implicit chaining).
    static var handledException: Value = .none
    /// Active re-entries whose Swift caller may hold values the collector cannot see
    /// (every re-entry but the outermost, unless its caller roots what it holds, as
    /// `list(generator)` does): the collector waits until none is active.
    static var gcBlockers = 0
    static var nativeDepth = 0

    static func setUp() {
        let bytes = stackCapacity * MemoryLayout<SwValue>.size
        let p = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        stackBase = p!.assumingMemoryBound(to: SwValue.self)
        frames = UnsafeMutablePointer<Frame>.allocate(capacity: frameCapacity)
        Heap.rootScanners.append { stack in
            let top = stackTop
            var p = stackBase!
            while p < top { stack.push(p.pointee); p += 1 }
            for i in 0..<frameCount {
                stack.push(frames[i].function)
                stack.push(frames[i].globals)
            }
            stack.push(handledException)
        }
        Ops.callFunction = { f, args, kw in try callFromSwift(f, args, kw) }
    }

    /// One past the last live register.
    static var stackTop: UnsafeMutablePointer<SwValue> {
        if frameCount == 0 { return stackBase }
        let f = frames[frameCount - 1]
        return f.regs + f.hot.pointee.registerCount
    }

    /// Guards native recursion (repr of nested containers, comparisons).
    static func enterNative() throws {
        nativeDepth += 1
        if nativeDepth > recursionLimit + 50 {
            nativeDepth -= 1
            throw pyError(Exc.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
    }
    static func leaveNative() { nativeDepth -= 1 }

    // MARK: - Entering code

    /// Runs a module's code with the given globals (and, for code compiled with a
    /// namespace, that namespace dict in register 0: `namespace` or else the globals).
    public static func runModule(_ code: CodeObject, globals: Value, namespace: Value? = nil) throws -> Value {
        let info = CodeInfo.of(code)
        let regs = stackTop
        try checkStack(regs, info.hot)
        prepareRegisters(regs, info.hot, argc: 0)
        if code.flags.contains(.namespace) { regs[0] = namespace ?? globals }
        // A module run from running code (an import, exec) is a re-entry from Swift.
        let blocks = frameCount > 0
        pushFrame(info, regs: regs, function: .none, globals: globals, returnTo: -1)
        if blocks { gcBlockers += 1 }
        defer { if blocks { gcBlockers -= 1 } }
        return try execute(entryDepth: frameCount)
    }

    @inline(__always)
    static func pushFrame(hot: UnsafeMutablePointer<CodeHot>, code: Value, regs: UnsafeMutablePointer<SwValue>,
                          function: Value, globals: Value, returnTo: Int) {
        frameSerial += 1
        frames[frameCount] = Frame(info: Unmanaged.fromOpaque(code.as(SwCode.self).pointee.swiftCode), regs: regs, pc: 0,
                                   function: function, globals: globals, returnTo: returnTo, serial: frameSerial,
                                   hot: hot)
        frameCount += 1
    }

    @inline(__always)
    static func pushFrame(_ info: CodeInfo, regs: UnsafeMutablePointer<SwValue>, function: Value, globals: Value, returnTo: Int) {
        frameSerial += 1
        frames[frameCount] = Frame(info: Unmanaged.passUnretained(info), regs: regs, pc: 0, function: function,
                                   globals: globals, returnTo: returnTo, serial: frameSerial,
                                   hot: info.hot)
        frameCount += 1
    }

    /// Raises RecursionError before a new frame would pass the recursion limit, the frame
    /// array, or the value stack.
    @inline(__always)
    static func checkStack(_ regs: UnsafeMutablePointer<SwValue>, _ hot: UnsafeMutablePointer<CodeHot>) throws {
        if frameCount >= recursionLimit || frameCount >= frameCapacity - 1
            || regs + hot.pointee.registerCount + 1 >= stackBase + stackCapacity {
            throw pyError(Exc.recursionError, "maximum recursion depth exceeded")
        }
    }

    /// Clears registers from `argc` on and copies constants in.
    @inline(__always)
    static func prepareRegisters(_ regs: UnsafeMutablePointer<SwValue>, _ hot: UnsafeMutablePointer<CodeHot>, argc: Int) {
        let n = hot.pointee.registerCount
        if n > argc { memset(regs + argc, 0, (n - argc) * MemoryLayout<SwValue>.size) }
        let k = hot.pointee.constantCount
        if k > 0 { memcpy(regs + hot.pointee.constantBase, hot.pointee.constants, k * MemoryLayout<SwValue>.size) }
    }

    /// Collects garbage if it was requested and no re-entry that blocks collection is
    /// active (values a Swift caller holds are in Swift locals the collector cannot see).
    @inline(__always)
    static func safepoint() {
        if Heap.collectionRequested && gcBlockers == 0 { Heap.collect() }
    }

    /// Calls any callable from Swift code (builtins calling back into Python).
    static func callFromSwift(_ f: Value, _ args: [Value], _ kw: [(name: String, value: Value)]) throws -> Value {
        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.function {
            let info = CodeInfo.from(objectSlots(f.obj)[FuncSlot.code])
            // Root the callee and arguments just above the live registers.
            let base = stackTop
            let argc = args.count + kw.count
            guard base + argc + 2 < stackBase + stackCapacity else {
                throw pyError(Exc.recursionError, "maximum recursion depth exceeded")
            }
            base[0] = f
            for (i, a) in args.enumerated() { base[1 + i] = a }
            for (i, k) in kw.enumerated() { base[1 + args.count + i] = k.value }
            let regs = base + 1 + argc
            let kwnames = kw.isEmpty ? nil : kw.map { Str.intern($0.name) }
            try checkStack(regs, info.hot)
            try bindArguments(f, info, args: base + 1, positional: args.count, kwnames: kwnames, into: regs)
            if info.hot.pointee.isGenerator { return Generator.make(function: f, regs: regs, count: info.hot.pointee.registerCount) }
            pushFrame(info, regs: regs, function: f, globals: objectSlots(f.obj)[FuncSlot.globals], returnTo: -1)
            gcBlockers += 1
            defer { gcBlockers -= 1 }
            return try execute(entryDepth: frameCount)
        }
        var a = Args(args, keywords: kw)
        return try callNonFunction(f, &a)
    }

    /// Calls a built-in, a type, or anything that is not a Python function.
    static func callNonFunction(_ f: Value, _ args: inout Args) throws -> Value {
        if f.tag == .SW_TAG_OBJ {
            let t = f.obj.pointee.type
            if t == T.builtinFunction { return try Native.call(f, &args) }
            if t == T.method {
                let s = objectSlots(f.obj)
                args.positional.insert(s[MethodSlot.selfValue], at: 0)
                let fn = s[MethodSlot.function]
                if fn.isObject(ofType: T.function) { return try callFromSwift(fn, args.positional, args.keywords) }
                return try callNonFunction(fn, &args)
            }
            if t == T.type {
                let ty = f.as(SwType.self)
                if ty.pointee.flags & Classes.heapFlag != 0 { return try Classes.instantiate(ty, &args) }
                if let ctor = Ops.constructors[ty] { return try ctor(&args) }
                if ty.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
                    if !args.keywords.isEmpty {
                        throw typeError("\(Types.name(ty))() takes no keyword arguments")
                    }
                    return Exceptions.make(ty, args: args.positional)
                }
                throw typeError("cannot create '\(Types.name(ty))' instances")
            }
            if t == T.function {
                return try callFromSwift(f, args.positional, args.keywords)
            }
            if t.pointee.flags & Classes.heapFlag != 0, let r = try Classes.call(f, t, &args) { return r }
            if t == T.staticmethod { return try callNonFunction(objectSlots(f.obj)[0], &args) }
        }
        throw typeError("'\(Ops.typeName(f))' object is not callable")
    }

    // MARK: - Argument binding

    /// Puts arguments into a new frame's registers, with defaults, *args, **kwargs and
    /// keyword-only parameters, and CPython's error messages.
    static func bindArguments(_ fn: Value, _ info: CodeInfo, args: UnsafeMutablePointer<SwValue>, positional: Int,
                              kwnames: [Value]?, into regs: UnsafeMutablePointer<SwValue>) throws {
        let code = info.code
        let fs = objectSlots(fn.obj)
        let nargs = code.argCount
        let hasVarArgs = code.flags.contains(.varArgs)
        let hasVarKw = code.flags.contains(.varKeywords)
        // Fast path: exact positional call of a plain function.
        if kwnames == nil && positional == info.hot.pointee.simpleArgCount {
            if positional > 0 { memcpy(regs, args, positional * MemoryLayout<SwValue>.size) }
            prepareRegisters(regs, info.hot, argc: positional)
            try finishFrameSetup(fn, info, regs)
            return
        }
        prepareRegisters(regs, info.hot, argc: 0)
        // (The name is for error messages only: made when one is raised.)
        func fname() -> String { Str.swift(fs[FuncSlot.qualname]) }
        let nPos = min(positional, nargs)
        for i in 0..<nPos { regs[i] = args[i] }
        let varArgsReg = nargs
        let kwOnlyStart = nargs + (hasVarArgs ? 1 : 0)
        let varKwReg = kwOnlyStart + code.kwOnlyCount
        if positional > nargs {
            if hasVarArgs {
                regs[varArgsReg] = Tuple.make(args + nargs, count: positional - nargs)
            } else {
                let defaults = fs[FuncSlot.defaults]
                let nd = defaults.isNone ? 0 : Tuple.count(defaults)
                let takes = nd > 0 ? "from \(nargs - nd) to \(nargs)" : "\(nargs)"
                let kwGiven = kwnames?.count ?? 0
                if kwGiven > 0 {
                    throw typeError("\(fname())() takes \(takes) positional argument\(nargs == 1 && nd == 0 ? "" : "s") but \(positional) positional argument\(positional == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given")
                }
                throw typeError("\(fname())() takes \(takes) positional argument\(nargs == 1 && nd == 0 ? "" : "s") but \(positional) \(positional == 1 ? "was" : "were") given")
            }
        } else if hasVarArgs {
            regs[varArgsReg] = Tuple.make([])
        }
        var extraKw: Value = .none
        if hasVarKw { extraKw = Dict.make(); regs[varKwReg] = extraKw }
        if let kwnames {
            let varNames = info.varNameValues
            for (i, name) in kwnames.enumerated() {
                let v = args[positional + i]
                var slot = -1
                for j in code.posOnlyCount..<nargs where Str.equal(varNames[j], name) { slot = j; break }
                if slot < 0 {
                    for j in 0..<code.kwOnlyCount where Str.equal(varNames[kwOnlyStart + j], name) {
                        slot = kwOnlyStart + j; break
                    }
                }
                if slot < 0 {
                    if hasVarKw { try Dict.set(extraKw, name, v); continue }
                    throw typeError("\(fname())() got an unexpected keyword argument '\(Str.swift(name))'")
                }
                if regs[slot].tag != .SW_TAG_UNBOUND {
                    throw typeError("\(fname())() got multiple values for argument '\(Str.swift(name))'")
                }
                regs[slot] = v
            }
        }
        // Defaults for missing positionals.
        let defaults = fs[FuncSlot.defaults]
        let nd = defaults.isNone ? 0 : Tuple.count(defaults)
        var missing: [String] = []
        for i in 0..<nargs where regs[i].tag == .SW_TAG_UNBOUND {
            let di = i - (nargs - nd)
            if di >= 0 { regs[i] = Tuple.items(defaults)[di] } else { missing.append(code.varNames[i]) }
        }
        if !missing.isEmpty {
            throw typeError("\(fname())() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
        let kwd = fs[FuncSlot.kwDefaults]
        var missingKw: [String] = []
        for j in 0..<code.kwOnlyCount where regs[kwOnlyStart + j].tag == .SW_TAG_UNBOUND {
            let n = code.varNames[kwOnlyStart + j]
            if kwd.tag == .SW_TAG_OBJ, let d = Dict.getStr(kwd, info.varNameValues[kwOnlyStart + j]) { regs[kwOnlyStart + j] = d }
            else { missingKw.append(n) }
        }
        if !missingKw.isEmpty {
            throw typeError("\(fname())() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(nameList(missingKw))")
        }
        try finishFrameSetup(fn, info, regs)
    }

    static func nameList(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        if q.count == 1 { return q[0] }
        if q.count == 2 { return q[0] + " and " + q[1] }
        return q.dropLast().joined(separator: ", ") + ", and " + q.last!
    }

    /// Cells for captured locals, closure cells into free registers.
    @inline(__always)
    static func finishFrameSetup(_ fn: Value, _ info: CodeInfo, _ regs: UnsafeMutablePointer<SwValue>) throws {
        if !info.hot.pointee.needsCells { return }
        let code = info.code
        if !code.cellRegisters.isEmpty {
            for r in code.cellRegisters { regs[r] = Objects.cell(holding: regs[r]) }
        }
        if !code.freeRegisters.isEmpty {
            let closure = objectSlots(fn.obj)[FuncSlot.closure]
            for (i, r) in code.freeRegisters.enumerated() { regs[r] = Tuple.items(closure)[i] }
        }
    }
}
