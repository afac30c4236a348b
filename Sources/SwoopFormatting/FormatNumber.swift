// format() of ints and floats: float.__format__ and int.__format__.

/// `format(x, spec)` for a float. `typeName` is the object's Python type for error messages
/// ("float", or a subclass's name).
///
/// An empty spec gives `repr(x)`; for a float subclass the runtime should call `str(x)` itself
/// instead, as CPython does.
public func formatFloat(_ x: Double, spec: FormatSpec, typeName: String = "float") throws -> String {
    if spec.isEmpty { return pythonFloatRepr(x) }
    switch spec.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%":
        return try formatFloatValue(x, spec: spec)
    case let t?:
        throw unknownFormatCode(t, typeName: typeName)
    }
}

/// Convenience: parses `spec` and formats `x`.
public func formatFloat(_ x: Double, spec: String, typeName: String = "float") throws -> String {
    try formatFloat(x, spec: FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}

/// `format(n, spec)` for an int. Types b c d o x X n and none format the integer; e E f F g G %
/// convert it to float first (OverflowError "int too large to convert to float" when it can't).
///
/// An empty spec gives `str(n)`; for int subclasses such as bool the runtime should call
/// `str(obj)` itself instead ("True", not "1"), as CPython does.
public func formatInteger(_ value: IntegerValue, spec: FormatSpec, typeName: String = "int") throws -> String {
    if spec.isEmpty { return value.decimalString }
    switch spec.type ?? "d" {
    case "b", "c", "d", "o", "x", "X", "n":
        return try formatIntegerValue(value, spec: spec)
    case "e", "E", "f", "F", "g", "G", "%":
        return try formatFloatValue(value.toDouble(), spec: spec)
    case let t:
        throw unknownFormatCode(t, typeName: typeName)
    }
}

/// `format(n, spec)` for an int that fits in 64 bits.
public func formatInteger(_ value: Int, spec: FormatSpec, typeName: String = "int") throws -> String {
    try formatInteger(.small(value), spec: spec, typeName: typeName)
}

/// `format(n, spec)` for an int given as sign and 64-bit magnitude.
public func formatInteger(negative: Bool, magnitude: UInt64, spec: FormatSpec, typeName: String = "int") throws -> String {
    try formatInteger(IntegerValue(negative: negative, magnitude: magnitude), spec: spec, typeName: typeName)
}

/// `format(n, spec)` for an int of any size: `magnitudeDigits(radix)` returns |n| in radix 2, 8,
/// 10 or 16 (lowercase, no prefix), e.g. from GMP's mpz_get_str.
public func formatInteger(negative: Bool, magnitudeDigits: @escaping (_ radix: Int) -> String,
                          spec: FormatSpec, typeName: String = "int") throws -> String {
    try formatInteger(.big(negative: negative, digits: magnitudeDigits), spec: spec, typeName: typeName)
}

/// Convenience: parses `spec` and formats `value`.
public func formatInteger(_ value: IntegerValue, spec: String, typeName: String = "int") throws -> String {
    try formatInteger(value, spec: FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}

func unknownFormatCode(_ t: Unicode.Scalar, typeName: String) -> FormatError {
    FormatError.value("Unknown format code '\(describeCodePoint(t, below: 128))' for object of type '\(typeName.prefix(200))'")
}

/// CPython's limit on a float or complex format's precision.
func checkPrecision(_ spec: FormatSpec) throws {
    if let p = spec.precision, p > Int(Int32.max) {
        throw FormatError.value("precision too big")
    }
}

/// The conversion flags a float or complex format spec asks for ('#' and 'z').
func conversionFlags(_ spec: FormatSpec) -> FloatConversionFlags {
    var flags: FloatConversionFlags = []
    if spec.alternate { flags.insert(.alternate) }
    if spec.coerceNegativeZero { flags.insert(.noNegativeZero) }
    return flags
}

/// The float path once the type is known to be a float type (or none).
func formatFloatValue(_ x: Double, spec: FormatSpec) throws -> String {
    try checkPrecision(spec)
    var flags = conversionFlags(spec)

    var code: UInt8
    var defaultPrecision = 6
    var value = x
    var percent = false
    switch spec.type {
    case nil:
        // Like repr, but a given precision switches to 'g' that still keeps a ".0".
        flags.insert(.addDotZero)
        code = UInt8(ascii: "r")
        defaultPrecision = 0
    case "n"?:
        code = UInt8(ascii: "g")
    case "%"?:
        code = UInt8(ascii: "f")
        value *= 100
        percent = true
    case let t?:
        code = UInt8(t.value)
    }
    var precision = defaultPrecision
    if let p = spec.precision {
        precision = p
        if code == UInt8(ascii: "r") { code = UInt8(ascii: "g") }
    }

    var text = doubleToASCII(value, code: code, precision: precision, flags: flags)
    if percent { text.append(UInt8(ascii: "%")) }

    var start = 0
    var negative = false
    if text.first == UInt8(ascii: "-") {
        negative = true
        start = 1
    }
    var digitsEnd = start
    while digitsEnd < text.count && text[digitsEnd] >= UInt8(ascii: "0") && text[digitsEnd] <= UInt8(ascii: "9") {
        digitsEnd += 1
    }
    let layout = NumberLayout(spec)
    return layout.render(negative: negative, prefix: [], digits: text[start..<digitsEnd],
                         tail: text[digitsEnd...], tailWidth: text.count - digitsEnd)
}

/// The integer path for types b c d o x X n.
func formatIntegerValue(_ value: IntegerValue, spec: FormatSpec) throws -> String {
    if spec.precision != nil {
        throw FormatError.value("Precision not allowed in integer format specifier")
    }
    if spec.coerceNegativeZero {
        throw FormatError.value("Negative zero coercion (z) not allowed in integer format specifier")
    }
    let type = spec.type ?? "d"
    if type == "c" {
        if spec.sign != nil {
            throw FormatError.value("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw FormatError.value("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = value.asCLong else {
            throw FormatError.overflow("Python int too large to convert to C long")
        }
        guard code >= 0, code <= 0x10FFFF else {
            throw FormatError.overflow("%c arg not in range(0x110000)")
        }
        // Surrogates cannot live in a Swift String; U+FFFD stands in for them.
        let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
        let tail = Array(String(Character(scalar)).utf8)
        return NumberLayout(spec).render(negative: false, prefix: [], digits: [], tail: tail[...], tailWidth: 1)
    }

    let radix: Int
    var prefix: [UInt8] = []
    switch type {
    case "b": radix = 2; prefix = Array("0b".utf8)
    case "o": radix = 8; prefix = Array("0o".utf8)
    case "x": radix = 16; prefix = Array("0x".utf8)
    case "X": radix = 16; prefix = Array("0X".utf8)
    default: radix = 10
    }
    if !spec.alternate { prefix = [] }
    var digits = value.magnitudeDigits(radix: radix)
    if type == "X" {
        for i in digits.indices where digits[i] >= UInt8(ascii: "a") { digits[i] -= 32 }
    }
    let layout = NumberLayout(spec, groupSize: radix == 10 ? 3 : 4)
    return layout.render(negative: value.isNegative, prefix: prefix, digits: digits[...], tail: [], tailWidth: 0)
}
