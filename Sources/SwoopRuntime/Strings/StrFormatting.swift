// StrFormatting.swift — the glue between Python values and SwoopFormatting: format(v, spec), str % args, str.format / format_map, and the f-string FORMAT step.
import SwoopFormatting

// MARK: - Errors

/// A SwoopFormatting error as the Python exception it names.
func pyError(from e: FormatError) -> PyError {
    switch e.kind {
    case .valueError: return valueError(e.message)
    case .typeError: return typeError(e.message)
    case .overflowError: return overflowError(e.message)
    case .indexError: return indexError(e.message)
    case .keyError: return keyError(Str.make(e.message))
    }
}

/// Runs a SwoopFormatting call, turning its FormatError into the Python exception.
@inline(__always) func withFormatErrors<R>(_ body: () throws -> R) throws -> R {
    do { return try body() } catch let e as FormatError { throw pyError(from: e) }
}

// MARK: - Ints as the formatters see them

/// An int-like value (int, bool, big int) as SwoopFormatting's IntegerValue.
func integerValue(_ v: Value) -> IntegerValue {
    switch v.tag {
    case .SW_TAG_INT: return .small(Int(v.int))
    case .SW_TAG_BOOL: return .small(v.bool ? 1 : 0)
    default:
        let negative = BigInt.z(v).sign < 0
        return .big(negative: negative, digits: { radix in
            let s = BigInt.toString(v, base: Int32(radix))
            return s.hasPrefix("-") ? String(s.dropFirst()) : s
        })
    }
}

// MARK: - format(v, spec)

/// Hook for values whose type is not built in (user classes): returns `type(v).__format__(v, spec)`
/// or nil when the type does not define __format__. The default finds a Python function
/// named __format__ along the type's bases and calls it through Ops.callFunction.
public var userFormatHook: (Value, Value) throws -> Value? = { v, spec in
    let t = Ops.typeOf(v)
    guard t.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0,
          let f = Types.lookup(t, Str.intern("__format__")),
          Ops.typeOf(f) == T.function else { return nil }
    let r = try Ops.callFunction(f, [v, spec], [])
    guard StrKit.isStr(r) else { throw typeError("__format__ must return a str, not \(Ops.typeName(r))") }
    return r
}

/// Python's `format(v, spec)`.
public func formatValue(_ v: Value, spec: String) throws -> Value {
    switch v.tag {
    case .SW_TAG_INT:
        if spec.isEmpty { return Str.make(String(v.int)) }
        return Str.make(try withFormatErrors { try formatInteger(.small(Int(v.int)), spec: spec, typeName: "int") })
    case .SW_TAG_BOOL:
        if spec.isEmpty { return Str.intern(v.bool ? "True" : "False") }
        return Str.make(try withFormatErrors { try formatInteger(.small(v.bool ? 1 : 0), spec: spec, typeName: "bool") })
    case .SW_TAG_FLOAT:
        if spec.isEmpty { return floatRepr(v.float) }
        return Str.make(try withFormatErrors { try formatFloat(v.float, spec: spec, typeName: "float") })
    case .SW_TAG_OBJ:
        let t = v.obj.pointee.type
        if t == T.str {
            if spec.isEmpty { return v }
            return Str.make(try withFormatErrors { try formatString(Str.swift(v), spec: spec, typeName: "str") })
        }
        if t == T.int {
            if spec.isEmpty { return try Ops.str(v) }
            return Str.make(try withFormatErrors {
                let parsed = try FormatSpec.parse(spec, typeName: "int")
                // Decimal output obeys sys.set_int_max_str_digits, as str() does.
                let limit = Runtime.intMaxStrDigits
                if limit > 0 && Double(BigInt.bitLength(v)) * 0.30103 > Double(limit - 1),
                   parsed.type == nil || parsed.type == "d" || parsed.type == "n" {
                    _ = try Ops.intToDecimalString(v)
                }
                return try formatInteger(integerValue(v), spec: parsed, typeName: "int")
            })
        }
        if t.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0,
           let r = try userFormatHook(v, Str.make(spec)) {
            return r
        }
    default:
        break
    }
    // object.__format__
    if spec.isEmpty { return try Ops.str(v) }
    throw typeError("unsupported format string passed to \(Ops.typeName(v)).__format__")
}

/// The f-string FORMAT step: conversion (0 none, 1 !s, 2 !r, 3 !a), then format with the
/// spec (a str, or nil for none).
public func formatForFString(_ v: Value, conversion: Int, spec: Value?) throws -> Value {
    var x = v
    switch conversion {
    case 1: x = try Ops.str(v)
    case 2: x = try Ops.repr(v)
    case 3: x = try asciiRepr(v)
    default: break
    }
    guard let spec, Str.buffer(spec).count > 0 else {
        if StrKit.isExactStr(x) { return x }
        return try formatValue(x, spec: "")
    }
    return try formatValue(x, spec: Str.swift(spec))
}

// MARK: - str % args

/// What %-formatting sees of any value that is not an exact int, float or str.
struct PercentValue: PercentObject {
    let v: Value

    var typeName: String { Ops.typeName(v) }
    func str() throws -> String { try Ops.strString(v) }
    func repr() throws -> String { try Ops.reprString(v) }

    var intValue: IntegerValue? {
        if v.tag == .SW_TAG_BOOL || v.tag == .SW_TAG_INT || BigInt.isBig(v) { return integerValue(v) }
        return nil
    }

    var stringValue: String? { StrKit.isStr(v) ? Str.swift(v) : nil }

    func toInteger(indexOnly: Bool) throws -> IntegerValue? {
        guard v.tag == .SW_TAG_OBJ, v.obj.pointee.type.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0,
              Types.lookup(v.obj.pointee.type, Str.intern("__index__")) != nil else { return nil }
        return .small(try Ops.index(v))
    }

    func toDouble() throws -> Double? {
        if let i = intValue { return try withFormatErrors { try i.toDouble() } }
        guard v.tag == .SW_TAG_OBJ, v.obj.pointee.type.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0 else { return nil }
        let t = v.obj.pointee.type
        if Types.lookup(t, Str.intern("__float__")) != nil { return try Ops.toDouble(v) }
        if Types.lookup(t, Str.intern("__index__")) != nil { return Double(try Ops.index(v)) }
        return nil
    }
}

func percentArg(_ v: Value) -> PercentArg {
    switch v.tag {
    case .SW_TAG_INT: return .integer(.small(Int(v.int)))
    case .SW_TAG_FLOAT: return .float(v.float)
    case .SW_TAG_OBJ:
        let t = v.obj.pointee.type
        if t == T.str { return .string(Str.swift(v)) }
        if t == T.int { return .integer(integerValue(v)) }
        return .object(PercentValue(v: v))
    default:
        return .object(PercentValue(v: v))
    }
}

/// PyMapping_Check minus tuple and str: what `%` treats as a mapping operand (note that a
/// list counts, so '%s' % [1] is fine but leftover items are not reported).
func isPercentMapping(_ v: Value) -> Bool {
    guard v.tag == .SW_TAG_OBJ else { return false }
    let t = v.obj.pointee.type
    switch t.pointee.kind {
    case .SW_KIND_DICT, .SW_KIND_LIST: return true
    case .SW_KIND_TUPLE, .SW_KIND_STR: return false
    default: break
    }
    if t == T.range || t == T.bytes { return true }
    if t.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0 {
        return Types.lookup(t, Str.intern("__getitem__")) != nil
    }
    return false
}

/// `format % args`.
public func percentFormat(_ format: Value, _ args: Value) throws -> Value {
    let fmt = Str.swift(format)
    let result: String = try withFormatErrors {
        if args.tag == .SW_TAG_OBJ && args.obj.pointee.type.pointee.kind == .SW_KIND_TUPLE {
            return try SwoopFormatting.percentFormat(fmt, args: Tuple.array(args).map(percentArg))
        }
        if isPercentMapping(args) {
            return try SwoopFormatting.percentFormat(fmt, arg: percentArg(args), mapping: { key in
                percentArg(try Ops.getItem(args, Str.make(key)))
            })
        }
        return try SwoopFormatting.percentFormat(fmt, arg: percentArg(args))
    }
    return Str.make(result)
}

// MARK: - str.format / str.format_map

/// `format.format(*args, **kwargs)`: `args.positional` are the replacement arguments (the
/// format string itself is not among them), `args.keywords` the named ones.
public func strFormatMethod(_ format: Value, _ args: inout Args) throws -> Value {
    var f = FormatMethod(format: format, positional: args.positional, keywords: args.keywords, mapping: nil)
    return try f.run()
}

/// `format.format_map(mapping)`.
public func strFormatMap(_ format: Value, _ mapping: Value) throws -> Value {
    var f = FormatMethod(format: format, positional: nil, keywords: [], mapping: mapping)
    return try f.run()
}

/// A port of CPython's Objects/stringlib/unicode_format.h over the UTF-8 bytes of the
/// format string (every character with a meaning to it is ASCII).
struct FormatMethod {
    let format: Value
    let b: UnsafeBufferPointer<UInt8>
    /// nil for format_map, which allows no positional fields.
    let positional: [Value]?
    let keywords: [(name: String, value: Value)]
    let mapping: Value?
    enum AutoNumbering { case unknown, automatic, manual }
    var numbering = AutoNumbering.unknown
    var nextAuto = 0

    init(format: Value, positional: [Value]?, keywords: [(name: String, value: Value)], mapping: Value?) {
        self.format = format
        self.b = Str.buffer(format)
        self.positional = positional
        self.keywords = keywords
        self.mapping = mapping
    }

    mutating func run() throws -> Value {
        // No braces at all: the result is the format string.
        var braces = false
        for x in b where x == 123 || x == 125 { braces = true; break }
        if !braces { return format }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 32)
        try build(0, b.count, depth: 2, &out)
        return Str.make(bytes: out)
    }

    static let lbrace: UInt8 = 123, rbrace: UInt8 = 125

    /// build_string / do_markup / MarkupIterator_next.
    mutating func build(_ start: Int, _ end: Int, depth: Int, _ out: inout [UInt8]) throws {
        if depth <= 0 { throw valueError("Max string recursion exceeded") }
        var pos = start
        while pos < end {
            let literalStart = pos
            var c: UInt8 = 0
            var markup = false
            while pos < end {
                c = b[pos]
                pos += 1
                if c == Self.lbrace || c == Self.rbrace { markup = true; break }
            }
            let atEnd = pos >= end
            var len = pos - literalStart
            if markup && c == Self.rbrace && (atEnd || b[pos] != Self.rbrace) {
                throw valueError("Single '}' encountered in format string")
            }
            if markup && atEnd && c == Self.lbrace {
                throw valueError("Single '{' encountered in format string")
            }
            if !atEnd {
                if b[pos] == c {
                    pos += 1
                    markup = false
                } else {
                    len -= 1
                }
            }
            if len > 0 { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[literalStart..<(literalStart + len)])) }
            if !markup { continue }
            try field(&pos, end, depth: depth, &out)
        }
    }

    /// parse_field + output_markup for the field starting right after a '{'.
    mutating func field(_ pos: inout Int, _ end: Int, depth: Int, _ out: inout [UInt8]) throws {
        let nameStart = pos
        var c: UInt8 = 0
        var stopped = false
        scan: while pos < end {
            c = b[pos]
            pos += 1
            switch c {
            case Self.lbrace:
                throw valueError("unexpected '{' in field name")
            case 91: // '['
                while pos < end && b[pos] != 93 { pos += 1 }
            case Self.rbrace, 58, 33: // '}' ':' '!'
                stopped = true
                break scan
            default:
                break
            }
        }
        let nameEnd = pos - 1
        var conversion: UInt32 = 0
        var specStart = 0, specEnd = 0
        var expandSpec = false
        if stopped && (c == 33 || c == 58) {
            var specFollows = true
            if c == 33 {
                if pos >= end { throw valueError("end of string while looking for conversion specifier") }
                conversion = StrKit.decode(b, &pos)
                if pos < end {
                    let d = b[pos]
                    pos += 1
                    if d == Self.rbrace {
                        specFollows = false
                    } else if d != 58 {
                        throw valueError("expected ':' after conversion specifier")
                    }
                }
            }
            if specFollows {
                specStart = pos
                var count = 1
                var closed = false
                while pos < end {
                    let d = b[pos]
                    pos += 1
                    if d == Self.lbrace {
                        expandSpec = true
                        count += 1
                    } else if d == Self.rbrace {
                        count -= 1
                        if count == 0 {
                            specEnd = pos - 1
                            closed = true
                            break
                        }
                    }
                }
                if !closed { throw valueError("unmatched '{' in format spec") }
            }
        } else if !(stopped && c == Self.rbrace) {
            throw valueError("expected '}' before end of string")
        }

        var obj = try fieldObject(nameStart, nameEnd)
        Heap.tempRoots.append(obj)
        defer { Heap.tempRoots.removeLast() }
        if conversion != 0 {
            switch conversion {
            case 114: obj = try Ops.repr(obj)   // r
            case 115: obj = try Ops.str(obj)    // s
            case 97: obj = try asciiRepr(obj)   // a
            default:
                if conversion > 32 && conversion < 127 {
                    throw valueError("Unknown conversion specifier \(Character(Unicode.Scalar(UInt8(conversion))))")
                }
                throw valueError("Unknown conversion specifier \\x\(String(conversion, radix: 16))")
            }
            Heap.tempRoots[Heap.tempRoots.count - 1] = obj
        }
        var spec: [UInt8]
        if expandSpec {
            spec = []
            try build(specStart, specEnd, depth: depth - 1, &spec)
        } else {
            spec = specEnd > specStart ? Array(UnsafeBufferPointer(rebasing: b[specStart..<specEnd])) : []
        }
        if spec.isEmpty && StrKit.isExactStr(obj) {
            out.append(contentsOf: Str.buffer(obj))
            return
        }
        let r = try formatValue(obj, spec: String(decoding: spec, as: UTF8.self))
        out.append(contentsOf: Str.buffer(r))
    }

    /// get_integer: the field name as a non-negative decimal number, or -1.
    func integer(_ from: Int, _ to: Int) throws -> Int {
        if from >= to { return -1 }
        var acc = 0
        var i = from
        while i < to {
            let d = UChar.decimalValue(StrKit.decode(b, &i))
            if d < 0 { return -1 }
            if acc > (Int.max - d) / 10 { throw valueError("Too many decimal digits in format string") }
            acc = acc * 10 + d
        }
        return acc
    }

    func text(_ from: Int, _ to: Int) -> Value {
        to > from ? Str.make(utf8: UnsafeBufferPointer(rebasing: b[from..<to])) : StrKit.empty
    }

    /// get_field_object: the argument named by the field, then its .attr and [key] parts.
    mutating func fieldObject(_ start: Int, _ end: Int) throws -> Value {
        var i = start
        while i < end && b[i] != 91 && b[i] != 46 { i += 1 }   // '[' '.'
        var index = try integer(start, i)
        let nameIsEmpty = i == start
        let numeric = nameIsEmpty || index != -1
        if numbering == .unknown && numeric { numbering = nameIsEmpty ? .automatic : .manual }
        if numeric {
            if numbering == .manual && nameIsEmpty {
                throw valueError("cannot switch from manual field specification to automatic field numbering")
            }
            if numbering == .automatic && !nameIsEmpty {
                throw valueError("cannot switch from automatic field numbering to manual field specification")
            }
        }
        if nameIsEmpty {
            index = nextAuto
            nextAuto += 1
        }

        var obj: Value
        if index == -1 {
            let key = text(start, i)
            if let mapping {
                obj = try Ops.getItem(mapping, key)
            } else {
                let name = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                guard let kw = keywords.first(where: { $0.name == name }) else { throw keyError(key) }
                obj = kw.value
            }
        } else {
            guard let positional else { throw valueError("Format string contains positional fields") }
            guard index < positional.count else {
                throw indexError("Replacement index \(index) out of range for positional args tuple")
            }
            obj = positional[index]
        }

        // The rest: .name or [key] parts, looked up one at a time.
        var r = i
        while r < end {
            let c = b[r]
            r += 1
            let partStart: Int, partEnd: Int
            let isAttribute: Bool
            if c == 46 {          // '.'
                isAttribute = true
                partStart = r
                while r < end && b[r] != 91 && b[r] != 46 { r += 1 }
                partEnd = r
            } else if c == 91 {   // '['
                isAttribute = false
                partStart = r
                var closed = false
                while r < end {
                    let d = b[r]
                    r += 1
                    if d == 93 { closed = true; break }
                }
                if !closed { throw valueError("Missing ']' in format string") }
                partEnd = r - 1
            } else {
                throw valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
            let partIndex = isAttribute ? -1 : try integer(partStart, partEnd)
            if partStart == partEnd { throw valueError("Empty attribute in format string") }
            Heap.tempRoots.append(obj)
            defer { Heap.tempRoots.removeLast() }
            if isAttribute {
                obj = try Ops.getAttr(obj, text(partStart, partEnd))
            } else if partIndex == -1 {
                obj = try Ops.getItem(obj, text(partStart, partEnd))
            } else {
                obj = try Ops.getItem(obj, Value(int: partIndex))
            }
        }
        return obj
    }
}
