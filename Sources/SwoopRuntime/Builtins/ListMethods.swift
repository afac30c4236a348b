// ListMethods.swift — the methods of list.

/// list.index / tuple.index: (x, start, stop) with CPython's clamping.
func sequenceIndex(_ args: Args, count: () -> Int, item: (Int) -> Value, notFound: () throws -> PyError) throws -> Value {
    var start = 0, stop = Int.max
    if args.count > 2 { start = try sliceIndexArgument(args[2]) }
    if args.count > 3 { stop = try sliceIndexArgument(args[3]) }
    var (i, end) = clampRange(start, stop, count())
    let x = args[1]
    while i < end && i < count() {
        if try sameOrEqual(item(i), x) { return Value(int: i) }
        i += 1
        end = min(end, count())
    }
    throw try notFound()
}

func installListMethods() {
    let list = T.list!

    Native.method(list, "append") { args in
        if args.count == 2 && args.keywords.isEmpty {
            List.append(args[0], args[1])
            return .none
        }
        try args.expectMethod("append", "list.append", 1, 1)
        return .none
    }
    Native.method(list, "extend") { args in
        try args.expectMethod("extend", "list.extend", 1, 1)
        let me = args[0], other = args[1]
        if other.tag == .SW_TAG_OBJ && (other.obj.pointee.type == T.list || other.obj.pointee.type == T.tuple) {
            // Covers l.extend(l): the items are copied before appending.
            for x in isList(other) ? List.array(other) : Tuple.array(other) { List.append(me, x) }
            return .none
        }
        try forEach(other) { x in
            List.append(me, x)
            return true
        }
        return .none
    }
    Native.method(list, "insert") { args in
        try args.expectMethod("insert", "list.insert", 2, 2)
        List.insert(args[0], clamping: try sliceIndexArgumentForInsert(args[1]), args[2])
        return .none
    }
    Native.method(list, "remove") { args in
        try args.expectMethod("remove", "list.remove", 1, 1)
        let me = args[0]
        var i = 0
        while i < List.count(me) {
            if try sameOrEqual(List.items(me)[i], args[1]) {
                if i < List.count(me) { _ = List.remove(me, at: i) }
                return .none
            }
            i += 1
        }
        throw valueError("list.remove(x): x not in list")
    }
    Native.method(list, "pop") { args in
        try args.expectMethod("pop", "list.pop", 0, 1)
        let me = args[0]
        let n = List.count(me)
        if n == 0 { throw indexError("pop from empty list") }
        var i = n - 1
        if args.count > 1 {
            i = try Ops.index(try indexValue(args[1]))
            if i < 0 { i += n }
            if i < 0 || i >= n { throw indexError("pop index out of range") }
        }
        return List.remove(me, at: i)
    }
    Native.method(list, "index") { args in
        try args.expectMethod("index", "list.index", 1, 3)
        let me = args[0]
        return try sequenceIndex(args, count: { List.count(me) }, item: { List.items(me)[$0] }) {
            let shown = try Ops.reprString(args[1])
            return valueError("\(shown) is not in list")
        }
    }
    Native.method(list, "count") { args in
        try args.expectMethod("count", "list.count", 1, 1)
        let me = args[0]
        var n = 0, i = 0
        while i < List.count(me) {
            if try sameOrEqual(List.items(me)[i], args[1]) { n += 1 }
            i += 1
        }
        return Value(int: n)
    }
    Native.method(list, "sort") { args in
        if args.count > 1 { throw typeError("sort() takes no positional arguments") }
        let (key, reverse) = try sortOptions(args)
        let me = args[0]
        let sorted = try sortValues(List.array(me), key: key, reverse: reverse)
        List.replace(me, 0, List.count(me), with: sorted)
        return .none
    }
    Native.method(list, "reverse") { args in
        try args.expectMethod("reverse", "list.reverse", 0, 0)
        List.reverse(args[0], count: List.count(args[0]))
        return .none
    }
    Native.method(list, "copy") { args in
        try args.expectMethod("copy", "list.copy", 0, 0)
        let me = args[0]
        return copyList(me)
    }
    Native.method(list, "clear") { args in
        try args.expectMethod("clear", "list.clear", 0, 0)
        List.setCount(args[0], 0)
        return .none
    }
}

/// list.insert's index: any int (clamped afterwards), big ints saturate.
private func sliceIndexArgumentForInsert(_ v: Value) throws -> Int {
    if v.tag == .SW_TAG_INT { return Int(v.int) }
    let x = try indexValue(v)
    if BigInt.isBig(x) { return BigInt.z(x).sign < 0 ? Int.min / 2 : Int.max / 2 }
    return Int(x.int)
}
