// BuiltinIterators.swift — enumerate, zip, map, filter, reversed and iter(callable, sentinel) objects.
//
// Each is a slot object whose state lives in its slots (so the GC traces it):
//   enumerate: [iterator, next count]
//   zip:       [tuple of iterators, strict (bool)]
//   map:       [function, tuple of iterators]
//   filter:    [function or None, iterator]
//   reversed:  [sequence, next index (-1 when exhausted)]
//   callable_iterator: [callable (None when exhausted), sentinel]

enum EnumerateSlot { static let iterator = 0, count = 1 }
enum ZipSlot { static let iterators = 0, strict = 1 }
enum MapSlot { static let function = 0, iterators = 1 }
enum FilterSlot { static let function = 0, iterator = 1 }
enum ReversedSlot { static let sequence = 0, index = 1 }
enum CallIterSlot { static let callable = 0, sentinel = 1 }

/// `__next__` for the iterator types defined here: the item, `.some(nil)` when exhausted,
/// or nil when `it` is not one of these types.
func builtinIteratorNext(_ it: Value) throws -> Value?? {
    let t = it.obj.pointee.type
    let s = objectSlots(it.obj)
    switch t {
    case T.enumerate:
        guard let x = try Ops.next(s[EnumerateSlot.iterator]) else { return .some(nil) }
        let n = s[EnumerateSlot.count]
        if n.tag == .SW_TAG_INT && n.int < Int64.max {
            s[EnumerateSlot.count] = Value(int: n.int + 1)
        } else {
            s[EnumerateSlot.count] = try Ops.binary(.add, n, Value(int: 1))
        }
        let pair = Tuple.allocate(2)
        Tuple.items(pair)[0] = n
        Tuple.items(pair)[1] = x
        return .some(pair)

    case T.zip:
        let its = s[ZipSlot.iterators]
        let n = Tuple.count(its)
        if n == 0 { return .some(nil) }
        // The result tuple is filled in place; rooted, it keeps earlier items alive while
        // later iterators run Python code.
        let result = Tuple.allocate(n)
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(result)
        for i in 0..<n {
            guard let x = try Ops.next(Tuple.items(its)[i]) else {
                if s[ZipSlot.strict].bool { try zipStrictMismatch(its, exhausted: i) }
                return .some(nil)
            }
            Tuple.items(result)[i] = x
        }
        return .some(result)

    case T.map:
        let its = s[MapSlot.iterators]
        let n = Tuple.count(its)
        if n == 1 {
            guard let x = try Ops.next(Tuple.items(its)[0]) else { return .some(nil) }
            return .some(try Ops.call(s[MapSlot.function], [x]))
        }
        let argsTuple = Tuple.allocate(n)
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(argsTuple)
        for i in 0..<n {
            guard let x = try Ops.next(Tuple.items(its)[i]) else { return .some(nil) }
            Tuple.items(argsTuple)[i] = x
        }
        return .some(try Ops.call(s[MapSlot.function], Tuple.array(argsTuple)))

    case T.filter:
        let f = s[FilterSlot.function]
        let roots = TempRoots()
        defer { roots.release() }
        let slot = roots.add(.none)
        while let x = try Ops.next(s[FilterSlot.iterator]) {
            roots.set(slot, x)
            let keep: Bool
            if f.isNone || f.identical(Value(T.bool)) { keep = try Ops.truthy(x) }
            else { keep = try Ops.truthy(try Ops.call(f, [x])) }
            if keep { return .some(x) }
        }
        return .some(nil)

    case T.reversed:
        let i = s[ReversedSlot.index].int
        if i < 0 { return .some(nil) }
        let seq = s[ReversedSlot.sequence]
        if isList(seq) && seq.obj.pointee.type == T.list {
            if Int(i) >= List.count(seq) { s[ReversedSlot.index] = Value(int: -1); return .some(nil) }
            s[ReversedSlot.index] = Value(int: i - 1)
            return .some(List.items(seq)[Int(i)])
        }
        if isTuple(seq) && seq.obj.pointee.type == T.tuple {
            s[ReversedSlot.index] = Value(int: i - 1)
            return .some(Tuple.items(seq)[Int(i)])
        }
        do {
            let x = try Ops.getItem(seq, Value(int: i))
            s[ReversedSlot.index] = Value(int: i - 1)
            return .some(x)
        } catch let e as PyError {
            let et = Exceptions.type(e.exception)
            if Types.isSubtype(et, Exc.indexError) || Types.isSubtype(et, Exc.stopIteration) {
                s[ReversedSlot.index] = Value(int: -1)
                return .some(nil)
            }
            throw e
        }

    case T.callIterator:
        let f = s[CallIterSlot.callable]
        if f.isNone { return .some(nil) }
        let x: Value
        do {
            x = try Ops.call(f, [])
        } catch let e as PyError where Types.isSubtype(Exceptions.type(e.exception), Exc.stopIteration) {
            s[CallIterSlot.callable] = .none
            return .some(nil)
        }
        if try sameOrEqual(x, s[CallIterSlot.sentinel]) {
            s[CallIterSlot.callable] = .none
            return .some(nil)
        }
        return .some(x)

    default:
        return nil
    }
}

/// zip(strict=True): iterator `exhausted` ran out; CPython's messages for the mismatch.
private func zipStrictMismatch(_ its: Value, exhausted i: Int) throws {
    if i > 0 {
        let plural = i == 1 ? " " : "s 1-"
        throw valueError("zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
    }
    for k in 1..<Tuple.count(its) {
        if try Ops.next(Tuple.items(its)[k]) != nil {
            let plural = k == 1 ? " " : "s 1-"
            throw valueError("zip() argument \(k + 1) is longer than argument\(plural)\(k)")
        }
    }
}

/// Iterators for several iterables, as a tuple (rooted by the caller's object once stored).
private func iteratorTuple(_ iterables: ArraySlice<Value>) throws -> Value {
    let l = List.make(capacity: iterables.count)
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(l)
    for x in iterables { List.append(l, try Ops.iter(x)) }
    return listToTuple(l)
}

func constructEnumerate(_ args: inout Args) throws -> Value {
    try args.checkKeywords("enumerate", ["iterable", "start"])
    let total = args.count + args.keywords.count
    if total > 2 { throw typeError("enumerate() takes at most 2 arguments (\(total) given)") }
    guard let iterable = args.arg(0, "iterable") else {
        if args.keyword("start") != nil && args.count == 0 {
            throw typeError("'start' is an invalid keyword argument for enumerate()")
        }
        throw typeError("enumerate() missing required argument 'iterable'")
    }
    var start = Value(int: 0)
    if let s = args.arg(1, "start") { start = try indexValue(s) }
    let it = try Ops.iter(iterable)
    return Objects.slotObject(T.enumerate, it, start)
}

func constructZip(_ args: inout Args) throws -> Value {
    try args.checkKeywords("zip", ["strict"])
    let strict = try args.keyword("strict").map { try Ops.truthy($0) } ?? false
    let its = try iteratorTuple(args.positional[...])
    return Objects.slotObject(T.zip, its, Value(bool: strict))
}

func constructMap(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("map() takes no keyword arguments") }
    if args.count < 2 { throw typeError("map() must have at least two arguments.") }
    let its = try iteratorTuple(args.positional[1...])
    return Objects.slotObject(T.map, args[0], its)
}

func constructFilter(_ args: inout Args) throws -> Value {
    try args.expect("filter", 2, 2)
    let it = try Ops.iter(args[1])
    return Objects.slotObject(T.filter, args[0], it)
}

func constructReversed(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("reversed() takes no keyword arguments") }
    if args.count != 1 { throw typeError("reversed expected 1 argument, got \(args.count)") }
    let seq = args[0]
    let t = Ops.typeOf(seq)
    switch t {
    case T.list:
        return Objects.slotObject(T.listReverseIterator, seq, Value(int: List.count(seq) - 1), .none)
    case T.range:
        return PyRange.reversedIterator(seq)
    case T.dict, T.dictKeys, T.dictValues, T.dictItems:
        let d = t == T.dict ? seq : objectSlots(seq.obj)[0]
        let entries = Dict.entries(d).reversed()
        let items: [Value]
        switch t {
        case T.dictValues: items = entries.map { $0.value }
        case T.dictItems: items = entries.map { Tuple.make([$0.key, $0.value]) }
        default: items = entries.map { $0.key }
        }
        return try Ops.iter(List.make(items))
    case T.tuple, T.str:
        return Objects.slotObject(T.reversed, seq, Value(int: try Ops.len(seq) - 1))
    default:
        break
    }
    if let r = try callSpecial(seq, SN.__reversed__) { return r }
    if t != T.set && t != T.frozenset && t != T.dict && hasSpecial(seq, "__getitem__") && hasSpecial(seq, "__len__") {
        return Objects.slotObject(T.reversed, seq, Value(int: try Ops.len(seq) - 1))
    }
    throw typeError("'\(Types.name(t))' object is not reversible")
}

/// iter(x) and iter(callable, sentinel).
func builtinIter(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("iter() takes no keyword arguments") }
    try args.expect("iter", 1, 2)
    if args.count == 1 { return try Ops.iter(args[0]) }
    if !isCallable(args[0]) { throw typeError("iter(v, w): v must be callable") }
    return Objects.slotObject(T.callIterator, args[0], args[1])
}
