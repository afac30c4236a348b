// BuiltinSupport.swift — helpers shared by the builtin functions, container methods and modules.
import CGMP

@inline(__always) func kindOf(_ v: Value) -> SwKind? {
    v.tag == .SW_TAG_OBJ ? v.obj.pointee.type.pointee.kind : nil
}
@inline(__always) func isStr(_ v: Value) -> Bool { kindOf(v) == .SW_KIND_STR }
@inline(__always) func isList(_ v: Value) -> Bool { kindOf(v) == .SW_KIND_LIST }
@inline(__always) func isTuple(_ v: Value) -> Bool { kindOf(v) == .SW_KIND_TUPLE }
@inline(__always) func isDict(_ v: Value) -> Bool { kindOf(v) == .SW_KIND_DICT }
@inline(__always) func isAnySet(_ v: Value) -> Bool { kindOf(v) == .SW_KIND_SET }
@inline(__always) func isTypeObject(_ v: Value) -> Bool { kindOf(v) == .SW_KIND_TYPE }
@inline(__always) func isIntLike(_ v: Value) -> Bool { Num.isIntLike(v) }

/// An int-like value as a Python int (bool becomes 0/1).
@inline(__always) func asPlainInt(_ v: Value) -> Value {
    v.tag == .SW_TAG_BOOL ? Value(int: v.bool ? 1 : 0) : v
}

/// Values that Swift code holds across calls back into Python, where a safepoint may
/// collect: everything registered here is a GC root until `release()`.
struct TempRoots {
    let base: Int
    init() { base = Heap.tempRoots.count }
    @discardableResult
    func add(_ v: Value) -> Int {
        Heap.tempRoots.append(v)
        return Heap.tempRoots.count - 1
    }
    func set(_ i: Int, _ v: Value) { Heap.tempRoots[i] = v }
    func release() {
        if Heap.tempRoots.count > base { Heap.tempRoots.removeSubrange(base...) }
    }
}

/// Looks up a special method on the value's type and calls it, or nil if the type lacks it.
func callSpecial(_ v: Value, _ name: Value, _ args: [Value] = []) throws -> Value? {
    guard let m = Types.lookup(Ops.typeOf(v), name) else { return nil }
    if Classes.isHeapInstance(v) { return try Classes.callMethod(m, v, args) }
    return try Ops.call(m, [v] + args)
}

func hasSpecial(_ v: Value, _ name: String) -> Bool {
    Types.lookup(Ops.typeOf(v), Str.intern(name)) != nil
}

extension Args {
    /// Arity check for a method: `positional[0]` is self and is not counted. The check
    /// itself is cheap; messages are only built when it fails.
    @inline(__always)
    func expectMethod(_ fname: String, _ qualified: String, _ min: Int, _ max: Int) throws {
        let n = positional.count - 1
        if keywords.isEmpty && n >= min && n <= max { return }
        if !keywords.isEmpty { throw typeError("\(qualified)() takes no keyword arguments") }
        // CPython's METH_O / METH_NOARGS methods name the type; argument-clinic ones do not.
        if min == max && min <= 1 {
            if min == 0 { throw typeError("\(qualified)() takes no arguments (\(n) given)") }
            throw typeError("\(qualified)() takes exactly one argument (\(n) given)")
        }
        var a = self
        a.positional.removeFirst()
        try a.expect(fname, min, max)
    }

    /// Rejects keywords not in `allowed` with CPython's message for builtins.
    func checkKeywords(_ fname: String, _ allowed: [String]) throws {
        for (k, _) in keywords where !allowed.contains(k) {
            if allowed.isEmpty { throw typeError("\(fname)() takes no keyword arguments") }
            throw typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
    }
}

/// Collects an iterable into a new list, appending as it goes so that yielded items are
/// reachable (through the list) while later items are produced. The caller roots the list
/// if it makes further calls into Python.
func collectList(_ iterable: Value) throws -> Value {
    if iterable.tag == .SW_TAG_OBJ {
        let t = iterable.obj.pointee.type
        if t == T.list { return copyList(iterable) }
        if t == T.tuple { return List.make(Tuple.items(iterable), count: Tuple.count(iterable)) }
    }
    let it = try Ops.iter(iterable)
    let out = List.make()
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(it)
    roots.add(out)
    if try Generator.drain(it, into: out, { List.append(out, $0) }) { return out }
    while let x = try nextRooted(it) { List.append(out, x) }
    return out
}

/// The next item, for a caller that keeps everything it holds rooted: a generator then
/// runs with garbage collection allowed in its loops.
func nextRooted(_ it: Value) throws -> Value? {
    if Generator.isGenerator(it) {
        let (v, done) = try Generator.resume(it, sent: .none, exc: nil, gcSafe: true)
        return done ? nil : v
    }
    return try Ops.next(it)
}

/// Iterates lazily (generators, short-circuiting consumers): calls `body` for each item
/// until it returns false. Lists and tuples are walked by index without an iterator.
/// With `rooted`, the caller promises `body` keeps nothing unrooted between items (it
/// only stores into rooted objects), so a generator may collect garbage as it runs.
func forEach(_ iterable: Value, rooted: Bool = false, _ body: (Value) throws -> Bool) throws {
    if iterable.tag == .SW_TAG_OBJ {
        let t = iterable.obj.pointee.type
        if t == T.list {
            var i = 0
            while i < List.count(iterable) {
                if !(try body(List.items(iterable)[i])) { return }
                i += 1
            }
            return
        }
        if t == T.tuple {
            for i in 0..<Tuple.count(iterable) where !(try body(Tuple.items(iterable)[i])) { return }
            return
        }
    }
    let it = try Ops.iter(iterable)
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(it)
    while let x = try (rooted ? nextRooted(it) : Ops.next(it)) {
        if !(try body(x)) { return }
    }
}

/// Identity first, then ==, as CPython's containers compare elements.
@inline(__always) func sameOrEqual(_ a: Value, _ b: Value) throws -> Bool {
    if a.identical(b) { return true }
    if a.tag == .SW_TAG_INT && b.tag == .SW_TAG_INT { return false }
    return try Ops.equal(a, b)
}

/// CPython's slice-index conversion for index(x, start, stop) arguments.
func sliceIndexArgument(_ v: Value) throws -> Int {
    if v.tag == .SW_TAG_INT { return Int(v.int) }
    if v.tag == .SW_TAG_BOOL { return v.bool ? 1 : 0 }
    if BigInt.isBig(v) { return BigInt.z(v).sign < 0 ? Int.min / 2 : Int.max / 2 }
    if let r = try callSpecial(v, SN.__index__), isIntLike(r) { return try sliceIndexArgument(r) }
    throw typeError("slice indices must be integers or have an __index__ method")
}

/// Clamps (start, stop) to a sequence of length n as list.index does.
func clampRange(_ start: Int, _ stop: Int, _ n: Int) -> (Int, Int) {
    var a = start, b = stop
    if a < 0 { a += n; if a < 0 { a = 0 } }
    if b < 0 { b += n; if b < 0 { b = 0 } }
    return (a, min(b, n))
}

/// Stable merge sort with a throwing strict-weak "less" (ties keep their order, like
/// CPython's timsort; an exception from a comparison propagates).
func stableSort<E>(_ a: inout [E], _ less: (E, E) throws -> Bool) rethrows {
    let n = a.count
    if n < 2 { return }
    let run = 16
    // Insertion-sort short runs.
    var lo = 0
    while lo < n {
        let hi = Swift.min(lo + run, n)
        if hi - lo > 1 {
            for i in (lo + 1)..<hi {
                let x = a[i]
                var j = i
                while j > lo, try less(x, a[j - 1]) {
                    a[j] = a[j - 1]
                    j -= 1
                }
                a[j] = x
            }
        }
        lo = hi
    }
    if n <= run { return }
    var src = a
    var dst = a
    var width = run
    while width < n {
        var start = 0
        while start < n {
            let mid = Swift.min(start + width, n), end = Swift.min(start + 2 * width, n)
            var i = start, j = mid, k = start
            // Already ordered: copy through (saves comparisons on presorted data).
            if mid < end, try !less(src[mid], src[mid - 1]) {
                while k < end { dst[k] = src[k]; k += 1 }
                start = end
                continue
            }
            while i < mid && j < end {
                if try less(src[j], src[i]) { dst[k] = src[j]; j += 1 } else { dst[k] = src[i]; i += 1 }
                k += 1
            }
            while i < mid { dst[k] = src[i]; i += 1; k += 1 }
            while j < end { dst[k] = src[j]; j += 1; k += 1 }
            start = end
        }
        swap(&src, &dst)
        width *= 2
    }
    a = src
}

/// Sorts `items` as list.sort does: optional key function, reverse keeping stability
/// (CPython reverses, sorts, and reverses back), comparisons with `<` only.
func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
    var items = items
    if reverse { items.reverse() }
    if let key, !key.isNone {
        let roots = TempRoots()
        defer { roots.release() }
        let keyList = List.make(capacity: items.count)
        roots.add(keyList)
        for x in items { List.append(keyList, try Ops.call(key, [x])) }
        var pairs = Array(zip(List.array(keyList), items))
        try stableSort(&pairs) { try Ops.lessThan($0.0, $1.0) }
        items = pairs.map { $0.1 }
    } else if items.allSatisfy({ $0.tag == .SW_TAG_INT }) {
        // Equal ints are indistinguishable, so stability cannot be observed.
        items.sort { $0.int < $1.int }
    } else if items.allSatisfy({ isStr($0) && $0.obj.pointee.type == T.str }) {
        // Compare big-endian 8-byte prefixes first; only ties need the full compare.
        var keyed = items.map { (prefix: strPrefix($0), length: Str.buffer($0).count, value: $0) }
        stableSort(&keyed) { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            // Equal prefixes of strings no longer than 8 bytes: the shorter is smaller.
            if a.length <= 8 && b.length <= 8 { return a.length < b.length }
            return Str.compare(a.value, b.value) < 0
        }
        items = keyed.map { $0.value }
    } else if items.allSatisfy({ $0.tag == .SW_TAG_FLOAT }) {
        stableSort(&items) { $0.float < $1.float }
    } else {
        try stableSort(&items) { try Ops.lessThan($0, $1) }
    }
    if reverse { items.reverse() }
    return items
}

/// Reads `reverse=` / `key=` for sort and sorted.
func sortOptions(_ args: Args) throws -> (key: Value?, reverse: Bool) {
    try args.checkKeywords("sort", ["key", "reverse"])
    let key = args.keyword("key")
    var reverse = false
    if let r = args.keyword("reverse") {
        // CPython converts reverse= as an int, so only ints and bools are accepted.
        guard isIntLike(r) else { throw typeError("'\(Ops.typeName(r))' object cannot be interpreted as an integer") }
        reverse = try Ops.truthy(r)
    }
    return (key, reverse)
}

/// Runs a GMP operation whose result overwrites an operand: Swift forbids passing the
/// same variable inout twice, so the operation gets the address once.
@inline(__always) func inPlace(_ x: Z, _ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) {
    withUnsafeMutablePointer(to: &x.z) { body($0) }
}

/// A tuple of a list's items (an empty list has no item buffer at all).
func listToTuple(_ l: Value) -> Value {
    let n = List.count(l)
    return n == 0 ? Tuple.make([]) : Tuple.make(List.items(l), count: n)
}

/// A shallow copy of a list.
func copyList(_ l: Value) -> Value {
    let n = List.count(l)
    return n == 0 ? List.make() : List.make(List.items(l), count: n)
}

/// The first 8 bytes of a str as a big-endian integer (zero-padded), so that integer
/// order agrees with code-point order wherever two prefixes differ.
@inline(__always) func strPrefix(_ v: Value) -> UInt64 {
    let b = Str.buffer(v)
    var p: UInt64 = 0
    let n = min(b.count, 8)
    for i in 0..<n { p |= UInt64(b[i]) << UInt64(56 - 8 * i) }
    return p
}
