// Native.swift — built-in functions and methods implemented in Swift: how they are
// registered, bound to `self`, and how they read their arguments.

/// The arguments of a native call. For methods, `positional[0]` is self.
public struct Args {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]

    public init(_ positional: [Value], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    public subscript(_ i: Int) -> Value { positional[i] }

    /// Positional argument `i`, or the keyword `name`, or nil.
    public func arg(_ i: Int, _ name: String? = nil) -> Value? {
        if i < positional.count { return positional[i] }
        if let name { return keyword(name) }
        return nil
    }

    public func keyword(_ name: String) -> Value? {
        keywords.first { $0.name == name }?.value
    }

    /// CPython's arity errors for built-ins: `len() takes exactly one argument (2 given)`.
    public func expect(_ fname: String, _ min: Int, _ max: Int, keywords allowed: [String] = []) throws {
        for (k, _) in keywords where !allowed.contains(k) {
            if allowed.isEmpty { throw typeError("\(fname)() takes no keyword arguments") }
            throw typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
        let n = positional.count
        if n < min || n > max {
            if min == max {
                if min == 0 { throw typeError("\(fname)() takes no arguments (\(n) given)") }
                if min == 1 { throw typeError("\(fname)() takes exactly one argument (\(n) given)") }
                throw typeError("\(fname) expected \(min) arguments, got \(n)")
            }
            if n < min {
                throw typeError("\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            }
            throw typeError("\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }
}

public typealias NativeFn = (inout Args) throws -> Value

enum BuiltinSlot {
    static let selfValue = 0
    static let name = 1
    static let count = 2
}

public enum Native {
    /// The built-in functions, by index (SwBuiltin.index); `count` of them.
    @inline(__always) static var table: UnsafeMutablePointer<NativeFn> { sw_native_table.assumingMemoryBound(to: NativeFn.self) }
    static var count = 0
    static var names: [String] = []

    /// One- and two-argument forms of some built-in functions (`len`, `abs`, `isinstance`...),
    /// indexed as `table`: the interpreter calls them with the argument registers, without
    /// building an Args array (see `callDirect`).
    typealias Direct1 = (Value) throws -> Value
    typealias Direct2 = (Value, Value) throws -> Value
    @inline(__always) static var direct1: UnsafeMutablePointer<Direct1?> { sw_native_direct1.assumingMemoryBound(to: Direct1?.self) }
    @inline(__always) static var direct2: UnsafeMutablePointer<Direct2?> { sw_native_direct2.assumingMemoryBound(to: Direct2?.self) }
    /// Entries the tables have room for.
    static var capacity = 0
    /// The type whose instances a method takes as self (checked by `call`, as CPython's
    /// method descriptors check it), indexed as `table`; nil for functions, `__x__`
    /// methods and the class-level methods below.
    @inline(__always) static var owners: UnsafeMutablePointer<TypeRef?> { sw_native_owners.assumingMemoryBound(to: TypeRef?.self) }
    /// Methods of built-in types that CPython makes static or class methods: their first
    /// argument is not an instance.
    static let classLevel: Set<String> = ["fromkeys", "maketrans"]

    /// Creates an (immortal) built-in function object.
    public static func function(_ name: String, _ fn: @escaping NativeFn) -> Value {
        if count == capacity { growTables() }
        (table + count).initialize(to: fn)
        count += 1
        names.append(name)
        return Heap.immortal { makeBuiltin(index: count - 1, selfValue: .unbound, name: Str.intern(name)) }
    }

    /// Doubles the tables' room (new entries: no owner, no direct forms).
    static func growTables() {
        let old = capacity
        capacity = max(1024, old * 2)
        func grown<E>(_ p: UnsafeMutableRawPointer?, _: E.Type, fill: E?) -> UnsafeMutableRawPointer {
            let new = UnsafeMutablePointer<E>.allocate(capacity: capacity)
            if let fill { (new + old).initialize(repeating: fill, count: capacity - old) }
            if let p, old > 0 {
                let from = p.assumingMemoryBound(to: E.self)
                new.moveInitialize(from: from, count: old)
                from.deallocate()
            }
            return UnsafeMutableRawPointer(new)
        }
        sw_native_table = grown(sw_native_table, NativeFn.self, fill: nil)
        sw_native_owners = grown(sw_native_owners, Optional<TypeRef>.self, fill: .some(nil))
        sw_native_direct1 = grown(sw_native_direct1, Optional<Direct1>.self, fill: .some(nil))
        sw_native_direct2 = grown(sw_native_direct2, Optional<Direct2>.self, fill: .some(nil))
    }

    static func makeBuiltin(index: Int, selfValue: Value, name: Value) -> Value {
        let o = Heap.allocate(T.builtinFunction, size: MemoryLayout<SwBuiltin>.size + BuiltinSlot.count * MemoryLayout<SwValue>.size,
                              nslots: BuiltinSlot.count)
        let b = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwBuiltin.self)
        b.pointee.index = Int64(index)
        builtinSlots(b)[BuiltinSlot.selfValue] = selfValue
        builtinSlots(b)[BuiltinSlot.name] = name
        return Value(o)
    }

    /// Registers a method in a built-in type's dict. The function receives self first.
    public static func method(_ type: TypeRef, _ name: String, _ fn: @escaping NativeFn) {
        let f = function(name, fn)
        // (`__x__` methods, CPython's slot wrappers, check self themselves: another message.)
        if !classLevel.contains(name) && !(name.hasPrefix("__") && name.hasSuffix("__")) { owners[count - 1] = type }
        Dict.setStr(Types.dict(type), name, f)
    }

    /// A bound method: the builtin with `self` stored (for `m = "x".join`).
    public static func bind(_ builtin: Value, to selfValue: Value) -> Value {
        let b = builtin.as(SwBuiltin.self)
        return makeBuiltin(index: Int(b.pointee.index), selfValue: selfValue, name: builtinSlots(b)[BuiltinSlot.name])
    }

    public static func name(_ builtin: Value) -> String {
        Str.swift(builtinSlots(builtin.as(SwBuiltin.self))[BuiltinSlot.name])
    }

    public static func boundSelf(_ builtin: Value) -> Value {
        builtinSlots(builtin.as(SwBuiltin.self))[BuiltinSlot.selfValue]
    }

    /// Gives built-in function `f` a form taking one argument (it must behave as `f` called
    /// with that one positional argument).
    static func setDirect(_ f: Value, _ fn: @escaping (Value) throws -> Value) {
        direct1[Int(f.as(SwBuiltin.self).pointee.index)] = fn
    }
    static func setDirect(_ f: Value, _ fn: @escaping (Value, Value) throws -> Value) {
        direct2[Int(f.as(SwBuiltin.self).pointee.index)] = fn
    }

    /// Calls built-in `f` (not bound) with the `argc` positional arguments at `args` if it
    /// has a direct form for that many; nil if not.
    @inline(__always)
    static func callDirect(_ f: Value, _ args: UnsafeMutablePointer<SwValue>, _ argc: Int) throws -> Value? {
        let b = f.as(SwBuiltin.self)
        guard builtinSlots(b)[BuiltinSlot.selfValue].tag == .SW_TAG_UNBOUND else { return nil }
        let i = Int(b.pointee.index)
        if argc == 1, let fn = direct1[i] { return try fn(args[0]) }
        if argc == 2, let fn = direct2[i] { return try fn(args[0], args[1]) }
        return nil
    }

    /// `int(x)` and `range(...)` of ints, the commonest constructor calls, with the `argc`
    /// positional arguments at `args` and no argument array; nil for any other call.
    @inline(__always)
    static func constructDirect(_ f: Value, _ args: UnsafeMutablePointer<SwValue>, _ argc: Int) throws -> Value? {
        guard f.tag == .SW_TAG_OBJ && f.obj.pointee.type == T.type else { return nil }
        let t = f.as(SwType.self)
        if t == T.int && argc == 1 { return try intFromValue(args[0]) }
        if t == T.range && argc >= 1 && argc <= 3 && (0..<argc).allSatisfy({ args[$0].tag == .SW_TAG_INT })
            && (argc < 3 || args[2].int != 0) {
            return argc == 1 ? PyRange.make(Value(int: 0), args[0], Value(int: 1))
                : PyRange.make(args[0], args[1], argc == 3 ? args[2] : Value(int: 1))
        }
        return nil
    }

    /// Calls a built-in with positional arguments (self prepended if bound).
    public static func call(_ builtin: Value, _ args: inout Args) throws -> Value {
        let s = boundSelf(builtin)
        if s.tag != .SW_TAG_UNBOUND { args.positional.insert(s, at: 0) }
        return try callWithSelf(builtin, &args)
    }

    /// Calls built-in `builtin` with `args`, which start with its bound self if it has one.
    static func callWithSelf(_ builtin: Value, _ args: inout Args) throws -> Value {
        let i = Int(builtin.as(SwBuiltin.self).pointee.index)
        if let owner = owners[i] {
            guard let me = args.positional.first else {
                throw typeError("unbound method \(Types.name(owner)).\(names[i])() needs an argument")
            }
            if !Ops.isInstance(me, owner) {
                throw typeError("descriptor '\(names[i])' for '\(Types.name(owner))' objects doesn't apply to a '\(Ops.typeName(me))' object")
            }
        }
        return try table[i](&args)
    }
}
