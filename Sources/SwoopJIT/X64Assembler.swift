// X64Assembler.swift — an x86-64 instruction encoder: the subset of the instruction set the
// trace lowering (X64Backend) uses, each encoded from its table entry. Operands are 64-bit
// general registers, SSE registers, immediates and [base + index*scale + disp] memory.
// Labels are positions in the code; jumps to labels not yet placed are patched by `finish`.

/// A general-purpose register, by its encoding number.
public enum GPR: UInt8, CaseIterable {
    case rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15
    var low: UInt8 { rawValue & 7 }
    var high: Bool { rawValue >= 8 }
}

/// An SSE register xmm0...xmm15.
public struct XMM: Equatable, Hashable {
    public let n: UInt8
    public init(_ n: UInt8) { self.n = n }
    var low: UInt8 { n & 7 }
    var high: Bool { n >= 8 }
}

/// A memory operand: [base + index * scale + disp].
public struct Mem: Equatable {
    var base: GPR
    var index: GPR? = nil
    var scale: UInt8 = 1
    var disp: Int32 = 0
    /// [rip + label]: data placed in the code (only in instructions with no immediate
    /// after the displacement).
    var rip: X64Assembler.Label? = nil
    init(rip label: X64Assembler.Label) { base = .rbp; rip = label }
    init(_ base: GPR, _ disp: Int32 = 0) { self.base = base; self.disp = disp }
    init(_ base: GPR, _ index: GPR, scale: UInt8, _ disp: Int32 = 0) {
        self.base = base; self.index = index; self.scale = scale; self.disp = disp
    }
    func adding(_ d: Int32) -> Mem { var m = self; m.disp += d; return m }
}

/// Condition codes (the low nibble of Jcc / SETcc / CMOVcc).
public enum Cond: UInt8 {
    case o = 0, no, b, ae, e, ne, be, a, s, ns, p, np, l, ge, le, g
    /// The opposite condition.
    var inverted: Cond { Cond(rawValue: rawValue ^ 1)! }
}

/// The integer ALU operations with the same encoding pattern: `op r/m64, r64` is
/// `base+1`, `op r64, r/m64` is `base+3`, `op r/m64, imm` is 0x81 (0x83 for imm8) /ext.
public enum ALU: UInt8 {
    case add = 0x00, or = 0x08, and = 0x20, sub = 0x28, xor = 0x30, cmp = 0x38
    var ext: UInt8 { rawValue >> 3 }
}

/// The SSE2 operations used, each as its mandatory prefix and its opcode after 0F.
public enum SSE: UInt16 {
    case movsdLoad = 0xF2_10, movsdStore = 0xF2_11, addsd = 0xF2_58, subsd = 0xF2_5C, mulsd = 0xF2_59,
         divsd = 0xF2_5E, sqrtsd = 0xF2_51, ucomisd = 0x66_2E, xorpd = 0x66_57
    var prefix: UInt8 { UInt8(rawValue >> 8) }
    var opcode: UInt8 { UInt8(rawValue & 0xff) }
}

/// Shift operations by cl (0xD3 /ext).
public enum Shift: UInt8 { case shl = 4, shr = 5, sar = 7 }

public struct X64Assembler {
    public private(set) var bytes: [UInt8] = []
    /// A position in the code, placed or not.
    public struct Label: Hashable { let id: Int }
    private var labelAt: [Int?] = []
    /// rel32 fields to fill: (field offset, label).
    private var fixups: [(Int, Label)] = []

    public init() { bytes.reserveCapacity(4096) }

    // MARK: - Labels

    public mutating func newLabel() -> Label {
        labelAt.append(nil)
        return Label(id: labelAt.count - 1)
    }
    public mutating func place(_ l: Label) { labelAt[l.id] = bytes.count }

    /// Fills every jump's displacement; nil if a label was never placed.
    public mutating func finish() -> [UInt8]? {
        for (at, l) in fixups {
            guard let target = labelAt[l.id] else { return nil }
            let rel = Int32(target - (at + 4))
            withUnsafeBytes(of: rel.littleEndian) { for i in 0..<4 { bytes[at + i] = $0[i] } }
        }
        fixups = []
        return bytes
    }

    // MARK: - Encoding pieces

    mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func imm32(_ v: Int32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func imm64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    /// REX prefix: W (64-bit operand), R (reg field), X (index), B (base or r/m).
    mutating func rex(w: Bool, r: Bool, x: Bool, b: Bool, force: Bool = false) {
        let v: UInt8 = 0x40 | (w ? 8 : 0) | (r ? 4 : 0) | (x ? 2 : 0) | (b ? 1 : 0)
        if v != 0x40 || force { byte(v) }
    }

    /// ModRM (+SIB, +displacement) for register field `reg` and memory operand `m`.
    mutating func modrm(reg: UInt8, _ m: Mem) {
        if let l = m.rip {
            byte((reg & 7) << 3 | 5)
            fixups.append((bytes.count, l)); imm32(0)
            return
        }
        let needsSIB = m.index != nil || m.base.low == 4          // rsp, r12
        let mod: UInt8 = m.disp == 0 && m.base.low != 5 ? 0 : (Int8(exactly: m.disp) != nil ? 1 : 2)   // rbp, r13 need a displacement
        let rm: UInt8 = needsSIB ? 4 : m.base.low
        byte(mod << 6 | (reg & 7) << 3 | rm)
        if needsSIB {
            let ss: UInt8 = switch m.scale { case 1: 0; case 2: 1; case 4: 2; default: 3 }
            let idx: UInt8 = m.index.map { $0.low } ?? 4           // 4: no index
            byte(ss << 6 | idx << 3 | m.base.low)
        }
        if mod == 1 { byte(UInt8(bitPattern: Int8(m.disp))) } else if mod == 2 { imm32(m.disp) }
    }

    mutating func modrm(reg: UInt8, rm: UInt8) { byte(0xC0 | (reg & 7) << 3 | (rm & 7)) }

    /// [prefix] REX 0F? op ModRM for `reg` and memory `m`.
    mutating func op(_ opcode: [UInt8], w: Bool, reg: UInt8, regHigh: Bool, _ m: Mem, prefix: UInt8? = nil) {
        if let p = prefix { byte(p) }
        rex(w: w, r: regHigh, x: m.index?.high ?? false, b: m.rip == nil && m.base.high)
        bytes.append(contentsOf: opcode)
        modrm(reg: reg, m)
    }

    mutating func op(_ opcode: [UInt8], w: Bool, reg: UInt8, regHigh: Bool, rm: UInt8, rmHigh: Bool, prefix: UInt8? = nil, forceRex: Bool = false) {
        if let p = prefix { byte(p) }
        rex(w: w, r: regHigh, x: false, b: rmHigh, force: forceRex)
        bytes.append(contentsOf: opcode)
        modrm(reg: reg, rm: rm)
    }

    // MARK: - Moves

    public mutating func mov(_ d: GPR, _ s: GPR) {
        if d != s { op([0x89], w: true, reg: s.rawValue, regHigh: s.high, rm: d.rawValue, rmHigh: d.high) }
    }
    public mutating func mov(_ d: GPR, _ m: Mem) { op([0x8B], w: true, reg: d.rawValue, regHigh: d.high, m) }
    public mutating func mov(_ m: Mem, _ s: GPR) { op([0x89], w: true, reg: s.rawValue, regHigh: s.high, m) }
    /// 32-bit load, zero-extended.
    public mutating func mov32(_ d: GPR, _ m: Mem) { op([0x8B], w: false, reg: d.rawValue, regHigh: d.high, m) }
    /// A 64-bit constant into a register (the shortest encoding).
    public mutating func mov(_ d: GPR, imm v: Int64) {
        // (Never `xor r, r`: constants are loaded between a compare and its branch.)
        if v >= 0 && v <= Int64(UInt32.max) {
            rex(w: false, r: false, x: false, b: d.high)
            byte(0xB8 + d.low); imm32(Int32(bitPattern: UInt32(v)))
        } else if let v32 = Int32(exactly: v) {
            op([0xC7], w: true, reg: 0, regHigh: false, rm: d.rawValue, rmHigh: d.high); imm32(v32)
        } else {
            rex(w: true, r: false, x: false, b: d.high)
            byte(0xB8 + d.low); imm64(UInt64(bitPattern: v))
        }
    }
    /// A sign-extended 32-bit constant into memory.
    public mutating func mov(_ m: Mem, imm v: Int32) { op([0xC7], w: true, reg: 0, regHigh: false, m); imm32(v) }

    public mutating func lea(_ d: GPR, _ m: Mem) { op([0x8D], w: true, reg: d.rawValue, regHigh: d.high, m) }

    /// movzx r64, r8 (from al, cl, dl, bl only).
    public mutating func movzxByte(_ d: GPR, _ s: GPR) {
        op([0x0F, 0xB6], w: true, reg: d.rawValue, regHigh: d.high, rm: s.rawValue, rmHigh: s.high)
    }

    public mutating func cmov(_ c: Cond, _ d: GPR, _ s: GPR) {
        op([0x0F, 0x40 | c.rawValue], w: true, reg: d.rawValue, regHigh: d.high, rm: s.rawValue, rmHigh: s.high)
    }

    // MARK: - Integer arithmetic

    public mutating func alu(_ o: ALU, _ d: GPR, _ s: GPR) {
        op([o.rawValue + 1], w: true, reg: s.rawValue, regHigh: s.high, rm: d.rawValue, rmHigh: d.high)
    }
    public mutating func alu(_ o: ALU, _ d: GPR, _ m: Mem) { op([o.rawValue + 3], w: true, reg: d.rawValue, regHigh: d.high, m) }
    public mutating func alu(_ o: ALU, _ m: Mem, _ s: GPR) { op([o.rawValue + 1], w: true, reg: s.rawValue, regHigh: s.high, m) }
    public mutating func alu(_ o: ALU, _ d: GPR, imm v: Int32) {
        if let v8 = Int8(exactly: v) {
            op([0x83], w: true, reg: o.ext, regHigh: false, rm: d.rawValue, rmHigh: d.high); byte(UInt8(bitPattern: v8))
        } else {
            op([0x81], w: true, reg: o.ext, regHigh: false, rm: d.rawValue, rmHigh: d.high); imm32(v)
        }
    }
    public mutating func alu(_ o: ALU, _ m: Mem, imm v: Int32) {
        if let v8 = Int8(exactly: v) {
            op([0x83], w: true, reg: o.ext, regHigh: false, m); byte(UInt8(bitPattern: v8))
        } else {
            op([0x81], w: true, reg: o.ext, regHigh: false, m); imm32(v)
        }
    }
    /// cmp byte [m], imm8
    public mutating func cmpByte(_ m: Mem, imm v: UInt8) { op([0x80], w: false, reg: 7, regHigh: false, m); byte(v) }

    public mutating func test(_ a: GPR, _ b: GPR) {
        op([0x85], w: true, reg: b.rawValue, regHigh: b.high, rm: a.rawValue, rmHigh: a.high)
    }
    public mutating func imul(_ d: GPR, _ s: GPR) {
        op([0x0F, 0xAF], w: true, reg: d.rawValue, regHigh: d.high, rm: s.rawValue, rmHigh: s.high)
    }
    /// d = s * imm
    public mutating func imul(_ d: GPR, _ s: GPR, imm v: Int32) {
        if let v8 = Int8(exactly: v) {
            op([0x6B], w: true, reg: d.rawValue, regHigh: d.high, rm: s.rawValue, rmHigh: s.high); byte(UInt8(bitPattern: v8))
        } else {
            op([0x69], w: true, reg: d.rawValue, regHigh: d.high, rm: s.rawValue, rmHigh: s.high); imm32(v)
        }
    }
    /// Unsigned multiply rax by `s` into rdx:rax.
    public mutating func mul(_ s: GPR) { op([0xF7], w: true, reg: 4, regHigh: false, rm: s.rawValue, rmHigh: s.high) }
    public mutating func neg(_ d: GPR) { op([0xF7], w: true, reg: 3, regHigh: false, rm: d.rawValue, rmHigh: d.high) }
    public mutating func not(_ d: GPR) { op([0xF7], w: true, reg: 2, regHigh: false, rm: d.rawValue, rmHigh: d.high) }
    /// Signed divide rdx:rax by `s` (quotient rax, remainder rdx).
    public mutating func idiv(_ s: GPR) { op([0xF7], w: true, reg: 7, regHigh: false, rm: s.rawValue, rmHigh: s.high) }
    /// Unsigned divide rdx:rax by `s`.
    public mutating func div(_ s: GPR) { op([0xF7], w: true, reg: 6, regHigh: false, rm: s.rawValue, rmHigh: s.high) }
    /// Sign-extend rax into rdx.
    public mutating func cqo() { byte(0x48); byte(0x99) }
    /// Shift by cl.
    public mutating func shift(_ s: Shift, _ d: GPR) { op([0xD3], w: true, reg: s.rawValue, regHigh: false, rm: d.rawValue, rmHigh: d.high) }
    public mutating func shift(_ s: Shift, _ d: GPR, imm v: UInt8) {
        op([0xC1], w: true, reg: s.rawValue, regHigh: false, rm: d.rawValue, rmHigh: d.high); byte(v)
    }

    /// setcc into al, cl, dl or bl.
    public mutating func set(_ c: Cond, _ d: GPR) {
        op([0x0F, 0x90 | c.rawValue], w: false, reg: 0, regHigh: false, rm: d.rawValue, rmHigh: d.high)
    }

    // MARK: - Control

    public mutating func jmp(_ l: Label) { byte(0xE9); fixups.append((bytes.count, l)); imm32(0) }
    public mutating func j(_ c: Cond, _ l: Label) { byte(0x0F); byte(0x80 | c.rawValue); fixups.append((bytes.count, l)); imm32(0) }
    public mutating func call(_ r: GPR) { op([0xFF], w: false, reg: 2, regHigh: false, rm: r.rawValue, rmHigh: r.high) }
    public mutating func ret() { byte(0xC3) }
    /// Pads with int3 to a multiple of `n` bytes.
    public mutating func align(_ n: Int) { while bytes.count % n != 0 { byte(0xCC) } }
    /// Raw data (constants placed after the code).
    public mutating func data(_ v: UInt64) { imm64(v) }
    public mutating func push(_ r: GPR) { rex(w: false, r: false, x: false, b: r.high); byte(0x50 + r.low) }
    public mutating func pop(_ r: GPR) { rex(w: false, r: false, x: false, b: r.high); byte(0x58 + r.low) }

    // MARK: - SSE

    public mutating func sse(_ o: SSE, _ d: XMM, _ s: XMM) {
        op([0x0F, o.opcode], w: false, reg: d.n, regHigh: d.high, rm: s.n, rmHigh: s.high, prefix: o.prefix)
    }
    public mutating func sse(_ o: SSE, _ d: XMM, _ m: Mem) { op([0x0F, o.opcode], w: false, reg: d.n, regHigh: d.high, m, prefix: o.prefix) }
    /// A register copy: movaps (the whole register, which renaming can eliminate; movsd
    /// between registers merges into the destination and waits for it).
    public mutating func movsd(_ d: XMM, _ s: XMM) {
        if d != s { op([0x0F, 0x28], w: false, reg: d.n, regHigh: d.high, rm: s.n, rmHigh: s.high) }
    }
    public mutating func movsd(_ d: XMM, _ m: Mem) { sse(.movsdLoad, d, m) }
    public mutating func movsd(_ m: Mem, _ s: XMM) { sse(.movsdStore, s, m) }
    /// cvtsi2sd xmm, r64
    public mutating func cvtsi2sd(_ d: XMM, _ s: GPR) {
        op([0x0F, 0x2A], w: true, reg: d.n, regHigh: d.high, rm: s.rawValue, rmHigh: s.high, prefix: 0xF2)
    }
    /// movq xmm, r64
    public mutating func movq(_ d: XMM, _ s: GPR) {
        op([0x0F, 0x6E], w: true, reg: d.n, regHigh: d.high, rm: s.rawValue, rmHigh: s.high, prefix: 0x66)
    }
    /// movq r64, xmm
    public mutating func movq(_ d: GPR, _ s: XMM) {
        op([0x0F, 0x7E], w: true, reg: s.n, regHigh: s.high, rm: d.rawValue, rmHigh: d.high, prefix: 0x66)
    }
}
