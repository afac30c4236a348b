// TupleMethods.swift — the methods of tuple.

func installTupleMethods() {
    let tuple = T.tuple!

    Native.method(tuple, "index") { args in
        try args.expectMethod("index", "tuple.index", 1, 3)
        let me = args[0]
        return try sequenceIndex(args, count: { Tuple.count(me) }, item: { Tuple.items(me)[$0] }) {
            valueError("tuple.index(x): x not in tuple")
        }
    }
    Native.method(tuple, "count") { args in
        try args.expectMethod("count", "tuple.count", 1, 1)
        let me = args[0]
        var n = 0
        for i in 0..<Tuple.count(me) where try sameOrEqual(Tuple.items(me)[i], args[1]) { n += 1 }
        return Value(int: n)
    }
}
