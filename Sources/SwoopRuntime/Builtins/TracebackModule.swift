// TracebackModule.swift — `_traceback`, what Lib/traceback.py needs from the runtime: a
// source line as tracebacks show it, and an exception's last line(s) as the uncaught
// exception printer writes them (SyntaxError's location and caret included).

func installTracebackModule(_ m: Value) {
    Modules.set(m, "source_line", Native.function("source_line") { args in
        try args.expect("source_line", 2, 2)
        guard isStr(args[0]), args[1].tag == .SW_TAG_INT else { throw typeError("source_line(filename, lineno)") }
        return Runner.sourceLine(Str.swift(args[0]), Int(args[1].int)).map { Str.make($0) } ?? .none
    })
    Modules.set(m, "format_exception_only", Native.function("format_exception_only") { args in
        try args.expect("format_exception_only", 1, 1)
        let e = args[0]
        guard Exceptions.isException(e) else { throw typeError("format_exception_only() needs an exception") }
        return Str.make(SyntaxErrors.info(e)?.rendered() ?? Exceptions.formatLine(e) + "\n")
    })
}
