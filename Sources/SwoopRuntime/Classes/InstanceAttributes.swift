// InstanceAttributes.swift — attribute access on instances of classes and on classes
// themselves: data descriptors first, then the instance dict, then class attributes bound
// through the descriptor protocol, then `__getattr__`; stores honour `__setattr__`,
// properties and `__slots__`.

extension Classes {
    /// `o.name` for an instance of heap type `t`, without the `__getattr__` fallback.
    static func instanceGetAttr(_ o: Value, _ t: TypeRef, _ name: Value) throws -> Value? {
        let a = lookup(t, name)
        if let a, isDataDescriptor(a) {
            let at = a.obj.pointee.type
            if at == T.property { return try propertyGet(a, o) }
            if at == T.memberDescriptor { return try memberGet(a, o) }
            if let get = userMethod(at, SN.__get__) { return try callMethod(get, a, [o, Value(t)]) }
        }
        if let v = ownAttribute(o, t, name) { return v }
        if let a { return try bindToInstance(a, o, t) }
        if name.identical(SN.__class__) { return Value(t) }
        if name.identical(SN.__dict__), let d = instanceDict(o, t, create: true) { return d }
        return nil
    }

    /// The `__getattr__` fallback of a heap type, if it defines one.
    static func getAttrHook(_ o: Value, _ t: TypeRef, _ name: Value) throws -> Value? {
        guard let hook = userMethod(t, SN.__getattr__) else { return nil }
        return try callMethod(hook, o, [name])
    }

    /// `o.name = v` for an instance of a heap type (after any user `__setattr__`).
    static func genericSetAttr(_ o: Value, _ name: Value, _ v: Value) throws {
        let t = Ops.typeOf(o)
        guard isHeapType(t) else { try Ops.setAttrBuiltin(o, name, v); return }
        if let a = lookup(t, name), a.tag == .SW_TAG_OBJ {
            let at = a.obj.pointee.type
            if at == T.property { try propertySet(a, o, v); return }
            if at == T.memberDescriptor { memberSet(a, o, v); return }
            if isHeapType(at), let set = userMethod(at, SN.__set__) { _ = try callMethod(set, a, [o, v]); return }
        }
        if name.identical(SN.__class__) { try setClass(o, t, v); return }
        // Exceptions keep args/__cause__/... as fields: the built-in store handles those.
        if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
            try Ops.setAttrBuiltin(o, name, v)
            return
        }
        if name.identical(SN.__dict__) && dictOffset(t) >= 0 {
            // A new dict for the instance (not an attribute named __dict__ in the old one).
            guard v.tag == .SW_TAG_OBJ && Types.isSubtype(v.obj.pointee.type, T.dict) else {
                throw typeError("__dict__ must be set to a dictionary, not a '\(Ops.typeName(v))'")
            }
            Classes.adoptInstanceDict(v)
            if inlineSlot(o, t) != nil { _ = devolve(o, t) }     // (its inline values cleared)
            field(o.obj, dictOffset(t)).pointee = v
            return
        }
        guard setOwnAttribute(o, t, name, v) else {
            throw attributeError("'\(Types.name(t))' object has no attribute '\(Str.swift(name))'")
        }
    }

    static func genericDelAttr(_ o: Value, _ name: Value) throws {
        let t = Ops.typeOf(o)
        guard isHeapType(t) else { try Ops.delAttrBuiltin(o, name); return }
        if let a = lookup(t, name), a.tag == .SW_TAG_OBJ {
            let at = a.obj.pointee.type
            if at == T.property { try propertyDelete(a, o); return }
            if at == T.memberDescriptor {
                let p = field(o.obj, Int(objectSlots(a.obj)[MemberSlot.offset].int))
                if p.pointee.tag == .SW_TAG_UNBOUND { throw Ops.attributeMissing(o, name) }
                p.pointee = .unbound
                return
            }
            if isHeapType(at), let del = userMethod(at, SN.__delete__) { _ = try callMethod(del, a, [o]); return }
        }
        if try deleteOwnAttribute(o, t, name) { return }
        throw Ops.attributeMissing(o, name)
    }

    /// `o.name = v` for heap instances: a user `__setattr__` first.
    static func setAttr(_ o: Value, _ t: TypeRef, _ name: Value, _ v: Value) throws {
        if let hook = userMethod(t, SN.__setattr__) {
            _ = try callMethod(hook, o, [name, v])
            return
        }
        try genericSetAttr(o, name, v)
    }

    static func delAttr(_ o: Value, _ t: TypeRef, _ name: Value) throws {
        if let hook = userMethod(t, SN.__delattr__) {
            _ = try callMethod(hook, o, [name])
            return
        }
        try genericDelAttr(o, name)
    }

    // MARK: - Attributes of classes

    /// `C.name` for any type object.
    static func typeGetAttr(_ cls: TypeRef, _ name: Value) throws -> Value? {
        if let a = Types.lookup(cls, name) { return try bindToClass(a, cls) }
        switch Str.swift(name) {
        case "__name__": return typeSlots(cls)[Int(SW_TYPE_SLOT_NAME)]
        case "__qualname__": return isHeapType(cls) ? Str.make(info(cls).qualname) : typeSlots(cls)[Int(SW_TYPE_SLOT_NAME)]
        case "__mro__": return Tuple.make(Types.mro(cls))
        case "__bases__":
            if isHeapType(cls) { return typeSlots(cls)[Int(SW_TYPE_SLOT_BASES)] }
            return Tuple.make(cls.pointee.base.map { [Value($0)] } ?? [])
        case "__base__": return cls.pointee.base.map { Value($0) } ?? .none
        case "__dict__": return Types.dict(cls)
        case "__doc__": return .none
        case "__module__": return Str.intern("builtins")
        case "__class__": return Value(T.type)
        default: return nil
        }
    }

    static func typeSetAttr(_ cls: TypeRef, _ name: Value, _ v: Value) throws {
        guard isHeapType(cls) else {
            throw typeError("cannot set '\(Str.swift(name))' attribute of immutable type '\(Types.name(cls))'")
        }
        let n = Str.swift(name)
        if n == "__name__" { typeSlots(cls)[Int(SW_TYPE_SLOT_NAME)] = v; return }
        if n == "__qualname__" { info(cls).qualname = Str.swift(v); return }
        Dict.setStr(Types.dict(cls), name, v)
        epoch += 1
    }

    static func typeDelAttr(_ cls: TypeRef, _ name: Value) throws {
        guard isHeapType(cls) else {
            throw typeError("cannot delete '\(Str.swift(name))' attribute of immutable type '\(Types.name(cls))'")
        }
        if try Dict.remove(Types.dict(cls), name) == nil {
            throw attributeError("type object '\(Types.name(cls))' has no attribute '\(Str.swift(name))'")
        }
        epoch += 1
    }

    /// `o.__class__ = v` for an instance of heap type `t`: another heap class with the
    /// same layout (solid base, dict slot, no `__slots__` members). The instance's inline
    /// attributes move into a dict first: inline value i means entry i of its class's
    /// attribute-name table, which the new class does not share.
    static func setClass(_ o: Value, _ t: TypeRef, _ v: Value) throws {
        guard v.tag == .SW_TAG_OBJ, Types.isSubtype(v.obj.pointee.type, T.type) else {
            throw typeError("__class__ must be set to a class, not '\(Ops.typeName(v))' object")
        }
        let n = v.as(SwType.self)
        guard isHeapType(n) else {
            throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        let oc = t.pointee.cache!, nc = n.pointee.cache!
        let plain = { (c: UnsafeMutablePointer<SwClassCache>) in c.pointee.trailingValues == (c.pointee.dictOffset >= 0 ? 1 : 0) }
        guard n == t || (oc.pointee.solidBase == nc.pointee.solidBase && oc.pointee.dictOffset == nc.pointee.dictOffset
                         && plain(oc) && plain(nc)) else {
            throw typeError("__class__ assignment: '\(Types.name(n))' object layout differs from '\(Types.name(t))'")
        }
        if n == t { return }
        if inlineSlot(o, t) != nil { adoptInstanceDict(devolve(o, t)) }
        o.obj.pointee.type = n
    }

    // MARK: - Method calls

    /// LOAD_METHOD on a heap instance: (function, self) without a bound-method object when
    /// the attribute is a plain function of the class not shadowed by the instance dict.
    static func loadMethod(_ o: Value, _ t: TypeRef, _ name: Value) throws -> (Value, Value) {
        if let a = lookup(t, name), a.tag == .SW_TAG_OBJ {
            let at = a.obj.pointee.type
            if at == T.function || at == T.builtinFunction, ownAttribute(o, t, name) == nil {
                return (a, o)
            }
        }
        return (try Ops.getAttr(o, name), .unbound)
    }

    /// The function LOAD_METHOD's inline cache `ic` holds for instances of `t` (the site's
    /// AttrCache, its index the function's bits): valid while no class dict has changed
    /// (the epoch) and no instance of a class defining `name` may hold `name` itself
    /// (`shadowsClassAttribute`, see shadowingTracked), so the class's function is the
    /// method with no probe of the instance.
    @inline(__always)
    static func cachedMethod(_ t: TypeRef, _ name: Value, _ ic: UnsafeMutablePointer<AttrCache>) -> Value? {
        guard let bits = cachedIndex(ic, t), name.as(SwStr.self).pointee.shadowsClassAttribute == 0 else { return nil }
        return Value(tag: .SW_TAG_OBJ, bits: UInt64(UInt(bitPattern: bits)))
    }

    /// Fills LOAD_METHOD's inline cache after `loadMethod` found function `m` on `t`'s
    /// class for a name whose shadowing is tracked.
    static func fillMethodCache(_ t: TypeRef, _ name: Value, _ m: Value, _ ic: UnsafeMutablePointer<AttrCache>) {
        guard name.isObject(ofType: T.str), name.as(SwStr.self).pointee.isInterned != 0, shadowingTracked(name) else { return }
        fillCache(ic, t, Int(bitPattern: UInt(m.bits)))
    }
}

// MARK: - Inline caches (AttrCache, one per LOAD_ATTR/STORE_ATTR/LOAD_METHOD instruction)

extension Classes {
    /// What the cache holds for class `t` in this epoch (see AttrCache), if anything.
    @inline(__always)
    static func cachedIndex(_ ic: UnsafeMutablePointer<AttrCache>, _ t: TypeRef) -> Int? {
        let tb = UInt64(UInt(bitPattern: t))
        if ic.pointee.type == tb && ic.pointee.epoch == epoch { return ic.pointee.index }
        if ic.pointee.type2 == tb && ic.pointee.epoch2 == epoch { return ic.pointee.index2 }
        return nil
    }

    /// The attribute the site's cache finds in `o`: an inline value, or (a negative index:
    /// minus its byte offset) a `__slots__` member's field; nil when unset or not cached.
    @inline(__always)
    static func cachedInstanceAttr(_ o: Value, _ t: TypeRef, _ ic: UnsafeMutablePointer<AttrCache>) -> Value? {
        guard let i = cachedIndex(ic, t) else { return nil }
        if i < 0 {
            let v = field(o.obj, -i).pointee
            return v.tag == .SW_TAG_UNBOUND ? nil : v
        }
        guard let slot = inlineSlot(o, t) else { return nil }
        return inlineValue(slot, i)
    }

    @inline(__always)
    static func storeCachedInstanceAttr(_ o: Value, _ t: TypeRef, _ v: Value, _ ic: UnsafeMutablePointer<AttrCache>) -> Bool {
        guard let i = cachedIndex(ic, t) else { return false }
        if i < 0 {
            field(o.obj, -i).pointee = v
            return true
        }
        guard let slot = inlineSlot(o, t) else { return false }
        return storeInline(slot, i, v)
    }

    /// Points the cache at `name`'s index in `t`'s attribute-name table when the class has
    /// no attribute of that name (so the instance decides), or at the field of the
    /// `__slots__` member the class has for it (cached as minus its byte offset); for
    /// stores, only without a __setattr__ hook.
    static func fillAttrCache(_ o: Value, _ t: TypeRef, _ name: Value, _ ic: UnsafeMutablePointer<AttrCache>,
                              forStore: Bool = false) {
        // A class this site already caches in this epoch passed the class checks.
        var index: Int? = nil
        if cachedIndex(ic, t) == nil {
            guard name.as(SwStr.self).pointee.isInterned != 0 else { return }
            // (A __getattr__ only matters when the instance misses, and a miss leaves the fast path.)
            if forStore && userMethod(t, SN.__setattr__) != nil { return }
            if let a = lookup(t, name) {
                guard a.isObject(ofType: T.memberDescriptor) else { return }
                index = -Int(objectSlots(a.obj)[MemberSlot.offset].int)
            } else {
                guard let c = t.pointee.cache, c.pointee.inlineCapacity >= 0 else { return }
            }
        }
        guard let i = index ?? attributeIndex(t, name) else { return }
        fillCache(ic, t, i)
    }

    /// Puts (class `t`, this epoch, `index`) into a site's cache: its first entry when that
    /// holds `t` or is stale, else its second (a second class at the site: the first kept,
    /// the second replaced).
    static func fillCache(_ ic: UnsafeMutablePointer<AttrCache>, _ t: TypeRef, _ index: Int) {
        let tb = UInt64(UInt(bitPattern: t))
        if ic.pointee.type == tb || ic.pointee.epoch != epoch {
            ic.pointee.type = tb; ic.pointee.epoch = epoch; ic.pointee.index = index
        } else {
            ic.pointee.type2 = tb; ic.pointee.epoch2 = epoch; ic.pointee.index2 = index
        }
    }
}
