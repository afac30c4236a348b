// SinkingTests.swift — allocation sinking (Optimizer.sink): what is sunk, what is kept,
// and the exit objects snapshots get (printed and parsed back).
import XCTest
@testable import SwoopJIT

final class SinkingTests: XCTestCase {
    override func setUp() {
        // Helper 14 makes a function, 16 a generator, whose slot 2 (its state) the trace
        // may write: as the runtime sets the rules.
        Optimizer.sinkRules = .init(helpers: [14, 16], storeSlot: 2)
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
