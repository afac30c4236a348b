// SetMethods.swift — the methods of set and frozenset, following CPython's algorithms so results iterate in CPython's order.

@inline(__always) private func isFrozen(_ s: Value) -> Bool { s.obj.pointee.type == T.frozenset }

/// A new empty set of the same kind (set or frozenset) as `s`.
private func emptyLike(_ s: Value) -> Value { PySet.make(frozen: isFrozen(s)) }

/// CPython's set_merge: one up-front resize, then a straight table copy when the layouts
/// agree, clean inserts into an empty table, or ordinary adds.
func setMerge(_ dst: Value, from src: Value) throws {
    if dst.identical(src) || PySet.count(src) == 0 { return }
    let d = dst.as(SwSet.self), o = src.as(SwSet.self)
    if (Int(d.pointee.fill) + Int(o.pointee.used)) * 5 >= Int(d.pointee.mask) * 3 {
        PySet.resize(dst, (Int(d.pointee.used) + Int(o.pointee.used)) * 2)
    }
    let mask = Int(o.pointee.mask)
    let other = o.pointee.table!
    if d.pointee.fill == 0 && d.pointee.mask == o.pointee.mask && o.pointee.fill == o.pointee.used {
        let table = d.pointee.table!
        for i in 0...mask where PySet.isLive(other[i]) { table[i] = other[i] }
        d.pointee.fill = o.pointee.fill
        d.pointee.used = o.pointee.used
        return
    }
    if d.pointee.fill == 0 {
        d.pointee.fill = o.pointee.used
        d.pointee.used = o.pointee.used
        for i in 0...mask where PySet.isLive(other[i]) {
            PySet.insertClean(d.pointee.table, Int(d.pointee.mask), other[i].key, other[i].hash)
        }
        return
    }
    for e in PySet.entries(src) { try PySet.add(dst, e.key, hash: e.hash) }
}

/// CPython's set_update_internal: a set, a dict (keys, with stored hashes), or any iterable.
func setUpdate(_ s: Value, with other: Value) throws {
    if isAnySet(other) {
        try setMerge(s, from: other)
        return
    }
    if isDict(other) {
        let p = s.as(SwSet.self)
        let n = Dict.count(other)
        if (Int(p.pointee.fill) + n) * 5 >= Int(p.pointee.mask) * 3 {
            PySet.resize(s, (Int(p.pointee.used) + n) * 2)
        }
        let d = other.as(SwDict.self)
        for i in 0..<Int(d.pointee.used) {
            let e = d.pointee.entries[i]
            if e.key.tag != .SW_TAG_UNBOUND { try PySet.add(s, e.key, hash: e.hash) }
        }
        return
    }
    if PySet.count(s) == 0 && Generator.isGenerator(other) {
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(s)
        roots.add(other)
        if try Generator.drain(other, into: s, { try PySet.add(s, $0) }) { return }
    }
    try forEach(other, rooted: true) { x in
        try PySet.add(s, x)
        return true
    }
}

private func copySet(_ s: Value, frozen: Bool) throws -> Value {
    let r = PySet.make(frozen: frozen)
    try setMerge(r, from: s)
    return r
}

/// set_intersection: walks the smaller set (the argument on ties) probing the other.
private func setIntersection(_ s: Value, _ other: Value) throws -> Value {
    if s.identical(other) { return try copySet(s, frozen: isFrozen(s)) }
    let r = emptyLike(s)
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(r)
    if isAnySet(other) {
        var (walked, probed) = (other, s)
        if PySet.count(other) > PySet.count(s) { (walked, probed) = (s, other) }
        for e in PySet.entries(walked) where try PySet.find(probed, e.key, hash: e.hash) >= 0 {
            try PySet.add(r, e.key, hash: e.hash)
        }
        return r
    }
    try forEach(other) { x in
        let h = try Ops.hash(x)
        if try PySet.find(s, x, hash: h) >= 0 { try PySet.add(r, x, hash: h) }
        return true
    }
    return r
}

private func setIntersectionMulti(_ s: Value, _ others: ArraySlice<Value>) throws -> Value {
    if others.isEmpty { return try copySet(s, frozen: isFrozen(s)) }
    var r = s
    let roots = TempRoots()
    defer { roots.release() }
    for o in others {
        r = try setIntersection(r, o)
        roots.add(r)
    }
    return r
}

/// set_difference_update_internal, including its closing resize when over a quarter of
/// the table is dummies (which changes the iteration order, as in CPython).
private func setDifferenceUpdate(_ s: Value, _ other: Value) throws {
    if s.identical(other) {
        PySet.clear(s)
        return
    }
    if isAnySet(other) {
        for e in PySet.entries(other) {
            if try PySet.find(s, e.key, hash: e.hash) >= 0 { try PySet.discard(s, e.key) }
        }
    } else {
        try forEach(other) { x in
            try PySet.discard(s, x)
            return true
        }
    }
    let p = s.as(SwSet.self)
    if Int(p.pointee.fill - p.pointee.used) <= Int(p.pointee.mask) / 4 { return }
    let used = Int(p.pointee.used)
    PySet.resize(s, used > 50000 ? used * 2 : used * 4)
}

/// set_difference: copy-and-discard when `s` is much larger than `other` (or other is
/// not a set or dict), else a filtered walk over `s`.
private func setDifference(_ s: Value, _ other: Value) throws -> Value {
    let roots = TempRoots()
    defer { roots.release() }
    let otherSize: Int
    if isAnySet(other) { otherSize = PySet.count(other) }
    else if isDict(other) { otherSize = Dict.count(other) }
    else { otherSize = -1 }
    if otherSize < 0 || PySet.count(s) >> 2 > otherSize {
        let r = try copySet(s, frozen: isFrozen(s))
        roots.add(r)
        try setDifferenceUpdate(r, other)
        return r
    }
    let r = emptyLike(s)
    roots.add(r)
    for e in PySet.entries(s) {
        let present: Bool
        if isDict(other) { present = try Dict.get(other, e.key) != nil }
        else { present = try PySet.find(other, e.key, hash: e.hash) >= 0 }
        if !present { try PySet.add(r, e.key, hash: e.hash) }
    }
    return r
}

/// set_symmetric_difference_update.
private func setSymmetricDifferenceUpdate(_ s: Value, _ other: Value) throws {
    if s.identical(other) {
        PySet.clear(s)
        return
    }
    let roots = TempRoots()
    defer { roots.release() }
    if isDict(other) {
        for (k, _) in Dict.entries(other) {
            if !(try PySet.discard(s, k)) { try PySet.add(s, k) }
        }
        return
    }
    var o = other
    if !isAnySet(other) {
        o = try makeSet(from: other, frozen: false)
        roots.add(o)
    }
    for e in PySet.entries(o) {
        if try PySet.find(s, e.key, hash: e.hash) >= 0 {
            try PySet.discard(s, e.key)
        } else {
            try PySet.add(s, e.key, hash: e.hash)
        }
    }
}

/// set_symmetric_difference: a new set from `other`, updated with `s`.
private func setSymmetricDifference(_ s: Value, _ other: Value) throws -> Value {
    let r = try makeSet(from: other, frozen: isFrozen(s))
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(r)
    try setSymmetricDifferenceUpdate(r, s)
    return r
}

/// Exchanges two sets' tables (CPython's set_swap_bodies), so intersection_update keeps
/// the result's exact layout and iteration order.
private func swapSetBodies(_ a: Value, _ b: Value) {
    let x = a.as(SwSet.self), y = b.as(SwSet.self)
    swap(&x.pointee.fill, &y.pointee.fill)
    swap(&x.pointee.used, &y.pointee.used)
    swap(&x.pointee.mask, &y.pointee.mask)
    swap(&x.pointee.finger, &y.pointee.finger)
    swap(&x.pointee.table, &y.pointee.table)
    // A small table travels with its entries: the contents swap and the pointers follow.
    swap(&x.pointee.small, &y.pointee.small)
    if x.pointee.table == PySet.smallTable(y) { x.pointee.table = PySet.smallTable(x) }
    if y.pointee.table == PySet.smallTable(x) { y.pointee.table = PySet.smallTable(y) }
    x.pointee.hash = -1
    y.pointee.hash = -1
}

/// The set operators `a | b`, `a & b`, `a - b`, `a ^ b` with CPython's algorithms (so
/// results iterate in CPython's order); nil when either operand is not a set.
func setBinaryOperation(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
    guard isAnySet(a) && isAnySet(b) else { return nil }
    switch op {
    case .or:
        let r = try copySet(a, frozen: isFrozen(a))
        if a.identical(b) { return r }
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(r)
        try setMerge(r, from: b)
        return r
    case .and: return try setIntersection(a, b)
    case .sub: return try setDifference(a, b)
    case .xor: return try setSymmetricDifference(a, b)
    default: return nil
    }
}

/// The in-place set operators `|= &= -= ^=` on a mutable set `a`; nil when not applicable.
func setInPlaceOperation(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
    guard a.isObject(ofType: T.set) && isAnySet(b) else { return nil }
    switch op {
    case .or: try setMerge(a, from: b)
    case .and:
        let r = try setIntersection(a, b)
        if !r.identical(a) { swapSetBodies(a, r) }
    case .sub: try setDifferenceUpdate(a, b)
    case .xor: try setSymmetricDifferenceUpdate(a, b)
    default: return nil
    }
    return a
}

private func setIsSubset(_ s: Value, _ other: Value) throws -> Bool {
    var o = other
    let roots = TempRoots()
    defer { roots.release() }
    if !isAnySet(other) {
        o = try makeSet(from: other, frozen: false)
        roots.add(o)
    }
    if PySet.count(s) > PySet.count(o) { return false }
    for e in PySet.entries(s) where try PySet.find(o, e.key, hash: e.hash) < 0 { return false }
    return true
}

private func setIsSuperset(_ s: Value, _ other: Value) throws -> Bool {
    if isAnySet(other) { return try setIsSubset(other, s) }
    var result = true
    try forEach(other) { x in
        if !(try PySet.contains(s, x)) { result = false }
        return result
    }
    return result
}

private func setIsDisjoint(_ s: Value, _ other: Value) throws -> Bool {
    if s.identical(other) { return PySet.count(s) == 0 }
    if isAnySet(other) {
        var (small, big) = (s, other)
        if PySet.count(other) < PySet.count(s) { (small, big) = (other, s) }
        for e in PySet.entries(small) where try PySet.find(big, e.key, hash: e.hash) >= 0 { return false }
        return true
    }
    var result = true
    try forEach(other) { x in
        if try PySet.contains(s, x) { result = false }
        return result
    }
    return result
}

/// Registers the non-mutating methods on set or frozenset.
private func installCommonSetMethods(_ t: TypeRef) {
    let tn = Types.name(t)
    Native.method(t, "copy") { args in
        try args.expectMethod("copy", "\(tn).copy", 0, 0)
        let me = args[0]
        if isFrozen(me) { return me }
        return try copySet(me, frozen: false)
    }
    Native.method(t, "union") { args in
        if !args.keywords.isEmpty { throw typeError("\(tn).union() takes no keyword arguments") }
        let me = args[0]
        let r = try copySet(me, frozen: isFrozen(me))
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(r)
        for o in args.positional.dropFirst() where !o.identical(me) { try setUpdate(r, with: o) }
        return r
    }
    Native.method(t, "intersection") { args in
        if !args.keywords.isEmpty { throw typeError("\(tn).intersection() takes no keyword arguments") }
        return try setIntersectionMulti(args[0], args.positional.dropFirst())
    }
    Native.method(t, "difference") { args in
        if !args.keywords.isEmpty { throw typeError("\(tn).difference() takes no keyword arguments") }
        let me = args[0]
        if args.count == 1 { return try copySet(me, frozen: isFrozen(me)) }
        let r = try setDifference(me, args[1])
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(r)
        for o in args.positional.dropFirst(2) { try setDifferenceUpdate(r, o) }
        return r
    }
    Native.method(t, "symmetric_difference") { args in
        try args.expectMethod("symmetric_difference", "\(tn).symmetric_difference", 1, 1)
        return try setSymmetricDifference(args[0], args[1])
    }
    Native.method(t, "issubset") { args in
        try args.expectMethod("issubset", "\(tn).issubset", 1, 1)
        return Value(bool: try setIsSubset(args[0], args[1]))
    }
    Native.method(t, "issuperset") { args in
        try args.expectMethod("issuperset", "\(tn).issuperset", 1, 1)
        return Value(bool: try setIsSuperset(args[0], args[1]))
    }
    Native.method(t, "isdisjoint") { args in
        try args.expectMethod("isdisjoint", "\(tn).isdisjoint", 1, 1)
        return Value(bool: try setIsDisjoint(args[0], args[1]))
    }
}

func installSetMethods() {
    installCommonSetMethods(T.set)
    installCommonSetMethods(T.frozenset)
    let set = T.set!

    Native.method(set, "add") { args in
        try args.expectMethod("add", "set.add", 1, 1)
        try PySet.add(args[0], args[1])
        return .none
    }
    Native.method(set, "discard") { args in
        try args.expectMethod("discard", "set.discard", 1, 1)
        try PySet.discard(args[0], args[1])
        return .none
    }
    Native.method(set, "remove") { args in
        try args.expectMethod("remove", "set.remove", 1, 1)
        if !(try PySet.discard(args[0], args[1])) { throw keyError(args[1]) }
        return .none
    }
    Native.method(set, "pop") { args in
        try args.expectMethod("pop", "set.pop", 0, 0)
        guard let x = PySet.pop(args[0]) else {
            throw PyError(Exceptions.make(Exc.keyError, "pop from an empty set"))
        }
        return x
    }
    Native.method(set, "clear") { args in
        try args.expectMethod("clear", "set.clear", 0, 0)
        PySet.clear(args[0])
        return .none
    }
    Native.method(set, "update") { args in
        if !args.keywords.isEmpty { throw typeError("set.update() takes no keyword arguments") }
        for o in args.positional.dropFirst() { try setUpdate(args[0], with: o) }
        return .none
    }
    Native.method(set, "intersection_update") { args in
        if !args.keywords.isEmpty { throw typeError("set.intersection_update() takes no keyword arguments") }
        let me = args[0]
        let r = try setIntersectionMulti(me, args.positional.dropFirst())
        if !r.identical(me) { swapSetBodies(me, r) }
        return .none
    }
    Native.method(set, "difference_update") { args in
        if !args.keywords.isEmpty { throw typeError("set.difference_update() takes no keyword arguments") }
        for o in args.positional.dropFirst() { try setDifferenceUpdate(args[0], o) }
        return .none
    }
    Native.method(set, "symmetric_difference_update") { args in
        try args.expectMethod("symmetric_difference_update", "set.symmetric_difference_update", 1, 1)
        try setSymmetricDifferenceUpdate(args[0], args[1])
        return .none
    }
}
