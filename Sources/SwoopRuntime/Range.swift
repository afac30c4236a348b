// Range.swift — range objects with arbitrary int bounds. A range's slots 0, 1, 2 hold
// start, stop and step as int values (immediate, or GMP when beyond Int64); the common
// all-Int64 case takes Int64 fast paths. Iteration produces the Int64 `range_iterator`
// (slots: current, end, step — read inline by the interpreter's FOR_ITER) whenever every
// value it steps through fits Int64, and the generic `longrange_iterator` (slots: current,
// step, items left) otherwise.

enum PyRange {
    static func bounds(_ r: Value) -> (start: Value, stop: Value, step: Value) {
        let s = objectSlots(r.obj)
        return (s[0], s[1], s[2])
    }

    /// The bounds as Int64s when all three are immediate ints.
    @inline(__always) static func smallBounds(_ r: Value) -> (Int64, Int64, Int64)? {
        let s = objectSlots(r.obj)
        guard s[0].tag == .SW_TAG_INT && s[1].tag == .SW_TAG_INT && s[2].tag == .SW_TAG_INT else { return nil }
        return (s[0].int, s[1].int, s[2].int)
    }

    // MARK: Int arithmetic on values (operands are always ints here, divisors nonzero)

    static func add(_ a: Value, _ b: Value) -> Value { try! Num.binary(.add, a, b)! }
    static func sub(_ a: Value, _ b: Value) -> Value { try! Num.binary(.sub, a, b)! }
    static func mul(_ a: Value, _ b: Value) -> Value { try! Num.binary(.mul, a, b)! }
    static func floorDiv(_ a: Value, _ b: Value) -> Value { try! Num.binary(.floorDiv, a, b)! }
    static func mod(_ a: Value, _ b: Value) -> Value { try! Num.binary(.mod, a, b)! }
    static func neg(_ a: Value) -> Value { try! Ops.unary(.neg, a) }
    static func cmp(_ a: Value, _ b: Value) -> Int { (try? Num.compare(a, b)) ?? 0 }
    static func sign(_ v: Value) -> Int {
        if let x = Num.small(v) { return x > 0 ? 1 : (x < 0 ? -1 : 0) }
        return BigInt.z(v).sign
    }

    // MARK: Length

    /// The number of items, without overflow; nil when it does not fit Int64.
    static func smallLength(_ start: Int64, _ stop: Int64, _ step: Int64) -> Int64? {
        if step > 0 {
            if start >= stop { return 0 }
            let (d, o) = stop.subtractingReportingOverflow(start)
            return o ? nil : (d - 1) / step + 1
        }
        if start <= stop { return 0 }
        let (d, o) = start.subtractingReportingOverflow(stop)
        if o || step == Int64.min { return nil }
        return (d - 1) / (-step) + 1
    }

    /// The number of items as an int value (may be big).
    static func length(_ start: Value, _ stop: Value, _ step: Value) -> Value {
        if let a = Num.small(start), let b = Num.small(stop), let c = Num.small(step),
           let n = smallLength(a, b, c) {
            return Value(int: n)
        }
        let (lo, hi, st) = sign(step) > 0 ? (start, stop, step) : (stop, start, neg(step))
        if cmp(lo, hi) >= 0 { return Value(int: 0) }
        return add(floorDiv(sub(sub(hi, lo), Value(int: 1)), st), Value(int: 1))
    }

    static func length(_ r: Value) -> Value {
        let (start, stop, step) = bounds(r)
        return length(start, stop, step)
    }

    /// len(r): OverflowError when the length exceeds sys.maxsize, as CPython.
    static func count(_ r: Value) throws -> Int {
        let n = length(r)
        guard n.tag == .SW_TAG_INT else { throw overflowError("Python int too large to convert to C ssize_t") }
        return Int(n.int)
    }

    // MARK: Construction

    static func make(_ start: Value, _ stop: Value, _ step: Value) -> Value {
        Objects.slotObject(T.range, start, stop, step)
    }

    /// range(...) from its constructor arguments (ints or objects with __index__).
    static func construct(_ args: [Value]) throws -> Value {
        let ints = try args.map { v -> Value in v.tag == .SW_TAG_INT ? v : try indexValue(v) }
        if ints.count == 1 { return make(Value(int: 0), ints[0], Value(int: 1)) }
        let step = ints.count == 3 ? ints[2] : Value(int: 1)
        if sign(step) == 0 { throw valueError("range() arg 3 must not be zero") }
        return make(ints[0], ints[1], step)
    }

    // MARK: Items, slices, membership

    /// start + i * step, for i in 0..<len (not checked).
    static func value(_ r: Value, at i: Value) -> Value {
        let (start, _, step) = bounds(r)
        if let a = Num.small(start), let c = Num.small(step), let k = Num.small(i) {
            let (p, o1) = k.multipliedReportingOverflow(by: c)
            if !o1 {
                let (v, o2) = a.addingReportingOverflow(p)
                if !o2 { return Value(int: v) }
            }
        }
        return add(start, mul(i, step))
    }

    /// r[key] for an int-like or slice key.
    static func item(_ r: Value, _ key: Value) throws -> Value {
        if key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice { return try slice(r, key) }
        let i: Value
        if Num.isIntLike(key) {
            i = asPlainInt(key)
        } else if hasSpecial(key, "__index__") {
            i = try indexValue(key)
        } else {
            throw typeError("range indices must be integers or slices, not \(Ops.typeName(key))")
        }
        let n = length(r)
        let k = sign(i) < 0 ? add(i, n) : i
        if sign(k) < 0 || cmp(k, n) >= 0 { throw indexError("range object index out of range") }
        return value(r, at: k)
    }

    /// r[slice]: another range (CPython's compute_slice over arbitrary ints).
    static func slice(_ r: Value, _ sl: Value) throws -> Value {
        let s = objectSlots(sl.obj)
        func index(_ v: Value) throws -> Value {
            if Num.isIntLike(v) { return asPlainInt(v) }
            if hasSpecial(v, "__index__") { return try indexValue(v) }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        let step = s[2].isNone ? Value(int: 1) : try index(s[2])
        if sign(step) == 0 { throw valueError("slice step cannot be zero") }
        let n = length(r)
        let backwards = sign(step) < 0
        let lower = backwards ? Value(int: -1) : Value(int: 0)
        let upper = backwards ? sub(n, Value(int: 1)) : n
        func clamp(_ v: Value) throws -> Value {
            var x = try index(v)
            if sign(x) < 0 {
                x = add(x, n)
                if cmp(x, lower) < 0 { x = lower }
            } else if cmp(x, upper) > 0 {
                x = upper
            }
            return x
        }
        let start = s[0].isNone ? (backwards ? upper : lower) : try clamp(s[0])
        let stop = s[1].isNone ? (backwards ? lower : upper) : try clamp(s[1])
        return make(value(r, at: start), value(r, at: stop), mul(bounds(r).step, step))
    }

    /// The position of int `v` in the range, or nil if absent.
    static func position(_ r: Value, _ v: Value) -> Value? {
        if let (start, stop, step) = smallBounds(r), let x = Num.small(v) {
            if step > 0 { if x < start || x >= stop { return nil } }
            else if x > start || x <= stop { return nil }
            let (d, o) = x.subtractingReportingOverflow(start)
            if !o { return d % step == 0 ? Value(int: d / step) : nil }
        }
        let (start, stop, step) = bounds(r)
        if sign(step) > 0 {
            if cmp(v, start) < 0 || cmp(v, stop) >= 0 { return nil }
        } else if cmp(v, start) > 0 || cmp(v, stop) <= 0 {
            return nil
        }
        let d = sub(asPlainInt(v), start)
        return sign(mod(d, step)) == 0 ? floorDiv(d, step) : nil
    }

    /// `item in r`: arithmetic for ints (and integral floats), a search otherwise.
    static func contains(_ r: Value, _ item: Value) throws -> Bool {
        if Num.isIntLike(item) { return position(r, item) != nil }
        if item.tag == .SW_TAG_FLOAT {
            let d = item.float
            guard d.isFinite, d.rounded() == d else { return false }
            return position(r, try intFromDouble(d)) != nil
        }
        var found = false
        try forEach(r) { x in
            if try sameOrEqual(x, item) { found = true; return false }
            return true
        }
        return found
    }

    // MARK: Comparison, hashing, repr

    /// Ranges are equal when they produce the same items (CPython's range_equals).
    static func equal(_ a: Value, _ b: Value) -> Bool {
        let x = bounds(a), y = bounds(b)
        let n = length(a)
        if cmp(n, length(b)) != 0 { return false }
        if sign(n) == 0 { return true }
        if cmp(x.start, y.start) != 0 { return false }
        if cmp(n, Value(int: 1)) == 0 { return true }
        return cmp(x.step, y.step) == 0
    }

    /// hash((len, start, step)) with the parts that do not matter replaced by None.
    static func hash(_ r: Value) throws -> Int64 {
        let (start, _, step) = bounds(r)
        let n = length(r)
        let one = cmp(n, Value(int: 1)) == 0
        let parts = sign(n) == 0 ? [n, .none, .none] : one ? [n, start, .none] : [n, start, step]
        return try Ops.hash(Tuple.make(parts))
    }

    static func repr(_ r: Value) throws -> String {
        let (start, stop, step) = bounds(r)
        let s = "range(\(try Ops.reprString(start)), \(try Ops.reprString(stop))"
        return step.tag == .SW_TAG_INT && step.int == 1 ? s + ")" : s + ", \(try Ops.reprString(step)))"
    }

    // MARK: Iteration

    /// An iterator over `count` items start, start + step, ...
    static func iterator(start: Value, step: Value, count n: Value) -> Value {
        if let a = Num.small(start), let c = Num.small(step), let k = Num.small(n) {
            // Fast layout only if stepping past the last item stays within Int64.
            let (p, o1) = k.multipliedReportingOverflow(by: c)
            let (end, o2) = a.addingReportingOverflow(p)
            if !o1 && !o2 {
                return Objects.slotObject(T.rangeIterator, Value(int: a), Value(int: end), Value(int: c))
            }
        }
        return Objects.slotObject(T.longRangeIterator, start, step, n)
    }

    static func iterator(_ r: Value) -> Value {
        let (start, _, step) = bounds(r)
        return iterator(start: start, step: step, count: length(r))
    }

    /// reversed(r): from the last item down to start.
    static func reversedIterator(_ r: Value) -> Value {
        let (_, _, step) = bounds(r)
        let n = length(r)
        if sign(n) == 0 { return iterator(start: Value(int: 0), step: Value(int: 1), count: n) }
        return iterator(start: value(r, at: sub(n, Value(int: 1))), step: neg(step), count: n)
    }

    /// The next item of a longrange_iterator, or nil when exhausted.
    static func nextLong(_ it: Value) -> Value? {
        let s = objectSlots(it.obj)
        if sign(s[2]) <= 0 { return nil }
        let v = s[0]
        s[0] = add(v, s[1])
        s[2] = sub(s[2], Value(int: 1))
        return v
    }
}
