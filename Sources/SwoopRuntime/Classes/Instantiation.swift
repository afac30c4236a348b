// Instantiation.swift — calling a class (`__new__`, then `__init__`), and the built-in
// methods of object, list, dict, tuple and BaseException that subclasses inherit and
// reach through `super()` or `Base.method(self, ...)`. These call the built-in behaviour
// directly (never a subclass's override), so an override may delegate to them.

extension Classes {
    static var objectInit: Value = .none
    static var objectNew: Value = .none

    /// `cls(*args, **kwargs)` for a heap type.
    static func instantiate(_ cls: TypeRef, _ args: inout Args) throws -> Value {
        let newFn = lookup(cls, SN.__new__)
        var obj: Value
        var customNew = false
        if let n = newFn, n.isObject(ofType: T.staticmethod) {
            customNew = true
            obj = try Ops.call(objectSlots(n.obj)[0], [Value(cls)] + args.positional, keywords: args.keywords)
            if !Types.isSubtype(Ops.typeOf(obj), cls) { return obj }
        } else if solidBase(cls).pointee.kind == .SW_KIND_TUPLE {
            if !args.keywords.isEmpty { throw typeError("tuple() takes no keyword arguments") }
            obj = try newTuple(cls, args.positional.first)
        } else if cls.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
            obj = Exceptions.make(cls, args: args.positional)
        } else {
            obj = allocate(cls)
        }
        guard let initFn = lookup(cls, SN.__init__) else { return obj }
        if initFn.identical(objectInit) {
            if !customNew && (args.count > 0 || !args.keywords.isEmpty) {
                throw typeError("\(Types.name(cls))() takes no arguments")
            }
            return obj
        }
        let r = try callMethod(initFn, obj, args.positional, keywords: args.keywords)
        if !r.isNone { throw typeError("__init__() should return None, not '\(Ops.typeName(r))'") }
        return obj
    }

    /// A tuple (or tuple-subclass instance) of an iterable's items.
    static func newTuple(_ cls: TypeRef, _ iterable: Value?) throws -> Value {
        let items = try iterable.map { try Ops.iterate($0) } ?? []
        if cls == T.tuple { return Tuple.make(items) }
        let o = Heap.allocate(cls, size: MemoryLayout<SwObject>.size + items.count * MemoryLayout<SwValue>.size,
                              nslots: items.count)
        let p = objectSlots(o)
        for (i, x) in items.enumerated() { p[i] = x }
        return Value(o)
    }

    static func requireSelf(_ args: Args, _ owner: TypeRef, _ name: String) throws -> Value {
        guard args.count > 0 else {
            throw typeError("descriptor '\(name)' of '\(Types.name(owner))' object needs an argument")
        }
        let s = args[0]
        if owner != T.object && !Ops.isInstance(s, owner) {
            throw typeError("descriptor '\(name)' requires a '\(Types.name(owner))' object but received a '\(Ops.typeName(s))'")
        }
        return s
    }

    static func installBaseMethods() {
        let o = T.object!
        func def(_ t: TypeRef, _ name: String, _ fn: @escaping NativeFn) { Native.method(t, name, fn) }
        /// Item reads, repr and == of a built-in container (list, dict, tuple), and with
        /// `mutable` item stores and deletions.
        func defContainer(_ t: TypeRef, mutable: Bool) {
            def(t, "__getitem__") { args in try args.expect("__getitem__", 2, 2); return try Ops.getItemBuiltin(try requireSelf(args, t, "__getitem__"), args[1]) }
            def(t, "__repr__") { args in Str.make(try Ops.containerRepr(try requireSelf(args, t, "__repr__"), as: t)) }
            def(t, "__eq__") { args in try args.expect("__eq__", 2, 2); return Value(bool: try Ops.equalBuiltin(args[0], args[1])) }
            guard mutable else { return }
            def(t, "__setitem__") { args in try args.expect("__setitem__", 3, 3); try Ops.setItemBuiltin(try requireSelf(args, t, "__setitem__"), args[1], args[2]); return .none }
            def(t, "__delitem__") { args in try args.expect("__delitem__", 2, 2); try Ops.delItemBuiltin(try requireSelf(args, t, "__delitem__"), args[1]); return .none }
        }
        def(o, "__init__") { args in
            _ = try requireSelf(args, o, "__init__")
            if args.count > 1 || !args.keywords.isEmpty {
                throw typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .none
        }
        objectInit = Dict.getStr(Types.dict(o), Str.intern("__init__"))!
        def(o, "__new__") { args in
            guard args.count > 0, args[0].isObject(ofType: T.type) else {
                throw typeError("object.__new__(X): X is not a type object")
            }
            let cls = args[0].as(SwType.self)
            if !isHeapType(cls) {
                if cls == T.object { return Objects.slotObject(T.object, []) }
                throw typeError("object.__new__(\(Types.name(cls))) is not safe, use \(Types.name(cls)).__new__()")
            }
            return allocate(cls)
        }
        objectNew = Dict.getStr(Types.dict(o), Str.intern("__new__"))!
        def(o, "__repr__") { args in Str.make(defaultRepr(try requireSelf(args, o, "__repr__"))) }
        def(o, "__str__") { args in try Ops.repr(try requireSelf(args, o, "__str__")) }
        def(o, "__eq__") { args in
            try args.expect("__eq__", 2, 2)
            return args[0].identical(args[1]) ? .true : Singletons.notImplemented
        }
        def(o, "__ne__") { args in
            try args.expect("__ne__", 2, 2)
            let r = try richCompare(.eq, args[0], args[1], reflected: false)
            if r.identical(Singletons.notImplemented) { return r }
            return Value(bool: !(try Ops.truthy(r)))
        }
        def(o, "__hash__") { args in
            try args.expect("__hash__", 1, 1)
            return Value(int: identityHash(args[0]))
        }
        def(o, "__setattr__") { args in
            try args.expect("__setattr__", 3, 3)
            try genericSetAttr(args[0], try attributeName(args[1]), args[2])
            return .none
        }
        def(o, "__delattr__") { args in
            try args.expect("__delattr__", 2, 2)
            try genericDelAttr(args[0], try attributeName(args[1]))
            return .none
        }
        def(o, "__getattribute__") { args in
            try args.expect("__getattribute__", 2, 2)
            let name = try attributeName(args[1])
            // Without the class's __getattr__ fallback, as object.__getattribute__.
            if let v = try Ops.lookupAttr(args[0], name) { return v }
            throw Ops.attributeMissing(args[0], name)
        }
        def(o, "__format__") { args in
            try args.expect("__format__", 2, 2)
            if Ops.typeOf(args[1]) == T.str && Str.length(args[1]) > 0 {
                throw typeError("unsupported format string passed to \(Ops.typeName(args[0])).__format__")
            }
            return try Ops.str(args[0])
        }

        // list
        let l = T.list!
        def(l, "__init__") { args in
            let s = try requireSelf(args, l, "__init__")
            if !args.keywords.isEmpty { throw typeError("list() takes no keyword arguments") }
            if args.count > 2 { throw typeError("list expected at most 1 argument, got \(args.count - 1)") }
            let items = args.count == 2 ? try Ops.iterate(args[1]) : []
            List.replace(s, 0, List.count(s), with: items)
            return .none
        }
        defContainer(l, mutable: true)
        def(l, "__len__") { args in Value(int: List.count(try requireSelf(args, l, "__len__"))) }
        def(l, "__iter__") { args in Ops.makeIterator(T.listIterator, try requireSelf(args, l, "__iter__")) }
        def(l, "__contains__") { args in try args.expect("__contains__", 2, 2); return Value(bool: try Ops.containsBuiltin(try requireSelf(args, l, "__contains__"), args[1])) }

        // dict
        let d = T.dict!
        def(d, "__init__") { args in
            let s = try requireSelf(args, d, "__init__")
            if args.count > 2 { throw typeError("dict expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try dictUpdate(s, from: args[1]) }
            for (k, v) in args.keywords { try Dict.set(s, Str.intern(k), v) }
            return .none
        }
        defContainer(d, mutable: true)
        def(d, "__len__") { args in Value(int: Dict.count(try requireSelf(args, d, "__len__"))) }
        def(d, "__iter__") { args in Ops.makeIterator(T.dictKeyIterator, try requireSelf(args, d, "__iter__")) }
        def(d, "__contains__") { args in try args.expect("__contains__", 2, 2); return Value(bool: try Dict.get(try requireSelf(args, d, "__contains__"), args[1]) != nil) }

        // tuple
        let tu = T.tuple!
        def(tu, "__new__") { args in
            guard args.count >= 1, args[0].isObject(ofType: T.type), Types.isSubtype(args[0].as(SwType.self), tu) else {
                throw typeError("tuple.__new__(X): X is not a subtype of tuple")
            }
            if args.count > 2 { throw typeError("tuple expected at most 1 argument, got \(args.count - 1)") }
            return try newTuple(args[0].as(SwType.self), args.count == 2 ? args[1] : nil)
        }
        defContainer(tu, mutable: false)
        def(tu, "__len__") { args in Value(int: Tuple.count(try requireSelf(args, tu, "__len__"))) }
        def(tu, "__iter__") { args in Ops.makeIterator(T.tupleIterator, try requireSelf(args, tu, "__iter__")) }
        def(tu, "__hash__") { args in Value(int: try Ops.hashBuiltin(try requireSelf(args, tu, "__hash__"))) }

        // BaseException
        let e = Exc.baseException!
        def(e, "__init__") { args in
            let s = try requireSelf(args, e, "__init__")
            objectSlots(s.obj)[ExcSlot.args] = Tuple.make(Array(args.positional.dropFirst()))
            return .none
        }
        def(e, "__str__") { args in Str.make(try Ops.exceptionStr(try requireSelf(args, e, "__str__"))) }
        def(e, "__repr__") { args in Str.make(try Ops.exceptionRepr(try requireSelf(args, e, "__repr__"))) }
        def(e, "with_traceback") { args in
            try args.expect("with_traceback", 2, 2)
            try Tracebacks.setChain(args[0], args[1])
            return args[0]
        }
    }

    static func attributeName(_ v: Value) throws -> Value {
        guard Ops.typeOf(v) == T.str else {
            throw typeError("attribute name must be string, not '\(Ops.typeName(v))'")
        }
        return Str.intern(Str.swift(v))
    }

    static func identityHash(_ v: Value) -> Int64 {
        Int64(bitPattern: (v.bits >> 4) | (v.bits << 60))
    }

    static func defaultRepr(_ v: Value) -> String {
        "<\(displayName(Ops.typeOf(v))) object at \(Ops.address(v))>"
    }
}
