// Types.swift — the built-in type objects and the exception class hierarchy, created
// once at startup (immortal).

/// The built-in types.
public enum T {
    public static var type: TypeRef!
    public static var object: TypeRef!
    public static var int: TypeRef!
    public static var bool: TypeRef!
    public static var float: TypeRef!
    public static var noneType: TypeRef!
    public static var str: TypeRef!
    public static var list: TypeRef!
    public static var tuple: TypeRef!
    public static var dict: TypeRef!
    public static var set: TypeRef!
    public static var frozenset: TypeRef!
    public static var range: TypeRef!
    public static var slice: TypeRef!
    public static var function: TypeRef!
    public static var builtinFunction: TypeRef!
    public static var code: TypeRef!
    public static var cell: TypeRef!
    public static var module: TypeRef!
    public static var notImplementedType: TypeRef!
    public static var ellipsisType: TypeRef!
    public static var bytes: TypeRef!
    // Iterators and views: slot objects.
    public static var listIterator: TypeRef!
    public static var tupleIterator: TypeRef!
    public static var rangeIterator: TypeRef!
    /// Iterator over a range whose values leave Int64 (generic int slots).
    public static var longRangeIterator: TypeRef!
    public static var strIterator: TypeRef!
    public static var dictKeyIterator: TypeRef!
    public static var dictValueIterator: TypeRef!
    public static var dictItemIterator: TypeRef!
    public static var setIterator: TypeRef!
    public static var dictKeys: TypeRef!
    public static var dictValues: TypeRef!
    public static var dictItems: TypeRef!
    public static var enumerate: TypeRef!
    public static var zip: TypeRef!
    public static var map: TypeRef!
    public static var filter: TypeRef!
    public static var reversed: TypeRef!
    public static var listReverseIterator: TypeRef!
    public static var callIterator: TypeRef!
    /// Every built-in type by name (for builtins and repr).
    static var byName: [String: TypeRef] = [:]
}

/// Singleton objects.
public enum Singletons {
    public static var notImplemented = Value.none
    public static var ellipsis = Value.none
}

public enum Types {
    /// Creates an immortal type object.
    public static func make(_ name: String, kind: SwKind, base: TypeRef?, flags: UInt32 = 0) -> TypeRef {
        Heap.immortal {
            let size = MemoryLayout<SwType>.size + Int(SW_TYPE_NSLOTS) * MemoryLayout<SwValue>.size
            let o = Heap.allocate(T.type ?? UnsafeMutablePointer<SwType>(bitPattern: 8)!, size: size, nslots: Int(SW_TYPE_NSLOTS))
            let t = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwType.self)
            t.pointee.kind = kind
            t.pointee.flags = flags
            t.pointee.base = base
            return t
        }
    }

    /// Fills in name and dict once str and dict exist.
    static func finish(_ t: TypeRef, _ name: String) {
        Heap.immortal {
            typeSlots(t)[Int(SW_TYPE_SLOT_NAME)] = Str.intern(name)
            typeSlots(t)[Int(SW_TYPE_SLOT_DICT)] = Dict.make()
        }
        T.byName[name] = t
    }

    public static func name(_ t: TypeRef) -> String { Str.swift(typeSlots(t)[Int(SW_TYPE_SLOT_NAME)]) }
    public static func dict(_ t: TypeRef) -> Value { typeSlots(t)[Int(SW_TYPE_SLOT_DICT)] }

    /// The method resolution order: a class's computed MRO, or a built-in's base chain.
    public static func mro(_ t: TypeRef) -> [Value] {
        let m = typeSlots(t)[Int(SW_TYPE_SLOT_MRO)]
        if m.tag == .SW_TAG_OBJ && m.obj.pointee.type == T.tuple { return Tuple.array(m) }
        var out: [Value] = []
        var c: TypeRef? = t
        while let x = c { out.append(Value(x)); c = x.pointee.base }
        return out
    }

    /// Whether `t` is `base` or inherits from it.
    public static func isSubtype(_ t: TypeRef, _ base: TypeRef) -> Bool {
        if t.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0 {
            if t == base || base == T.object { return true }
            let m = typeSlots(t)[Int(SW_TYPE_SLOT_MRO)]
            let n = Tuple.count(m), items = Tuple.items(m)
            let b = UInt64(UInt(bitPattern: base))
            for i in 0..<n where items[i].bits == b { return true }
            return false
        }
        var c: TypeRef? = t
        while let x = c {
            if x == base { return true }
            c = x.pointee.base
        }
        return base == T.object
    }

    /// Looks a name up along the base chain.
    public static func lookup(_ t: TypeRef, _ name: Value) -> Value? {
        if t.pointee.flags & UInt32(SW_TYPEFLAG_HEAPTYPE) != 0 { return Classes.lookup(t, name) }
        var c: TypeRef? = t
        while let x = c {
            let d = typeSlots(x)[Int(SW_TYPE_SLOT_DICT)]
            if d.tag == .SW_TAG_OBJ, let v = Dict.getStr(d, name) { return v }
            c = x.pointee.base
        }
        return nil
    }

    static func setUp() {
        // `type` first, with a placeholder type pointer fixed right after.
        T.type = make("type", kind: .SW_KIND_TYPE, base: nil)
        T.type.pointee.head.type = T.type
        T.object = make("object", kind: .SW_KIND_SLOTS, base: nil)
        T.type.pointee.base = T.object
        T.str = make("str", kind: .SW_KIND_STR, base: T.object)
        T.dict = make("dict", kind: .SW_KIND_DICT, base: T.object)
        T.int = make("int", kind: .SW_KIND_BIGINT, base: T.object)
        T.bool = make("bool", kind: .SW_KIND_BIGINT, base: T.int)
        T.float = make("float", kind: .SW_KIND_SLOTS, base: T.object)
        T.noneType = make("NoneType", kind: .SW_KIND_SLOTS, base: T.object)
        T.list = make("list", kind: .SW_KIND_LIST, base: T.object)
        T.tuple = make("tuple", kind: .SW_KIND_TUPLE, base: T.object)
        T.set = make("set", kind: .SW_KIND_SET, base: T.object)
        T.frozenset = make("frozenset", kind: .SW_KIND_SET, base: T.object)
        T.range = make("range", kind: .SW_KIND_SLOTS, base: T.object)
        T.slice = make("slice", kind: .SW_KIND_SLOTS, base: T.object)
        T.function = make("function", kind: .SW_KIND_SLOTS, base: T.object)
        T.builtinFunction = make("builtin_function_or_method", kind: .SW_KIND_BUILTIN, base: T.object)
        T.code = make("code", kind: .SW_KIND_CODE, base: T.object)
        T.cell = make("cell", kind: .SW_KIND_SLOTS, base: T.object)
        T.module = make("module", kind: .SW_KIND_SLOTS, base: T.object)
        T.notImplementedType = make("NotImplementedType", kind: .SW_KIND_SLOTS, base: T.object)
        T.ellipsisType = make("ellipsis", kind: .SW_KIND_SLOTS, base: T.object)
        T.bytes = make("bytes", kind: .SW_KIND_SLOTS, base: T.object)
        T.listIterator = make("list_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.listReverseIterator = make("list_reverseiterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.tupleIterator = make("tuple_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.rangeIterator = make("range_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.longRangeIterator = make("longrange_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.strIterator = make("str_ascii_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.dictKeyIterator = make("dict_keyiterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.dictValueIterator = make("dict_valueiterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.dictItemIterator = make("dict_itemiterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.setIterator = make("set_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        T.dictKeys = make("dict_keys", kind: .SW_KIND_SLOTS, base: T.object)
        T.dictValues = make("dict_values", kind: .SW_KIND_SLOTS, base: T.object)
        T.dictItems = make("dict_items", kind: .SW_KIND_SLOTS, base: T.object)
        T.enumerate = make("enumerate", kind: .SW_KIND_SLOTS, base: T.object)
        T.zip = make("zip", kind: .SW_KIND_SLOTS, base: T.object)
        T.map = make("map", kind: .SW_KIND_SLOTS, base: T.object)
        T.filter = make("filter", kind: .SW_KIND_SLOTS, base: T.object)
        T.reversed = make("reversed", kind: .SW_KIND_SLOTS, base: T.object)
        T.callIterator = make("callable_iterator", kind: .SW_KIND_SLOTS, base: T.object)
        // Every type object made so far had no `type` yet.
        let early: [TypeRef] = [T.object, T.str, T.dict, T.int, T.bool, T.float, T.noneType, T.list, T.tuple, T.set,
                                T.frozenset, T.range, T.slice, T.function, T.builtinFunction, T.code, T.cell, T.module]
        let late: [TypeRef] = [T.notImplementedType, T.ellipsisType, T.bytes, T.listIterator, T.listReverseIterator,
                               T.tupleIterator, T.rangeIterator, T.strIterator, T.dictKeyIterator, T.dictValueIterator]
        let rest: [TypeRef] = [T.dictItemIterator, T.setIterator, T.dictKeys, T.dictValues, T.dictItems, T.enumerate,
                               T.zip, T.map, T.filter, T.reversed, T.callIterator, T.longRangeIterator]
        for t in early + late + rest { t.pointee.head.type = T.type }
        Str.setUp()
        let names: [(TypeRef, String)] = [
            (T.type, "type"), (T.object, "object"), (T.str, "str"), (T.dict, "dict"), (T.int, "int"),
            (T.bool, "bool"), (T.float, "float"), (T.noneType, "NoneType"), (T.list, "list"),
            (T.tuple, "tuple"), (T.set, "set"), (T.frozenset, "frozenset"), (T.range, "range"),
            (T.slice, "slice"), (T.function, "function"), (T.builtinFunction, "builtin_function_or_method"),
            (T.code, "code"), (T.cell, "cell"), (T.module, "module"),
            (T.notImplementedType, "NotImplementedType"), (T.ellipsisType, "ellipsis"), (T.bytes, "bytes"),
            (T.listIterator, "list_iterator"), (T.listReverseIterator, "list_reverseiterator"),
            (T.tupleIterator, "tuple_iterator"), (T.rangeIterator, "range_iterator"),
            (T.longRangeIterator, "longrange_iterator"),
            (T.strIterator, "str_ascii_iterator"), (T.dictKeyIterator, "dict_keyiterator"),
            (T.dictValueIterator, "dict_valueiterator"), (T.dictItemIterator, "dict_itemiterator"),
            (T.setIterator, "set_iterator"), (T.dictKeys, "dict_keys"), (T.dictValues, "dict_values"),
            (T.dictItems, "dict_items"), (T.enumerate, "enumerate"), (T.zip, "zip"), (T.map, "map"),
            (T.filter, "filter"), (T.reversed, "reversed"), (T.callIterator, "callable_iterator"),
        ]
        for (t, n) in names { finish(t, n) }
        for t in [T.object, T.int, T.float, T.str, T.list, T.tuple, T.dict, T.set, T.frozenset] as [TypeRef] {
            t.pointee.flags |= UInt32(SW_TYPEFLAG_BASETYPE)
        }
        Heap.immortal {
            Singletons.notImplemented = Value(Heap.allocate(T.notImplementedType, size: MemoryLayout<SwObject>.size))
            Singletons.ellipsis = Value(Heap.allocate(T.ellipsisType, size: MemoryLayout<SwObject>.size))
        }
        Exc.setUp()
    }
}

/// Built-in exception classes, CPython's hierarchy.
public enum Exc {
    public static var baseException: TypeRef!
    public static var exception: TypeRef!
    public static var systemExit: TypeRef!
    public static var keyboardInterrupt: TypeRef!
    public static var stopIteration: TypeRef!
    public static var arithmeticError: TypeRef!
    public static var zeroDivisionError: TypeRef!
    public static var overflowError: TypeRef!
    public static var assertionError: TypeRef!
    public static var attributeError: TypeRef!
    public static var lookupError: TypeRef!
    public static var indexError: TypeRef!
    public static var keyError: TypeRef!
    public static var nameError: TypeRef!
    public static var unboundLocalError: TypeRef!
    public static var runtimeError: TypeRef!
    public static var recursionError: TypeRef!
    public static var notImplementedError: TypeRef!
    public static var typeError: TypeRef!
    public static var valueError: TypeRef!
    public static var unicodeError: TypeRef!
    public static var importError: TypeRef!
    public static var moduleNotFoundError: TypeRef!
    public static var syntaxError: TypeRef!
    public static var indentationError: TypeRef!
    public static var memoryError: TypeRef!
    public static var osError: TypeRef!
    public static var eofError: TypeRef!
    /// All exception classes, for the builtins module.
    static var all: [TypeRef] = []

    static func make(_ name: String, _ base: TypeRef?) -> TypeRef {
        let t = Types.make(name, kind: .SW_KIND_SLOTS, base: base ?? T.object,
                           flags: UInt32(SW_TYPEFLAG_EXCEPTION | SW_TYPEFLAG_BASETYPE))
        t.pointee.head.type = T.type
        Types.finish(t, name)
        all.append(t)
        return t
    }

    static func setUp() {
        baseException = make("BaseException", nil)
        systemExit = make("SystemExit", baseException)
        keyboardInterrupt = make("KeyboardInterrupt", baseException)
        _ = make("GeneratorExit", baseException)
        exception = make("Exception", baseException)
        stopIteration = make("StopIteration", exception)
        _ = make("StopAsyncIteration", exception)
        arithmeticError = make("ArithmeticError", exception)
        _ = make("FloatingPointError", arithmeticError)
        overflowError = make("OverflowError", arithmeticError)
        zeroDivisionError = make("ZeroDivisionError", arithmeticError)
        assertionError = make("AssertionError", exception)
        attributeError = make("AttributeError", exception)
        _ = make("BufferError", exception)
        eofError = make("EOFError", exception)
        importError = make("ImportError", exception)
        moduleNotFoundError = make("ModuleNotFoundError", importError)
        lookupError = make("LookupError", exception)
        indexError = make("IndexError", lookupError)
        keyError = make("KeyError", lookupError)
        memoryError = make("MemoryError", exception)
        nameError = make("NameError", exception)
        unboundLocalError = make("UnboundLocalError", nameError)
        osError = make("OSError", exception)
        _ = make("FileNotFoundError", osError)
        _ = make("PermissionError", osError)
        runtimeError = make("RuntimeError", exception)
        notImplementedError = make("NotImplementedError", runtimeError)
        recursionError = make("RecursionError", runtimeError)
        syntaxError = make("SyntaxError", exception)
        indentationError = make("IndentationError", syntaxError)
        _ = make("TabError", indentationError)
        _ = make("SystemError", exception)
        typeError = make("TypeError", exception)
        valueError = make("ValueError", exception)
        unicodeError = make("UnicodeError", valueError)
        _ = make("Warning", exception)
    }
}
