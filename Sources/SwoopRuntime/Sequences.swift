// Sequences.swift — subscripting, slices, ranges, containment, and the built-in
// iterators (list, tuple, str, range, dict, set) behind `for` and `iter()`.

enum FuncSlot {
    static let code = 0, globals = 1, defaults = 2, kwDefaults = 3, closure = 4, name = 5, qualname = 6, dict = 7, module = 8
    static let count = 9
}

enum ModuleSlot {
    static let name = 0, dict = 1
    static let count = 2
}

/// Iterator slots: 0 the sequence (or dict/set), 1 the position (int), 2 extra.
enum IterSlot {
    static let source = 0, position = 1, extra = 2
    static let count = 3
}

public enum Objects {
    /// A slot object with `count` slots (all unbound) and a pointer to fill them.
    @inline(__always)
    static func slotObject(_ type: TypeRef, count: Int) -> (Value, UnsafeMutablePointer<SwValue>) {
        let o = Heap.allocate(type, size: MemoryLayout<SwObject>.size + count * MemoryLayout<SwValue>.size, nslots: count)
        return (Value(o), objectSlots(o))
    }

    /// A cell (a captured variable) holding `v` (unbound: empty).
    @inline(__always)
    static func cell(holding v: Value) -> Value {
        let (cell, p) = slotObject(T.cell, count: 1)
        p[0] = v
        return cell
    }

    @inline(__always)
    static func slotObject(_ type: TypeRef, _ a: Value, _ b: Value) -> Value {
        let (v, p) = slotObject(type, count: 2)
        p[0] = a; p[1] = b
        return v
    }

    @inline(__always)
    static func slotObject(_ type: TypeRef, _ a: Value, _ b: Value, _ c: Value) -> Value {
        let (v, p) = slotObject(type, count: 3)
        p[0] = a; p[1] = b; p[2] = c
        return v
    }

    public static func slotObject(_ type: TypeRef, _ slots: [Value]) -> Value {
        let o = Heap.allocate(type, size: MemoryLayout<SwObject>.size + slots.count * MemoryLayout<SwValue>.size, nslots: slots.count)
        let p = objectSlots(o)
        for (i, v) in slots.enumerated() { p[i] = v }
        return Value(o)
    }
}

extension Ops {
    public static func makeRange(start: Int64, stop: Int64, step: Int64) -> Value {
        PyRange.make(Value(int: start), Value(int: stop), Value(int: step))
    }

    public static func makeSlice(_ start: Value, _ stop: Value, _ step: Value) -> Value {
        Objects.slotObject(T.slice, start, stop, step)
    }

    /// CPython's PySlice_GetIndicesEx: clamps a slice to a sequence of `length` (one of
    /// ints and Nones inline at the call, any other by `generalSliceIndices`).
    @inline(__always)
    public static func sliceIndices(_ slice: Value, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        try smallSliceIndices(slice, length: length) ?? generalSliceIndices(slice, length: length)
    }

    @inline(never)
    static func generalSliceIndices(_ slice: Value, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        let s = objectSlots(slice.obj)
        @inline(__always) func bound(_ v: Value) throws -> Int? {
            v.tag == .SW_TAG_INT ? Int(v.int) : v.isNone ? nil : try sliceBound(v)
        }
        let step = try bound(s[2]) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        return clampSlice(start: try bound(s[0]), stop: try bound(s[1]), step: step, length: length)
    }

    /// `sliceIndices` for a slice of ints and Nones with a step that is not 0, nil for any other.
    @inline(__always)
    static func smallSliceIndices(_ slice: Value, length: Int) -> (start: Int, stop: Int, step: Int, count: Int)? {
        let s = objectSlots(slice.obj)
        for k in 0..<3 where s[k].tag != .SW_TAG_INT && s[k].tag != .SW_TAG_NONE { return nil }
        let step = s[2].isNone ? 1 : Int(s[2].int)
        if step == 0 { return nil }
        return clampSlice(start: s[0].isNone ? nil : Int(s[0].int), stop: s[1].isNone ? nil : Int(s[1].int),
                          step: step, length: length)
    }

    /// A slice's bounds (nil: None) clamped to a sequence of `length`, and its item count.
    @inline(__always)
    static func clampSlice(start: Int?, stop: Int?, step: Int, length: Int) -> (start: Int, stop: Int, step: Int, count: Int) {
        var lo: Int, hi: Int
        if let start {
            lo = start
            if lo < 0 { lo += length; if lo < 0 { lo = step < 0 ? -1 : 0 } }
            else if lo >= length { lo = step < 0 ? length - 1 : length }
        } else { lo = step < 0 ? length - 1 : 0 }
        if let stop {
            hi = stop
            if hi < 0 { hi += length; if hi < 0 { hi = step < 0 ? -1 : 0 } }
            else if hi >= length { hi = step < 0 ? length - 1 : length }
        } else { hi = step < 0 ? -1 : length }
        var count = 0
        // (Steps of 1 and -1, the usual ones, without a division.)
        if step > 0 { if lo < hi { count = step == 1 ? hi - lo : (hi - lo - 1) / step + 1 } }
        else if hi < lo { count = step == -1 ? lo - hi : (lo - hi - 1) / (-step) + 1 }
        return (lo, hi, step, count)
    }

    /// A slice bound other than a small int, as `sliceIndices` uses it (a big int is
    /// clamped to a huge one of its sign).
    @inline(never)
    static func sliceBound(_ v: Value) throws -> Int {
        if v.tag == .SW_TAG_INT { return Int(v.int) }
        if BigInt.isBig(v) { return BigInt.z(v).sign < 0 ? Int.min / 2 : Int.max / 2 }
        if v.tag == .SW_TAG_BOOL { return try index(v) }
        if let r = try indexResult(v) { return try sliceBound(r) }
        throw typeError("slice indices must be integers or None or have an __index__ method")
    }

    @inline(__always)
    static func normalizeIndex(_ i: Value, _ n: Int, _ what: String) throws -> Int {
        var k: Int
        if i.tag == .SW_TAG_INT { k = Int(i.int) } else {
            if BigInt.isBig(i) { throw indexError("cannot fit 'int' into an index-sized integer") }
            if Classes.isHeapInstance(i), Classes.userMethod(i.obj.pointee.type, SN.__index__) != nil {
                return try normalizeIndex(Value(int: try index(i)), n, what)
            }
            if i.tag != .SW_TAG_BOOL {
                throw typeError("\(what) indices must be integers or slices, not \(typeName(i))")
            }
            k = i.bool ? 1 : 0
        }
        if k < 0 { k += n }
        if k < 0 || k >= n { throw indexError("\(what) index out of range") }
        return k
    }

    public static func getItem(_ o: Value, _ key: Value) throws -> Value {
        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0,
           let r = try Classes.callSpecial(o, SN.__getitem__, [key]) { return r }
        return try getItemBuiltin(o, key)
    }

    /// `o[key]` for list `o` and slice `key`: a new list.
    static func listSlice(_ o: Value, _ key: Value) throws -> Value {
        let (start, _, step, count) = try sliceIndices(key, length: List.count(o))
        let items = List.items(o)
        if step == 1 { return List.make(items + start, count: count) }
        let r = List.make(capacity: count)
        let to = List.items(r)
        for j in 0..<count { to[j] = items[start + j * step] }
        List.setCount(r, count)
        return r
    }

    /// `o[key] = v` for list `o` and slice `key`.
    static func setListSlice(_ o: Value, _ key: Value, _ v: Value) throws {
        let (start, stop, step, count) = try sliceIndices(key, length: List.count(o))
        if step == 1 && !v.identical(o) && v.tag == .SW_TAG_OBJ
            && (v.obj.pointee.type == T.list || v.obj.pointee.type == T.tuple) {
            // From another list or a tuple: copy the values straight across.
            let isList = v.obj.pointee.type == T.list
            List.replace(o, start, max(start, stop), with: isList ? List.items(v) : Tuple.items(v),
                         count: isList ? List.count(v) : Tuple.count(v))
            return
        }
        let new = v.identical(o) ? List.array(o)
            : try iterate(v, orElse: step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
        if step == 1 {
            List.replace(o, start, max(start, stop), with: new)
        } else {
            if new.count != count {
                throw valueError("attempt to assign sequence of size \(new.count) to extended slice of size \(count)")
            }
            let items = List.items(o)
            for j in 0..<count { items[start + j * step] = new[j] }
        }
    }

    /// `o[dst] = o[src]` for list `o` and slices `src` and `dst` (`dst`'s step None), as
    /// the two statements do it, without the new list in between when at most
    /// `stagedItems` items move: a slice reversed onto itself (`perm[:k+1] = perm[k::-1]`)
    /// is reversed in place, other items are staged on the stack.
    static func moveListSlice(_ o: Value, src: Value, dst: Value) throws {
        let n = List.count(o)
        let (start, _, step, count) = try sliceIndices(src, length: n)
        guard count <= stagedItems else {
            try setListSlice(o, dst, try listSlice(o, src))
            return
        }
        let (lo, hi, _, _) = try sliceIndices(dst, length: n)
        let items = List.items(o)
        if step == -1 && hi - lo == count && start == lo + count - 1 {
            List.reverse(o, from: lo, count: count)
            return
        }
        withUnsafeTemporaryAllocation(of: SwValue.self, capacity: stagedItems) { staged in
            for j in 0..<count { staged[j] = items[start + j * step] }
            List.replace(o, lo, max(lo, hi), with: staged.baseAddress!, count: count)
        }
    }
    static let stagedItems = 64

    /// Subscription by the built-in types' rules (a dict subclass's __missing__ included).
    static func getItemBuiltin(_ o: Value, _ key: Value) throws -> Value {
        guard o.tag == .SW_TAG_OBJ else {
            throw typeError("'\(typeName(o))' object is not subscriptable")
        }
        let t = o.obj.pointee.type
        if t == T.array { return try PyArray.getItem(o, key) }
        let isSlice = key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice
        switch t.pointee.kind {
        case .SW_KIND_LIST:
            let n = List.count(o)
            if isSlice { return try listSlice(o, key) }
            return List.items(o)[try normalizeIndex(key, n, "list")]
        case .SW_KIND_TUPLE:
            let n = Tuple.count(o)
            if isSlice {
                let (start, _, step, count) = try sliceIndices(key, length: n)
                if step == 1 && count == n && t == T.tuple { return o }
                let items = Tuple.items(o)
                return Tuple.make((0..<count).map { items[start + $0 * step] })
            }
            return Tuple.items(o)[try normalizeIndex(key, n, "tuple")]
        case .SW_KIND_STR:
            return try strGetItem(o, key)
        case .SW_KIND_DICT:
            if let v = try Dict.get(o, key) { return v }
            if t.pointee.flags & Classes.heapFlag != 0, let r = try Classes.callSpecial(o, SN.__missing__, [key]) {
                return r
            }
            throw keyError(key)
        default:
            break
        }
        if t == T.range {
            if key.tag == .SW_TAG_INT, let (start, stop, step) = PyRange.smallBounds(o),
               let n = PyRange.smallLength(start, stop, step) {
                var k = key.int
                if k < 0 { k += n }
                if k < 0 || k >= n { throw indexError("range object index out of range") }
                return Value(int: start + k * step)
            }
            return try PyRange.item(o, key)
        }
        if t == T.type {
            throw typeError("type '\(Types.name(o.as(SwType.self)))' is not subscriptable")
        }
        throw typeError("'\(Types.name(t))' object is not subscriptable")
    }

    public static func setItem(_ o: Value, _ key: Value, _ v: Value) throws {
        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0,
           try Classes.callSpecial(o, SN.__setitem__, [key, v]) != nil { return }
        try setItemBuiltin(o, key, v)
    }

    static func setItemBuiltin(_ o: Value, _ key: Value, _ v: Value) throws {
        guard o.tag == .SW_TAG_OBJ else {
            throw typeError("'\(typeName(o))' object does not support item assignment")
        }
        let t = o.obj.pointee.type
        if t == T.array { try PyArray.setItem(o, key, v); return }
        if t.pointee.kind == .SW_KIND_LIST {
            let n = List.count(o)
            if key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice { try setListSlice(o, key, v); return }
            List.items(o)[try normalizeIndex(key, n, "list assignment")] = v
            return
        }
        if t.pointee.kind == .SW_KIND_DICT { try Dict.set(o, key, v); return }
        throw typeError("'\(Types.name(t))' object does not support item assignment")
    }

    public static func delItem(_ o: Value, _ key: Value) throws {
        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0,
           try Classes.callSpecial(o, SN.__delitem__, [key]) != nil { return }
        try delItemBuiltin(o, key)
    }

    static func delItemBuiltin(_ o: Value, _ key: Value) throws {
        let t = typeOf(o)
        if t == T.array { try PyArray.delItem(o, key); return }
        if t.pointee.kind == .SW_KIND_LIST && o.tag == .SW_TAG_OBJ {
            let n = List.count(o)
            if key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice {
                let (start, _, step, count) = try sliceIndices(key, length: n)
                if count == 0 { return }
                var drop = Set<Int>()
                for j in 0..<count { drop.insert(start + j * step) }
                let kept = List.array(o).enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                List.replace(o, 0, n, with: kept)
                return
            }
            _ = List.remove(o, at: try normalizeIndex(key, n, "list assignment"))
            return
        }
        if t.pointee.kind == .SW_KIND_DICT && o.tag == .SW_TAG_OBJ {
            if try Dict.remove(o, key) == nil { throw keyError(key) }
            return
        }
        throw typeError("'\(Types.name(t))' object doesn't support item deletion")
    }

    public static func contains(_ c: Value, _ item: Value) throws -> Bool {
        if c.tag == .SW_TAG_OBJ && c.obj.pointee.type.pointee.flags & Classes.heapFlag != 0 {
            if let r = try Classes.callSpecial(c, SN.__contains__, [item]) { return try truthy(r) }
            if Classes.userMethod(c.obj.pointee.type, SN.__iter__) != nil {
                let it = try iter(c)
                while let x = try next(it) {
                    if x.identical(item) { return true }
                    if try equal(x, item) { return true }
                }
                return false
            }
        }
        return try containsBuiltin(c, item)
    }

    static func containsBuiltin(_ c: Value, _ item: Value) throws -> Bool {
        guard c.tag == .SW_TAG_OBJ else {
            throw typeError("argument of type '\(typeName(c))' is not iterable")
        }
        let t = c.obj.pointee.type
        switch t.pointee.kind {
        case .SW_KIND_DICT: return try Dict.get(c, item) != nil
        case .SW_KIND_SET: return try PySet.contains(c, item)
        case .SW_KIND_STR:
            guard typeOf(item) == T.str else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return try strContains(c, item)
        case .SW_KIND_LIST, .SW_KIND_TUPLE:
            let isList = t.pointee.kind == .SW_KIND_LIST
            let n = isList ? List.count(c) : Tuple.count(c)
            var i = 0
            while i < (isList ? List.count(c) : n) {
                let x = isList ? List.items(c)[i] : Tuple.items(c)[i]
                if x.identical(item) { return true }
                if try equal(x, item) { return true }
                i += 1
            }
            return false
        default: break
        }
        if t == T.range { return try PyRange.contains(c, item) }
        if t == T.dictKeys { return try Dict.get(objectSlots(c.obj)[0], item) != nil }
        // Generic: iterate.
        let it = try iter(c)
        while let x = try next(it) {
            if x.identical(item) { return true }
            if try equal(x, item) { return true }
        }
        return false
    }

    // MARK: - Iteration

    static func makeIterator(_ type: TypeRef, _ source: Value, _ position: Int64 = 0, _ extra: Value = .none) -> Value {
        Objects.slotObject(type, source, Value(int: position), extra)
    }

    public static func iter(_ v: Value) throws -> Value {
        guard v.tag == .SW_TAG_OBJ else {
            throw typeError("'\(typeName(v))' object is not iterable")
        }
        let t = v.obj.pointee.type
        if t.pointee.flags & Classes.heapFlag != 0 {
            if let it = try Classes.iter(v, t) { return it }
            switch t.pointee.kind {
            case .SW_KIND_LIST: return makeIterator(T.listIterator, v)
            case .SW_KIND_DICT: return makeIterator(T.dictKeyIterator, v)
            case .SW_KIND_TUPLE: return makeIterator(T.tupleIterator, v)
            default: break
            }
            if Classes.userMethod(t, SN.__getitem__) != nil {
                throw notImplementedError("iteration through __getitem__ (the old sequence protocol) is not supported yet")
            }
        }
        switch t {
        case T.list, T.array: return makeIterator(T.listIterator, v)
        case T.tuple: return makeIterator(T.tupleIterator, v)
        case T.str: return makeIterator(T.strIterator, v)
        case T.range: return PyRange.iterator(v)
        case T.dict, T.dictKeys: return makeIterator(T.dictKeyIterator, t == T.dict ? v : objectSlots(v.obj)[0])
        case T.dictValues: return makeIterator(T.dictValueIterator, objectSlots(v.obj)[0])
        case T.dictItems: return makeIterator(T.dictItemIterator, objectSlots(v.obj)[0])
        case T.set, T.frozenset: return makeIterator(T.setIterator, Tuple.make(PySet.items(v)))
        default: if t.pointee.kind == .SW_KIND_TUPLE { return makeIterator(T.tupleIterator, v) }
        }
        if isIterator(t) { return v }
        throw typeError("'\(Types.name(t))' object is not iterable")
    }

    static func isIterator(_ t: TypeRef) -> Bool {
        t == T.listIterator || t == T.tupleIterator || t == T.strIterator || t == T.rangeIterator
            || t == T.dictKeyIterator || t == T.dictValueIterator || t == T.dictItemIterator
            || t == T.setIterator || t == T.enumerate || t == T.zip || t == T.map || t == T.filter
            || t == T.reversed || t == T.listReverseIterator || t == T.callIterator || t == T.longRangeIterator
            || t == T.generator
    }

    /// The next item, or nil when exhausted.
    public static func next(_ it: Value) throws -> Value? {
        guard it.tag == .SW_TAG_OBJ else { throw typeError("'\(typeName(it))' object is not an iterator") }
        let t = it.obj.pointee.type
        let s = objectSlots(it.obj)
        switch t {
        case T.listIterator:
            let i = Int(s[1].int)
            let src = s[0]
            if src.isNone || i >= List.count(src) { s[0] = .none; return nil }
            s[1] = Value(int: i + 1)
            return List.items(src)[i]
        case T.rangeIterator:
            let cur = s[0].int, stop = s[1].int, step = s[2].int
            if step > 0 ? cur >= stop : cur <= stop { return nil }
            s[0] = Value(int: cur &+ step)
            return Value(int: cur)
        case T.longRangeIterator:
            return PyRange.nextLong(it)
        case T.tupleIterator:
            let i = Int(s[1].int)
            if i >= Tuple.count(s[0]) { return nil }
            s[1] = Value(int: i + 1)
            return Tuple.items(s[0])[i]
        case T.strIterator:
            let src = s[0]
            let pos = Int(s[1].int)
            let buf = Str.buffer(src)
            if pos >= buf.count { return nil }
            if Str.isASCII(src) {
                s[1] = Value(int: pos + 1)
                return Str.ascii[Int(buf[pos])]
            }
            var end = pos + 1
            while end < buf.count && buf[end] & 0xC0 == 0x80 { end += 1 }
            s[1] = Value(int: end)
            return Str.make(utf8: UnsafeBufferPointer(rebasing: buf[pos..<end]))
        case T.dictKeyIterator, T.dictValueIterator, T.dictItemIterator:
            let d = s[0]
            if s[2].isNone { s[2] = Value(int: Dict.count(d)) }
            if Int(s[2].int) != Dict.count(d) {
                s[2] = Value(int: -1)
                throw pyError(Exc.runtimeError, "dictionary changed size during iteration")
            }
            guard let e = Dict.entry(d, from: Int(s[1].int)) else { return nil }
            s[1] = Value(int: e.index + 1)
            if t == T.dictKeyIterator { return e.key }
            if t == T.dictValueIterator { return e.value }
            return Tuple.make([e.key, e.value])
        case T.setIterator:
            let i = Int(s[1].int)
            if i >= Tuple.count(s[0]) { return nil }
            s[1] = Value(int: i + 1)
            return Tuple.items(s[0])[i]
        case T.generator:
            let (v, done) = try Generator.resume(it, sent: .none, exc: nil)
            return done ? nil : v
        case T.listReverseIterator:
            let i = Int(s[1].int)
            if i < 0 || i >= List.count(s[0]) { s[1] = Value(int: -1); return nil }
            s[1] = Value(int: i - 1)
            return List.items(s[0])[i]
        default:
            if t.pointee.flags & Classes.heapFlag != 0, let r = try Classes.next(it, t) { return r }
            if let r = try builtinIteratorNext(it) { return r }
            throw typeError("'\(Types.name(t))' object is not an iterator")
        }
    }

    /// Collects an iterable into an array; a non-iterable raises TypeError with `message`
    /// (as CPython's PySequence_Fast; errors raised while iterating pass through).
    static func iterate(_ v: Value, orElse message: String) throws -> [Value] {
        do { _ = try iter(v) } catch let e as PyError where Exceptions.type(e.exception) == Exc.typeError {
            throw typeError(message)
        }
        return try iterate(v)
    }

    /// Collects an iterable into an array.
    public static func iterate(_ v: Value) throws -> [Value] {
        if v.tag == .SW_TAG_OBJ {
            let t = v.obj.pointee.type
            if t == T.list { return List.array(v) }
            if t == T.tuple { return Tuple.array(v) }
        }
        let it = try iter(v)
        var out: [Value] = []
        Heap.tempRoots.append(it)
        defer { Heap.tempRoots.removeLast() }
        while let x = try next(it) { out.append(x) }
        return out
    }
}
