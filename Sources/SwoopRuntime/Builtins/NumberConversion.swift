// NumberConversion.swift — int/float from strings and floats, and round(), as CPython does them.
import CGMP
import Glibc

/// str.isspace() for one code point.
func isPythonSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ',
/// Unicode decimal digits their ASCII digit, anything else non-ASCII an invalid byte.
func asciiNumberText(_ s: Value) -> [UInt8] {
    if Str.isASCII(s) { return Array(Str.buffer(s)) }
    var out: [UInt8] = []
    for c in Str.swift(s).unicodeScalars {
        if c.value < 128 { out.append(UInt8(c.value)) }
        else if isPythonSpace(c) { out.append(0x20) }
        else if c.properties.numericType == .decimal, let v = c.properties.numericValue { out.append(UInt8(0x30 + Int(v))) }
        else { out.append(0x3F) }
    }
    return out
}

@inline(__always) private func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }

@inline(__always) private func digitValue(_ b: UInt8) -> Int {
    switch b {
    case 0x30...0x39: return Int(b - 0x30)
    case 0x61...0x7A: return Int(b - 0x61 + 10)
    case 0x41...0x5A: return Int(b - 0x41 + 10)
    default: return 99
    }
}

/// The repr CPython quotes in int()'s error: `%.200R`, the repr cut to 200 characters.
private func quotedForError(_ s: Value) throws -> String {
    let r = try Ops.reprString(s)
    let scalars = r.unicodeScalars
    if scalars.count <= 200 { return r }
    return String(String.UnicodeScalarView(scalars.prefix(200)))
}

/// int(s, base) for a str `s`; `base` is 0 or 2...36.
func parseInt(_ s: Value, base originalBase: Int) throws -> Value {
    let text = asciiNumberText(s)
    let n = text.count
    func invalid() throws -> PyError {
        let quoted = try quotedForError(s)
        return valueError("invalid literal for int() with base \(originalBase): \(quoted)")
    }
    @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? text[i] : 0 }
    var i = 0
    while i < n && isASCIISpace(text[i]) { i += 1 }
    var negative = false
    if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") {
        negative = at(i) == UInt8(ascii: "-")
        i += 1
    }
    var base = originalBase
    var zerosOnly = false
    if base == 0 {
        let c1 = at(i + 1) | 0x20
        if at(i) != UInt8(ascii: "0") { base = 10 }
        else if c1 == UInt8(ascii: "x") { base = 16 }
        else if c1 == UInt8(ascii: "o") { base = 8 }
        else if c1 == UInt8(ascii: "b") { base = 2 }
        else { base = 10; zerosOnly = true }
    }
    if at(i) == UInt8(ascii: "0") {
        let c1 = at(i + 1) | 0x20
        if (base == 16 && c1 == UInt8(ascii: "x")) || (base == 8 && c1 == UInt8(ascii: "o")) || (base == 2 && c1 == UInt8(ascii: "b")) {
            i += 2
            if at(i) == UInt8(ascii: "_") { i += 1 }
        }
    }
    if at(i) == UInt8(ascii: "_") { throw try invalid() }
    var digits: [UInt8] = []
    var prev: UInt8 = 0
    while i < n {
        let c = text[i]
        if c == UInt8(ascii: "_") {
            if prev == UInt8(ascii: "_") { throw try invalid() }
        } else if digitValue(c) < base {
            digits.append(c)
        } else {
            break
        }
        prev = c
        i += 1
    }
    if prev == UInt8(ascii: "_") || digits.isEmpty { throw try invalid() }
    if base & (base - 1) != 0 {
        let limit = Runtime.intMaxStrDigits
        if limit > 0 && digits.count > limit {
            throw valueError("Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
    }
    while i < n && isASCIISpace(text[i]) { i += 1 }
    if i != n { throw try invalid() }
    if zerosOnly && digits.contains(where: { $0 != UInt8(ascii: "0") }) { throw try invalid() }
    // Small values without GMP.
    var acc: Int64 = 0
    var overflow = false
    for c in digits {
        let (m, o1) = acc.multipliedReportingOverflow(by: Int64(base))
        let (a, o2) = m.addingReportingOverflow(Int64(digitValue(c)))
        if o1 || o2 { overflow = true; break }
        acc = a
    }
    if !overflow { return Value(int: negative ? -acc : acc) }
    let z = Z()
    var cstr = digits.map { CChar(bitPattern: $0) }
    cstr.append(0)
    _ = __gmpz_set_str(&z.z, cstr, Int32(base))
    if negative { inPlace(z) { __gmpz_neg($0, $0) } }
    return BigInt.value(z)
}

/// float(s) for a str `s`: decimal literals with single underscores between digits,
/// inf/infinity/nan in any case, surrounding whitespace.
func parseFloat(_ s: Value) throws -> Double {
    var text = asciiNumberText(s)
    func invalid() throws -> PyError {
        let quoted = try Ops.reprString(s)
        return valueError("could not convert string to float: \(quoted)")
    }
    while let f = text.first, isASCIISpace(f) { text.removeFirst() }
    while let l = text.last, isASCIISpace(l) { text.removeLast() }
    // Underscores: only directly between two digits.
    if text.contains(UInt8(ascii: "_")) {
        var cleaned: [UInt8] = []
        for (k, c) in text.enumerated() {
            if c == UInt8(ascii: "_") {
                let before = k > 0 && text[k - 1] >= 0x30 && text[k - 1] <= 0x39
                let after = k + 1 < text.count && text[k + 1] >= 0x30 && text[k + 1] <= 0x39
                if !before || !after { throw try invalid() }
            } else {
                cleaned.append(c)
            }
        }
        text = cleaned
    }
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    let word = String(decoding: text[i...], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return Num.freshNaN(negative: negative) }
    func isDigit(_ k: Int) -> Bool { k < text.count && text[k] >= 0x30 && text[k] <= 0x39 }
    var mantissaDigits = 0
    while isDigit(i) { i += 1; mantissaDigits += 1 }
    if i < text.count && text[i] == UInt8(ascii: ".") {
        i += 1
        while isDigit(i) { i += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { throw try invalid() }
    if i < text.count && (text[i] | 0x20) == UInt8(ascii: "e") {
        i += 1
        if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
        if !isDigit(i) { throw try invalid() }
        while isDigit(i) { i += 1 }
    }
    if i != text.count { throw try invalid() }
    text.append(0)
    // glibc's strtod is correctly rounded and overflows to ±inf, as Python's parser does.
    return text.withUnsafeBufferPointer { buf in
        buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { strtod($0, nil) }
    }
}

/// int(x) for a float: truncation toward zero, exact for large values.
func intFromDouble(_ d: Double) throws -> Value {
    if d.isNaN { throw valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
    if Swift.abs(d) < 9.2e18 { return Value(int: Int64(d)) }
    let z = Z()
    __gmpz_set_d(&z.z, d)
    return BigInt.value(z)
}

/// 10**n as a GMP integer.
private func powerOfTen(_ n: Int) -> Z {
    let z = Z()
    __gmpz_ui_pow_ui(&z.z, 10, UInt(n))
    return z
}

/// round(x, n) for a float: CPython rounds the exact binary value half-to-even at the
/// n-th decimal, then converts the decimal result back correctly rounded.
func roundDouble(_ x: Double, _ n: Int) throws -> Double {
    if n > 323 { return x }
    if n < -308 { return 0.0 * x }
    if x == 0 || !x.isFinite { return x }
    // |x| = m * 2**e exactly.
    var e: Int32 = 0
    let f = frexp(Swift.abs(x), &e)
    let m = UInt64(scalbn(f, 53))
    let exp2 = Int(e) - 53
    let num = Z(), den = Z(1)
    __gmpz_set_ui(&num.z, UInt(m))
    if exp2 >= 0 { inPlace(num) { __gmpz_mul_2exp($0, $0, mp_bitcnt_t(exp2)) } } else { inPlace(den) { __gmpz_mul_2exp($0, $0, mp_bitcnt_t(-exp2)) } }
    let p = powerOfTen(Swift.abs(n))
    if n >= 0 { inPlace(num) { __gmpz_mul($0, $0, &p.z) } } else { inPlace(den) { __gmpz_mul($0, $0, &p.z) } }
    let q = Z(), r = Z()
    __gmpz_tdiv_qr(&q.z, &r.z, &num.z, &den.z)
    inPlace(r) { __gmpz_mul_2exp($0, $0, 1) }
    let c = __gmpz_cmp(&r.z, &den.z)
    if c > 0 || (c == 0 && __gmpz_tstbit(&q.z, 0) == 1) { inPlace(q) { __gmpz_add_ui($0, $0, 1) } }
    let text = (x < 0 ? "-" : "") + q.toString() + "e" + String(-n)
    let result = strtod(text, nil)
    if result.isInfinite { throw overflowError("rounded value too large to represent") }
    return result
}

/// round(x) for a float: nearest int, ties to even.
func roundDoubleToInt(_ x: Double) throws -> Value {
    try intFromDouble(x.rounded(.toNearestOrEven))
}

/// round(i, n) for an int with n < 0: to a multiple of 10**-n, ties to even.
func roundInt(_ v: Value, _ n: Int) -> Value {
    if n >= 0 { return asPlainInt(v) }
    let x = BigInt.z(v)
    let p = powerOfTen(-n)
    let q = Z(), r = Z()
    __gmpz_fdiv_qr(&q.z, &r.z, &x.z, &p.z)
    inPlace(r) { __gmpz_mul_2exp($0, $0, 1) }
    let c = __gmpz_cmp(&r.z, &p.z)
    if c > 0 || (c == 0 && __gmpz_tstbit(&q.z, 0) == 1) { inPlace(q) { __gmpz_add_ui($0, $0, 1) } }
    inPlace(q) { __gmpz_mul($0, $0, &p.z) }
    return BigInt.value(q)
}

/// int(x) for any value (the one-argument constructor).
func intFromValue(_ x: Value) throws -> Value {
    switch x.tag {
    case .SW_TAG_INT: return x
    case .SW_TAG_BOOL: return Value(int: x.bool ? 1 : 0)
    case .SW_TAG_FLOAT: return try intFromDouble(x.float)
    default: break
    }
    if BigInt.isBig(x) { return x }
    if isStr(x) { return try parseInt(x, base: 10) }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let r = try callSpecial(x, Str.intern(name)) {
            if isIntLike(r) { return asPlainInt(r) }
            throw typeError("\(name) returned non-int (type \(Ops.typeName(r)))")
        }
    }
    throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(Ops.typeName(x))'")
}

/// float(x) for any value.
func floatFromValue(_ x: Value) throws -> Double {
    if Num.isNumber(x) { return try Num.toDouble(x) }
    if isStr(x) { return try parseFloat(x) }
    if let r = try callSpecial(x, SN.__float__) {
        if r.tag == .SW_TAG_FLOAT { return r.float }
        throw typeError("\(Ops.typeName(x)).__float__ returned non-float (type \(Ops.typeName(r)))")
    }
    if let r = try callSpecial(x, SN.__index__), isIntLike(r) { return try Num.toDouble(r) }
    throw typeError("float() argument must be a string or a real number, not '\(Ops.typeName(x))'")
}

/// An int-like argument as GMP (for math functions and big-int formatting).
func indexZ(_ v: Value) throws -> Z {
    if isIntLike(v) { return BigInt.z(v) }
    if let r = try callSpecial(v, SN.__index__), isIntLike(r) { return BigInt.z(r) }
    throw typeError("'\(Ops.typeName(v))' object cannot be interpreted as an integer")
}

/// An int-like argument as a Python int value (bool → int).
func indexValue(_ v: Value) throws -> Value {
    if isIntLike(v) { return asPlainInt(v) }
    if let r = try callSpecial(v, SN.__index__), isIntLike(r) { return asPlainInt(r) }
    throw typeError("'\(Ops.typeName(v))' object cannot be interpreted as an integer")
}
