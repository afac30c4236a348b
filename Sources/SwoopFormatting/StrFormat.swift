// The parsing half of str.format / format_map / string.Formatter: literal text and replacement fields.

/// One step of a parsed `str.format` template, in the order CPython processes them.
public enum FormatPiece: Equatable {
    case literal(String)
    case field(ReplacementField)
    /// CPython parses as it renders, so a malformed template still looks up (and may fail on)
    /// the fields before the fault. Raise this when rendering reaches it; nothing follows it.
    case error(FormatError)
}

/// `{argument.accessors!conversion:spec}`.
public struct ReplacementField: Equatable {
    public enum Argument: Equatable {
        /// A positional argument; automatic numbering ("{}") is already resolved.
        case index(Int)
        /// A keyword argument (or, for format_map, a key of the mapping).
        case keyword(String)
    }

    public enum Accessor: Equatable {
        /// `.name`: getattr.
        case attribute(String)
        /// `[3]`: obj[3], through the sequence protocol when obj is a sequence, else getitem
        /// with the int.
        case index(Int)
        /// `[name]`: obj["name"].
        case key(String)
    }

    public enum Conversion: Equatable {
        case str    // !s
        case repr   // !r
        case ascii  // !a
    }

    public enum Spec: Equatable {
        /// Pass this text to `__format__` as is.
        case literal(String)
        /// Render these pieces (fields formatted, with the same args) and concatenate them to
        /// get the spec text.
        case nested([FormatPiece])
    }

    public var argument: Argument
    public var accessors: [Accessor]
    /// Raise after looking the argument up and applying `accessors` (a malformed tail of the
    /// field name, or an unknown conversion character). When set, `conversion` and `spec` are
    /// unused.
    public var error: FormatError?
    public var conversion: Conversion?
    public var spec: Spec

    public init(argument: Argument, accessors: [Accessor] = [], error: FormatError? = nil,
                conversion: Conversion? = nil, spec: Spec = .literal("")) {
        self.argument = argument
        self.accessors = accessors
        self.error = error
        self.conversion = conversion
        self.spec = spec
    }
}

/// Parses a `str.format` template. For format_map the runtime reports a positional field with
/// ValueError "Format string contains positional fields"; an out-of-range index is its
/// IndexError "Replacement index 1 out of range for positional args tuple", a missing keyword its
/// KeyError. Rendering is: look up the argument, apply the accessors, raise `error` if set,
/// apply the conversion, expand the spec, call `format(obj, spec)`.
public func parseFormatString(_ template: String) -> [FormatPiece] {
    var parser = TemplateParser(Array(template.unicodeScalars))
    var pieces: [FormatPiece] = []
    _ = parser.parse(0..<parser.s.count, depth: 2, into: &pieces)
    return pieces
}

/// One item of `_string.formatter_parser` (what `string.Formatter.parse` yields): `fieldName`,
/// `formatSpec` are nil when the item is only literal text; `conversion` is nil without '!'.
public struct FormatterParseItem: Equatable {
    public var literal: String
    public var fieldName: String?
    public var formatSpec: String?
    public var conversion: Unicode.Scalar?

    public init(literal: String, fieldName: String? = nil, formatSpec: String? = nil, conversion: Unicode.Scalar? = nil) {
        self.literal = literal
        self.fieldName = fieldName
        self.formatSpec = formatSpec
        self.conversion = conversion
    }
}

/// `_string.formatter_parser(s)`: the items it yields, then the error it raises, if any.
public func formatterParser(_ template: String) -> (items: [FormatterParseItem], error: FormatError?) {
    let parser = TemplateParser(Array(template.unicodeScalars))
    var items: [FormatterParseItem] = []
    var pos = 0
    while pos < parser.s.count {
        do {
            let m = try parser.nextMarkup(&pos, end: parser.s.count)
            var item = FormatterParseItem(literal: parser.text(m.literal))
            if let field = m.field {
                item.fieldName = parser.text(field.name)
                item.formatSpec = parser.text(field.spec)
                item.conversion = field.conversion == "\u{0}" ? nil : field.conversion
            }
            items.append(item)
        } catch {
            return (items, error as? FormatError)
        }
    }
    return (items, nil)
}

/// `_string.formatter_field_name_split(name)`: the first part (an int when it is all decimal
/// digits, else a string, possibly empty), the accessors, and the error that iterating the
/// rest raises after yielding them, if any. Throws for errors CPython raises up front.
public func formatterFieldNameSplit(_ name: String) throws
    -> (first: ReplacementField.Argument, rest: [ReplacementField.Accessor], error: FormatError?) {
    let parser = TemplateParser(Array(name.unicodeScalars))
    let (firstRange, firstIndex) = try parser.splitFirst(0..<parser.s.count)
    let first: ReplacementField.Argument = firstIndex.map { .index($0) } ?? .keyword(parser.text(firstRange))
    let (rest, error) = parser.accessors(firstRange.upperBound..<parser.s.count)
    return (first, rest, error)
}

struct TemplateParser {
    let s: [Unicode.Scalar]
    var autoState: AutoState = .unset
    var nextAutoIndex = 0

    enum AutoState { case unset, automatic, manual }

    init(_ s: [Unicode.Scalar]) { self.s = s }

    func text(_ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[r])
        return String(v)
    }

    struct RawField {
        var name: Range<Int>
        var conversion: Unicode.Scalar
        var spec: Range<Int>
        var specNeedsExpanding: Bool
    }

    /// The next literal run and the field after it, if any; escaped braces end a literal run.
    func nextMarkup(_ pos: inout Int, end: Int) throws -> (literal: Range<Int>, field: RawField?) {
        let start = pos
        var brace: Unicode.Scalar?
        while pos < end {
            let c = s[pos]
            pos += 1
            if c == "{" || c == "}" {
                brace = c
                break
            }
        }
        guard let brace else { return (start..<pos, nil) }
        let atEnd = pos >= end
        if brace == "}" && (atEnd || s[pos] != "}") {
            throw FormatError.value("Single '}' encountered in format string")
        }
        if atEnd && brace == "{" {
            throw FormatError.value("Single '{' encountered in format string")
        }
        if s[pos] == brace {
            // "{{" or "}}": the literal keeps one brace and ends here.
            pos += 1
            return (start..<pos - 1, nil)
        }
        let literal = start..<pos - 1
        return (literal, try parseField(&pos, end: end))
    }

    /// Reads `name[!c][:spec]}` starting just past the '{'. The scan runs to the end of the
    /// whole (sub)template, not to a matching brace, so errors name what ran out.
    func parseField(_ pos: inout Int, end: Int) throws -> RawField {
        let nameStart = pos
        var c: Unicode.Scalar = "\u{0}"
        var terminated = false
        scan: while pos < end {
            c = s[pos]
            pos += 1
            switch c {
            case "{":
                throw FormatError.value("unexpected '{' in field name")
            case "[":
                while pos < end && s[pos] != "]" { pos += 1 }
            case "}", ":", "!":
                terminated = true
                break scan
            default:
                break
            }
        }
        guard terminated else { throw FormatError.value("expected '}' before end of string") }
        var field = RawField(name: nameStart..<pos - 1, conversion: "\u{0}", spec: pos..<pos, specNeedsExpanding: false)
        if c == "}" { return field }
        if c == "!" {
            guard pos < end else {
                throw FormatError.value("end of string while looking for conversion specifier")
            }
            field.conversion = s[pos]
            pos += 1
            if pos < end {
                let next = s[pos]
                pos += 1
                if next == "}" {
                    field.spec = pos..<pos
                    return field
                }
                if next != ":" { throw FormatError.value("expected ':' after conversion specifier") }
            }
        }
        let specStart = pos
        var depth = 1
        while pos < end {
            let ch = s[pos]
            pos += 1
            if ch == "{" {
                field.specNeedsExpanding = true
                depth += 1
            } else if ch == "}" {
                depth -= 1
                if depth == 0 {
                    field.spec = specStart..<pos - 1
                    return field
                }
            }
        }
        throw FormatError.value("unmatched '{' in format spec")
    }

    /// Parses `range` into `pieces`; false once an error piece has been appended.
    mutating func parse(_ range: Range<Int>, depth: Int, into pieces: inout [FormatPiece]) -> Bool {
        if depth <= 0 {
            pieces.append(.error(FormatError.value("Max string recursion exceeded")))
            return false
        }
        var pos = range.lowerBound
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty {
                pieces.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        while pos < range.upperBound {
            let markup: (literal: Range<Int>, field: RawField?)
            do {
                markup = try nextMarkup(&pos, end: range.upperBound)
            } catch {
                flush()
                pieces.append(.error(error as! FormatError))
                return false
            }
            literal.append(contentsOf: s[markup.literal])
            guard let raw = markup.field else { continue }
            flush()
            if !appendField(raw, depth: depth, into: &pieces) { return false }
        }
        flush()
        return true
    }

    mutating func appendField(_ raw: RawField, depth: Int, into pieces: inout [FormatPiece]) -> Bool {
        let argument: ReplacementField.Argument
        let firstRange: Range<Int>
        do {
            let (range, index) = try splitFirst(raw.name)
            firstRange = range
            let isEmpty = range.isEmpty
            if isEmpty || index != nil {
                if autoState == .unset { autoState = isEmpty ? .automatic : .manual }
                if autoState == .manual && isEmpty {
                    throw FormatError.value("cannot switch from manual field specification to automatic field numbering")
                }
                if autoState == .automatic && !isEmpty {
                    throw FormatError.value("cannot switch from automatic field numbering to manual field specification")
                }
            }
            if isEmpty {
                argument = .index(nextAutoIndex)
                nextAutoIndex += 1
            } else if let index {
                argument = .index(index)
            } else {
                argument = .keyword(text(range))
            }
        } catch {
            pieces.append(.error(error as! FormatError))
            return false
        }

        var field = ReplacementField(argument: argument)
        let (accessors, accessorError) = accessors(firstRange.upperBound..<raw.name.upperBound)
        field.accessors = accessors
        if let accessorError {
            field.error = accessorError
            pieces.append(.field(field))
            return false
        }
        switch raw.conversion {
        case "\u{0}": break
        case "r": field.conversion = .repr
        case "s": field.conversion = .str
        case "a": field.conversion = .ascii
        case let c:
            field.error = FormatError.value("Unknown conversion specifier \(describeCodePoint(c, below: 127))")
            pieces.append(.field(field))
            return false
        }
        if raw.specNeedsExpanding {
            var nested: [FormatPiece] = []
            let ok = parse(raw.spec, depth: depth - 1, into: &nested)
            field.spec = .nested(nested)
            pieces.append(.field(field))
            return ok
        }
        field.spec = .literal(text(raw.spec))
        pieces.append(.field(field))
        return true
    }

    /// The part of a field name before the first '.' or '[', and its value when it is all
    /// decimal digits.
    func splitFirst(_ name: Range<Int>) throws -> (Range<Int>, Int?) {
        var i = name.lowerBound
        while i < name.upperBound && s[i] != "." && s[i] != "[" { i += 1 }
        let first = name.lowerBound..<i
        return (first, try integer(first))
    }

    /// Like CPython's get_integer: nil for an empty or non-numeric run, an error for overflow
    /// met while the run is still all digits.
    func integer(_ r: Range<Int>) throws -> Int? {
        if r.isEmpty { return nil }
        var value = 0
        for i in r {
            guard let d = decimalValue(s[i]) else { return nil }
            if value > (Int.max - d) / 10 {
                throw FormatError.value("Too many decimal digits in format string")
            }
            value = value * 10 + d
        }
        return value
    }

    /// Parses `.attr` and `[key]` steps; stops at the first malformed one.
    func accessors(_ r: Range<Int>) -> ([ReplacementField.Accessor], FormatError?) {
        var result: [ReplacementField.Accessor] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let c = s[i]
            i += 1
            let nameStart = i
            let name: Range<Int>
            var index: Int?
            switch c {
            case ".":
                while i < r.upperBound && s[i] != "." && s[i] != "[" { i += 1 }
                name = nameStart..<i
            case "[":
                while i < r.upperBound && s[i] != "]" { i += 1 }
                guard i < r.upperBound else {
                    return (result, FormatError.value("Missing ']' in format string"))
                }
                name = nameStart..<i
                i += 1
                do { index = try integer(name) } catch { return (result, error as? FormatError) }
            default:
                return (result, FormatError.value("Only '.' or '[' may follow ']' in format field specifier"))
            }
            if name.isEmpty {
                return (result, FormatError.value("Empty attribute in format string"))
            }
            if c == "." {
                result.append(.attribute(text(name)))
            } else if let index {
                result.append(.index(index))
            } else {
                result.append(.key(text(name)))
            }
        }
        return (result, nil)
    }
}
