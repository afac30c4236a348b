// Exceptions.swift — exception objects and how Swift code raises them. A raised Python
// exception travels through Swift as `PyError`; the interpreter catches it at the
// instruction that raised and unwinds frames through the handler tables.

/// A Python exception in flight through Swift code.
public struct PyError: Error {
    public let exception: Value
    public init(_ exception: Value) { self.exception = exception }
}

/// Slots of an exception object.
enum ExcSlot {
    static let args = 0
    static let cause = 1
    static let context = 2
    static let suppressContext = 3
    static let traceback = 4      // list of entries, innermost first (Traceback.swift)
    static let dict = 5           // extra attributes (e.g. SystemExit.code), or None
    static let tracebackFrame = 6 // serial of the last frame that added a traceback entry
    static let count = 7
}

public enum Exceptions {
    /// Creates an exception instance of `type` with the given args.
    public static func make(_ type: TypeRef, args: [Value]) -> Value {
        let o = Heap.allocate(type, size: MemoryLayout<SwObject>.size + ExcSlot.count * MemoryLayout<SwValue>.size,
                              nslots: ExcSlot.count)
        let s = objectSlots(o)
        s[ExcSlot.args] = Tuple.make(args)
        s[ExcSlot.cause] = .none
        s[ExcSlot.context] = .none
        s[ExcSlot.suppressContext] = .false
        s[ExcSlot.traceback] = .none
        s[ExcSlot.dict] = .none
        s[ExcSlot.tracebackFrame] = Value(int: -1)
        return Value(o)
    }

    public static func make(_ type: TypeRef, _ message: String) -> Value {
        make(type, args: [Str.make(message)])
    }

    @inline(__always) static func slots(_ e: Value) -> UnsafeMutablePointer<SwValue> { objectSlots(e.obj) }

    public static func args(_ e: Value) -> Value { slots(e)[ExcSlot.args] }

    public static func isException(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ && v.obj.pointee.type.pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0
    }

    public static func isExceptionType(_ v: Value) -> Bool {
        v.tag == .SW_TAG_OBJ && v.obj.pointee.type == T.type
            && v.as(SwType.self).pointee.flags & UInt32(SW_TYPEFLAG_EXCEPTION) != 0
    }

    public static func type(_ e: Value) -> TypeRef { e.obj.pointee.type }

    /// The message line CPython prints for an uncaught exception: `Type: str(e)`.
    static func formatLine(_ e: Value) -> String {
        let t = type(e)
        var name = Types.name(t)
        if Classes.isHeapType(t) {
            // CPython qualifies a class defined outside __main__ with its module.
            name = Classes.info(t).qualname
            if let m = Dict.getStr(Types.dict(t), Str.intern("__module__")), Ops.typeOf(m) == T.str {
                let mn = Str.swift(m)
                if mn != "__main__" && mn != "builtins" { name = mn + "." + name }
            }
        }
        let msg = (try? Ops.strString(e)) ?? "<exception str() failed>"
        return msg.isEmpty ? name : "\(name): \(msg)"
    }
}

// Raising helpers: `throw typeError("...")`.
public func pyError(_ type: TypeRef, _ message: String) -> PyError { PyError(Exceptions.make(type, message)) }
public func typeError(_ m: String) -> PyError { pyError(Exc.typeError, m) }
public func valueError(_ m: String) -> PyError { pyError(Exc.valueError, m) }
public func indexError(_ m: String) -> PyError { pyError(Exc.indexError, m) }
public func attributeError(_ m: String) -> PyError { pyError(Exc.attributeError, m) }
public func zeroDivisionError(_ m: String) -> PyError { pyError(Exc.zeroDivisionError, m) }
public func overflowError(_ m: String) -> PyError { pyError(Exc.overflowError, m) }
public func nameError(_ m: String) -> PyError { pyError(Exc.nameError, m) }
public func notImplementedError(_ m: String) -> PyError { pyError(Exc.notImplementedError, m) }
public func keyError(_ key: Value) -> PyError { PyError(Exceptions.make(Exc.keyError, args: [key])) }
