// PycFile.swift — the bytecode cache file: a fixed header, then a serialized code object.
//
//   offset size  field
//   0      4     magic "SWPC"
//   4      4     format version (PycFile.formatVersion; also in the file name, swoop-NN)
//   8      4     opcode-table fingerprint (a build with a different instruction set
//                reads the file as stale, whatever the version says)
//   12     4     flags: bit 0 hash-based, bit 1 check the source (as CPython's PEP 552)
//   16     8     timestamp mode: source mtime in nanoseconds; hash mode: source hash
//   24     8     timestamp mode: source size in bytes; hash mode: 0
//   32     8     payload checksum (FNV-1a 64)
//   40     8     payload length
//   48     ...   payload (CodeObject.serialized())
//
// All integers little-endian.

public struct PycHeader: Equatable {
    public var flags: UInt32
    public var stamp: UInt64
    public var size: UInt64

    public static let hashBased: UInt32 = 1
    public static let checkSource: UInt32 = 2

    public var isHashBased: Bool { flags & Self.hashBased != 0 }
    public var checksSource: Bool { flags & Self.checkSource != 0 }

    public init(flags: UInt32, stamp: UInt64, size: UInt64) {
        self.flags = flags; self.stamp = stamp; self.size = size
    }

    /// Timestamp-validated header.
    public static func timestamp(mtimeNanoseconds: UInt64, size: UInt64) -> PycHeader {
        PycHeader(flags: 0, stamp: mtimeNanoseconds, size: size)
    }

    /// Hash-validated header (`checked`: the source is re-hashed on every import).
    public static func hash(of source: [UInt8], checked: Bool) -> PycHeader {
        PycHeader(flags: hashBased | (checked ? checkSource : 0), stamp: PycFile.fnv1a(source), size: 0)
    }
}

public enum PycFile {
    public static let magic: [UInt8] = Array("SWPC".utf8)
    public static let formatVersion: UInt32 = 1
    public static let headerSize = 48
    /// The tag in cache file names: `__pycache__/NAME.swoop-01.pyc`.
    public static var cacheTag: String {
        "swoop-" + (formatVersion < 10 ? "0" : "") + String(formatVersion)
    }

    /// FNV-1a, 64-bit: the source hash and the payload checksum.
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// A fingerprint of the opcode table (names and operand formats, in order).
    public static let opcodeFingerprint: UInt32 = {
        var text: [UInt8] = []
        for op in SwOpcode.allOpcodes { text += Array(op.name.utf8) + [0] + Array(op.format.utf8) + [0] }
        let h = fnv1a(text)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }()

    /// The whole file for `code` with `header`.
    public static func encode(_ code: CodeObject, header: PycHeader) -> [UInt8] {
        let payload = code.serialized()
        var w = ByteWriter()
        w.raw(magic)
        w.u32(formatVersion)
        w.u32(opcodeFingerprint)
        w.u32(header.flags)
        w.u64(header.stamp)
        w.u64(header.size)
        w.u64(fnv1a(payload))
        w.u64(UInt64(payload.count))
        w.raw(payload)
        return w.bytes
    }

    /// Reads and checks the header (magic, version, fingerprint). Throws for anything that
    /// is not a cache file this build can use.
    public static func header(_ bytes: [UInt8]) throws -> PycHeader {
        guard bytes.count >= headerSize else { throw BytecodeFormatError("file too short for a header") }
        guard Array(bytes[0..<4]) == magic else { throw BytecodeFormatError("bad magic number") }
        var r = ByteReader(bytes, position: 4)
        guard try r.u32() == formatVersion else { throw BytecodeFormatError("unsupported format version") }
        guard try r.u32() == opcodeFingerprint else { throw BytecodeFormatError("built for another instruction set") }
        let flags = try r.u32()
        guard flags & ~(PycHeader.hashBased | PycHeader.checkSource) == 0 else { throw BytecodeFormatError("invalid flags") }
        return PycHeader(flags: flags, stamp: try r.u64(), size: try r.u64())
    }

    /// Decodes the code object after a header, checking length and checksum first.
    public static func code(_ bytes: [UInt8], filename: String? = nil) throws -> CodeObject {
        _ = try header(bytes)
        var r = ByteReader(bytes, position: 32)
        let checksum = try r.u64()
        let length = try r.u64()
        guard length == UInt64(bytes.count - headerSize) else { throw BytecodeFormatError("truncated or padded payload") }
        let payload = Array(bytes[headerSize...])
        guard fnv1a(payload) == checksum else { throw BytecodeFormatError("checksum mismatch") }
        return try CodeObject.deserialize(payload, filename: filename)
    }
}
