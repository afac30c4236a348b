// ByteReader.swift — bounds-checked decoding of the primitives ByteWriter writes. Every
// read checks the remaining length, so a truncated or corrupted file ends in a thrown
// `BytecodeFormatError`, never an out-of-bounds access.

public struct BytecodeFormatError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ d: String) { description = d }
}

public struct ByteReader {
    let bytes: [UInt8]
    public private(set) var position: Int

    public init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    public var remaining: Int { bytes.count - position }

    mutating func need(_ n: Int) throws {
        if n < 0 || n > remaining { throw BytecodeFormatError("data too short") }
    }

    public mutating func u8() throws -> UInt8 {
        try need(1)
        position += 1
        return bytes[position - 1]
    }

    public mutating func u32() throws -> UInt32 {
        try need(4)
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
        position += 4
        return v
    }

    public mutating func u64() throws -> UInt64 {
        try need(8)
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return v
    }

    public mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }

    /// An Int that must lie in `range` (counts, registers, line numbers).
    public mutating func int(in range: ClosedRange<Int> = -(1 << 40)...(1 << 40)) throws -> Int {
        let v = try i64()
        guard v >= Int64(range.lowerBound), v <= Int64(range.upperBound) else {
            throw BytecodeFormatError("value out of range")
        }
        return Int(v)
    }

    /// An element count, checked against the bytes left (each element takes at least
    /// `minSize` bytes), so a corrupted count cannot ask for a huge allocation.
    public mutating func count(minSize: Int = 1) throws -> Int {
        let n = Int(try u32())
        if n * max(minSize, 1) > remaining { throw BytecodeFormatError("bad count") }
        return n
    }

    public mutating func raw(_ n: Int) throws -> [UInt8] {
        try need(n)
        position += n
        return Array(bytes[position - n..<position])
    }

    public mutating func blob() throws -> [UInt8] { try raw(try count()) }

    public mutating func string() throws -> String {
        let b = try blob()
        guard let s = String(validating: b, as: UTF8.self) else { throw BytecodeFormatError("bad UTF-8 string") }
        return s
    }

    public mutating func strings() throws -> [String] {
        let n = try count(minSize: 4)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    public mutating func ints(in range: ClosedRange<Int> = -(1 << 40)...(1 << 40)) throws -> [Int] {
        let n = try count(minSize: 8)
        var out: [Int] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try int(in: range)) }
        return out
    }
}
