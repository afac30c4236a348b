// DictMethods.swift — the methods of dict; keys()/values()/items() views are slot objects whose slot 0 is the dict.

/// dict.update(other) / dict(other): a mapping (dict, or anything with keys()) or an
/// iterable of key/value pairs.
func dictUpdate(_ d: Value, from other: Value) throws {
    if isDict(other) {
        if other.identical(d) { return }
        for (k, v) in Dict.entries(other) { try Dict.set(d, k, v) }
        return
    }
    let roots = TempRoots()
    defer { roots.release() }
    if hasSpecial(other, "keys") {
        let keys = try collectList(try Ops.call(try Ops.getAttr(other, Str.intern("keys")), []))
        roots.add(keys)
        for k in List.array(keys) { try Dict.set(d, k, try Ops.getItem(other, k)) }
        return
    }
    var index = 0
    try forEach(other) { element in
        if element.isObject(ofType: T.tuple) && Tuple.count(element) == 2 {
            try Dict.set(d, Tuple.items(element)[0], Tuple.items(element)[1])
            index += 1
            return true
        }
        let pair: [Value]
        if isList(element) || isTuple(element) {
            pair = isList(element) ? List.array(element) : Tuple.array(element)
        } else {
            do {
                _ = try Ops.iter(element)
            } catch let e as PyError where Exceptions.type(e.exception) == Exc.typeError {
                throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            let l = try collectList(element)
            roots.add(l)
            pair = List.array(l)
        }
        if pair.count != 2 {
            throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
        }
        try Dict.set(d, pair[0], pair[1])
        index += 1
        return true
    }
}

/// A keys/values/items view of `d`.
func dictView(_ type: TypeRef, _ d: Value) -> Value {
    Objects.slotObject(type, [d])
}

/// The last live entry (popitem's victim), or nil if the dict is empty.
private func lastEntry(_ d: Value) -> (key: Value, value: Value)? {
    let p = d.as(SwDict.self)
    var i = Int(p.pointee.used) - 1
    while i >= 0 {
        let e = p.pointee.entries[i]
        if e.key.tag != .SW_TAG_UNBOUND { return (e.key, e.value) }
        i -= 1
    }
    return nil
}

func installDictMethods() {
    let dict = T.dict!

    Native.method(dict, "get") { args in
        try args.expectMethod("get", "dict.get", 1, 2)
        return try Dict.get(args[0], args[1]) ?? (args.count > 2 ? args[2] : .none)
    }
    Native.method(dict, "setdefault") { args in
        try args.expectMethod("setdefault", "dict.setdefault", 1, 2)
        if let v = try Dict.get(args[0], args[1]) { return v }
        let v = args.count > 2 ? args[2] : Value.none
        try Dict.set(args[0], args[1], v)
        return v
    }
    Native.method(dict, "pop") { args in
        try args.expectMethod("pop", "dict.pop", 1, 2)
        if let v = try Dict.remove(args[0], args[1]) { return v }
        if args.count > 2 { return args[2] }
        throw keyError(args[1])
    }
    Native.method(dict, "popitem") { args in
        try args.expectMethod("popitem", "dict.popitem", 0, 0)
        guard let e = lastEntry(args[0]) else {
            throw PyError(Exceptions.make(Exc.keyError, "popitem(): dictionary is empty"))
        }
        try Dict.remove(args[0], e.key)
        return Tuple.make([e.key, e.value])
    }
    Native.method(dict, "update") { args in
        if args.count > 2 { throw typeError("update expected at most 1 argument, got \(args.count - 1)") }
        let d = args[0]
        if args.count == 2 { try dictUpdate(d, from: args[1]) }
        for (k, v) in args.keywords { Dict.setStr(d, Str.intern(k), v) }
        return .none
    }
    Native.method(dict, "keys") { args in
        try args.expectMethod("keys", "dict.keys", 0, 0)
        return dictView(T.dictKeys, args[0])
    }
    Native.method(dict, "values") { args in
        try args.expectMethod("values", "dict.values", 0, 0)
        return dictView(T.dictValues, args[0])
    }
    Native.method(dict, "items") { args in
        try args.expectMethod("items", "dict.items", 0, 0)
        return dictView(T.dictItems, args[0])
    }
    Native.method(dict, "copy") { args in
        try args.expectMethod("copy", "dict.copy", 0, 0)
        return Dict.copy(args[0])
    }
    Native.method(dict, "clear") { args in
        try args.expectMethod("clear", "dict.clear", 0, 0)
        Dict.clear(args[0])
        return .none
    }
    // A classmethod in CPython. Looked up on the type (`dict.fromkeys(it, v)`) the call
    // carries only the iterable and value; a type object or dict in front (bound through
    // the class or an instance) is skipped.
    Native.method(dict, "fromkeys") { args in
        var a = args
        if a.count > 0 && isTypeObject(a[0]) { a.positional.removeFirst() }
        else if a.count == 3 && isDict(a[0]) { a.positional.removeFirst() }
        if !a.keywords.isEmpty { throw typeError("dict.fromkeys() takes no keyword arguments") }
        try a.expect("fromkeys", 1, 2)
        let value = a.count > 1 ? a[1] : Value.none
        let d = Dict.make()
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(d)
        try forEach(a[0]) { k in
            try Dict.set(d, k, value)
            return true
        }
        return d
    }
}
