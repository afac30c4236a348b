// format() of floats, ints and strs against CPython 3.11.
import XCTest
import SwoopFormatting

final class FormatNumberTests: XCTestCase {
    func testFloatExamples() throws {
        XCTAssertEqual(try formatFloat(1.0, spec: ".3"), "1.0")
        XCTAssertEqual(try formatFloat(1e20, spec: ""), "1e+20")
        XCTAssertEqual(try formatFloat(1.5, spec: "10"), "       1.5")
        XCTAssertEqual(try formatFloat(123.0, spec: ".3"), "1.23e+02")
        XCTAssertEqual(try formatFloat(1234567.891, spec: ",.2f"), "1,234,567.89")
        XCTAssertEqual(try formatFloat(0.25, spec: ".1%"), "25.0%")
        XCTAssertEqual(try formatFloat(-0.0, spec: "z.1f"), "0.0")
        XCTAssertEqual(outcome { try formatFloat(1.0, spec: "d") }, "ValueError: Unknown format code 'd' for object of type 'float'")
        XCTAssertEqual(outcome { try formatFloat(1.0, spec: "x", typeName: "MyFloat") },
                       "ValueError: Unknown format code 'x' for object of type 'MyFloat'")
    }

    func testIntegerEntryPoints() throws {
        let spec = try FormatSpec.parse("#_x", typeName: "int")
        XCTAssertEqual(try formatInteger(0xdead_beef, spec: spec), "0xdead_beef")
        XCTAssertEqual(try formatInteger(negative: true, magnitude: UInt64.max, spec: spec), "-0xffff_ffff_ffff_ffff")
        XCTAssertEqual(try formatInteger(negative: false, magnitudeDigits: { radix in
            radixDigits(decimal: "340282366920938463463374607431768211456", radix: radix)
        }, spec: spec), "0x1_0000_0000_0000_0000_0000_0000_0000_0000")
        XCTAssertEqual(try formatInteger(.small(Int.min), spec: ","), "-9,223,372,036,854,775,808")
        XCTAssertEqual(try formatInteger(.small(65), spec: "c"), "A")
        XCTAssertEqual(try formatInteger(.small(1234), spec: ""), "1234")
        XCTAssertEqual(outcome { try formatInteger(integer("1" + String(repeating: "0", count: 400)), spec: "e") },
                       "OverflowError: int too large to convert to float")
    }

    func testStringExamples() throws {
        XCTAssertEqual(try formatString("abc", spec: "10"), "abc       ")
        XCTAssertEqual(try formatString("abcdef", spec: ".2"), "ab")
        XCTAssertEqual(try formatString("e\u{301}x", spec: ".1"), "e")
        XCTAssertEqual(try formatString("日本", spec: "*^6"), "**日本**")
        XCTAssertEqual(outcome { try formatString("a", spec: "=5") }, "ValueError: '=' alignment not allowed in string format specifier")
    }

    func testGrouping() {
        XCTAssertEqual(insertGrouping(digits: "1234567", separator: ",", every: 3), "1,234,567")
        XCTAssertEqual(insertGrouping(digits: "123", separator: ",", every: 3), "123")
        XCTAssertEqual(insertGrouping(digits: "11111111", separator: "_", every: 4), "1111_1111")
        XCTAssertEqual(insertGrouping(digits: "1234", separator: ",", every: 3, minimumWidth: 8), "0,001,234")
        XCTAssertEqual(insertGrouping(digits: "1234", separator: ",", every: 3, minimumWidth: 10), "00,001,234")
        XCTAssertEqual(insertGrouping(digits: "12", separator: ",", every: 0, minimumWidth: 5), "00012")
    }

    func testGeneratedFloatTable() {
        let rows = jsonLines(floatFormatCases)
        XCTAssertGreaterThan(rows.count, 500)
        for row in rows.map({ $0 as! [String: String] }) {
            let x = double(bitsHex: row["v"]!), spec = row["s"]!
            XCTAssertEqual(outcome { try formatFloat(x, spec: spec) }, row["out"] ?? row["err"]!,
                           "format(\(pythonFloatRepr(x)), \(spec.debugDescription))")
        }
    }

    func testGeneratedIntegerTable() {
        let rows = jsonLines(intFormatCases)
        XCTAssertGreaterThan(rows.count, 400)
        for row in rows.map({ $0 as! [String: String] }) {
            let spec = row["s"]!
            XCTAssertEqual(outcome { try formatInteger(integer(row["v"]!), spec: spec) }, row["out"] ?? row["err"]!,
                           "format(\(row["v"]!), \(spec.debugDescription))")
        }
    }

    func testGeneratedStringTable() {
        let rows = jsonLines(strFormatSpecCases)
        XCTAssertGreaterThan(rows.count, 100)
        for row in rows.map({ $0 as! [String: String] }) {
            let spec = row["s"]!
            XCTAssertEqual(outcome { try formatString(row["v"]!, spec: spec) }, row["out"] ?? row["err"]!,
                           "format(\(row["v"]!.debugDescription), \(spec.debugDescription))")
        }
    }

    func testStringRepr() {
        for row in jsonLines(strReprCases).map({ $0 as! [String] }) {
            XCTAssertEqual(pythonStringRepr(row[0]), row[1], row[0].debugDescription)
            XCTAssertEqual(pythonStringASCII(row[0]), row[2], row[0].debugDescription)
        }
    }
}

final class FormatComplexTests: XCTestCase {
    func testRepr() {
        XCTAssertEqual(pythonComplexRepr(real: 1, imag: 2), "(1+2j)")
        XCTAssertEqual(pythonComplexRepr(real: 0, imag: 2), "2j")
        XCTAssertEqual(pythonComplexRepr(real: -0.0, imag: -0.0), "(-0-0j)")
        XCTAssertEqual(pythonComplexRepr(real: 1, imag: .nan), "(1+nanj)")
        XCTAssertEqual(pythonComplexRepr(real: 1.5e16, imag: -2.5), "(1.5e+16-2.5j)")
    }

    func testGeneratedTable() {
        let rows = jsonLines(complexFormatCases)
        XCTAssertGreaterThan(rows.count, 150)
        for row in rows.map({ $0 as! [String: String] }) {
            let re = double(bitsHex: row["re"]!), im = double(bitsHex: row["im"]!), spec = row["s"]!
            XCTAssertEqual(outcome { try formatComplex(real: re, imag: im, spec: spec) }, row["out"] ?? row["err"]!,
                           "format(complex(\(re), \(im)), \(spec.debugDescription))")
        }
    }
}
