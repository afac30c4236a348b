// Dict.swift — dict objects: a compact, insertion-ordered hash table (dense entry array
// plus a sparse index of entry numbers), as CPython's since 3.6.
import Glibc

public enum Dict {
    static let empty: Int64 = -1
    static let deleted: Int64 = -2

    public static func make(capacity: Int = 0) -> Value {
        let o = Heap.allocate(T.dict, size: MemoryLayout<SwDict>.size)
        let v = Value(o)
        resize(v.as(SwDict.self), indexSize: indexSize(for: max(capacity, 5)))
        return v
    }

    /// An empty dict of a dict subclass, with `extraValues` traced values (its __slots__
    /// and __dict__) after the dict's fields.
    static func make(type: TypeRef, extraValues: Int) -> Value {
        let o = Heap.allocate(type, size: MemoryLayout<SwDict>.size + extraValues * MemoryLayout<SwValue>.size,
                              nslots: extraValues)
        let v = Value(o)
        resize(v.as(SwDict.self), indexSize: indexSize(for: 5))
        return v
    }

    /// Frees a dict's table block (index and entries), sized by its current index mask.
    static func freeTable(_ d: UnsafeMutablePointer<SwDict>) {
        guard let index = d.pointee.index else { return }
        let indexSize = Int(d.pointee.indexMask) + 1
        Heap.rawFree(UnsafeMutableRawPointer(index), tableBytes(indexSize))
    }

    /// Entries a table with `indexSize` index slots holds.
    @inline(__always) static func entryCapacity(_ indexSize: Int) -> Int { indexSize * 2 / 3 }

    /// The size of a table's block: the index (8-byte slots), then the entries.
    @inline(__always) static func tableBytes(_ indexSize: Int) -> Int {
        indexSize * 8 + entryCapacity(indexSize) * MemoryLayout<SwDictEntry>.size
    }

    static func indexSize(for n: Int) -> Int {
        var s = 8
        while s * 2 < n * 3 { s <<= 1 }
        return s
    }

    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.as(SwDict.self).pointee.count) }

    static func resize(_ d: UnsafeMutablePointer<SwDict>, indexSize: Int) {
        let oldEntries = d.pointee.entries
        let oldUsed = Int(d.pointee.used)
        let cap = entryCapacity(indexSize)
        // One block: the index table first (8-byte entries), then the entry array. `index`
        // owns the block; `entries` points into it.
        let bytes = tableBytes(indexSize)
        let block = Heap.rawAlloc(bytes)
        let index = block.assumingMemoryBound(to: Int64.self)
        let entries = (block + indexSize * 8).assumingMemoryBound(to: SwDictEntry.self)
        for i in 0..<indexSize { index[i] = empty }
        Heap.noteExternal(bytes)
        var n = 0
        let mask = indexSize - 1
        if let old = oldEntries {
            for i in 0..<oldUsed where old[i].key.tag != .SW_TAG_UNBOUND {
                entries[n] = old[i]
                var slot = Int(truncatingIfNeeded: old[i].hash) & mask
                var perturb = UInt64(bitPattern: old[i].hash)
                while index[slot] != empty {
                    perturb >>= 5
                    slot = (slot &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
                }
                index[slot] = Int64(n)
                n += 1
            }
        }
        _ = oldEntries
        freeTable(d)
        d.pointee.entries = entries
        d.pointee.index = index
        d.pointee.entryCapacity = Int64(cap)
        d.pointee.indexMask = Int64(mask)
        d.pointee.used = Int64(n)
        d.pointee.count = Int64(n)
        // (Compacting renumbers entries: traces that read entries by number must re-check.)
        d.pointee.keysVersion &+= 1
    }

    /// Finds the index slot for `key`: (slot, entry number or -1).
    @inline(__always)
    static func lookup(_ d: UnsafeMutablePointer<SwDict>, _ key: Value, _ hash: Int64) throws -> (slot: Int, entry: Int) {
        let mask = Int(d.pointee.indexMask)
        let index = d.pointee.index!
        let entries = d.pointee.entries!
        var slot = Int(truncatingIfNeeded: hash) & mask
        var perturb = UInt64(bitPattern: hash)
        var freeSlot = -1
        while true {
            let e = index[slot]
            if e == empty { return (freeSlot >= 0 ? freeSlot : slot, -1) }
            if e == deleted {
                if freeSlot < 0 { freeSlot = slot }
            } else {
                let entry = entries[Int(e)]
                if entry.hash == hash {
                    if entry.key.identical(key) { return (slot, Int(e)) }
                    if try Ops.equal(entry.key, key) {
                        // The table may have changed during a user __eq__; good enough here.
                        return (slot, Int(e))
                    }
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    public static func get(_ v: Value, _ key: Value) throws -> Value? {
        let d = v.as(SwDict.self)
        if d.pointee.count == 0 { return nil }
        let h = try Ops.hash(key)
        let (_, e) = try lookup(d, key, h)
        return e >= 0 ? d.pointee.entries[e].value : nil
    }

    /// Lookup by an str key (globals, attributes): no user code can run.
    @inline(__always)
    public static func getStr(_ v: Value, _ key: Value) -> Value? {
        guard let i = findStr(v, key, identicalOnly: false) else { return nil }
        return v.as(SwDict.self).pointee.entries[i].value
    }

    /// The entry number of str `key` (equal strs match unless `identicalOnly`), or nil.
    @inline(__always)
    static func findStr(_ v: Value, _ key: Value, identicalOnly: Bool) -> Int? {
        let d = v.as(SwDict.self)
        let h = Str.hash(key)
        let mask = Int(d.pointee.indexMask)
        let index = d.pointee.index!
        let entries = d.pointee.entries!
        var slot = Int(truncatingIfNeeded: h) & mask
        var perturb = UInt64(bitPattern: h)
        while true {
            let e = index[slot]
            if e == empty { return nil }
            if e >= 0 {
                let entry = entries[Int(e)]
                if entry.hash == h && entry.key.tag == .SW_TAG_OBJ
                    && (entry.key.bits == key.bits
                        || (!identicalOnly && entry.key.obj.pointee.type == T.str && Str.equal(entry.key, key))) {
                    return Int(e)
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    public static func set(_ v: Value, _ key: Value, _ value: Value) throws {
        let h = try Ops.hash(key)
        try set(v, key, value, hash: h)
    }

    public static func set(_ v: Value, _ key: Value, _ value: Value, hash h: Int64) throws {
        let d = v.as(SwDict.self)
        let (slot, e) = try lookup(d, key, h)
        if e >= 0 {
            setEntryValue(v, e, value)
            return
        }
        if d.pointee.used >= d.pointee.entryCapacity {
            resize(d, indexSize: indexSize(for: Int(d.pointee.count) * 2 + 1))
            return try set(v, key, value, hash: h)
        }
        let n = Int(d.pointee.used)
        d.pointee.entries[n] = SwDictEntry(hash: h, key: key, value: value)
        d.pointee.index[slot] = Int64(n)
        d.pointee.used += 1
        d.pointee.count += 1
        d.pointee.version &+= 1
        d.pointee.keysVersion &+= 1
        if d.pointee.flags != 0 { Classes.noteNewKey(d, key) }
    }

    /// The entry number of the very str object `key`, or nil (attribute inline caches).
    static func entryIndex(_ v: Value, _ key: Value) -> Int? { findStr(v, key, identicalOnly: true) }

    /// The value of entry `i` (a live entry).
    static func entryValue(_ v: Value, _ i: Int) -> Value { v.as(SwDict.self).pointee.entries[i].value }

    /// Replaces the value of live entry `i` (its key stays), as `set` would.
    static func setEntryValue(_ v: Value, _ i: Int, _ value: Value) {
        let d = v.as(SwDict.self)
        d.pointee.entries[i].value = value
        d.pointee.version &+= 1
    }

    public static func setStr(_ v: Value, _ key: Value, _ value: Value) {
        try! set(v, key, value, hash: Str.hash(key))
    }

    public static func setStr(_ v: Value, _ key: String, _ value: Value) {
        setStr(v, Str.intern(key), value)
    }

    /// Removes `key`; returns its value, or nil if absent.
    @discardableResult
    public static func remove(_ v: Value, _ key: Value) throws -> Value? {
        let d = v.as(SwDict.self)
        if d.pointee.count == 0 { return nil }
        let h = try Ops.hash(key)
        let (slot, e) = try lookup(d, key, h)
        if e < 0 { return nil }
        let old = d.pointee.entries[e].value
        d.pointee.entries[e].key = .unbound
        d.pointee.entries[e].value = .unbound
        d.pointee.index[slot] = deleted
        d.pointee.count -= 1
        d.pointee.version &+= 1
        d.pointee.keysVersion &+= 1
        return old
    }

    public static func clear(_ v: Value) {
        let d = v.as(SwDict.self)
        freeTable(d)
        d.pointee.index = nil
        d.pointee.entries = nil
        d.pointee.used = 0; d.pointee.count = 0
        resize(d, indexSize: 8)
        d.pointee.version &+= 1
        d.pointee.keysVersion &+= 1
    }

    /// Live entries in insertion order.
    public static func entries(_ v: Value) -> [(key: Value, value: Value)] {
        let d = v.as(SwDict.self)
        var out: [(Value, Value)] = []
        out.reserveCapacity(Int(d.pointee.count))
        for i in 0..<Int(d.pointee.used) {
            let e = d.pointee.entries[i]
            if e.key.tag != .SW_TAG_UNBOUND { out.append((e.key, e.value)) }
        }
        return out
    }

    /// The next live entry at or after position `i` (for iterators), or nil.
    public static func entry(_ v: Value, from i: Int) -> (index: Int, key: Value, value: Value)? {
        let d = v.as(SwDict.self)
        var j = i
        while j < Int(d.pointee.used) {
            let e = d.pointee.entries[j]
            if e.key.tag != .SW_TAG_UNBOUND { return (j, e.key, e.value) }
            j += 1
        }
        return nil
    }

    public static func copy(_ v: Value) -> Value {
        let r = make(capacity: count(v))
        let d = v.as(SwDict.self)
        // Keys already in a dict are distinct and hashed: reuse the stored hashes.
        for i in 0..<Int(d.pointee.used) {
            let e = d.pointee.entries[i]
            if e.key.tag != .SW_TAG_UNBOUND { try! set(r, e.key, e.value, hash: e.hash) }
        }
        return r
    }
}
