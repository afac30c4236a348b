// ClassInfo.swift — what the runtime keeps beside each class made by a `class` statement
// (a heap type): the layout of its instances, and a cache of attribute lookups along its
// MRO. A heap type's `typeId` is its index (+1) in `Classes.infos`.

/// The cold facts of one heap type; the hot ones (dict offset, solid base, trailing
/// values, inline attribute names, lookup cache) live in its C-layout SwClassCache, the
/// single copy.
final class ClassInfo {
    /// Every `__slots__` name, inherited ones first (slot i is the i-th trailing value).
    let slotNames: [String]
    var qualname: String
    /// The hot part, in C layout (read without reference counting): see SwClassCache.
    let cache: UnsafeMutablePointer<SwClassCache>

    init(type: TypeRef, solidBase: TypeRef, dictOffset: Int, slotNames: [String], trailingValues: Int, qualname: String) {
        self.slotNames = slotNames
        self.qualname = qualname
        cache = UnsafeMutablePointer<SwClassCache>.allocate(capacity: 1)
        cache.pointee.dictOffset = Int64(dictOffset)
        cache.pointee.epoch = -1
        cache.pointee.solidBase = solidBase
        cache.pointee.trailingValues = Int64(trailingValues)
        cache.pointee.fastInit = .unbound
        // (Instances of `object`-based classes with a dict: their attributes go after it.)
        cache.pointee.inlineCapacity = solidBase == T.object && dictOffset >= 0 ? 0 : -1
        cache.pointee.inlineSpare = Int64(Classes.spareInstances + Classes.youngInstances)
        Classes.attrKeys(cache).update(repeating: 0, count: Int(SW_ATTR_TABLE_SIZE))
        type.pointee.cache = cache
    }
}

extension Classes {
    @inline(__always) static func keys(_ c: UnsafeMutablePointer<SwClassCache>) -> UnsafeMutablePointer<UInt64> {
        UnsafeMutableRawPointer(c).advanced(by: MemoryLayout<SwClassCache>.offset(of: \SwClassCache.keys)!)
            .assumingMemoryBound(to: UInt64.self)
    }
    @inline(__always) static func attrKeys(_ c: UnsafeMutablePointer<SwClassCache>) -> UnsafeMutablePointer<UInt64> {
        UnsafeMutableRawPointer(c).advanced(by: MemoryLayout<SwClassCache>.offset(of: \SwClassCache.attrKeys)!)
            .assumingMemoryBound(to: UInt64.self)
    }
    @inline(__always) static func attrIndex(_ c: UnsafeMutablePointer<SwClassCache>) -> UnsafeMutablePointer<Int8> {
        UnsafeMutableRawPointer(c).advanced(by: MemoryLayout<SwClassCache>.offset(of: \SwClassCache.attrIndex)!)
            .assumingMemoryBound(to: Int8.self)
    }
    /// The hash of an interned name by its address (for the per-class tables).
    @inline(__always) static func nameHash(_ bits: UInt64) -> Int { Int(truncatingIfNeeded: (bits >> 4) ^ (bits >> 10)) }
    @inline(__always) static func values(_ c: UnsafeMutablePointer<SwClassCache>) -> UnsafeMutablePointer<SwValue> {
        UnsafeMutableRawPointer(c).advanced(by: MemoryLayout<SwClassCache>.offset(of: \SwClassCache.values)!)
            .assumingMemoryBound(to: SwValue.self)
    }

    /// Empties a class's cache and recomputes its derived facts for the current epoch.
    static func refresh(_ t: TypeRef) {
        let c = t.pointee.cache!
        keys(c).update(repeating: 0, count: Int(SW_CLASS_CACHE_SIZE))
        c.pointee.epoch = Int64(epoch)
        c.pointee.fastInit = .unbound
        let newFn = mroLookup(t, SN.__new__)
        if c.pointee.solidBase == T.object, newFn == nil || newFn!.identical(objectNew),
           let i = mroLookup(t, SN.__init__), i.isObject(ofType: T.function) {
            c.pointee.fastInit = i
        }
    }
}

public enum Classes {
    static var infos: [ClassInfo] = []
    /// Bumped whenever any class's dict changes or a class is created: invalidates every
    /// lookup cache at once.
    static var epoch = 0
    static let heapFlag = UInt32(SW_TYPEFLAG_HEAPTYPE)

    @inline(__always) static func isHeapType(_ t: TypeRef) -> Bool { t.pointee.flags & heapFlag != 0 }

    /// Whether `v` is an instance of a class made by a `class` statement.
    @inline(__always) static func isHeapInstance(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ && v.obj.pointee.type.pointee.flags & heapFlag != 0
    }

    @inline(__always) static func info(_ t: TypeRef) -> ClassInfo { infos[Int(t.pointee.typeId) - 1] }

    /// The fixed size of a solid base's layout, before any trailing values.
    static func fixedSize(_ solid: TypeRef) -> Int {
        switch solid.pointee.kind {
        case .SW_KIND_LIST: return MemoryLayout<SwList>.size
        case .SW_KIND_DICT: return MemoryLayout<SwDict>.size
        default:
            if solid.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
                return MemoryLayout<SwObject>.size + ExcSlot.count * MemoryLayout<SwValue>.size
            }
            return MemoryLayout<SwObject>.size
        }
    }

    /// The value at byte offset `offset` of an object.
    @inline(__always) static func field(_ o: ObjRef, _ offset: Int) -> UnsafeMutablePointer<SwValue> {
        (UnsafeMutableRawPointer(o) + offset).assumingMemoryBound(to: SwValue.self)
    }

    /// The instance dict of `o` (an instance of heap type `t`), created on first use with
    /// `create` (an instance keeping its attributes inline moves them into it); nil when
    /// instances have none (or, without `create`, none yet: attributes kept inline are
    /// not in a dict).
    @inline(__always)
    static func instanceDict(_ o: Value, _ t: TypeRef, create: Bool) -> Value? {
        let off = dictOffset(t)
        guard off >= 0 else { return nil }
        let p = field(o.obj, off)
        if p.pointee.tag == .SW_TAG_OBJ { return p.pointee }
        if !create { return nil }
        if p.pointee.tag == .SW_TAG_INT { return devolve(o, t) }
        let d = Dict.make()
        d.as(SwDict.self).pointee.flags = UInt64(SW_DICT_INSTANCE)
        p.pointee = d
        return d
    }

    // MARK: - Method shadowing

    /// Whether an instance's own attribute may hide its class's `name`. Traces call a
    /// method found on the class after one guard on this dict's version (a dict nobody
    /// reads), instead of probing the instance's dict on every call, for names no
    /// instance of a class defining them may hold (`shadowsClassAttribute` unset): the
    /// version moves on each time a name becomes such a shadow. A name a class dict holds
    /// from the class's creation cannot be in that class's instances' dicts yet (no
    /// instance exists before its class); an instance dict gaining a class attribute name,
    /// a class dict gaining later a name an instance dict may hold, or an instance's
    /// `__dict__` replaced by a dict holding class attribute names makes the name a shadow.
    nonisolated(unsafe) static let shadowWatch: Value = Heap.immortal { Dict.make() }

    /// Whether traces may rely on `shadowWatch` for instance lookups of `name`.
    static func shadowingTracked(_ name: Value) -> Bool {
        guard name.isObject(ofType: T.str) else { return false }
        let s = name.as(SwStr.self).pointee
        return s.isClassAttributeName != 0 && s.shadowsClassAttribute == 0
    }

    /// Whether an instance dict has held a key whose text had no interned str (its flags
    /// had nowhere to go): then any name a class dict gains later may be hidden.
    nonisolated(unsafe) static var untrackedInstanceKeys = false

    /// The interned str with `key`'s text, which carries the flags (the recorder reads
    /// them on the interned names of bytecode; a key made at run time, as setattr's with
    /// a computed name, is another object with the same text). Keys are not interned for
    /// this (interned strs live for good): nil when there is none and `create` is false.
    static func canonicalName(_ key: Value, create: Bool) -> UnsafeMutablePointer<SwStr>? {
        let s = key.as(SwStr.self)
        if s.pointee.isInterned != 0 { return s }
        let text = Str.swift(key)
        return (create ? Str.intern(text) : Str.internedIfPresent(text))?.as(SwStr.self)
    }

    static func markShadow(_ s: UnsafeMutablePointer<SwStr>) {
        guard s.pointee.shadowsClassAttribute == 0 else { return }      // (already no trace relies on it)
        s.pointee.shadowsClassAttribute = 1
        shadowWatch.as(SwDict.self).pointee.version &+= 1
    }

    /// An instance dict holds `key`.
    static func noteInstanceName(_ key: Value) {
        guard let s = canonicalName(key, create: false) else {
            // (No interned str: no class attribute has this name yet.)
            untrackedInstanceKeys = true
            return
        }
        s.pointee.inInstanceDict = 1
        if s.pointee.isClassAttributeName != 0 { markShadow(s) }
    }

    /// A new key in a dict with flags (Dict.set): an instance's or a class's attribute
    /// (a class's after its creation).
    static func noteNewKey(_ d: UnsafeMutablePointer<SwDict>, _ key: Value) {
        guard key.isObject(ofType: T.str) else { return }
        if d.pointee.flags & UInt64(SW_DICT_INSTANCE) != 0 { noteInstanceName(key) }
        if d.pointee.flags & UInt64(SW_DICT_CLASS) != 0 {
            let s = canonicalName(key, create: true)!
            s.pointee.isClassAttributeName = 1
            if s.pointee.inInstanceDict != 0 || untrackedInstanceKeys { markShadow(s) }
        }
    }

    /// A heap class's new dict: its names are class attribute names from now on.
    static func markClassDict(_ dict: Value) {
        for (k, _) in Dict.entries(dict) where k.isObject(ofType: T.str) {
            canonicalName(k, create: true)!.pointee.isClassAttributeName = 1
        }
        dict.as(SwDict.self).pointee.flags = UInt64(SW_DICT_CLASS)
    }

    /// A dict becomes an instance's `__dict__`.
    static func adoptInstanceDict(_ dict: Value) {
        for (k, _) in Dict.entries(dict) where k.isObject(ofType: T.str) { noteInstanceName(k) }
        dict.as(SwDict.self).pointee.flags |= UInt64(SW_DICT_INSTANCE)
    }

    // MARK: - Lookup along the MRO

    /// `name` looked up in the dicts of `t`'s MRO (cached for heap types).
    static func lookup(_ t: TypeRef, _ name: Value) -> Value? {
        guard let c = t.pointee.cache else { return Types.lookup(t, name) }
        if c.pointee.epoch != Int64(epoch) { refresh(t) }
        // Only interned names are cached: their address stays unique while the cache lives.
        guard name.as(SwStr.self).pointee.isInterned != 0 else { return mroLookup(t, name) }
        let i = nameHash(name.bits) & (Int(SW_CLASS_CACHE_SIZE) - 1)
        let k = keys(c), vs = values(c)
        if k[i] == name.bits {
            let v = vs[i]
            return v.tag == .SW_TAG_UNBOUND ? nil : v
        }
        let v = mroLookup(t, name)
        k[i] = name.bits
        vs[i] = v ?? .unbound
        return v
    }

    /// The Python `__init__` to enter directly for `C(...)`, if C qualifies.
    @inline(__always) static func fastInit(_ t: TypeRef) -> Value {
        let c = t.pointee.cache!
        if c.pointee.epoch != Int64(epoch) { refresh(t) }
        return c.pointee.fastInit
    }

    /// The instance-dict offset of a heap type (-1: none).
    @inline(__always) static func dictOffset(_ t: TypeRef) -> Int { Int(t.pointee.cache!.pointee.dictOffset) }

    /// The built-in layout a heap type's instances share.
    @inline(__always) static func solidBase(_ t: TypeRef) -> TypeRef { t.pointee.cache!.pointee.solidBase }

    static func mroLookup(_ t: TypeRef, _ name: Value) -> Value? {
        mroLookup(typeSlots(t)[Int(SW_TYPE_SLOT_MRO)], name, from: 0)
    }

    /// `name` in the dicts of the classes of MRO tuple `mro` from index `first` on.
    static func mroLookup(_ mro: Value, _ name: Value, from first: Int) -> Value? {
        mroLookup(UnsafeBufferPointer(start: Tuple.items(mro), count: Tuple.count(mro)), name, from: first)
    }

    /// `name` in the dicts of `classes` (an MRO) from index `first` on.
    static func mroLookup(_ classes: UnsafeBufferPointer<Value>, _ name: Value, from first: Int) -> Value? {
        for i in first..<max(first, classes.count) {
            let d = typeSlots(classes[i].as(SwType.self))[Int(SW_TYPE_SLOT_DICT)]
            if d.tag == .SW_TAG_OBJ, let v = Dict.getStr(d, name) { return v }
        }
        return nil
    }

    /// A special method defined in Python (not a built-in slot of a base type) on the type of
    /// a heap instance, or nil.
    @inline(__always) static func userMethod(_ t: TypeRef, _ name: Value) -> Value? {
        guard let m = lookup(t, name) else { return nil }
        if m.tag == .SW_TAG_OBJ && m.obj.pointee.type == T.builtinFunction { return nil }
        return m
    }

    // MARK: - Allocation

    /// A new, empty instance of heap type `t` laid out as its solid base.
    static func allocate(_ t: TypeRef) -> Value {
        let c = t.pointee.cache!
        let solid = c.pointee.solidBase
        let n = Int(c.pointee.trailingValues)
        switch solid.pointee.kind {
        case .SW_KIND_LIST:
            return List.make(type: t, extraValues: n)
        case .SW_KIND_DICT:
            return Dict.make(type: t, extraValues: n)
        default:
            if solid.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 { return Exceptions.make(t, args: []) }
            var inline = Int(c.pointee.inlineCapacity)
            if inline >= 0 && c.pointee.inlineSpare > 0 {
                // One of a class's first instances: room for the names it will learn.
                let first = c.pointee.inlineSpare > youngInstances
                c.pointee.inlineSpare -= 1
                inline = min(inline + (first ? spareValues : youngSpareValues), maxInlineAttributes)
            }
            let count = n + (inline >= 0 ? inlineBase + inline - 1 : 0)     // (n counts the dict slot)
            let o = Heap.allocate(t, size: MemoryLayout<SwObject>.size + count * MemoryLayout<SwValue>.size, nslots: count)
            if inline >= 0 { field(o, Int(c.pointee.dictOffset)).pointee = Value(int: Int64(inline)) }
            return Value(o)
        }
    }

    /// The name CPython shows for a class in reprs: `module.qualname` (no module for builtins).
    static func displayName(_ t: TypeRef) -> String {
        guard isHeapType(t) else { return Types.name(t) }
        let q = info(t).qualname
        if let m = Dict.getStr(Types.dict(t), Str.intern("__module__")), m.tag == .SW_TAG_OBJ,
           m.obj.pointee.type == T.str, Str.swift(m) != "builtins" {
            return Str.swift(m) + "." + q
        }
        return q
    }
}
