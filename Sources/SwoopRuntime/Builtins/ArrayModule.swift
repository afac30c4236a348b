// ArrayModule.swift — the array module: typed arrays of numbers. An array has the list
// layout (items as values, so indexing shares the list fast paths) plus its typecode in
// one trailing slot; every store converts the item to the typecode's C type as CPython's
// array does (range checks, float rounding for 'f').
import Glibc

extension T {
    public static var array: TypeRef!
}

enum PyArray {
    static let typecodes = "bBuhHiIlLqQfd"

    static func setUp() {
        let t = Types.make("array", kind: .SW_KIND_LIST, base: T.object)
        t.pointee.head.type = T.type
        Types.finish(t, "array")
        T.array = t
        Ops.constructors[t] = { args in try construct(&args) }
        installMethods()
    }

    static func install(_ m: Value) {
        Modules.set(m, "array", Value(T.array))
        Modules.set(m, "ArrayType", Value(T.array))
        Modules.set(m, "typecodes", Str.intern("bBuhHiIlLqQfd"))
    }

    // MARK: - Layout

    @inline(__always) static func code(_ a: Value) -> UInt8 {
        UInt8(truncatingIfNeeded: Classes.field(a.obj, MemoryLayout<SwList>.size).pointee.bits)
    }

    static func make(_ code: UInt8, _ items: [Value]) -> Value {
        let a = List.make(type: T.array, extraValues: 1)
        Classes.field(a.obj, MemoryLayout<SwList>.size).pointee = Value(int: Int64(code))
        List.replace(a, 0, 0, with: items)
        return a
    }

    static func itemsize(_ c: UInt8) -> Int {
        switch c {
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
        default: return 8
        }
    }

    static func codeString(_ c: UInt8) -> String { String(UnicodeScalar(c)) }

    // MARK: - Conversion of stored items

    static func asInt(_ v: Value) throws -> Value {
        if v.tag == .SW_TAG_INT || BigInt.isBig(v) { return v }
        if v.tag == .SW_TAG_BOOL { return Value(int: v.bool ? 1 : 0) }
        if Classes.isHeapInstance(v), let r = try Classes.callSpecial(v, SN.__index__, []) { return try asInt(r) }
        throw typeError("'\(Ops.typeName(v))' object cannot be interpreted as an integer")
    }

    static func bounded(_ v: Value, _ lo: Int64, _ hi: Int64, low: String, high: String) throws -> Value {
        let x = try asLong(v)
        if x.int < lo { throw overflowError(low) }
        if x.int > hi { throw overflowError(high) }
        return x
    }

    static func asLong(_ v: Value) throws -> Value {
        let x = try asInt(v)
        if BigInt.isBig(x) { throw overflowError("Python int too large to convert to C long") }
        return x
    }

    static func unsigned(_ v: Value, negative: String, tooBig: String) throws -> Value {
        let x = try asInt(v)
        if x.tag == .SW_TAG_INT {
            if x.int < 0 { throw overflowError(negative) }
            return x
        }
        if BigInt.z(x).sign < 0 { throw overflowError(negative) }
        if BigInt.bitLength(x) > 64 { throw overflowError(tooBig) }
        return x
    }

    /// The ints an array of integer typecode `c` holds, as `convert` checks them (traces
    /// guard stores to this range: Recorder.arrayItem), or nil for 'd' and 'f'.
    static func intRange(_ c: UInt8) -> (Int64, Int64)? {
        switch c {
        case UInt8(ascii: "b"): return (-128, 127)
        case UInt8(ascii: "B"): return (0, 255)
        case UInt8(ascii: "h"): return (-32768, 32767)
        case UInt8(ascii: "H"): return (0, 65535)
        case UInt8(ascii: "i"): return (Int64(Int32.min), Int64(Int32.max))
        case UInt8(ascii: "I"): return (0, Int64(UInt32.max))
        case UInt8(ascii: "l"), UInt8(ascii: "q"): return (Int64.min, Int64.max)
        case UInt8(ascii: "L"), UInt8(ascii: "Q"): return (0, Int64.max)
        default: return nil
        }
    }

    static func convert(_ c: UInt8, _ v: Value) throws -> Value {
        switch c {
        case UInt8(ascii: "d"):
            if v.tag == .SW_TAG_FLOAT { return v }
            return Value(float: try toDouble(v))
        case UInt8(ascii: "f"):
            return Value(float: Double(Float(try toDouble(v))))
        case UInt8(ascii: "b"):
            let x = try bounded(v, -32768, 32767, low: "signed short integer is less than minimum",
                                high: "signed short integer is greater than maximum")
            return try bounded(x, -128, 127, low: "signed char is less than minimum", high: "signed char is greater than maximum")
        case UInt8(ascii: "B"):
            return try bounded(v, 0, 255, low: "unsigned byte integer is less than minimum",
                               high: "unsigned byte integer is greater than maximum")
        case UInt8(ascii: "h"):
            return try bounded(v, -32768, 32767, low: "signed short integer is less than minimum",
                               high: "signed short integer is greater than maximum")
        case UInt8(ascii: "H"):
            let x = try bounded(v, -2147483648, 2147483647, low: "signed integer is less than minimum",
                                high: "signed integer is greater than maximum")
            return try bounded(x, 0, 65535, low: "unsigned short is less than minimum", high: "unsigned short is greater than maximum")
        case UInt8(ascii: "i"):
            return try bounded(v, -2147483648, 2147483647, low: "signed integer is less than minimum",
                               high: "signed integer is greater than maximum")
        case UInt8(ascii: "I"):
            let x = try unsigned(v, negative: "can't convert negative value to unsigned int",
                                 tooBig: "Python int too large to convert to C unsigned long")
            if BigInt.isBig(x) || x.int > 4294967295 { throw overflowError("unsigned int is greater than maximum") }
            return x
        case UInt8(ascii: "l"):
            return try asLong(v)
        case UInt8(ascii: "L"):
            return try unsigned(v, negative: "can't convert negative value to unsigned int",
                                tooBig: "Python int too large to convert to C unsigned long")
        case UInt8(ascii: "q"):
            let x = try asInt(v)
            if BigInt.isBig(x) { throw overflowError("int too big to convert") }
            return x
        default:   // "Q"
            return try unsigned(v, negative: "can't convert negative int to unsigned", tooBig: "int too big to convert")
        }
    }

    static func toDouble(_ v: Value) throws -> Double {
        if v.tag == .SW_TAG_FLOAT { return v.float }
        if Num.isNumber(v) { return try Num.toDouble(v) }
        if Classes.isHeapInstance(v) {
            if let r = try Classes.callSpecial(v, SN.__float__, []), r.tag == .SW_TAG_FLOAT { return r.float }
            if let r = try Classes.callSpecial(v, SN.__index__, []) { return try Num.toDouble(try asInt(r)) }
        }
        throw typeError("must be real number, not \(Ops.typeName(v))")
    }

    static func convertAll(_ c: UInt8, _ items: [Value]) throws -> [Value] {
        try items.map { try convert(c, $0) }
    }

    // MARK: - Construction

    static func construct(_ args: inout Args) throws -> Value {
        if !args.keywords.isEmpty { throw typeError("array.array() takes no keyword arguments") }
        if args.count < 1 || args.count > 2 {
            throw typeError("array() takes at most 2 arguments (\(args.count) given)")
        }
        guard Ops.typeOf(args[0]) == T.str, Str.length(args[0]) == 1 else {
            if Ops.typeOf(args[0]) == T.str {
                throw typeError("array() argument 1 must be a unicode character, not str")
            }
            throw typeError("array() argument 1 must be a unicode character, not \(Ops.typeName(args[0]))")
        }
        let s = Str.swift(args[0])
        if s == "u" { throw notImplementedError("array typecode 'u' is not supported by Swoop") }
        guard let c = s.utf8.first, typecodes.utf8.contains(c) else {
            throw valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        }
        guard args.count == 2 else { return make(c, []) }
        let ini = args[1]
        if Ops.typeOf(ini) == T.str {
            throw typeError("cannot use a str to initialize an array with typecode '\(s)'")
        }
        if ini.isObject(ofType: T.array) {
            if code(ini) == c { return make(c, List.array(ini)) }
        }
        return make(c, try convertAll(c, try Ops.iterate(ini)))
    }

    // MARK: - Operations used by Ops

    static func repr(_ a: Value) throws -> String {
        let c = codeString(code(a))
        if List.count(a) == 0 { return "array('\(c)')" }
        return "array('\(c)', [" + (try List.array(a).map(Ops.reprString).joined(separator: ", ")) + "])"
    }

    static func getItem(_ a: Value, _ key: Value) throws -> Value {
        if key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice {
            let (start, _, step, count) = try Ops.sliceIndices(key, length: List.count(a))
            let items = List.items(a)
            return make(code(a), (0..<count).map { items[start + $0 * step] })
        }
        if key.tag != .SW_TAG_INT && key.tag != .SW_TAG_BOOL && !BigInt.isBig(key)
            && !(Classes.isHeapInstance(key) && Classes.userMethod(key.obj.pointee.type, SN.__index__) != nil) {
            throw typeError("array indices must be integers")
        }
        return List.items(a)[try Ops.normalizeIndex(key, List.count(a), "array")]
    }

    static func setItem(_ a: Value, _ key: Value, _ v: Value) throws {
        let c = code(a)
        if key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice {
            guard v.isObject(ofType: T.array) else {
                throw typeError("can only assign array (not \"\(Ops.typeName(v))\") to array slice")
            }
            if code(v) != c { throw typeError("bad argument type for built-in operation") }
            let n = List.count(a)
            let (start, stop, step, count) = try Ops.sliceIndices(key, length: n)
            let new = List.array(v)
            if step == 1 {
                List.replace(a, start, max(start, stop), with: new)
            } else {
                if new.count != count {
                    throw valueError("attempt to assign array of size \(new.count) to extended slice of size \(count)")
                }
                for j in 0..<count { List.items(a)[start + j * step] = new[j] }
            }
            return
        }
        if key.tag != .SW_TAG_INT && key.tag != .SW_TAG_BOOL && !BigInt.isBig(key)
            && !(Classes.isHeapInstance(key) && Classes.userMethod(key.obj.pointee.type, SN.__index__) != nil) {
            throw typeError("array indices must be integers")
        }
        let i = try Ops.normalizeIndex(key, List.count(a), "array assignment")
        List.items(a)[i] = try convert(c, v)
    }

    static func delItem(_ a: Value, _ key: Value) throws {
        if key.tag == .SW_TAG_OBJ && key.obj.pointee.type == T.slice {
            let n = List.count(a)
            let (start, _, step, count) = try Ops.sliceIndices(key, length: n)
            var drop = Set<Int>()
            for j in 0..<count { drop.insert(start + j * step) }
            let kept = List.array(a).enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
            List.replace(a, 0, n, with: kept)
            return
        }
        _ = List.remove(a, at: try Ops.normalizeIndex(key, List.count(a), "array assignment"))
    }

    /// `a + b`, `a * n` (and the in-place forms) for arrays; nil when not an array operation.
    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool) throws -> Value? {
        let aa = a.isObject(ofType: T.array), ba = b.isObject(ofType: T.array)
        guard aa || ba else { return nil }
        switch op {
        case .add where aa:
            guard ba else {
                if inPlace { throw typeError("can only extend array with array (not \"\(Ops.typeName(b))\")") }
                throw typeError("can only append array (not \"\(Ops.typeName(b))\") to array")
            }
            if code(a) != code(b) { throw typeError("bad argument type for built-in operation") }
            if inPlace { List.replace(a, List.count(a), List.count(a), with: List.array(b)); return a }
            return make(code(a), List.array(a) + List.array(b))
        case .mul:
            let (arr, n) = aa ? (a, b) : (b, a)
            guard Num.isIntLike(n) || BigInt.isBig(n) else { return nil }
            let k = max(0, try Ops.index(n))
            let items = List.array(arr)
            var out: [Value] = []
            out.reserveCapacity(items.count * k)
            for _ in 0..<k { out += items }
            if inPlace && aa { List.replace(a, 0, List.count(a), with: out); return a }
            return make(code(arr), out)
        default:
            return nil
        }
    }

    // MARK: - Methods

    static func installMethods() {
        let t = T.array!
        func def(_ name: String, _ fn: @escaping NativeFn) { Native.method(t, name, fn) }
        def("append") { args in
            try args.expect("append", 2, 2)
            List.append(args[0], try convert(code(args[0]), args[1]))
            return .none
        }
        def("extend") { args in
            try args.expect("extend", 2, 2)
            let a = args[0], x = args[1]
            if x.isObject(ofType: T.array) {
                if code(x) != code(a) { throw typeError("can only extend with array of same kind") }
                List.replace(a, List.count(a), List.count(a), with: List.array(x))
            } else {
                for v in try Ops.iterate(x) { List.append(a, try convert(code(a), v)) }
            }
            return .none
        }
        def("fromlist") { args in
            try args.expect("fromlist", 2, 2)
            guard args[1].isObject(ofType: T.list) else { throw typeError("arg must be list") }
            let items = try convertAll(code(args[0]), List.array(args[1]))
            List.replace(args[0], List.count(args[0]), List.count(args[0]), with: items)
            return .none
        }
        def("insert") { args in
            try args.expect("insert", 3, 3)
            let a = args[0]
            let n = List.count(a)
            var i = try Ops.index(args[1])
            if i < 0 { i = max(0, i + n) }
            List.insert(a, min(i, n), try convert(code(a), args[2]))
            return .none
        }
        def("pop") { args in
            try args.expect("pop", 1, 2)
            let a = args[0]
            let n = List.count(a)
            if n == 0 { throw indexError("pop from empty array") }
            var i = args.count > 1 ? try Ops.index(args[1]) : -1
            if i < 0 { i += n }
            if i < 0 || i >= n { throw indexError("pop index out of range") }
            return List.remove(a, at: i)
        }
        def("remove") { args in
            try args.expect("remove", 2, 2)
            let a = args[0]
            for i in 0..<List.count(a) where try Ops.equal(List.items(a)[i], args[1]) {
                _ = List.remove(a, at: i)
                return .none
            }
            throw valueError("array.remove(x): x not in array")
        }
        def("index") { args in
            try args.expect("index", 2, 2)
            let a = args[0]
            for i in 0..<List.count(a) where try Ops.equal(List.items(a)[i], args[1]) { return Value(int: i) }
            throw valueError("array.index(x): x not in array")
        }
        def("count") { args in
            try args.expect("count", 2, 2)
            var n = 0
            for x in List.array(args[0]) where try Ops.equal(x, args[1]) { n += 1 }
            return Value(int: n)
        }
        def("reverse") { args in
            try args.expect("reverse", 1, 1)
            List.replace(args[0], 0, List.count(args[0]), with: List.array(args[0]).reversed())
            return .none
        }
        def("tolist") { args in
            try args.expect("tolist", 1, 1)
            return List.make(List.array(args[0]))
        }
        def("__getitem__") { args in try args.expect("__getitem__", 2, 2); return try getItem(args[0], args[1]) }
        def("__setitem__") { args in try args.expect("__setitem__", 3, 3); try setItem(args[0], args[1], args[2]); return .none }
        def("__delitem__") { args in try args.expect("__delitem__", 2, 2); try delItem(args[0], args[1]); return .none }
        def("__len__") { args in Value(int: List.count(args[0])) }
        def("__iadd__") { args in
            try args.expect("__iadd__", 2, 2)
            return try binary(.add, args[0], args[1], inPlace: true) ?? Singletons.notImplemented
        }
        def("__copy__") { args in make(code(args[0]), List.array(args[0])) }
        def("__deepcopy__") { args in make(code(args[0]), List.array(args[0])) }
    }

    /// The data attributes of an array.
    static func attribute(_ a: Value, _ name: String) -> Value? {
        switch name {
        case "typecode": return Str.intern(codeString(code(a)))
        case "itemsize": return Value(int: itemsize(code(a)))
        default: return nil
        }
    }
}
