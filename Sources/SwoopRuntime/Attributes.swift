// Attributes.swift — attribute lookup on built-in objects: methods from the type's dict
// (bound on access, or split into function + self for calls), module globals, and the
// few data attributes built-ins expose.

extension Ops {
    public static func getAttr(_ o: Value, _ name: Value) throws -> Value {
        if let v = try lookupAttr(o, name) { return v }
        if o.tag == .SW_TAG_OBJ && o.obj.pointee.type.pointee.flags & Classes.heapFlag != 0,
           let v = try Classes.getAttrHook(o, o.obj.pointee.type, name) { return v }
        throw attributeMissing(o, name)
    }

    static func attributeMissing(_ o: Value, _ name: Value) -> PyError {
        let n = Str.swift(name)
        let t = typeOf(o)
        if t == T.module {
            let mn = Str.swift(objectSlots(o.obj)[ModuleSlot.name])
            return attributeError("module '\(mn)' has no attribute '\(n)'")
        }
        if t == T.type {
            return attributeError("type object '\(Types.name(o.as(SwType.self)))' has no attribute '\(n)'")
        }
        if t == T.superType { return attributeError("'super' object has no attribute '\(n)'") }
        return attributeError("'\(Types.name(t))' object has no attribute '\(n)'")
    }

    /// Method lookup for calls: (function, self) where self is unbound for non-methods.
    public static func loadMethod(_ o: Value, _ name: Value) throws -> (Value, Value) {
        let t = typeOf(o)
        if t.pointee.flags & Classes.heapFlag != 0 { return try Classes.loadMethod(o, t, name) }
        if t == T.superType {
            if let a = Classes.superLookup(o, name), a.tag == .SW_TAG_OBJ,
               a.obj.pointee.type == T.function || a.obj.pointee.type == T.builtinFunction {
                let s = objectSlots(o.obj)
                if !s[SuperSlot.object].identical(s[SuperSlot.objectType]) { return (a, s[SuperSlot.object]) }
            }
            return (try getAttr(o, name), .unbound)
        }
        if t != T.module && t != T.type, let m = Types.lookup(t, name), typeOf(m) == T.builtinFunction {
            return (m, o)
        }
        return (try getAttr(o, name), .unbound)
    }

    static func lookupAttr(_ o: Value, _ name: Value) throws -> Value? {
        let t = typeOf(o)
        if t == T.module {
            return Dict.getStr(Modules.dict(o), name)
        }
        if t.pointee.flags & Classes.heapFlag != 0 {
            if let v = try Classes.instanceGetAttr(o, t, name) { return v }
            // Built-in attributes of the base type (exception args...) follow.
        }
        if t == T.type { return try Classes.typeGetAttr(o.as(SwType.self), name) }
        if t == T.superType { return try Classes.superGetAttr(o, name) }
        if let v = descriptorAttribute(o, t, Str.swift(name)) { return v }
        if t == T.array, let v = PyArray.attribute(o, Str.swift(name)) { return v }
        if let m = Types.lookup(t, name) {
            if typeOf(m) == T.builtinFunction { return Native.bind(m, to: o) }
            return m
        }
        let n = Str.swift(name)
        if n == "__class__" { return Value(t) }
        if t == T.function {
            let s = objectSlots(o.obj)
            switch n {
            case "__name__": return s[FuncSlot.name]
            case "__qualname__": return s[FuncSlot.qualname]
            case "__defaults__": return s[FuncSlot.defaults]
            case "__module__": return s[FuncSlot.module]
            case "__code__": return s[FuncSlot.code]
            case "__doc__":
                if s[FuncSlot.dict].tag == .SW_TAG_OBJ, let d = Dict.getStr(s[FuncSlot.dict], name) { return d }
                let info = CodeInfo.from(s[FuncSlot.code])
                if info.code.flags.contains(.hasDocstring) { return info.constants[0] }
                return Value.none
            default:
                if s[FuncSlot.dict].tag == .SW_TAG_OBJ { return Dict.getStr(s[FuncSlot.dict], name) }
                return nil
            }
        }
        if t == T.generator { return Generator.attribute(o, n) }
        if t == T.traceback || t == T.frame || t == T.code { return Tracebacks.attribute(o, t, n) }
        if t == T.builtinFunction && n == "__name__" { return Str.make(Native.name(o)) }
        if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
            let s = objectSlots(o.obj)
            switch n {
            case "args": return s[ExcSlot.args]
            case "__cause__": return s[ExcSlot.cause]
            case "__context__": return s[ExcSlot.context]
            case "__suppress_context__": return s[ExcSlot.suppressContext]
            case "__traceback__": return Tracebacks.chain(o)
            case "code" where t == Exc.systemExit:
                let a = Tuple.array(s[ExcSlot.args])
                return a.isEmpty ? Value.none : (a.count == 1 ? a[0] : s[ExcSlot.args])
            case "value" where t == Exc.stopIteration:
                let a = Tuple.array(s[ExcSlot.args])
                return a.isEmpty ? Value.none : a[0]
            default:
                if s[ExcSlot.dict].tag == .SW_TAG_OBJ { return Dict.getStr(s[ExcSlot.dict], name) }
                return nil
            }
        }
        if StructSeq.isStructSeq(t), let i = StructSeq.fieldIndex(t, n) { return Tuple.items(o)[i] }
        if t == T.range {
            let s = objectSlots(o.obj)
            switch n { case "start": return s[0]; case "stop": return s[1]; case "step": return s[2]; default: return nil }
        }
        if t == T.slice {
            let s = objectSlots(o.obj)
            switch n { case "start": return s[0]; case "stop": return s[1]; case "step": return s[2]; default: return nil }
        }
        if o.tag == .SW_TAG_INT || o.tag == .SW_TAG_BOOL || t == T.int {
            switch n {
            case "real", "numerator": return o.tag == .SW_TAG_BOOL ? Value(int: o.bool ? 1 : 0) : o
            case "imag": return Value(int: 0)
            case "denominator": return Value(int: 1)
            default: return nil
            }
        }
        if o.tag == .SW_TAG_FLOAT {
            switch n { case "real": return o; case "imag": return Value(float: 0); default: return nil }
        }
        return nil
    }

    public static func setAttr(_ o: Value, _ name: Value, _ v: Value) throws {
        let t = typeOf(o)
        if t.pointee.flags & Classes.heapFlag != 0 { try Classes.setAttr(o, t, name, v); return }
        try setAttrBuiltin(o, name, v)
    }

    static func setAttrBuiltin(_ o: Value, _ name: Value, _ v: Value) throws {
        let t = typeOf(o)
        if t == T.type { try Classes.typeSetAttr(o.as(SwType.self), name, v); return }
        if t == T.module { Dict.setStr(Modules.dict(o), name, v); return }
        if t == T.function {
            let s = objectSlots(o.obj)
            let n = Str.swift(name)
            if n == "__name__" { s[FuncSlot.name] = v; return }
            if n == "__qualname__" { s[FuncSlot.qualname] = v; return }
            if s[FuncSlot.dict].tag != .SW_TAG_OBJ { s[FuncSlot.dict] = Dict.make() }
            Dict.setStr(s[FuncSlot.dict], name, v)
            return
        }
        if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
            let s = objectSlots(o.obj)
            switch Str.swift(name) {
            case "__cause__": s[ExcSlot.cause] = v; s[ExcSlot.suppressContext] = .true; return
            case "__context__": s[ExcSlot.context] = v; return
            case "__traceback__": try Tracebacks.setChain(o, v); return
            case "args": s[ExcSlot.args] = Tuple.make(try iterate(v)); return
            default:
                if s[ExcSlot.dict].tag != .SW_TAG_OBJ { s[ExcSlot.dict] = Dict.make() }
                Dict.setStr(s[ExcSlot.dict], name, v)
                return
            }
        }
        let n = Str.swift(name)
        if isReadOnlyMember(t, n) { throw attributeError("readonly attribute") }
        if let owner = dataAttributeOwner(o, n) {
            throw attributeError("attribute '\(n)' of '\(owner)' objects is not writable")
        }
        if try lookupAttr(o, name) != nil {
            throw attributeError("'\(Types.name(t))' object attribute '\(n)' is read-only")
        }
        throw attributeError("'\(Types.name(t))' object has no attribute '\(n)'")
    }

    /// Fields CPython stores as read-only members (assigning says "readonly attribute").
    static func isReadOnlyMember(_ t: TypeRef, _ n: String) -> Bool {
        if t == T.range || t == T.slice { return n == "start" || n == "stop" || n == "step" }
        return StructSeq.isStructSeq(t) && StructSeq.fieldIndex(t, n) != nil
    }

    /// The type owning the computed, unsettable attribute `n` of `o` (int.real, float.imag,
    /// builtin.__name__), if it is one.
    static func dataAttributeOwner(_ o: Value, _ n: String) -> String? {
        let t = typeOf(o)
        if o.tag == .SW_TAG_INT || o.tag == .SW_TAG_BOOL || t == T.int {
            return ["real", "imag", "numerator", "denominator"].contains(n) ? "int" : nil
        }
        if o.tag == .SW_TAG_FLOAT { return n == "real" || n == "imag" ? "float" : nil }
        if t == T.builtinFunction && n == "__name__" { return "builtin_function_or_method" }
        return nil
    }

    public static func delAttr(_ o: Value, _ name: Value) throws {
        let t = typeOf(o)
        if t.pointee.flags & Classes.heapFlag != 0 { try Classes.delAttr(o, t, name); return }
        try delAttrBuiltin(o, name)
    }

    static func delAttrBuiltin(_ o: Value, _ name: Value) throws {
        let t = typeOf(o)
        if t == T.type { try Classes.typeDelAttr(o.as(SwType.self), name); return }
        if t.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0 {
            let d = objectSlots(o.obj)[ExcSlot.dict]
            if d.tag == .SW_TAG_OBJ, try Dict.remove(d, name) != nil { return }
        }
        if t == T.module {
            if try Dict.remove(Modules.dict(o), name) == nil { throw attributeMissing(o, name) }
            return
        }
        throw attributeMissing(o, name)
    }
}

extension Ops {
    /// Attributes of bound methods, staticmethod/classmethod and property objects.
    static func descriptorAttribute(_ o: Value, _ t: TypeRef, _ n: String) -> Value? {
        if t == T.method {
            let s = objectSlots(o.obj)
            switch n {
            case "__func__": return s[MethodSlot.function]
            case "__self__": return s[MethodSlot.selfValue]
            case "__name__", "__qualname__", "__doc__", "__module__":
                let f = s[MethodSlot.function]
                return (try? getAttr(f, Str.intern(n))) ?? Value.none
            default: return nil
            }
        }
        if (t == T.staticmethod || t == T.classmethod) && (n == "__func__" || n == "__wrapped__") {
            return objectSlots(o.obj)[0]
        }
        if t == T.property {
            let s = objectSlots(o.obj)
            switch n {
            case "fget": return s[PropertySlot.fget]
            case "fset": return s[PropertySlot.fset]
            case "fdel": return s[PropertySlot.fdel]
            case "__doc__": return s[PropertySlot.doc]
            default: return nil
            }
        }
        return nil
    }
}
