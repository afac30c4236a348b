// SpecialMethods.swift — the generic operations on instances of classes: each looks up
// the special method (`__add__`, `__lt__`, `__len__`, ...) on the type, with CPython's
// rules for reflected operands, NotImplemented and result checking. Ops calls these when
// an operand is an instance of a heap type; nil means "not defined in Python here", and
// the operation carries on with the built-in base type's behaviour.

extension Classes {
    /// (`__op__`, `__rop__`, `__iop__`) for each binary operator, by BinaryOp.rawValue.
    static let binaryNames: [(Value, Value, Value)] = BinaryOp.allCases.map { op in
        let base = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor",
                    "matmul"][op.rawValue]
        return (Str.intern("__\(base)__"), Str.intern("__r\(base)__"), Str.intern("__i\(base)__"))
    }

    @inline(__always) static func isNotImplemented(_ v: Value) -> Bool { v.identical(Singletons.notImplemented) }

    /// The Python method `x op y` enters as a frame (`+ - * /` only): x's class's `__op__`
    /// when x is an instance of a heap class, unless y is an instance of a proper heap
    /// subclass of x's (its reflected method would go first). Nil: the generic path. The
    /// interpreter's fast path and the trace recorder both decide by this.
    @inline(__always)
    static func binaryDunderMethod(_ op: BinaryOp, _ x: Value, _ y: Value) -> Value? {
        guard op.rawValue <= BinaryOp.trueDiv.rawValue, x.tag == .SW_TAG_OBJ,
              x.obj.pointee.type.pointee.flags & heapFlag != 0 else { return nil }
        let xt = x.obj.pointee.type
        if y.tag == .SW_TAG_OBJ {
            let yt = y.obj.pointee.type
            if yt != xt && yt.pointee.flags & heapFlag != 0 && Types.isSubtype(yt, xt) { return nil }
        }
        return lookup(xt, binaryNames[op.rawValue].0)
    }

    /// CPython's order for a pair of special methods: b's reflected one first when b's type
    /// is a proper subclass of a's, then a's, then b's; nil when every one declines.
    static func tryPair(_ a: Value, _ b: Value, _ fa: Value?, _ fb: Value?) throws -> Value? {
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        var fb = fb
        if let g = fb, ta != tb, Types.isSubtype(tb, ta) {
            let r = try callMethod(g, b, [a])
            if !isNotImplemented(r) { return r }
            fb = nil
        }
        if let f = fa {
            let r = try callMethod(f, a, [b])
            if !isNotImplemented(r) { return r }
        }
        if let g = fb {
            let r = try callMethod(g, b, [a])
            if !isNotImplemented(r) { return r }
        }
        return nil
    }

    /// `a op b` through `__op__` / `__rop__`; nil when neither operand defines them.
    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        let (name, rname, _) = binaryNames[op.rawValue]
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        let fa = isHeapType(ta) ? userMethod(ta, name) : nil
        let fb = (isHeapType(tb) && tb != ta) ? userMethod(tb, rname) : nil
        if fa == nil && fb == nil { return nil }
        if let r = try tryPair(a, b, fa, fb) { return r }
        throw Ops.binaryTypeError(op, a, b)
    }

    /// The rest of `a op b` after a's `__op__` returned NotImplemented: b's reflected
    /// method (when b's type differs), else TypeError.
    static func binaryReflected(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        if tb != ta && isHeapType(tb), let g = userMethod(tb, binaryNames[op.rawValue].1) {
            let r = try callMethod(g, b, [a])
            if !isNotImplemented(r) { return r }
        }
        throw Ops.binaryTypeError(op, a, b)
    }

    /// `a op= b` through `__iop__`, else the binary form.
    static func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        let iname = binaryNames[op.rawValue].2
        let ta = Ops.typeOf(a)
        if isHeapType(ta), let f = userMethod(ta, iname) {
            let r = try callMethod(f, a, [b])
            if !isNotImplemented(r) { return r }
        }
        return try binary(op, a, b)
    }

    static func unary(_ op: Ops.UnaryKind, _ v: Value) throws -> Value? {
        let name = op == .neg ? SN.__neg__ : op == .pos ? SN.__pos__ : SN.__invert__
        guard let f = userMethod(Ops.typeOf(v), name) else { return nil }
        return try callMethod(f, v, [])
    }

    static let compareNames = ["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"].map { Str.intern($0) }

    /// Rich comparison with reflection; returns NotImplemented when nobody answers.
    static func richCompare(_ op: CompareOp, _ a: Value, _ b: Value, reflected: Bool = true) throws -> Value {
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        let name = compareNames[op.rawValue], rname = compareNames[op.swapped.rawValue]
        let fa = isHeapType(ta) ? userMethod(ta, name) : nil
        let fb = (reflected && isHeapType(tb)) ? userMethod(tb, rname) : nil
        if let r = try tryPair(a, b, fa, fb) { return r }
        return Singletons.notImplemented
    }

    /// `a == b` when either is a heap instance (nil: no Python __eq__ anywhere).
    static func equal(_ a: Value, _ b: Value) throws -> Bool? {
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        let has = (isHeapType(ta) && userMethod(ta, SN.__eq__) != nil) || (isHeapType(tb) && userMethod(tb, SN.__eq__) != nil)
        if !has { return nil }
        let r = try richCompare(.eq, a, b)
        if isNotImplemented(r) { return a.identical(b) }
        return try Ops.truthy(r)
    }

    /// `a != b` when either defines __ne__ or __eq__ in Python.
    static func notEqual(_ a: Value, _ b: Value) throws -> Bool? {
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        if (isHeapType(ta) && userMethod(ta, SN.__ne__) != nil) || (isHeapType(tb) && userMethod(tb, SN.__ne__) != nil) {
            let r = try richCompare(.ne, a, b)
            if !isNotImplemented(r) { return try Ops.truthy(r) }
        }
        guard let e = try equal(a, b) else { return nil }
        return !e
    }

    /// `<`, `<=`, `>`, `>=` when either is a heap instance defining it (nil otherwise).
    static func order(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        let ta = Ops.typeOf(a), tb = Ops.typeOf(b)
        let name = compareNames[op.rawValue], rname = compareNames[op.swapped.rawValue]
        let has = (isHeapType(ta) && userMethod(ta, name) != nil) || (isHeapType(tb) && userMethod(tb, rname) != nil)
        if !has { return nil }
        let r = try richCompare(op, a, b)
        if isNotImplemented(r) {
            throw typeError("'\(op.symbol)' not supported between instances of '\(Ops.typeName(a))' and '\(Ops.typeName(b))'")
        }
        return r
    }

    // MARK: - Protocols

    static func repr(_ v: Value, _ t: TypeRef) throws -> String? {
        guard let f = userMethod(t, SN.__repr__) else { return nil }
        let r = try callMethod(f, v, [])
        guard Ops.typeOf(r) == T.str || Types.isSubtype(Ops.typeOf(r), T.str) else {
            throw typeError("__repr__ returned non-string (type \(Ops.typeName(r)))")
        }
        return Str.swift(r)
    }

    static func str(_ v: Value, _ t: TypeRef) throws -> String? {
        guard let f = userMethod(t, SN.__str__) else { return nil }
        let r = try callMethod(f, v, [])
        guard Ops.typeOf(r) == T.str else { throw typeError("__str__ returned non-string (type \(Ops.typeName(r)))") }
        return Str.swift(r)
    }

    static func hash(_ v: Value, _ t: TypeRef) throws -> Int64? {
        guard let f = lookup(t, SN.__hash__) else { return nil }
        if f.isNone { throw typeError("unhashable type: '\(Types.name(t))'") }
        if f.isObject(ofType: T.builtinFunction) { return nil }
        let r = try callMethod(f, v, [])
        guard r.tag == .SW_TAG_INT || r.tag == .SW_TAG_BOOL || BigInt.isBig(r) else {
            throw typeError("__hash__ method should return an integer")
        }
        let h = try Ops.hash(r)
        return h == -1 ? -2 : h
    }

    static func truthy(_ v: Value, _ t: TypeRef) throws -> Bool? {
        if let f = userMethod(t, SN.__bool__) {
            let r = try callMethod(f, v, [])
            guard r.tag == .SW_TAG_BOOL else {
                throw typeError("__bool__ should return bool, returned \(Ops.typeName(r))")
            }
            return r.bool
        }
        if userMethod(t, SN.__len__) != nil { return try length(v, t)! != 0 }
        return nil
    }

    static func length(_ v: Value, _ t: TypeRef) throws -> Int? {
        guard let f = userMethod(t, SN.__len__) else { return nil }
        let r = try callMethod(f, v, [])
        guard r.tag == .SW_TAG_INT || r.tag == .SW_TAG_BOOL || BigInt.isBig(r) else {
            throw typeError("'\(Ops.typeName(r))' object cannot be interpreted as an integer")
        }
        if BigInt.isBig(r) {
            if BigInt.z(r).sign < 0 { throw valueError("__len__() should return >= 0") }
            throw overflowError("cannot fit 'int' into an index-sized integer")
        }
        let n = try Ops.index(r)
        if n < 0 { throw valueError("__len__() should return >= 0") }
        return n
    }

    static func iter(_ v: Value, _ t: TypeRef) throws -> Value? {
        guard let f = userMethod(t, SN.__iter__) else { return nil }
        let it = try callMethod(f, v, [])
        let it_t = Ops.typeOf(it)
        if isHeapType(it_t) && userMethod(it_t, SN.__next__) == nil {
            throw typeError("iter() returned non-iterator of type '\(Types.name(it_t))'")
        }
        return it
    }

    /// The next item of a heap-type iterator, or nil at StopIteration.
    static func next(_ it: Value, _ t: TypeRef) throws -> Value?? {
        guard let f = userMethod(t, SN.__next__) else { return .none }
        do {
            return .some(try callMethod(f, it, []))
        } catch let e as PyError where Types.isSubtype(Exceptions.type(e.exception), Exc.stopIteration) {
            return .some(nil)
        }
    }

    /// The Python function that special method `name` of `o` is, when `o` is an instance of
    /// a heap type whose class defines it as a plain function (called with `o` as self).
    @inline(__always)
    static func pythonMethod(_ o: Value, _ name: Value) -> Value? {
        guard isHeapInstance(o), let f = lookup(o.obj.pointee.type, name), f.isObject(ofType: T.function) else { return nil }
        return f
    }

    static func call(_ o: Value, _ t: TypeRef, _ args: inout Args) throws -> Value? {
        guard let f = userMethod(t, SN.__call__) else { return nil }
        return try callMethod(f, o, args.positional, keywords: args.keywords)
    }

    /// A special method called with arguments, if the heap type defines it in Python.
    static func callSpecial(_ v: Value, _ name: Value, _ args: [Value]) throws -> Value? {
        let t = Ops.typeOf(v)
        guard isHeapType(t), let f = userMethod(t, name) else { return nil }
        return try callMethod(f, v, args)
    }
}
