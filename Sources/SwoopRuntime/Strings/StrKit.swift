// StrKit.swift — low-level str building blocks: UTF-8 decoding, a code-point view with byte offsets, result builders, byte searching and argument conversion for the str methods.
import Glibc

/// Helpers shared by the str methods, formatting and repr.
enum StrKit {
    /// The shared empty str.
    static let empty: Value = Heap.immortal { Str.make("") }

    @inline(__always) static func isStr(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ && v.obj.pointee.type.pointee.kind == .SW_KIND_STR
    }

    @inline(__always) static func isExactStr(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.str
    }

    // MARK: - UTF-8

    /// The byte length of the UTF-8 sequence that starts with `b`.
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4))
    }

    /// Decodes the code point at `i` (a sequence start) and advances `i` past it. Lone
    /// surrogates (generalized UTF-8) decode like any other 3-byte sequence.
    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { i += 1; return c0 }
        let n = b.count
        @inline(__always) func cont(_ k: Int) -> UInt32 { k < n ? UInt32(b[k]) & 0x3F : 0 }
        if c0 < 0xE0 {
            let r = ((c0 & 0x1F) << 6) | cont(i + 1)
            i += 2
            return r
        }
        if c0 < 0xF0 {
            let r = ((c0 & 0x0F) << 12) | (cont(i + 1) << 6) | cont(i + 2)
            i += 3
            return r
        }
        let r = ((c0 & 0x07) << 18) | (cont(i + 1) << 12) | (cont(i + 2) << 6) | cont(i + 3)
        i += 4
        return r
    }

    @inline(__always) static func encode(_ c: UInt32, _ out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    /// The number of code points in `b[from..<to]` (sequence boundaries).
    static func countChars(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            if b[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    // One remembered (str, char index, byte offset) position, so walking a non-ASCII str
    // by index (s[i] in a loop) is not quadratic. Keyed by the GC count: an object can
    // only be freed (and its address reused) by a collection.
    static var cacheBits: UInt64 = 0
    static var cacheCollections = -1
    static var cacheChar = 0
    static var cacheByte = 0

    /// The byte offset of code point `i` (0...length) of `s`.
    static func byteOffset(_ s: Value, _ i: Int) -> Int {
        if Str.isASCII(s) { return i }
        let b = Str.buffer(s)
        let len = Str.length(s)
        if i <= 0 { return 0 }
        if i >= len { return b.count }
        // Start from the nearest of: the beginning, the end, the cached position.
        var k = 0, p = 0
        var bestDistance = i
        if len - i < bestDistance { k = len; p = b.count; bestDistance = len - i }
        if s.bits == cacheBits && Heap.collections == cacheCollections && abs(cacheChar - i) < bestDistance {
            k = cacheChar
            p = cacheByte
        }
        while k < i {
            p += sequenceLength(b[p])
            k += 1
        }
        while k > i {
            p -= 1
            while b[p] & 0xC0 == 0x80 { p -= 1 }
            k -= 1
        }
        cacheBits = s.bits
        cacheCollections = Heap.collections
        cacheChar = i
        cacheByte = p
        return p
    }

    /// Byte offsets of code points `start` and `end` (0 <= start <= end <= length).
    static func byteRange(_ s: Value, _ start: Int, _ end: Int) -> (Int, Int) {
        if Str.isASCII(s) { return (start, end) }
        let b = Str.buffer(s)
        if start == 0 && end >= Str.length(s) { return (0, b.count) }
        let bs = byteOffset(s, start)
        if end >= Str.length(s) { return (bs, b.count) }
        var p = bs
        for _ in start..<end { p += sequenceLength(b[p]) }
        return (bs, p)
    }

    // MARK: - Making strs

    /// A str from UTF-8 bytes holding `length` code points (ASCII iff length == bytes).
    static func make(_ bytes: [UInt8], length: Int) -> Value {
        let n = bytes.count
        if n == 0 { return empty }
        if n == 1 { return Str.ascii[Int(bytes[0])] }
        let v = Str.allocate(byteCount: n, length: length, isASCII: length == n)
        bytes.withUnsafeBufferPointer { _ = memcpy(strBytes(v.as(SwStr.self)), $0.baseAddress!, n) }
        return v
    }

    /// The str made of bytes `from..<to` of `s` (sequence boundaries); `s` itself when that
    /// is all of it.
    static func slice(_ s: Value, _ from: Int, _ to: Int) -> Value {
        let b = Str.buffer(s)
        let n = to - from
        if n <= 0 { return empty }
        if n == b.count && isExactStr(s) { return s }
        if Str.isASCII(s) {
            if n == 1 { return Str.ascii[Int(b[from])] }
            let v = Str.allocate(byteCount: n, length: n, isASCII: true)
            memcpy(strBytes(v.as(SwStr.self)), b.baseAddress! + from, n)
            return v
        }
        return Str.make(utf8: UnsafeBufferPointer(rebasing: b[from..<to]))
    }

    /// The one-character str at code point `i` (in range).
    static func charAt(_ s: Value, _ i: Int) -> Value {
        let b = Str.buffer(s)
        if Str.isASCII(s) { return Str.ascii[Int(b[i])] }
        let p = byteOffset(s, i)
        return Str.make(utf8: UnsafeBufferPointer(rebasing: b[p..<(p + sequenceLength(b[p]))]))
    }

    // MARK: - Searching bytes

    /// The first offset in `from..<to` where `needle` occurs in `h`, or -1.
    static func find(_ h: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Int {
        let m = needle.count
        if m == 0 { return from <= to ? from : -1 }
        if to - from < m { return -1 }
        let base = h.baseAddress!
        let first = Int32(needle[0])
        let last = to - m
        var i = from
        while i <= last {
            guard let p = memchr(base + i, first, last - i + 1) else { return -1 }
            let j = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
            if m == 1 || memcmp(base + j + 1, needle.baseAddress! + 1, m - 1) == 0 { return j }
            i = j + 1
        }
        return -1
    }

    /// The last offset in `from..<to` where `needle` occurs in `h`, or -1.
    static func rfind(_ h: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Int {
        let m = needle.count
        if m == 0 { return from <= to ? to : -1 }
        if to - from < m { return -1 }
        let base = h.baseAddress!
        let first = needle[0]
        var i = to - m
        while i >= from {
            if base[i] == first && (m == 1 || memcmp(base + i + 1, needle.baseAddress! + 1, m - 1) == 0) { return i }
            i -= 1
        }
        return -1
    }

    /// Whether `needle` occurs in `h` at byte offset `at`.
    @inline(__always) static func matches(_ h: UnsafeBufferPointer<UInt8>, at: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = needle.count
        if at < 0 || at + m > h.count { return false }
        return m == 0 || memcmp(h.baseAddress! + at, needle.baseAddress!, m) == 0
    }

    // MARK: - Index arithmetic

    /// CPython's ADJUST_INDICES: slice-style clamping of find()'s start/end.
    @inline(__always) static func adjust(_ start: Int, _ end: Int, _ len: Int) -> (Int, Int) {
        var s = start, e = end
        if e > len { e = len } else if e < 0 { e += len; if e < 0 { e = 0 } }
        if s < 0 { s += len; if s < 0 { s = 0 } }
        return (s, e)
    }

    // MARK: - Argument conversion

    /// The clinic's Py_ssize_t converter (via __index__).
    static func ssize(_ v: Value) throws -> Int {
        switch v.tag {
        case .SW_TAG_INT: return Int(v.int)
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        default:
            if BigInt.isBig(v) { throw overflowError("Python int too large to convert to C ssize_t") }
            throw typeError("'\(Ops.typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// The clinic's C int converter.
    static func cInt(_ v: Value) throws -> Int {
        switch v.tag {
        case .SW_TAG_INT:
            if v.int > Int64(Int32.max) || v.int < Int64(Int32.min) {
                throw overflowError("Python int too large to convert to C int")
            }
            return Int(v.int)
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        default:
            if BigInt.isBig(v) { throw overflowError("Python int too large to convert to C int") }
            throw typeError("'\(Ops.typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// _PyEval_SliceIndex: nil for None; big ints clamp.
    static func sliceIndex(_ v: Value) throws -> Int? {
        switch v.tag {
        case .SW_TAG_NONE: return nil
        case .SW_TAG_INT: return Int(v.int)
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        default:
            if BigInt.isBig(v) { return BigInt.z(v).sign < 0 ? Int.min : Int.max }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
    }

    // MARK: - Method argument checking (CPython's messages for each calling convention)

    /// `self` of a str method called through the type (`str.upper(x)`) or bound.
    static func selfStr(_ a: Args, _ name: String) throws -> Value {
        guard a.count > 0 else { throw typeError("unbound method str.\(name)() needs an argument") }
        let s = a[0]
        guard isStr(s) else {
            throw typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(Ops.typeName(s))' object")
        }
        return s
    }

    /// METH_NOARGS.
    static func noArgs(_ a: Args, _ name: String) throws -> Value {
        let s = try selfStr(a, name)
        if !a.keywords.isEmpty { throw typeError("str.\(name)() takes no keyword arguments") }
        if a.count != 1 { throw typeError("str.\(name)() takes no arguments (\(a.count - 1) given)") }
        return s
    }

    /// METH_O: returns (self, the argument).
    static func oneArg(_ a: Args, _ name: String) throws -> (Value, Value) {
        let s = try selfStr(a, name)
        if !a.keywords.isEmpty { throw typeError("str.\(name)() takes no keyword arguments") }
        if a.count != 2 { throw typeError("str.\(name)() takes exactly one argument (\(a.count - 1) given)") }
        return (s, a[1])
    }

    /// Argument Clinic, positional-only parameters (_PyArg_CheckPositional).
    static func positional(_ a: Args, _ name: String, _ min: Int, _ max: Int) throws -> Value {
        let s = try selfStr(a, name)
        if !a.keywords.isEmpty { throw typeError("str.\(name)() takes no keyword arguments") }
        let n = a.count - 1
        if n < min {
            throw typeError("\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            throw typeError("\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
        return s
    }

    /// METH_VARARGS parsed by PyArg_ParseTuple (find, count, startswith, ...).
    static func varargs(_ a: Args, _ name: String, _ min: Int, _ max: Int) throws -> Value {
        let s = try selfStr(a, name)
        if !a.keywords.isEmpty { throw typeError("str.\(name)() takes no keyword arguments") }
        let n = a.count - 1
        if n < min || n > max {
            let bound = n < min ? min : max
            let how = min == max ? "exactly" : (n < min ? "at least" : "at most")
            throw typeError("\(name)() takes \(how) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
        }
        return s
    }

    /// Argument Clinic with keyword parameters, none required (_PyArg_UnpackKeywords).
    static func keywordArgs(_ a: Args, _ name: String, _ names: [String]) throws -> (Value, [Value?]) {
        let s = try selfStr(a, name)
        let nargs = a.count - 1
        let nkw = a.keywords.count
        let maxargs = names.count
        if nargs + nkw > maxargs {
            throw typeError("\(name)() takes at most \(maxargs) \(nargs == 0 ? "keyword " : "")argument\(maxargs == 1 ? "" : "s") (\(nargs + nkw) given)")
        }
        var out = [Value?](repeating: nil, count: maxargs)
        for i in 0..<nargs { out[i] = a[i + 1] }
        var remaining = nkw
        var i = nargs
        while i < maxargs && remaining > 0 {
            if let v = a.keyword(names[i]) {
                out[i] = v
                remaining -= 1
            }
            i += 1
        }
        if remaining > 0 {
            for i in 0..<nargs where a.keyword(names[i]) != nil {
                throw typeError("argument for \(name)() given by name ('\(names[i])') and position (\(i + 1))")
            }
            for (k, _) in a.keywords where !names.contains(k) {
                throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        return (s, out)
    }
}

/// The code points of a str with their byte offsets. For an ASCII str it reads the bytes
/// directly and allocates nothing.
struct Chars {
    let buf: UnsafeBufferPointer<UInt8>
    let ascii: Bool
    let count: Int
    private(set) var points: [UInt32] = []
    /// Byte offset of each code point, plus the end.
    private(set) var offsets: [Int] = []

    init(_ s: Value) {
        buf = Str.buffer(s)
        ascii = Str.isASCII(s)
        count = Str.length(s)
        if !ascii {
            points.reserveCapacity(count)
            offsets.reserveCapacity(count + 1)
            var i = 0
            while i < buf.count {
                offsets.append(i)
                points.append(StrKit.decode(buf, &i))
            }
            offsets.append(buf.count)
        }
    }

    @inline(__always) subscript(_ i: Int) -> UInt32 { ascii ? UInt32(buf[i]) : points[i] }

    /// The byte offset of code point `i` (0...count).
    @inline(__always) func byte(_ i: Int) -> Int { ascii ? i : offsets[i] }
}

/// Accumulates UTF-8 output and its code-point count.
struct StrBuilder {
    var bytes: [UInt8] = []
    var length = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func append(_ c: UInt32) {
        StrKit.encode(c, &bytes)
        length += 1
    }

    @inline(__always) mutating func appendASCII(_ c: UInt8) {
        bytes.append(c)
        length += 1
    }

    mutating func append(str v: Value) {
        bytes.append(contentsOf: Str.buffer(v))
        length += Str.length(v)
    }

    /// Appends bytes `from..<to` of `c`'s str, holding `chars` code points.
    mutating func append(_ c: Chars, bytesFrom from: Int, to: Int, chars: Int) {
        if to > from { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: c.buf[from..<to])) }
        length += chars
    }

    mutating func append(scalarsOf s: String) {
        for u in s.unicodeScalars { append(u.value) }
    }

    func finish() -> Value { StrKit.make(bytes, length: length) }
}

/// A set of code points (strip's `chars`).
struct CharSet {
    var low: UInt64 = 0, high: UInt64 = 0
    var other: Set<UInt32> = []

    init(_ s: Value) {
        let c = Chars(s)
        for i in 0..<c.count {
            let x = c[i]
            if x < 64 { low |= 1 << UInt64(x) } else if x < 128 { high |= 1 << UInt64(x - 64) } else { other.insert(x) }
        }
    }

    @inline(__always) func contains(_ x: UInt32) -> Bool {
        if x < 64 { return low & (1 << UInt64(x)) != 0 }
        if x < 128 { return high & (1 << UInt64(x - 64)) != 0 }
        return !other.isEmpty && other.contains(x)
    }
}
