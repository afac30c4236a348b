// IRTextTests.swift — the trace IR's text form reads back to the same trace, and the
// optimizer's passes turn known "before" texts into known "after" texts.
import XCTest
@testable import SwoopJIT

final class IRTextTests: XCTestCase {
    let loop = """
    trace 7 run@6 (float_loop.py:12)
    %0 = input.O r6
    %1 = input.F r1
    guard_type %0, #0x1000 @1
    %3 = obj_slot.V %0, 0
    %4 = unbox.I %3 @1
    %5 = obj_slot.V %0, 1
    %6 = unbox.I %5 @1
    %7 = ilt.B %4, %6
    guard_true %7 @1
    %9 = const.I #1
    %10 = iadd.I %4, %9
    set_slot_int %0, 0, %10
    %12 = const.F #0.5
    %13 = i2f.F %4
    %14 = fmul.F %13, %12
    %15 = fadd.F %1, %14
    guard_nogc @2
    loop %0 <- %0, %1 <- %15
    snapshot 0: pc 6 base 0 regs 11
    snapshot 1: pc 6 base 0 regs 11 | r1=%1
    snapshot 2: pc 6 base 0 regs 11 | r1=%15 r2=%4 r8=%14

    """

    func testPrintParseRoundTrip() throws {
        let t = try IRParser.parse(loop)
        XCTAssertEqual(t.instrs.count, 17)
        XCTAssertEqual(t.inputs, [0, 1])
        XCTAssertEqual(t.loopBack, [0, 15])
        XCTAssertEqual(t.snapshots.count, 3)
        XCTAssertEqual(IRPrinter.print(t), loop.trimmingPrefixSpaces)
        let again = try IRParser.parse(IRPrinter.print(t))
        XCTAssertEqual(again.instrs, t.instrs)
        XCTAssertEqual(again.snapshots, t.snapshots)
    }

    func testInlinedFramesRoundTrip() throws {
        let text = """
        trace 2 f@3
        %0 = input.I r0
        %1 = const.I #2
        %2 = imul_ov.I %0, %1 @1
        loop %0 <- %2
        snapshot 0: pc 3 base 0 regs 5
        snapshot 1: pc 4 base 0 regs 5 ; frame g pc 2 base 5 regs 4 ret 3 | r0=%0 r5=%0

        """
        let t = try IRParser.parse(text)
        XCTAssertEqual(t.snapshots[1].frames.count, 2)
        XCTAssertEqual(t.snapshots[1].frames[1].name, "g")
        XCTAssertEqual(t.snapshots[1].frames[1].returnTo, 3)
        XCTAssertFalse(t.snapshots[1].frames[1].inMemory)
        XCTAssertEqual(IRPrinter.print(t), text.trimmingPrefixSpaces)
    }

    /// A bridge from an exit inside an inlined call starts with the callee's frame in
    /// memory: its snapshots mark that frame `mem` (exits keep its other registers).
    func testInMemoryFramesRoundTrip() throws {
        let text = """
        trace 7 bridge
        %0 = loadslot.I r6
        %1 = const.I #1
        %2 = iadd_ov.I %0, %1 @1
        %3 = const.B #1
        guard_false %3 @2
        snapshot 0: pc 9 base 0 regs 5 ; frame g pc 4 base 5 regs 4 ret 3 mem
        snapshot 1: pc 9 base 0 regs 5 ; frame g pc 5 base 5 regs 4 ret 3 mem | r6=%0
        snapshot 2: pc 2 base 0 regs 5 | r3=%2

        """
        let t = try IRParser.parse(text)
        XCTAssertTrue(t.snapshots[1].frames[1].inMemory)
        XCTAssertEqual(t.snapshots[2].frames.count, 1)
        XCTAssertEqual(IRPrinter.print(t), text.trimmingPrefixSpaces)
        var plain = t.snapshots[1]
        plain.frames[1].inMemory = false
        XCTAssertNotEqual(plain, t.snapshots[1])
    }

    func testParserRejectsUnknownOps() {
        XCTAssertThrowsError(try IRParser.parse("trace 1 x\n%0 = frobnicate.I #1\n"))
        XCTAssertThrowsError(try IRParser.parse("trace 1 x\n%0 = iadd_ov.I %0\n"))
    }

    func testFoldCSEAndDCE() throws {
        let before = """
        trace 1 t
        %0 = input.I r0
        %1 = const.I #2
        %2 = const.I #3
        %3 = iadd_ov.I %1, %2 @1
        %4 = imul_ov.I %0, %3 @1
        %5 = imul_ov.I %0, %3 @1
        %6 = iadd_ov.I %4, %5 @1
        %7 = ilt.B %1, %2
        guard_true %7 @1
        %9 = fadd.F %3, %3
        loop %0 <- %6
        snapshot 0: pc 0 base 0 regs 2
        snapshot 1: pc 0 base 0 regs 2

        """
        let after = Optimizer.optimize(try IRParser.parse(before))
        XCTAssertEqual(IRPrinter.print(after), """
        trace 1 t
        %0 = input.I r0
        %1 = const.I #5
        %2 = imul_ov.I %0, %1 @1
        %3 = iadd_ov.I %2, %2 @1
        loop %0 <- %3
        snapshot 0: pc 0 base 0 regs 2
        snapshot 1: pc 0 base 0 regs 2

        """.trimmingPrefixSpaces)
    }

    /// Loop-invariant code motion on the float loop: the range iterator's type guard and
    /// its stop slot move into the preamble; its position is read once and carried in a
    /// PHI (the store stays); a loop that cannot allocate drops its GC poll.
    func testHoistingInvariantsAndCarryingTheIteratorPosition() throws {
        let after = Optimizer.optimize(try IRParser.parse(loop))
        let text = """
        trace 7 run@6 (float_loop.py:12)
        %0 = input.O r6
        %1 = input.F r1
        %2 = const.I #1
        %3 = const.F #0.5
        guard_type %0, #0x1000 @0
        %5 = obj_slot.V %0, 0
        %6 = unbox.I %5 @0
        %7 = obj_slot.V %0, 1
        %8 = unbox.I %7 @0
        %9 = phi.I %6
        label
        %11 = ilt.B %9, %8
        guard_true %11 @1
        %13 = iadd.I %9, %2
        set_slot_int %0, 0, %13
        %15 = i2f.F %9
        %16 = fmul.F %15, %3
        %17 = fadd.F %1, %16
        loop %0 <- %0, %1 <- %17, %9 <- %13
        snapshot 0: pc 6 base 0 regs 11
        snapshot 1: pc 6 base 0 regs 11 | r1=%1
        snapshot 2: pc 6 base 0 regs 11 | r1=%17 r2=%9 r8=%16

        """.trimmingPrefixSpaces
        XCTAssertEqual(IRPrinter.print(after), text)
        // The new instructions read back.
        XCTAssertEqual(IRPrinter.print(try IRParser.parse(text)), text)
    }

    /// Nothing moves out of a loop that calls out (the call may change any heap memory):
    /// the slot read, which nothing in the loop stores to, stays in the loop only because
    /// of the helper call; without it, it moves to the preamble.
    func testNoHoistingAcrossCalls() throws {
        let before = """
        trace 1 t
        %0 = input.O r0
        %1 = obj_slot.V %0, 1
        %2 = call_helper.V %1, _, _, #0x3
        loop %0 <- %0
        snapshot 0: pc 0 base 0 regs 1

        """
        let after = Optimizer.optimize(try IRParser.parse(before))
        XCTAssertFalse(IRPrinter.print(after).contains("label"))
        let noCall = before.replacingOccurrences(of: "%2 = call_helper.V %1, _, _, #0x3\n", with: "%2 = unbox.F %1 @0\n")
        XCTAssertTrue(IRPrinter.print(Optimizer.optimize(try IRParser.parse(noCall))).contains("label"))
    }

    /// A residual operation (the interpreter runs a bytecode instruction from the trace)
    /// reads back as written, is kept though only guards use its status, and ends the
    /// sharing of heap reads: the object slot is read again after it.
    func testResidualOperations() throws {
        let text = """
        trace 3 t
        %0 = input.O r0
        %1 = obj_slot.V %0, 1
        %2 = residual.I #0x300020015 @1
        %3 = const.I #2
        %4 = ieq.B %2, %3
        guard_false %4 @2
        %6 = const.I #0
        %7 = ieq.B %2, %6
        guard_true %7 @1
        %9 = loadslot.O r3 @3
        %10 = obj_slot.V %0, 1
        %11 = unbox.I %1 @3
        %12 = unbox.I %10 @3
        loop %0 <- %0
        snapshot 0: pc 0 base 0 regs 4
        snapshot 1: pc 5 base 0 regs 4
        snapshot 2: pc 9 base 0 regs 4
        snapshot 3: pc 6 base 0 regs 4 | r1=%11

        """
        let t = try IRParser.parse(text)
        XCTAssertEqual(IRPrinter.print(t), text.trimmingPrefixSpaces)
        // Nothing goes, nothing is shared, nothing moves out of the loop.
        XCTAssertEqual(IRPrinter.print(Optimizer.optimize(t)), text.trimmingPrefixSpaces)
        // Control: a slot re-read that is not a call in its place, and the second
        // obj_slot is the first one's value.
        let noCall = text.replacingOccurrences(of: "residual.I #0x300020015 @1", with: "loadslot.I r2 @1")
        let shared = IRPrinter.print(Optimizer.optimize(try IRParser.parse(noCall)))
        XCTAssertEqual(shared.components(separatedBy: "obj_slot.V").count - 1, 1)
    }

    /// A store of a variable to its frame register stays in the loop and writes frame
    /// memory only: a list length the loop reads still moves to the preamble.
    func testFrameSlotStores() throws {
        let text = """
        trace 1 t
        %0 = input.O r0
        %1 = list_len.I %0
        storeslot r2, %1
        loop %0 <- %0
        snapshot 0: pc 0 base 0 regs 3

        """
        let t = try IRParser.parse(text)
        XCTAssertEqual(IRPrinter.print(t), text.trimmingPrefixSpaces)
        XCTAssertEqual(IRPrinter.print(Optimizer.optimize(t)), """
        trace 1 t
        %0 = input.O r0
        %1 = list_len.I %0
        label
        storeslot r2, %1
        loop %0 <- %0
        snapshot 0: pc 0 base 0 regs 3

        """.trimmingPrefixSpaces)
    }

    /// Bounds checks on one list length with constant indexes: the first checks the
    /// largest index, the others go; a store to an item keeps the length read shared.
    func testBoundsChecksStrengthened() throws {
        let before = """
        trace 1 t
        %0 = input.O r0
        %1 = const.I #0
        %2 = const.I #2
        %3 = list_len.I %0
        %4 = ilt.B %1, %3
        guard_true %4 @1
        %6 = list_item.V %0, %1
        list_setitem %0, %2, %6
        %8 = list_len.I %0
        %9 = ilt.B %2, %8
        guard_true %9 @1
        %11 = list_item.V %0, %2
        loop %0 <- %0
        snapshot 0: pc 0 base 0 regs 2
        snapshot 1: pc 0 base 0 regs 2 | r1=%11

        """
        let after = Optimizer.optimize(try IRParser.parse(before), loop: false)
        XCTAssertEqual(IRPrinter.print(after), """
        trace 1 t
        %0 = const.I #0
        %1 = const.I #2
        %2 = input.O r0
        %3 = list_len.I %2
        %4 = ilt.B %1, %3
        guard_true %4 @1
        %6 = list_item.V %2, %0
        list_setitem %2, %1, %6
        %8 = list_item.V %2, %1
        loop %2 <- %2
        snapshot 0: pc 0 base 0 regs 2
        snapshot 1: pc 0 base 0 regs 2 | r1=%8

        """.trimmingPrefixSpaces)
    }

    func testHeapReadsAreNotSharedAcrossWrites() throws {
        let before = """
        trace 1 t
        %0 = input.O r0
        %1 = list_len.I %0
        %2 = list_len.I %0
        %3 = box.V %1
        list_append %0, %3
        %5 = list_len.I %0
        %6 = iadd_ov.I %2, %5 @0
        loop %0 <- %0
        snapshot 0: pc 0 base 0 regs 1 | r1=%6

        """
        let after = IRPrinter.print(Optimizer.optimize(try IRParser.parse(before)))
        XCTAssertEqual(after.components(separatedBy: "list_len").count - 1, 2)
    }

    /// Object slots and the objects a trace makes: a read of a slot an object was made
    /// with is that operand; a store into an object made in the iteration leaves the same
    /// slot of an input as it was (and the other way round), but not of an object of
    /// unknown origin; an int stored is what the slot's unboxed read is; a type guard on
    /// an object a helper made of that type goes.
    func testSlotsOfObjectsTheTraceMakes() throws {
        Optimizer.helpers = [0: .init(makesNew: true, resultType: 0x7000, sinkable: true, fields: [0, 1, 2])]
        defer { Optimizer.helpers = [:] }
        let before = """
        trace 1 t
        %0 = input.O r0
        %1 = input.I r1
        %2 = const.I #1
        %3 = box.V %1
        %4 = box.V %2
        %5 = call_helper.V %3, %3, %4, #0x0
        %6 = unbox.O %5 @0
        guard_type %6, #0x7000 @0
        %8 = obj_slot.V %6, 2
        %9 = unbox.I %8 @0
        %10 = obj_slot.V %0, 0
        %11 = iadd_ov.I %1, %9 @0
        set_slot_int %6, 0, %11
        %13 = obj_slot.V %0, 0
        %14 = obj_slot.V %6, 0
        %15 = unbox.I %14 @0
        %16 = box.V %15
        set_slot %0, 0, %16
        %18 = obj_slot.V %6, 0
        %19 = unbox.I %18 @0
        %20 = obj_slot.V %10, 0
        set_slot %20, 1, %16
        %22 = obj_slot.V %6, 1
        %23 = obj_slot.V %0, 1
        %24 = box.V %19
        %25 = box.V %22
        %26 = box.V %23
        %27 = new_tuple.V %24, %25, %26
        loop %0 <- %0, %1 <- %1
        snapshot 0: pc 0 base 0 regs 3 | r2=%27

        """
        let t = Optimizer.cse(Optimizer.fold(try IRParser.parse(before)))
        let after = IRPrinter.print(t)
        // The guard and the step's read go (the step is the constant); the input's slot 0
        // is read once across the store into the new object, which is read back as the int
        // stored, also across the store into the input.
        XCTAssertFalse(after.contains("guard_type"), after)
        XCTAssertEqual(after.components(separatedBy: "obj_slot.V %0, 0").count - 1, 1, after)
        XCTAssertFalse(after.contains("unbox.I"), after)
        XCTAssertTrue(after.contains("iadd_ov.I %1, %2"), after)
        // After a store into an object read from the heap (it might be the new one),
        // slot 1 of both is read again.
        XCTAssertTrue(after.contains("obj_slot.V %5, 1") || after.contains("obj_slot.V %6, 1"), after)
        XCTAssertTrue(after.contains("obj_slot.V %0, 1"), after)
    }

    /// A global stored and read back in one iteration: the read is the stored value (and
    /// its unboxing the unboxed value); a read of another entry stays, and the keys guard
    /// and the entries pointer move out of the loop, which stores no key.
    func testStoredGlobalReadBack() throws {
        let before = """
        trace 1 t
        %0 = input.I r0
        %1 = const.O #0x5000
        guard_keys %1, #12 @0
        %3 = load_ptr.O %1, #0x38
        %4 = iadd_ov.I %0, %0 @0
        %5 = box.V %4
        store_value %3, %5, #0x180
        dict_bump %1
        guard_keys %1, #12 @0
        %9 = load_ptr.O %1, #0x38
        %10 = load_value.V %9, #0x180
        %11 = unbox.I %10 @0
        %12 = load_value.V %9, #0x130
        %13 = unbox.I %12 @0
        %14 = iadd_ov.I %11, %13 @0
        loop %0 <- %14
        snapshot 0: pc 0 base 0 regs 1

        """
        let after = IRPrinter.print(Optimizer.optimize(try IRParser.parse(before)))
        let parts = after.components(separatedBy: "label\n")
        XCTAssertEqual(parts.count, 2, after)
        let preamble = parts[0], body = parts[1]
        XCTAssertTrue(preamble.contains("guard_keys") && preamble.contains("load_ptr"), after)
        XCTAssertFalse(body.contains("guard_keys") || body.contains("load_ptr"), after)
        XCTAssertEqual(body.components(separatedBy: "load_value").count - 1, 1, after)   // not the stored entry
        XCTAssertEqual(body.components(separatedBy: "unbox").count - 1, 1, after)
    }
}

extension String {
    /// The multi-line literals above are indented: compare without the indentation.
    var trimmingPrefixSpaces: String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop(while: { $0 == " " }) }.joined(separator: "\n")
    }
}
