// Parsing str.format templates, checked structurally and by rendering against CPython 3.11.
import XCTest
import SwoopFormatting

final class StrFormatTests: XCTestCase {
    func testParsedStructure() {
        let pieces = parseFormatString("a{0}b{name.attr[3]!r:>{w}}c{{")
        XCTAssertEqual(pieces, [
            .literal("a"),
            .field(ReplacementField(argument: .index(0))),
            .literal("b"),
            .field(ReplacementField(argument: .keyword("name"), accessors: [.attribute("attr"), .index(3)],
                                    conversion: .repr,
                                    spec: .nested([.literal(">"), .field(ReplacementField(argument: .keyword("w")))]))),
            .literal("c{"),
        ])
    }

    func testAutomaticNumberingRunsThroughNestedSpecs() {
        XCTAssertEqual(parseFormatString("{:{}}{}"), [
            .field(ReplacementField(argument: .index(0), spec: .nested([.field(ReplacementField(argument: .index(1)))]))),
            .field(ReplacementField(argument: .index(2))),
        ])
    }

    func testErrorsArriveInProcessingOrder() {
        // The first field is still looked up before the bad brace is reported.
        XCTAssertEqual(parseFormatString("{0}x}"), [
            .field(ReplacementField(argument: .index(0))),
            .error(FormatError(.valueError, "Single '}' encountered in format string")),
        ])
        XCTAssertEqual(parseFormatString("{}{0}"), [
            .field(ReplacementField(argument: .index(0))),
            .error(FormatError(.valueError, "cannot switch from automatic field numbering to manual field specification")),
        ])
        // A malformed accessor comes after the lookups before it.
        XCTAssertEqual(parseFormatString("{a.b[}"), [
            .error(FormatError(.valueError, "expected '}' before end of string")),
        ])
        XCTAssertEqual(parseFormatString("{a.b.}"), [
            .field(ReplacementField(argument: .keyword("a"), accessors: [.attribute("b")],
                                    error: FormatError(.valueError, "Empty attribute in format string"))),
        ])
        XCTAssertEqual(parseFormatString("{0!x}"), [
            .field(ReplacementField(argument: .index(0),
                                    error: FormatError(.valueError, "Unknown conversion specifier x"))),
        ])
    }

    func testGeneratedRenderTable() {
        let rows = jsonLines(strFormatCases)
        XCTAssertGreaterThan(rows.count, 400)
        for row in rows.map({ $0 as! [String: Any] }) {
            let template = row["t"] as! String
            let want = (row["out"] ?? row["err"]) as! String
            XCTAssertEqual(outcome { try TemplateRenderer().render(parseFormatString(template)) }, want,
                           template.debugDescription)
        }
    }

    func testGeneratedFormatterParserTable() {
        for row in jsonLines(strFormatCases).map({ $0 as! [String: Any] }) {
            let template = row["t"] as! String
            let (items, error) = formatterParser(template)
            let expected = (row["fp"] as! [[Any]]).map { item in
                FormatterParseItem(literal: item[0] as! String, fieldName: item[1] as? String,
                                   formatSpec: item[2] as? String,
                                   conversion: (item[3] as? String).map { $0.unicodeScalars.first! })
            }
            XCTAssertEqual(items, expected, template.debugDescription)
            XCTAssertEqual(error?.description, row["fperr"] as? String, template.debugDescription)
        }
    }

    func testGeneratedFieldNameSplitTable() {
        for row in jsonLines(fieldNameSplitCases).map({ $0 as! [String: Any] }) {
            let name = row["name"] as! String
            do {
                let (first, rest, error) = try formatterFieldNameSplit(name)
                XCTAssertNil(row["err"], name)
                if let index = row["firstIndex"] as? Int {
                    XCTAssertEqual(first, .index(index), name)
                } else {
                    XCTAssertEqual(first, .keyword(row["first"] as! String), name)
                }
                let expected: [ReplacementField.Accessor] = (row["rest"] as! [[Any]]).map { item in
                    if item[0] as! Bool { return .attribute(item[1] as! String) }
                    if let i = item[1] as? Int { return .index(i) }
                    return .key(item[1] as! String)
                }
                XCTAssertEqual(rest, expected, name)
                XCTAssertEqual(error?.description, row["resterr"] as? String, name)
            } catch {
                XCTAssertEqual((error as! FormatError).description, row["err"] as? String, name)
            }
        }
    }
}

/// A tiny stand-in for the runtime's side of str.format, over the fixed arguments gen_cases.py
/// uses: (42, 'abc', 3.5, [10, 'b', 2.5], {'k': 7, 'x': 'v'}, namespace(x=1, y='s'), -0.0, 'é日')
/// and a few keywords.
struct TemplateRenderer {
    indirect enum Value {
        case int(Int), float(Double), str(String), list([Value]), dict([(String, Value)]), namespace([(String, Value)])

        var typeName: String {
            switch self {
            case .int: return "int"
            case .float: return "float"
            case .str: return "str"
            case .list: return "list"
            case .dict: return "dict"
            case .namespace: return "types.SimpleNamespace"
            }
        }

        var repr: String {
            switch self {
            case .int(let i): return String(i)
            case .float(let x): return pythonFloatRepr(x)
            case .str(let s): return pythonStringRepr(s)
            case .list(let l): return "[" + l.map(\.repr).joined(separator: ", ") + "]"
            case .dict(let d): return "{" + d.map { pythonStringRepr($0.0) + ": " + $0.1.repr }.joined(separator: ", ") + "}"
            case .namespace(let d): return "namespace(" + d.map { $0.0 + "=" + $0.1.repr }.joined(separator: ", ") + ")"
            }
        }

        var str: String {
            if case .str(let s) = self { return s }
            return repr
        }
    }

    static let namespace = Value.namespace([("x", .int(1)), ("y", .str("s"))])
    let positional: [Value] = [.int(42), .str("abc"), .float(3.5), .list([.int(10), .str("b"), .float(2.5)]),
                               .dict([("k", .int(7)), ("x", .str("v"))]), namespace, .float(-0.0), .str("é日")]
    let keywords: [(String, Value)] = [("a", .int(-7)), ("name", .str("Bob")), ("f", .float(0.1)),
                                       ("lst", .list([.int(1), .int(2)])), ("ns", namespace), ("w", .int(5)),
                                       ("p", .str(".2")), ("t", .str("x")), ("", .str("empty"))]

    func lookup(_ field: ReplacementField) throws -> Value {
        var v: Value
        switch field.argument {
        case .index(let i):
            guard i < positional.count else {
                throw PyError(text: "IndexError: Replacement index \(i) out of range for positional args tuple")
            }
            v = positional[i]
        case .keyword(let k):
            guard let kv = keywords.first(where: { $0.0 == k }) else { throw PyError(text: "KeyError: \(pythonStringRepr(k))") }
            v = kv.1
        }
        for accessor in field.accessors {
            switch (accessor, v) {
            case (.attribute(let n), .namespace(let d)):
                guard let kv = d.first(where: { $0.0 == n }) else {
                    throw PyError(text: "AttributeError: 'types.SimpleNamespace' object has no attribute '\(n)'")
                }
                v = kv.1
            case (.attribute(let n), _):
                throw PyError(text: "AttributeError: '\(v.typeName)' object has no attribute '\(n)'")
            case (.index(let i), .list(let l)):
                guard i < l.count else { throw PyError(text: "IndexError: list index out of range") }
                v = l[i]
            case (.index(let i), .str(let s)):
                let scalars = Array(s.unicodeScalars)
                guard i < scalars.count else { throw PyError(text: "IndexError: string index out of range") }
                v = .str(String(Character(scalars[i])))
            case (.index(let i), .dict):
                throw PyError(text: "KeyError: \(i)")
            case (.key(let k), .dict(let d)):
                guard let kv = d.first(where: { $0.0 == k }) else { throw PyError(text: "KeyError: \(pythonStringRepr(k))") }
                v = kv.1
            case (.key, .list):
                throw PyError(text: "TypeError: list indices must be integers or slices, not str")
            case (.key, .str):
                throw PyError(text: "TypeError: string indices must be integers, not 'str'")
            default:
                throw PyError(text: "TypeError: '\(v.typeName)' object is not subscriptable")
            }
        }
        return v
    }

    func render(_ pieces: [FormatPiece]) throws -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s):
                out += s
            case .error(let e):
                throw e
            case .field(let field):
                var v = try lookup(field)
                if let e = field.error { throw e }
                switch field.conversion {
                case .repr?: v = .str(v.repr)
                case .str?: v = .str(v.str)
                case .ascii?: v = .str(pythonASCII(fromRepr: v.repr))
                case nil: break
                }
                let spec: String
                switch field.spec {
                case .literal(let s): spec = s
                case .nested(let nested): spec = try render(nested)
                }
                switch v {
                case .int(let i): out += try formatInteger(.small(i), spec: spec)
                case .float(let x): out += try formatFloat(x, spec: spec)
                case .str(let s): out += try formatString(s, spec: spec)
                default:
                    guard spec.isEmpty else {
                        throw PyError(text: "TypeError: unsupported format string passed to \(v.typeName).__format__")
                    }
                    out += v.str
                }
            }
        }
        return out
    }
}
