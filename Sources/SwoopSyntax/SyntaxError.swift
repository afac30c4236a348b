// SyntaxError.swift — the front end's diagnostic: what went wrong, where, and CPython's rendering of it.

/// An error raised while decoding, tokenizing or parsing source. The fields mirror the
/// attributes of a Python `SyntaxError` (`msg`, `filename`, `lineno`, `offset`, `text`,
/// `end_lineno`, `end_offset`) so the runtime can build the exception object field by field,
/// and so `rendered()` can reproduce CPython's traceback text byte for byte.
public struct SyntaxErrorInfo: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// The expression tree is nested deeper than CPython's compiler allows (it reports
        /// `RecursionError: maximum recursion depth exceeded during compilation`). The parser
        /// enforces this limit so every tree it returns is safe to walk recursively.
        case recursionError = "RecursionError"
        /// CPython's parser runs out of its own stack on extremely long prefix-operator chains
        /// (`- - - ... 1`, `not not ...`) and raises a bare `MemoryError`.
        case memoryError = "MemoryError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line, or nil for errors about the file as a whole (bad encoding).
    public var line: Int?
    /// CPython's `offset`: 1-based column in characters; 0 (or less) means no usable column,
    /// and the rendering then shows no caret.
    public var offset: Int
    public var endLine: Int?
    /// CPython's `end_offset`: 1-based, exclusive; 0 or -1 when unknown.
    public var endOffset: Int
    /// The offending source line as CPython records it (usually with its trailing newline).
    public var text: String?
    /// Marks the parser's catch-all "invalid syntax", which speculative parses may discard in
    /// favour of another alternative (unlike the specific messages).
    var isGeneric = false

    public static func == (a: SyntaxErrorInfo, b: SyntaxErrorInfo) -> Bool {
        a.kind == b.kind && a.message == b.message && a.filename == b.filename && a.line == b.line
            && a.offset == b.offset && a.endLine == b.endLine && a.endOffset == b.endOffset && a.text == b.text
    }

    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int?, offset: Int,
                endLine: Int? = nil, endOffset: Int = -1, text: String?) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.offset = offset
        self.endLine = endLine ?? line
        self.endOffset = endOffset
        self.text = text
    }

    /// 0-based column of the error start (for tools that prefer `SourceLocation` conventions).
    public var column: Int { max(offset - 1, 0) }
    /// 0-based exclusive end column, or nil when CPython records none.
    public var endColumn: Int? { endOffset > 0 ? endOffset - 1 : nil }

    /// The Python exception class name to raise.
    public var exceptionName: String { kind.rawValue }

    public var description: String { rendered() }

    /// The text CPython 3.11 writes to stderr when this error escapes a script, e.g.
    ///
    ///       File "/tmp/x.py", line 3
    ///         x = (1 +
    ///             ^
    ///     SyntaxError: '(' was never closed
    public func rendered() -> String {
        if kind == .memoryError { return "MemoryError\n" }
        guard let line else {
            return "\(kind.rawValue): \(message)\n"
        }
        var out = "  File \"\(filename)\", line \(line)\n"
        if let text {
            out += renderSourceAndCaret(text)
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }

    /// CPython prints the line without its indentation and shifts the caret to match; an
    /// offset that lands left of the printed text suppresses the caret line entirely. An error
    /// range that continues onto later lines is drawn to the end of the first line (CPython
    /// measures that in UTF-8 bytes including the newline; here in characters).
    private func renderSourceAndCaret(_ text: String) -> String {
        // CPython works on the UTF-8 bytes of the line while treating the offsets as character
        // counts; lengths below are therefore byte lengths, as in CPython.
        var bytes = Array(text.utf8)
        var caretOffset = offset - 1
        var end = endOffset
        if let endLine, let line, endLine > line {
            end = bytes.count
        }
        if end > bytes.count + 1 { end = bytes.count + 1 }
        // Only SyntaxError itself gets a caret range; its subclasses get a single caret.
        let caretCount = (kind == .syntaxError && end > 0 && end > offset) ? end - offset : 1

        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0C {
            start += 1
            caretOffset -= 1
        }
        bytes.removeFirst(start)
        var length = bytes.count
        if length > 0, bytes[length - 1] == 0x0A { length -= 1 }
        if caretOffset > length { caretOffset = length }
        // Skip whole physical lines that precede the caret in a multi-line text.
        while let newline = bytes.firstIndex(of: 0x0A), newline < caretOffset {
            bytes.removeFirst(newline + 1)
            length -= newline + 1
            caretOffset -= newline + 1
        }
        var out = "    " + String(decoding: bytes, as: UTF8.self)
        if bytes.last != 0x0A { out += "\n" }
        if caretOffset < 0 { return out }
        out += "    " + String(repeating: " ", count: caretOffset) + String(repeating: "^", count: caretCount) + "\n"
        return out
    }
}
