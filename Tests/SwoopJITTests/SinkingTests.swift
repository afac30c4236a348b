// SinkingTests.swift — allocation sinking (Optimizer.sink): what is sunk, what is kept,
// and the exit objects snapshots get (printed and parsed back).
import XCTest
@testable import SwoopJIT

final class SinkingTests: XCTestCase {
    override func setUp() {
        // Helper 14 makes a function, 16 a generator, whose slot 2 (its state) the trace
        // may write: as the runtime sets the rules.
        // Helper 0 makes an iterator from (position, end, step), its slots 0-2.
        Optimizer.helpers = [14: .init(sinkable: true), 16: .init(sinkable: true),
                             0: .init(makesNew: true, resultType: 0x7000, sinkable: true, fields: [0, 1, 2])]
        Optimizer.sinkStoreSlot = 2
    }

    override func tearDown() { Optimizer.helpers = [:] }

    /// An iterator the trace makes and advances (stores into its position) but reads only
    /// through cse: it goes, and each exit makes it with the position stored before it.
    func testIteratorIsMadeByTheExitAtItsPosition() throws {
        let text = """
        trace 3 f@0 (t.py:1)
        %0 = input.I r0
        %1 = const.I #0
        %2 = const.I #3
        %3 = const.I #1
        %4 = box.V %1
        %5 = box.V %2
        %6 = box.V %3
        %7 = call_helper.V %4, %5, %6, #0x0
        %8 = unbox.O %7 @1
        guard_type %8, #0x7000 @1
        %10 = obj_slot.V %8, 0
        %11 = unbox.I %10 @1
        %12 = obj_slot.V %8, 1
        %13 = unbox.I %12 @1
        %14 = ilt.B %11, %13
        guard_true %14 @1
        %16 = iadd.I %11, %3
        set_slot_int %8, 0, %16
        %18 = iadd_ov.I %0, %11 @2
        %19 = obj_slot.V %8, 0
        %20 = unbox.I %19 @3
        %21 = ilt.B %20, %13
        guard_true %21 @3
        %23 = iadd.I %20, %3
        set_slot_int %8, 0, %23
        loop %0 <- %18
        snapshot 0: pc 0 base 0 regs 3
        snapshot 1: pc 1 base 0 regs 3 | r1=%7
        snapshot 2: pc 2 base 0 regs 3 | r1=%7
        snapshot 3: pc 1 base 0 regs 3 | r1=%7 r0=%18

        """
        let t = Optimizer.sink(Optimizer.dce(Optimizer.cse(Optimizer.fold(try IRParser.parse(text)))))
        let printed = IRPrinter.print(t)
        let code = t.instrs.enumerated().map { IRPrinter.line($0.offset, $0.element) }.joined(separator: "\n")
        XCTAssertFalse(code.contains("call_helper"), printed)
        XCTAssertFalse(code.contains("set_slot_int"), printed)
        XCTAssertFalse(code.contains("obj_slot"), printed)
        // Snapshot 1 (before any store) makes it at the first position, the constant 0;
        // snapshot 3 at the position the first store wrote.
        func position(_ s: Int) -> Ref? {
            guard case .slot(let k)? = t.snapshots[s].objects.first?.operands.first else { return nil }
            return t.snapshots[s].slots.first { $0.slot == k }?.ref
        }
        XCTAssertEqual(t.snapshots[1].objects.first?.slots, [1], printed)
        XCTAssertEqual(position(1).map { t.instrs[Int($0)].op }, .SW_IR_BOX, printed)
        XCTAssertEqual(position(3).map { t.instrs[Int($0)].op }, .SW_IR_IADD, printed)
        XCTAssertEqual(try IRParser.parse(printed).snapshots, t.snapshots)
    }

    /// A generator expression's closure tuple, function and generator, seen only by the
    /// exits: all three go, and the exit inside the loop makes them, in order, with the
    /// state stored before it.
    static let genexpr = """
    trace 3 f@0 (t.py:1)
    %0 = input.O r0
    %1 = const.I #0
    %2 = box.V %0
    %3 = new_tuple.V %2, _, _
    %4 = unbox.O %3 @1
    %5 = box.V %4
    %6 = const.O #0x1000
    %7 = box.V %6
    %8 = call_helper.V %7, %5, _, #0xe
    %9 = unbox.O %8 @1
    %10 = box.V %9
    %11 = call_helper.V %10, %2, _, #0x10
    %12 = unbox.O %11 @1
    %13 = const.I #1
    set_slot_int %12, 2, %13
    %15 = tuple_item.V %4, %1
    %16 = box.V %15
    %17 = input.I r1
    %18 = ilt.B %17, %17
    guard_true %18 @2
    %20 = const.I #3
    set_slot_int %12, 2, %20
    loop %0 <- %0, %17 <- %17
    snapshot 0: pc 0 base 0 regs 4
    snapshot 1: pc 2 base 0 regs 4 | r0=%0
    snapshot 2: pc 3 base 0 regs 4 ; frame <genexpr> pc 1 base 4 regs 3 ret 1 | r0=%0 r3=%12 r5=%16

    """

    func testGeneratorExpressionObjectsAreMadeByTheExit() throws {
        // (fold first: the tuple's item read is the value it was made with.)
        let t = Optimizer.sink(Optimizer.fold(try IRParser.parse(Self.genexpr)))
        let text = IRPrinter.print(t)
        let code = t.instrs.enumerated().map { IRPrinter.line($0.offset, $0.element) }.joined(separator: "\n")
        XCTAssertFalse(code.contains("call_helper"), text)
        XCTAssertFalse(code.contains("new_tuple"), text)
        XCTAssertFalse(code.contains("set_slot_int"), text)
        XCTAssertFalse(code.contains("tuple_item"), text)
        let exit = t.snapshots[2]
        XCTAssertEqual(exit.objects.map(\.op), [.SW_IR_NEW_TUPLE, .SW_IR_CALL_HELPER, .SW_IR_CALL_HELPER], text)
        // The function takes the tuple; the generator the function; only the generator
        // is in a frame slot, and it has the state stored before the exit, not after.
        XCTAssertEqual(exit.objects[1].operands[1], .object(0), text)
        XCTAssertEqual(exit.objects[2].operands[0], .object(1), text)
        XCTAssertEqual(exit.objects[2].slots, [3], text)
        XCTAssertEqual(exit.objects[2].stores.map(\.value), [1], text)
        // Operands that are values are written into scratch slots past the frames.
        for case .slot(let s) in exit.objects.flatMap(\.operands) {
            XCTAssertGreaterThanOrEqual(s, 7, text)
            XCTAssertTrue(exit.slots.contains { $0.slot == s }, text)
        }
        // The printed form reads back as the same snapshot.
        XCTAssertEqual(try IRParser.parse(text).snapshots, t.snapshots)
    }

    /// An object the trace itself uses (here a read of a slot of the generator), or one a
    /// residual instruction's snapshot holds, stays an allocation.
    func testObjectsTheTraceUsesStay() throws {
        let read = Self.genexpr.replacingOccurrences(of: "%16 = box.V %15", with: "%16 = obj_slot.V %12, 4")
        let kept = Optimizer.sink(Optimizer.fold(try IRParser.parse(read)))
        XCTAssertTrue(kept.instrs.contains { $0.op == .SW_IR_CALL_HELPER && $0.aux == 16 }, IRPrinter.print(kept))
        let residual = Self.genexpr.replacingOccurrences(of: "guard_true %18 @2", with: "%19 = residual.I #0x5 @2")
        let t = Optimizer.sink(Optimizer.fold(try IRParser.parse(residual)))
        XCTAssertTrue(t.instrs.contains { $0.op == .SW_IR_CALL_HELPER && $0.aux == 16 }, IRPrinter.print(t))
        XCTAssertTrue(t.snapshots[2].objects.isEmpty)
    }
}
