// Instruction.swift — encoding and decoding of one 64-bit register-bytecode word.
@_exported import CSwoopRuntime

public typealias Opcode = SwOpcode

/// One instruction word: op in bits 0–7, A in 16–31, B in 32–47, C in 48–63.
@frozen
public struct Instruction: Equatable, Sendable {
    public var word: UInt64

    @inlinable public init(word: UInt64) { self.word = word }

    @inlinable
    public init(_ op: Opcode, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        word = UInt64(op.rawValue)
            | UInt64(UInt16(truncatingIfNeeded: a)) << 16
            | UInt64(UInt16(truncatingIfNeeded: b)) << 32
            | UInt64(UInt16(truncatingIfNeeded: c)) << 48
    }

    /// An instruction whose B and C fields hold one signed 32-bit jump offset.
    @inlinable
    public init(_ op: Opcode, a: Int = 0, jump: Int) {
        word = UInt64(op.rawValue)
            | UInt64(UInt16(truncatingIfNeeded: a)) << 16
            | UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: jump))) << 32
    }

    @inlinable public var op: Opcode { unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) }
    @inlinable public var a: Int { Int((word >> 16) & 0xffff) }
    @inlinable public var b: Int { Int((word >> 32) & 0xffff) }
    @inlinable public var c: Int { Int(word >> 48) }
    /// The signed jump offset in B+C.
    @inlinable public var jump: Int { Int(Int32(truncatingIfNeeded: word >> 32)) }

    public static let maxOperand = 0xffff
}

extension SwOpcode {
    public var info: SwOpInfo { _opInfo(Int(rawValue)) }
    public var name: String { String(cString: info.name) }
    public var format: String { String(cString: info.format) }
    public var flags: UInt32 { info.flags }
    public var isJump: Bool { flags & UInt32(SW_OPF_JUMP) != 0 }
    public var isTerminator: Bool { flags & UInt32(SW_OPF_TERM) != 0 }
    public static var allOpcodes: [SwOpcode] {
        (0..<Int(SwOpcode.SW_OP__COUNT.rawValue)).map { unsafeBitCast(UInt8($0), to: SwOpcode.self) }
    }
}

func _opInfo(_ i: Int) -> SwOpInfo { sw_op_info_at(Int32(i)).pointee }
