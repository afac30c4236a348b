// With.swift — the runtime side of `with` statements: BEFORE_WITH looks __enter__ and
// __exit__ up on the manager's type (as CPython's special-method lookup) and calls
// __enter__; WITH_EXIT calls __exit__ with the exception being handled.
import SwoopBytecode

extension Interpreter {
    /// A special method looked up on the type, as (function, self) in the CALL_METHOD
    /// convention; anything other than a plain function goes through attribute lookup
    /// (so descriptors are bound) and is called as is (self unbound).
    static func specialMethod(_ o: Value, _ name: String) throws -> (Value, Value)? {
        let n = Str.intern(name)
        guard let m = Types.lookup(Ops.typeOf(o), n) else { return nil }
        let mt = Ops.typeOf(m)
        if mt == T.function || mt == T.builtinFunction { return (m, o) }
        return (try Ops.getAttr(o, n), .unbound)
    }

    /// BEFORE_WITH: dst[0], dst[1] = __exit__ (function, self); dst[2] = __enter__().
    static func beforeWith(_ manager: Value, into dst: UnsafeMutablePointer<SwValue>) throws {
        guard let enter = try specialMethod(manager, "__enter__") else {
            throw typeError("'\(Ops.typeName(manager))' object does not support the context manager protocol")
        }
        guard let exit = try specialMethod(manager, "__exit__") else {
            throw typeError("'\(Ops.typeName(manager))' object does not support the context manager protocol (missed __exit__ method)")
        }
        dst[0] = exit.0
        dst[1] = exit.1
        dst[2] = try callFromSwift(enter.0, enter.1.tag == .SW_TAG_UNBOUND ? [] : [enter.1], [])
    }

    /// WITH_EXIT: calls __exit__(type(exc), exc, traceback) and returns whether the result
    /// is true (the exception is suppressed). Traceback objects do not exist yet: None.
    static func withExit(_ exit: UnsafeMutablePointer<SwValue>, exception: Value) throws -> Bool {
        var args: [Value] = [Value(Ops.typeOf(exception)), exception, .none]
        if exit[1].tag != .SW_TAG_UNBOUND { args.insert(exit[1], at: 0) }
        let r = try callFromSwift(exit[0], args, [])
        return try Ops.truthy(r)
    }
}
