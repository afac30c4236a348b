// Liveness.swift — which registers each instruction reads and writes, and which registers
// are live (may be read before being written) at each pc. The trace recorder uses this to
// decide which frame slots a side exit must write back for the interpreter.

/// The registers one instruction reads and writes. `conditionalDefs` are written on the
/// fall-through edge only (FOR_ITER's target), so they do not kill liveness on the jump.
public struct RegisterEffects {
    public var uses: [Int] = []
    public var defs: [Int] = []
    public var conditionalDefs: [Int] = []
}

extension Instruction {
    /// Reads and writes of this instruction, by opcode. Keep in step with swoop_opcodes.h.
    public var registerEffects: RegisterEffects {
        var e = RegisterEffects()
        let a = self.a, b = self.b, c = self.c
        func range(_ start: Int, _ count: Int) -> [Int] { count > 0 ? Array(start..<(start + count)) : [] }
        switch op {
        case .SW_OP_NOP, .SW_OP_DELETE_GLOBAL, .SW_OP_JUMP, .SW_OP_JUMP_BACK, .SW_OP_SETUP_ANNOTATIONS,
             .SW_OP_NOT_IMPLEMENTED, .SW_OP__COUNT:
            break
        case .SW_OP_LOAD_GLOBAL, .SW_OP_LOAD_CONST:
            e.defs = [a]
        case .SW_OP_MOVE, .SW_OP_LOAD_DEREF, .SW_OP_NEG, .SW_OP_POS, .SW_OP_INVERT, .SW_OP_NOT, .SW_OP_GET_ITER,
             .SW_OP_LOAD_ATTR, .SW_OP_LIST_TO_TUPLE, .SW_OP_IMPORT_FROM:
            e.defs = [a]; e.uses = [b]
        case .SW_OP_CHECK_BOUND, .SW_OP_STORE_GLOBAL, .SW_OP_JUMP_IF_TRUE, .SW_OP_JUMP_IF_FALSE, .SW_OP_RETURN,
             .SW_OP_DELETE_ATTR, .SW_OP_RERAISE, .SW_OP_POP_EXC, .SW_OP_IMPORT_STAR:
            e.uses = [a]
        case .SW_OP_DELETE_FAST:
            e.uses = [a]; e.defs = [a]
        case .SW_OP_STORE_DEREF, .SW_OP_DELITEM, .SW_OP_LIST_APPEND, .SW_OP_LIST_EXTEND, .SW_OP_SET_ADD,
             .SW_OP_SET_UPDATE, .SW_OP_DICT_UPDATE:
            e.uses = [a, b]
        case .SW_OP_DELETE_DEREF, .SW_OP_DELETE_NAME:
            e.uses = [b]
        case .SW_OP_LOAD_NAME:
            e.defs = [a]; e.uses = [b]
        case .SW_OP_STORE_NAME:
            e.uses = [a, b]
        case .SW_OP_LOAD_CLASSDEREF:
            e.defs = [a]; e.uses = [0, b]
        case .SW_OP_ADD, .SW_OP_SUB, .SW_OP_MUL, .SW_OP_TRUEDIV, .SW_OP_FLOORDIV, .SW_OP_MOD, .SW_OP_POW,
             .SW_OP_LSHIFT, .SW_OP_RSHIFT, .SW_OP_BITAND, .SW_OP_BITOR, .SW_OP_BITXOR, .SW_OP_MATMUL,
             .SW_OP_IADD, .SW_OP_ISUB, .SW_OP_IMUL, .SW_OP_ITRUEDIV, .SW_OP_IFLOORDIV, .SW_OP_IMOD, .SW_OP_IPOW,
             .SW_OP_ILSHIFT, .SW_OP_IRSHIFT, .SW_OP_IBITAND, .SW_OP_IBITOR, .SW_OP_IBITXOR, .SW_OP_IMATMUL,
             .SW_OP_LT, .SW_OP_LE, .SW_OP_GT, .SW_OP_GE, .SW_OP_EQ, .SW_OP_NE, .SW_OP_IS, .SW_OP_IS_NOT,
             .SW_OP_IN, .SW_OP_NOT_IN, .SW_OP_GETITEM, .SW_OP_EXC_MATCH:
            e.defs = [a]; e.uses = [b, c]
        case .SW_OP_FOR_ITER:
            e.uses = [a]; e.conditionalDefs = [b]
        case .SW_OP_CALL:
            e.uses = range(a, b + 1); e.defs = [a]
        case .SW_OP_CALL_KW:
            e.uses = range(a, b + 1) + [c]; e.defs = [a]
        case .SW_OP_CALL_EX:
            e.uses = [a, a + 1, a + 2]; e.defs = [a]
        case .SW_OP_CALL_METHOD:
            e.uses = range(a, b + 2); e.defs = [a]
        case .SW_OP_CALL_METHOD_KW:
            e.uses = range(a, b + 2) + [c]; e.defs = [a]
        case .SW_OP_LOAD_METHOD:
            e.uses = [b]; e.defs = [a, a + 1]
        case .SW_OP_STORE_ATTR:
            e.uses = [a, c]
        case .SW_OP_SETITEM, .SW_OP_DICT_SET:
            e.uses = [a, b, c]
        case .SW_OP_BUILD_LIST, .SW_OP_BUILD_TUPLE, .SW_OP_BUILD_SET, .SW_OP_BUILD_STRING:
            e.uses = range(b, c); e.defs = [a]
        case .SW_OP_BUILD_DICT:
            e.uses = range(b, 2 * c); e.defs = [a]
        case .SW_OP_BUILD_SLICE:
            e.uses = range(b, 3); e.defs = [a]
        case .SW_OP_UNPACK:
            e.uses = [a]; e.defs = range(b, c)
        case .SW_OP_UNPACK_EX:
            e.uses = [a]; e.defs = range(b, (c & 0xff) + 1 + (c >> 8))
        case .SW_OP_FORMAT:
            e.uses = c & 4 != 0 ? [b, b + 1] : [b]; e.defs = [a]
        case .SW_OP_MAKE_FUNCTION:
            e.uses = [b]
            if c & 1 != 0 { e.uses.append(a + 1) }
            if c & 2 != 0 { e.uses.append(a + 2) }
            if c & 4 != 0 { e.uses.append(a + 3) }
            e.defs = [a]
        case .SW_OP_RAISE:
            if c >= 1 { e.uses.append(a) }
            if c == 2 { e.uses.append(b) }
        case .SW_OP_PUSH_EXC:
            e.uses = [a]; e.defs = [b]
        case .SW_OP_RAISE_ASSERT:
            if c != 0 { e.uses = [b] }
        case .SW_OP_IMPORT_NAME:
            e.uses = [c]; e.defs = [a]
        case .SW_OP_YIELD:
            e.uses = [a]; e.defs = [b]
        case .SW_OP_YIELD_FROM:
            e.uses = [a, b]; e.defs = [b]
        case .SW_OP_GEN_YIELD:
            e.uses = [a, b]
        case .SW_OP_BEFORE_WITH:
            e.uses = [b]; e.defs = [a, a + 1, a + 2]
        case .SW_OP_WITH_EXIT:
            e.uses = [b, b + 1, c]; e.defs = [a]
        }
        return e
    }
}

/// A fixed-size set of register numbers.
public struct RegisterSet: Equatable {
    public private(set) var words: [UInt64]
    public init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }
    public func contains(_ r: Int) -> Bool {
        r / 64 < words.count && words[r / 64] & (1 << UInt64(r % 64)) != 0
    }
    public mutating func insert(_ r: Int) { if r / 64 < words.count { words[r / 64] |= 1 << UInt64(r % 64) } }
    public mutating func remove(_ r: Int) { if r / 64 < words.count { words[r / 64] &= ~(1 << UInt64(r % 64)) } }
    public mutating func formUnion(_ o: RegisterSet) { for i in words.indices { words[i] |= o.words[i] } }
    public var members: [Int] {
        var out: [Int] = []
        for (i, w) in words.enumerated() where w != 0 {
            for bit in 0..<64 where w & (1 << UInt64(bit)) != 0 { out.append(i * 64 + bit) }
        }
        return out
    }
}

extension CodeObject {
    /// The registers live on entry to each instruction: read on some path before being
    /// written. An instruction inside a try range may also continue at its handler.
    public func liveRegisters() -> [RegisterSet] {
        let n = instructions.count
        let effects = instructions.map(\.registerEffects)
        var liveIn = [RegisterSet](repeating: RegisterSet(count: registerCount), count: n + 1)
        var changed = true
        while changed {
            changed = false
            for pc in stride(from: n - 1, through: 0, by: -1) {
                let ins = instructions[pc]
                let e = effects[pc]
                var fallOut = RegisterSet(count: registerCount)
                var jumpOut = RegisterSet(count: registerCount)
                if !ins.op.isTerminator && pc + 1 < n { fallOut = liveIn[pc + 1] }
                switch ins.op {
                case .SW_OP_JUMP, .SW_OP_JUMP_BACK, .SW_OP_JUMP_IF_TRUE, .SW_OP_JUMP_IF_FALSE:
                    let t = pc + 1 + ins.jump
                    if t >= 0 && t < n { jumpOut = liveIn[t] }
                case .SW_OP_FOR_ITER:
                    let t = pc + 1 + ins.c
                    if t < n { jumpOut = liveIn[t] }
                default: break
                }
                for d in e.defs { fallOut.remove(d); jumpOut.remove(d) }
                for d in e.conditionalDefs { fallOut.remove(d) }
                var live = fallOut
                live.formUnion(jumpOut)
                for u in e.uses { live.insert(u) }
                if let h = handler(for: pc), h.handler < n {
                    var hl = liveIn[h.handler]
                    hl.remove(h.register)
                    live.formUnion(hl)
                }
                if live != liveIn[pc] { liveIn[pc] = live; changed = true }
            }
        }
        return Array(liveIn[0..<n])
    }
}
