// RangeMethods.swift — the methods of range (index, count), computed arithmetically for ints.

func installRangeMethods() {
    let range = T.range!

    Native.method(range, "index") { args in
        try args.expectMethod("index", "range.index", 1, 1)
        let me = args[0], x = args[1]
        if isIntLike(x) {
            if let i = PyRange.position(me, x) { return i }
            throw valueError("\(try Ops.reprString(x)) is not in range")
        }
        var i = 0
        var found = -1
        try forEach(me) { item in
            if try sameOrEqual(item, x) { found = i; return false }
            i += 1
            return true
        }
        if found >= 0 { return Value(int: found) }
        throw valueError("sequence.index(x): x not in sequence")
    }
    Native.method(range, "count") { args in
        try args.expectMethod("count", "range.count", 1, 1)
        let me = args[0], x = args[1]
        if isIntLike(x) { return Value(int: PyRange.position(me, x) == nil ? 0 : 1) }
        var n = 0
        try forEach(me) { item in
            if try sameOrEqual(item, x) { n += 1 }
            return true
        }
        return Value(int: n)
    }
}
