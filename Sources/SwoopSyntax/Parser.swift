// Parser.swift — syntax analysis: public entry points and the parser's shared machinery
// (token cursor, CPython-compatible error locations, nesting limits, speculation).
//
// The parser is hand-written recursive descent over the token array, following the structure of
// CPython 3.11's PEG grammar closely enough to reproduce its error messages. CPython parses twice
// (a fast pass, then a pass with `invalid_*` rules that only produce better messages); here the
// special checks run inline at the point where the plain grammar would fail. Generic errors are
// reported at the furthest token examined, as CPython reports the furthest token it fetched.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Public API

/// Parses a module (a file, `-c` text, or an `exec` string).
public func parseModule(source: String, filename: String) throws(SyntaxErrorInfo) -> Module {
    try parseModule(SourceText(source, filename: filename))
}

/// Parses a source file's raw bytes: honours a UTF-8 BOM and a PEP 263 coding declaration and
/// rejects NUL bytes and undeclared non-UTF-8 bytes with CPython's messages.
public func parseModule(bytes: [UInt8], filename: String) throws(SyntaxErrorInfo) -> Module {
    try parseModule(SourceText.decode(bytes: bytes, filename: filename))
}

public func parseModule(_ source: SourceText) throws(SyntaxErrorInfo) -> Module {
    let parser = Parser(source: source)
    return try parser.run { () throws(ParseError) in try parser.parseFile() }
}

/// Parses `eval`-mode input: one expression list (a tuple if it contains commas), optionally
/// followed by newlines. Like CPython's parser, this does not strip leading indentation (the
/// `eval` builtin does that before parsing).
public func parseExpression(source: String, filename: String) throws(SyntaxErrorInfo) -> Expr {
    let parser = Parser(source: SourceText(source, filename: filename))
    return try parser.run { () throws(ParseError) in try parser.parseEvalInput() }
}

/// Tokenizes source text without parsing (for tools and tests).
public func tokenize(source: String, filename: String) -> TokenStream {
    Lexer.tokenize(SourceText(source, filename: filename))
}

// MARK: - Parser state

/// The parser's internal error: a reference to the diagnostic, so that the many throwing
/// functions on a deep recursion carry a pointer-sized error slot instead of the full struct.
final class ParseError: Error, @unchecked Sendable {
    let info: SyntaxErrorInfo
    /// Raised by an action CPython runs in its first pass (string and f-string decoding), as
    /// opposed to an error found by the grammar or by its second, diagnostic pass.
    let firstPass: Bool
    init(_ info: SyntaxErrorInfo, firstPass: Bool = false) {
        self.info = info
        self.firstPass = firstPass
    }
}

final class Parser {
    /// The expression nesting CPython's compiler accepts before raising
    /// "RecursionError: maximum recursion depth exceeded during compilation". Enforcing it here
    /// keeps every returned tree shallow enough to walk (and free) recursively.
    static let maxNestingDepth = 2_985
    /// Consecutive prefix operators (`- - - x`, `not not x`) beyond which CPython's own parser
    /// gives up with MemoryError.
    static let maxPrefixChain = 5_990

    let source: SourceText
    let s: [Unicode.Scalar]
    var tokens: [Token]
    let lexFailure: LexFailure?
    var filename: String { source.filename }

    var pos = 0
    /// The furthest token index examined; generic errors point there.
    var furthest = 0
    /// The furthest token index ever examined, including lookahead done only to choose an
    /// error message (CPython's `p->fill - 1` after its second pass).
    var fetchedMax = 0
    /// A `match <subject>` line without a colon seen before the error (see `run`).
    var matchWithoutColon: Token?
    /// Nesting of the tree being built (an upper bound on its depth); see `enter()`.
    var depth: Int
    /// Open brackets around the current point, as the tokenizer's `level`.
    var bracketDepth = 0
    /// Index of the token where tokenization failed (Int.max if it did not).
    let failureIndex: Int
    var reachedFailure = false
    /// Above zero while parsing speculatively without CPython's special error checks.
    var plainMode = 0

    /// Set for the sub-parser of an f-string replacement field.
    let fstring: FStringContext?
    private var stackFloor: UInt = 0

    /// Maps an f-string expression's private coordinates (its text wrapped in parentheses,
    /// starting at line 1) back to the file.
    struct FStringContext {
        var lineShift: Int
        var columnShift: Int
    }

    init(source: SourceText, depth: Int = 0, fstring: FStringContext? = nil) {
        self.source = source
        self.s = source.scalars
        self.depth = depth
        self.fstring = fstring
        let stream = Lexer.tokenize(source)
        var tokens = stream.tokens
        if let failure = stream.failure {
            let line = failure.error.line ?? 1
            let col = max(failure.error.offset - 1, 0)
            let at = tokens.last?.end ?? 0
            tokens.append(Token(kind: .errorToken, start: at, end: at, line: line, column: col, endLine: line, endColumn: col))
        }
        self.tokens = tokens
        self.lexFailure = stream.failure
        self.failureIndex = stream.failure?.tokenIndex ?? Int.max
    }

    /// Runs a parse, applying CPython's rule that a tokenizer error anywhere in the file takes
    /// precedence over a parser error (CPython re-tokenizes the rest of the file after one).
    func run<T>(_ body: () throws(ParseError) -> T) throws(SyntaxErrorInfo) -> T {
        do throws(ParseError) {
            return try body()
        } catch let error {
            var info = error.info
            // CPython's second pass starts again from the top with its error rules enabled, and
            // one of them matches a valid `match(x)`-style line that has no colon; the first
            // such line therefore wins over the real error further down.
            if let match = matchWithoutColon, !error.firstPass, !reachedFailure, fstring == nil,
               info.kind == .syntaxError || info.kind == .indentationError, (info.line ?? 0) >= match.line {
                info = errorInfo(at: tokens[furthest], "expected ':'")
            }
            throw finalize(info)
        }
    }

    func finalize(_ error: SyntaxErrorInfo) -> SyntaxErrorInfo {
        guard let failure = lexFailure, error.kind != .memoryError else { return error }
        if reachedFailure || furthest >= failure.tokenIndex { return failure.error }
        // "unexpected indent"/"unexpected unindent" are reported without the re-scan.
        if error.isGeneric && error.kind == .indentationError { return error }
        if failure.deferred {
            // The re-scan stops silently at this error; inside brackets CPython then prefers
            // "was never closed" if the last token it had read is on a later line.
            if let open = failure.openBracket, tokens[fetchedMax].line > open.line {
                return Lexer.neverClosed(open, in: source)
            }
            return error
        }
        return failure.error
    }

    // MARK: - Token cursor

    @inline(__always) func note(_ index: Int) {
        if index > furthest { furthest = index }
        if index > fetchedMax {
            fetchedMax = index
            // CPython raises a tokenizer error the moment the bad token is fetched, even by a
            // lookahead made only to pick an error message; remember that here.
            if index >= failureIndex { reachedFailure = true }
        }
    }

    /// The current token (marks it as examined).
    @inline(__always) var tok: Token {
        note(pos)
        return tokens[pos]
    }

    @inline(__always) var kind: TokenKind { tok.kind }

    /// A token further ahead (marks it as examined).
    @inline(__always) func peek(_ offset: Int) -> Token {
        let i = min(pos + offset, tokens.count - 1)
        note(i)
        return tokens[i]
    }

    /// A token further ahead, examined only to choose an error message: it does not move the
    /// generic error position (CPython looks there only in its second, diagnostic pass).
    func lookahead(_ offset: Int) -> Token {
        let i = min(pos + offset, tokens.count - 1)
        if i > fetchedMax {
            fetchedMax = i
            if i >= failureIndex { reachedFailure = true }
        }
        return tokens[i]
    }

    /// The most recently consumed token.
    @inline(__always) var previous: Token { tokens[max(pos - 1, 0)] }

    @discardableResult @inline(__always)
    func advance() -> Token {
        note(pos)
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    @inline(__always) func check(_ k: TokenKind) -> Bool { kind == k }

    @inline(__always) func accept(_ k: TokenKind) -> Bool {
        if kind == k { advance(); return true }
        return false
    }

    /// Consumes a required token or fails with a generic error.
    @discardableResult
    func expect(_ k: TokenKind) throws(ParseError) -> Token {
        if kind == k { return advance() }
        throw invalidSyntax()
    }

    func text(of t: Token) -> String { source.text(t.start, t.end) }

    func isName(_ t: Token, _ name: String) -> Bool {
        guard t.kind == .name, t.end - t.start == name.unicodeScalars.count else { return false }
        var i = t.start
        for c in name.unicodeScalars {
            if s[i] != c { return false }
            i += 1
        }
        return true
    }

    // MARK: - Locations

    @inline(__always) func mapped(_ line: Int, _ col: Int) -> (Int, Int) {
        guard let f = fstring else { return (line, col) }
        return line == 1 ? (line + f.lineShift, col + f.columnShift) : (line + f.lineShift, col)
    }

    func loc(_ t: Token) -> SourceLocation {
        let (l, c) = mapped(t.line, t.column)
        let (el, ec) = mapped(t.endLine, t.endColumn)
        return SourceLocation(line: l, column: c, endLine: el, endColumn: ec)
    }

    func loc(from a: Token, to b: Token) -> SourceLocation {
        span(loc(a), loc(b))
    }

    /// From the start of `a` to the end of `b`.
    func span(_ a: SourceLocation, _ b: SourceLocation) -> SourceLocation {
        SourceLocation(line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn)
    }

    func span(from t: Token) -> SourceLocation {
        span(loc(t), loc(previous))
    }

    // MARK: - Errors

    /// Builds an error from file coordinates (0-based columns). In an f-string sub-parser the
    /// position is reported, as CPython does, relative to the parenthesised expression text.
    func makeError(_ message: String, kind: SyntaxErrorInfo.Kind = .syntaxError, line: Int, offset: Int,
                   endLine: Int, endOffset: Int) -> SyntaxErrorInfo {
        var offset = offset, endOffset = endOffset, message = message
        var textLine = line
        if let f = fstring {
            // CPython subtracts the expression's starting column on every line, which puts
            // errors on continuation lines of a multi-line field left of the text.
            textLine = line - f.lineShift
            if textLine == 1 { if offset > 0 { offset -= f.columnShift } } else { offset -= f.columnShift }
            if endLine - f.lineShift == 1 { if endOffset > 0 { endOffset -= f.columnShift } } else { endOffset -= f.columnShift }
            message = "f-string: " + message
        } else {
            offset = source.reportedOffset(offset, line: line)
            endOffset = source.reportedOffset(endOffset, line: endLine)
        }
        return SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line, offset: offset,
                               endLine: endLine, endOffset: endOffset, text: source.lineText(textLine))
    }

    /// CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the node's extent.
    func error(_ message: String, at l: SourceLocation, kind: SyntaxErrorInfo.Kind = .syntaxError) -> ParseError {
        ParseError(makeError(message, kind: kind, line: l.line, offset: l.column + 1, endLine: l.endLine, endOffset: l.endColumn + 1))
    }

    /// CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`.
    func error(_ message: String, from a: SourceLocation, to b: SourceLocation) -> ParseError {
        ParseError(makeError(message, line: a.line, offset: a.column + 1, endLine: b.endLine, endOffset: b.endColumn + 1))
    }

    /// CPython's RAISE_SYNTAX_ERROR: located at the last token fetched. Tokens without a column
    /// of their own (INDENT, DEDENT, ENDMARKER) use the tokenizer's cursor instead and no end.
    func errorAtFurthest(_ message: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> ParseError {
        ParseError(errorInfo(at: tokens[furthest], message, kind: kind))
    }

    func errorAt(_ t: Token, _ message: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> ParseError {
        ParseError(errorInfo(at: t, message, kind: kind))
    }

    func errorInfo(at t: Token, _ message: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        let l = loc(t)
        switch t.kind {
        case .indent, .dedent:
            return makeError(message, kind: kind, line: l.line, offset: l.column, endLine: l.line, endOffset: -1)
        case .endMarker:
            return makeError(message, kind: kind, line: l.line, offset: 0, endLine: l.line, endOffset: -1)
        default:
            return makeError(message, kind: kind, line: l.line, offset: l.column + 1, endLine: l.endLine,
                             endOffset: l.endColumn + 1)
        }
    }

    /// The generic failure: "invalid syntax" at the furthest token, or the indentation errors
    /// CPython substitutes when that token is an INDENT or DEDENT.
    func invalidSyntax() -> ParseError {
        let t = tokens[furthest]
        var error: SyntaxErrorInfo
        switch t.kind {
        case .indent: error = errorInfo(at: t, "unexpected indent", kind: .indentationError)
        case .dedent: error = errorInfo(at: t, "unexpected unindent", kind: .indentationError)
        default: error = errorInfo(at: t, "invalid syntax")
        }
        error.isGeneric = true
        return ParseError(error)
    }

    // MARK: - Nesting limits

    /// Every recursive descent and every loop iteration that wraps the tree built so far goes
    /// through here, so `depth` bounds the depth of the tree (CPython's compiler limit) and the
    /// parser's own recursion (checked against the real stack as a last resort).
    @inline(__always) func enter() throws(ParseError) {
        if depth >= Parser.maxNestingDepth { throw recursionError() }
        try checkStack()
        depth += 1
    }

    @inline(__always) func leave() { depth -= 1 }

    func recursionError() -> ParseError {
        ParseError(SyntaxErrorInfo(kind: .recursionError, message: "maximum recursion depth exceeded during compilation",
                                   filename: filename, line: nil, offset: 0, text: nil))
    }

    func memoryError() -> ParseError {
        ParseError(SyntaxErrorInfo(kind: .memoryError, message: "", filename: filename, line: nil, offset: 0, text: nil))
    }

    private func checkStack() throws(ParseError) {
        if stackFloor == 0 { stackFloor = StackBounds.safeFloor() }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if here < stackFloor {
            throw errorAt(tok, "too many nested expressions")
        }
    }

    // MARK: - Speculation

    struct Mark {
        var pos: Int
        var depth: Int
        var bracketDepth: Int
        var furthest: Int
    }

    func mark() -> Mark { Mark(pos: pos, depth: depth, bracketDepth: bracketDepth, furthest: furthest) }

    /// Rewinds to a mark. Lookahead done only to choose a better error message must not move
    /// the generic error location, so callers may restore `furthest` too.
    func reset(_ m: Mark, restoringFurthest: Bool = false) {
        pos = m.pos
        depth = m.depth
        bracketDepth = m.bracketDepth
        if restoringFurthest { furthest = m.furthest }
    }

    /// Runs `body`; if it fails to match (a generic "invalid syntax") rewinds and returns nil.
    /// Errors raised with a specific message (bad string escapes, f-string errors, resource
    /// limits) propagate, as they abort CPython's parser even inside a lookahead.
    func attempt<T>(restoringFurthest: Bool = false, _ body: () throws(ParseError) -> T) throws(ParseError) -> T? {
        let m = mark()
        do throws(ParseError) {
            return try body()
        } catch let error {
            if !error.info.isGeneric { throw error }
            reset(m, restoringFurthest: restoringFurthest)
            return nil
        }
    }
}

// MARK: - Stack bounds

/// Finds how far down the current thread's stack the parser may recurse, so that deep nesting
/// is reported as a syntax error instead of crashing. glibc's `pthread_getattr_np` is not
/// exported to Swift, so it is looked up dynamically; the result is cached per thread because
/// for the main thread glibc has to read /proc/self/maps.
enum StackBounds {
    /// Stack kept free below the guard, for the work done between two checks.
    static let reserve: UInt = 192 * 1024

    private static let cacheKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static func safeFloor() -> UInt {
        if let cached = pthread_getspecific(cacheKey) { return UInt(bitPattern: cached) }
        let floor = computeFloor()
        pthread_setspecific(cacheKey, UnsafeRawPointer(bitPattern: floor))
        return floor
    }

    private static func computeFloor() -> UInt {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        #if canImport(Glibc) || canImport(Musl)
        typealias GetAttr = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
        if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "pthread_getattr_np") {
            let getAttr = unsafeBitCast(symbol, to: GetAttr.self)
            var attr = pthread_attr_t()
            if getAttr(pthread_self(), &attr) == 0 {
                defer { pthread_attr_destroy(&attr) }
                var base: UnsafeMutableRawPointer? = nil
                var size = 0
                if pthread_attr_getstack(&attr, &base, &size) == 0, let base, size > 0 {
                    let low = UInt(bitPattern: base)
                    if here > low { return low + min(reserve, UInt(size) / 4) }
                }
            }
        }
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = UInt(pthread_get_stacksize_np(pthread_self()))
        if top > size, here <= top { return top - size + min(reserve, size / 4) }
        #endif
        // Unknown bounds: allow 256 KB below the current point, enough for 200 nested brackets
        // in an optimised build.
        return here > 256 * 1024 ? here - 256 * 1024 : 1
    }
}
