// SyntaxErrors.swift — compile errors as Python exceptions: a SyntaxErrorInfo from the
// front end becomes a SyntaxError (IndentationError, TabError...) object carrying msg,
// filename, lineno, offset, text, end_lineno and end_offset, and back again for printing.
import SwoopSyntax

enum SyntaxErrors {
    /// The exception object for a front-end error (import, exec, eval, compile).
    static func exception(_ e: SyntaxErrorInfo) -> Value {
        let type: TypeRef
        switch e.kind {
        case .syntaxError: type = Exc.syntaxError
        case .indentationError: type = Exc.indentationError
        case .tabError: type = tabError
        case .recursionError:
            return Exceptions.make(Exc.recursionError, "maximum recursion depth exceeded during compilation")
        case .memoryError: return Exceptions.make(Exc.memoryError, args: [])
        }
        let lineno: Value = e.line.map { Value(int: $0) } ?? .none
        let text: Value = e.text.map { Str.make($0) } ?? .none
        let endLine: Value = e.endLine.map { Value(int: $0) } ?? .none
        let details = Tuple.make([Str.make(e.filename), lineno, Value(int: e.offset), text, endLine, Value(int: e.endOffset)])
        let exc = Exceptions.make(type, args: [Str.make(e.message), details])
        let d = Dict.make()
        Dict.setStr(d, "msg", Str.make(e.message))
        Dict.setStr(d, "filename", Str.make(e.filename))
        Dict.setStr(d, "lineno", lineno)
        Dict.setStr(d, "offset", Value(int: e.offset))
        Dict.setStr(d, "text", text)
        Dict.setStr(d, "end_lineno", endLine)
        Dict.setStr(d, "end_offset", Value(int: e.endOffset))
        Dict.setStr(d, "print_file_and_line", .none)
        objectSlots(exc.obj)[ExcSlot.dict] = d
        return exc
    }

    static var tabError: TypeRef {
        Dict.getStr(Modules.builtinsDict, Str.intern("TabError")).map { $0.as(SwType.self) } ?? Exc.indentationError
    }

    static func isSyntaxError(_ exc: Value) -> Bool {
        Exceptions.isException(exc) && Types.isSubtype(Exceptions.type(exc), Exc.syntaxError)
    }

    /// The fields back from an exception object (nil when it has no location, e.g. a
    /// SyntaxError raised by the program itself).
    static func info(_ exc: Value) -> SyntaxErrorInfo? {
        guard isSyntaxError(exc) else { return nil }
        let d = objectSlots(exc.obj)[ExcSlot.dict]
        guard d.tag == .SW_TAG_OBJ, let msg = Dict.getStr(d, Str.intern("msg")), isStr(msg),
              let file = Dict.getStr(d, Str.intern("filename")), isStr(file) else { return nil }
        func int(_ k: String) -> Int? {
            guard let v = Dict.getStr(d, Str.intern(k)), v.tag == .SW_TAG_INT else { return nil }
            return Int(v.int)
        }
        let text = Dict.getStr(d, Str.intern("text")).flatMap { isStr($0) ? Str.swift($0) : nil }
        let t = Exceptions.type(exc)
        let kind: SyntaxErrorInfo.Kind = t == tabError ? .tabError : (Types.isSubtype(t, Exc.indentationError) ? .indentationError : .syntaxError)
        return SyntaxErrorInfo(kind: kind, message: Str.swift(msg), filename: Str.swift(file), line: int("lineno"),
                               offset: int("offset") ?? 0, endLine: int("end_lineno"), endOffset: int("end_offset") ?? -1,
                               text: text)
    }

    /// str(e): "msg (file, line N)" as CPython's SyntaxError.__str__.
    static func str(_ exc: Value) -> String? {
        guard let i = info(exc) else { return nil }
        let base = i.filename.split(separator: "/").last.map(String.init) ?? i.filename
        if let line = i.line { return "\(i.message) (\(base), line \(line))" }
        return "\(i.message) (\(base))"
    }
}
