// str % args against CPython 3.11.
import XCTest
import SwoopFormatting

final class PercentFormatTests: XCTestCase {
    func testExamples() throws {
        XCTAssertEqual(try percentFormat("%d items at %.2f%%", args: [.int(3), .float(9.5)]), "3 items at 9.50%")
        XCTAssertEqual(try percentFormat("%-6s|%5r|%a", args: [.string("ab"), .string("x"), .string("é")]),
                       "ab    |  'x'|'\\xe9'")
        XCTAssertEqual(try percentFormat("%#010x %+d % d", args: [.int(255), .int(5), .int(-5)]), "0x000000ff +5 -5")
        XCTAssertEqual(try percentFormat("%*.*f|%c%c", args: [.int(8), .int(3), .float(3.14159), .int(65), .string("z")]),
                       "   3.142|Az")
        XCTAssertEqual(try percentFormat("%s", arg: .float(0.1)), "0.1")
        XCTAssertEqual(outcome { try percentFormat("%s %s", args: [.int(1)]) }, "TypeError: not enough arguments for format string")
        XCTAssertEqual(outcome { try percentFormat("%s", args: [.int(1), .int(2)]) },
                       "TypeError: not all arguments converted during string formatting")
        XCTAssertEqual(outcome { try percentFormat("%d", args: [.string("x")]) },
                       "TypeError: %d format: a real number is required, not str")
        XCTAssertEqual(outcome { try percentFormat("%z", args: [.int(1)]) },
                       "ValueError: unsupported format character 'z' (0x7a) at index 1")
        XCTAssertEqual(outcome { try percentFormat("abc", arg: .int(5)) },
                       "TypeError: not all arguments converted during string formatting")
    }

    func testMapping() throws {
        let values: [String: PercentArg] = ["name": .string("Ann"), "n": .int(3)]
        let lookup: (String) throws -> PercentArg = { key in
            guard let v = values[key] else { throw PyError(text: "KeyError: '\(key)'") }
            return v
        }
        let dict = PercentArg.object(StandInObject(typeName: "dict", strText: "{...}", reprText: "{...}", intValue: nil))
        XCTAssertEqual(try percentFormat("%(name)s has %(n)03d", arg: dict, mapping: lookup), "Ann has 003")
        XCTAssertEqual(try percentFormat("no conversions", arg: dict, mapping: lookup), "no conversions")
        XCTAssertEqual(outcome { try percentFormat("%(missing)s", arg: dict, mapping: lookup) }, "KeyError: 'missing'")
        XCTAssertEqual(outcome { try percentFormat("%(name)s", args: [.int(1)]) }, "TypeError: format requires a mapping")
    }

    func testGeneratedTable() {
        let rows = jsonLines(percentCases)
        XCTAssertGreaterThan(rows.count, 500)
        for row in rows.map({ $0 as! [String: Any] }) {
            let fmt = row["fmt"] as! String
            let want = (row["out"] ?? row["err"]) as! String
            let got = outcome {
                if let tuple = row["tuple"] as? [[Any]] {
                    return try percentFormat(fmt, args: tuple.map(percentArg))
                }
                if let dict = row["dict"] as? [String: [Any]] {
                    let text = row["drepr"] as! String
                    let operand = PercentArg.object(StandInObject(typeName: "dict", strText: text, reprText: text, intValue: nil))
                    return try percentFormat(fmt, arg: operand, mapping: { key in
                        guard let v = dict[key] else { throw PyError(text: "KeyError: \(pythonStringRepr(key))") }
                        return percentArg(v)
                    })
                }
                let single = row["single"] as! [Any]
                // A list is a mapping to CPython's %, so leftover arguments are not an error.
                let isList = (single[0] as! String) == "l"
                return try percentFormat(fmt, arg: percentArg(single), mapping: isList ? { _ in
                    throw PyError(text: "TypeError: list indices must be integers or slices, not str")
                } : nil)
            }
            XCTAssertEqual(got, want, "\(fmt.debugDescription) % \(row["tuple"] ?? row["dict"] ?? row["single"] ?? "")")
        }
    }
}
