// The format-spec mini-language `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

/// A parsed format spec. Fields hold what the text said, not resolved defaults, because the
/// defaults depend on the value being formatted: strings align left, numbers right, and a bare
/// '0' before the width means '=' alignment with '0' fill only for numbers.
public struct FormatSpec: Equatable, Sendable {
    public enum Alignment: Sendable {
        case left       // '<'
        case right      // '>'
        case center     // '^'
        case afterSign  // '=': padding between the sign (and 0x prefix) and the digits
    }

    public enum Sign: Sendable {
        case plus   // '+'
        case minus  // '-'
        case space  // ' '
    }

    public enum Grouping: Sendable {
        case comma       // ','
        case underscore  // '_'
    }

    /// The fill character; only ever set together with `align`.
    public var fill: Unicode.Scalar?
    public var align: Alignment?
    public var sign: Sign?
    /// 'z': turn a negative zero (after rounding) into positive zero. Floats only.
    public var coerceNegativeZero: Bool
    /// '#'
    public var alternate: Bool
    /// A '0' right before the width (and no explicit fill).
    public var zeroPadding: Bool
    public var width: Int?
    public var grouping: Grouping?
    public var precision: Int?
    /// The presentation type character, if any (validated by the formatter, not the parser).
    public var type: Unicode.Scalar?

    public init(fill: Unicode.Scalar? = nil, align: Alignment? = nil, sign: Sign? = nil,
                coerceNegativeZero: Bool = false, alternate: Bool = false, zeroPadding: Bool = false,
                width: Int? = nil, grouping: Grouping? = nil, precision: Int? = nil,
                type: Unicode.Scalar? = nil) {
        self.fill = fill
        self.align = align
        self.sign = sign
        self.coerceNegativeZero = coerceNegativeZero
        self.alternate = alternate
        self.zeroPadding = zeroPadding
        self.width = width
        self.grouping = grouping
        self.precision = precision
        self.type = type
    }

    /// True for the spec parsed from "". Python's `format(x, "")` is `str(x)`, which for
    /// subclasses (bool, user types) differs from any non-empty spec; the runtime should take
    /// that path itself before calling a formatter.
    public var isEmpty: Bool { self == FormatSpec() }

    /// Parses `spec`. `typeName` is the Python type of the value being formatted (e.g. "float",
    /// "bool"); CPython names it in the "Invalid format specifier" message.
    ///
    /// Errors (all ValueError): "Invalid format specifier '<spec>' for object of type '<type>'",
    /// "Format specifier missing precision", "Too many decimal digits in format string",
    /// "Cannot specify both ',' and '_'.", "Cannot specify ',' with 'x'." (or '_' with 'n').
    public static func parse(_ spec: String, typeName: String) throws -> FormatSpec {
        var result = FormatSpec()
        if spec.isEmpty { return result }
        let s = Array(spec.unicodeScalars)
        var pos = 0
        let end = s.count

        func alignment(_ c: Unicode.Scalar) -> Alignment? {
            switch c {
            case "<": return .left
            case ">": return .right
            case "^": return .center
            case "=": return .afterSign
            default: return nil
            }
        }

        if end - pos >= 2, let a = alignment(s[pos + 1]) {
            result.fill = s[pos]
            result.align = a
            pos += 2
        } else if end - pos >= 1, let a = alignment(s[pos]) {
            result.align = a
            pos += 1
        }

        if pos < end {
            switch s[pos] {
            case "+": result.sign = .plus; pos += 1
            case "-": result.sign = .minus; pos += 1
            case " ": result.sign = .space; pos += 1
            default: break
            }
        }
        if pos < end && s[pos] == "z" {
            result.coerceNegativeZero = true
            pos += 1
        }
        if pos < end && s[pos] == "#" {
            result.alternate = true
            pos += 1
        }
        // With an explicit fill, a '0' here is simply the first digit of the width.
        if result.fill == nil && pos < end && s[pos] == "0" {
            result.zeroPadding = true
            pos += 1
        }
        if let w = try readDecimal(s, &pos) { result.width = w }

        if pos < end && s[pos] == "," {
            result.grouping = .comma
            pos += 1
        }
        if pos < end && s[pos] == "_" {
            if result.grouping != nil { throw FormatError.value("Cannot specify both ',' and '_'.") }
            result.grouping = .underscore
            pos += 1
        }
        if pos < end && s[pos] == "," && result.grouping == .underscore {
            throw FormatError.value("Cannot specify both ',' and '_'.")
        }

        if pos < end && s[pos] == "." {
            pos += 1
            guard let p = try readDecimal(s, &pos) else {
                throw FormatError.value("Format specifier missing precision")
            }
            result.precision = p
        }

        if end - pos > 1 {
            throw FormatError.value("Invalid format specifier '\(spec)' for object of type '\(typeName.prefix(200))'")
        }
        if pos < end { result.type = s[pos] }

        if let grouping = result.grouping, let t = result.type {
            switch t {
            case "d", "e", "f", "g", "E", "G", "%", "F":
                break
            case "b", "o", "x", "X":
                // PEP 515 allows '_' (in fours) for the power-of-two bases, but not ','.
                if grouping == .comma { fallthrough }
            default:
                let mark = grouping == .comma ? "," : "_"
                throw FormatError.value("Cannot specify '\(mark)' with '\(describeCodePoint(t, below: 128))'.")
            }
        }
        return result
    }

    /// Reads a run of Unicode decimal digits (any script, as CPython's Py_UNICODE_TODECIMAL
    /// accepts); nil when there is none.
    static func readDecimal(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value = 0
        var any = false
        while pos < s.count, let digit = decimalValue(s[pos]) {
            if value > (Int.max - digit) / 10 {
                throw FormatError.value("Too many decimal digits in format string")
            }
            value = value * 10 + digit
            any = true
            pos += 1
        }
        return any ? value : nil
    }
}

/// The value of a Unicode decimal digit (general category Nd), or nil.
func decimalValue(_ c: Unicode.Scalar) -> Int? {
    if c.value < 128 {
        return c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil
    }
    let p = c.properties
    guard p.numericType == .decimal, let v = p.numericValue else { return nil }
    return Int(v)
}
