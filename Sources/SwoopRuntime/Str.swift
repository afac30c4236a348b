// Str.swift — str objects: UTF-8 inline with a code-point count, interning, hashing,
// and conversion to and from Swift strings.
import Glibc

public typealias StrRef = UnsafeMutablePointer<SwStr>

public enum Str {
    /// Interned strings by content (names, attribute names, identifiers): immortal. Keyed
    /// by exact UTF-8 bytes: Swift's String == would merge "é" with "e\u{301}".
    static var interned: [ExactString: Value] = [:]
    /// One-character ASCII strings, preallocated.
    static var ascii: [Value] = []

    static func setUp() {
        Heap.immortal {
            ascii = (0..<128).map { c -> Value in
                let v = allocate(byteCount: 1, length: 1, isASCII: true)
                strBytes(v.as(SwStr.self))[0] = UInt8(c)
                return v
            }
        }
    }

    static func allocate(byteCount: Int, length: Int, isASCII: Bool) -> Value {
        let o = Heap.allocate(T.str, size: MemoryLayout<SwStr>.size + byteCount + 1)
        let s = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwStr.self)
        s.pointee.length = Int64(length)
        s.pointee.byteCount = Int64(byteCount)
        s.pointee.hash = -1
        s.pointee.isASCII = isASCII ? 1 : 0
        return Value(o)
    }

    /// A new str from UTF-8 bytes known to be valid.
    public static func make(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value {
        let n = bytes.count
        if n == 1 && bytes[0] < 128 { return ascii[Int(bytes[0])] }
        var length = 0
        var isASCII = true
        for b in bytes {
            if b & 0xC0 != 0x80 { length += 1 }
            if b >= 0x80 { isASCII = false }
        }
        let v = allocate(byteCount: n, length: length, isASCII: isASCII)
        if n > 0 { memcpy(strBytes(v.as(SwStr.self)), bytes.baseAddress!, n) }
        return v
    }

    public static func make(_ s: String) -> Value {
        var s = s
        return s.withUTF8 { make(utf8: $0) }
    }

    public static func make(bytes: [UInt8]) -> Value {
        bytes.withUnsafeBufferPointer { make(utf8: $0) }
    }

    /// The interned str for `s` if there is one (nothing is interned).
    static func internedIfPresent(_ s: String) -> Value? { interned[ExactString(s)] }

    /// The interned str for `s` (identifiers, attribute and global names).
    public static func intern(_ s: String) -> Value {
        let key = ExactString(s)
        if let v = interned[key] { return v }
        let v = Heap.immortal { make(s) }
        v.as(SwStr.self).pointee.isInterned = 1
        interned[key] = v
        return v
    }

    @inline(__always)
    public static func buffer(_ v: Value) -> UnsafeBufferPointer<UInt8> {
        let s = v.as(SwStr.self)
        return UnsafeBufferPointer(start: strBytes(s), count: Int(s.pointee.byteCount))
    }

    public static func swift(_ v: Value) -> String {
        String(decoding: buffer(v), as: UTF8.self)
    }

    @inline(__always)
    public static func length(_ v: Value) -> Int { Int(v.as(SwStr.self).pointee.length) }

    @inline(__always)
    public static func isASCII(_ v: Value) -> Bool { v.as(SwStr.self).pointee.isASCII != 0 }

    public static func hash(_ v: Value) -> Int64 {
        let s = v.as(SwStr.self)
        if s.pointee.hash != -1 { return s.pointee.hash }
        // FNV-1a over the bytes; CPython's str hash is randomized per process, so no
        // program can depend on the exact function.
        var h: UInt64 = 0xcbf29ce484222325
        for b in buffer(v) { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        var r = Int64(bitPattern: h >> 1)
        if r == -1 { r = -2 }
        s.pointee.hash = r
        return r
    }

    @inline(__always)
    public static func equal(_ a: Value, _ b: Value) -> Bool {
        if a.bits == b.bits { return true }
        let x = a.as(SwStr.self), y = b.as(SwStr.self)
        if x.pointee.byteCount != y.pointee.byteCount { return false }
        if x.pointee.hash != -1 && y.pointee.hash != -1 && x.pointee.hash != y.pointee.hash { return false }
        return memcmp(strBytes(x), strBytes(y), Int(x.pointee.byteCount)) == 0
    }

    /// Three-way comparison by code point (UTF-8 byte order is code point order).
    public static func compare(_ a: Value, _ b: Value) -> Int {
        let x = buffer(a), y = buffer(b)
        let n = min(x.count, y.count)
        let c = n > 0 ? memcmp(x.baseAddress!, y.baseAddress!, n) : 0
        if c != 0 { return c < 0 ? -1 : 1 }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    /// The unicode scalars of a str (for non-ASCII indexing and methods).
    public static func scalars(_ v: Value) -> [Unicode.Scalar] {
        Array(swift(v).unicodeScalars)
    }

    public static func concat(_ a: Value, _ b: Value) -> Value {
        let x = a.as(SwStr.self), y = b.as(SwStr.self)
        let n1 = Int(x.pointee.byteCount), n2 = Int(y.pointee.byteCount)
        if n1 == 0 { return b }
        if n2 == 0 { return a }
        let v = allocate(byteCount: n1 + n2, length: Int(x.pointee.length + y.pointee.length),
                         isASCII: x.pointee.isASCII != 0 && y.pointee.isASCII != 0)
        let d = strBytes(v.as(SwStr.self))
        memcpy(d, strBytes(x), n1)
        memcpy(d + n1, strBytes(y), n2)
        return v
    }

    public static func join(_ parts: [Value]) -> Value {
        var total = 0, length = 0
        var isASCII = true
        for p in parts {
            let s = p.as(SwStr.self)
            total += Int(s.pointee.byteCount)
            length += Int(s.pointee.length)
            if s.pointee.isASCII == 0 { isASCII = false }
        }
        if parts.count == 1 { return parts[0] }
        let v = allocate(byteCount: total, length: length, isASCII: isASCII)
        var d = strBytes(v.as(SwStr.self))
        for p in parts {
            let s = p.as(SwStr.self)
            let n = Int(s.pointee.byteCount)
            if n > 0 { memcpy(d, strBytes(s), n) }
            d += n
        }
        return v
    }

    /// The i-th code point as a one-character str (i already normalized, in range).
    public static func character(_ v: Value, at i: Int) -> Value {
        if isASCII(v) {
            return ascii[Int(strBytes(v.as(SwStr.self))[i])]
        }
        let sc = Array(swift(v).unicodeScalars)
        return make(String(sc[i]))
    }
}

/// A Swift string compared and hashed by its UTF-8 bytes, as Python compares str (Swift's
/// own String equality uses canonical equivalence).
struct ExactString: Hashable {
    var string: String
    init(_ s: String) { string = s }

    static func == (a: ExactString, b: ExactString) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

    func hash(into h: inout Hasher) {
        var s = string
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension Value {
    /// Builds a str value from a Swift string.
    public init(string: String) { self = Str.make(string) }
}
