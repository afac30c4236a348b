// printf-style `str % args`.

/// `format % args` where `args` is a tuple.
public func percentFormat(_ format: String, args: [PercentArg]) throws -> String {
    var formatter = PercentFormatter(format: format, tuple: args, single: nil, mapping: nil)
    return try formatter.run()
}

/// `format % arg` where `arg` is not a tuple. Pass `mapping` when `arg` is a mapping in
/// CPython's sense (it has `__getitem__` and is neither a tuple nor a str; note a list counts):
/// it looks a `%(key)` up, raising the runtime's KeyError itself. With a mapping, leftover
/// arguments are not an error, so `'abc' % {}` and `'abc' % []` are fine while `'abc' % 5` is not.
public func percentFormat(_ format: String, arg: PercentArg,
                          mapping: ((String) throws -> PercentArg)? = nil) throws -> String {
    var formatter = PercentFormatter(format: format, tuple: [], single: arg, mapping: mapping)
    return try formatter.run()
}

/// CPython keeps an argument cursor that treats a non-tuple operand as a one-item sequence
/// (index -2 → -1) and resets to that state after every `%(key)` lookup, whose result becomes
/// the operand; this mirrors that so mixtures like '%s %(a)s' behave identically.
struct PercentFormatter {
    let f: [UInt8]
    let tuple: [PercentArg]
    var single: PercentArg?
    let mapping: ((String) throws -> PercentArg)?
    var argIndex: Int
    var argCount: Int
    var out: [UInt8] = []

    init(format: String, tuple: [PercentArg], single: PercentArg?, mapping: ((String) throws -> PercentArg)?) {
        f = Array(format.utf8)
        self.tuple = tuple
        self.single = single
        self.mapping = mapping
        if single == nil {
            argIndex = 0
            argCount = tuple.count
        } else {
            argIndex = -2
            argCount = -1
        }
        out.reserveCapacity(f.count + 16)
    }

    mutating func nextArg() throws -> PercentArg {
        guard argIndex < argCount else {
            throw FormatError.type("not enough arguments for format string")
        }
        argIndex += 1
        return argCount < 0 ? single! : tuple[argIndex - 1]
    }

    struct Flags {
        var leftJustify = false, sign = false, blank = false, alternate = false, zero = false
    }

    mutating func run() throws -> String {
        var pos = 0
        let n = f.count
        while pos < n {
            // Copy the literal run up to the next '%'.
            let start = pos
            while pos < n && f[pos] != UInt8(ascii: "%") { pos += 1 }
            if pos > start { out.append(contentsOf: f[start..<pos]) }
            if pos == n { break }
            pos += 1
            guard pos < n else { throw FormatError.value("incomplete format") }
            if f[pos] == UInt8(ascii: "%") {
                out.append(UInt8(ascii: "%"))
                pos += 1
                continue
            }
            try conversion(&pos)
        }
        if argIndex < argCount && mapping == nil {
            throw FormatError.type("not all arguments converted during string formatting")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses and renders one conversion; `pos` is just past the '%'.
    mutating func conversion(_ pos: inout Int) throws {
        let n = f.count
        if f[pos] == UInt8(ascii: "(") {
            guard let mapping else { throw FormatError.type("format requires a mapping") }
            pos += 1
            let keyStart = pos
            var depth = 1
            while pos < n {
                if f[pos] == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { break }
                } else if f[pos] == UInt8(ascii: "(") {
                    depth += 1
                }
                pos += 1
            }
            guard pos < n else { throw FormatError.value("incomplete format key") }
            let key = String(decoding: f[keyStart..<pos], as: UTF8.self)
            pos += 1
            single = try mapping(key)
            argCount = -1
            argIndex = -2
        }

        var flags = Flags()
        flagLoop: while pos < n {
            switch f[pos] {
            case UInt8(ascii: "-"): flags.leftJustify = true
            case UInt8(ascii: "+"): flags.sign = true
            case UInt8(ascii: " "): flags.blank = true
            case UInt8(ascii: "#"): flags.alternate = true
            case UInt8(ascii: "0"): flags.zero = true
            default: break flagLoop
            }
            pos += 1
        }

        var width = -1
        var precision = -1
        if pos < n && f[pos] == UInt8(ascii: "*") {
            width = try starValue(forPrecision: false)
            if width < 0 {
                flags.leftJustify = true
                width = width == Int.min ? Int.max : -width
            }
            pos += 1
        } else if pos < n && isDigit(f[pos]) {
            width = 0
            while pos < n && isDigit(f[pos]) {
                let d = Int(f[pos] - UInt8(ascii: "0"))
                if width > (Int.max - d) / 10 { throw FormatError.value("width too big") }
                width = width * 10 + d
                pos += 1
            }
        }
        if pos < n && f[pos] == UInt8(ascii: ".") {
            precision = 0
            pos += 1
            if pos < n && f[pos] == UInt8(ascii: "*") {
                precision = max(0, try starValue(forPrecision: true))
                pos += 1
            } else {
                while pos < n && isDigit(f[pos]) {
                    let d = Int(f[pos] - UInt8(ascii: "0"))
                    if precision > (Int(Int32.max) - d) / 10 { throw FormatError.value("precision too big") }
                    precision = precision * 10 + d
                    pos += 1
                }
            }
        }
        // C length modifiers are accepted and ignored.
        if pos < n && (f[pos] == UInt8(ascii: "h") || f[pos] == UInt8(ascii: "l") || f[pos] == UInt8(ascii: "L")) {
            pos += 1
        }
        guard pos < n else { throw FormatError.value("incomplete format") }

        let (code, length) = scalar(at: pos)
        let codeIndex = codePointIndex(of: pos)
        pos += length
        let arg = try nextArg()

        var text: [UInt8]
        var numeric = false
        switch code {
        case "s", "r", "a":
            let s = code == "s" ? try arg.str() : code == "r" ? try arg.repr() : try arg.ascii()
            try emit(truncate(s, to: precision), numeric: false, flags: flags, width: width, code: code)
            return
        case "d", "i", "u", "o", "x", "X":
            text = try integerText(arg, code: code, flags: flags, precision: precision)
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            guard let x = try arg.doubleForConversion() else {
                throw FormatError.type("must be real number, not \(arg.typeName)")
            }
            var conversionFlags: FloatConversionFlags = []
            if flags.alternate { conversionFlags.insert(.alternate) }
            text = doubleToASCII(x, code: UInt8(code.value), precision: precision < 0 ? 6 : precision,
                                 flags: conversionFlags)
            numeric = true
        case "c":
            let c = try character(arg)
            text = Array(String(Character(c)).utf8)
        default:
            let shown = code.value >= 31 && code.value <= 126 ? String(Character(code)) : "?"
            throw FormatError.value("unsupported format character '\(shown)' (0x\(String(code.value, radix: 16))) at index \(codeIndex)")
        }
        try emit(text, numeric: numeric, flags: flags, width: width, code: code)
    }

    /// The next argument as a '*' width (ssize_t) or precision (C int).
    mutating func starValue(forPrecision: Bool) throws -> Int {
        let arg = try nextArg()
        guard let v = arg.exactInt else { throw FormatError.type("* wants int") }
        if forPrecision {
            guard let c = v.asCLong, c >= Int(Int32.min), c <= Int(Int32.max) else {
                throw FormatError.overflow("Python int too large to convert to C int")
            }
            return c
        }
        guard let c = v.asCLong else {
            throw FormatError.overflow("Python int too large to convert to C ssize_t")
        }
        return c
    }

    /// %d %i %u %o %x %X: [-][0o|0x|0X][zeros to precision]digits.
    func integerText(_ arg: PercentArg, code: Unicode.Scalar, flags: Flags, precision: Int) throws -> [UInt8] {
        let indexOnly = code == "o" || code == "x" || code == "X"
        guard let value = try arg.integerForConversion(indexOnly: indexOnly) else {
            let need = indexOnly ? "an integer is required" : "a real number is required"
            throw FormatError.type("%\(Character(code)) format: \(need), not \(arg.typeName)")
        }
        let radix = code == "o" ? 8 : indexOnly ? 16 : 10
        var digits = value.magnitudeDigits(radix: radix)
        if code == "X" {
            for i in digits.indices where digits[i] >= UInt8(ascii: "a") { digits[i] -= 32 }
        }
        var text: [UInt8] = []
        text.reserveCapacity(digits.count + 3 + max(0, precision - digits.count))
        if value.isNegative { text.append(UInt8(ascii: "-")) }
        if flags.alternate && indexOnly {
            text.append(UInt8(ascii: "0"))
            text.append(UInt8(code.value))
        }
        if precision > digits.count {
            text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision - digits.count))
        }
        text.append(contentsOf: digits)
        return text
    }

    func character(_ arg: PercentArg) throws -> Unicode.Scalar {
        let wrong = FormatError.type("%c requires int or char")
        var text: String?
        var number: IntegerValue?
        switch arg {
        case .string(let s): text = s
        case .integer(let v): number = v
        case .float: throw wrong
        case .object(let o):
            if let s = o.stringValue {
                text = s
            } else {
                guard let v = try o.intValue ?? o.toInteger(indexOnly: true) else { throw wrong }
                number = v
            }
        }
        if let text {
            var it = text.unicodeScalars.makeIterator()
            guard let c = it.next(), it.next() == nil else { throw wrong }
            return c
        }
        guard let c = number!.asCLong, c >= 0, c <= 0x10FFFF else {
            throw FormatError.overflow("%c arg not in range(0x110000)")
        }
        // Lone surrogates cannot be represented in a Swift String.
        return Unicode.Scalar(UInt32(c)) ?? "\u{FFFD}"
    }

    func truncate(_ s: String, to precision: Int) -> [UInt8] {
        if precision < 0 { return Array(s.utf8) }
        var end = s.unicodeScalars.startIndex
        var count = 0
        while end != s.unicodeScalars.endIndex && count < precision {
            s.unicodeScalars.formIndex(after: &end)
            count += 1
        }
        return Array(Substring(s.unicodeScalars[..<end]).utf8)
    }

    /// Pads and signs one converted value. Numbers take a sign from the text or the flags,
    /// and with '0' (and no '-') pad with zeros between the sign/0x prefix and the digits;
    /// everything else pads with spaces.
    mutating func emit(_ text: [UInt8], numeric: Bool, flags: Flags, width: Int, code: Unicode.Scalar) throws {
        let zeroFill = numeric && flags.zero && !flags.leftJustify
        var body = text[...]
        var sign: UInt8?
        if numeric {
            if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                sign = first
                body = body.dropFirst()
            } else if flags.sign {
                sign = UInt8(ascii: "+")
            } else if flags.blank {
                sign = UInt8(ascii: " ")
            }
        }
        var prefix: ArraySlice<UInt8> = []
        if numeric && flags.alternate && (code == "x" || code == "X" || code == "o") {
            prefix = body.prefix(2)
            body = body.dropFirst(2)
        }
        let bodyLength = numeric ? body.count : body.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let padding = max(0, width - bodyLength - prefix.count - (sign == nil ? 0 : 1))
        if flags.leftJustify {
            if let sign { out.append(sign) }
            out.append(contentsOf: prefix)
            out.append(contentsOf: body)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
        } else if zeroFill {
            if let sign { out.append(sign) }
            out.append(contentsOf: prefix)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: padding))
            out.append(contentsOf: body)
        } else {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
            if let sign { out.append(sign) }
            out.append(contentsOf: prefix)
            out.append(contentsOf: body)
        }
    }

    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Decodes the scalar starting at byte `pos`, returning it and its UTF-8 length.
    func scalar(at pos: Int) -> (Unicode.Scalar, Int) {
        let b = f[pos]
        let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        guard pos + length <= f.count else { return ("\u{FFFD}", 1) }
        var value = length == 1 ? UInt32(b) : UInt32(b) & (0xFF >> UInt32(length + 1))
        for i in 1..<max(length, 1) where length > 1 {
            value = value << 6 | UInt32(f[pos + i] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Python's index (in code points) of the character at byte `pos`.
    func codePointIndex(of pos: Int) -> Int {
        var count = 0
        for i in 0..<pos where f[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
