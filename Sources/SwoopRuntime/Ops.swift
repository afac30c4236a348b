// Ops.swift — the generic Python operations on any value (the slow paths behind the
// interpreter's inline fast paths): type, repr/str, hash, equality and ordering, truth,
// len, items, containment, iteration, attributes, calls and binary operators.
import SwoopFormatting

public enum CompareOp: Int {
    case lt, le, gt, ge, eq, ne
    public var symbol: String { ["<", "<=", ">", ">=", "==", "!="][rawValue] }
    var swapped: CompareOp { [.gt, .ge, .lt, .le, .eq, .ne][rawValue] }
}

/// The constructors of built-in types, found through the type's `typeId` (negative for a
/// built-in type with a constructor: minus one more than its index here) rather than hashed.
public struct ConstructorTable {
    var functions: [NativeFn] = []

    public subscript(_ t: UnsafeMutablePointer<SwType>) -> NativeFn? {
        get { t.pointee.typeId < 0 ? functions[Int(-t.pointee.typeId) - 1] : nil }
        set {
            precondition(t.pointee.typeId <= 0 && newValue != nil, "a constructor for a built-in type, set once")
            functions.append(newValue!)
            t.pointee.typeId = -Int64(functions.count)
        }
    }
}

public enum Ops {
    /// Hook set by the interpreter: calls a Python function object.
    public static var callFunction: (Value, [Value], [(name: String, value: Value)]) throws -> Value = { _, _, _ in .none }
    /// Hook: builtin type constructors (int(), list(), ...), filled at startup.
    public static var constructors = ConstructorTable()
    /// Recursion guard for repr of nested containers (CPython prints `[...]`).
    static var reprActive: [UInt64] = []

    @inline(__always)
    public static func typeOf(_ v: Value) -> TypeRef {
        switch v.tag {
        case .SW_TAG_INT: return T.int
        case .SW_TAG_FLOAT: return T.float
        case .SW_TAG_BOOL: return T.bool
        case .SW_TAG_NONE, .SW_TAG_UNBOUND: return T.noneType
        case .SW_TAG_OBJ: return v.obj.pointee.type
        }
    }

    public static func typeName(_ v: Value) -> String { Types.name(typeOf(v)) }

    /// Calls any callable (Python function, built-in, type) from Swift code.
    public static func call(_ f: Value, _ args: [Value], keywords: [(name: String, value: Value)] = []) throws -> Value {
        try Interpreter.callFromSwift(f, args, keywords)
    }

    public static func isInstance(_ v: Value, _ t: TypeRef) -> Bool { Types.isSubtype(typeOf(v), t) }

    // MARK: - repr / str

    public static func repr(_ v: Value) throws -> Value { Str.make(try reprString(v)) }

    public static func reprString(_ v: Value) throws -> String {
        switch v.tag {
        case .SW_TAG_INT: return String(v.int)
        case .SW_TAG_FLOAT: return pythonFloatRepr(v.float)
        case .SW_TAG_BOOL: return v.bool ? "True" : "False"
        case .SW_TAG_NONE: return "None"
        case .SW_TAG_UNBOUND: return "<unbound>"
        case .SW_TAG_OBJ: break
        }
        let t = v.obj.pointee.type
        if t.pointee.flags & Classes.heapFlag != 0 {
            if let r = try Classes.repr(v, t) { return r }
            let solid = Classes.solidBase(t)
            if solid == T.list || solid == T.dict || solid == T.tuple { return try containerRepr(v, as: solid) }
            if solid.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) == 0 { return Classes.defaultRepr(v) }
        }
        if t == T.str { return Str.swift(strRepr(v)) }
        if t == T.int { return try intToDecimalString(v) }
        if t == T.array { return try PyArray.repr(v) }
        if StructSeq.isStructSeq(t) { return try StructSeq.repr(v) }
        if t == T.list || t == T.tuple || t == T.dict || t == T.set || t == T.frozenset
            || t == T.dictKeys || t == T.dictValues || t == T.dictItems {
            return try containerRepr(v, as: t)
        }
        return try reprOther(v, t)
    }

    /// The repr of a built-in container (or an instance of a subclass, shown as its base).
    static func containerRepr(_ v: Value, as t: TypeRef) throws -> String {
        do {
            if reprActive.contains(v.bits) {
                return t == T.list ? "[...]" : t == T.dict ? "{...}" : t == T.tuple ? "(...)"
                    : t == T.set ? "set(...)" : t == T.frozenset ? "frozenset(...)" : "..."
            }
            reprActive.append(v.bits)
            defer { reprActive.removeLast() }
            try Interpreter.enterNative()
            defer { Interpreter.leaveNative() }
            func items(_ xs: [Value]) throws -> String { try xs.map(reprString).joined(separator: ", ") }
            switch t {
            case T.list: return "[" + (try items(List.array(v))) + "]"
            case T.tuple:
                let xs = Tuple.array(v)
                return xs.count == 1 ? "(" + (try reprString(xs[0])) + ",)" : "(" + (try items(xs)) + ")"
            case T.dict:
                return "{" + (try Dict.entries(v).map { try reprString($0.key) + ": " + reprString($0.value) }
                    .joined(separator: ", ")) + "}"
            case T.set:
                let xs = PySet.items(v)
                return xs.isEmpty ? "set()" : "{" + (try items(xs)) + "}"
            case T.frozenset:
                let xs = PySet.items(v)
                return xs.isEmpty ? "frozenset()" : "frozenset({" + (try items(xs)) + "})"
            case T.dictKeys: return "dict_keys([" + (try items(Dict.entries(objectSlots(v.obj)[0]).map { $0.key })) + "])"
            case T.dictValues: return "dict_values([" + (try items(Dict.entries(objectSlots(v.obj)[0]).map { $0.value })) + "])"
            default:
                return "dict_items([" + (try Dict.entries(objectSlots(v.obj)[0]).map {
                    "(" + (try reprString($0.key)) + ", " + (try reprString($0.value)) + ")" }.joined(separator: ", ")) + "])"
            }
        }
    }

    static func reprOther(_ v: Value, _ t: TypeRef) throws -> String {
        if t == T.type { return "<class '\(Classes.displayName(v.as(SwType.self)))'>" }
        if t == T.generator { return "<generator object \(Generator.qualifiedName(v)) at \(address(v))>" }
        if t == T.method {
            let s = objectSlots(v.obj)
            let f = s[MethodSlot.function]
            let fname = f.isObject(ofType: T.function) ? Str.swift(objectSlots(f.obj)[FuncSlot.qualname]) : "?"
            return "<bound method \(fname) of \(try reprString(s[MethodSlot.selfValue]))>"
        }
        if t == T.function { return "<function \(Str.swift(objectSlots(v.obj)[FuncSlot.qualname])) at \(address(v))>" }
        if t == T.builtinFunction {
            let s = Native.boundSelf(v)
            if s.tag != .SW_TAG_UNBOUND {
                return "<built-in method \(Native.name(v)) of \(typeName(s)) object at \(address(s))>"
            }
            return "<built-in function \(Native.name(v))>"
        }
        if t == T.range { return try PyRange.repr(v) }
        if t == T.slice {
            let s = objectSlots(v.obj)
            return "slice(\(try reprString(s[0])), \(try reprString(s[1])), \(try reprString(s[2])))"
        }
        if t == T.module {
            let name = Str.swift(objectSlots(v.obj)[ModuleSlot.name])
            let d = Modules.dict(v)
            if let f = Dict.getStr(d, Str.intern("__file__")), isStr(f) { return "<module '\(name)' from '\(Str.swift(f))'>" }
            if Dict.getStr(d, Str.intern("__path__")) != nil { return "<module '\(name)' (namespace)>" }
            return "<module '\(name)' (built-in)>"
        }
        if t == T.notImplementedType { return "NotImplemented" }
        if t == T.ellipsisType { return "Ellipsis" }
        if t == T.frame || t == T.code { return Tracebacks.repr(v, t) }
        if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 { return try exceptionRepr(v) }
        return "<\(Types.name(t)) object at \(address(v))>"
    }

    static func exceptionRepr(_ v: Value) throws -> String {
        let args = Tuple.array(Exceptions.args(v))
        let name = Types.name(typeOf(v))
        if args.count == 1 { return "\(name)(\(try reprString(args[0])))" }
        return "\(name)(" + (try args.map(reprString).joined(separator: ", ")) + ")"
    }

    static func exceptionStr(_ v: Value) throws -> String {
        let args = Tuple.array(Exceptions.args(v))
        if typeOf(v) == Exc.keyError && args.count == 1 { return try reprString(args[0]) }
        if Types.isSubtype(typeOf(v), Exc.syntaxError), let text = SyntaxErrors.str(v) { return text }
        switch args.count {
        case 0: return ""
        case 1: return try strString(args[0])
        default: return try reprString(Exceptions.args(v))
        }
    }

    static func address(_ v: Value) -> String {
        "0x" + String(v.bits, radix: 16).leftPad(12)
    }

    public static func str(_ v: Value) throws -> Value {
        if v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.str { return v }
        return Str.make(try strString(v))
    }

    public static func strString(_ v: Value) throws -> String {
        if v.tag == .SW_TAG_OBJ {
            let t = v.obj.pointee.type
            if t == T.str { return Str.swift(v) }
            if t.pointee.flags & Classes.heapFlag != 0 {
                if let r = try Classes.str(v, t) { return r }
                if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) == 0 { return try reprString(v) }
                if Classes.userMethod(t, SN.__repr__) != nil && Classes.userMethod(t, SN.__str__) == nil
                    && Exceptions.args(v).obj.pointee.nslots == 0 { return "" }
            }
            if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 { return try exceptionStr(v) }
        }
        return try reprString(v)
    }

    /// Decimal text of a big int, with CPython's 4300-digit limit.
    static func intToDecimalString(_ v: Value) throws -> String {
        let limit = Runtime.intMaxStrDigits
        if limit > 0 && BigInt.bitLength(v) > 14000 {
            // Cheap bound first: bits * log10(2) digits.
            let digits = Int(Double(BigInt.bitLength(v)) * 0.30102999566398) + 1
            if digits > limit + 1 {
                throw valueError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            }
        }
        let s = BigInt.toString(v)
        if limit > 0 && s.utf8.count - (s.hasPrefix("-") ? 1 : 0) > limit {
            throw valueError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return s
    }

    // MARK: - hash / equality / ordering

    /// hash(v): a small int's inline at the call, anything else by `hashValue`.
    @inline(__always)
    public static func hash(_ v: Value) throws -> Int64 {
        v.tag == .SW_TAG_INT ? Num.hashInt(v.int) : try hashValue(v)
    }

    @inline(never)
    static func hashValue(_ v: Value) throws -> Int64 {
        switch v.tag {
        case .SW_TAG_INT: return Num.hashInt(v.int)
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        case .SW_TAG_FLOAT: return Num.hashFloat(v.float)
        case .SW_TAG_NONE, .SW_TAG_UNBOUND: return 0xFCA86420
        case .SW_TAG_OBJ: break
        }
        let t = v.obj.pointee.type
        if t.pointee.flags & Classes.heapFlag != 0, let h = try Classes.hash(v, t) { return h }
        return try hashBuiltin(v)
    }

    static func hashBuiltin(_ v: Value) throws -> Int64 {
        if v.tag != .SW_TAG_OBJ { return try hash(v) }
        let t = v.obj.pointee.type
        if t == T.str { return Str.hash(v) }
        if t == T.int { return BigInt.hash(v) }
        if t.pointee.kind == .SW_KIND_TUPLE {
            // CPython's xxHash-based tuple hash (so hash((1, 2)) matches, and sets of
            // tuples iterate in CPython's order).
            let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
            var acc: UInt64 = p5
            let n = Tuple.count(v)
            for i in 0..<n {
                let lane = UInt64(bitPattern: try hash(Tuple.items(v)[i]))
                acc = acc &+ lane &* p2
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* p1
            }
            acc = acc &+ (UInt64(n) ^ (p5 ^ 3527539))
            if acc == UInt64.max { return 1546275796 }
            return Int64(bitPattern: acc)
        }
        if t == T.frozenset {
            var h: UInt64 = 0
            for x in PySet.items(v) {
                let y = UInt64(bitPattern: try hash(x))
                h ^= ((y ^ 89869747) ^ (y << 16)) &* 3644798167
            }
            h ^= (UInt64(PySet.count(v)) &+ 1) &* 1927868237
            let r = Int64(bitPattern: h)
            return r == -1 ? 590923713 : r
        }
        if t == T.range { return try PyRange.hash(v) }
        if t.pointee.kind == .SW_KIND_LIST || t.pointee.kind == .SW_KIND_DICT || t == T.set || t == T.slice {
            throw typeError("unhashable type: '\(Types.name(t))'")
        }
        // Identity hash for everything else (functions, types, modules...).
        return Int64(bitPattern: (v.bits >> 4) | (v.bits << 60))
    }

    public static func equal(_ a: Value, _ b: Value) throws -> Bool {
        if (a.tag == .SW_TAG_OBJ && a.obj.pointee.type.pointee.flags & Classes.heapFlag != 0)
            || (b.tag == .SW_TAG_OBJ && b.obj.pointee.type.pointee.flags & Classes.heapFlag != 0) {
            if let r = try Classes.equal(a, b) { return r }
        }
        return try equalBuiltin(a, b)
    }

    /// Equality by the built-in types' rules (subclass instances compare as their base).
    static func equalBuiltin(_ a: Value, _ b: Value) throws -> Bool {
        if a.tag == b.tag && a.bits == b.bits && a.tag != .SW_TAG_FLOAT { return true }
        if Num.isNumber(a) && Num.isNumber(b) { return try Num.compare(a, b) == 0 }
        guard a.tag == .SW_TAG_OBJ && b.tag == .SW_TAG_OBJ else { return false }
        let ta = a.obj.pointee.type, tb = b.obj.pointee.type
        if ta == T.str && tb == T.str { return Str.equal(a, b) }
        if (ta == T.array) != (tb == T.array) { return false }
        if ta.pointee.kind == .SW_KIND_LIST && tb.pointee.kind == .SW_KIND_LIST
            || ta.pointee.kind == .SW_KIND_TUPLE && tb.pointee.kind == .SW_KIND_TUPLE {
            let xs = ta.pointee.kind == .SW_KIND_LIST ? List.array(a) : Tuple.array(a)
            let ys = ta.pointee.kind == .SW_KIND_LIST ? List.array(b) : Tuple.array(b)
            if xs.count != ys.count { return false }
            for (x, y) in zip(xs, ys) where !(x.identical(y)) {
                if !(try equal(x, y)) { return false }
            }
            return true
        }
        if ta.pointee.kind == .SW_KIND_DICT && tb.pointee.kind == .SW_KIND_DICT {
            if Dict.count(a) != Dict.count(b) { return false }
            for (k, x) in Dict.entries(a) {
                guard let y = try Dict.get(b, k) else { return false }
                if !x.identical(y), !(try equal(x, y)) { return false }
            }
            return true
        }
        if (ta == T.set || ta == T.frozenset) && (tb == T.set || tb == T.frozenset) {
            if PySet.count(a) != PySet.count(b) { return false }
            for x in PySet.items(a) where !(try PySet.contains(b, x)) { return false }
            return true
        }
        if ta == T.range && tb == T.range { return PyRange.equal(a, b) }
        if ta == T.dictKeys && tb == T.dictKeys {
            let ka = Dict.entries(objectSlots(a.obj)[0]), kb = objectSlots(b.obj)[0]
            if ka.count != Dict.count(kb) { return false }
            for (k, _) in ka where try Dict.get(kb, k) == nil { return false }
            return true
        }
        return false
    }

    /// Rich comparison returning a Python value (bool for built-in types).
    public static func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if (a.tag == .SW_TAG_OBJ && a.obj.pointee.type.pointee.flags & Classes.heapFlag != 0)
            || (b.tag == .SW_TAG_OBJ && b.obj.pointee.type.pointee.flags & Classes.heapFlag != 0) {
            switch op {
            case .eq: if let r = try Classes.equal(a, b) { return Value(bool: r) }
            case .ne: if let r = try Classes.notEqual(a, b) { return Value(bool: r) }
            default: if let r = try Classes.order(op, a, b) { return r }
            }
        }
        switch op {
        case .eq: return Value(bool: try equalBuiltin(a, b))
        case .ne: return Value(bool: !(try equalBuiltin(a, b)))
        default: break
        }
        if Num.isNumber(a) && Num.isNumber(b) {
            guard let c = try Num.compare(a, b) else { return .false }
            return Value(bool: test(op, c))
        }
        if a.tag == .SW_TAG_OBJ && b.tag == .SW_TAG_OBJ {
            let ta = a.obj.pointee.type, tb = b.obj.pointee.type
            if ta == T.str && tb == T.str { return Value(bool: test(op, Str.compare(a, b))) }
            if (ta == T.array) == (tb == T.array) && (ta.pointee.kind == .SW_KIND_LIST && tb.pointee.kind == .SW_KIND_LIST)
                || (ta.pointee.kind == .SW_KIND_TUPLE && tb.pointee.kind == .SW_KIND_TUPLE) {
                let xs = ta.pointee.kind == .SW_KIND_LIST ? List.array(a) : Tuple.array(a)
                let ys = ta.pointee.kind == .SW_KIND_LIST ? List.array(b) : Tuple.array(b)
                // The first pair that is neither identical nor equal decides.
                for (x, y) in zip(xs, ys) where try !x.identical(y) && !equal(x, y) {
                    return try compare(op, x, y)
                }
                return Value(bool: test(op, xs.count < ys.count ? -1 : (xs.count > ys.count ? 1 : 0)))
            }
            if (ta == T.set || ta == T.frozenset) && (tb == T.set || tb == T.frozenset) {
                func subset(_ x: Value, _ y: Value) throws -> Bool {
                    if PySet.count(x) > PySet.count(y) { return false }
                    for e in PySet.items(x) where !(try PySet.contains(y, e)) { return false }
                    return true
                }
                switch op {
                case .le: return Value(bool: try subset(a, b))
                case .lt:
                    let r = try subset(a, b)
                    return Value(bool: PySet.count(a) < PySet.count(b) && r)
                case .ge: return Value(bool: try subset(b, a))
                case .gt:
                    let r = try subset(b, a)
                    return Value(bool: PySet.count(a) > PySet.count(b) && r)
                default: break
                }
            }
        }
        throw typeError("'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    @inline(__always) static func test(_ op: CompareOp, _ c: Int) -> Bool {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        case .ge: return c >= 0
        case .eq: return c == 0
        case .ne: return c != 0
        }
    }

    public static func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if a.tag == .SW_TAG_INT && b.tag == .SW_TAG_INT { return a.int < b.int }
        if a.tag == .SW_TAG_FLOAT && b.tag == .SW_TAG_FLOAT { return a.float < b.float }
        return try truthy(compare(.lt, a, b))
    }

    // MARK: - truth, len

    public static func truthy(_ v: Value) throws -> Bool {
        switch v.tag {
        case .SW_TAG_BOOL, .SW_TAG_INT: return v.bits != 0
        case .SW_TAG_FLOAT: return v.float != 0
        case .SW_TAG_NONE, .SW_TAG_UNBOUND: return false
        case .SW_TAG_OBJ: break
        }
        let t = v.obj.pointee.type
        if t.pointee.flags & Classes.heapFlag != 0, let r = try Classes.truthy(v, t) { return r }
        switch t.pointee.kind {
        case .SW_KIND_STR: return v.as(SwStr.self).pointee.byteCount != 0
        case .SW_KIND_LIST: return v.as(SwList.self).pointee.count != 0
        case .SW_KIND_TUPLE: return v.obj.pointee.nslots != 0
        case .SW_KIND_DICT: return v.as(SwDict.self).pointee.count != 0
        case .SW_KIND_SET: return v.as(SwSet.self).pointee.used != 0
        case .SW_KIND_BIGINT: return true
        default: break
        }
        if t == T.range { return PyRange.sign(PyRange.length(v)) != 0 }
        if t == T.dictKeys || t == T.dictValues || t == T.dictItems { return try len(v) != 0 }
        return true
    }

    public static func len(_ v: Value) throws -> Int {
        if v.tag == .SW_TAG_OBJ {
            let t = v.obj.pointee.type
            if t.pointee.flags & Classes.heapFlag != 0, let n = try Classes.length(v, t) { return n }
            switch t.pointee.kind {
            case .SW_KIND_STR: return Str.length(v)
            case .SW_KIND_LIST: return List.count(v)
            case .SW_KIND_TUPLE: return Tuple.count(v)
            case .SW_KIND_DICT: return Dict.count(v)
            case .SW_KIND_SET: return PySet.count(v)
            default: break
            }
            if t == T.range { return try PyRange.count(v) }
            if t == T.dictKeys || t == T.dictValues || t == T.dictItems { return Dict.count(objectSlots(v.obj)[0]) }
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    // MARK: - numbers

    public static func index(_ v: Value) throws -> Int {
        switch v.tag {
        case .SW_TAG_INT: return Int(v.int)
        case .SW_TAG_BOOL: return v.bool ? 1 : 0
        default:
            if BigInt.isBig(v) {
                throw pyError(Exc.indexError, "cannot fit 'int' into an index-sized integer")
            }
            if let r = try indexResult(v) { return try index(r) }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// The int `v.__index__()` returns (checked to be one), or nil if v's class has none.
    static func indexResult(_ v: Value) throws -> Value? {
        guard let r = try Classes.callSpecial(v, SN.__index__, []) else { return nil }
        guard r.tag == .SW_TAG_INT || r.tag == .SW_TAG_BOOL || BigInt.isBig(r) else {
            throw typeError("__index__ returned non-int (type \(typeName(r)))")
        }
        return r
    }

    public static func toDouble(_ v: Value) throws -> Double {
        if Num.isNumber(v) { return try Num.toDouble(v) }
        throw typeError("must be real number, not \(typeName(v))")
    }

    // MARK: - binary operators

    public static func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if let r = try Num.binary(op, a, b) { return r }
        if (a.tag == .SW_TAG_OBJ && a.obj.pointee.type.pointee.flags & Classes.heapFlag != 0)
            || (b.tag == .SW_TAG_OBJ && b.obj.pointee.type.pointee.flags & Classes.heapFlag != 0) {
            if let r = try Classes.binary(op, a, b) { return r }
        }
        if a.tag == .SW_TAG_OBJ || b.tag == .SW_TAG_OBJ {
            if let r = try sequenceBinary(op, a, b, inPlace: false) { return r }
        }
        throw binaryTypeError(op, a, b)
    }

    public static func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if (a.tag == .SW_TAG_OBJ && a.obj.pointee.type.pointee.flags & Classes.heapFlag != 0)
            || (b.tag == .SW_TAG_OBJ && b.obj.pointee.type.pointee.flags & Classes.heapFlag != 0) {
            if let r = try Classes.inPlace(op, a, b) { return r }
        }
        if a.tag == .SW_TAG_OBJ {
            let t = a.obj.pointee.type
            if t == T.array, let r = try PyArray.binary(op, a, b, inPlace: true) { return r }
            if t == T.list && op == .add {
                for x in try iterate(b) { List.append(a, x) }
                return a
            }
            if t == T.list && op == .mul {
                let items = List.array(a)
                let n = try index(b)
                List.setCount(a, 0)
                if n > 0 { for _ in 0..<n { for x in items { List.append(a, x) } } }
                return a
            }
            if t == T.set, let r = try setInPlaceOperation(op, a, b) { return r }
            if t == T.dict && op == .or && b.tag == .SW_TAG_OBJ && b.obj.pointee.type == T.dict {
                for (k, v) in Dict.entries(b) { try Dict.set(a, k, v) }
                return a
            }
        }
        do { return try binary(op, a, b) } catch let e as PyError where Exceptions.type(e.exception) == Exc.typeError {
            if let r = try Num.binary(op, a, b) { return r }
            if try sequenceBinary(op, a, b, inPlace: true) == nil {
                throw typeError("unsupported operand type(s) for \(op.symbol)=: '\(typeName(a))' and '\(typeName(b))'")
            }
            throw e
        }
    }

    static func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value) -> PyError {
        if op == .pow {
            return typeError("unsupported operand type(s) for ** or pow(): '\(typeName(a))' and '\(typeName(b))'")
        }
        if op == .add && typeOf(a) == T.str {
            return typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if op == .add && typeOf(a) == T.list && b.tag == .SW_TAG_OBJ {
            return typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        }
        if op == .add && typeOf(a) == T.tuple && b.tag == .SW_TAG_OBJ {
            return typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        }
        if op == .mul && (typeOf(a) == T.str || typeOf(a) == T.list || typeOf(a) == T.tuple || typeOf(b) == T.str || typeOf(b) == T.list || typeOf(b) == T.tuple) {
            let seqIsA = typeOf(a) == T.str || typeOf(a) == T.list || typeOf(a) == T.tuple
            return typeError("can't multiply sequence by non-int of type '\(typeName(seqIsA ? b : a))'")
        }
        return typeError("unsupported operand type(s) for \(op.symbol): '\(typeName(a))' and '\(typeName(b))'")
    }

    static func sequenceBinary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool) throws -> Value? {
        let ta = typeOf(a), tb = typeOf(b)
        if ta == T.array || tb == T.array, let r = try PyArray.binary(op, a, b, inPlace: false) { return r }
        switch op {
        case .add:
            if ta == T.str && tb == T.str { return Str.concat(a, b) }
            if ta.pointee.kind == .SW_KIND_LIST && tb.pointee.kind == .SW_KIND_LIST { return List.concat(a, b) }
            if ta.pointee.kind == .SW_KIND_TUPLE && tb.pointee.kind == .SW_KIND_TUPLE { return Tuple.make(Tuple.array(a) + Tuple.array(b)) }
        case .mul:
            let seqA = ta == T.str || ta.pointee.kind == .SW_KIND_LIST || ta.pointee.kind == .SW_KIND_TUPLE
            let seqB = tb == T.str || tb.pointee.kind == .SW_KIND_LIST || tb.pointee.kind == .SW_KIND_TUPLE
            if Num.isIntLike(b) && seqA && a.tag == .SW_TAG_OBJ { return try repeatSequence(a, b) }
            if Num.isIntLike(a) && seqB && b.tag == .SW_TAG_OBJ { return try repeatSequence(b, a) }
        case .mod:
            if ta == T.str { return try percentFormat(a, b) }
        case .or, .and, .sub, .xor:
            if let r = try setBinaryOperation(op, a, b) { return r }
            if op == .or && ta == T.dict && tb == T.dict {
                let r = Dict.copy(a)
                for (k, v) in Dict.entries(b) { try Dict.set(r, k, v) }
                return r
            }
        default:
            break
        }
        return nil
    }

    static func repeatSequence(_ s: Value, _ n: Value) throws -> Value {
        if BigInt.isBig(n) {
            if BigInt.z(n).sign < 0 { return try repeatSequence(s, Value(int: 0)) }
            throw overflowError("cannot fit 'int' into an index-sized integer")
        }
        let count = max(0, try index(n))
        let t = typeOf(s)
        if t == T.str {
            if count > 0 && Str.buffer(s).count.multipliedReportingOverflow(by: count).overflow {
                throw pyError(Exc.memoryError, "")
            }
            return strMultiply(s, count)
        }
        let isList = t.pointee.kind == .SW_KIND_LIST
        let items = isList ? List.array(s) : Tuple.array(s)
        if items.count > 0 && items.count * count > 1 << 32 { throw pyError(Exc.memoryError, "") }
        var out: [Value] = []
        out.reserveCapacity(items.count * count)
        for _ in 0..<count { out += items }
        return isList ? List.make(out) : Tuple.make(out)
    }

    public static func unary(_ op: UnaryKind, _ v: Value) throws -> Value {
        switch (op, v.tag) {
        case (.neg, .SW_TAG_INT): return v.int == Int64.min ? BigInt.neg(v) : Value(int: -v.int)
        case (.neg, .SW_TAG_FLOAT): return Value(float: -v.float)
        case (.neg, .SW_TAG_BOOL): return Value(int: v.bool ? -1 : 0)
        case (.pos, .SW_TAG_INT), (.pos, .SW_TAG_FLOAT): return v
        case (.pos, .SW_TAG_BOOL): return Value(int: v.bool ? 1 : 0)
        case (.invert, .SW_TAG_INT): return Value(int: ~v.int)
        case (.invert, .SW_TAG_BOOL): return Value(int: ~(v.bool ? 1 : 0))
        default: break
        }
        if Classes.isHeapInstance(v), let r = try Classes.unary(op, v) { return r }
        if BigInt.isBig(v) {
            switch op {
            case .neg: return BigInt.neg(v)
            case .pos: return v
            case .invert: return BigInt.invert(v)
            }
        }
        let sym = op == .neg ? "-" : op == .pos ? "+" : "~"
        throw typeError("bad operand type for unary \(sym): '\(typeName(v))'")
    }

    public enum UnaryKind { case neg, pos, invert }
}

extension String {
    func leftPad(_ n: Int, _ c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
