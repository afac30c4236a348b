// ParserTests.swift — tests of parsing: AST shapes (compared with CPython's ast.dump) and API details.
import XCTest
@testable import SwoopSyntax

final class ParserTests: XCTestCase {
    private func dump(_ source: String, locations: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            return ASTDump.dump(try parseModule(source: source, filename: "<test>"), includeLocations: locations)
        } catch {
            XCTFail("unexpected error for \(source.debugDescription):\n\(error.rendered())", file: file, line: line)
            return nil
        }
    }

    /// Every program in DumpExpectations must produce exactly CPython's ast.dump, and for
    /// ASCII sources exactly its positions too.
    func testDumpsMatchCPython() {
        var failures = 0
        for c in DumpExpectations.cases {
            guard let actual = dump(c.source) else { failures += 1; continue }
            if actual != c.dump {
                failures += 1
                XCTFail("dump mismatch for \(c.source.debugDescription)\nexpected: \(c.dump)\nactual:   \(actual)")
            }
            if let located = c.located, let actualLocated = dump(c.source, locations: true), actualLocated != located {
                failures += 1
                XCTFail("location mismatch for \(c.source.debugDescription)\nexpected: \(located)\nactual:   \(actualLocated)")
            }
        }
        XCTAssertEqual(failures, 0)
    }

    func testPrecedence() {
        XCTAssertEqual(dump("-2**2\n"),
                       "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])")
        XCTAssertEqual(dump("2**3**2\n"),
                       "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2))))], type_ignores=[])")
        XCTAssertEqual(dump("not a == b\n"),
                       "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])")
        XCTAssertEqual(dump("a - b - c\n"),
                       "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))], type_ignores=[])")
    }

    func testTargetsGetStoreAndDelContext() {
        XCTAssertEqual(dump("a, [b, *c] = d\n"),
                       "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), List(elts=[Name(id='b', ctx=Store()), Starred(value=Name(id='c', ctx=Store()), ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])")
        XCTAssertEqual(dump("del a.b, c[0]\n"),
                       "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])")
    }

    func testMatchIsAnOrdinaryNameOutsideMatchStatements() {
        XCTAssertNotNil(dump("match = 1\nmatch.x = 2\nmatch(3)\nmatch[4] = 5\nprint(match)\nmatch -x\n"))
        XCTAssertThrowsError(try parseModule(source: "match x:\n    case 1: pass\n", filename: "<test>")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "match statements are not supported yet")
        }
    }

    func testSelfDocumentingFString() throws {
        let module = try parseModule(source: "f'{x = }'\n", filename: "<test>")
        guard case .expr(let e) = module.body[0].kind, case .fString(let parts) = e.kind,
              case .field(_, let conversion, let spec, let text) = parts[0] else {
            return XCTFail("not an f-string field")
        }
        XCTAssertEqual(text, "x = ")
        XCTAssertEqual(conversion, "r")
        XCTAssertNil(spec)
    }

    func testBigIntegersBecomeDecimalDigits() throws {
        let module = try parseModule(source: "0x1_0000_0000_0000_0000, 9223372036854775808, 0b" + String(repeating: "1", count: 64) + "\n",
                                     filename: "<test>")
        guard case .expr(let e) = module.body[0].kind, case .tuple(let items, _) = e.kind else { return XCTFail() }
        let values = items.map { item -> Constant? in
            if case .constant(let c) = item.kind { return c }
            return nil
        }
        XCTAssertEqual(values, [.bigInt("18446744073709551616"), .bigInt("9223372036854775808"), .bigInt("18446744073709551615")])
    }

    func testExpressionMode() throws {
        let e = try parseExpression(source: "1, 2\n\n", filename: "<eval>")
        XCTAssertEqual(ASTDump.dump(e), "Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())")
        XCTAssertThrowsError(try parseExpression(source: "x = 1", filename: "<eval>"))
        XCTAssertThrowsError(try parseExpression(source: "*a, b", filename: "<eval>"))
    }

    func testBytesAPIHandlesBOMAndCodingCookie() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x = 'caf\u{E9}'\n".utf8)
        XCTAssertEqual(ASTDump.dump(try parseModule(bytes: bom, filename: "<test>")),
                       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='caf\u{E9}'))], type_ignores=[])")
        let latin1: [UInt8] = Array("# -*- coding: latin-1 -*-\nx = '".utf8) + [0xE9] + Array("'\n".utf8)
        XCTAssertEqual(ASTDump.dump(try parseModule(bytes: latin1, filename: "<test>")),
                       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u{E9}'))], type_ignores=[])")
        let cp1252: [UInt8] = Array("# coding: cp1252\nx = '".utf8) + [0x80] + Array("'\n".utf8)
        XCTAssertEqual(ASTDump.dump(try parseModule(bytes: cp1252, filename: "<test>")),
                       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u{20AC}'))], type_ignores=[])")
    }

    func testLocations() throws {
        let module = try parseModule(source: "if x:\n    y = f(a,\n          b)\n", filename: "<test>")
        XCTAssertEqual(module.body[0].location, SourceLocation(line: 1, column: 0, endLine: 3, endColumn: 12))
        guard case .if(_, let body, _) = module.body[0].kind, case .assign(_, let value) = body[0].kind else { return XCTFail() }
        XCTAssertEqual(value.location, SourceLocation(line: 2, column: 8, endLine: 3, endColumn: 12))
    }

    func testFStringExpressionLocationsPointIntoTheFile() throws {
        let module = try parseModule(source: "s = 'x' + f'ab{value}'\n", filename: "<test>")
        guard case .assign(_, let value) = module.body[0].kind, case .binOp(_, _, let right) = value.kind,
              case .fString(let parts) = right.kind, case .field(let e, _, _, _) = parts[1] else { return XCTFail() }
        XCTAssertEqual(e.location, SourceLocation(line: 1, column: 15, endLine: 1, endColumn: 20))
    }

    func testUnicodeNameEscapes() throws {
        let module = try parseModule(source: "'\\N{EM DASH}\\N{bel}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{grinning face}'\n", filename: "<test>")
        guard case .expr(let e) = module.body[0].kind, case .constant(.str(let s)) = e.kind else { return XCTFail() }
        XCTAssertEqual(s, "\u{2014}\u{7}\u{4E00}\u{1F600}")
    }
}
