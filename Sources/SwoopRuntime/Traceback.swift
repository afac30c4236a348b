// Traceback.swift — traceback and frame objects: `e.__traceback__`, `with_traceback`,
// `sys.exc_info()`.
//
// An exception records where it has been as a list of entries (ExcSlot.traceback): one
// (code, line, globals) tuple per frame it left, innermost first, added by the
// interpreter as it unwinds (Interpreter.addTraceback; the file and function names are
// the code's, read only when shown). `__traceback__` makes CPython's chain from it:
// traceback objects outermost first, `tb_next` leading towards the raise, each with a
// frame object. Those frames are summaries made after the fact
// (the interpreter's frames are gone by then): they have `f_code`, `f_lineno` and
// `f_globals`, not a frame's locals or its caller.
import SwoopBytecode

extension T {
    public static var traceback: TypeRef!
    public static var frame: TypeRef!
}

enum TracebackSlot {
    static let next = 0, frame = 1, lineno = 2, lasti = 3
}

enum FrameSlot {
    static let code = 0, lineno = 1, globals = 2
}

/// An entry of ExcSlot.traceback.
enum TracebackEntry {
    static let code = 0, line = 1, globals = 2
}

public enum Tracebacks {
    static func setUp() {
        T.traceback = Classes.makeBuiltinType("traceback")
        T.frame = Classes.makeBuiltinType("frame")
    }

    /// A traceback entry for the frame of `code` (a code object) at `line`.
    @inline(__always)
    static func entry(code: Value, line: Int, globals: Value) -> Value {
        Tuple.make([code, Value(int: Int64(line)), globals])
    }

    /// The code (its file and function names) and line of traceback entry `entry`.
    static func location(_ entry: Value) -> (code: CodeObject, line: Int) {
        let x = Tuple.items(entry)
        return (CodeInfo.from(x[TracebackEntry.code]).code, Int(x[TracebackEntry.line].int))
    }

    /// `e.__traceback__`: the chain of traceback objects for exception `e`'s entries, or None.
    static func chain(_ e: Value) -> Value {
        let list = objectSlots(e.obj)[ExcSlot.traceback]
        guard list.isObject(ofType: T.list) else { return .none }
        var next = Value.none
        for entry in List.array(list) {     // innermost first: the outermost is made last
            let x = Tuple.items(entry)
            let frame = Objects.slotObject(T.frame, x[TracebackEntry.code], x[TracebackEntry.line], x[TracebackEntry.globals])
            next = Objects.slotObject(T.traceback, [next, frame, x[TracebackEntry.line], Value(int: -1)])
        }
        return next
    }

    /// `e.__traceback__ = tb` and `e.with_traceback(tb)`: the entries of chain `tb`
    /// (None: none).
    static func setChain(_ e: Value, _ tb: Value) throws {
        let s = objectSlots(e.obj)
        if tb.isNone { s[ExcSlot.traceback] = .none; return }
        guard tb.isObject(ofType: T.traceback) else { throw typeError("__traceback__ must be a traceback or None") }
        var entries: [Value] = []
        var t = tb
        while t.isObject(ofType: T.traceback) {
            let ts = objectSlots(t.obj), fs = objectSlots(ts[TracebackSlot.frame].obj)
            entries.append(Tuple.make([fs[FrameSlot.code], ts[TracebackSlot.lineno], fs[FrameSlot.globals]]))
            t = ts[TracebackSlot.next]
        }
        s[ExcSlot.traceback] = List.make(entries.reversed())
    }

    /// Attributes of traceback, frame and code objects (nil: no such attribute).
    static func attribute(_ o: Value, _ t: TypeRef, _ name: String) -> Value? {
        if t == T.traceback {
            let s = objectSlots(o.obj)
            switch name {
            case "tb_next": return s[TracebackSlot.next]
            case "tb_frame": return s[TracebackSlot.frame]
            case "tb_lineno": return s[TracebackSlot.lineno]
            case "tb_lasti": return s[TracebackSlot.lasti]
            default: return nil
            }
        }
        if t == T.frame {
            let s = objectSlots(o.obj)
            switch name {
            case "f_code": return s[FrameSlot.code]
            case "f_lineno": return s[FrameSlot.lineno]
            case "f_globals": return s[FrameSlot.globals]
            default: return nil
            }
        }
        let c = CodeInfo.from(o).code
        switch name {
        case "co_name": return Str.make(c.name)
        case "co_qualname": return Str.make(c.qualifiedName)
        case "co_filename": return Str.make(c.filename)
        case "co_firstlineno": return Value(int: Int64(c.firstLine))
        case "co_argcount": return Value(int: Int64(c.argCount))
        case "co_posonlyargcount": return Value(int: Int64(c.posOnlyCount))
        case "co_kwonlyargcount": return Value(int: Int64(c.kwOnlyCount))
        case "co_varnames": return Tuple.make(c.varNames.map { Str.make($0) })
        default: return nil
        }
    }

    /// repr() of a frame or code object.
    static func repr(_ o: Value, _ t: TypeRef) -> String {
        if t == T.frame {
            let s = objectSlots(o.obj)
            let c = CodeInfo.from(s[FrameSlot.code]).code
            return "<frame at \(Ops.address(o)), file '\(c.filename)', line \(s[FrameSlot.lineno].int), code \(c.name)>"
        }
        let c = CodeInfo.from(o).code
        return "<code object \(c.name) at \(Ops.address(o)), file \"\(c.filename)\", line \(c.firstLine)>"
    }

    /// sys.exc_info(): the exception being handled as (type, value, traceback), or three Nones.
    static func excInfo() -> Value {
        let e = Interpreter.handledException
        guard Exceptions.isException(e) else { return Tuple.make([.none, .none, .none]) }
        return Tuple.make([Value(Exceptions.type(e)), e, chain(e)])
    }
}
