// BuiltinConstructors.swift — calling the built-in types: int(), float(), str(), list(), dict(), range()...

func constructInt(_ args: inout Args) throws -> Value {
    let total = args.count + args.keywords.count
    if total > 2 { throw typeError("int() takes at most 2 arguments (\(total) given)") }
    try args.checkKeywords("int", ["base"])
    if args.count > 1 && args.keyword("base") != nil {
        throw typeError("argument for int() given by name ('base') and position (2)")
    }
    guard let x = args.arg(0) else {
        if args.keyword("base") != nil { throw typeError("int() missing string argument") }
        return Value(int: 0)
    }
    guard let b = args.arg(1, "base") else { return try intFromValue(x) }
    let base = try Ops.index(b)
    if base != 0 && (base < 2 || base > 36) { throw valueError("int() base must be >= 2 and <= 36, or 0") }
    guard isStr(x) else { throw typeError("int() can't convert non-string with explicit base") }
    return try parseInt(x, base: base)
}

func constructFloat(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("float() takes no keyword arguments") }
    try args.expect("float", 0, 1)
    if args.count == 0 { return Value(float: 0) }
    let x = args[0]
    if x.tag == .SW_TAG_FLOAT { return x }
    return Value(float: try floatFromValue(x))
}

func constructStr(_ args: inout Args) throws -> Value {
    try args.checkKeywords("str", ["object", "encoding", "errors"])
    let total = args.count + args.keywords.count
    if total > 3 { throw typeError("str() takes at most 3 arguments (\(total) given)") }
    guard let x = args.arg(0, "object") else { return Str.make("") }
    if total > 1 {
        throw typeError("decoding to str: need a bytes-like object, \(Ops.typeName(x)) found")
    }
    return try Ops.str(x)
}

func constructBool(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("bool() takes no keyword arguments") }
    try args.expect("bool", 0, 1)
    if args.count == 0 { return .false }
    return Value(bool: try Ops.truthy(args[0]))
}

func constructList(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("list() takes no keyword arguments") }
    try args.expect("list", 0, 1)
    if args.count == 0 { return List.make() }
    return try collectList(args[0])
}

func constructTuple(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("tuple() takes no keyword arguments") }
    try args.expect("tuple", 0, 1)
    if args.count == 0 { return Tuple.make([]) }
    let x = args[0]
    if x.isObject(ofType: T.tuple) { return x }
    if x.isObject(ofType: T.list) { return listToTuple(x) }
    let l = try collectList(x)
    return listToTuple(l)
}

func constructDict(_ args: inout Args) throws -> Value {
    try args.expect("dict", 0, 1, keywords: args.keywords.map { $0.name })
    let d = Dict.make()
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(d)
    if args.count == 1 { try dictUpdate(d, from: args[0]) }
    for (k, v) in args.keywords { Dict.setStr(d, Str.intern(k), v) }
    return d
}

/// A new set or frozenset holding the items of an iterable.
func makeSet(from iterable: Value?, frozen: Bool) throws -> Value {
    let s = PySet.make(frozen: frozen)
    guard let x = iterable else { return s }
    let roots = TempRoots()
    defer { roots.release() }
    roots.add(s)
    try setUpdate(s, with: x)
    return s
}

func constructSet(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("set() takes no keyword arguments") }
    try args.expect("set", 0, 1)
    return try makeSet(from: args.arg(0), frozen: false)
}

func constructFrozenset(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("frozenset() takes no keyword arguments") }
    try args.expect("frozenset", 0, 1)
    if let x = args.arg(0), x.isObject(ofType: T.frozenset) { return x }
    return try makeSet(from: args.arg(0), frozen: true)
}

func constructRange(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("range() takes no keyword arguments") }
    try args.expect("range", 1, 3)
    return try PyRange.construct(args.positional)
}

func constructSlice(_ args: inout Args) throws -> Value {
    if !args.keywords.isEmpty { throw typeError("slice() takes no keyword arguments") }
    switch args.count {
    case 1: return Ops.makeSlice(.none, args[0], .none)
    case 2: return Ops.makeSlice(args[0], args[1], .none)
    case 3: return Ops.makeSlice(args[0], args[1], args[2])
    case 0: throw typeError("slice expected at least 1 argument, got 0")
    default: throw typeError("slice expected at most 3 arguments, got \(args.count)")
    }
}

func constructType(_ args: inout Args) throws -> Value {
    if args.count == 1 && args.keywords.isEmpty { return Value(Ops.typeOf(args[0])) }
    if args.count != 1 && args.count != 3 { throw typeError("type() takes 1 or 3 arguments") }
    if !args.keywords.isEmpty { throw typeError("type() takes no keyword arguments") }
    return try Classes.typeCall3(args)
}

/// The constructors the interpreter calls when a built-in type object is called.
func builtinConstructorTable() -> [(TypeRef, NativeFn)] {
    [
        (T.int, constructInt), (T.float, constructFloat), (T.str, constructStr), (T.bool, constructBool),
        (T.list, constructList), (T.tuple, constructTuple), (T.dict, constructDict), (T.set, constructSet),
        (T.frozenset, constructFrozenset), (T.range, constructRange), (T.type, constructType), (T.slice, constructSlice),
        (T.enumerate, constructEnumerate), (T.zip, constructZip), (T.map, constructMap),
        (T.filter, constructFilter), (T.reversed, constructReversed),
    ]
}

let builtinConstructors: [(TypeRef, NativeFn)] = builtinConstructorTable()
