// RangeMethods.swift — the methods of range (index, count), computed arithmetically for ints.

/// The position of int `v` in the range, or nil if absent.
private func rangePosition(_ r: Value, _ v: Int64) -> Int64? {
    let s = objectSlots(r.obj)
    let start = s[0].int, stop = s[1].int, step = s[2].int
    if step > 0 { if v < start || v >= stop { return nil } }
    else if v > start || v <= stop { return nil }
    let (d, o) = v.subtractingReportingOverflow(start)
    if o { return nil }
    return d % step == 0 ? d / step : nil
}

func installRangeMethods() {
    let range = T.range!

    Native.method(range, "index") { args in
        try args.expectMethod("index", "range.index", 1, 1)
        let me = args[0], x = args[1]
        if x.tag == .SW_TAG_INT || x.tag == .SW_TAG_BOOL {
            if let i = rangePosition(me, Num.small(x)!) { return Value(int: i) }
            throw valueError("\(try Ops.reprString(x)) is not in range")
        }
        if BigInt.isBig(x) { throw valueError("\(try Ops.reprString(x)) is not in range") }
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
        if x.tag == .SW_TAG_INT || x.tag == .SW_TAG_BOOL {
            return Value(int: rangePosition(me, Num.small(x)!) == nil ? 0 : 1)
        }
        if BigInt.isBig(x) { return Value(int: 0) }
        var n = 0
        try forEach(me) { item in
            if try sameOrEqual(item, x) { n += 1 }
            return true
        }
        return Value(int: n)
    }
}
