// Set.swift — set and frozenset objects: open addressing with CPython's probe sequence
// and resize policy, so a set's iteration order matches CPython's for the same inserts.
//
// An empty entry has key.tag == UNBOUND; a deleted ("dummy") one has key.tag == UNBOUND
// and hash == -1... which would be ambiguous, so dummies are key.tag == UNBOUND with
// `bits == 1`.
import Glibc

public enum PySet {
    static let linearProbes = 9
    static let minSize = 8

    public static func make(frozen: Bool = false) -> Value {
        let o = Heap.allocate(frozen ? T.frozenset : T.set, size: MemoryLayout<SwSet>.size)
        let s = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwSet.self)
        s.pointee.table = smallTable(s)
        s.pointee.mask = Int64(minSize - 1)
        s.pointee.hash = -1
        return Value(o)
    }

    /// A set's own 8 entries (zeroed with the object), its table until it grows.
    @inline(__always) static func smallTable(_ s: UnsafeMutablePointer<SwSet>) -> UnsafeMutablePointer<SwSetEntry> {
        (UnsafeMutableRawPointer(s) + MemoryLayout<SwSet>.offset(of: \SwSet.small)!).assumingMemoryBound(to: SwSetEntry.self)
    }

    /// Frees a set's table unless it is the set's own small table.
    static func releaseTable(_ s: UnsafeMutablePointer<SwSet>) {
        guard let t = s.pointee.table, t != smallTable(s) else { return }
        freeTable(t, mask: s.pointee.mask)
    }

    /// A zeroed (all empty) table of `n` entries, from the heap's raw blocks. Free it with
    /// `freeTable` (its size is the set's mask + 1).
    static func allocTable(_ n: Int) -> UnsafeMutablePointer<SwSetEntry> {
        Heap.noteExternal(n * MemoryLayout<SwSetEntry>.size)
        return Heap.rawAlloc(n * MemoryLayout<SwSetEntry>.size).assumingMemoryBound(to: SwSetEntry.self)
    }

    static func freeTable(_ table: UnsafeMutablePointer<SwSetEntry>?, mask: Int64) {
        Heap.rawFree(table.map { UnsafeMutableRawPointer($0) }, Int(mask + 1) * MemoryLayout<SwSetEntry>.size)
    }

    static let emptyEntry = SwSetEntry(hash: 0, key: SwValue(tag: .SW_TAG_UNBOUND, bits: 0))

    @inline(__always) static func isEmpty(_ e: SwSetEntry) -> Bool { e.key.tag == .SW_TAG_UNBOUND && e.key.bits == 0 }
    @inline(__always) static func isDummy(_ e: SwSetEntry) -> Bool { e.key.tag == .SW_TAG_UNBOUND && e.key.bits == 1 }
    @inline(__always) static func isLive(_ e: SwSetEntry) -> Bool { e.key.tag != .SW_TAG_UNBOUND }

    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.as(SwSet.self).pointee.used) }

    /// Hashing `v` and comparing it with other such values runs no Python code and cannot
    /// fail: a plain key (`isPlainKey`) or an exact tuple of plain keys.
    static func hashRunsNoCode(_ v: Value) -> Bool {
        if isPlainKey(v) { return true }
        guard v.isObject(ofType: T.tuple) else { return false }
        for i in 0..<Tuple.count(v) where !isPlainKey(Tuple.items(v)[i]) { return false }
        return true
    }

    /// An int, float, bool, None or exact str.
    static func isPlainKey(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ ? v.isObject(ofType: T.str) || v.isObject(ofType: T.int) : v.tag != .SW_TAG_UNBOUND
    }

    public static func add(_ v: Value, _ key: Value) throws {
        let h = try Ops.hash(key)
        try add(v, key, hash: h)
    }

    /// `add` of an int key: a probe that compares bits (equal ints are the same bits)
    /// and runs no code. A deleted entry on the way, or an entry of another type with
    /// the same hash (a float or bool equal to the int), leaves the rest to `add`.
    static func addInt(_ v: Value, _ key: Value) {
        let hash = Num.hashInt(key.int)
        let s = v.as(SwSet.self)
        let mask = Int(s.pointee.mask)
        let table = s.pointee.table!
        var i = Int(truncatingIfNeeded: hash) & mask
        var perturb = UInt64(bitPattern: hash)
        while true {
            let last = i + linearProbes <= mask ? i + linearProbes : i
            for j in i...last {
                let e = table[j]
                if e.key.tag == .SW_TAG_UNBOUND {
                    guard e.key.bits == 0 else { try? add(v, key, hash: hash); return }   // a dummy
                    fillEmpty(v, j, key, hash)
                    return
                }
                if e.hash == hash {
                    if e.key.tag == .SW_TAG_INT && e.key.bits == key.bits { return }
                    if e.key.tag != .SW_TAG_INT { try? add(v, key, hash: hash); return }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    static func add(_ v: Value, _ key: Value, hash: Int64) throws {
        let s = v.as(SwSet.self)
        let mask = Int(s.pointee.mask)
        var i = Int(truncatingIfNeeded: hash) & mask
        var perturb = UInt64(bitPattern: hash)
        var freeSlot = -1
        let table = s.pointee.table!
        while true {
            var probes = i + linearProbes <= mask ? linearProbes : 0
            var j = i
            while true {
                let e = table[j]
                if isEmpty(e) {
                    if freeSlot >= 0 {
                        table[freeSlot] = SwSetEntry(hash: hash, key: key)
                        s.pointee.used += 1
                        return
                    }
                    fillEmpty(v, j, key, hash)
                    return
                }
                if isLive(e) && e.hash == hash {
                    if e.key.identical(key) { return }
                    if try Ops.equal(e.key, key) { return }
                } else if isDummy(e) {
                    // CPython reuses the last deleted slot on the probe path.
                    freeSlot = j
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// Puts `key` into empty entry `j` of set `v`'s table, then grows the table when it
    /// is 3/5 full, as CPython's set_add_entry.
    @inline(__always)
    static func fillEmpty(_ v: Value, _ j: Int, _ key: Value, _ hash: Int64) {
        let s = v.as(SwSet.self)
        s.pointee.table[j] = SwSetEntry(hash: hash, key: key)
        s.pointee.fill += 1
        s.pointee.used += 1
        if Int(s.pointee.fill) * 5 >= Int(s.pointee.mask) * 3 {
            let used = Int(s.pointee.used)
            resize(v, used > 50000 ? used * 2 : used * 4)
        }
    }

    static func insertClean(_ table: UnsafeMutablePointer<SwSetEntry>, _ mask: Int, _ key: Value, _ hash: Int64) {
        var i = Int(truncatingIfNeeded: hash) & mask
        var perturb = UInt64(bitPattern: hash)
        while true {
            if isEmpty(table[i]) { table[i] = SwSetEntry(hash: hash, key: key); return }
            if i + linearProbes <= mask {
                for j in 1...linearProbes where isEmpty(table[i + j]) {
                    table[i + j] = SwSetEntry(hash: hash, key: key)
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    static func resize(_ v: Value, _ minUsed: Int) {
        let s = v.as(SwSet.self)
        var newSize = minSize
        while newSize <= minUsed { newSize <<= 1 }
        let old = s.pointee.table!
        let oldMask = Int(s.pointee.mask)
        let small = smallTable(s)
        // An 8-entry table is the small one (CPython's resize does the same); if the old
        // table is that too, its entries move out first.
        let saved = old == small && newSize == minSize ? Array(UnsafeBufferPointer(start: small, count: minSize)) : nil
        let table: UnsafeMutablePointer<SwSetEntry>
        if newSize == minSize {
            small.update(repeating: emptyEntry, count: minSize)
            table = small
        } else {
            table = allocTable(newSize)
        }
        func reinsert(_ from: UnsafePointer<SwSetEntry>) {
            for i in 0...oldMask where isLive(from[i]) { insertClean(table, newSize - 1, from[i].key, from[i].hash) }
        }
        if let saved {
            saved.withUnsafeBufferPointer { reinsert($0.baseAddress!) }
        } else {
            reinsert(old)
            if old != small { freeTable(old, mask: Int64(oldMask)) }
        }
        s.pointee.table = table
        s.pointee.mask = Int64(newSize - 1)
        s.pointee.fill = s.pointee.used
    }

    public static func contains(_ v: Value, _ key: Value) throws -> Bool {
        try find(v, key, hash: try Ops.hash(key)) >= 0
    }

    static func find(_ v: Value, _ key: Value, hash: Int64) throws -> Int {
        let s = v.as(SwSet.self)
        let mask = Int(s.pointee.mask)
        let table = s.pointee.table!
        var i = Int(truncatingIfNeeded: hash) & mask
        var perturb = UInt64(bitPattern: hash)
        while true {
            var probes = i + linearProbes <= mask ? linearProbes : 0
            var j = i
            while true {
                let e = table[j]
                if isEmpty(e) { return -1 }
                if isLive(e) && e.hash == hash {
                    if e.key.identical(key) { return j }
                    if try Ops.equal(e.key, key) { return j }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// Removes `key`; returns whether it was present.
    @discardableResult
    public static func discard(_ v: Value, _ key: Value) throws -> Bool {
        let j = try find(v, key, hash: try Ops.hash(key))
        if j < 0 { return false }
        let s = v.as(SwSet.self)
        s.pointee.table[j] = SwSetEntry(hash: -1, key: SwValue(tag: .SW_TAG_UNBOUND, bits: 1))
        s.pointee.used -= 1
        return true
    }

    /// Live keys in table order (CPython's iteration order).
    public static func items(_ v: Value) -> [Value] {
        let s = v.as(SwSet.self)
        var out: [Value] = []
        out.reserveCapacity(Int(s.pointee.used))
        for i in 0...Int(s.pointee.mask) where isLive(s.pointee.table[i]) { out.append(s.pointee.table[i].key) }
        return out
    }

    /// Entries with hashes, for merging without rehashing.
    static func entries(_ v: Value) -> [SwSetEntry] {
        let s = v.as(SwSet.self)
        var out: [SwSetEntry] = []
        for i in 0...Int(s.pointee.mask) where isLive(s.pointee.table[i]) { out.append(s.pointee.table[i]) }
        return out
    }

    /// Adds every element of another set (CPython's set_merge: grow first, then insert
    /// in the other's table order).
    public static func merge(_ v: Value, from other: Value) throws {
        let s = v.as(SwSet.self)
        let otherUsed = count(other)
        if otherUsed == 0 { return }
        if (Int(s.pointee.fill) + otherUsed) * 5 >= Int(s.pointee.mask) * 3 {
            resize(v, (Int(s.pointee.used) + otherUsed) * 2)
        }
        for e in entries(other) { try add(v, e.key, hash: e.hash) }
    }

    public static func clear(_ v: Value) {
        let s = v.as(SwSet.self)
        releaseTable(s)
        s.pointee.table = smallTable(s)
        s.pointee.table.update(repeating: emptyEntry, count: minSize)
        s.pointee.mask = Int64(minSize - 1)
        s.pointee.fill = 0
        s.pointee.used = 0
    }

    /// Removes and returns an arbitrary element (CPython's finger walk), nil if empty.
    public static func pop(_ v: Value) -> Value? {
        let s = v.as(SwSet.self)
        if s.pointee.used == 0 { return nil }
        let mask = Int(s.pointee.mask)
        var i = Int(s.pointee.finger) & mask
        while !isLive(s.pointee.table[i]) { i = (i + 1) & mask }
        let key = s.pointee.table[i].key
        s.pointee.table[i] = SwSetEntry(hash: -1, key: SwValue(tag: .SW_TAG_UNBOUND, bits: 1))
        s.pointee.used -= 1
        s.pointee.finger = Int64((i + 1) & mask)
        return key
    }
}
