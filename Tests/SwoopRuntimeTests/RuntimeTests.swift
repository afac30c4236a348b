// RuntimeTests.swift — the runtime's objects and numeric semantics, tested directly.
import XCTest
@testable import SwoopRuntime

final class RuntimeTests: XCTestCase {
    override class func setUp() { Runner.start(argv: ["test"]) }

    func testValueIsSixteenBytes() {
        XCTAssertEqual(MemoryLayout<SwValue>.size, 16)
    }

    func testFloorDivisionAndModuloFloor() throws {
        XCTAssertEqual(Num.floorDiv(-7, 2), -4)
        XCTAssertEqual(Num.floorMod(-7, 2), 1)
        XCTAssertEqual(Num.floorMod(7, -2), -1)
    }

    func testIntOverflowBecomesBigInt() throws {
        let big = try Ops.binary(.mul, Value(int: Int64.max), Value(int: 2))
        XCTAssertTrue(BigInt.isBig(big))
        XCTAssertEqual(BigInt.toString(big), "18446744073709551614")
        let back = try Ops.binary(.floorDiv, big, Value(int: 2))
        XCTAssertTrue(back.isInt)
        XCTAssertEqual(back.int, Int64.max)
    }

    func testNumericHashesAgree() throws {
        XCTAssertEqual(try Ops.hash(Value(int: 1)), try Ops.hash(Value(float: 1.0)))
        XCTAssertEqual(try Ops.hash(Value(int: 1)), try Ops.hash(Value.true))
        XCTAssertEqual(try Ops.hash(Value(int: -1)), -2)
        XCTAssertEqual(try Ops.hash(Value(float: 0.5)), 1152921504606846976)   // hash(0.5) in CPython
    }

    func testDictKeepsInsertionOrderAndFindsEqualNumbers() throws {
        let d = Dict.make()
        try Dict.set(d, Str.make("b"), Value(int: 1))
        try Dict.set(d, Str.make("a"), Value(int: 2))
        try Dict.set(d, Value(int: 1), Value(int: 3))
        XCTAssertEqual(try Dict.get(d, Value(float: 1.0))?.int, 3)
        XCTAssertEqual(try Ops.reprString(d), "{'b': 1, 'a': 2, 1: 3}")
    }

    func testSetIterationOrderMatchesCPython() throws {
        // CPython 3.11 prints {0, 9, 4, 1} as {0, 9, 4, 1}: 9 collides with 1 in an 8-slot table.
        let s = PySet.make()
        for i in [0, 9, 4, 1] { try PySet.add(s, Value(int: i)) }
        XCTAssertEqual(try Ops.reprString(s), "{0, 9, 4, 1}")
    }

    func testCollectorFreesGarbageAndKeepsRoots() throws {
        let kept = List.make([Str.make("kept")])
        Heap.tempRoots.append(kept)
        defer { Heap.tempRoots.removeLast() }
        for _ in 0..<1000 { _ = List.make([Str.make("garbage")]) }
        let before = Heap.objectCount
        Heap.collect()
        XCTAssertLessThan(Heap.objectCount, before - 1000)
        XCTAssertEqual(Str.swift(List.items(kept)[0]), "kept")
    }
}
