// Descriptors.swift — the objects that class attributes turn into on access: bound methods,
// staticmethod, classmethod, property, the member descriptors of `__slots__`, and super.

extension T {
    public static var method: TypeRef!
    public static var staticmethod: TypeRef!
    public static var classmethod: TypeRef!
    public static var property: TypeRef!
    public static var memberDescriptor: TypeRef!
    public static var superType: TypeRef!
}

/// Slots of a bound method: the function and the instance it is bound to.
enum MethodSlot { static let function = 0, selfValue = 1 }
/// Slots of property: getter, setter, deleter, doc.
enum PropertySlot { static let fget = 0, fset = 1, fdel = 2, doc = 3, count = 4 }
/// Slots of a `__slots__` member descriptor: name, byte offset in the instance, owner class.
enum MemberSlot { static let name = 0, offset = 1, owner = 2 }
/// Slots of super: the class named, the object, the object's type (or the object if a class).
enum SuperSlot { static let thisClass = 0, object = 1, objectType = 2 }

extension Classes {
    static func makeBuiltinType(_ name: String, base: TypeRef = T.object) -> TypeRef {
        let t = Types.make(name, kind: .SW_KIND_SLOTS, base: base)
        t.pointee.head.type = T.type
        Types.finish(t, name)
        return t
    }

    static func setUpDescriptorTypes() {
        T.method = makeBuiltinType("method")
        T.staticmethod = makeBuiltinType("staticmethod")
        T.classmethod = makeBuiltinType("classmethod")
        T.property = makeBuiltinType("property")
        T.memberDescriptor = makeBuiltinType("member_descriptor")
        T.superType = makeBuiltinType("super")
        for t in [T.staticmethod, T.classmethod, T.property] as [TypeRef] {
            t.pointee.flags |= UInt32(SW_TYPEFLAG_BASETYPE)
        }
        Ops.constructors[T.staticmethod] = { args in
            try args.expect("staticmethod", 1, 1)
            return Objects.slotObject(T.staticmethod, [args[0]])
        }
        Ops.constructors[T.classmethod] = { args in
            try args.expect("classmethod", 1, 1)
            return Objects.slotObject(T.classmethod, [args[0]])
        }
        Ops.constructors[T.property] = { args in
            if args.count > 4 { throw typeError("property() takes at most 4 arguments (\(args.count) given)") }
            try args.checkKeywords("property", ["fget", "fset", "fdel", "doc"])
            let names = ["fget", "fset", "fdel", "doc"]
            var s = [Value](repeating: .none, count: PropertySlot.count)
            for i in 0..<4 { if let v = args.arg(i, names[i]) { s[i] = v } }
            return Objects.slotObject(T.property, s)
        }
        for (i, n) in ["getter", "setter", "deleter"].enumerated() {
            Native.method(T.property, n) { args in
                try args.expect(n, 2, 2)
                var s = Array(UnsafeBufferPointer(start: objectSlots(args[0].obj), count: PropertySlot.count))
                s[i] = args[1]
                return Objects.slotObject(T.property, s)
            }
        }
        Native.method(T.property, "__get__") { args in
            try args.expect("__get__", 2, 3)
            if args[1].isNone { return args[0] }
            return try propertyGet(args[0], args[1])
        }
        Native.method(T.property, "__set__") { args in
            try args.expect("__set__", 3, 3)
            try propertySet(args[0], args[1], args[2])
            return .none
        }
        Ops.constructors[T.superType] = { args in try makeSuper(&args) }
        Ops.constructors[T.object] = { args in
            if args.count > 0 || !args.keywords.isEmpty { throw typeError("object() takes no arguments") }
            return Objects.slotObject(T.object, [])
        }
    }

    // MARK: - Bound methods

    @inline(__always) static func bindMethod(_ f: Value, _ selfValue: Value) -> Value {
        Objects.slotObject(T.method, f, selfValue)
    }

    /// A class attribute `a` as seen through an instance `o` of type `t` (the descriptor
    /// protocol for non-data descriptors).
    static func bindToInstance(_ a: Value, _ o: Value, _ t: TypeRef) throws -> Value {
        guard a.tag == .SW_TAG_OBJ else { return a }
        let at = a.obj.pointee.type
        if at == T.function { return bindMethod(a, o) }
        if at == T.builtinFunction { return Native.bind(a, to: o) }
        if at == T.staticmethod { return objectSlots(a.obj)[0] }
        if at == T.classmethod { return bindMethod(objectSlots(a.obj)[0], Value(t)) }
        if at == T.property { return try propertyGet(a, o) }
        if at == T.memberDescriptor { return try memberGet(a, o) }
        if isHeapType(at), let get = userMethod(at, SN.__get__) {
            return try callMethod(get, a, [o, Value(t)])
        }
        return a
    }

    /// A class attribute `a` looked up on the class `cls` itself.
    static func bindToClass(_ a: Value, _ cls: TypeRef) throws -> Value {
        guard a.tag == .SW_TAG_OBJ else { return a }
        let at = a.obj.pointee.type
        if at == T.staticmethod { return objectSlots(a.obj)[0] }
        if at == T.classmethod { return bindMethod(objectSlots(a.obj)[0], Value(cls)) }
        if isHeapType(at), let get = userMethod(at, SN.__get__) {
            return try callMethod(get, a, [.none, Value(cls)])
        }
        return a
    }

    /// Whether a class attribute takes precedence over the instance dict (data descriptor).
    @inline(__always) static func isDataDescriptor(_ a: Value) -> Bool {
        guard a.tag == .SW_TAG_OBJ else { return false }
        let at = a.obj.pointee.type
        if at == T.property || at == T.memberDescriptor { return true }
        return isHeapType(at) && (userMethod(at, SN.__set__) != nil || userMethod(at, SN.__delete__) != nil)
    }

    /// Calls method `f` (as found in a class dict) with `selfValue` and arguments.
    static func callMethod(_ f: Value, _ selfValue: Value, _ args: [Value],
                           keywords: [(name: String, value: Value)] = []) throws -> Value {
        if f.tag == .SW_TAG_OBJ {
            let ft = f.obj.pointee.type
            if ft == T.function || ft == T.builtinFunction {
                return try Ops.call(f, [selfValue] + args, keywords: keywords)
            }
        }
        return try Ops.call(try bindToInstance(f, selfValue, Ops.typeOf(selfValue)), args, keywords: keywords)
    }

    // MARK: - property and member descriptors

    static func propertyGet(_ p: Value, _ o: Value) throws -> Value {
        let g = objectSlots(p.obj)[PropertySlot.fget]
        if g.isNone { throw attributeError("property object has no getter") }
        return try Ops.call(g, [o])
    }

    static func propertySet(_ p: Value, _ o: Value, _ v: Value) throws {
        let s = objectSlots(p.obj)[PropertySlot.fset]
        if s.isNone { throw attributeError("can't set attribute") }
        _ = try Ops.call(s, [o, v])
    }

    static func propertyDelete(_ p: Value, _ o: Value) throws {
        let d = objectSlots(p.obj)[PropertySlot.fdel]
        if d.isNone { throw attributeError("can't delete attribute") }
        _ = try Ops.call(d, [o])
    }

    static func memberGet(_ m: Value, _ o: Value) throws -> Value {
        let s = objectSlots(m.obj)
        let v = field(o.obj, Int(s[MemberSlot.offset].int)).pointee
        if v.tag == .SW_TAG_UNBOUND {
            throw attributeError("'\(Types.name(Ops.typeOf(o)))' object has no attribute '\(Str.swift(s[MemberSlot.name]))'")
        }
        return v
    }

    static func memberSet(_ m: Value, _ o: Value, _ v: Value) {
        field(o.obj, Int(objectSlots(m.obj)[MemberSlot.offset].int)).pointee = v
    }

    // MARK: - super

    static func makeSuper(_ args: inout Args) throws -> Value {
        if !args.keywords.isEmpty { throw typeError("super() takes no keyword arguments") }
        if args.count == 0 { throw pyError(Exc.runtimeError, "super(): no arguments") }
        try args.expect("super", 1, 2)
        guard args[0].isObject(ofType: T.type) else {
            throw typeError("super() argument 1 must be a type, not \(Ops.typeName(args[0]))")
        }
        let cls = args[0].as(SwType.self)
        if args.count == 1 { return Objects.slotObject(T.superType, args[0], .none, .none) }
        let o = args[1]
        let objType: TypeRef
        if o.isObject(ofType: T.type) && Types.isSubtype(o.as(SwType.self), cls) {
            objType = o.as(SwType.self)
        } else if Types.isSubtype(Ops.typeOf(o), cls) {
            objType = Ops.typeOf(o)
        } else {
            throw typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return Objects.slotObject(T.superType, args[0], o, Value(objType))
    }

    /// The attribute `name` found after `thisClass` in the MRO of the super object's type.
    static func superLookup(_ sup: Value, _ name: Value) -> Value? {
        let s = objectSlots(sup.obj)
        guard s[SuperSlot.objectType].tag == .SW_TAG_OBJ else { return nil }
        return lookup(after: s[SuperSlot.thisClass], inMROOf: s[SuperSlot.objectType].as(SwType.self), name)
    }

    static func superGetAttr(_ sup: Value, _ name: Value) throws -> Value? {
        let s = objectSlots(sup.obj)
        if Str.swift(name) == "__class__" { return Value(T.superType) }
        guard let a = superLookup(sup, name) else { return nil }
        let o = s[SuperSlot.object]
        let t = s[SuperSlot.objectType].as(SwType.self)
        if o.identical(Value(t)) { return try bindToClass(a, t) }   // super() in a classmethod
        return try bindToInstance(a, o, t)
    }
}
