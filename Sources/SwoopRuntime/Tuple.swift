// Tuple.swift — tuple objects: a fixed count of values inline after the header.
import Glibc

public enum Tuple {
    public static func allocate(_ n: Int) -> Value {
        let o = Heap.allocate(T.tuple, size: MemoryLayout<SwObject>.size + n * MemoryLayout<SwValue>.size, nslots: n)
        return Value(o)
    }

    public static func make(_ items: [Value]) -> Value {
        let v = allocate(items.count)
        let p = tupleItems(v.as(SwTuple.self))
        for (i, x) in items.enumerated() { p[i] = x }
        return v
    }

    public static func make(_ items: UnsafePointer<SwValue>, count: Int) -> Value {
        let v = allocate(count)
        if count > 0 { memcpy(tupleItems(v.as(SwTuple.self)), items, count * MemoryLayout<SwValue>.size) }
        return v
    }

    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.obj.pointee.nslots) }
    @inline(__always) public static func items(_ v: Value) -> UnsafeMutablePointer<SwValue> { tupleItems(v.as(SwTuple.self)) }
    public static func array(_ v: Value) -> [Value] { Array(UnsafeBufferPointer(start: items(v), count: count(v))) }
}

public enum List {
    /// Item space a new list of up to this many bytes keeps in its own block (see `make`).
    static let inlineItemBytes = 256

    /// A new, empty list with room for `capacity` items. A list always owns an item buffer,
    /// so `items` is never null (even for []). Room for a few items is allocated in the
    /// list's own block, after its fields: one allocation instead of two, and the items
    /// beside the header (a slice, a comprehension, `list(range(n))`). A list that outgrows
    /// it moves its items to a separate buffer and leaves that space unused.
    public static func make(capacity: Int = 0) -> Value {
        let cap = max(capacity, 1)
        let header = MemoryLayout<SwList>.size
        if cap * MemoryLayout<SwValue>.size <= inlineItemBytes {
            let o = Heap.allocate(T.list, size: header + cap * MemoryLayout<SwValue>.size)
            let l = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwList.self)
            l.pointee.items = (UnsafeMutableRawPointer(o) + header).assumingMemoryBound(to: SwValue.self)
            l.pointee.capacity = Int64(cap)
            return Value(o)
        }
        let v = Value(Heap.allocate(T.list, size: header))
        reserve(v, cap)
        return v
    }

    /// Whether a list's items are in its own block (`make`), not in a buffer of their own.
    @inline(__always) static func itemsInline(_ l: UnsafeMutablePointer<SwList>) -> Bool {
        UnsafeMutableRawPointer(l.pointee.items) == UnsafeMutableRawPointer(l) + MemoryLayout<SwList>.size
    }

    /// An empty list of a list subclass, with `extraValues` traced values (its __slots__
    /// and __dict__) after the list's fields.
    static func make(type: TypeRef, extraValues: Int) -> Value {
        let o = Heap.allocate(type, size: MemoryLayout<SwList>.size + extraValues * MemoryLayout<SwValue>.size,
                              nslots: extraValues)
        let v = Value(o)
        reserve(v, 1)
        return v
    }

    public static func make(_ items: [Value]) -> Value {
        let v = make(capacity: items.count)
        for x in items { append(v, x) }
        return v
    }

    public static func make(_ items: UnsafePointer<SwValue>, count: Int) -> Value {
        let v = make(capacity: count)
        let l = v.as(SwList.self)
        if count > 0 { memcpy(l.pointee.items, items, count * MemoryLayout<SwValue>.size) }
        l.pointee.count = Int64(count)
        return v
    }

    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.as(SwList.self).pointee.count) }
    @inline(__always) public static func items(_ v: Value) -> UnsafeMutablePointer<SwValue> { v.as(SwList.self).pointee.items }

    /// A new list of list `a`'s items then list `b`'s (`a + b`).
    public static func concat(_ a: Value, _ b: Value) -> Value {
        let na = count(a), nb = count(b)
        let v = make(capacity: na + nb)
        let p = items(v)
        if na > 0 { memcpy(p, items(a), na * MemoryLayout<SwValue>.size) }
        if nb > 0 { memcpy(p + na, items(b), nb * MemoryLayout<SwValue>.size) }
        v.as(SwList.self).pointee.count = Int64(na + nb)
        return v
    }

    public static func array(_ v: Value) -> [Value] {
        let n = count(v)
        return n == 0 ? [] : Array(UnsafeBufferPointer(start: items(v), count: n))
    }

    public static func reserve(_ v: Value, _ capacity: Int) {
        let l = v.as(SwList.self)
        let oldCap = Int(l.pointee.capacity)
        if oldCap >= capacity { return }
        let newCap = max(capacity, oldCap * 2, 4)
        // Item buffers of up to 1 KiB come from the heap's raw block pool.
        let p = Heap.rawAlloc(newCap * MemoryLayout<SwValue>.size).assumingMemoryBound(to: SwValue.self)
        if let old = l.pointee.items {
            memcpy(p, old, Int(l.pointee.count) * MemoryLayout<SwValue>.size)
            if !itemsInline(l) { Heap.rawFree(UnsafeMutableRawPointer(old), oldCap * MemoryLayout<SwValue>.size) }
        }
        l.pointee.items = p
        Heap.noteExternal((newCap - oldCap) * MemoryLayout<SwValue>.size)
        l.pointee.capacity = Int64(newCap)
    }

    /// Frees a list's item buffer (sized by its capacity).
    static func freeItems(_ l: UnsafeMutablePointer<SwList>) {
        if itemsInline(l) { return }
        Heap.rawFree(l.pointee.items.map { UnsafeMutableRawPointer($0) }, Int(l.pointee.capacity) * MemoryLayout<SwValue>.size)
    }

    @inline(__always)
    public static func append(_ v: Value, _ x: Value) {
        let l = v.as(SwList.self)
        if l.pointee.count == l.pointee.capacity { reserve(v, Int(l.pointee.count) + 1) }
        l.pointee.items[Int(l.pointee.count)] = x
        l.pointee.count += 1
    }

    /// Reverses the `count` items from index `from` in place (within the list).
    static func reverse(_ v: Value, from: Int = 0, count: Int) {
        let p = items(v)
        var i = from, j = from + count - 1
        while i < j {
            let t = p[i]; p[i] = p[j]; p[j] = t
            i += 1; j -= 1
        }
    }

    public static func insert(_ v: Value, _ i: Int, _ x: Value) {
        let n = count(v)
        reserve(v, n + 1)
        let p = items(v)
        if i < n { memmove(p + i + 1, p + i, (n - i) * MemoryLayout<SwValue>.size) }
        p[i] = x
        v.as(SwList.self).pointee.count += 1
    }

    /// `list.insert(i, x)`: a negative i counts from the end, and i is clamped to the list.
    public static func insert(_ v: Value, clamping i: Int, _ x: Value) {
        let n = count(v)
        insert(v, i < 0 ? max(i + n, 0) : min(i, n), x)
    }

    public static func remove(_ v: Value, at i: Int) -> Value {
        let n = count(v)
        let p = items(v)
        let x = p[i]
        if i < n - 1 { memmove(p + i, p + i + 1, (n - i - 1) * MemoryLayout<SwValue>.size) }
        v.as(SwList.self).pointee.count -= 1
        return x
    }

    /// Replaces items[lo..<hi] with `count` values at `new` (which must not point into v).
    static func replace(_ v: Value, _ lo: Int, _ hi: Int, with new: UnsafePointer<SwValue>, count m: Int) {
        let n = count(v)
        let delta = m - (hi - lo)
        reserve(v, n + delta)
        let p = items(v)
        if hi < n && delta != 0 { memmove(p + lo + m, p + hi, (n - hi) * MemoryLayout<SwValue>.size) }
        if m > 0 { memcpy(p + lo, new, m * MemoryLayout<SwValue>.size) }
        v.as(SwList.self).pointee.count = Int64(n + delta)
    }

    /// Replaces items[lo..<hi] with `new`.
    public static func replace(_ v: Value, _ lo: Int, _ hi: Int, with new: [Value]) {
        new.withUnsafeBufferPointer { replace(v, lo, hi, with: $0.baseAddress ?? UnsafePointer(items(v)), count: $0.count) }
    }

    public static func setCount(_ v: Value, _ n: Int) { v.as(SwList.self).pointee.count = Int64(n) }
}
