// X64Backend.swift — lowers a trace straight to x86-64 machine code, in well under a
// millisecond, on the recording thread: the default backend on x86-64. libgccjit
// (GCCBackend) costs 12 ms and more a trace, which short-running loops never paid back,
// and its -O1 code ran no faster on the measured loops than this backend's (traces are
// straight-line code with one back-edge, which a linear scan allocates well).
//
// The function is the same as GCCBackend's: `int64_t trace(SwValue *regs)`, returning
// (trace id << 24 | snapshot) from the exit it left by, with the snapshot's slots written
// into the registers, so the two backends' code is interchangeable, bridges included.
// Values live where X64RegisterAllocation puts them; rbx holds `regs`; rax, rcx, rdx,
// r11, xmm14 and xmm15 are scratch. A guard is a compare and a conditional jump to its
// snapshot's exit stub, placed after the loop; stubs of snapshots that contain an earlier
// one's slots write only what they add and continue in that one's stub.
import Glibc

public enum X64Backend {
    /// Whether this backend can run here (x86-64 only).
    public static var available: Bool {
        #if arch(x86_64)
        return true
        #else
        return false
        #endif
    }

    /// Machine code for `trace`; a BackendError names what it cannot lower (then the trace
    /// goes to GCCBackend).
    public static func compile(_ trace: Trace, _ config: BackendConfig) throws(BackendError) -> CompiledTrace {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        guard available else { throw BackendError(message: "the x86-64 backend runs on x86-64 only") }
        let lowering = X64Lowering(trace, config)
        try lowering.lower()
        guard let code = lowering.asm.finish() else { throw BackendError(message: "x64: a jump to a label never placed") }
        if let dir = dumpDirectory {
            // (For reading with `objdump -D -b binary -m i386:x86-64 DIR/trace-N.bin`.)
            if let f = fopen("\(dir)/trace-\(trace.id).bin", "w") {
                _ = code.withUnsafeBytes { fwrite($0.baseAddress, 1, code.count, f) }
                fclose(f)
            }
        }
        guard let entry = ExecutableMemory.place(code) else { throw BackendError(message: "x64: no executable memory") }
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let ms = Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1e6
        return CompiledTrace(entry: entry, milliseconds: ms, result: nil, cached: false, madeBy: .x64)
    }

    /// SWOOP_X64_DUMP=DIR writes each trace's machine code to DIR/trace-N.bin.
    static let dumpDirectory: String? = getenv("SWOOP_X64_DUMP").map { String(cString: $0) }
}

/// Machine code's memory: each trace's code in its own mapping, made executable (and no
/// longer writable) once written. Never freed: traces live as long as the process.
enum ExecutableMemory {
    static func place(_ code: [UInt8]) -> UnsafeRawPointer? {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let size = (code.count + page - 1) / page * page
        guard let mem = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mem != MAP_FAILED else { return nil }
        code.withUnsafeBytes { mem.copyMemory(from: $0.baseAddress!, byteCount: code.count) }
        guard mprotect(mem, size, PROT_READ | PROT_EXEC) == 0 else { return nil }
        return UnsafeRawPointer(mem)
    }
}

/// One trace's lowering to x86-64.
final class X64Lowering {
    var asm = X64Assembler()
    let trace: Trace
    let config: BackendConfig
    let instrs: [IRInstr]
    var alloc: X64RegisterAllocation!
    /// Exit stubs (by snapshot) and the store blocks they continue in.
    var exitLabels: [Int32: X64Assembler.Label] = [:]
    var storeLabels: [Int32: X64Assembler.Label] = [:]
    /// Returns rax; `leave` returns the exit code in rdx.
    var epilogue: X64Assembler.Label
    var leave: X64Assembler.Label
    /// A compare whose only use is the guard right after it: the flags hold it (the
    /// condition under which it is true).
    var flagsFor: (ref: Int, cond: Cond, floatEq: Bool)? = nil
    /// The scratch area at the bottom of the frame: items of a new tuple (48 bytes),
    /// helper arguments (2 x 16).
    static let scratchBytes: Int32 = 80
    static let itemsArea: Int32 = 0, argArea: Int32 = 48
    /// The frame slot a whole value waits in while the back-edge's moves break a cycle.
    var valueTemp: Int32 = 0
    /// The list whose items pointer r11 holds, for list item accesses in a row to share
    /// one load; nil when unknown. Kept only across `keepsItemsPointer` instructions (none
    /// of which moves a list's items or writes r11 other than through `gpr`), and never
    /// in exit code, which is entered from many places.
    var itemsInR11: Ref? = nil
    var itemsCacheOff = false

    /// Instructions that leave every list's items pointer, and r11 unless `gpr` loads it.
    static func keepsItemsPointer(_ op: IROp) -> Bool {
        switch op {
        case .SW_IR_LIST_ITEM, .SW_IR_LIST_SETITEM, .SW_IR_LIST_LEN, .SW_IR_UNBOX, .SW_IR_BOX, .SW_IR_STORESLOT,
             .SW_IR_OBJ_SLOT, .SW_IR_SET_SLOT, .SW_IR_SET_SLOT_INT, .SW_IR_CONST,
             .SW_IR_FADD, .SW_IR_FSUB, .SW_IR_FMUL, .SW_IR_FDIV, .SW_IR_FNEG,
             .SW_IR_FLT, .SW_IR_FLE, .SW_IR_FGT, .SW_IR_FGE, .SW_IR_FEQ, .SW_IR_FNE,
             .SW_IR_IADD, .SW_IR_ISUB, .SW_IR_IMUL, .SW_IR_IADD_OV, .SW_IR_ISUB_OV, .SW_IR_IMUL_OV,
             .SW_IR_ILT, .SW_IR_ILE, .SW_IR_IGT, .SW_IR_IGE, .SW_IR_IEQ, .SW_IR_INE, .SW_IR_I2F,
             .SW_IR_GUARD_TRUE, .SW_IR_GUARD_FALSE, .SW_IR_GUARD_TYPE:
            return true
        default:
            return false
        }
    }

    init(_ trace: Trace, _ config: BackendConfig) {
        self.trace = trace
        self.config = config
        self.instrs = trace.instrs
        epilogue = asm.newLabel()
        leave = asm.newLabel()
    }

    static func isCall(_ ins: IRInstr) -> Bool {
        switch ins.op {
        case .SW_IR_LIST_APPEND, .SW_IR_NEW_TUPLE, .SW_IR_NEW_LIST, .SW_IR_CALL_HELPER, .SW_IR_RESIDUAL, .SW_IR_CALL_TRACE:
            return true
        case .SW_IR_FCALL1, .SW_IR_FCALL2:
            return !(LibmFunction(rawValue: ins.aux)?.isExactBuiltin ?? false)
        default:
            return false
        }
    }

    // MARK: - Operands

    func isConst(_ r: Ref) -> Bool { instrs[Int(r)].op == .SW_IR_CONST }
    func type(_ r: Ref) -> IRType { instrs[Int(r)].type }
    /// The payload bits of a constant (a bool is 0 or 1).
    func constBits(_ r: Ref) -> Int64 {
        let ins = instrs[Int(r)]
        switch ins.type {
        case .bool: return ins.aux != 0 ? 1 : 0
        case .none, .void: return 0
        default: return ins.aux
        }
    }
    func home(_ r: Ref) -> Mem { Mem(.rbp, alloc.home[Int(r)]!) }
    func slot(_ s: Int) -> Mem { Mem(.rbx, Int32(16 * s)) }

    /// A general-register operand: its register, or `scratch` loaded with it.
    func gpr(_ r: Ref, _ scratch: GPR) -> GPR {
        let g = loadGPR(r, scratch)
        if g == .r11 { itemsInR11 = nil }      // (no value lives in r11)
        return g
    }
    func loadGPR(_ r: Ref, _ scratch: GPR) -> GPR {
        if isConst(r) || type(r).x64Class == .none {
            asm.mov(scratch, imm: constBits(r))
            return scratch
        }
        switch alloc.loc[Int(r)] {
        case .gpr(let g): return g
        case .stack(let d): asm.mov(scratch, Mem(.rbp, d)); return scratch
        case .xmm(let x): asm.movq(scratch, x); return scratch      // (a float's bits)
        case .none, .pair: asm.mov(scratch, imm: 0); return scratch
        }
    }
    /// An SSE operand: its register, or `scratch` loaded with it.
    func xmm(_ r: Ref, _ scratch: XMM) -> XMM {
        if isConst(r) {
            asm.movsd(scratch, constant(UInt64(bitPattern: constBits(r))))
            return scratch
        }
        switch alloc.loc[Int(r)] {
        case .xmm(let x): return x
        case .stack(let d): asm.movsd(scratch, Mem(.rbp, d)); return scratch
        default: fatalError("x64: float operand %\(r) not in an SSE register or slot")
        }
    }
    /// An SSE operand as a register, or memory (a constant, or a value in its slot).
    enum XOperand { case reg(XMM), mem(Mem) }
    func xmmOperand(_ r: Ref) -> XOperand {
        if isConst(r) { return .mem(constant(UInt64(bitPattern: constBits(r)))) }
        switch alloc.loc[Int(r)] {
        case .xmm(let x): return .reg(x)
        case .stack(let d): return .mem(Mem(.rbp, d))
        default: fatalError("x64: float operand %\(r) not in an SSE register or slot")
        }
    }
    func sse(_ o: SSE, _ d: XMM, _ b: XOperand) {
        switch b {
        case .reg(let x): asm.sse(o, d, x)
        case .mem(let m): asm.sse(o, d, m)
        }
    }

    /// The 8-byte constants placed after the code, read rip-relative.
    var constants: [UInt64: X64Assembler.Label] = [:]
    func constant(_ bits: UInt64) -> Mem {
        if let l = constants[bits] { return Mem(rip: l) }
        let l = asm.newLabel()
        constants[bits] = l
        return Mem(rip: l)
    }

    /// An int constant operand that fits an instruction's 32-bit immediate.
    func imm32(_ r: Ref) -> Int32? { isConst(r) ? Int32(exactly: constBits(r)) : nil }

    /// Where instruction k's general-register result goes: its register, or rax (then
    /// `setGPR` stores it to its slot).
    func dst(_ k: Int) -> GPR {
        if case .gpr(let g) = alloc.loc[k] { return g }
        return .rax
    }
    func setGPR(_ k: Int, _ g: GPR) {
        switch alloc.loc[k] {
        case .gpr(let d): asm.mov(d, g)
        case .stack(let s): asm.mov(Mem(.rbp, s), g)
        default: break
        }
    }
    func dstX(_ k: Int) -> XMM {
        if case .xmm(let x) = alloc.loc[k] { return x }
        return XMM(15)
    }
    func setXMM(_ k: Int, _ x: XMM) {
        switch alloc.loc[k] {
        case .xmm(let d): asm.movsd(d, x)
        case .stack(let s): asm.movsd(Mem(.rbp, s), x)
        default: break
        }
    }

    /// The 64 payload bits of any typed value into `g` (a float's bit pattern).
    func payloadBits(_ r: Ref, into g: GPR) {
        let got = gpr(r, g)
        asm.mov(g, got)
    }

    /// Writes value `r` (any type) as a whole 16-byte value at `m` (rax and rcx are used;
    /// `m` must not be based on them).
    func storeValue(_ r: Ref, _ m: Mem, tagKnown: Bool = false) {
        if alloc.storedBoxes.contains(Int(r)) { storeValue(instrs[Int(r)].a, m, tagKnown: tagKnown); return }
        if alloc.lazyLoads.contains(Int(r)) { copyValue(from: valueAddress(instrs[Int(r)]), to: m); return }
        let t = type(r)
        if t == .value {
            if isConst(r) {
                asm.mov(m, imm: Int32(SwTag.SW_TAG_UNBOUND.rawValue))
                storeBits(instrs[Int(r)].aux, m.adding(8))
            } else if case .pair(let tag, let bits) = alloc.loc[Int(r)] {
                asm.mov(m, tag); asm.mov(m.adding(8), bits)
            } else {
                let h = home(r)
                asm.mov(.rax, h); asm.mov(.rcx, h.adding(8))
                asm.mov(m, .rax); asm.mov(m.adding(8), .rcx)
            }
            return
        }
        if !tagKnown { asm.mov(m, imm: Int32(t.tag.rawValue)) }
        if isConst(r) || t.x64Class == .none {
            storeBits(constBits(r), m.adding(8))
            return
        }
        switch alloc.loc[Int(r)] {
        case .gpr(let g): asm.mov(m.adding(8), g)
        case .xmm(let x): asm.movsd(m.adding(8), x)
        case .stack(let d): asm.mov(.rax, Mem(.rbp, d)); asm.mov(m.adding(8), .rax)
        case .none, .pair: storeBits(0, m.adding(8))
        }
    }

    func storeBits(_ v: Int64, _ m: Mem) {
        if let v32 = Int32(exactly: v) { asm.mov(m, imm: v32) } else { asm.mov(.rax, imm: v); asm.mov(m, .rax) }
    }

    /// Copies 16 bytes (rax, rcx).
    func copyValue(from s: Mem, to d: Mem) {
        asm.mov(.rax, s); asm.mov(.rcx, s.adding(8))
        asm.mov(d, .rax); asm.mov(d.adding(8), .rcx)
    }

    /// Reads the whole value at `m` into k's result (a register pair or its slot).
    func loadValue(_ k: Int, _ m: Mem) {
        guard case .pair(let tag, let bits) = alloc.loc[k] else {
            copyValue(from: m, to: home(Ref(k)))
            return
        }
        // (k may take the register of the address's base, which dies here: read through
        // it last.)
        if tag == m.base && m.rip == nil {
            asm.mov(bits, m.adding(8)); asm.mov(tag, m)
        } else {
            asm.mov(tag, m); asm.mov(bits, m.adding(8))
        }
    }

    /// Unboxes a whole value held in registers: leaves through `snapshot` unless its tag
    /// is `t`'s.
    func unboxPair(_ k: Int, _ t: IRType, _ tag: GPR, _ bits: GPR, snapshot: Int32) {
        asm.alu(.cmp, tag, imm: Int32(t.tag.rawValue))
        asm.j(.ne, exit(snapshot))
        switch t {
        case .int, .object: setGPR(k, bits)
        case .float:
            let d = dstX(k)
            asm.movq(d, bits)
            setXMM(k, d)
        case .bool:
            asm.test(bits, bits)
            asm.set(.ne, .rax)
            asm.movzxByte(.rax, .rax)
            setGPR(k, .rax)
        default: break
        }
    }

    /// Reads a whole value at `m` into instruction k's result (a typed result checks the
    /// tag first and leaves through `snapshot` unless it matches).
    func loadTyped(_ k: Int, _ t: IRType, _ m: Mem, snapshot: Int32) {
        if t == .value {
            loadValue(k, m)
            return
        }
        asm.alu(.cmp, m, imm: Int32(t.tag.rawValue))
        asm.j(.ne, exit(snapshot))
        let bits = m.adding(8)
        switch t {
        case .int, .object:
            if case .stack(let s) = alloc.loc[k] { asm.mov(.rax, bits); asm.mov(Mem(.rbp, s), .rax) } else { asm.mov(dst(k), bits) }
        case .float:
            if case .stack(let s) = alloc.loc[k] { asm.mov(.rax, bits); asm.mov(Mem(.rbp, s), .rax) } else { asm.movsd(dstX(k), bits) }
        case .bool:
            asm.alu(.cmp, bits, imm: 0)
            asm.set(.ne, .rax)
            asm.movzxByte(.rax, .rax)
            setGPR(k, .rax)
        default:
            break
        }
    }

    // MARK: - Exits

    func exit(_ s: Int32) -> X64Assembler.Label {
        if let l = exitLabels[s] { return l }
        let l = asm.newLabel()
        exitLabels[s] = l
        return l
    }

    func exitCode(_ s: Int) -> Int64 { GCCBackend.exitCode(trace: trace.id, snapshot: s) }

    /// Writes a snapshot's slots into the frame registers.
    func writeSlots(_ slots: [Snapshot.SlotValue]) {
        for sv in slots { storeValue(sv.ref, slot(sv.slot)) }
    }

    /// Exit stubs and their shared store blocks (after the loop).
    func emitExits() {
        var pendingStores: [Int32] = []
        // (The exit code waits in rdx: the stores use rax and rcx.)
        for s in exitLabels.keys.sorted() {
            asm.place(exitLabels[s]!)
            asm.mov(.rdx, imm: exitCode(Int(s)))
            asm.jmp(storeLabel(s, &pendingStores))
        }
        let stores = ExitStores(trace)
        while let s = pendingStores.popLast() {
            asm.place(storeLabels[s]!)
            let p = stores.parent(of: Int(s))
            writeSlots(stores.ownSlots(Int(s), parent: p))
            asm.jmp(p.map { storeLabel(Int32($0), &pendingStores) } ?? leave)
        }
    }

    func storeLabel(_ s: Int32, _ pending: inout [Int32]) -> X64Assembler.Label {
        if let l = storeLabels[s] { return l }
        let l = asm.newLabel()
        storeLabels[s] = l
        pending.append(s)
        return l
    }

    // MARK: - Calls

    /// Saves the caller-saved registers that live past call k.
    func saveAround(_ k: Int) {
        for r in alloc.saves[k] ?? [] {
            switch alloc.loc[Int(r)] {
            case .gpr(let g): asm.mov(home(r), g)
            case .xmm(let x): asm.movsd(home(r), x)
            default: break
            }
        }
    }
    func restoreAfter(_ k: Int) {
        for r in alloc.saves[k] ?? [] {
            switch alloc.loc[Int(r)] {
            case .gpr(let g): asm.mov(g, home(r))
            case .xmm(let x): asm.movsd(x, home(r))
            default: break
            }
        }
    }
    func callAddress(_ p: UnsafeRawPointer) {
        asm.mov(.rax, imm: Int64(Int(bitPattern: p)))
        asm.call(.rax)
    }

    // MARK: - The trace

    func lower() throws(BackendError) {
        for ins in instrs {
            if ins.op == .SW_IR_FCALL1 || ins.op == .SW_IR_FCALL2 {
                guard let f = LibmFunction(rawValue: ins.aux) else { throw BackendError(message: "x64: unknown math function") }
                if !f.isExactBuiltin && mathAddress(f) == nil {
                    throw BackendError(message: "x64: no address for \(f.symbol)")
                }
            }
            if ins.op == .SW_IR_CALL_TRACE && config.traceEntries[Int(ins.aux >> 24)] == nil {
                throw BackendError(message: "x64: inner trace not compiled")
            }
        }
        for (i, r) in trace.inputs.enumerated() where type(r).x64Class != type(trace.loopBack[i]).x64Class {
            throw BackendError(message: "x64: loop value %\(r) changes class at the back-edge")
        }
        alloc = X64RegisterAllocation(trace) { Self.isCall(self.instrs[$0]) }
        valueTemp = alloc.newSlot()

        // Prologue: rbp frame, callee-saved registers, slots and scratch (rsp 16-aligned).
        asm.push(.rbp); asm.mov(.rbp, .rsp)
        for g in [GPR.rbx, .r12, .r13, .r14, .r15] { asm.push(g) }
        var below = alloc.slotBytes + Self.scratchBytes
        if (X64RegisterAllocation.pushed + below) % 16 != 0 { below += 8 }
        asm.alu(.sub, .rsp, imm: below)
        asm.mov(.rbx, .rdi)

        for (k, ins) in instrs.enumerated() where ins.op == .SW_IR_INPUT {
            loadTyped(k, ins.type, slot(Int(ins.a)), snapshot: 0)
        }
        let label = instrs.firstIndex { $0.op == .SW_IR_LABEL } ?? -1
        for k in 0..<max(label, 0) where instrs[k].op != .SW_IR_INPUT {
            lower(k, instrs[k])
        }
        let body = ((label + 1)..<instrs.count).filter { instrs[$0].op != .SW_IR_INPUT }
        let loop = asm.newLabel()
        asm.place(loop)
        itemsInR11 = nil
        for k in body { lower(k, instrs[k]) }
        itemsCacheOff = true
        backEdge()
        asm.jmp(loop)
        emitExits()
        asm.place(leave)
        asm.mov(.rax, .rdx)
        asm.place(epilogue)
        asm.lea(.rsp, Mem(.rbp, -X64RegisterAllocation.pushed))
        for g in [GPR.r15, .r14, .r13, .r12, .rbx] { asm.pop(g) }
        asm.pop(.rbp)
        asm.ret()
        // (16 bytes each, 16-aligned: packed operations such as xorpd read 16 aligned bytes.)
        asm.align(16)
        for (bits, l) in constants.sorted(by: { $0.key < $1.key }) {
            asm.place(l)
            asm.data(bits)
            asm.data(0)
        }
    }

    /// The loop-carried values take their next values: a parallel move.
    func backEdge() {
        var moves: [(dst: X64Loc, src: Ref)] = []
        for (i, r) in trace.inputs.enumerated() where type(r).x64Class != .none {
            let d = alloc.loc[Int(r)]
            let s = trace.loopBack[i]
            if !isConst(s) && alloc.loc[Int(s)] == d { continue }
            moves.append((d, s))
        }
        // Sources that are locations, which a move may overwrite before they are read.
        var srcLoc: [X64Loc?] = moves.map { isConst($0.src) ? nil : alloc.loc[Int($0.src)] }
        var temps: [X64Loc?] = Array(repeating: nil, count: moves.count)
        var done = Array(repeating: false, count: moves.count)
        func emit(_ i: Int) {
            let d = moves[i].dst
            if let t = temps[i] { move(from: t, to: d, class: type(moves[i].src).x64Class) }
            else { moveValue(moves[i].src, to: d) }
            done[i] = true
        }
        while done.contains(false) {
            let ready = moves.indices.first { i in
                !done[i] && !moves.indices.contains { j in j != i && !done[j] && srcLoc[j] == moves[i].dst }
            }
            if let i = ready { emit(i); continue }
            // A cycle: park one blocked source in a temporary and go on.
            let i = moves.indices.first { !done[$0] }!
            let blocked = moves[i].dst
            let cls = type(moves[i].src).x64Class
            let temp: X64Loc = cls == .gpr ? .gpr(.r11) : cls == .xmm ? .xmm(XMM(14)) : .stack(valueTemp)
            move(from: blocked, to: temp, class: cls)
            for j in moves.indices where !done[j] && srcLoc[j] == blocked {
                srcLoc[j] = nil
                temps[j] = temp
            }
        }
    }

    func locMem(_ l: X64Loc) -> Mem {
        guard case .stack(let d) = l else { fatalError("x64: not a memory location") }
        return Mem(.rbp, d)
    }

    func move(from s: X64Loc, to d: X64Loc, class cls: X64Class) {
        switch (s, d) {
        case (.gpr(let a), .gpr(let b)): asm.mov(b, a)
        case (.gpr(let a), .stack): asm.mov(locMem(d), a)
        case (.stack, .gpr(let b)): asm.mov(b, locMem(s))
        case (.xmm(let a), .xmm(let b)): asm.movsd(b, a)
        case (.xmm(let a), .stack): asm.movsd(locMem(d), a)
        case (.stack, .xmm(let b)): asm.movsd(b, locMem(s))
        case (.stack, .stack):
            if cls == .value { copyValue(from: locMem(s), to: locMem(d)) }
            else { asm.mov(.rax, locMem(s)); asm.mov(locMem(d), .rax) }
        default: break
        }
    }

    /// Ref `r`'s value into location `d` (of its class).
    func moveValue(_ r: Ref, to d: X64Loc) {
        let cls = type(r).x64Class
        switch cls {
        case .gpr:
            let g = gpr(r, .rax)
            switch d {
            case .gpr(let b): asm.mov(b, g)
            case .stack: asm.mov(locMem(d), g)
            default: break
            }
        case .xmm:
            let x = xmm(r, XMM(15))
            switch d {
            case .xmm(let b): asm.movsd(b, x)
            case .stack: asm.movsd(locMem(d), x)
            default: break
            }
        case .value:
            storeValue(r, locMem(d))
        case .none:
            break
        }
    }

    /// Whether compare k's only use is the guard right after it.
    func fusesWithGuard(_ k: Int) -> Bool {
        guard k + 1 < instrs.count, alloc.uses[k] == 1 else { return false }
        let g = instrs[k + 1]
        return (g.op == .SW_IR_GUARD_TRUE || g.op == .SW_IR_GUARD_FALSE) && g.a == Ref(k)
    }

    func lower(_ k: Int, _ ins: IRInstr) {
        let snap = ins.snapshot
        let keeps = Self.keepsItemsPointer(ins.op)
        if !keeps { itemsInR11 = nil; itemsCacheOff = true }
        defer { if !keeps { itemsInR11 = nil; itemsCacheOff = false } }
        switch ins.op {
        case .SW_IR_CONST, .SW_IR_INPUT, .SW_IR_LABEL:
            break
        case .SW_IR_PHI:
            moveValue(ins.a, to: alloc.loc[k])
        case .SW_IR_LOADSLOT:
            loadTyped(k, ins.type, slot(Int(ins.a)), snapshot: snap)
        case .SW_IR_STORESLOT:
            storeValue(ins.b, slot(Int(ins.a)))
        case .SW_IR_GUARD_TRUE, .SW_IR_GUARD_FALSE:
            let leaveWhenTrue = ins.op == .SW_IR_GUARD_FALSE
            if let f = flagsFor, f.ref == Int(ins.a), f.floatEq {
                // After ucomisd, "equal" is ZF set and PF clear (PF: unordered).
                if leaveWhenTrue == (f.cond == .e) {
                    let skip = asm.newLabel()
                    asm.j(.p, skip); asm.j(.e, exit(snap))
                    asm.place(skip)
                } else {
                    asm.j(.ne, exit(snap)); asm.j(.p, exit(snap))
                }
                flagsFor = nil
            } else if let f = flagsFor, f.ref == Int(ins.a) {
                asm.j(leaveWhenTrue ? f.cond : f.cond.inverted, exit(snap))
                flagsFor = nil
            } else if isConst(ins.a) {
                if (constBits(ins.a) != 0) == leaveWhenTrue { asm.jmp(exit(snap)) }
            } else {
                let g = gpr(ins.a, .rax)
                asm.test(g, g)
                asm.j(leaveWhenTrue ? .ne : .e, exit(snap))
            }
        case .SW_IR_GUARD_TYPE:
            let a = gpr(ins.a, .r11)
            asm.mov(.rax, imm: ins.aux)
            asm.alu(.cmp, .rax, Mem(a))
            asm.j(.ne, exit(snap))
        case .SW_IR_GUARD_ID:
            let a = gpr(ins.a, .r11)
            asm.mov(.rax, imm: ins.aux)
            asm.alu(.cmp, a, .rax)
            asm.j(.ne, exit(snap))
        case .SW_IR_GUARD_VERSION, .SW_IR_GUARD_KEYS:
            let field = ins.op == .SW_IR_GUARD_VERSION ? Layout.dictVersion : Layout.dictKeysVersion
            let a = gpr(ins.a, .r11)
            asm.mov(.rax, imm: ins.aux)
            asm.alu(.cmp, .rax, Mem(a, Int32(field)))
            asm.j(.ne, exit(snap))
        case .SW_IR_GUARD_NOGC:
            let flag = withUnsafeMutablePointer(to: &sw_gc_requested) { Int64(Int(bitPattern: $0)) }
            asm.mov(.r11, imm: flag)
            asm.cmpByte(Mem(.r11), imm: 0)
            asm.j(.ne, exit(snap))
        case .SW_IR_IADD_OV, .SW_IR_ISUB_OV, .SW_IR_IADD, .SW_IR_ISUB, .SW_IR_IAND, .SW_IR_IOR, .SW_IR_IXOR:
            let o: ALU = switch ins.op {
            case .SW_IR_IADD_OV, .SW_IR_IADD: .add
            case .SW_IR_ISUB_OV, .SW_IR_ISUB: .sub
            case .SW_IR_IAND: .and
            case .SW_IR_IOR: .or
            default: .xor
            }
            let d = intBinary(k, ins, o)
            if ins.op == .SW_IR_IADD_OV || ins.op == .SW_IR_ISUB_OV { asm.j(.o, exit(snap)) }
            setGPR(k, d)
        case .SW_IR_IMUL_OV where imm32(ins.b) != nil || imm32(ins.a) != nil,
             .SW_IR_IMUL where imm32(ins.b) != nil || imm32(ins.a) != nil:
            let (x, v) = imm32(ins.b) != nil ? (ins.a, imm32(ins.b)!) : (ins.b, imm32(ins.a)!)
            let d = dst(k)
            asm.imul(d, gpr(x, d), imm: v)
            if ins.op == .SW_IR_IMUL_OV { asm.j(.o, exit(snap)) }
            setGPR(k, d)
        case .SW_IR_IMUL_OV, .SW_IR_IMUL:
            var d = dst(k)
            let b = gpr(ins.b, .rcx)
            if d == b && !isConst(ins.b) { d = .rax }
            asm.mov(d, gpr(ins.a, d))
            asm.imul(d, b)
            if ins.op == .SW_IR_IMUL_OV { asm.j(.o, exit(snap)) }
            setGPR(k, d)
        case .SW_IR_INEG_OV, .SW_IR_IINVERT:
            let d = dst(k)
            asm.mov(d, gpr(ins.a, d))
            if ins.op == .SW_IR_INEG_OV { asm.neg(d); asm.j(.o, exit(snap)) } else { asm.not(d) }
            setGPR(k, d)
        case .SW_IR_ILSHIFT_OV:
            asm.mov(.rcx, gpr(ins.b, .rcx))
            asm.alu(.cmp, .rcx, imm: 64)
            asm.j(.ae, exit(snap))
            asm.mov(.rax, gpr(ins.a, .rax))
            asm.shift(.shl, .rax)
            asm.mov(.rdx, .rax)
            asm.shift(.sar, .rdx)
            asm.alu(.cmp, .rdx, gpr(ins.a, .r11))
            asm.j(.ne, exit(snap))
            setGPR(k, .rax)
        case .SW_IR_IRSHIFT:
            // Shifts past 63 give the sign: clamp the count.
            asm.mov(.rcx, gpr(ins.b, .rcx))
            asm.mov(.r11, imm: 63)
            asm.alu(.cmp, .rcx, .r11)
            asm.cmov(.g, .rcx, .r11)
            asm.mov(.rax, gpr(ins.a, .rax))
            asm.shift(.sar, .rax)
            setGPR(k, .rax)
        case .SW_IR_UDIV where isConst(ins.b) && constBits(ins.b) > 0,
             .SW_IR_UMOD where isConst(ins.b) && constBits(ins.b) > 0:
            unsignedDivide(k, ins.a, UInt64(constBits(ins.b)), remainder: ins.op == .SW_IR_UMOD)
        case .SW_IR_UDIV, .SW_IR_UMOD, .SW_IR_IFLOORDIV, .SW_IR_IMOD:
            asm.mov(.r11, gpr(ins.b, .r11))
            asm.mov(.rax, gpr(ins.a, .rax))
            if ins.op == .SW_IR_UDIV || ins.op == .SW_IR_UMOD {
                asm.mov(.rdx, imm: 0)
                asm.div(.r11)
                setGPR(k, ins.op == .SW_IR_UDIV ? .rax : .rdx)
            } else {
                asm.cqo()
                asm.idiv(.r11)
                // (q, r) truncated; b > 0: floor is q - 1 and the modulo r + b when r < 0.
                asm.mov(.rcx, .rdx)
                asm.shift(.sar, .rcx, imm: 63)
                if ins.op == .SW_IR_IFLOORDIV {
                    asm.alu(.add, .rax, .rcx)
                    setGPR(k, .rax)
                } else {
                    asm.alu(.and, .rcx, .r11)
                    asm.alu(.add, .rdx, .rcx)
                    setGPR(k, .rdx)
                }
            }
        case .SW_IR_ILT, .SW_IR_ILE, .SW_IR_IGT, .SW_IR_IGE, .SW_IR_IEQ, .SW_IR_INE, .SW_IR_OEQ:
            let cond: Cond = switch ins.op {
            case .SW_IR_ILT: .l
            case .SW_IR_ILE: .le
            case .SW_IR_IGT: .g
            case .SW_IR_IGE: .ge
            case .SW_IR_INE: .ne
            default: .e
            }
            if let v = imm32(ins.a), !isConst(ins.b) {
                // A constant on the left: compare the other way round.
                asm.alu(.cmp, gpr(ins.b, .r11), imm: v)
                let swapped: Cond = switch cond { case .l: .g; case .le: .ge; case .g: .l; case .ge: .le; default: cond }
                condResult(k, swapped)
            } else {
                let a = gpr(ins.a, .r11)
                if let v = imm32(ins.b) { asm.alu(.cmp, a, imm: v) } else { asm.alu(.cmp, a, gpr(ins.b, .rax)) }
                condResult(k, cond)
            }
        case .SW_IR_FLT, .SW_IR_FLE, .SW_IR_FGT, .SW_IR_FGE:
            // ucomisd sets "above" only when ordered: NaN compares false.
            let swap = ins.op == .SW_IR_FLT || ins.op == .SW_IR_FLE
            let x = xmm(swap ? ins.b : ins.a, XMM(14))
            sse(.ucomisd, x, xmmOperand(swap ? ins.a : ins.b))
            condResult(k, ins.op == .SW_IR_FLT || ins.op == .SW_IR_FGT ? .a : .ae)
        case .SW_IR_FEQ, .SW_IR_FNE:
            let x = xmm(ins.a, XMM(14))
            sse(.ucomisd, x, xmmOperand(ins.b))
            if fusesWithGuard(k) {
                flagsFor = (k, ins.op == .SW_IR_FEQ ? .e : .ne, true)
                return
            }
            if ins.op == .SW_IR_FEQ {
                asm.set(.e, .rax); asm.set(.np, .rcx); asm.alu(.and, .rax, .rcx)
            } else {
                asm.set(.ne, .rax); asm.set(.p, .rcx); asm.alu(.or, .rax, .rcx)
            }
            asm.movzxByte(.rax, .rax)
            setGPR(k, .rax)
        case .SW_IR_FADD, .SW_IR_FSUB, .SW_IR_FMUL, .SW_IR_FDIV:
            let o: SSE = switch ins.op {
            case .SW_IR_FADD: .addsd
            case .SW_IR_FSUB: .subsd
            case .SW_IR_FMUL: .mulsd
            default: .divsd
            }
            let b = xmmOperand(ins.b)
            var d = dstX(k)
            if case .reg(let x) = b, x == d { d = XMM(15) }
            asm.movsd(d, xmm(ins.a, d))
            sse(o, d, b)
            setXMM(k, d)
        case .SW_IR_FNEG:
            let d = dstX(k)
            asm.movsd(d, xmm(ins.a, d))
            asm.sse(.xorpd, d, constant(0x8000_0000_0000_0000))
            setXMM(k, d)
        case .SW_IR_I2F:
            let a = gpr(ins.a, .rax)
            let d = dstX(k)
            asm.sse(.xorpd, d, d)
            asm.cvtsi2sd(d, a)
            setXMM(k, d)
        case .SW_IR_BNOT:
            let d = dst(k)
            asm.mov(d, gpr(ins.a, d))
            asm.alu(.xor, d, imm: 1)
            setGPR(k, d)
        case .SW_IR_B2I:
            let d = dst(k)
            asm.mov(d, gpr(ins.a, d))
            setGPR(k, d)
        case .SW_IR_FCALL1, .SW_IR_FCALL2:
            mathCall(k, ins)
        case .SW_IR_BOX where alloc.storedBoxes.contains(k):
            break           // (its stores store its operand)
        case .SW_IR_BOX:
            if case .pair(let tag, let bits) = alloc.loc[k] {
                asm.mov(bits, gpr(ins.a, bits))
                asm.mov(tag, imm: Int64(type(ins.a).tag.rawValue))
            } else {
                storeValue(ins.a, home(Ref(k)))
            }
        case .SW_IR_UNBOX:
            if isConst(ins.a) {
                // (The one whole-value constant is unbound: no typed value matches.)
                asm.jmp(exit(snap))
            } else if alloc.lazyLoads.contains(Int(ins.a)) {
                loadTyped(k, ins.type, valueAddress(instrs[Int(ins.a)]), snapshot: snap)
            } else if case .pair(let tag, let bits) = alloc.loc[Int(ins.a)] {
                unboxPair(k, ins.type, tag, bits, snapshot: snap)
            } else {
                loadTyped(k, ins.type, home(ins.a), snapshot: snap)
            }
        case .SW_IR_LIST_ITEM where alloc.lazyLoads.contains(k),
             .SW_IR_OBJ_SLOT where alloc.lazyLoads.contains(k),
             .SW_IR_LOAD_VALUE where alloc.lazyLoads.contains(k):
            break           // (its UNBOX reads the memory)
        case .SW_IR_LIST_ITEM, .SW_IR_OBJ_SLOT, .SW_IR_LOAD_VALUE, .SW_IR_TUPLE_ITEM:
            loadValue(k, valueAddress(ins))
        case .SW_IR_LIST_SETITEM, .SW_IR_SET_SLOT, .SW_IR_STORE_VALUE:
            storeValue(ins.c, valueAddress(ins), tagKnown: alloc.tagKnownStores.contains(k))
        case .SW_IR_FIELD_I64, .SW_IR_LOAD_PTR, .SW_IR_LIST_LEN, .SW_IR_TUPLE_LEN:
            let a = gpr(ins.a, .r11)
            let d = dst(k)
            switch ins.op {
            case .SW_IR_LIST_LEN: asm.mov(d, Mem(a, Int32(Layout.listCount)))
            case .SW_IR_TUPLE_LEN: asm.mov32(d, Mem(a, Int32(MemoryLayout<SwObject>.offset(of: \SwObject.nslots)!)))
            default: asm.mov(d, Mem(a, Int32(ins.aux)))
            }
            setGPR(k, d)
        case .SW_IR_DICT_BUMP:
            let a = gpr(ins.a, .r11)
            asm.alu(.add, Mem(a, Int32(Layout.dictVersion)), imm: 1)
        case .SW_IR_SET_SLOT_INT:
            let m = valueAddress(ins).adding(8)
            if let v = imm32(ins.c) { asm.mov(m, imm: v) } else { asm.mov(m, gpr(ins.c, .rax)) }
        case .SW_IR_NEW_TUPLE, .SW_IR_NEW_LIST:
            saveAround(k)
            let items = [ins.a, ins.b, ins.c].filter { $0 >= 0 }
            for (i, r) in items.enumerated() { storeValue(r, Mem(.rsp, Self.itemsArea + Int32(16 * i))) }
            asm.lea(.rdi, home(Ref(k)))
            asm.lea(.rsi, Mem(.rsp, Self.itemsArea))
            asm.mov(.rdx, imm: Int64(items.count))
            callAddress(ins.op == .SW_IR_NEW_TUPLE ? config.newTuple : config.newList)
            restoreAfter(k)
        case .SW_IR_LIST_APPEND:
            saveAround(k)
            asm.mov(.r11, gpr(ins.a, .r11))
            storeValue(ins.b, Mem(.rsp, Self.argArea))
            asm.mov(.rdi, .r11)
            asm.mov(.rsi, Mem(.rsp, Self.argArea))
            asm.mov(.rdx, Mem(.rsp, Self.argArea + 8))
            callAddress(config.listAppend)
            restoreAfter(k)
        case .SW_IR_CALL_HELPER:
            saveAround(k)
            if ins.c >= 0 { storeValue(ins.c, home(Ref(k))) }
            if ins.a >= 0 { storeValue(ins.a, Mem(.rsp, Self.argArea)) }
            if ins.b >= 0 { storeValue(ins.b, Mem(.rsp, Self.argArea + 16)) }
            asm.lea(.rdi, home(Ref(k)))
            if ins.a >= 0 { asm.lea(.rsi, Mem(.rsp, Self.argArea)) } else { asm.mov(.rsi, imm: 0) }
            if ins.b >= 0 { asm.lea(.rdx, Mem(.rsp, Self.argArea + 16)) } else { asm.mov(.rdx, imm: 0) }
            callAddress(config.valueHelpers[Int(ins.aux)])
            restoreAfter(k)
        case .SW_IR_RESIDUAL:
            // The interpreter runs the instruction: the frames must be in the registers.
            writeSlots(trace.snapshots[Int(snap)].slots)
            saveAround(k)
            asm.mov(.rdi, imm: exitCode(Int(snap)))
            asm.mov(.rsi, imm: ins.aux)
            callAddress(config.residual)
            setGPR(k, .rax)
            restoreAfter(k)
        case .SW_IR_CALL_TRACE:
            // Everything the inner loop reads is in the registers: write the snapshot, run
            // it, and continue only if it left through its own loop exit.
            writeSlots(trace.snapshots[Int(snap)].slots)
            saveAround(k)
            asm.mov(.rdi, .rbx)
            asm.mov(.rsi, imm: ins.aux)
            callAddress(config.callTrace)
            restoreAfter(k)
            asm.mov(.r11, imm: ins.aux)
            asm.alu(.cmp, .rax, .r11)
            asm.j(.ne, epilogue)
        case .SW_IR__COUNT:
            break
        }
    }

    /// The address of the whole value a list or tuple item, object slot or dict entry
    /// instruction reads or writes (based on a's register or r11, an item's indexed by rdx).
    func valueAddress(_ ins: IRInstr) -> Mem {
        switch ins.op {
        case .SW_IR_OBJ_SLOT, .SW_IR_SET_SLOT, .SW_IR_SET_SLOT_INT:
            return Mem(gpr(ins.a, .r11), Int32(Layout.objectSlots + 16 * Int(ins.b)))
        case .SW_IR_LOAD_VALUE, .SW_IR_STORE_VALUE: return Mem(gpr(ins.a, .r11), Int32(ins.aux))
        case .SW_IR_TUPLE_ITEM:
            // (A tuple's items sit where an object's slots do.)
            return item(gpr(ins.a, .r11), ins.b, Layout.objectSlots)
        default:
            if itemsCacheOff || itemsInR11 != ins.a {
                asm.mov(.r11, Mem(gpr(ins.a, .r11), Int32(Layout.listItems)))
                itemsInR11 = itemsCacheOff ? nil : ins.a
            }
            return item(.r11, ins.b, 0)
        }
    }

    /// Value `index` of the array at `base` + `offset`: a constant index folded into the
    /// displacement, any other scaled in rdx.
    func item(_ base: GPR, _ index: Ref, _ offset: Int) -> Mem {
        if let i = imm32(index), let d = Int32(exactly: offset + 16 * Int(i)) { return Mem(base, d) }
        asm.mov(.rdx, gpr(index, .rdx))
        asm.shift(.shl, .rdx, imm: 4)
        return Mem(base, .rdx, scale: 1, Int32(offset))
    }

    /// n // d or n % d for n >= 0 and a constant d > 0, without a divide: a shift or mask
    /// for a power of two, otherwise a multiply by a rounded-up reciprocal (the quotient
    /// is mulhi(m, n) corrected by half the difference, as in Granlund and Montgomery).
    func unsignedDivide(_ k: Int, _ n: Ref, _ d: UInt64, remainder: Bool) {
        asm.mov(.rcx, gpr(n, .rcx))
        if d & (d - 1) == 0 {
            let shift = UInt8(d.trailingZeroBitCount)
            if remainder {
                asm.mov(.rax, imm: Int64(d - 1))
                asm.alu(.and, .rax, .rcx)
            } else {
                asm.mov(.rax, .rcx)
                if shift > 0 { asm.shift(.shr, .rax, imm: shift) }
            }
            setGPR(k, .rax)
            return
        }
        let l = 64 - (d - 1).leadingZeroBitCount              // ceil(log2 d), d < 2^63
        let m = d.dividingFullWidth((high: (UInt64(1) << l) - d, low: 0)).quotient &+ 1
        asm.mov(.rax, imm: Int64(bitPattern: m))
        asm.mul(.rcx)                                           // rdx = mulhi(m, n)
        asm.mov(.rax, .rcx)
        asm.alu(.sub, .rax, .rdx)
        asm.shift(.shr, .rax, imm: 1)
        asm.alu(.add, .rax, .rdx)
        if l > 1 { asm.shift(.shr, .rax, imm: UInt8(l - 1)) }   // rax = n / d
        if remainder {
            if let d32 = Int32(exactly: d) { asm.imul(.rax, .rax, imm: d32) } else { asm.mov(.rdx, imm: Int64(d)); asm.imul(.rax, .rdx) }
            asm.alu(.sub, .rcx, .rax)
            setGPR(k, .rcx)
        } else {
            setGPR(k, .rax)
        }
    }

    /// a (op) b into k's register (rax when k's register is b's, or k is in memory).
    func intBinary(_ k: Int, _ ins: IRInstr, _ o: ALU) -> GPR {
        var d = dst(k)
        if let v = imm32(ins.b) {
            asm.mov(d, gpr(ins.a, d))
            asm.alu(o, d, imm: v)
        } else {
            let b = gpr(ins.b, .rcx)
            if d == b { d = .rax }
            asm.mov(d, gpr(ins.a, d))
            asm.alu(o, d, b)
        }
        return d
    }

    /// A compare's result: left in the flags for the guard after it, or 0/1 in k's register.
    func condResult(_ k: Int, _ cond: Cond) {
        if fusesWithGuard(k) {
            flagsFor = (k, cond, false)
            return
        }
        asm.set(cond, .rax)
        asm.movzxByte(.rax, .rax)
        setGPR(k, .rax)
    }

    /// libm's functions that traces call, looked up in the process once.
    static let libmAddresses: [LibmFunction: UnsafeRawPointer] = Dictionary(uniqueKeysWithValues:
        LibmFunction.allCases.compactMap { f in
            f.isRuntimeHelper || f.isExactBuiltin ? nil : ObjectLoader.processSymbol(f.symbol).map { (f, $0) }
        })

    /// What a call of math function `f` calls (nil for the exact builtins, which are
    /// instructions).
    func mathAddress(_ f: LibmFunction) -> UnsafeRawPointer? {
        f.isRuntimeHelper ? config.floatHelpers[f] : Self.libmAddresses[f]
    }

    func mathCall(_ k: Int, _ ins: IRInstr) {
        let f = LibmFunction(rawValue: ins.aux)!
        switch f {
        case .sqrt:
            let a = xmm(ins.a, XMM(15))
            let d = dstX(k)
            asm.sse(.sqrtsd, d, a)
            setXMM(k, d)
        case .fabs, .copysign:
            // Bit operations in general registers: |a|, then b's sign.
            payloadBits(ins.a, into: .rax)
            asm.mov(.r11, imm: 0x7fff_ffff_ffff_ffff)
            asm.alu(.and, .rax, .r11)
            if f == .copysign {
                payloadBits(ins.b, into: .rcx)
                asm.not(.r11)
                asm.alu(.and, .rcx, .r11)
                asm.alu(.or, .rax, .rcx)
            }
            let d = dstX(k)
            asm.movq(d, .rax)
            setXMM(k, d)
        default:
            let address = mathAddress(f)!
            saveAround(k)
            if ins.op == .SW_IR_FCALL2 {
                asm.movsd(XMM(15), xmm(ins.b, XMM(15)))
                asm.movsd(XMM(0), xmm(ins.a, XMM(14)))
                asm.movsd(XMM(1), XMM(15))
            } else {
                asm.movsd(XMM(0), xmm(ins.a, XMM(14)))
            }
            callAddress(address)
            setXMM(k, XMM(0))
            restoreAfter(k)
        }
    }
}
