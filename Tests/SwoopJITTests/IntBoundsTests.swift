// IntBoundsTests.swift — the int-bounds pass (IntBounds.swift) on printed traces: what
// the ranges prove changes the code, and what they do not prove stays checked.
import XCTest
@testable import SwoopJIT

final class IntBoundsTests: XCTestCase {
    /// `s += (i * 7 + 3) % 11 * i` over `for i in range(n)`, as the recorder writes it,
    /// with or without its two range guards (index >= 0, stop <= 2^31).
    func rangeLoop(indexGuard: Bool, stopGuard: Bool) -> String {
        """
        trace 1 run@6 (int_loop.py:12)
        %0 = input.O r9
        guard_type %0, #0x1000 @1
        %2 = obj_slot.V %0, 0
        %3 = unbox.I %2 @1
        %4 = obj_slot.V %0, 1
        %5 = unbox.I %4 @1
        %6 = const.I #0
        %7 = const.I #2147483648
        %8 = ige.B %3, %6
        \(indexGuard ? "guard_true %8 @1" : "%9 = const.I #9")
        %10 = ile.B %5, %7
        \(stopGuard ? "guard_true %10 @1" : "%11 = const.I #11")
        %12 = ilt.B %3, %5
        guard_true %12 @1
        %14 = const.I #1
        %15 = iadd.I %3, %14
        set_slot_int %0, 0, %15
        %17 = const.I #7
        %18 = imul_ov.I %3, %17 @2
        %19 = const.I #3
        %20 = iadd_ov.I %18, %19 @3
        %21 = const.I #11
        %22 = imod.I %20, %21
        %23 = imul_ov.I %22, %3 @4
        %24 = input.I r1
        %25 = iadd_ov.I %24, %23 @5
        loop %0 <- %0, %24 <- %25
        snapshot 0: pc 6 base 0 regs 17
        snapshot 1: pc 6 base 0 regs 17 | r1=%24
        snapshot 2: pc 7 base 0 regs 17 | r1=%24
        snapshot 3: pc 8 base 0 regs 17 | r1=%24 r15=%18
        snapshot 4: pc 10 base 0 regs 17 | r1=%24 r13=%22
        snapshot 5: pc 12 base 0 regs 17 | r1=%24 r12=%23

        """
    }

    /// Both guards: they move to the preamble (the index one as a check of the entry
    /// value: the index only grows), no overflow check is left but the sum's (`s` is
    /// unbounded), and `%` of the non-negative value needs no sign correction.
    func testRangeLoopWithBothGuards() throws {
        let after = Optimizer.optimize(try IRParser.parse(rangeLoop(indexGuard: true, stopGuard: true)))
        let text = """
        trace 1 run@6 (int_loop.py:12)
        %0 = input.O r9
        %1 = const.I #0
        %2 = const.I #2147483648
        %3 = const.I #1
        %4 = const.I #7
        %5 = const.I #3
        %6 = const.I #11
        %7 = input.I r1
        guard_type %0, #0x1000 @0
        %9 = obj_slot.V %0, 0
        %10 = unbox.I %9 @0
        %11 = obj_slot.V %0, 1
        %12 = unbox.I %11 @0
        %13 = ile.B %12, %2
        guard_true %13 @0
        %15 = ige.B %10, %1
        guard_true %15 @0
        %17 = phi.I %10
        label
        %19 = ilt.B %17, %12
        guard_true %19 @1
        %21 = iadd.I %17, %3
        set_slot_int %0, 0, %21
        %23 = imul.I %17, %4
        %24 = iadd.I %23, %5
        %25 = umod.I %24, %6
        %26 = imul.I %25, %17
        %27 = iadd_ov.I %7, %26 @5
        loop %0 <- %0, %7 <- %27, %17 <- %21
        snapshot 0: pc 6 base 0 regs 17
        snapshot 1: pc 6 base 0 regs 17 | r1=%7
        snapshot 2: pc 7 base 0 regs 17 | r1=%7
        snapshot 3: pc 8 base 0 regs 17 | r1=%7 r15=%23
        snapshot 4: pc 10 base 0 regs 17 | r1=%7 r13=%25
        snapshot 5: pc 12 base 0 regs 17 | r1=%7 r12=%26

        """.trimmingPrefixSpaces
        XCTAssertEqual(IRPrinter.print(after), text)
        XCTAssertEqual(IRPrinter.print(try IRParser.parse(text)), text)
    }

    /// Only the stop bound: `i * 7` may still overflow downwards (i may be negative) and
    /// `%` keeps its sign correction; `+ 3` of the checked product cannot overflow.
    func testRangeLoopWithStopBoundOnly() throws {
        let after = Optimizer.optimize(try IRParser.parse(rangeLoop(indexGuard: false, stopGuard: true)))
        XCTAssertEqual(IRPrinter.print(after), """
        trace 1 run@6 (int_loop.py:12)
        %0 = input.O r9
        %1 = const.I #2147483648
        %2 = const.I #1
        %3 = const.I #7
        %4 = const.I #3
        %5 = const.I #11
        %6 = input.I r1
        guard_type %0, #0x1000 @0
        %8 = obj_slot.V %0, 0
        %9 = unbox.I %8 @0
        %10 = obj_slot.V %0, 1
        %11 = unbox.I %10 @0
        %12 = ile.B %11, %1
        guard_true %12 @0
        %14 = phi.I %9
        label
        %16 = ilt.B %14, %11
        guard_true %16 @1
        %18 = iadd.I %14, %2
        set_slot_int %0, 0, %18
        %20 = imul_ov.I %14, %3 @2
        %21 = iadd.I %20, %4
        %22 = imod.I %21, %5
        %23 = imul_ov.I %22, %14 @4
        %24 = iadd_ov.I %6, %23 @5
        loop %0 <- %0, %6 <- %24, %14 <- %18
        snapshot 0: pc 6 base 0 regs 17
        snapshot 1: pc 6 base 0 regs 17 | r1=%6
        snapshot 2: pc 7 base 0 regs 17 | r1=%6
        snapshot 3: pc 8 base 0 regs 17 | r1=%6 r15=%20
        snapshot 4: pc 10 base 0 regs 17 | r1=%6 r13=%22
        snapshot 5: pc 12 base 0 regs 17 | r1=%6 r12=%23

        """.trimmingPrefixSpaces)
    }

    /// Only the index bound: every product may overflow upwards, so the checks stay; a
    /// product that passed its check is non-negative, so `%` needs no sign correction.
    func testRangeLoopWithIndexBoundOnly() throws {
        let after = Optimizer.optimize(try IRParser.parse(rangeLoop(indexGuard: true, stopGuard: false)))
        XCTAssertEqual(IRPrinter.print(after), """
        trace 1 run@6 (int_loop.py:12)
        %0 = input.O r9
        %1 = const.I #0
        %2 = const.I #11
        %3 = const.I #1
        %4 = const.I #7
        %5 = const.I #3
        %6 = input.I r1
        guard_type %0, #0x1000 @0
        %8 = obj_slot.V %0, 0
        %9 = unbox.I %8 @0
        %10 = obj_slot.V %0, 1
        %11 = unbox.I %10 @0
        %12 = ige.B %9, %1
        guard_true %12 @0
        %14 = phi.I %9
        label
        %16 = ilt.B %14, %11
        guard_true %16 @1
        %18 = iadd.I %14, %3
        set_slot_int %0, 0, %18
        %20 = imul_ov.I %14, %4 @2
        %21 = iadd_ov.I %20, %5 @3
        %22 = umod.I %21, %2
        %23 = imul_ov.I %22, %14 @4
        %24 = iadd_ov.I %6, %23 @5
        loop %0 <- %0, %6 <- %24, %14 <- %18
        snapshot 0: pc 6 base 0 regs 17
        snapshot 1: pc 6 base 0 regs 17 | r1=%6
        snapshot 2: pc 7 base 0 regs 17 | r1=%6
        snapshot 3: pc 8 base 0 regs 17 | r1=%6 r15=%20
        snapshot 4: pc 10 base 0 regs 17 | r1=%6 r13=%22
        snapshot 5: pc 12 base 0 regs 17 | r1=%6 r12=%23

        """.trimmingPrefixSpaces)
    }

    /// Guards the ranges decide go; a guard on a PHI that does not only grow stays where
    /// it is (it is not moved to the preamble).
    func testDecidedGuardsGoAndShrinkingIndexesStay() throws {
        let before = """
        trace 2 f@3 (t.py:4)
        %0 = input.I r1
        %1 = const.I #0
        %2 = const.I #100
        %3 = ige.B %0, %1
        guard_true %3 @1
        %5 = ilt.B %0, %2
        guard_true %5 @1
        %7 = ige.B %0, %1
        guard_true %7 @2
        %9 = igt.B %2, %0
        guard_true %9 @2
        %11 = const.I #1
        %12 = isub_ov.I %0, %11 @2
        loop %0 <- %12
        snapshot 0: pc 3 base 0 regs 4
        snapshot 1: pc 3 base 0 regs 4
        snapshot 2: pc 5 base 0 regs 4

        """
        let after = IRPrinter.print(Optimizer.optimize(try IRParser.parse(before)))
        // The repeated `i >= 0` and `100 > i` are decided; the first `i >= 0` (i shrinks)
        // and `i < 100` stay, and i - 1 of 0 <= i < 100 cannot overflow.
        XCTAssertEqual(after.components(separatedBy: "guard_true").count - 1, 2, after)
        XCTAssertTrue(after.contains("isub.I"), after)
        XCTAssertFalse(after.contains("isub_ov"), after)
    }

    /// A short bridge whose STORESLOT names a register past the trace's last instruction:
    /// the pass reads no range for it (it read past its table before: a crash in a
    /// compile of the libgccjit hot-exit mode, and a trap here in a debug build).
    func testRegisterNumbersAreNotReadAsRefs() throws {
        let before = try IRParser.parse("""
        trace 2 bridge@4 (for_loops.py:3)
        %0 = input.I r1
        %1 = const.I #1
        %2 = iadd_ov.I %0, %1 @1
        storeslot r4000, %2
        snapshot 0: pc 4 base 0 regs 4001
        snapshot 1: pc 5 base 0 regs 4001 | r1=%0

        """)
        let after = IRPrinter.print(Optimizer.intBounds(before))
        XCTAssertTrue(after.contains("storeslot r4000, %2"), after)
        XCTAssertTrue(after.contains("iadd_ov.I %0, %1 @1"), after)
    }
}
