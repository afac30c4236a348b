// CompilerTests.swift — the compiler stage: register allocation, scopes and the shape of
// the bytecode for small programs, checked through the disassembler's text.
import XCTest
import SwoopSyntax
@testable import SwoopCompiler
import SwoopBytecode

final class CompilerTests: XCTestCase {
    func compile(_ src: String) throws -> CodeObject {
        try Compiler.compile(try parseModule(source: src, filename: "t.py"), filename: "t.py")
    }

    func nested(_ code: CodeObject, _ name: String) -> CodeObject? {
        for c in code.constants { if case .code(let n) = c, n.name == name { return n } }
        return nil
    }

    func testAdditionUsesParameterRegistersDirectly() throws {
        let f = try XCTUnwrap(nested(try compile("def f(a, b):\n    return a + b\n"), "f"))
        XCTAssertEqual(f.argCount, 2)
        XCTAssertEqual(f.instructions.map { $0.op }, [.SW_OP_ADD, .SW_OP_RETURN, .SW_OP_RETURN])
        XCTAssertEqual(f.instructions[0].b, 0)
        XCTAssertEqual(f.instructions[0].c, 1)
    }

    func testAugmentedAssignmentOfLocalIsOneInstruction() throws {
        let f = try XCTUnwrap(nested(try compile("def f(n):\n    s = 0.0\n    for i in range(n):\n        s += i * 0.5\n    return s\n"), "f"))
        let ops = f.instructions.map { $0.op.name }
        XCTAssertTrue(ops.contains("IADD"))
        XCTAssertTrue(ops.contains("FOR_ITER"))
        XCTAssertTrue(ops.contains("JUMP_BACK"))
        // The loop body is MUL, IADD, then the back-edge: no moves.
        let body = ops.drop { $0 != "FOR_ITER" }.dropFirst().prefix(3)
        XCTAssertEqual(Array(body), ["MUL", "IADD", "JUMP_BACK"])
    }

    func testClosureMakesCellAndFreeVariable() throws {
        let outer = try XCTUnwrap(nested(try compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"), "outer"))
        XCTAssertEqual(outer.cellNames, ["x"])
        let inner = try XCTUnwrap(nested(outer, "inner"))
        XCTAssertEqual(inner.freeNames, ["x"])
        XCTAssertTrue(inner.instructions.contains { $0.op == .SW_OP_LOAD_DEREF })
    }

    func testUnboundCheckOnlyWhereNeeded() throws {
        let f = try XCTUnwrap(nested(try compile("def f(c):\n    if c:\n        y = 1\n    return y\n"), "f"))
        XCTAssertTrue(f.instructions.contains { $0.op == .SW_OP_CHECK_BOUND })
        let g = try XCTUnwrap(nested(try compile("def g():\n    y = 1\n    return y\n"), "g"))
        XCTAssertFalse(g.instructions.contains { $0.op == .SW_OP_CHECK_BOUND })
    }

    func testReturnOutsideFunctionIsAnError() throws {
        XCTAssertThrowsError(try compile("return 1\n")) { e in
            XCTAssertEqual((e as? CompileError)?.message, "'return' outside function")
        }
    }

    func testBreakOutsideLoopIsAnError() throws {
        XCTAssertThrowsError(try compile("break\n")) { e in
            XCTAssertEqual((e as? CompileError)?.message, "'break' outside loop")
        }
    }

    func testTryFinallyHasHandlerTable() throws {
        let code = try compile("try:\n    x = 1\nfinally:\n    y = 2\n")
        XCTAssertFalse(code.exceptionTable.isEmpty)
        XCTAssertTrue(code.disassembly().contains("ExceptionTable:"))
    }

    func testOpcodeTableIsComplete() {
        for op in SwOpcode.allOpcodes {
            XCTAssertFalse(op.name.isEmpty)
            XCTAssertEqual(op.format.count, 3, op.name)
        }
    }
}
