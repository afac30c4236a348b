// ErrorTests.swift — tests of syntax diagnostics: messages, locations and CPython's stderr rendering.
import XCTest
@testable import SwoopSyntax

final class ErrorTests: XCTestCase {
    private func parse(_ source: ErrorExpectations.Case.Source) throws(SyntaxErrorInfo) {
        switch source {
        case .text(let text): _ = try parseModule(bytes: Array(text.utf8), filename: ErrorExpectations.filename)
        case .bytes(let bytes): _ = try parseModule(bytes: bytes, filename: ErrorExpectations.filename)
        }
    }

    /// Each case's rendering must equal, byte for byte, what `python3 case.py` printed.
    func testRenderingMatchesCPython() {
        var failures = 0
        for (i, c) in ErrorExpectations.cases.enumerated() {
            do {
                try parse(c.source)
                failures += 1
                XCTFail("case \(i) parsed without error; expected:\n\(c.expected)")
            } catch {
                if error.rendered() != c.expected {
                    failures += 1
                    XCTFail("case \(i) (\(c.source)):\nexpected:\n\(c.expected)\nactual:\n\(error.rendered())")
                }
            }
        }
        XCTAssertEqual(failures, 0)
    }

    func testErrorFieldsMirrorPythonSyntaxErrorAttributes() {
        do {
            _ = try parseModule(source: "x = 1\nfoo(x for x in y, 1)\n", filename: "t.py")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.kind, .syntaxError)
            XCTAssertEqual(error.message, "Generator expression must be parenthesized")
            XCTAssertEqual(error.filename, "t.py")
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.offset, 5)
            XCTAssertEqual(error.endLine, 2)
            XCTAssertEqual(error.endOffset, 17)
            XCTAssertEqual(error.text, "foo(x for x in y, 1)\n")
            XCTAssertEqual(error.column, 4)
        }
    }

    func testIndentationErrorKinds() {
        func kind(_ source: String) -> SyntaxErrorInfo.Kind? {
            do { _ = try parseModule(source: source, filename: "t.py"); return nil } catch { return error.kind }
        }
        XCTAssertEqual(kind("  x = 1\n"), .indentationError)
        XCTAssertEqual(kind("if x:\npass\n"), .indentationError)
        XCTAssertEqual(kind("if x:\n\tif y:\n        pass\n"), .tabError)
        XCTAssertEqual(kind("x = (\n"), .syntaxError)
    }

    func testNoLocationErrorsRenderAsOneLine() {
        let error = SyntaxErrorInfo(message: "encoding problem: foo", filename: "x.py", line: nil, offset: 0, text: nil)
        XCTAssertEqual(error.rendered(), "SyntaxError: encoding problem: foo\n")
    }

    func testUnsupportedConstructsAreNamed() {
        for (source, message) in [("match x:\n    case 1:\n        pass\n", "match statements are not supported yet"),
                                  ("try:\n    pass\nexcept* E:\n    pass\n", "except* statements are not supported yet")] {
            do {
                _ = try parseModule(source: source, filename: "t.py")
                XCTFail("expected an error for \(source)")
            } catch {
                XCTAssertEqual(error.message, message)
            }
        }
    }
}
