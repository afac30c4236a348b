// InlineAttributes.swift — instance attributes kept in the instance itself, not in a dict.
//
// An instance of a class whose built-in layout is plain `object` (with a __dict__) keeps
// its attributes inline while it can. After its trailing values (any __slots__ members,
// then the dict slot) come the order slot and `capacity` values, value i holding the
// attribute named by entry i of the class's attribute-name table. The table only grows,
// so a name's index never changes: the interpreter's inline caches and traces read
// attribute i at a fixed offset, with no hashing. A new instance gets one value per name
// the table holds then (`SwClassCache.inlineCapacity`).
//
// While the dict slot holds an int (the capacity), the instance's attributes are its
// bound inline values. Their order (the order `__dict__` shows, as in CPython) is index
// order, unless the order slot holds a list of indices: an instance that got a name
// whose index is below one it already had records its order there from then on (the
// fast paths leave a new attribute of such an instance to `setOwnAttribute`). The
// instance moves its attributes into a dict (`devolve`; the dict slot then holds the
// dict) when its `__dict__` is asked for, or when it gets a name beyond its capacity.
//
// The table is seeded when the class is made, with its bases' names and then every
// `self.name = ...` its methods make (`__init__`'s first), so that instances made before
// a method sets an attribute late have room for it; it learns any other name an instance
// gets. Its first instances are made with `spareValues` more values than the table has
// names, for names it has not seen yet, and the next `youngInstances` with a few more.
// The names are noted as instance names (Classes.noteInstanceName: method shadowing)
// when the table gains them, before any instance holds them.

extension Classes {
    /// The most names a class's attribute-name table holds.
    static let maxInlineAttributes = 32
    /// How many of a class's first instances get `spareValues` extra inline values, and
    /// how many after those get `youngSpareValues` (a name some other code sets late, such
    /// as go's `Square.temp_ledges`, set from `Board.useful`: without room the instances
    /// made before the table learned it move their attributes into dicts for good).
    static let spareInstances = 4
    static let spareValues = 12
    static let youngInstances = 256
    static let youngSpareValues = 2

    /// The index of `name` in `t`'s attribute-name table (with `add`, appended if there is
    /// room), or nil.
    @inline(__always)
    static func attributeIndex(_ t: TypeRef, _ name: Value, add: Bool = false) -> Int? {
        var bits = name.bits
        if name.as(SwStr.self).pointee.isInterned == 0 {
            guard let s = Str.internedIfPresent(Str.swift(name)) else { return add ? addAttributeName(t, name) : nil }
            bits = s.bits
        }
        let c = t.pointee.cache!
        let h = attributeProbe(c, bits)
        if attrKeys(c)[h] == bits { return Int(attrIndex(c)[h]) }
        return add ? addAttributeName(t, name) : nil
    }

    /// Where interned-name address `bits` is in a class's attribute-name table, or the
    /// free entry where it would go.
    @inline(__always)
    static func attributeProbe(_ c: UnsafeMutablePointer<SwClassCache>, _ bits: UInt64) -> Int {
        let keys = attrKeys(c), mask = Int(SW_ATTR_TABLE_SIZE) - 1
        var h = nameHash(bits) & mask
        while keys[h] != bits && keys[h] != 0 { h = (h + 1) & mask }
        return h
    }

    /// Appends `name` (not in it yet) to `t`'s attribute-name table, if there is room.
    /// (For a class whose instances keep attributes inline, the capacity new instances
    /// get is the number of names.)
    static func addAttributeName(_ t: TypeRef, _ name: Value) -> Int? {
        let c = t.pointee.cache!
        let i = Int(c.pointee.inlineCapacity)
        guard i >= 0 && i < maxInlineAttributes else { return nil }
        let canonical = Value(canonicalName(name, create: true)!)
        let h = attributeProbe(c, canonical.bits)
        attrKeys(c)[h] = canonical.bits
        attrIndex(c)[h] = Int8(i)
        noteInstanceName(canonical)
        c.pointee.inlineCapacity = Int64(i + 1)
        return i
    }

    /// The names of `t`'s attribute-name table, in index order.
    static func attributeNames(_ t: TypeRef) -> [Value] {
        let c = t.pointee.cache!
        var names = [Value](repeating: .none, count: max(Int(c.pointee.inlineCapacity), 0))
        for h in 0..<Int(SW_ATTR_TABLE_SIZE) where attrKeys(c)[h] != 0 {
            names[Int(attrIndex(c)[h])] = Value(tag: .SW_TAG_OBJ, bits: attrKeys(c)[h])
        }
        return names
    }

    /// The dict slot of `o` (heap type `t`) when `o` keeps its attributes inline: an int,
    /// the capacity; the order slot and the inline values follow it.
    @inline(__always)
    static func inlineSlot(_ o: Value, _ t: TypeRef) -> UnsafeMutablePointer<SwValue>? {
        let off = dictOffset(t)
        guard off >= 0 else { return nil }
        let p = field(o.obj, off)
        return p.pointee.tag == .SW_TAG_INT ? p : nil
    }

    /// Values from the dict slot to inline value 0 (the order slot between).
    static let inlineBase = 2

    /// The byte offset of inline value `i` in instances of `t`.
    static func inlineOffset(_ t: TypeRef, _ i: Int) -> Int {
        dictOffset(t) + (inlineBase + i) * MemoryLayout<SwValue>.size
    }

    /// Inline value `i` of an instance whose dict slot is `slot`, if it is bound.
    @inline(__always)
    static func inlineValue(_ slot: UnsafeMutablePointer<SwValue>, _ i: Int) -> Value? {
        guard i < Int(slot.pointee.int) else { return nil }
        let v = slot[inlineBase + i]
        return v.tag == .SW_TAG_UNBOUND ? nil : v
    }

    /// Stores inline value `i` when the instance's order needs no record: the value is
    /// bound already, or none after it is and the instance records no order. False
    /// otherwise (`setOwnAttribute` does it).
    @inline(__always)
    static func storeInline(_ slot: UnsafeMutablePointer<SwValue>, _ i: Int, _ v: Value) -> Bool {
        let capacity = Int(slot.pointee.int)
        guard i < capacity else { return false }
        if slot[inlineBase + i].tag == .SW_TAG_UNBOUND {
            if slot[1].tag != .SW_TAG_UNBOUND { return false }
            var j = i + 1
            while j < capacity {
                if slot[inlineBase + j].tag != .SW_TAG_UNBOUND { return false }
                j += 1
            }
        }
        slot[inlineBase + i] = v
        return true
    }

    /// The indices of an inline instance's bound values, in the order they were set.
    static func inlineOrder(_ slot: UnsafeMutablePointer<SwValue>) -> [Int] {
        if slot[1].tag != .SW_TAG_UNBOUND { return List.array(slot[1]).map { Int($0.int) } }
        return (0..<Int(slot.pointee.int)).filter { slot[inlineBase + $0].tag != .SW_TAG_UNBOUND }
    }

    /// Sets inline value `i` (within the capacity), recording the order if it changes.
    static func setInline(_ slot: UnsafeMutablePointer<SwValue>, _ i: Int, _ v: Value) {
        if !storeInline(slot, i, v) {
            // A new attribute: appended to the order (recorded from now on).
            var order = inlineOrder(slot)
            order.append(i)
            slot[1] = List.make(order.map { Value(int: Int64($0)) })
            slot[inlineBase + i] = v
        }
    }

    /// Moves an instance's inline attributes into a new dict, its dict from now on.
    static func devolve(_ o: Value, _ t: TypeRef) -> Value {
        let slot = inlineSlot(o, t)!
        let names = attributeNames(t)
        let d = Dict.make()
        for i in inlineOrder(slot) {
            Dict.setStr(d, names[i], slot[inlineBase + i])
        }
        for i in 0..<Int(slot.pointee.int) { slot[inlineBase + i] = .unbound }
        slot[1] = .unbound
        d.as(SwDict.self).pointee.flags = UInt64(SW_DICT_INSTANCE)     // (names noted already)
        slot.pointee = d
        return d
    }

    /// Instance `o`'s own attribute `name`: inline or in its dict.
    @inline(__always)
    static func ownAttribute(_ o: Value, _ t: TypeRef, _ name: Value) -> Value? {
        if let slot = inlineSlot(o, t) {
            guard let i = attributeIndex(t, name) else { return nil }
            return inlineValue(slot, i)
        }
        return instanceDict(o, t, create: false).flatMap { Dict.getStr($0, name) }
    }

    /// Sets instance `o`'s own attribute `name`; false when instances of `t` have no dict.
    static func setOwnAttribute(_ o: Value, _ t: TypeRef, _ name: Value, _ v: Value) -> Bool {
        if let slot = inlineSlot(o, t) {
            if let i = attributeIndex(t, name, add: true), i < Int(slot.pointee.int) {
                setInline(slot, i, v)
                return true
            }
            _ = devolve(o, t)
        }
        guard let d = instanceDict(o, t, create: true) else { return false }
        Dict.setStr(d, name, v)
        return true
    }

    /// Deletes instance `o`'s own attribute `name`; false when it has none.
    static func deleteOwnAttribute(_ o: Value, _ t: TypeRef, _ name: Value) throws -> Bool {
        if let slot = inlineSlot(o, t) {
            guard let i = attributeIndex(t, name), inlineValue(slot, i) != nil else { return false }
            if slot[1].tag != .SW_TAG_UNBOUND {
                slot[1] = List.make(inlineOrder(slot).filter { $0 != i }.map { Value(int: Int64($0)) })
            }
            slot[inlineBase + i] = .unbound
            return true
        }
        guard let d = instanceDict(o, t, create: false) else { return false }
        return try Dict.remove(d, name) != nil
    }

    /// Seeds a new class's attribute-name table: its bases' names (in MRO order), then
    /// the names its methods store into their first argument, `__init__`'s first (a hint
    /// only: any order and any name stays correct).
    static func seedAttributeNames(_ t: TypeRef) {
        guard t.pointee.cache!.pointee.inlineCapacity >= 0 else { return }
        for b in Types.mro(t).dropFirst() {
            let bt = b.as(SwType.self)
            guard isHeapType(bt) else { continue }
            for n in attributeNames(bt) { _ = attributeIndex(t, n, add: true) }
        }
        let entries = Dict.entries(Types.dict(t))
        let methods = entries.filter { $0.key.identical(SN.__init__) } + entries.filter { !$0.key.identical(SN.__init__) }
        for (_, f) in methods where f.isObject(ofType: T.function) {
            let info = CodeInfo.from(objectSlots(f.obj)[FuncSlot.code])
            let code = info.code
            guard code.argCount > 0, !code.cellRegisters.contains(0) else { continue }
            for ins in code.instructions where ins.op == .SW_OP_STORE_ATTR && ins.a == 0 {
                _ = attributeIndex(t, info.names[ins.b], add: true)
            }
        }
    }
}
