// X64BackendTests.swift — the x86-64 backend: its encoder against GNU as's encodings of
// the same instructions, and traces lowered by it run on a frame of registers: loops
// that end through their exit, guards that fail, overflow, spilled values, back-edge
// moves that form a cycle, division by constants, and a libm call.
import XCTest
import Glibc
import CSwoopRuntime
@testable import SwoopJIT

final class X64BackendTests: XCTestCase {
    func testEncodingsMatchTheAssembler() {
        // Expected bytes: `as` (GNU binutils 2.40) on the AT&T form in each comment.
        var a = X64Assembler()
        a.mov(.rax, Mem(.r12, 8))                    // mov 8(%r12), %rax
        a.mov(Mem(.rbp, -56), .r13)                  // mov %r13, -56(%rbp)
        a.alu(.add, .r9, imm: 1000)                  // add $1000, %r9
        a.alu(.cmp, Mem(.rsp, 16), imm: 3)           // cmpq $3, 16(%rsp)
        a.movsd(XMM(14), Mem(.rbx, 8))               // movsd 8(%rbx), %xmm14
        a.cvtsi2sd(XMM(9), .r10)                     // cvtsi2sd %r10, %xmm9
        a.movq(XMM(3), .r11)                         // movq %r11, %xmm3
        a.movq(.r11, XMM(3))                         // movq %xmm3, %r11
        a.imul(.r12, .r8, imm: 7)                    // imul $7, %r8, %r12
        a.mov(.rcx, Mem(.r11, .rdx, scale: 1))       // mov (%r11,%rdx,1), %rcx
        a.movsd(XMM(2), XMM(9))                      // movaps %xmm9, %xmm2
        a.sse(.ucomisd, XMM(12), XMM(1))             // ucomisd %xmm1, %xmm12
        a.mov(.rax, imm: 0x8000_0000)                // mov $0x80000000, %eax
        a.mov(.r10, imm: 0x12_3456_789a)             // movabs $0x123456789a, %r10
        a.mov(.rcx, imm: -5)                         // mov $-5, %rcx
        a.set(.e, .rax)                              // sete %al
        a.movzxByte(.rax, .rax)                      // movzbq %al, %rax
        a.cmov(.g, .rcx, .r11)                       // cmovg %r11, %rcx
        a.shift(.sar, .rdx)                          // sar %cl, %rdx
        a.shift(.shr, .rax, imm: 3)                  // shr $3, %rax
        let expected: [UInt8] = [
            0x49, 0x8b, 0x44, 0x24, 0x08, 0x4c, 0x89, 0x6d, 0xc8, 0x49, 0x81, 0xc1, 0xe8, 0x03, 0x00, 0x00,
            0x48, 0x83, 0x7c, 0x24, 0x10, 0x03, 0xf2, 0x44, 0x0f, 0x10, 0x73, 0x08, 0xf2, 0x4d, 0x0f, 0x2a,
            0xca, 0x66, 0x49, 0x0f, 0x6e, 0xdb, 0x66, 0x49, 0x0f, 0x7e, 0xdb, 0x4d, 0x6b, 0xe0, 0x07, 0x49,
            0x8b, 0x0c, 0x13, 0x41, 0x0f, 0x28, 0xd1, 0x66, 0x44, 0x0f, 0x2e, 0xe1, 0xb8, 0x00, 0x00, 0x00,
            0x80, 0x49, 0xba, 0x9a, 0x78, 0x56, 0x34, 0x12, 0x00, 0x00, 0x00, 0x48, 0xc7, 0xc1, 0xfb, 0xff,
            0xff, 0xff, 0x0f, 0x94, 0xc0, 0x48, 0x0f, 0xb6, 0xc0, 0x49, 0x0f, 0x4f, 0xcb, 0x48, 0xd3, 0xfa,
            0x48, 0xc1, 0xe8, 0x03,
        ]
        XCTAssertEqual(a.finish(), expected)
    }

    func testJumpsAndRipRelativeDataArePatched() {
        var a = X64Assembler()
        let back = a.newLabel(), ahead = a.newLabel(), data = a.newLabel()
        a.place(back)
        a.j(.ne, ahead)                              // 0: 0f 85 rel32 (to 19)
        a.movsd(XMM(0), Mem(rip: data))              // 6: f2 0f 10 05 rel32 (to 24)
        a.jmp(back)                                  // 14: e9 rel32 (to 0)
        a.place(ahead)
        a.ret()
        a.align(8)
        a.place(data)
        a.data(0x3ff0_0000_0000_0000)
        let code = a.finish()!
        func rel(_ at: Int) -> Int32 { Int32(bitPattern: UInt32(code[at]) | UInt32(code[at + 1]) << 8 | UInt32(code[at + 2]) << 16 | UInt32(code[at + 3]) << 24) }
        XCTAssertEqual(Array(code[0..<2]), [0x0f, 0x85])
        XCTAssertEqual(6 + Int(rel(2)), 19)          // ahead: after jmp (14 + 5)
        XCTAssertEqual(Array(code[6..<10]), [0xf2, 0x0f, 0x10, 0x05])
        XCTAssertEqual(14 + Int(rel(10)), 24)        // data, 8-aligned after ret at 19
        XCTAssertEqual(code[14], 0xe9)
        XCTAssertEqual(19 + Int(rel(15)), 0)
        XCTAssertEqual(Array(code[24..<32]), [0, 0, 0, 0, 0, 0, 0xf0, 0x3f])
    }

    // MARK: - Running traces

    typealias TraceFunction = @convention(c) (UnsafeMutablePointer<SwValue>) -> Int64

    static let dummyHelper: @convention(c) () -> Void = {}
    func config() -> BackendConfig {
        let dummy = unsafeBitCast(Self.dummyHelper, to: UnsafeRawPointer.self)
        return BackendConfig(listAppend: dummy, newTuple: dummy, newList: dummy, residual: dummy, callTrace: dummy)
    }

    func compile(_ text: String) throws -> TraceFunction {
        guard X64Backend.available else { throw XCTSkip("x86-64 only") }
        let code = try X64Backend.compile(try IRParser.parse(text), config())
        return unsafeBitCast(code.entry, to: TraceFunction.self)
    }

    func ints(_ values: [Int64]) -> UnsafeMutablePointer<SwValue> {
        let regs = UnsafeMutablePointer<SwValue>.allocate(capacity: 64)
        for i in 0..<64 { regs[i] = SwValue(tag: .SW_TAG_NONE, bits: 0) }
        for (i, v) in values.enumerated() { regs[i] = SwValue(tag: .SW_TAG_INT, bits: UInt64(bitPattern: v)) }
        return regs
    }

    func int(_ v: SwValue) -> Int64 { Int64(bitPattern: v.bits) }

    /// r0 counts to r1, adding r0 % 7 and r0 // 10 into r2 (constant divisors).
    let countingLoop = """
    trace 3 count@0
    %0 = input.I r0
    %1 = input.I r1
    %2 = input.I r2
    %3 = const.I #1
    %4 = const.I #7
    %5 = const.I #10
    %6 = ilt.B %0, %1
    guard_true %6 @1
    %8 = umod.I %0, %4
    %9 = udiv.I %0, %5
    %10 = iadd_ov.I %2, %8 @2
    %11 = iadd_ov.I %10, %9 @2
    %12 = iadd_ov.I %0, %3 @2
    loop %0 <- %12, %1 <- %1, %2 <- %11
    snapshot 0: pc 0 base 0 regs 3
    snapshot 1: pc 9 base 0 regs 3 | r0=%0 r2=%2
    snapshot 2: pc 4 base 0 regs 3 | r0=%0 r2=%2

    """

    func testLoopRunsToItsExitWithConstantDivisors() throws {
        let f = try compile(countingLoop)
        let regs = ints([0, 1000, 5])
        defer { regs.deallocate() }
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 3, snapshot: 1))
        var sum: Int64 = 5
        for i in Int64(0)..<1000 { sum += i % 7 + i / 10 }
        XCTAssertEqual(int(regs[0]), 1000)
        XCTAssertEqual(int(regs[2]), sum)
    }

    func testGuardsLeaveWithTheirSnapshot() throws {
        let f = try compile(countingLoop)
        // An input of the wrong type: the entry's snapshot, nothing written.
        let regs = ints([0, 10, 0])
        defer { regs.deallocate() }
        regs[1] = SwValue(tag: .SW_TAG_FLOAT, bits: 0)
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 3, snapshot: 0))
        // Overflow: leaves before the sum is updated, with the values of that iteration.
        let big = Int64.max - 3
        let regs2 = ints([0, 100, big])
        defer { regs2.deallocate() }
        XCTAssertEqual(f(regs2), GCCBackend.exitCode(trace: 3, snapshot: 2))
        var s = big, i: Int64 = 0
        while true {
            let (t, o) = s.addingReportingOverflow(i % 7)
            if o { break }
            let (u, o2) = t.addingReportingOverflow(i / 10)
            if o2 { break }
            s = u; i += 1
        }
        XCTAssertEqual(int(regs2[0]), i)
        XCTAssertEqual(int(regs2[2]), s)
    }

    /// Three values rotate at each iteration (a cycle of back-edge moves), and twenty
    /// float accumulators, more than there are SSE registers, all live to the end.
    func testRotatingValuesAndSpilledAccumulators() throws {
        let accumulators = 20
        var lines = ["trace 4 spill@0", "%0 = input.I r0", "%1 = input.I r1", "%2 = input.I r2", "%3 = input.I r3", "%4 = input.I r4"]
        for j in 0..<accumulators { lines.append("%\(5 + j) = input.F r\(5 + j)") }
        var next = 5 + accumulators
        func add(_ s: String) -> Int { lines.append("%\(next) = " + s); next += 1; return next - 1 }
        let one = add("const.I #1")
        let half = add("const.F #0.5")
        let cond = add("ilt.B %0, %1")
        lines.append("guard_true %\(cond) @1"); next += 1
        var sums: [Int] = []
        for j in 0..<accumulators {
            let i2f = add("i2f.F %0")
            let scaled = add("fmul.F %\(i2f), %\(half)")
            sums.append(add("fadd.F %\(5 + j), %\(scaled)"))
        }
        let inc = add("iadd_ov.I %0, %\(one) @1")
        var back = "loop %0 <- %\(inc), %1 <- %1, %2 <- %3, %3 <- %4, %4 <- %2"
        for j in 0..<accumulators { back += ", %\(5 + j) <- %\(sums[j])" }
        lines.append(back)
        let written = (0..<5).map { "r\($0)=%\($0)" } + (0..<accumulators).map { "r\(5 + $0)=%\(5 + $0)" }
        lines.append("snapshot 0: pc 0 base 0 regs 25")
        lines.append("snapshot 1: pc 9 base 0 regs 25 | " + written.joined(separator: " "))
        let f = try compile(lines.joined(separator: "\n") + "\n")
        let regs = ints([0, 100, 7, 8, 9])
        defer { regs.deallocate() }
        for j in 0..<accumulators { regs[5 + j] = SwValue(tag: .SW_TAG_FLOAT, bits: Double(j).bitPattern) }
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 4, snapshot: 1))
        XCTAssertEqual([int(regs[2]), int(regs[3]), int(regs[4])], [8, 9, 7])     // 100 rotations
        for j in 0..<accumulators {
            var s = Double(j)
            for i in 0..<100 { s += Double(i) * 0.5 }
            XCTAssertEqual(Double(bitPattern: regs[5 + j].bits), s)
            XCTAssertEqual(regs[5 + j].tag, .SW_TAG_FLOAT)
        }
    }

    /// Two whole values of any type swap places at each iteration: a cycle of back-edge
    /// moves between frame slots, broken through the whole-value temporary slot.
    func testWholeValuesSwapAtTheBackEdge() throws {
        let f = try compile("""
        trace 6 swap@0
        %0 = input.I r0
        %1 = input.I r1
        %2 = input.V r2
        %3 = input.V r3
        %4 = const.I #1
        %5 = ilt.B %0, %1
        guard_true %5 @1
        %7 = iadd_ov.I %0, %4 @1
        loop %0 <- %7, %1 <- %1, %2 <- %3, %3 <- %2
        snapshot 0: pc 0 base 0 regs 4
        snapshot 1: pc 9 base 0 regs 4 | r0=%0 r2=%2 r3=%3

        """)
        for (rounds, swapped) in [(Int64(5), true), (4, false)] {
            let regs = ints([0, rounds, 0, 7])
            defer { regs.deallocate() }
            regs[2] = SwValue(tag: .SW_TAG_FLOAT, bits: 1.5.bitPattern)
            XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 6, snapshot: 1))
            let (float, int) = swapped ? (regs[3], regs[2]) : (regs[2], regs[3])
            XCTAssertEqual(float.tag, .SW_TAG_FLOAT)
            XCTAssertEqual(Double(bitPattern: float.bits), 1.5)
            XCTAssertEqual(int.tag, .SW_TAG_INT)
            XCTAssertEqual(self.int(int), 7)
        }
    }

    func testLibmCallsAndFloatCompares() throws {
        // sum += sin(x) while x < limit, x += 0.25; NaN never compares below.
        let f = try compile("""
        trace 5 sines@0
        %0 = input.F r0
        %1 = input.F r1
        %2 = input.F r2
        %3 = const.F #0.25
        %4 = flt.B %0, %1
        guard_true %4 @1
        %6 = fcall1.F %0, #1
        %7 = fadd.F %2, %6
        %8 = fadd.F %0, %3
        loop %0 <- %8, %1 <- %1, %2 <- %7
        snapshot 0: pc 0 base 0 regs 3
        snapshot 1: pc 9 base 0 regs 3 | r0=%0 r2=%2

        """)
        let regs = ints([])
        defer { regs.deallocate() }
        regs[0] = SwValue(tag: .SW_TAG_FLOAT, bits: 0.0.bitPattern)
        regs[1] = SwValue(tag: .SW_TAG_FLOAT, bits: 10.0.bitPattern)
        regs[2] = SwValue(tag: .SW_TAG_FLOAT, bits: 0.0.bitPattern)
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 5, snapshot: 1))
        var x = 0.0, s = 0.0
        while x < 10 { s += sin(x); x += 0.25 }
        XCTAssertEqual(Double(bitPattern: regs[0].bits), x)
        XCTAssertEqual(Double(bitPattern: regs[2].bits), s)
        regs[0] = SwValue(tag: .SW_TAG_FLOAT, bits: Double.nan.bitPattern)
        regs[2] = SwValue(tag: .SW_TAG_FLOAT, bits: 1.5.bitPattern)
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 5, snapshot: 1))
        XCTAssertEqual(Double(bitPattern: regs[2].bits), 1.5)
    }

    /// Object slots read only by their unboxing and by exits before anything writes
    /// memory: never held whole (lazy), and an exit copies the value from the object.
    /// A store in between makes a read that a later exit needs an ordinary one.
    func testExitsCopyValuesReadFromMemory() throws {
        let text = """
        trace 7 lazy@0
        %0 = loadslot.O r0 @0
        %1 = obj_slot.V %0, 0
        %2 = obj_slot.V %0, 1
        %3 = unbox.F %1 @1
        %4 = unbox.F %2 @2
        %5 = fsub.F %3, %4
        %6 = obj_slot.V %0, 2
        %7 = box.V %5
        set_slot %0, 3, %7
        %9 = unbox.F %6 @3
        %10 = fadd.F %5, %9
        storeslot r4, %10
        %12 = const.B #1
        guard_false %12 @4
        snapshot 0: pc 0 base 0 regs 6
        snapshot 1: pc 5 base 0 regs 6 | r1=%1
        snapshot 2: pc 6 base 0 regs 6 | r1=%1 r2=%2
        snapshot 3: pc 8 base 0 regs 6 | r3=%6
        snapshot 4: pc 9 base 0 regs 6

        """
        let trace = try IRParser.parse(text)
        let alloc = X64RegisterAllocation(trace) { _ in false }
        XCTAssertEqual(alloc.lazyLoads, [1, 2])
        let f = try compile(text)
        let object = UnsafeMutableRawPointer.allocate(byteCount: Layout.objectSlots + 4 * 16, alignment: 16)
        defer { object.deallocate() }
        let slots = (object + Layout.objectSlots).assumingMemoryBound(to: SwValue.self)
        func run(_ values: [SwValue]) -> (Int64, UnsafeMutablePointer<SwValue>) {
            for (i, v) in values.enumerated() { slots[i] = v }
            let regs = ints([])
            regs[0] = SwValue(tag: .SW_TAG_OBJ, bits: UInt64(UInt(bitPattern: object)))
            return (f(regs), regs)
        }
        func float(_ d: Double) -> SwValue { SwValue(tag: .SW_TAG_FLOAT, bits: d.bitPattern) }
        // All floats: runs to its end, the difference stored in slot 3.
        var (code, regs) = run([float(5), float(1.5), float(0.25), float(0)])
        XCTAssertEqual(code, GCCBackend.exitCode(trace: 7, snapshot: 4))
        XCTAssertEqual(Double(bitPattern: regs[4].bits), 3.75)
        XCTAssertEqual(Double(bitPattern: slots[3].bits), 3.5)
        regs.deallocate()
        // Slot 1 an int: leaves through snapshot 2 with both slots copied whole.
        (code, regs) = run([float(5), SwValue(tag: .SW_TAG_INT, bits: 9), float(0.25), float(0)])
        XCTAssertEqual(code, GCCBackend.exitCode(trace: 7, snapshot: 2))
        XCTAssertEqual(regs[1].tag, .SW_TAG_FLOAT)
        XCTAssertEqual(Double(bitPattern: regs[1].bits), 5)
        XCTAssertEqual(regs[2].tag, .SW_TAG_INT)
        XCTAssertEqual(int(regs[2]), 9)
        regs.deallocate()
        // Slot 2 not a float: read before the store, left after it, so held whole.
        (code, regs) = run([float(5), float(1.5), SwValue(tag: .SW_TAG_INT, bits: 4), float(0)])
        XCTAssertEqual(code, GCCBackend.exitCode(trace: 7, snapshot: 3))
        XCTAssertEqual(regs[3].tag, .SW_TAG_INT)
        XCTAssertEqual(int(regs[3]), 4)
        regs.deallocate()
    }

    /// A float read from a slot and stored back there needs no tag store, unless a store
    /// of another type (maybe to the same object) came between the read and its UNBOX.
    func testStoresOverAFloatJustReadWriteNoTag() throws {
        let trace = try IRParser.parse("""
        trace 8 tags@0
        %0 = loadslot.O r0 @0
        %1 = loadslot.O r1 @0
        %2 = const.I #3
        %3 = const.F #0.5
        %4 = obj_slot.V %0, 0
        %5 = unbox.F %4 @1
        %6 = fadd.F %5, %3
        %7 = box.V %6
        set_slot %0, 0, %7
        %9 = obj_slot.V %0, 1
        %10 = box.V %2
        set_slot %1, 1, %10
        %12 = unbox.F %9 @2
        %13 = box.V %12
        set_slot %0, 1, %13
        %15 = const.B #1
        guard_false %15 @3
        snapshot 0: pc 0 base 0 regs 2
        snapshot 1: pc 1 base 0 regs 2
        snapshot 2: pc 2 base 0 regs 2
        snapshot 3: pc 3 base 0 regs 2

        """)
        let alloc = X64RegisterAllocation(trace) { _ in false }
        XCTAssertEqual(alloc.tagKnownStores, [8])
    }

    /// Items of a tuple at a variable index (where an object's slots sit), summed up to
    /// its length; an item of another type leaves with the sum so far.
    func testTupleItemsAtVariableIndexes() throws {
        let f = try compile("""
        trace 9 tuple@0
        %0 = input.O r0 @0
        %1 = input.I r1 @0
        %2 = input.I r2 @0
        %3 = tuple_len.I %0
        %4 = ilt.B %1, %3
        guard_true %4 @1
        %6 = tuple_item.V %0, %1
        %7 = unbox.I %6 @2
        %8 = iadd_ov.I %2, %7 @2
        %9 = const.I #1
        %10 = iadd.I %1, %9
        loop %0 <- %0, %1 <- %10, %2 <- %8
        snapshot 0: pc 0 base 0 regs 3
        snapshot 1: pc 9 base 0 regs 3 | r1=%1 r2=%2
        snapshot 2: pc 4 base 0 regs 3 | r1=%1 r2=%2

        """)
        let n = 6
        let object = UnsafeMutableRawPointer.allocate(byteCount: Layout.objectSlots + n * 16, alignment: 16)
        defer { object.deallocate() }
        object.storeBytes(of: UInt32(n), toByteOffset: MemoryLayout<SwObject>.offset(of: \SwObject.nslots)!, as: UInt32.self)
        let items = (object + Layout.objectSlots).assumingMemoryBound(to: SwValue.self)
        for i in 0..<n { items[i] = SwValue(tag: .SW_TAG_INT, bits: UInt64(10 * i + 1)) }
        let regs = ints([0, 0, 0])
        defer { regs.deallocate() }
        regs[0] = SwValue(tag: .SW_TAG_OBJ, bits: UInt64(UInt(bitPattern: object)))
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 9, snapshot: 1))
        XCTAssertEqual(int(regs[1]), Int64(n))
        XCTAssertEqual(int(regs[2]), (0..<Int64(n)).reduce(0) { $0 + 10 * $1 + 1 })
        // Item 4 a float: leaves there with items 0-3 summed.
        items[4] = SwValue(tag: .SW_TAG_FLOAT, bits: (2.5).bitPattern)
        regs[1] = SwValue(tag: .SW_TAG_INT, bits: 0)
        regs[2] = SwValue(tag: .SW_TAG_INT, bits: 0)
        XCTAssertEqual(f(regs), GCCBackend.exitCode(trace: 9, snapshot: 2))
        XCTAssertEqual(int(regs[1]), 4)
        XCTAssertEqual(int(regs[2]), 1 + 11 + 21 + 31)
    }
}
