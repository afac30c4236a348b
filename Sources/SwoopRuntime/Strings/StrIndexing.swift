// StrIndexing.swift — str subscripting (s[i], s[a:b:c]), containment (`sub in s`) and repetition (s * n), the helpers behind Ops.
import Glibc

/// `s[index]` for a str: int indices (negative from the end) and slices.
public func strGetItem(_ s: Value, _ index: Value) throws -> Value {
    var i: Int
    switch index.tag {
    case .SW_TAG_INT:
        i = Int(index.int)
    case .SW_TAG_BOOL:
        i = index.bool ? 1 : 0
    case .SW_TAG_OBJ:
        let t = index.obj.pointee.type
        if t == T.slice { return try strSlice(s, index) }
        if t == T.int { throw indexError("cannot fit 'int' into an index-sized integer") }
        if Classes.isHeapInstance(index), Classes.userMethod(t, SN.__index__) != nil {
            return try strGetItem(s, Value(int: try Ops.index(index)))
        }
        throw typeError("string indices must be integers, not '\(Ops.typeName(index))'")
    default:
        throw typeError("string indices must be integers, not '\(Ops.typeName(index))'")
    }
    let len = Str.length(s)
    if i < 0 { i += len }
    guard i >= 0 && i < len else { throw indexError("string index out of range") }
    return StrKit.charAt(s, i)
}

/// `s[slice]`.
public func strSlice(_ s: Value, _ slice: Value) throws -> Value {
    let len = Str.length(s)
    let (start, _, step, count) = try Ops.sliceIndices(slice, length: len)
    if count <= 0 { return StrKit.empty }
    if step == 1 {
        let (bs, be) = StrKit.byteRange(s, start, start + count)
        return StrKit.slice(s, bs, be)
    }
    if Str.isASCII(s) {
        let b = Str.buffer(s)
        if count == 1 { return Str.ascii[Int(b[start])] }
        let v = Str.allocate(byteCount: count, length: count, isASCII: true)
        let d = strBytes(v.as(SwStr.self))
        var k = start
        for j in 0..<count {
            d[j] = b[k]
            k += step
        }
        return v
    }
    let c = Chars(s)
    var b = StrBuilder(capacity: count)
    var k = start
    for _ in 0..<count {
        b.append(c, bytesFrom: c.byte(k), to: c.byte(k + 1), chars: 1)
        k += step
    }
    return b.finish()
}

/// `sub in s`.
public func strContains(_ s: Value, _ sub: Value) throws -> Bool {
    guard StrKit.isStr(sub) else {
        throw typeError("'in <string>' requires string as left operand, not \(Ops.typeName(sub))")
    }
    let h = Str.buffer(s), n = Str.buffer(sub)
    return StrKit.find(h, 0, h.count, n) >= 0
}

/// `s * n`. The caller has checked that the result's size does not overflow.
public func strMultiply(_ s: Value, _ n: Int) -> Value {
    let b = Str.buffer(s)
    let m = b.count
    if n <= 0 || m == 0 { return StrKit.empty }
    if n == 1 && StrKit.isExactStr(s) { return s }
    let total = m * n
    let v = Str.allocate(byteCount: total, length: Str.length(s) * n, isASCII: Str.isASCII(s))
    let d = strBytes(v.as(SwStr.self))
    if m == 1 {
        memset(d, Int32(b[0]), total)
    } else {
        memcpy(d, b.baseAddress!, m)
        var filled = m
        while filled < total {
            let chunk = min(filled, total - filled)
            memcpy(d + filled, d, chunk)
            filled += chunk
        }
    }
    return v
}

/// `s * n` with CPython's errors for impossible sizes (OverflowError when the byte count
/// overflows, MemoryError past what can reasonably be allocated).
public func strRepeat(_ s: Value, _ n: Int) throws -> Value {
    let m = Str.buffer(s).count
    if n > 0 && m > 0 {
        let (total, overflow) = m.multipliedReportingOverflow(by: n)
        if overflow { throw overflowError("repeated string is too long") }
        if total > 1 << 40 { throw PyError(Exceptions.make(Exc.memoryError, args: [])) }
    }
    return strMultiply(s, n)
}
