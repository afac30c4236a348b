// repr(float) against CPython 3.11.
import XCTest
import SwoopFormatting

final class FloatReprTests: XCTestCase {
    func testDocumentedExamples() {
        let cases: [(Double, String)] = [
            (1e16, "1e+16"), (1e-5, "1e-05"), (0.1 + 0.2, "0.30000000000000004"), (100.0, "100.0"),
            (-0.0, "-0.0"), (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (-Double.nan, "nan"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (Double.leastNonzeroMagnitude, "5e-324"),
            (1e15, "1000000000000000.0"), (9999999999999998.0, "9999999999999998.0"), (0.0001, "0.0001"),
            (1e23, "1e+23"), (2e16 + 8, "2.000000000000001e+16"), (123.456, "123.456"), (1.0, "1.0"),
        ]
        for (x, want) in cases {
            XCTAssertEqual(pythonFloatRepr(x), want, "repr(\(x))")
            XCTAssertEqual(pythonFloatStr(x), want, "str(\(x))")
        }
    }

    func testGeneratedTable() {
        let rows = jsonLines(floatReprCases)
        XCTAssertGreaterThan(rows.count, 300)
        for row in rows.map({ $0 as! [String] }) {
            XCTAssertEqual(pythonFloatRepr(double(bitsHex: row[0])), row[1], "bits \(row[0])")
        }
    }
}
