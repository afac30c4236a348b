// Parsing the format-spec mini-language.
import XCTest
import SwoopFormatting

final class FormatSpecTests: XCTestCase {
    func testFullSpec() throws {
        let s = try FormatSpec.parse("*^+z#012,.3f", typeName: "float")
        XCTAssertEqual(s.fill, "*")
        XCTAssertEqual(s.align, .center)
        XCTAssertEqual(s.sign, .plus)
        XCTAssertTrue(s.coerceNegativeZero)
        XCTAssertTrue(s.alternate)
        // An explicit fill makes the '0' part of the width.
        XCTAssertFalse(s.zeroPadding)
        XCTAssertEqual(s.width, 12)
        XCTAssertEqual(s.grouping, .comma)
        XCTAssertEqual(s.precision, 3)
        XCTAssertEqual(s.type, "f")
    }

    func testZeroPaddingAndDefaults() throws {
        let s = try FormatSpec.parse("010_x", typeName: "int")
        XCTAssertNil(s.fill)
        XCTAssertNil(s.align)
        XCTAssertTrue(s.zeroPadding)
        XCTAssertEqual(s.width, 10)
        XCTAssertEqual(s.grouping, .underscore)
        XCTAssertEqual(s.type, "x")

        XCTAssertTrue(try FormatSpec.parse("", typeName: "int").isEmpty)
        XCTAssertFalse(try FormatSpec.parse("-", typeName: "int").isEmpty)
        XCTAssertEqual(try FormatSpec.parse("<", typeName: "str").align, .left)
        XCTAssertEqual(try FormatSpec.parse("\u{661}\u{660}", typeName: "int").width, 10)
    }

    func testErrors() {
        let cases: [(String, String, String)] = [
            ("abc", "float", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
            (",_", "float", "ValueError: Cannot specify both ',' and '_'."),
            ("_,", "int", "ValueError: Cannot specify both ',' and '_'."),
            (".", "float", "ValueError: Format specifier missing precision"),
            (",s", "int", "ValueError: Cannot specify ',' with 's'."),
            (",x", "int", "ValueError: Cannot specify ',' with 'x'."),
            ("_n", "int", "ValueError: Cannot specify '_' with 'n'."),
            (",\u{1234}", "float", "ValueError: Cannot specify ',' with '\\x1234'."),
            ("99999999999999999999", "float", "ValueError: Too many decimal digits in format string"),
        ]
        for (spec, type, want) in cases {
            XCTAssertEqual(outcome { _ = try FormatSpec.parse(spec, typeName: type); return "parsed" }, want, spec)
        }
        // '_' is fine with the power-of-two bases.
        XCTAssertNoThrow(try FormatSpec.parse("_b", typeName: "int"))
    }
}
