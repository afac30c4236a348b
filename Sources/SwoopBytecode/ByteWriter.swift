// ByteWriter.swift — little-endian primitive encoding for the bytecode cache format.

/// Appends fixed-width little-endian integers, length-prefixed strings and arrays.
public struct ByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func u8(_ v: UInt8) { bytes.append(v) }

    public mutating func u32(_ v: UInt32) {
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) }
    }

    public mutating func u64(_ v: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }

    public mutating func i64(_ v: Int64) { u64(UInt64(bitPattern: v)) }

    public mutating func int(_ v: Int) { i64(Int64(v)) }

    public mutating func count(_ n: Int) { u32(UInt32(truncatingIfNeeded: n)) }

    public mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    public mutating func blob(_ b: [UInt8]) { count(b.count); raw(b) }

    public mutating func string(_ s: String) { blob(Array(s.utf8)) }

    public mutating func strings(_ list: [String]) {
        count(list.count)
        for s in list { string(s) }
    }

    public mutating func ints(_ list: [Int]) {
        count(list.count)
        for v in list { int(v) }
    }
}
