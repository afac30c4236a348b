// ClassCreation.swift — making a class: `__build_class__` (what a `class` statement
// calls), `type(name, bases, dict)`, the C3 method resolution order, and the instance
// layout a class inherits from its bases and its `__slots__`.

extension Classes {
    /// Every class made so far: kept alive (rooted) for the process, as their lookup caches
    /// and layout records are.
    static var all: [Value] = []

    static func setUp() {
        setUpDescriptorTypes()
        Heap.rootScanners.append { stack in
            for c in Classes.all { stack.push(c) }
        }
    }

    /// `__build_class__(body, name, *bases, metaclass=None, **kwds)`.
    static func buildClass(_ args: inout Args) throws -> Value {
        if args.count < 2 { throw typeError("__build_class__: not enough arguments") }
        let body = args[0]
        guard body.isObject(ofType: T.function) else { throw typeError("__build_class__: func must be a function") }
        guard Ops.typeOf(args[1]) == T.str else { throw typeError("__build_class__: name is not a string") }
        let name = Str.swift(args[1])
        let bases = Array(args.positional[2...])
        for (k, v) in args.keywords {
            if k == "metaclass" {
                if v.isObject(ofType: T.type) && v.as(SwType.self) == T.type { continue }
                throw notImplementedError("metaclasses other than type are not supported yet")
            }
            throw typeError("__init_subclass__() takes no keyword arguments")
        }
        let ns = Dict.make()
        let globals = objectSlots(body.obj)[FuncSlot.globals]
        if let m = Dict.getStr(globals, Str.intern("__name__")) { Dict.setStr(ns, "__module__", m) }
        let qualname = Str.swift(objectSlots(body.obj)[FuncSlot.qualname])
        Dict.setStr(ns, "__qualname__", Str.make(qualname))
        let cell = try Ops.call(body, [ns])
        let cls = try makeClass(name: name, bases: bases, namespace: ns)
        if cell.isObject(ofType: T.cell) { objectSlots(cell.obj)[0] = cls }
        return cls
    }

    /// `type(name, bases, dict)`.
    static func typeCall3(_ args: Args) throws -> Value {
        guard Ops.typeOf(args[0]) == T.str else {
            throw typeError("type.__new__() argument 1 must be str, not \(Ops.typeName(args[0]))")
        }
        guard Ops.typeOf(args[1]) == T.tuple else {
            throw typeError("type.__new__() argument 2 must be tuple, not \(Ops.typeName(args[1]))")
        }
        guard args[2].tag == .SW_TAG_OBJ && args[2].kind == .SW_KIND_DICT else {
            throw typeError("type.__new__() argument 3 must be dict, not \(Ops.typeName(args[2]))")
        }
        return try makeClass(name: Str.swift(args[0]), bases: Tuple.array(args[1]), namespace: args[2])
    }

    /// Builds a heap type from its name, bases and class-body namespace.
    static func makeClass(name: String, bases baseValues: [Value], namespace ns: Value) throws -> Value {
        var bases: [TypeRef] = []
        for b in baseValues {
            guard b.isObject(ofType: T.type) else {
                throw typeError("bases must be types")
            }
            let bt = b.as(SwType.self)
            if bt.pointee.flags & UInt32(SW_TYPEFLAG_BASETYPE) == 0 {
                throw typeError("type '\(Types.name(bt))' is not an acceptable base type")
            }
            if bases.contains(bt) { throw typeError("duplicate base class \(Types.name(bt))") }
            bases.append(bt)
        }
        if bases.isEmpty { bases = [T.object] }
        let solid = try solidBase(of: bases)
        let mro = try c3(bases: bases)

        // Layout: inherited slots, own __slots__, then the dict if any base has one or
        // the class does not restrict itself to __slots__.
        var inheritedSlots: [String] = []
        var baseHasDict = false
        for b in bases {
            if isHeapType(b) {
                let bi = info(b)
                if !bi.slotNames.isEmpty {
                    if !inheritedSlots.isEmpty && inheritedSlots != bi.slotNames {
                        throw typeError("multiple bases have instance lay-out conflict")
                    }
                    inheritedSlots = bi.slotNames
                }
                if Classes.dictOffset(b) >= 0 { baseHasDict = true }
            }
        }
        var ownSlots: [String] = []
        var wantsDict = true
        if let s = Dict.getStr(ns, Str.intern("__slots__")) {
            wantsDict = false
            let names = Ops.typeOf(s) == T.str ? [s] : try Ops.iterate(s)
            for n in names {
                guard Ops.typeOf(n) == T.str else {
                    throw typeError("__slots__ items must be strings, not '\(Ops.typeName(n))'")
                }
                let str = Str.swift(n)
                if str == "__dict__" { wantsDict = true; continue }
                if str == "__weakref__" { continue }
                if Dict.getStr(ns, Str.intern(str)) != nil {
                    throw valueError("'\(str)' in __slots__ conflicts with class variable")
                }
                ownSlots.append(str)
            }
        }
        let hasDict = wantsDict || baseHasDict
        let isException = solid.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0
        let slotNames = inheritedSlots + ownSlots
        let fixed = fixedSize(solid)
        var dictOffset = -1
        var trailing = 0
        switch solid.pointee.kind {
        case .SW_KIND_TUPLE:
            if !slotNames.isEmpty {
                throw notImplementedError("__slots__ in subclasses of tuple are not supported yet")
            }
        default:
            if isException {
                dictOffset = MemoryLayout<SwObject>.size + ExcSlot.dict * MemoryLayout<SwValue>.size
            } else {
                trailing = slotNames.count + (hasDict ? 1 : 0)
                if hasDict { dictOffset = fixed + slotNames.count * MemoryLayout<SwValue>.size }
            }
        }

        // Classes are never freed (their records live in `infos`): `all` is a GC root.
        let size = MemoryLayout<SwType>.size + Int(SW_TYPE_NSLOTS) * MemoryLayout<SwValue>.size
        let t = UnsafeMutableRawPointer(Heap.allocate(T.type, size: size, nslots: Int(SW_TYPE_NSLOTS)))
            .assumingMemoryBound(to: SwType.self)
        t.pointee.kind = solid.pointee.kind
        t.pointee.flags = UInt32(SW_TYPEFLAG_HEAPTYPE | SW_TYPEFLAG_BASETYPE)
            | (isException ? UInt32(SW_TYPEFLAG_EXCEPTION) : 0)
        t.pointee.base = bases[0]
        let dict = Dict.copy(ns)
        var qualname = name
        if let q = Dict.getStr(dict, Str.intern("__qualname__")) {
            qualname = Str.swift(q)
            _ = try Dict.remove(dict, Str.intern("__qualname__"))
        }
        typeSlots(t)[Int(SW_TYPE_SLOT_NAME)] = Str.intern(name)
        typeSlots(t)[Int(SW_TYPE_SLOT_DICT)] = dict
        typeSlots(t)[Int(SW_TYPE_SLOT_MRO)] = Tuple.make([Value(t)] + mro)
        typeSlots(t)[Int(SW_TYPE_SLOT_BASES)] = Tuple.make(bases.map { Value($0) })
        let info = ClassInfo(type: t, solidBase: solid, dictOffset: dictOffset, slotNames: slotNames,
                             trailingValues: trailing, qualname: qualname)
        infos.append(info)
        t.pointee.typeId = Int64(infos.count)
        all.append(Value(t))
        epoch += 1

        // Class-dict conventions: __eq__ without __hash__ makes instances unhashable; a
        // plain __new__ is a static method; each own slot gets its member descriptor.
        if Dict.getStr(dict, Str.intern("__eq__")) != nil && Dict.getStr(dict, Str.intern("__hash__")) == nil {
            Dict.setStr(dict, "__hash__", .none)
        }
        if let n = Dict.getStr(dict, Str.intern("__new__")), n.isObject(ofType: T.function) {
            Dict.setStr(dict, "__new__", Objects.slotObject(T.staticmethod, [n]))
        }
        for m in ["__init_subclass__", "__class_getitem__"] {
            if let f = Dict.getStr(dict, Str.intern(m)), f.isObject(ofType: T.function) {
                Dict.setStr(dict, m, Objects.slotObject(T.classmethod, [f]))
            }
        }
        for (i, s) in ownSlots.enumerated() {
            let offset = fixed + (inheritedSlots.count + i) * MemoryLayout<SwValue>.size
            Dict.setStr(dict, s, Objects.slotObject(T.memberDescriptor, [Str.intern(s), Value(int: offset), Value(t)]))
        }
        Classes.markClassDict(dict)
        seedAttributeNames(t)
        // __init_subclass__ of the nearest base that defines one in Python.
        if let hook = lookup(after: Value(t), inMROOf: t, SN.__init_subclass__),
           hook.isObject(ofType: T.classmethod) {
            _ = try Ops.call(objectSlots(hook.obj)[0], [Value(t)])
        }
        return Value(t)
    }

    /// `name` in the dicts of `t`'s MRO that come after `start` (super() and
    /// __init_subclass__ lookups).
    static func lookup(after start: Value, inMROOf t: TypeRef, _ name: Value) -> Value? {
        func after(_ mro: UnsafeBufferPointer<Value>) -> Value? {
            guard let i = mro.firstIndex(where: { $0.identical(start) }) else { return nil }
            return Classes.mroLookup(mro, name, from: i + 1)
        }
        // (A class's MRO tuple is walked in place: super() lookups are frequent.)
        let m = typeSlots(t)[Int(SW_TYPE_SLOT_MRO)]
        if m.isObject(ofType: T.tuple) { return after(UnsafeBufferPointer(start: Tuple.items(m), count: Tuple.count(m))) }
        return Types.mro(t).withUnsafeBufferPointer(after)
    }

    /// The built-in layout instances will have; bases whose layouts differ conflict.
    static func solidBase(of bases: [TypeRef]) throws -> TypeRef {
        func solid(_ b: TypeRef) throws -> TypeRef {
            if isHeapType(b) { return solidBase(b) }
            if b.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 { return Exc.baseException }
            if b == T.object || b == T.list || b == T.dict || b == T.tuple { return b }
            throw notImplementedError("subclassing '\(Types.name(b))' is not supported yet")
        }
        var winner = T.object!
        for b in bases {
            let s = try solid(b)
            if s == T.object { continue }
            if winner == T.object { winner = s; continue }
            if s != winner { throw typeError("multiple bases have instance lay-out conflict") }
        }
        return winner
    }

    /// C3 linearization of the bases' MROs (the class itself is prepended by the caller).
    static func c3(bases: [TypeRef]) throws -> [Value] {
        var seqs: [[UInt64]] = bases.map { Types.mro($0).map { $0.bits } }
        seqs.append(bases.map { Value($0).bits })
        var out: [UInt64] = []
        while true {
            seqs.removeAll { $0.isEmpty }
            if seqs.isEmpty { break }
            var candidate: UInt64? = nil
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(head) }) { candidate = head; break }
            }
            guard let c = candidate else {
                let names = bases.map { Types.name($0) }.joined(separator: ", ")
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            out.append(c)
            for i in seqs.indices where seqs[i].first == c { seqs[i].removeFirst() }
        }
        return out.map { Value(tag: .SW_TAG_OBJ, bits: $0) }
    }
}

extension Classes {
    /// The builtins a `class` statement and its methods use.
    static func installBuiltins() {
        let b = Modules.builtinsDict
        Dict.setStr(b, "__build_class__", Native.function("__build_class__") { args in try buildClass(&args) })
        for t in [T.superType, T.staticmethod, T.classmethod, T.property] as [TypeRef] {
            Dict.setStr(b, Types.name(t), Value(t))
        }
    }
}
