// Interpreter+Residual.swift — one instruction run by its generic operations, for the
// JIT's residual operations (RESIDUAL in trace IR): an instruction a trace does not look
// into is run here, from machine code or while recording, with the frames as the
// interpreter would have them. The state a trace holds is all in the frames then, so
// unlike `callFromSwift` the collector may run during a call of a Python function or
// bound method (other callables go through `callNonFunction`, and `f(*a, **k)` through
// `callFromSwift`).
import SwoopBytecode
import Glibc

extension Interpreter {
    /// The opcodes `runResidual` runs.
    static func runsResidually(_ op: SwOpcode) -> Bool {
        switch op {
        case .SW_OP_CALL, .SW_OP_CALL_METHOD, .SW_OP_CALL_KW, .SW_OP_CALL_METHOD_KW, .SW_OP_CALL_EX,
             .SW_OP_LOAD_ATTR, .SW_OP_STORE_ATTR, .SW_OP_GETITEM, .SW_OP_SETITEM,
             .SW_OP_ADD, .SW_OP_SUB, .SW_OP_MUL, .SW_OP_TRUEDIV, .SW_OP_FLOORDIV, .SW_OP_MOD, .SW_OP_POW,
             .SW_OP_LSHIFT, .SW_OP_RSHIFT, .SW_OP_BITAND, .SW_OP_BITOR, .SW_OP_BITXOR, .SW_OP_MATMUL,
             .SW_OP_IADD, .SW_OP_ISUB, .SW_OP_IMUL, .SW_OP_ITRUEDIV, .SW_OP_IFLOORDIV, .SW_OP_IMOD, .SW_OP_IPOW,
             .SW_OP_ILSHIFT, .SW_OP_IRSHIFT, .SW_OP_IBITAND, .SW_OP_IBITOR, .SW_OP_IBITXOR, .SW_OP_IMATMUL,
             .SW_OP_LT, .SW_OP_LE, .SW_OP_GT, .SW_OP_GE, .SW_OP_EQ, .SW_OP_NE, .SW_OP_IN, .SW_OP_NOT_IN,
             .SW_OP_NEG, .SW_OP_POS, .SW_OP_INVERT, .SW_OP_NOT, .SW_OP_GET_ITER, .SW_OP_DELITEM, .SW_OP_DELETE_ATTR,
             .SW_OP_BUILD_LIST, .SW_OP_BUILD_TUPLE, .SW_OP_BUILD_SET, .SW_OP_BUILD_DICT, .SW_OP_BUILD_SLICE,
             .SW_OP_BUILD_STRING, .SW_OP_LIST_APPEND, .SW_OP_LIST_EXTEND, .SW_OP_LIST_TO_TUPLE, .SW_OP_SET_ADD,
             .SW_OP_SET_UPDATE, .SW_OP_DICT_SET, .SW_OP_DICT_UPDATE, .SW_OP_FORMAT, .SW_OP_MAKE_FUNCTION,
             .SW_OP_FOR_ITER:
            return true
        default:
            return false
        }
    }

    /// Runs instruction `w` of frame `fi` (at its pc), leaving the frame past it; false
    /// when it was a FOR_ITER whose iterator is exhausted (the frame at the loop's exit).
    static func runResidual(_ w: Instruction, _ fi: Int) throws -> Bool {
        let regs = frames[fi].regs
        let names = frames[fi].hot.pointee.names
        let a = w.a, b = w.b, c = w.c
        frames[fi].pc += 1
        switch w.op {
        case .SW_OP_CALL, .SW_OP_CALL_METHOD, .SW_OP_CALL_KW, .SW_OP_CALL_METHOD_KW:
            var base = a, argc = b
            if w.op == .SW_OP_CALL_METHOD || w.op == .SW_OP_CALL_METHOD_KW {
                if regs[a + 1].tag == .SW_TAG_UNBOUND { regs[a + 1] = regs[a]; base = a + 1 } else { argc = b + 1 }
            }
            let kw = w.op == .SW_OP_CALL_KW || w.op == .SW_OP_CALL_METHOD_KW ? Tuple.array(regs[c]) : nil
            regs[a] = try callInPlace(regs[base], regs + base + 1, argc: argc, kwNames: kw)
        case .SW_OP_CALL_EX:
            let pos = try Ops.iterate(regs[a + 1])
            regs[a] = try callFromSwift(regs[a], pos, try starStarKeywords(regs[a + 2]))
        case .SW_OP_LOAD_ATTR:
            regs[a] = try Ops.getAttr(regs[b], names[c])
        case .SW_OP_STORE_ATTR:
            try Ops.setAttr(regs[a], names[b], regs[c])
        case .SW_OP_GETITEM:
            regs[a] = try Ops.getItem(regs[b], regs[c])
        case .SW_OP_SETITEM:
            try Ops.setItem(regs[a], regs[b], regs[c])
        case .SW_OP_ADD, .SW_OP_SUB, .SW_OP_MUL, .SW_OP_TRUEDIV, .SW_OP_FLOORDIV, .SW_OP_MOD, .SW_OP_POW,
             .SW_OP_LSHIFT, .SW_OP_RSHIFT, .SW_OP_BITAND, .SW_OP_BITOR, .SW_OP_BITXOR, .SW_OP_MATMUL:
            regs[a] = try Ops.binary(binaryOp(Int(w.op.rawValue) - Int(SwOpcode.SW_OP_ADD.rawValue)), regs[b], regs[c])
        case .SW_OP_IADD, .SW_OP_ISUB, .SW_OP_IMUL, .SW_OP_ITRUEDIV, .SW_OP_IFLOORDIV, .SW_OP_IMOD, .SW_OP_IPOW,
             .SW_OP_ILSHIFT, .SW_OP_IRSHIFT, .SW_OP_IBITAND, .SW_OP_IBITOR, .SW_OP_IBITXOR, .SW_OP_IMATMUL:
            regs[a] = try Ops.inPlace(binaryOp(Int(w.op.rawValue) - Int(SwOpcode.SW_OP_IADD.rawValue)), regs[b], regs[c])
        case .SW_OP_LT, .SW_OP_LE, .SW_OP_GT, .SW_OP_GE:
            regs[a] = try Ops.compare(CompareOp(rawValue: Int(w.op.rawValue) - Int(SwOpcode.SW_OP_LT.rawValue))!, regs[b], regs[c])
        case .SW_OP_EQ, .SW_OP_NE:
            let eq = try Ops.equal(regs[b], regs[c])
            regs[a] = Value(bool: w.op == .SW_OP_EQ ? eq : !eq)
        case .SW_OP_IN, .SW_OP_NOT_IN:
            let found = try Ops.contains(regs[c], regs[b])
            regs[a] = Value(bool: w.op == .SW_OP_IN ? found : !found)
        case .SW_OP_NEG: regs[a] = try Ops.unary(.neg, regs[b])
        case .SW_OP_POS: regs[a] = try Ops.unary(.pos, regs[b])
        case .SW_OP_INVERT: regs[a] = try Ops.unary(.invert, regs[b])
        case .SW_OP_NOT: regs[a] = Value(bool: !(try Ops.truthy(regs[b])))
        case .SW_OP_GET_ITER: regs[a] = try Ops.iter(regs[b])
        case .SW_OP_DELITEM: try Ops.delItem(regs[a], regs[b])
        case .SW_OP_DELETE_ATTR: try Ops.delAttr(regs[a], names[b])
        case .SW_OP_BUILD_LIST: regs[a] = List.make(regs + b, count: c)
        case .SW_OP_BUILD_TUPLE: regs[a] = Tuple.make(regs + b, count: c)
        case .SW_OP_BUILD_SET: regs[a] = try buildSet(regs + b, c)
        case .SW_OP_BUILD_DICT: regs[a] = try buildDict(regs + b, c)
        case .SW_OP_BUILD_SLICE: regs[a] = Ops.makeSlice(regs[b], regs[b + 1], regs[b + 2])
        case .SW_OP_BUILD_STRING: regs[a] = Str.join(Array(UnsafeBufferPointer(start: regs + b, count: c)))
        case .SW_OP_LIST_APPEND: List.append(regs[a], regs[b])
        case .SW_OP_LIST_EXTEND: try listExtend(regs[a], regs[b])
        case .SW_OP_LIST_TO_TUPLE: regs[a] = Tuple.make(List.array(regs[b]))
        case .SW_OP_SET_ADD: try PySet.add(regs[a], regs[b])
        case .SW_OP_SET_UPDATE: try setUpdate(regs[a], with: regs[b])
        case .SW_OP_DICT_SET: try Dict.set(regs[a], regs[b], regs[c])
        case .SW_OP_DICT_UPDATE: try dictDisplayUpdate(regs[a], regs[b])
        case .SW_OP_FORMAT:
            regs[a] = try formatForFString(regs[b], conversion: c & 3, spec: c & 4 != 0 ? regs[b + 1] : nil)
        case .SW_OP_MAKE_FUNCTION:
            regs[a] = makeFunction(code: regs[b], flags: c, regs: regs + a, globals: frames[fi].globals)
        case .SW_OP_FOR_ITER:
            guard let v = try Ops.next(regs[a]) else {
                frames[fi].pc += c
                return false
            }
            regs[b] = v
        default:
            fatalError("runResidual: \(w.op.name)")
        }
        return true
    }

    // Instructions with more than one step, for the dispatch loop and `runResidual`.

    static func buildSet(_ items: UnsafeMutablePointer<SwValue>, _ n: Int) throws -> Value {
        let s = PySet.make()
        for i in 0..<n { try PySet.add(s, items[i]) }
        return s
    }

    static func buildDict(_ pairs: UnsafeMutablePointer<SwValue>, _ n: Int) throws -> Value {
        let d = Dict.make(capacity: n)
        for i in 0..<n { try Dict.set(d, pairs[2 * i], pairs[2 * i + 1]) }
        return d
    }

    static func listExtend(_ list: Value, _ src: Value) throws {
        for x in try Ops.iterate(src) { List.append(list, x) }
    }

    /// `{**src}` and `f(**src)`: a mapping (a dict, or anything with keys()) merged in.
    static func dictDisplayUpdate(_ d: Value, _ src: Value) throws {
        guard isDict(src) || hasSpecial(src, "keys") else { throw typeError("'\(Ops.typeName(src))' object is not a mapping") }
        try dictUpdate(d, from: src)
    }

    /// The keyword arguments of `f(*a, **k)`: k is the dict the call built (or not an
    /// object: none).
    static func starStarKeywords(_ k: Value) throws -> [(name: String, value: Value)] {
        guard k.tag == .SW_TAG_OBJ else { return [] }
        return try Dict.entries(k).map { key, v in
            guard Ops.typeOf(key) == T.str else { throw typeError("keywords must be strings") }
            return (Str.swift(key), v)
        }
    }

    /// Arguments for a built-in from `argc` registers at `args`, the last `kwNames.count`
    /// by keyword.
    static func keywordArgs(_ args: UnsafeMutablePointer<SwValue>, argc: Int, kwNames: [Value]) -> Args {
        let npos = argc - kwNames.count
        return Args(Array(UnsafeBufferPointer(start: args, count: npos)),
                    keywords: kwNames.enumerated().map { (Str.swift($0.element), args[npos + $0.offset]) })
    }

    /// Calls `f` with `argc` arguments that sit in registers at `args` (the last
    /// `kwNames.count` by keyword), the caller's state all in the frames.
    static func callInPlace(_ f: Value, _ args: UnsafeMutablePointer<SwValue>, argc: Int, kwNames: [Value]?) throws -> Value {
        var f = f, args = args, argc = argc
        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.method {
            // A bound method: self goes in the callee's register, just before the arguments.
            let ms = objectSlots(f.obj)
            f = ms[MethodSlot.function]
            args -= 1
            args[0] = ms[MethodSlot.selfValue]
            argc += 1
        } else if let call = Classes.pythonMethod(f, SN.__call__) {
            // An instance with a Python __call__: self goes before the arguments.
            args -= 1
            args[0] = f
            f = call
            argc += 1
        }
        if f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.function {
            let info = CodeInfo.from(objectSlots(f.obj)[FuncSlot.code])
            let regs = stackTop
            try checkStack(regs, info.hot)
            try bindArguments(f, info, args: args, positional: argc - (kwNames?.count ?? 0), kwnames: kwNames, into: regs)
            if info.hot.pointee.isGenerator { return Generator.make(function: f, regs: regs, count: info.registerCount) }
            pushFrame(info, regs: regs, function: f, globals: objectSlots(f.obj)[FuncSlot.globals], returnTo: -1)
            let depth = frameCount
            // Called from machine code (or a recording): a function called so often gets
            // a trace from its entry (JIT.hotFunction), which runs here, or is recorded.
            info.hot.pointee.entryCounter &-= 1
            if info.hot.pointee.entryCounter <= 0 && JIT.hotFunction(depth - 1), let e = JIT.pendingError {
                // A call the trace (or the recording) ran raised: raise it at the call,
                // where the frames now stand.
                JIT.pendingError = nil
                frames[frameCount - 1].pc += 1
                return try execute(entryDepth: depth, throwing: e.exception)
            }
            return try execute(entryDepth: depth)
        }
        if kwNames == nil, let r = try Native.constructDirect(f, args, argc) { return r }
        var a = keywordArgs(args, argc: argc, kwNames: kwNames ?? [])
        return try callNonFunction(f, &a)
    }
}
