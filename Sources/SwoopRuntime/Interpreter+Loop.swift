// Interpreter+Loop.swift — the dispatch loop. Fast paths are inline; everything else
// calls the generic operations. Errors from any instruction land in one catch, which
// unwinds to a handler in this or a calling frame.
import SwoopBytecode
import Glibc

extension Interpreter {
    /// The operator of the binary opcode `offset` places past ADD (or in-place opcode past
    /// IADD): the opcode table lists them in BinaryOp's order. (A function, not a table in
    /// a global: a lazily initialized global costs a `swift_once` call at every use.)
    @inline(__always) static func binaryOp(_ offset: Int) -> BinaryOp { BinaryOp(rawValue: offset).unsafelyUnwrapped }

    /// Set by YIELD / YIELD_FROM just before `execute` returns the yielded value (see
    /// Generator.resume, which clears it).
    static var yielded = false

    /// Runs frames from the top one until the frame at `entryDepth - 1` returns (or, for a
    /// generator's frame, yields). `throwing` is raised at the top frame's pc first
    /// (`generator.throw`).
    static func execute(entryDepth: Int, throwing: Value? = nil) throws -> Value {
        var pendingThrow = throwing
        var fi = frameCount - 1
        var regs = frames[fi].regs
        var words = UnsafePointer(frames[fi].hot.pointee.words)
        var names = frames[fi].hot.pointee.names
        var pc = frames[fi].pc
        var globals = frames[fi].globals

        while true {
            do {
                if let t = pendingThrow { pendingThrow = nil; throw PyError(t) }
                while true {
                    let w = words[pc]
                    pc += 1
                    let op = unsafeBitCast(UInt8(truncatingIfNeeded: w), to: SwOpcode.self)
                    let a = Int((w >> 16) & 0xffff)
                    let b = Int((w >> 32) & 0xffff)
                    let c = Int(w >> 48)
                    switch op {
                    case .SW_OP_NOP:
                        break
                    case .SW_OP_MOVE:
                        regs[a] = regs[b]
                    case .SW_OP_LOAD_CONST:
                        regs[a] = frames[fi].hot.pointee.constants[b]
                    case .SW_OP_CHECK_BOUND:
                        if regs[a].tag == .SW_TAG_UNBOUND {
                            let n = Str.swift(names[b])
                            throw pyError(Exc.unboundLocalError, "cannot access local variable '\(n)' where it is not associated with a value")
                        }
                    case .SW_OP_DELETE_FAST:
                        if regs[a].tag == .SW_TAG_UNBOUND {
                            let n = Str.swift(names[b])
                            throw pyError(Exc.unboundLocalError, "cannot access local variable '\(n)' where it is not associated with a value")
                        }
                        regs[a] = .unbound
                    case .SW_OP_LOAD_GLOBAL:
                        let name = names[b]
                        if let v = Dict.getStr(globals, name) { regs[a] = v }
                        else if let v = Dict.getStr(Modules.builtinsDict, name) { regs[a] = v }
                        else { throw nameError("name '\(Str.swift(name))' is not defined") }
                    case .SW_OP_STORE_GLOBAL:
                        Dict.setStr(globals, names[b], regs[a])
                    case .SW_OP_DELETE_GLOBAL:
                        let name = names[b]
                        if try Dict.remove(globals, name) == nil {
                            throw nameError("name '\(Str.swift(name))' is not defined")
                        }
                    case .SW_OP_LOAD_NAME:
                        let name = names[c]
                        if let v = Dict.getStr(regs[b], name) { regs[a] = v }
                        else if let v = Dict.getStr(globals, name) { regs[a] = v }
                        else if let v = Dict.getStr(Modules.builtinsDict, name) { regs[a] = v }
                        else { throw nameError("name '\(Str.swift(name))' is not defined") }
                    case .SW_OP_STORE_NAME:
                        Dict.setStr(regs[b], names[c], regs[a])
                    case .SW_OP_DELETE_NAME:
                        let name = names[c]
                        if try Dict.remove(regs[b], name) == nil {
                            throw nameError("name '\(Str.swift(name))' is not defined")
                        }
                    case .SW_OP_LOAD_CLASSDEREF:
                        let name = names[c]
                        if let v = Dict.getStr(regs[0], name) { regs[a] = v } else {
                            let v = objectSlots(regs[b].obj)[0]
                            if v.tag == .SW_TAG_UNBOUND {
                                throw nameError("cannot access free variable '\(Str.swift(name))' where it is not associated with a value in enclosing scope")
                            }
                            regs[a] = v
                        }
                    case .SW_OP_LOAD_DEREF:
                        let v = objectSlots(regs[b].obj)[0]
                        if v.tag == .SW_TAG_UNBOUND {
                            let n = Str.swift(names[c])
                            throw nameError("cannot access free variable '\(n)' where it is not associated with a value in enclosing scope")
                        }
                        regs[a] = v
                    case .SW_OP_STORE_DEREF:
                        objectSlots(regs[b].obj)[0] = regs[a]
                    case .SW_OP_DELETE_DEREF:
                        objectSlots(regs[b].obj)[0] = .unbound

                    case .SW_OP_ADD, .SW_OP_IADD:
                        let x = regs[b], y = regs[c]
                        if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT {
                            let (r, o) = x.int.addingReportingOverflow(y.int)
                            if !o { regs[a] = Value(int: r); continue }
                        } else if x.tag == .SW_TAG_FLOAT && y.tag == .SW_TAG_FLOAT {
                            regs[a] = Value(float: x.float + y.float); continue
                        }
                        if op == .SW_OP_ADD, try enterBinaryDunder(.add, x, y, a, regs, fi, pc) { (fi, regs, words, names, pc, globals) = loadTop(); continue }
                        regs[a] = op == .SW_OP_ADD ? try Ops.binary(.add, x, y) : try Ops.inPlace(.add, x, y)
                    case .SW_OP_SUB, .SW_OP_ISUB:
                        let x = regs[b], y = regs[c]
                        if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT {
                            let (r, o) = x.int.subtractingReportingOverflow(y.int)
                            if !o { regs[a] = Value(int: r); continue }
                        } else if x.tag == .SW_TAG_FLOAT && y.tag == .SW_TAG_FLOAT {
                            regs[a] = Value(float: x.float - y.float); continue
                        }
                        if op == .SW_OP_SUB, try enterBinaryDunder(.sub, x, y, a, regs, fi, pc) { (fi, regs, words, names, pc, globals) = loadTop(); continue }
                        regs[a] = op == .SW_OP_SUB ? try Ops.binary(.sub, x, y) : try Ops.inPlace(.sub, x, y)
                    case .SW_OP_MUL, .SW_OP_IMUL:
                        let x = regs[b], y = regs[c]
                        if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT {
                            let (r, o) = x.int.multipliedReportingOverflow(by: y.int)
                            if !o { regs[a] = Value(int: r); continue }
                        } else if x.tag == .SW_TAG_FLOAT && y.tag == .SW_TAG_FLOAT {
                            regs[a] = Value(float: x.float * y.float); continue
                        } else if x.tag == .SW_TAG_FLOAT && y.tag == .SW_TAG_INT {
                            regs[a] = Value(float: x.float * Double(y.int)); continue
                        } else if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_FLOAT {
                            regs[a] = Value(float: Double(x.int) * y.float); continue
                        }
                        if op == .SW_OP_MUL, try enterBinaryDunder(.mul, x, y, a, regs, fi, pc) { (fi, regs, words, names, pc, globals) = loadTop(); continue }
                        regs[a] = op == .SW_OP_MUL ? try Ops.binary(.mul, x, y) : try Ops.inPlace(.mul, x, y)
                    case .SW_OP_TRUEDIV, .SW_OP_ITRUEDIV:
                        let x = regs[b], y = regs[c]
                        if x.tag == .SW_TAG_FLOAT && y.tag == .SW_TAG_FLOAT && y.float != 0 {
                            regs[a] = Value(float: x.float / y.float); continue
                        }
                        if op == .SW_OP_TRUEDIV, try enterBinaryDunder(.trueDiv, x, y, a, regs, fi, pc) { (fi, regs, words, names, pc, globals) = loadTop(); continue }
                        regs[a] = op == .SW_OP_TRUEDIV ? try Ops.binary(.trueDiv, x, y) : try Ops.inPlace(.trueDiv, x, y)
                    case .SW_OP_FLOORDIV, .SW_OP_MOD, .SW_OP_POW, .SW_OP_LSHIFT, .SW_OP_RSHIFT,
                         .SW_OP_BITAND, .SW_OP_BITOR, .SW_OP_BITXOR, .SW_OP_MATMUL:
                        let x = regs[b], y = regs[c]
                        if op == .SW_OP_MOD && x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT && y.int > 0 {
                            regs[a] = Value(int: Num.floorMod(x.int, y.int)); continue
                        }
                        let bop = binaryOp(Int(op.rawValue) - Int(SwOpcode.SW_OP_ADD.rawValue))
                        regs[a] = try Ops.binary(bop, x, y)
                    case .SW_OP_IFLOORDIV, .SW_OP_IMOD, .SW_OP_IPOW, .SW_OP_ILSHIFT, .SW_OP_IRSHIFT,
                         .SW_OP_IBITAND, .SW_OP_IBITOR, .SW_OP_IBITXOR, .SW_OP_IMATMUL:
                        let bop = binaryOp(Int(op.rawValue) - Int(SwOpcode.SW_OP_IADD.rawValue))
                        regs[a] = try Ops.inPlace(bop, regs[b], regs[c])
                    case .SW_OP_NEG:
                        let x = regs[b]
                        if x.tag == .SW_TAG_FLOAT { regs[a] = Value(float: -x.float) }
                        else { regs[a] = try Ops.unary(.neg, x) }
                    case .SW_OP_POS:
                        regs[a] = try Ops.unary(.pos, regs[b])
                    case .SW_OP_INVERT:
                        regs[a] = try Ops.unary(.invert, regs[b])
                    case .SW_OP_NOT:
                        let x = regs[b]
                        if x.tag == .SW_TAG_BOOL { regs[a] = Value(bool: !x.bool) }
                        else { regs[a] = Value(bool: !(try Ops.truthy(x))) }

                    case .SW_OP_LT, .SW_OP_LE, .SW_OP_GT, .SW_OP_GE:
                        let x = regs[b], y = regs[c]
                        let cop = CompareOp(rawValue: Int(op.rawValue) - Int(SwOpcode.SW_OP_LT.rawValue))!
                        if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT {
                            let p = x.int, q = y.int
                            regs[a] = Value(bool: cop == .lt ? p < q : cop == .le ? p <= q : cop == .gt ? p > q : p >= q)
                        } else if x.tag == .SW_TAG_FLOAT && y.tag == .SW_TAG_FLOAT {
                            let p = x.float, q = y.float
                            regs[a] = Value(bool: cop == .lt ? p < q : cop == .le ? p <= q : cop == .gt ? p > q : p >= q)
                        } else {
                            regs[a] = try Ops.compare(cop, x, y)
                        }
                    case .SW_OP_EQ, .SW_OP_NE:
                        let x = regs[b], y = regs[c]
                        let eq: Bool
                        if x.tag == .SW_TAG_INT && y.tag == .SW_TAG_INT { eq = x.bits == y.bits }
                        else { eq = try Ops.equal(x, y) }
                        regs[a] = Value(bool: op == .SW_OP_EQ ? eq : !eq)
                    case .SW_OP_IS:
                        regs[a] = Value(bool: isSame(regs[b], regs[c]))
                    case .SW_OP_IS_NOT:
                        regs[a] = Value(bool: !isSame(regs[b], regs[c]))
                    case .SW_OP_IN:
                        regs[a] = Value(bool: try Ops.contains(regs[c], regs[b]))
                    case .SW_OP_NOT_IN:
                        regs[a] = Value(bool: !(try Ops.contains(regs[c], regs[b])))

                    case .SW_OP_JUMP:
                        pc += Int(Int32(truncatingIfNeeded: w >> 32))
                    case .SW_OP_JUMP_BACK:
                        pc += Int(Int32(truncatingIfNeeded: w >> 32))
                        if Heap.collectionRequested {
                            frames[fi].pc = pc
                            safepoint()
                        }
                        let counter = frames[fi].hot.pointee.loopCounters + pc
                        counter.pointee &-= 1
                        if counter.pointee <= 0 {
                            frames[fi].pc = pc
                            if JIT.hotLoop(fi) {
                                (fi, regs, words, names, pc, globals) = loadTop()
                                // A call the trace (or the recording) ran raised: raise it
                                // at the call, where the frames now stand.
                                if let e = JIT.pendingError { JIT.pendingError = nil; pc += 1; throw e }
                            }
                        }
                    case .SW_OP_JUMP_IF_TRUE, .SW_OP_JUMP_IF_FALSE:
                        let x = regs[a]
                        let t = x.tag == .SW_TAG_BOOL ? x.bool : try Ops.truthy(x)
                        if t == (op == .SW_OP_JUMP_IF_TRUE) { pc += Int(Int32(truncatingIfNeeded: w >> 32)) }

                    case .SW_OP_GET_ITER:
                        regs[a] = try Ops.iter(regs[b])
                    case .SW_OP_FOR_ITER:
                        let it = regs[a]
                        let t = it.obj.pointee.type
                        let s = objectSlots(it.obj)
                        if t == T.rangeIterator {
                            let cur = s[0].int, stop = s[1].int, step = s[2].int
                            if step > 0 ? cur < stop : cur > stop {
                                s[0] = Value(int: cur &+ step)
                                regs[b] = Value(int: cur)
                            } else {
                                pc += c
                            }
                        } else if t == T.listIterator {
                            let i = Int(s[1].int)
                            let src = s[0]
                            if src.tag == .SW_TAG_OBJ && i < List.count(src) {
                                s[1] = Value(int: i + 1)
                                regs[b] = List.items(src)[i]
                            } else {
                                s[0] = .none
                                pc += c
                            }
                        } else if t == T.generator {
                            frames[fi].pc = pc
                            if try Generator.enterInPlace(it, regs: regs + frames[fi].hot.pointee.registerCount) {
                                (fi, regs, words, names, pc, globals) = loadTop()
                                continue
                            }
                            let (v, done) = try Generator.resume(it, sent: .none, exc: nil, gcSafe: true)
                            if done { pc += c } else { regs[b] = v }
                        } else {
                            frames[fi].pc = pc
                            if let v = try Ops.next(it) { regs[b] = v } else { pc += c }
                        }

                    case .SW_OP_CALL, .SW_OP_CALL_METHOD:
                        var base = a, argc = b
                        if op == .SW_OP_CALL_METHOD {
                            // LOAD_METHOD left [function, self or unbound, args...]: a bound
                            // call already has self as the first argument.
                            if regs[a + 1].tag == .SW_TAG_UNBOUND { regs[a + 1] = regs[a]; base = a + 1 } else { argc = b + 1 }
                        }
                        var f = regs[base]
                        var argp = base + 1
                        var returnTo = a
                        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.method {
                            // A bound method: self takes the callee's register, just before the arguments.
                            let ms = objectSlots(f.obj)
                            f = ms[MethodSlot.function]
                            regs[base] = ms[MethodSlot.selfValue]
                            argp = base
                            argc += 1
                        } else if base == a && f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.type
                                    && f.as(SwType.self).pointee.flags & Classes.heapFlag != 0 {
                            // C(...) with a Python __init__: allocate, then enter __init__ as a
                            // method call whose frame leaves the new object as the result.
                            let ty = f.as(SwType.self)
                            let initFn = Classes.fastInit(ty)
                            if initFn.tag == .SW_TAG_OBJ {
                                regs[base] = Classes.allocate(ty)
                                f = initFn
                                argp = base
                                argc += 1
                                returnTo = a | Interpreter.initReturnFlag
                            }
                        } else if let call = Classes.pythonMethod(f, SN.__call__) {
                            // An instance with a Python __call__: a method call, self (the
                            // instance) already in the callee's register.
                            f = call
                            argp = base
                            argc += 1
                        }
                        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.function {
                            let fs = objectSlots(f.obj)
                            let code = fs[FuncSlot.code]
                            let hot = CodeInfo.hot(code)
                            let newRegs = regs + frames[fi].hot.pointee.registerCount
                            try checkStack(newRegs, hot)
                            frames[fi].pc = pc
                            if argc == hot.pointee.simpleArgCount && !hot.pointee.needsCells {
                                // The common case: copy the arguments, clear the rest, load constants.
                                if argc > 0 { memcpy(newRegs, regs + argp, argc * MemoryLayout<SwValue>.size) }
                                prepareRegisters(newRegs, hot, argc: argc)
                            } else {
                                try CodeInfo.with(code) { try bindArguments(f, $0, args: regs + argp, positional: argc, kwnames: nil, into: newRegs) }
                            }
                            if hot.pointee.isGenerator {
                                regs[a] = Generator.make(function: f, regs: newRegs, count: hot.pointee.registerCount)
                                continue
                            }
                            pushFrame(hot: hot, code: code, regs: newRegs, function: f, globals: fs[FuncSlot.globals], returnTo: returnTo)
                            safepoint()
                            (fi, regs, words, names, pc, globals) = loadTop()
                            // A function called this often runs its entry trace (or records one).
                            hot.pointee.entryCounter &-= 1
                            if hot.pointee.entryCounter <= 0 && JIT.hotFunction(fi) {
                                (fi, regs, words, names, pc, globals) = loadTop()
                                if let e = JIT.pendingError { JIT.pendingError = nil; pc += 1; throw e }
                            }
                            continue
                        }
                        // The hottest built-in methods, without an argument array.
                        if f.bits == Interpreter.listAppend.bits && argc == 2 && f.tag == .SW_TAG_OBJ
                            && regs[argp].isObject(ofType: T.list) {
                            List.append(regs[argp], regs[argp + 1])
                            regs[a] = .none
                            continue
                        }
                        if f.bits == Interpreter.dictGet.bits && (argc == 2 || argc == 3) && f.tag == .SW_TAG_OBJ
                            && regs[argp].isObject(ofType: T.dict) {
                            let v = try Dict.get(regs[argp], regs[argp + 1])
                            regs[a] = v ?? (argc == 3 ? regs[argp + 2] : .none)
                            continue
                        }
                        frames[fi].pc = pc
                        if argc == 1 && argp == a + 1 && regs[argp].tag == .SW_TAG_OBJ && regs[argp].obj.pointee.type == T.generator,
                           try Generator.consumeInPlace(f, regs[argp], a, regs: regs + frames[fi].hot.pointee.registerCount) {
                            // list(g), tuple(g) or set(g) of a generator expression: its frame runs in place.
                            (fi, regs, words, names, pc, globals) = loadTop()
                            continue
                        }
                        if let r = try Native.constructDirect(f, regs + argp, argc) {
                            regs[a] = r
                            continue
                        }
                        if argc <= 2 && f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.builtinFunction,
                           let r = try Native.callDirect(f, regs + argp, argc) {
                            regs[a] = r
                            continue
                        }
                        // Argument arrays are reused from a pool: a call takes one (uniquely
                        // referenced, so filling it allocates nothing) and gives it back. A
                        // call made while another is running (tuple(generator) resuming the
                        // generator, which calls...) takes another one.
                        // (A bound built-in method's self goes in first, not inserted after.)
                        var buf = argBuffers.popLast() ?? []
                        buf.removeAll(keepingCapacity: true)
                        let boundSelf = f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.builtinFunction ? Native.boundSelf(f) : .unbound
                        if boundSelf.tag != .SW_TAG_UNBOUND { buf.append(boundSelf) }
                        buf.append(contentsOf: UnsafeBufferPointer(start: regs + argp, count: argc))
                        var args = Args(buf)
                        buf = []
                        let r = boundSelf.tag != .SW_TAG_UNBOUND ? try Native.callWithSelf(f, &args) : try callNonFunction(f, &args)
                        if argBuffers.count < 16 { argBuffers.append(args.positional) }
                        regs[a] = r
                    case .SW_OP_CALL_KW, .SW_OP_CALL_METHOD_KW:
                        var base = a, argc = b
                        if op == .SW_OP_CALL_METHOD_KW {
                            if regs[a + 1].tag == .SW_TAG_UNBOUND { regs[a + 1] = regs[a]; base = a + 1 } else { argc = b + 1 }
                        }
                        let f = regs[base]
                        let kwNames = Tuple.array(regs[c])
                        let npos = argc - kwNames.count
                        frames[fi].pc = pc
                        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.function {
                            let fs = objectSlots(f.obj)
                            let calleeInfo = CodeInfo.from(fs[FuncSlot.code])
                            let newRegs = regs + frames[fi].hot.pointee.registerCount
                            try checkStack(newRegs, calleeInfo.hot)
                            try bindArguments(f, calleeInfo, args: regs + base + 1, positional: npos, kwnames: kwNames, into: newRegs)
                            if enterBoundFunction(f, calleeInfo, newRegs, a, regs) { (fi, regs, words, names, pc, globals) = loadTop() }
                            continue
                        }
                        var args = keywordArgs(regs + base + 1, argc: argc, kwNames: kwNames)
                        regs[a] = try callNonFunction(f, &args)
                    case .SW_OP_CALL_EX:
                        var f = regs[a]
                        var pos = try Ops.iterate(regs[a + 1])
                        let kw = try starStarKeywords(regs[a + 2])
                        frames[fi].pc = pc
                        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.method {
                            let ms = objectSlots(f.obj)
                            pos.insert(ms[MethodSlot.selfValue], at: 0)
                            f = ms[MethodSlot.function]
                        }
                        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.function {
                            // f(*args, **kw) of a Python function: a new frame in this loop (no
                            // re-entry, so the callee's loops reach GC safepoints).
                            let fs = objectSlots(f.obj)
                            let calleeInfo = CodeInfo.from(fs[FuncSlot.code])
                            let newRegs = regs + frames[fi].hot.pointee.registerCount
                            try checkStack(newRegs, calleeInfo.hot)
                            let n = pos.count + kw.count
                            let buf = UnsafeMutablePointer<SwValue>.allocate(capacity: max(n, 1))
                            defer { buf.deallocate() }
                            for (i, v) in pos.enumerated() { buf[i] = v }
                            for (i, k) in kw.enumerated() { buf[pos.count + i] = k.value }
                            try bindArguments(f, calleeInfo, args: buf, positional: pos.count,
                                              kwnames: kw.isEmpty ? nil : kw.map { Str.intern($0.name) }, into: newRegs)
                            if enterBoundFunction(f, calleeInfo, newRegs, a, regs) { (fi, regs, words, names, pc, globals) = loadTop() }
                            continue
                        }
                        regs[a] = try callFromSwift(f, pos, kw)
                    case .SW_OP_LOAD_METHOD:
                        let o = regs[b]
                        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0 {
                            let t = o.obj.pointee.type
                            let ic = frames[fi].hot.pointee.attrCaches + (pc - 1)
                            if let m = Classes.cachedMethod(t, names[c], ic) {
                                regs[a] = m
                                regs[a + 1] = o
                                continue
                            }
                            let (m, s) = try Classes.loadMethod(o, t, names[c])
                            if s.tag != .SW_TAG_UNBOUND && m.isObject(ofType: T.function) {
                                Classes.fillMethodCache(t, names[c], m, ic)
                            }
                            regs[a] = m
                            regs[a + 1] = s
                            continue
                        }
                        let (m, s) = try Ops.loadMethod(o, names[c])
                        regs[a] = m
                        regs[a + 1] = s
                    case .SW_OP_RETURN:
                        let result = regs[a]
                        let returnTo = frames[fi].returnTo
                        frameCount -= 1
                        if frameCount < entryDepth || returnTo < 0 { return result }
                        (fi, regs, words, names, pc, globals) = loadTop()
                        if returnTo < Interpreter.initReturnFlag {
                            regs[returnTo] = result
                        } else if returnTo == Interpreter.generatorReturnFlag {
                            // A generator resumed in place by a loop returns: the loop ends.
                            pc += Generator.finishInPlace(frames[fi]).c
                        } else if returnTo == Interpreter.discardReturnFlag {
                            break
                        } else if Interpreter.isConsumer(returnTo) {
                            // A generator expression list(g), tuple(g) or set(g) ran in place returns.
                            Generator.finishConsumer(frames[fi], returnTo)
                        } else if returnTo & Interpreter.binopReturnFlag != 0 {
                            let dst = returnTo & ~Interpreter.binopReturnFlag
                            if result.identical(Singletons.notImplemented) {
                                // __op__ declined: the reflected operation of the calling instruction.
                                let cw = words[pc - 1]
                                let cop = unsafeBitCast(UInt8(truncatingIfNeeded: cw), to: SwOpcode.self)
                                let bop: BinaryOp = cop == .SW_OP_ADD ? .add : cop == .SW_OP_SUB ? .sub
                                    : cop == .SW_OP_MUL ? .mul : .trueDiv
                                regs[dst] = try Classes.binaryReflected(bop, regs[Int((cw >> 32) & 0xffff)], regs[Int(cw >> 48)])
                            } else {
                                regs[dst] = result
                            }
                        } else if !result.isNone {
                            // The new object stays in the result register; __init__ must return None.
                            throw typeError("__init__() should return None, not '\(Ops.typeName(result))'")
                        }

                    case .SW_OP_LOAD_ATTR:
                        let o = regs[b]
                        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0 {
                            let t = o.obj.pointee.type
                            let ic = frames[fi].hot.pointee.attrCaches + (pc - 1)
                            if let v = Classes.cachedInstanceAttr(o, t, ic) { regs[a] = v; continue }
                            if let v = try Classes.instanceGetAttr(o, t, names[c]) {
                                Classes.fillAttrCache(o, t, names[c], ic)
                                regs[a] = v
                                continue
                            }
                        }
                        regs[a] = try Ops.getAttr(o, names[c])
                    case .SW_OP_STORE_ATTR:
                        let o = regs[a]
                        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0 {
                            let ic = frames[fi].hot.pointee.attrCaches + (pc - 1)
                            if Classes.storeCachedInstanceAttr(o, o.obj.pointee.type, regs[c], ic) { continue }
                            try Ops.setAttr(o, names[b], regs[c])
                            Classes.fillAttrCache(o, o.obj.pointee.type, names[b], ic, forStore: true)
                            continue
                        }
                        try Ops.setAttr(o, names[b], regs[c])
                    case .SW_OP_DELETE_ATTR:
                        try Ops.delAttr(regs[a], names[b])
                    case .SW_OP_GETITEM:
                        let o = regs[b], k = regs[c]
                        if k.tag == .SW_TAG_INT && o.tag == .SW_TAG_OBJ
                            && (o.obj.pointee.type == T.list || o.obj.pointee.type == T.array) {
                            var i = Int(k.int)
                            let n = List.count(o)
                            if i < 0 { i += n }
                            if i >= 0 && i < n { regs[a] = List.items(o)[i]; continue }
                        }
                        // A Python __getitem__: entered as a call, without re-entering.
                        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0,
                           let f = Classes.lookup(o.obj.pointee.type, SN.__getitem__),
                           try enterSpecialMethod(f, 2, o, k, .none, returnTo: a, regs, fi, pc) {
                            (fi, regs, words, names, pc, globals) = loadTop()
                            continue
                        }
                        regs[a] = try Ops.getItem(o, k)
                    case .SW_OP_SETITEM:
                        let o = regs[a], k = regs[b]
                        if k.tag == .SW_TAG_INT && o.tag == .SW_TAG_OBJ {
                            let ot = o.obj.pointee.type
                            // Arrays of doubles take floats as they are; other stores convert.
                            if ot == T.list || (ot == T.array && regs[c].tag == .SW_TAG_FLOAT
                                                && PyArray.code(o) == UInt8(ascii: "d")) {
                                var i = Int(k.int)
                                let n = List.count(o)
                                if i < 0 { i += n }
                                if i >= 0 && i < n { List.items(o)[i] = regs[c]; continue }
                            }
                        }
                        // A Python __setitem__: entered as a call whose result is dropped.
                        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0,
                           let f = Classes.lookup(o.obj.pointee.type, SN.__setitem__),
                           try enterSpecialMethod(f, 3, o, k, regs[c], returnTo: Interpreter.discardReturnFlag, regs, fi, pc) {
                            (fi, regs, words, names, pc, globals) = loadTop()
                            continue
                        }
                        try Ops.setItem(o, k, regs[c])
                    case .SW_OP_DELITEM:
                        try Ops.delItem(regs[a], regs[b])

                    case .SW_OP_BUILD_LIST:
                        regs[a] = List.make(regs + b, count: c)
                    case .SW_OP_BUILD_TUPLE:
                        regs[a] = Tuple.make(regs + b, count: c)
                    case .SW_OP_BUILD_SET:
                        regs[a] = try buildSet(regs + b, c)
                    case .SW_OP_BUILD_DICT:
                        regs[a] = try buildDict(regs + b, c)
                    case .SW_OP_BUILD_SLICE:
                        regs[a] = Ops.makeSlice(regs[b], regs[b + 1], regs[b + 2])
                    case .SW_OP_BUILD_STRING:
                        regs[a] = Str.join(Array(UnsafeBufferPointer(start: regs + b, count: c)))
                    case .SW_OP_LIST_APPEND:
                        List.append(regs[a], regs[b])
                    case .SW_OP_LIST_EXTEND:
                        try listExtend(regs[a], regs[b])
                    case .SW_OP_LIST_TO_TUPLE:
                        regs[a] = Tuple.make(List.array(regs[b]))
                    case .SW_OP_SET_ADD:
                        try PySet.add(regs[a], regs[b])
                    case .SW_OP_SET_UPDATE:
                        try setUpdate(regs[a], with: regs[b])
                    case .SW_OP_DICT_SET:
                        try Dict.set(regs[a], regs[b], regs[c])
                    case .SW_OP_DICT_UPDATE:
                        try dictDisplayUpdate(regs[a], regs[b])
                    case .SW_OP_UNPACK:
                        try unpack(regs[a], into: regs + b, count: c)
                    case .SW_OP_UNPACK_EX:
                        try unpackStarred(regs[a], into: regs + b, before: c & 0xff, after: c >> 8)
                    case .SW_OP_FORMAT:
                        regs[a] = try formatForFString(regs[b], conversion: c & 3, spec: c & 4 != 0 ? regs[b + 1] : nil)
                    case .SW_OP_MAKE_FUNCTION:
                        regs[a] = makeFunction(code: regs[b], flags: c, regs: regs + a, globals: globals)

                    case .SW_OP_RAISE:
                        frames[fi].pc = pc
                        throw try raiseError(c == 0 ? nil : regs[a], cause: c == 2 ? regs[b] : nil)
                    case .SW_OP_RERAISE:
                        throw PyError(regs[a])
                    case .SW_OP_EXC_MATCH:
                        regs[a] = Value(bool: try exceptionMatches(regs[b], regs[c]))
                    case .SW_OP_PUSH_EXC:
                        regs[b] = handledException
                        handledException = regs[a]
                    case .SW_OP_POP_EXC:
                        handledException = regs[a]
                    case .SW_OP_RAISE_ASSERT:
                        let e = Exceptions.make(Exc.assertionError, args: c != 0 ? [regs[b]] : [])
                        throw PyError(e)
                    case .SW_OP_IMPORT_NAME:
                        frames[fi].pc = pc
                        regs[a] = try Importer.importName(Str.swift(names[b]), fromlist: regs[c], globals: globals)
                    case .SW_OP_IMPORT_FROM:
                        regs[a] = try Importer.importFrom(regs[b], names[c])
                    case .SW_OP_IMPORT_STAR:
                        try Importer.importStar(regs[a], into: globals)
                    case .SW_OP_SETUP_ANNOTATIONS:
                        break
                    case .SW_OP_GEN_YIELD:
                        // A consumer that takes every item (list(g), set(g)...) may have put
                        // its collector in B: the item goes straight in when that is all
                        // the consumer would do with it (Generator.drain). Otherwise a yield.
                        let sink = regs[b]
                        if sink.tag == .SW_TAG_OBJ {
                            if sink.obj.pointee.type == T.list { List.append(sink, regs[a]); break }
                            if PySet.hashRunsNoCode(regs[a]) { try PySet.add(sink, regs[a]); break }
                        }
                        fallthrough
                    case .SW_OP_YIELD:
                        // A generator's frame yields: resumed in place by a loop, to it;
                        // otherwise it is the bottom frame of this activation
                        // (Generator.resume copies the registers back).
                        if frames[fi].returnTo == Interpreter.generatorReturnFlag {
                            Generator.suspendInPlace(regs[a], pc: pc)
                            (fi, regs, words, names, pc, globals) = loadTop()
                            continue
                        }
                        if Interpreter.isConsumer(frames[fi].returnTo) {
                            // (An item a set consuming the generator expression in place
                            // cannot take without running code.)
                            let v = regs[a], resumePC = pc
                            pc = frames[fi - 1].pc      // (an exception is the caller's CALL's)
                            try Generator.consumerYield(v, pc: resumePC)
                            (fi, regs, words, names, pc, globals) = loadTop()
                            continue
                        }
                        frames[fi].pc = pc
                        yielded = true
                        frameCount -= 1
                        return regs[a]
                    case .SW_OP_YIELD_FROM:
                        frames[fi].pc = pc
                        let (v, done) = try Generator.send(into: regs[a], regs[b])
                        if done {
                            regs[b] = v
                        } else if frames[fi].returnTo == Interpreter.generatorReturnFlag {
                            Generator.suspendInPlace(v, pc: pc)
                            (fi, regs, words, names, pc, globals) = loadTop()
                        } else {
                            yielded = true
                            frameCount -= 1
                            return v
                        }
                    case .SW_OP_BEFORE_WITH:
                        frames[fi].pc = pc
                        try beforeWith(regs[b], into: regs + a)
                    case .SW_OP_WITH_EXIT:
                        frames[fi].pc = pc
                        regs[a] = Value(bool: try withExit(regs + b, exception: regs[c]))
                    case .SW_OP_NOT_IMPLEMENTED:
                        let msg = frames[fi].hot.pointee.constants[a]
                        throw PyError(Exceptions.make(Exc.notImplementedError, args: [msg]))
                    case .SW_OP__COUNT:
                        break
                    }
                }
            } catch let error as PyError {
                // Unwind: find a handler in this frame or a caller, recording the traceback.
                let exc = error.exception
                var faultPC = pc - 1
                while true {
                    addTraceback(exc, frameIndex: frameCount - 1, pc: faultPC)
                    let code = frames[frameCount - 1].info.takeUnretainedValue().code
                    if let h = code.handler(for: faultPC) {
                        (fi, regs, words, names, pc, globals) = loadTop()
                        regs[h.register] = exc
                        pc = h.handler
                        break
                    }
                    let returnTo = frames[frameCount - 1].returnTo
                    frameCount -= 1
                    if Interpreter.runsGeneratorInPlace(returnTo) {
                        // Out of a generator resumed in place: it is finished. (A
                        // StopIteration, now a RuntimeError, is raised anew at the loop.)
                        let e = Generator.unwindInPlace(exc, frames[frameCount - 1])
                        if !e.identical(exc) {
                            pendingThrow = e
                            (fi, regs, words, names, pc, globals) = loadTop()
                            break
                        }
                    }
                    if frameCount < entryDepth || returnTo < 0 { throw error }
                    faultPC = frames[frameCount - 1].pc - 1
                }
            }
        }
    }

    @inline(__always) static func isSame(_ x: Value, _ y: Value) -> Bool {
        if x.tag != y.tag { return false }
        if x.tag == .SW_TAG_NONE { return true }
        return x.bits == y.bits
    }

    // The dispatch loop's helpers are static functions taking the loop's state: a nested
    // function capturing the loop's variables made Swift allocate boxes for them on every
    // `execute` call (every generator resume and every call from Swift).

    /// The top frame's state, as the dispatch loop keeps it in locals.
    @inline(__always)
    static func loadTop() -> (Int, UnsafeMutablePointer<SwValue>, UnsafePointer<UInt64>, UnsafeMutablePointer<SwValue>, Int, Value) {
        let fi = frameCount - 1
        return (fi, frames[fi].regs, UnsafePointer(frames[fi].hot.pointee.words), frames[fi].hot.pointee.names,
                frames[fi].pc, frames[fi].globals)
    }

    /// `x op y` where x is an instance whose class defines `__op__` in Python: entered
    /// as a call (no re-entry); its frame's result goes to `dst`, and a NotImplemented
    /// result falls back to the reflected operation at RETURN.
    @inline(__always)
    static func enterBinaryDunder(_ bop: BinaryOp, _ x: Value, _ y: Value, _ dst: Int,
                                  _ regs: UnsafeMutablePointer<SwValue>, _ fi: Int, _ pc: Int) throws -> Bool {
        guard let f = Classes.binaryDunderMethod(bop, x, y) else { return false }
        return try enterSpecialMethod(f, 2, x, y, .none, returnTo: dst | Interpreter.binopReturnFlag, regs, fi, pc)
    }

    /// After binding a call's arguments: a generator function makes its generator, any
    /// other function enters its frame (true: the caller reloads the top frame).
    @inline(__always)
    static func enterBoundFunction(_ f: Value, _ info: CodeInfo, _ newRegs: UnsafeMutablePointer<SwValue>, _ dst: Int,
                                   _ regs: UnsafeMutablePointer<SwValue>) -> Bool {
        if info.hot.pointee.isGenerator {
            regs[dst] = Generator.make(function: f, regs: newRegs, count: info.hot.pointee.registerCount)
            return false
        }
        pushFrame(info, regs: newRegs, function: f, globals: objectSlots(f.obj)[FuncSlot.globals], returnTo: dst)
        return true
    }

    /// Enters a special method `f` (a plain Python function taking exactly `argc` of
    /// a0, a1, a2) as a frame above the current one; false when f is not that simple.
    @inline(__always)
    static func enterSpecialMethod(_ f: Value, _ argc: Int, _ a0: Value, _ a1: Value, _ a2: Value, returnTo: Int,
                                   _ regs: UnsafeMutablePointer<SwValue>, _ fi: Int, _ pc: Int) throws -> Bool {
        guard f.isObject(ofType: T.function) else { return false }
        let fs = objectSlots(f.obj)
        let code = fs[FuncSlot.code]
        let hot = CodeInfo.hot(code)
        guard hot.pointee.simpleArgCount == argc && !hot.pointee.needsCells && !hot.pointee.isGenerator else { return false }
        let newRegs = regs + frames[fi].hot.pointee.registerCount
        try checkStack(newRegs, hot)
        frames[fi].pc = pc
        newRegs[0] = a0
        newRegs[1] = a1
        if argc > 2 { newRegs[2] = a2 }
        prepareRegisters(newRegs, hot, argc: argc)
        pushFrame(hot: hot, code: code, regs: newRegs, function: f, globals: fs[FuncSlot.globals], returnTo: returnTo)
        safepoint()
        return true
    }

    static func addTraceback(_ exc: Value, frameIndex: Int, pc: Int) {
        guard Exceptions.isException(exc) else { return }
        let s = objectSlots(exc.obj)
        let serial = frames[frameIndex].serial
        if s[ExcSlot.tracebackFrame].int == Int64(serial) { return }
        s[ExcSlot.tracebackFrame] = Value(int: serial)
        let info = frames[frameIndex].info.takeUnretainedValue()
        if s[ExcSlot.traceback].isNone && handledException.tag == .SW_TAG_OBJ && !handledException.identical(exc)
            && s[ExcSlot.context].isNone {
            s[ExcSlot.context] = handledException
        }
        if s[ExcSlot.traceback].isNone { s[ExcSlot.traceback] = List.make() }
        List.append(s[ExcSlot.traceback], Tracebacks.entry(code: info.value, line: info.code.line(at: pc), globals: frames[frameIndex].globals))
    }

    /// The exception a `raise` statement raises.
    static func raiseError(_ v: Value?, cause: Value?) throws -> PyError {
        guard let v else {
            if handledException.tag == .SW_TAG_OBJ { return PyError(handledException) }
            return pyError(Exc.runtimeError, "No active exception to reraise")
        }
        var exc = v
        if Exceptions.isExceptionType(v) {
            var noArgs = Args([])
            exc = try callNonFunction(v, &noArgs)
        } else if !Exceptions.isException(v) {
            return typeError("exceptions must derive from BaseException")
        }
        if let cause {
            var c = cause
            if Exceptions.isExceptionType(cause) { var noArgs = Args([]); c = try callNonFunction(cause, &noArgs) }
            else if !cause.isNone && !Exceptions.isException(cause) {
                return typeError("exception causes must derive from BaseException")
            }
            objectSlots(exc.obj)[ExcSlot.cause] = c
            objectSlots(exc.obj)[ExcSlot.suppressContext] = .true
        }
        return PyError(exc)
    }

    static func exceptionMatches(_ exc: Value, _ spec: Value) throws -> Bool {
        let t = Ops.typeOf(exc)
        if Ops.typeOf(spec) == T.tuple {
            for s in Tuple.array(spec) where try exceptionMatches(exc, s) { return true }
            return false
        }
        guard Exceptions.isExceptionType(spec) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return Types.isSubtype(t, spec.as(SwType.self))
    }

    static func unpack(_ v: Value, into dst: UnsafeMutablePointer<SwValue>, count: Int) throws {
        if v.tag == .SW_TAG_OBJ {
            let t = v.obj.pointee.type
            if t == T.tuple || t == T.list {
                let n = t == T.tuple ? Tuple.count(v) : List.count(v)
                if n == count {
                    let items = t == T.tuple ? Tuple.items(v) : List.items(v)
                    for i in 0..<n { dst[i] = items[i] }
                    return
                }
                if n > count { throw valueError("too many values to unpack (expected \(count))") }
                throw valueError("not enough values to unpack (expected \(count), got \(n))")
            }
        } else {
            throw typeError("cannot unpack non-iterable \(Ops.typeName(v)) object")
        }
        let it = try Ops.iter(v)
        for i in 0..<count {
            guard let x = try Ops.next(it) else {
                throw valueError("not enough values to unpack (expected \(count), got \(i))")
            }
            dst[i] = x
        }
        if try Ops.next(it) != nil { throw valueError("too many values to unpack (expected \(count))") }
    }

    static func unpackStarred(_ v: Value, into dst: UnsafeMutablePointer<SwValue>, before: Int, after: Int) throws {
        if v.tag != .SW_TAG_OBJ { throw typeError("cannot unpack non-iterable \(Ops.typeName(v)) object") }
        let items = try Ops.iterate(v)
        if items.count < before + after {
            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        for i in 0..<before { dst[i] = items[i] }
        dst[before] = List.make(Array(items[before..<(items.count - after)]))
        for i in 0..<after { dst[before + 1 + i] = items[items.count - after + i] }
    }

    /// MAKE_FUNCTION: a function of `code` with the parts its flags say follow it in
    /// `regs` (1 defaults, 2 keyword defaults, 4 closure).
    @inline(__always)
    static func makeFunction(code: Value, flags: Int, regs: UnsafeMutablePointer<SwValue>, globals: Value) -> Value {
        makeFunction(code: code, globals: globals, defaults: flags & 1 != 0 ? regs[1] : .none,
                     kwDefaults: flags & 2 != 0 ? regs[2] : .none, closure: flags & 4 != 0 ? regs[3] : .none)
    }

    static func makeFunction(code: Value, globals: Value, defaults: Value = .none, kwDefaults: Value = .none,
                             closure: Value = .none) -> Value {
        let (name, qualname) = CodeInfo.with(code) { ($0.nameValue, $0.qualnameValue) }
        let (f, slots) = Objects.slotObject(T.function, count: FuncSlot.count)
        for i in 0..<FuncSlot.count { slots[i] = .none }
        slots[FuncSlot.code] = code
        slots[FuncSlot.globals] = globals
        slots[FuncSlot.defaults] = defaults
        slots[FuncSlot.kwDefaults] = kwDefaults
        slots[FuncSlot.closure] = closure
        slots[FuncSlot.name] = name
        slots[FuncSlot.qualname] = qualname
        slots[FuncSlot.module] = Dict.getStr(globals, SN.__name__) ?? .none
        return f
    }
}
