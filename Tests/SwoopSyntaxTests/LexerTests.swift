// LexerTests.swift — tests of tokenization: token kinds, positions, indentation, literals, lexer errors.
import XCTest
@testable import SwoopSyntax

final class LexerTests: XCTestCase {
    private func kinds(_ source: String) -> [TokenKind] {
        let stream = tokenize(source: source, filename: "<test>")
        XCTAssertNil(stream.failure, "unexpected tokenizer error: \(stream.failure?.error.message ?? "")")
        return stream.tokens.map(\.kind)
    }

    private func failure(_ source: String) -> SyntaxErrorInfo? {
        tokenize(source: source, filename: "<test>").failure?.error
    }

    func testSimpleStatement() {
        XCTAssertEqual(kinds("x = 1\n"), [.name, .equal, .number, .newline, .endMarker])
    }

    func testMissingFinalNewlineStillEndsTheLine() {
        XCTAssertEqual(kinds("x"), [.name, .newline, .endMarker])
    }

    func testIndentAndDedent() {
        XCTAssertEqual(kinds("if x:\n    y\n    if z:\n        w\nv\n"),
                       [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .kwIf, .name, .colon, .newline,
                        .indent, .name, .newline, .dedent, .dedent, .name, .newline, .endMarker])
    }

    func testDedentsAtEndOfFile() {
        XCTAssertEqual(kinds("if x:\n  if y:\n    z"),
                       [.kwIf, .name, .colon, .newline, .indent, .kwIf, .name, .colon, .newline, .indent, .name,
                        .newline, .dedent, .dedent, .endMarker])
    }

    func testBlankLinesAndCommentsProduceNoTokens() {
        XCTAssertEqual(kinds("\n\n# c\n   \nx  # trailing\n\n  # indented comment\ny\n"),
                       [.name, .newline, .name, .newline, .endMarker])
    }

    func testNoNewlinesInsideBrackets() {
        XCTAssertEqual(kinds("f(1,\n  2,\n\n   3)\n"),
                       [.name, .lpar, .number, .comma, .number, .comma, .number, .rpar, .newline, .endMarker])
    }

    func testBackslashContinuation() {
        XCTAssertEqual(kinds("x = 1 + \\\n    2\n"), [.name, .equal, .number, .plus, .number, .newline, .endMarker])
    }

    func testTabsCountToMultiplesOfEight() {
        // A tab after four spaces reaches column 8, the same as eight spaces; the tab-size-1
        // reading differs, which is CPython's TabError.
        let error = failure("if x:\n        a\n    \tb\n")
        XCTAssertEqual(error?.kind, .tabError)
        XCTAssertEqual(error?.message, "inconsistent use of tabs and spaces in indentation")
        XCTAssertNil(failure("if x:\n\ta\n\tb\n"))
    }

    func testUnindentMismatch() {
        let error = failure("if x:\n    a\n  b\n")
        XCTAssertEqual(error?.kind, .indentationError)
        XCTAssertEqual(error?.message, "unindent does not match any outer indentation level")
        XCTAssertEqual(error?.line, 3)
    }

    func testOperatorsAreLongestMatch() {
        XCTAssertEqual(kinds("a **= b //= c >>= d <<= e -> f := g != h == i <= j >= k ... l @= m\n"),
                       [.name, .doubleStarEqual, .name, .doubleSlashEqual, .name, .rightShiftEqual, .name,
                        .leftShiftEqual, .name, .arrow, .name, .colonEqual, .name, .notEqual, .name, .eqEqual,
                        .name, .lessEqual, .name, .greaterEqual, .name, .ellipsis, .name, .atEqual, .name,
                        .newline, .endMarker])
    }

    func testKeywordsAndSoftKeywords() {
        XCTAssertEqual(kinds("async await match case _ None True False\n"),
                       [.kwAsync, .kwAwait, .name, .name, .name, .kwNone, .kwTrue, .kwFalse, .newline, .endMarker])
    }

    func testNumberLiterals() {
        for literal in ["0", "00", "0_0", "1_000", "0x_1f", "0o17", "0b1_0", "1.", ".5", "1e10", "1E-5", "1_0.0_1e+1_0",
                        "3j", "1.5J", "0777.5", "0e0", "09.5j"] {
            XCTAssertEqual(kinds(literal + "\n"), [.number, .newline, .endMarker], literal)
        }
        // A number may run straight into a keyword that can follow it.
        XCTAssertEqual(kinds("1if x else 2\n"), [.number, .kwIf, .name, .kwElse, .number, .newline, .endMarker])
        XCTAssertEqual(kinds("0x1for\n"), [.number, .kwOr, .newline, .endMarker])
    }

    func testNumberLiteralErrors() {
        let cases: [(String, String)] = [
            ("12abc", "invalid decimal literal"),
            ("1_000_", "invalid decimal literal"),
            ("1__0", "invalid decimal literal"),
            ("1e", "invalid decimal literal"),
            ("1e+", "invalid decimal literal"),
            ("0x", "invalid hexadecimal literal"),
            ("0xg", "invalid hexadecimal literal"),
            ("0o", "invalid octal literal"),
            ("0o78", "invalid digit '8' in octal literal"),
            ("0b102", "invalid digit '2' in binary literal"),
            ("0b", "invalid binary literal"),
            ("1jx", "invalid imaginary literal"),
            ("0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ]
        for (source, message) in cases {
            XCTAssertEqual(failure("x = " + source + "\n")?.message, message, source)
        }
    }

    func testStringPrefixes() {
        for literal in ["'a'", "\"a\"", "'''a'''", "\"\"\"a\"\"\"", "r'a'", "R'a'", "b'a'", "Br'a'", "rB'a'", "f'a'", "Rf'a'",
                        "fR'a'", "u'a'", "U'a'", "''", "''''''"] {
            XCTAssertEqual(kinds(literal + "\n"), [.string, .newline, .endMarker], literal)
        }
        // Not prefixes: these are a name followed by a string.
        for literal in ["ur'a'", "bu'a'", "fb'a'", "rr'a'"] {
            XCTAssertEqual(kinds(literal + "\n"), [.name, .string, .newline, .endMarker], literal)
        }
    }

    func testStringsSpanningLines() {
        let stream = tokenize(source: "x = '''a\nb\nc''' + 'd\\\ne'\n", filename: "<test>")
        XCTAssertNil(stream.failure)
        let strings = stream.tokens.filter { $0.kind == .string }
        XCTAssertEqual(strings.count, 2)
        XCTAssertEqual(strings[0].line, 1)
        XCTAssertEqual(strings[0].endLine, 3)
        XCTAssertEqual(strings[1].line, 3)
        XCTAssertEqual(strings[1].endLine, 4)
    }

    func testUnterminatedStrings() {
        XCTAssertEqual(failure("x = 'abc\n")?.message, "unterminated string literal (detected at line 1)")
        XCTAssertEqual(failure("x = '''abc\n\n\n")?.message, "unterminated triple-quoted string literal (detected at line 3)")
    }

    func testBrackets() {
        XCTAssertEqual(failure("x = 1)\n")?.message, "unmatched ')'")
        XCTAssertEqual(failure("x = (1]\n")?.message, "closing parenthesis ']' does not match opening parenthesis '('")
        XCTAssertEqual(failure("x = (\n1]\n")?.message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        XCTAssertEqual(failure("x = (1\n")?.message, "'(' was never closed")
        XCTAssertNil(failure(String(repeating: "(", count: 200) + String(repeating: ")", count: 200) + "\n"))
        XCTAssertEqual(failure(String(repeating: "[", count: 201) + String(repeating: "]", count: 201) + "\n")?.message,
                       "too many nested parentheses")
    }

    func testInvalidCharacters() {
        XCTAssertEqual(failure("x = \u{20AC}\n")?.message, "invalid character '\u{20AC}' (U+20AC)")
        XCTAssertEqual(failure("x = a\u{200B}\n")?.message, "invalid non-printable character U+200B")
        XCTAssertEqual(failure("x = \u{1}\n")?.message, "invalid non-printable character U+0001")
        // Unknown ASCII punctuation is a token the parser rejects, not a tokenizer error.
        XCTAssertEqual(kinds("$ ? `\n"), [.unknown, .unknown, .unknown, .newline, .endMarker])
    }

    func testNonASCIIIdentifiers() {
        XCTAssertEqual(kinds("\u{E9}t\u{E9} = \u{65E5}\u{672C}\n"), [.name, .equal, .name, .newline, .endMarker])
    }

    func testContinuationErrors() {
        XCTAssertEqual(failure("x = \\ 1\n")?.message, "unexpected character after line continuation character")
        XCTAssertEqual(failure("x = 1 + \\")?.message, "unexpected EOF while parsing")
    }

    func testTooManyIndentationLevels() {
        var deep = ""
        for level in 0..<99 { deep += String(repeating: " ", count: level) + "if x:\n" }
        deep += String(repeating: " ", count: 99) + "pass\n"
        XCTAssertNil(failure(deep))
        var tooDeep = ""
        for level in 0..<100 { tooDeep += String(repeating: " ", count: level) + "if x:\n" }
        tooDeep += String(repeating: " ", count: 100) + "pass\n"
        XCTAssertEqual(failure(tooDeep)?.message, "too many levels of indentation")
    }

    func testPositionsCountUnicodeScalars() {
        let stream = tokenize(source: "s = '\u{65E5}\u{672C}' + x\n", filename: "<test>")
        let x = stream.tokens.first { $0.kind == .name && $0.start > 2 }
        XCTAssertEqual(x?.column, 11)
    }

    func testCRLFAndCRNewlines() {
        XCTAssertEqual(kinds("x\r\ny\rz\n"), [.name, .newline, .name, .newline, .name, .newline, .endMarker])
    }

    func testFormFeedResetsIndentation() {
        // A form feed in the indentation resets the column, so `a` is not indented.
        XCTAssertEqual(kinds("if x:\n    \u{0C}a\n"), [.kwIf, .name, .colon, .newline, .name, .newline, .endMarker])
    }

    func testLargeInputIsFast() {
        var source = ""
        for i in 0..<20_000 { source += "value_\(i) = some.call(\(i), 'text', [1, 2.5, 0x1F]) + other  # comment\n" }
        let start = Date()
        let stream = tokenize(source: source, filename: "<big>")
        XCTAssertNil(stream.failure)
        XCTAssertGreaterThan(stream.tokens.count, 300_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }
}
