// BuiltinFunctions.swift — the builtins module's functions (print, len, min, sorted, ...) and its type and exception names.
import CGMP
import Glibc
import SwoopFormatting

private let nameSys = Str.intern("sys")
private let nameStdout = Str.intern("stdout")
private let nameWrite = Str.intern("write")

/// sys.stdout as the program currently sees it (it may have been reassigned).
func currentStdout() -> Value {
    if Modules.sysModules.tag == .SW_TAG_OBJ, let sys = Dict.getStr(Modules.sysModules, nameSys),
       let out = Dict.getStr(Modules.dict(sys), nameStdout) {
        return out
    }
    return Modules.sysStdout
}

/// Writes text to a file object: the runtime's own stdout/stderr directly, anything else
/// through its write() method.
func writeText(_ file: Value, _ text: String) throws {
    if file.identical(Modules.sysStdout) || file.identical(Modules.sysStderr) || file.isNone {
        Output.write(file, text)
        return
    }
    _ = try Ops.call(try Ops.getAttr(file, nameWrite), [Str.make(text)])
}

func isCallable(_ v: Value) -> Bool {
    guard v.tag == .SW_TAG_OBJ else { return false }
    let t = v.obj.pointee.type
    if t == T.function || t == T.builtinFunction || t.pointee.kind == .SW_KIND_TYPE { return true }
    if let m = T.byName["method"], t == m { return true }
    return Types.lookup(t, Str.intern("__call__")) != nil
}

@inline(__always) private func greaterThan(_ a: Value, _ b: Value) throws -> Bool {
    if a.tag == .SW_TAG_INT && b.tag == .SW_TAG_INT { return a.int > b.int }
    if a.tag == .SW_TAG_FLOAT && b.tag == .SW_TAG_FLOAT { return a.float > b.float }
    return try Ops.truthy(try Ops.compare(.gt, a, b))
}

/// min() and max(): one iterable or several arguments, key= and default=.
private func minMax(_ args: Args, isMin: Bool) throws -> Value {
    let name = isMin ? "min" : "max"
    try args.checkKeywords(name, ["key", "default"])
    if args.count == 0 { throw typeError("\(name) expected at least 1 argument, got 0") }
    var key = args.keyword("key")
    if let k = key, k.isNone { key = nil }
    let dflt = args.keyword("default")
    if args.count > 1 && dflt != nil {
        throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
    }
    let source = args.count == 1 ? args[0] : Tuple.make(args.positional)
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(source)
    let bestSlot = roots.add(.unbound), keySlot = roots.add(.unbound)
    var best = Value.unbound, bestKey = Value.unbound
    try forEach(source) { x in
        let k = key == nil ? x : try Ops.call(key!, [x])
        if best.isUnbound {
            best = x; bestKey = k
        } else if try (isMin ? Ops.lessThan(k, bestKey) : greaterThan(k, bestKey)) {
            best = x; bestKey = k
        } else {
            return true
        }
        roots.set(bestSlot, best)
        roots.set(keySlot, bestKey)
        return true
    }
    if best.isUnbound {
        if let d = dflt { return d }
        throw valueError("\(name)() arg is an empty sequence")
    }
    return best
}

private func builtinSum(_ args: Args) throws -> Value {
    let total = args.count + args.keywords.count
    if args.count == 0 { throw typeError("sum() takes at least 1 positional argument (0 given)") }
    if total > 2 { throw typeError("sum() takes at most 2 arguments (\(total) given)") }
    try args.checkKeywords("sum", ["start"])
    var acc = args.arg(1, "start") ?? Value(int: 0)
    if isStr(acc) { throw typeError("sum() can't sum strings [use ''.join(seq) instead]") }
    if acc.tag == .SW_TAG_OBJ && (Types.name(acc.obj.pointee.type) == "bytes" || Types.name(acc.obj.pointee.type) == "bytearray") {
        throw typeError("sum() can't sum \(Types.name(acc.obj.pointee.type)) [use b''.join(seq) instead]")
    }
    let roots = TempRoots()
    defer { roots.release() }
    let slot = roots.add(acc)
    try forEach(args[0]) { x in
        if acc.tag == .SW_TAG_INT && x.tag == .SW_TAG_INT {
            let (r, o) = acc.int.addingReportingOverflow(x.int)
            if !o { acc = Value(int: r); return true }
        } else if acc.tag == .SW_TAG_FLOAT && x.tag == .SW_TAG_FLOAT {
            acc = Value(float: acc.float + x.float)
            return true
        }
        acc = try Ops.binary(.add, acc, x)
        roots.set(slot, acc)
        return true
    }
    return acc
}

private func builtinAbs(_ v: Value) throws -> Value {
    switch v.tag {
    case .SW_TAG_INT: return v.int == Int64.min ? BigInt.abs(v) : Value(int: Swift.abs(v.int))
    case .SW_TAG_BOOL: return Value(int: v.bool ? 1 : 0)
    case .SW_TAG_FLOAT: return Value(float: Swift.abs(v.float))
    default: break
    }
    if BigInt.isBig(v) { return BigInt.abs(v) }
    if let r = try callSpecial(v, SN.__abs__) { return r }
    throw typeError("bad operand type for abs(): '\(Ops.typeName(v))'")
}

private func builtinDivmod(_ a: Value, _ b: Value) throws -> Value {
    if isIntLike(a) && isIntLike(b) {
        if let x = Num.small(a), let y = Num.small(b), y != 0, !(x == Int64.min && y == -1) {
            return Tuple.make([Value(int: Num.floorDiv(x, y)), Value(int: Num.floorMod(x, y))])
        }
        return Tuple.make([try Ops.binary(.floorDiv, a, b), try Ops.binary(.mod, a, b)])
    }
    if Num.isNumber(a) && Num.isNumber(b) {
        let x = try Num.toDouble(a), y = try Num.toDouble(b)
        if y == 0 { throw zeroDivisionError("float divmod()") }
        let (q, r) = Num.floatDivmod(x, y)
        return Tuple.make([Value(float: q), Value(float: r)])
    }
    if let r = try callSpecial(a, SN.__divmod__, [b]), !r.identical(Singletons.notImplemented) { return r }
    if let r = try callSpecial(b, SN.__rdivmod__, [a]), !r.identical(Singletons.notImplemented) { return r }
    throw typeError("unsupported operand type(s) for divmod(): '\(Ops.typeName(a))' and '\(Ops.typeName(b))'")
}

private func builtinPow(_ args: Args) throws -> Value {
    try args.checkKeywords("pow", ["base", "exp", "mod"])
    let total = args.count + args.keywords.count
    if total > 3 { throw typeError("pow() takes at most 3 arguments (\(total) given)") }
    guard let base = args.arg(0, "base") else { throw typeError("pow() missing required argument 'base' (pos 1)") }
    guard let exp = args.arg(1, "exp") else { throw typeError("pow() missing required argument 'exp' (pos 2)") }
    let mod = args.arg(2, "mod") ?? .none
    if mod.isNone { return try Ops.binary(.pow, base, exp) }
    guard isIntLike(base) && isIntLike(exp) && isIntLike(mod) else {
        throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
    }
    let m = BigInt.z(mod)
    if m.sign == 0 { throw valueError("pow() 3rd argument cannot be 0") }
    let am = Z(), b = BigInt.z(base), e = BigInt.z(exp), r = Z()
    __gmpz_abs(&am.z, &m.z)
    if __gmpz_cmp_ui(&am.z, 1) == 0 { return Value(int: 0) }
    if e.sign < 0 {
        let inv = Z()
        if __gmpz_invert(&inv.z, &b.z, &am.z) == 0 { throw valueError("base is not invertible for the given modulus") }
        inPlace(e) { __gmpz_neg($0, $0) }
        __gmpz_powm(&r.z, &inv.z, &e.z, &am.z)
    } else {
        __gmpz_powm(&r.z, &b.z, &e.z, &am.z)
    }
    // Python's result takes the sign of the modulus.
    if m.sign < 0 && r.sign != 0 { inPlace(r) { __gmpz_sub($0, $0, &am.z) } }
    return BigInt.value(r)
}

private func builtinRound(_ args: Args) throws -> Value {
    try args.checkKeywords("round", ["number", "ndigits"])
    let total = args.count + args.keywords.count
    if total > 2 { throw typeError("round() takes at most 2 arguments (\(total) given)") }
    guard let x = args.arg(0, "number") else { throw typeError("round() missing required argument 'number' (pos 1)") }
    let nd = args.arg(1, "ndigits") ?? .none
    if x.tag == .SW_TAG_FLOAT {
        if nd.isNone { return try roundDoubleToInt(x.float) }
        return Value(float: try roundDouble(x.float, try clampedNdigits(nd)))
    }
    if isIntLike(x) {
        if nd.isNone { return asPlainInt(x) }
        return roundInt(x, try clampedNdigits(nd))
    }
    if let r = try callSpecial(x, SN.__round__, nd.isNone ? [] : [nd]) { return r }
    throw typeError("type \(Ops.typeName(x)) doesn't define __round__ method")
}

/// ndigits as an Int; huge values saturate (they round to everything or nothing).
private func clampedNdigits(_ v: Value) throws -> Int {
    let n = try indexValue(v)
    if BigInt.isBig(n) { return BigInt.z(n).sign < 0 ? -100_000 : 100_000 }
    return Int(max(-100_000, min(100_000, n.int)))
}

/// hex(), oct(), bin() text for an int.
func intToRadixString(_ v: Value, radix: Int, prefix: String) -> String {
    if let x = Num.small(v) {
        return (x < 0 ? "-" : "") + prefix + String(x.magnitude, radix: radix)
    }
    let s = BigInt.toString(v, base: Int32(radix))
    return s.hasPrefix("-") ? "-" + prefix + s.dropFirst() : prefix + s
}

private func builtinIsinstance(_ v: Value, _ spec: Value) throws -> Bool {
    if isTypeObject(spec) { return Ops.isInstance(v, spec.as(SwType.self)) }
    if isTuple(spec) {
        for t in Tuple.array(spec) where try builtinIsinstance(v, t) { return true }
        return false
    }
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

private func builtinIssubclass(_ c: Value, _ spec: Value) throws -> Bool {
    guard isTypeObject(c) else { throw typeError("issubclass() arg 1 must be a class") }
    if isTypeObject(spec) { return Types.isSubtype(c.as(SwType.self), spec.as(SwType.self)) }
    if isTuple(spec) {
        for t in Tuple.array(spec) where try builtinIssubclass(c, t) { return true }
        return false
    }
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

private func builtinOrd(_ v: Value) throws -> Value {
    guard isStr(v) else {
        throw typeError("ord() expected string of length 1, but \(Ops.typeName(v)) found")
    }
    let n = Str.length(v)
    if n != 1 { throw typeError("ord() expected a character, but string of length \(n) found") }
    let buf = Str.buffer(v)
    if buf[0] < 0x80 { return Value(int: Int(buf[0])) }
    return Value(int: Int(Str.swift(v).unicodeScalars.first!.value))
}

private func builtinChr(_ v: Value) throws -> Value {
    let i = try indexValue(v)
    guard !BigInt.isBig(i), i.int >= Int64(Int32.min), i.int <= Int64(Int32.max) else {
        throw overflowError("Python int too large to convert to C int")
    }
    let c = i.int
    if c < 0 || c >= 0x110000 { throw valueError("chr() arg not in range(0x110000)") }
    if c < 128 { return Str.ascii[Int(c)] }
    // Lone surrogates cannot be stored in UTF-8 text; they become U+FFFD.
    let scalar = Unicode.Scalar(UInt32(c)) ?? Unicode.Scalar(0xFFFD)!
    return Str.make(String(Character(scalar)))
}

private func builtinId(_ v: Value) -> Value {
    if v.tag == .SW_TAG_OBJ { return Value(int: Int64(bitPattern: v.bits)) }
    // Immediates have no address; any number that is the same for identical values will do.
    return Value(int: Int64(bitPattern: (v.bits &* 0x9E3779B97F4A7C15) >> 4 | UInt64(v.tag.rawValue) << 59))
}

private func builtinNext(_ args: Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("next() takes no keyword arguments") }
    try args.expect("next", 1, 2)
    if Generator.isGenerator(args[0]) {
        let (v, done) = try Generator.resume(args[0], sent: .none, exc: nil)
        if !done { return v }
        if args.count == 2 { return args[1] }
        throw Generator.stopIteration(v)
    }
    if let x = try Ops.next(args[0]) { return x }
    if args.count == 2 { return args[1] }
    throw PyError(Exceptions.make(Exc.stopIteration, args: []))
}

private func builtinInput(_ args: Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("input() takes no keyword arguments") }
    try args.expect("input", 0, 1)
    if args.count == 1 { try writeText(currentStdout(), try Ops.strString(args[0])) }
    Output.flush()
    guard var line = readLine(strippingNewline: false) else {
        throw PyError(Exceptions.make(Exc.eofError, "EOF when reading a line"))
    }
    if line.hasSuffix("\n") { line.removeLast() }
    return Str.make(line)
}

private func builtinPrint(_ args: Args) throws -> Value {
    try args.checkKeywords("print", ["sep", "end", "file", "flush"])
    func textOption(_ name: String, _ dflt: String) throws -> String {
        guard let v = args.keyword(name), !v.isNone else { return dflt }
        guard isStr(v) else { throw typeError("\(name) must be None or a string, not \(Ops.typeName(v))") }
        return Str.swift(v)
    }
    let sep = try textOption("sep", " ")
    let end = try textOption("end", "\n")
    var file = args.keyword("file") ?? .none
    if file.isNone { file = currentStdout() }
    if file.identical(Modules.sysStdout) || file.identical(Modules.sysStderr) {
        var text = ""
        for (i, v) in args.positional.enumerated() {
            if i > 0 { text += sep }
            text += try Ops.strString(v)
        }
        text += end
        Output.write(file, text)
    } else {
        // Other file objects see CPython's sequence of write() calls: each item, each
        // separator, then the end.
        for (i, v) in args.positional.enumerated() {
            if i > 0 { try writeText(file, sep) }
            try writeText(file, try Ops.strString(v))
        }
        try writeText(file, end)
    }
    if let f = args.keyword("flush"), try Ops.truthy(f) {
        if file.identical(Modules.sysStdout) || file.identical(Modules.sysStderr) { Output.flush() }
        else if let flush = try? Ops.getAttr(file, Str.intern("flush")) { _ = try Ops.call(flush, []) }
    }
    return .none
}

private func attributeName(_ v: Value, _ fname: String) throws -> Value {
    guard isStr(v) else { throw typeError("attribute name must be string, not '\(Ops.typeName(v))'") }
    return v
}

func isAttributeError(_ e: PyError) -> Bool {
    Types.isSubtype(Exceptions.type(e.exception), Exc.attributeError)
}

func installBuiltinFunctions(into builtins: Value) {
    @discardableResult
    func def(_ name: String, _ fn: @escaping NativeFn) -> Value {
        let f = Native.function(name, fn)
        Dict.setStr(builtins, name, f)
        return f
    }
    /// A one-argument builtin (CPython's METH_O messages).
    func def1(_ name: String, _ fn: @escaping (Value) throws -> Value) {
        let f = def(name) { args in
            if args.count == 1 && args.keywords.isEmpty { return try fn(args[0]) }
            try args.expect(name, 1, 1)
            return .none
        }
        Native.setDirect(f, fn)
    }

    def("print") { args in try builtinPrint(args) }
    def1("len") { v in
        if v.tag == .SW_TAG_OBJ {
            switch v.obj.pointee.type.pointee.kind {
            case .SW_KIND_STR: return Value(int: Str.length(v))
            case .SW_KIND_LIST: return Value(int: List.count(v))
            case .SW_KIND_TUPLE: return Value(int: Tuple.count(v))
            case .SW_KIND_DICT: return Value(int: Dict.count(v))
            default: break
            }
        }
        return Value(int: try Ops.len(v))
    }
    def1("abs") { v in try builtinAbs(v) }
    // (Of two, the first unless the second is smaller / larger, as minMax takes them.)
    Native.setDirect(def("min") { args in try minMax(args, isMin: true) }) { x, y in try Ops.lessThan(y, x) ? y : x }
    Native.setDirect(def("max") { args in try minMax(args, isMin: false) }) { x, y in try greaterThan(y, x) ? y : x }
    def("sum") { args in try builtinSum(args) }
    def("round") { args in try builtinRound(args) }
    def("divmod") { args in
        if !args.keywords.isEmpty { throw typeError("divmod() takes no keyword arguments") }
        try args.expect("divmod", 2, 2)
        return try builtinDivmod(args[0], args[1])
    }
    def("pow") { args in try builtinPow(args) }
    def1("repr") { v in try Ops.repr(v) }
    def1("ascii") { v in Str.make(pythonASCII(fromRepr: try Ops.reprString(v))) }
    def("sorted") { args in
        if args.count != 1 { throw typeError("sorted expected 1 argument, got \(args.count)") }
        let (key, reverse) = try sortOptions(args)
        let l = try collectList(args[0])
        let roots = TempRoots()
        defer { roots.release() }
        roots.add(l)
        let sorted = try sortValues(List.array(l), key: key, reverse: reverse)
        List.replace(l, 0, List.count(l), with: sorted)
        return l
    }
    def1("any") { v in
        var found = false
        try forEach(v) { x in
            if try Ops.truthy(x) { found = true; return false }
            return true
        }
        return Value(bool: found)
    }
    def1("all") { v in
        var ok = true
        try forEach(v) { x in
            if !(try Ops.truthy(x)) { ok = false; return false }
            return true
        }
        return Value(bool: ok)
    }
    let isinstance = def("isinstance") { args in
        if !args.keywords.isEmpty { throw typeError("isinstance() takes no keyword arguments") }
        try args.expect("isinstance", 2, 2)
        return Value(bool: try builtinIsinstance(args[0], args[1]))
    }
    Native.setDirect(isinstance) { v, t in Value(bool: try builtinIsinstance(v, t)) }
    let issubclass = def("issubclass") { args in
        if !args.keywords.isEmpty { throw typeError("issubclass() takes no keyword arguments") }
        try args.expect("issubclass", 2, 2)
        return Value(bool: try builtinIssubclass(args[0], args[1]))
    }
    Native.setDirect(issubclass) { c, t in Value(bool: try builtinIssubclass(c, t)) }
    def1("hash") { v in Value(int: try Ops.hash(v)) }
    def1("ord") { v in try builtinOrd(v) }
    def1("chr") { v in try builtinChr(v) }
    def1("hex") { v in Str.make(intToRadixString(try indexValue(v), radix: 16, prefix: "0x")) }
    def1("oct") { v in Str.make(intToRadixString(try indexValue(v), radix: 8, prefix: "0o")) }
    def1("bin") { v in Str.make(intToRadixString(try indexValue(v), radix: 2, prefix: "0b")) }
    def("format") { args in
        if !args.keywords.isEmpty { throw typeError("format() takes no keyword arguments") }
        try args.expect("format", 1, 2)
        var spec = ""
        if args.count == 2 {
            guard isStr(args[1]) else { throw typeError("format() argument 2 must be str, not \(Ops.typeName(args[1]))") }
            spec = Str.swift(args[1])
        }
        return try formatValue(args[0], spec: spec)
    }
    def("iter") { args in try builtinIter(&args) }
    def("next") { args in try builtinNext(args) }
    def("input") { args in try builtinInput(args) }
    def1("callable") { v in Value(bool: isCallable(v)) }
    def1("id") { v in builtinId(v) }
    def("getattr") { args in
        if !args.keywords.isEmpty { throw typeError("getattr() takes no keyword arguments") }
        try args.expect("getattr", 2, 3)
        let name = try attributeName(args[1], "getattr")
        if args.count == 2 { return try Ops.getAttr(args[0], name) }
        do { return try Ops.getAttr(args[0], name) } catch let e as PyError where isAttributeError(e) { return args[2] }
    }
    def("hasattr") { args in
        if !args.keywords.isEmpty { throw typeError("hasattr() takes no keyword arguments") }
        try args.expect("hasattr", 2, 2)
        let name = try attributeName(args[1], "hasattr")
        do { _ = try Ops.getAttr(args[0], name) } catch let e as PyError where isAttributeError(e) { return .false }
        return .true
    }
    def("setattr") { args in
        if !args.keywords.isEmpty { throw typeError("setattr() takes no keyword arguments") }
        try args.expect("setattr", 3, 3)
        try Ops.setAttr(args[0], try attributeName(args[1], "setattr"), args[2])
        return .none
    }
    def("delattr") { args in
        if !args.keywords.isEmpty { throw typeError("delattr() takes no keyword arguments") }
        try args.expect("delattr", 2, 2)
        try Ops.delAttr(args[0], try attributeName(args[1], "delattr"))
        return .none
    }

    let types: [(String, TypeRef)] = [
        ("int", T.int), ("float", T.float), ("str", T.str), ("bool", T.bool), ("list", T.list),
        ("tuple", T.tuple), ("dict", T.dict), ("set", T.set), ("frozenset", T.frozenset),
        ("range", T.range), ("type", T.type), ("object", T.object), ("slice", T.slice),
        ("enumerate", T.enumerate), ("zip", T.zip), ("map", T.map), ("filter", T.filter),
        ("reversed", T.reversed),
    ]
    for (name, t) in types { Dict.setStr(builtins, name, Value(t)) }
    for t in Exc.all { Dict.setStr(builtins, Types.name(t), Value(t)) }
    Dict.setStr(builtins, "NotImplemented", Singletons.notImplemented)
    Dict.setStr(builtins, "Ellipsis", Singletons.ellipsis)
}
