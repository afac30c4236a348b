// Helpers shared by the formatting tests: decoding the generated tables and stand-in Python objects.
import Foundation
import SwoopFormatting

/// Decodes one of the JSON-lines tables in GeneratedCases.swift.
func jsonLines(_ table: String) -> [Any] {
    table.split(separator: "\n").map { line in
        try! JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    }
}

/// The output of `body`, or "ExceptionType: message" when it throws a FormatError, the same
/// shape gen_cases.py records.
func outcome(_ body: () throws -> String) -> String {
    do {
        return try body()
    } catch let e as FormatError {
        return e.description
    } catch let e as PyError {
        return e.text
    } catch {
        return "unexpected \(error)"
    }
}

/// A Python exception raised by a stand-in object or lookup, already in "Type: message" form.
struct PyError: Error {
    var text: String
}

func double(bitsHex: String) -> Double {
    Double(bitPattern: UInt64(bitsHex, radix: 16)!)
}

/// An int from its decimal text; big ones go through the closure form, with the other radixes
/// computed here by long division (the runtime uses GMP for this).
func integer(_ decimal: String) -> IntegerValue {
    if let v = Int(decimal) { return .small(v) }
    let negative = decimal.hasPrefix("-")
    let magnitude = negative ? String(decimal.dropFirst()) : decimal
    return .big(negative: negative, digits: { radix in radixDigits(decimal: magnitude, radix: radix) })
}

func radixDigits(decimal: String, radix: Int) -> String {
    if radix == 10 { return decimal }
    var number = decimal.utf8.map { Int($0) - 48 }
    var out: [Character] = []
    let symbols = Array("0123456789abcdef")
    while !(number.isEmpty || number == [0]) {
        var remainder = 0
        var quotient: [Int] = []
        for d in number {
            let cur = remainder * 10 + d
            if !(quotient.isEmpty && cur / radix == 0) { quotient.append(cur / radix) }
            remainder = cur % radix
        }
        out.append(symbols[remainder])
        number = quotient
    }
    return out.isEmpty ? "0" : String(out.reversed())
}

/// A non-builtin object for %-formatting: bool, None, list, dict in the tables.
struct StandInObject: PercentObject {
    var typeName: String
    var strText: String
    var reprText: String
    var intValue: IntegerValue?
    func str() throws -> String { strText }
    func repr() throws -> String { reprText }
    func toDouble() throws -> Double? { try intValue?.toDouble() }
}

/// Decodes the `["i", "42"]`-style argument encoding of gen_cases.py.
func percentArg(_ encoded: [Any]) -> PercentArg {
    switch encoded[0] as! String {
    case "i": return .integer(integer(encoded[1] as! String))
    case "f": return .float(double(bitsHex: encoded[1] as! String))
    case "s": return .string(encoded[1] as! String)
    case "b":
        let b = encoded[1] as! Bool
        return .object(StandInObject(typeName: "bool", strText: b ? "True" : "False",
                                     reprText: b ? "True" : "False", intValue: .small(b ? 1 : 0)))
    case "n":
        return .object(StandInObject(typeName: "NoneType", strText: "None", reprText: "None", intValue: nil))
    default:
        return .object(StandInObject(typeName: "list", strText: encoded[2] as! String,
                                     reprText: encoded[1] as! String, intValue: nil))
    }
}
