// Lexer.swift — tokenization: SourceText to the token array the parser consumes.
//
// The rules follow CPython 3.11's C tokenizer rather than the `tokenize` module, because the
// C tokenizer decides which errors exist and where their carets go: INDENT/DEDENT from a stack
// of columns (tabs to multiples of 8, cross-checked against a tab-size-1 reading to detect
// TabError), no NEWLINE inside brackets or after blank lines, backslash continuation, numeric
// literal validation, and string literals recognised (but not decoded) including all prefixes.
// The whole file is tokenized up front; a tokenizer error is recorded together with the number
// of tokens produced before it, and the parser raises it when it reaches that point (or at the
// end, since CPython re-scans the rest of the file after a parser error and tokenizer errors win).
import SwoopFormatting

/// What the lexer hands to the parser.
public struct TokenStream: Sendable {
    public var tokens: [Token]
    /// Set when tokenization stopped before the end of the file.
    public var failure: LexFailure?
}

public struct LexFailure: Sendable {
    public var error: SyntaxErrorInfo
    /// Number of tokens produced before the error; fetching this index raises `error`.
    public var tokenIndex: Int
    /// CPython's tokenizer reports most errors itself, and those win over any parser error
    /// because CPython re-scans the file after a parser error. A few (bad indentation, a stray
    /// backslash, end of file in a continuation or inside brackets) are only status codes
    /// that the parser turns into exceptions when it fetches the token; a re-scan stops at
    /// them silently. `deferred` marks those.
    public var deferred = false
    /// For deferred errors, the innermost bracket open at that point: a re-scan reaching it
    /// reports "'(' was never closed" if the parser's error is on a later line than it.
    public var openBracket: (char: Unicode.Scalar, line: Int, column: Int)?

    public init(error: SyntaxErrorInfo, tokenIndex: Int, deferred: Bool = false,
                openBracket: (char: Unicode.Scalar, line: Int, column: Int)? = nil) {
        self.error = error
        self.tokenIndex = tokenIndex
        self.deferred = deferred
        self.openBracket = openBracket
    }
}

public struct Lexer {
    /// CPython's MAXLEVEL: bracket nesting deeper than this is a tokenizer error.
    public static let maxBracketDepth = 200
    /// CPython's MAXINDENT.
    public static let maxIndentDepth = 100
    static let tabSize = 8

    let source: SourceText
    let s: [Unicode.Scalar]
    var pos = 0
    var line = 1
    var lineStart = 0
    var atLineStart = true
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var pendingIndents = 0
    var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
    var tokens: [Token] = []

    init(_ source: SourceText) {
        self.source = source
        self.s = source.scalars
        tokens.reserveCapacity(source.scalars.count / 4 + 16)
    }

    /// Tokenizes a whole source text.
    public static func tokenize(_ source: SourceText) -> TokenStream {
        var lexer = Lexer(source)
        do throws(LexFailure) {
            try lexer.run()
            return TokenStream(tokens: lexer.tokens, failure: nil)
        } catch let failure {
            return TokenStream(tokens: lexer.tokens, failure: failure)
        }
    }

    // MARK: - Errors

    var filename: String { source.filename }

    /// CPython's `syntaxerror()`: the offset is the number of characters before the tokenizer's
    /// cursor, so the caret lands on the character just consumed.
    func errorAtCursor(_ message: String, cursor: Int, kind: SyntaxErrorInfo.Kind = .syntaxError) -> LexFailure {
        let col = cursor - lineStart
        return LexFailure(error: SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                                                 offset: col, endLine: line, endOffset: col,
                                                 text: source.lineText(line, withNewline: false)),
                          tokenIndex: tokens.count)
    }

    func errorRange(_ message: String, startCol: Int, endCol: Int) -> LexFailure {
        LexFailure(error: SyntaxErrorInfo(message: message, filename: filename, line: line,
                                          offset: startCol, endLine: line, endOffset: endCol,
                                          text: source.lineText(line, withNewline: false)),
                   tokenIndex: tokens.count)
    }

    /// Errors CPython raises from the parser's view of a failed tokenizer state: the location
    /// is given explicitly and the echoed line keeps its newline.
    func tokenizerStateError(_ message: String, kind: SyntaxErrorInfo.Kind, offset: Int, endOffset: Int) -> LexFailure {
        LexFailure(error: SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                                          offset: source.reportedOffset(offset, line: line), endLine: line,
                                          endOffset: source.reportedOffset(endOffset, line: line),
                                          text: source.lineText(line)),
                   tokenIndex: tokens.count, deferred: true, openBracket: brackets.last)
    }

    /// CPython's "'(' was never closed" for a bracket.
    static func neverClosed(_ open: (char: Unicode.Scalar, line: Int, column: Int), in source: SourceText) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: "'\(open.char)' was never closed", filename: source.filename,
                        line: open.line, offset: source.reportedOffset(open.column + 1, line: open.line),
                        endLine: open.line, endOffset: 0, text: source.lineText(open.line))
    }

    // MARK: - Character classes

    @inline(__always) func at(_ i: Int) -> Unicode.Scalar {
        i < s.count ? s[i] : "\0"
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || (c.value >= 97 && c.value <= 102) || (c.value >= 65 && c.value <= 70)
    }
    @inline(__always) static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
    }
    @inline(__always) static func isIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || isDigit(c)
    }

    // MARK: - Driver

    mutating func emit(_ kind: TokenKind, from start: Int, startLine: Int, startCol: Int) {
        tokens.append(Token(kind: kind, start: start, end: pos, line: startLine, column: startCol,
                            endLine: line, endColumn: pos - lineStart))
    }

    mutating func newLine() {
        line += 1
        lineStart = pos
    }

    mutating func run() throws(LexFailure) {
        while true {
            if atLineStart {
                try readIndentation()
            }
            while pendingIndents != 0 {
                let kind: TokenKind = pendingIndents > 0 ? .indent : .dedent
                pendingIndents += pendingIndents > 0 ? -1 : 1
                let col = pos - lineStart
                tokens.append(Token(kind: kind, start: pos, end: pos, line: line, column: col, endLine: line, endColumn: col))
            }
            if try !scanToken() { return }
        }
    }

    /// Measures the indentation of a new physical line and queues INDENT/DEDENT tokens.
    mutating func readIndentation() throws(LexFailure) {
        atLineStart = false
        var col = 0
        var altCol = 0
        var continuationCol: Int? = nil
        while pos < s.count {
            let c = s[pos]
            if c == " " {
                col += 1; altCol += 1
            } else if c == "\t" {
                col = (col / Lexer.tabSize + 1) * Lexer.tabSize
                altCol += 1
            } else if c == "\u{0C}" {
                col = 0; altCol = 0
            } else if c == "\\" {
                // Indentation cannot be split with backslashes: the first one fixes the level.
                continuationCol = continuationCol ?? col
                try lineContinuation()
                continue
            } else {
                break
            }
            pos += 1
        }
        if pos >= s.count { return }
        let c = s[pos]
        let blank = c == "#" || c == "\n"
        guard !blank, brackets.isEmpty else { return }
        if let continuationCol {
            col = continuationCol
            altCol = continuationCol
        }
        let current = indents[indents.count - 1]
        if col == current {
            if altCol != altIndents[altIndents.count - 1] { throw tabError() }
        } else if col > current {
            if indents.count >= Lexer.maxIndentDepth {
                throw tokenizerStateError("too many levels of indentation", kind: .indentationError, offset: 1, endOffset: 0)
            }
            if altCol <= altIndents[altIndents.count - 1] { throw tabError() }
            pendingIndents += 1
            indents.append(col)
            altIndents.append(altCol)
        } else {
            while indents.count > 1 && col < indents[indents.count - 1] {
                pendingIndents -= 1
                indents.removeLast()
                altIndents.removeLast()
            }
            if col != indents[indents.count - 1] {
                // CPython reports this with its cursor moved to the end of the line.
                var end = pos
                while end < s.count, s[end] != "\n" { end += 1 }
                throw tokenizerStateError("unindent does not match any outer indentation level",
                                          kind: .indentationError, offset: end + 1 - lineStart, endOffset: -1)
            }
            if altCol != altIndents[altIndents.count - 1] { throw tabError() }
        }
    }

    func tabError() -> LexFailure {
        tokenizerStateError("inconsistent use of tabs and spaces in indentation", kind: .tabError, offset: 1, endOffset: 0)
    }

    /// Consumes a backslash that must be followed by a newline.
    mutating func lineContinuation() throws(LexFailure) {
        let backslash = pos
        pos += 1
        guard pos < s.count, s[pos] == "\n" else {
            let col = backslash - lineStart
            throw tokenizerStateError("unexpected character after line continuation character",
                                      kind: .syntaxError, offset: col + 2, endOffset: 0)
        }
        pos += 1
        if pos >= s.count {
            // The error token sits past the consumed newline, still on the backslash's line.
            throw tokenizerStateError("unexpected EOF while parsing", kind: .syntaxError,
                                      offset: pos - lineStart, endOffset: -1)
        }
        newLine()
    }

    /// Scans one token (or skips trivia). Returns false after ENDMARKER.
    mutating func scanToken() throws(LexFailure) -> Bool {
        // Whitespace between tokens.
        while pos < s.count {
            let c = s[pos]
            if c == " " || c == "\t" || c == "\u{0C}" { pos += 1 } else { break }
        }
        // A NEWLINE token after a comment starts at the `#` (CPython's extent for it).
        var commentStart: Int? = nil
        if pos < s.count, s[pos] == "#" {
            commentStart = pos
            while pos < s.count, s[pos] != "\n" { pos += 1 }
        }
        if pos >= s.count {
            try endOfFile()
            return false
        }
        let start = pos
        let startCol = pos - lineStart
        let startLine = line
        let c = s[pos]

        if Lexer.isIdentifierStart(c) {
            if let quoteAt = stringPrefixEnd(start) {
                pos = quoteAt
                try scanString(start: start, startLine: startLine, startCol: startCol)
                return true
            }
            try scanName(start: start, startLine: startLine, startCol: startCol)
            return true
        }
        if c == "\n" {
            pos += 1
            let lastKind = tokens.last?.kind
            // Blank and comment-only lines, and newlines inside brackets, are not tokens.
            if brackets.isEmpty && lastKind != nil && lastKind != .newline && lastKind != .indent && lastKind != .dedent {
                let first = commentStart ?? start
                tokens.append(Token(kind: .newline, start: first, end: start, line: startLine, column: first - lineStart,
                                    endLine: startLine, endColumn: startCol))
            }
            newLine()
            atLineStart = true
            return true
        }
        if c == "." {
            if Lexer.isDigit(at(pos + 1)) {
                try scanNumber(start: start, startLine: startLine, startCol: startCol)
                return true
            }
            if at(pos + 1) == ".", at(pos + 2) == "." {
                pos += 3
                emit(.ellipsis, from: start, startLine: startLine, startCol: startCol)
            } else {
                pos += 1
                emit(.dot, from: start, startLine: startLine, startCol: startCol)
            }
            return true
        }
        if Lexer.isDigit(c) {
            try scanNumber(start: start, startLine: startLine, startCol: startCol)
            return true
        }
        if c == "\"" || c == "'" {
            try scanString(start: start, startLine: startLine, startCol: startCol)
            return true
        }
        if c == "\\" {
            try lineContinuation()
            return true
        }
        try scanOperator(start: start, startLine: startLine, startCol: startCol)
        return true
    }

    mutating func endOfFile() throws(LexFailure) {
        // CPython attributes end-of-file tokens to the last line that was read.
        line = max(source.lineCount, 1)
        lineStart = source.lineStarts[line - 1]
        if let open = brackets.last {
            throw LexFailure(error: Lexer.neverClosed(open, in: source), tokenIndex: tokens.count,
                             deferred: true, openBracket: open)
        }
        let end = s.count
        for _ in 1..<indents.count {
            tokens.append(Token(kind: .dedent, start: end, end: end, line: line, column: 0, endLine: line, endColumn: 0))
        }
        indents = [0]
        tokens.append(Token(kind: .endMarker, start: end, end: end, line: line, column: 0, endLine: line, endColumn: 0))
    }

    // MARK: - Names

    mutating func scanName(start: Int, startLine: Int, startCol: Int) throws(LexFailure) {
        var nonASCII = false
        while pos < s.count, Lexer.isIdentifierChar(s[pos]) {
            if s[pos].value >= 128 { nonASCII = true }
            pos += 1
        }
        if nonASCII { try verifyIdentifier(start) }
        var kind = TokenKind.name
        let length = pos - start
        if length >= 2 && length <= 8 && !nonASCII {
            var text = ""
            text.unicodeScalars.append(contentsOf: s[start..<pos])
            if let keyword = TokenKind.keywords[text] { kind = keyword }
        }
        emit(kind, from: start, startLine: startLine, startCol: startCol)
    }

    /// PEP 3131: the first character must be XID_Start (or `_`), the rest XID_Continue.
    /// (Identifiers are not NFKC-normalised; see the report for this limitation.)
    func verifyIdentifier(_ start: Int) throws(LexFailure) {
        for i in start..<pos {
            let c = s[i]
            let ok: Bool
            if c.value < 128 {
                ok = true
            } else if i == start {
                ok = c.properties.isXIDStart
            } else {
                ok = c.properties.isXIDContinue
            }
            if !ok {
                let hex = String(c.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let message = isPythonPrintable(c)
                    ? "invalid character '\(Character(c))' (U+\(padded))"
                    : "invalid non-printable character U+\(padded)"
                throw errorAtCursor(message, cursor: i + 1)
            }
        }
    }

    // MARK: - Operators

    mutating func scanOperator(start: Int, startLine: Int, startCol: Int) throws(LexFailure) {
        let c = s[pos]
        let c1 = at(pos + 1)
        let c2 = at(pos + 2)
        var kind: TokenKind
        var length = 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.maxBracketDepth {
                throw errorAtCursor("too many nested parentheses", cursor: pos + 1)
            }
            brackets.append((c, line, startCol))
            kind = c == "(" ? .lpar : c == "[" ? .lsqb : .lbrace
        case ")", "]", "}":
            guard let open = brackets.popLast() else {
                throw errorAtCursor("unmatched '\(c)'", cursor: pos + 1)
            }
            let matches = (open.char == "(" && c == ")") || (open.char == "[" && c == "]") || (open.char == "{" && c == "}")
            if !matches {
                if open.line != line {
                    throw errorAtCursor("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)' on line \(open.line)", cursor: pos + 1)
                }
                throw errorAtCursor("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'", cursor: pos + 1)
            }
            kind = c == ")" ? .rpar : c == "]" ? .rsqb : .rbrace
        case ":": if c1 == "=" { kind = .colonEqual; length = 2 } else { kind = .colon }
        case ",": kind = .comma
        case ";": kind = .semi
        case "+": if c1 == "=" { kind = .plusEqual; length = 2 } else { kind = .plus }
        case "-":
            if c1 == "=" { kind = .minusEqual; length = 2 } else if c1 == ">" { kind = .arrow; length = 2 } else { kind = .minus }
        case "*":
            if c1 == "*" {
                if c2 == "=" { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c1 == "=" { kind = .starEqual; length = 2 } else { kind = .star }
        case "/":
            if c1 == "/" {
                if c2 == "=" { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c1 == "=" { kind = .slashEqual; length = 2 } else { kind = .slash }
        case "%": if c1 == "=" { kind = .percentEqual; length = 2 } else { kind = .percent }
        case "@": if c1 == "=" { kind = .atEqual; length = 2 } else { kind = .at }
        case "|": if c1 == "=" { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case "&": if c1 == "=" { kind = .amperEqual; length = 2 } else { kind = .amper }
        case "^": if c1 == "=" { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case "~": kind = .tilde
        case "<":
            if c1 == "<" {
                if c2 == "=" { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c1 == "=" { kind = .lessEqual; length = 2 }
            // `<>` is a single token that only the Barry-as-FLUFL future accepts.
            else if c1 == ">" { kind = .unknown; length = 2 }
            else { kind = .less }
        case ">":
            if c1 == ">" {
                if c2 == "=" { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c1 == "=" { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case "=": if c1 == "=" { kind = .eqEqual; length = 2 } else { kind = .equal }
        case "!": if c1 == "=" { kind = .notEqual; length = 2 } else { kind = .unknown }
        default:
            if !isPythonPrintable(c) {
                let hex = String(c.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                throw errorAtCursor("invalid non-printable character U+\(padded)", cursor: pos + 1)
            }
            kind = .unknown
        }
        pos += length
        emit(kind, from: start, startLine: startLine, startCol: startCol)
    }

    // MARK: - Numbers

    /// Consumes digits with single underscores between them, starting at `pos`; returns the
    /// character after the tail. CPython rejects a trailing or doubled underscore here.
    mutating func decimalTail() throws(LexFailure) {
        while true {
            while pos < s.count, Lexer.isDigit(s[pos]) { pos += 1 }
            guard at(pos) == "_" else { return }
            pos += 1
            if !Lexer.isDigit(at(pos)) {
                throw errorAtCursor("invalid decimal literal", cursor: pos)
            }
        }
    }

    /// CPython's `verify_end_of_number`: a literal may be directly followed by a keyword that
    /// can legally follow it (`1if x else y`), but by no other identifier character.
    func verifyEndOfNumber(_ kindName: String) throws(LexFailure) {
        let c = at(pos)
        let allowed: Bool
        // The keyword must end there (`1or` but not `1orx`), except that CPython only peeks one
        // character for `if`, `in` and `is`.
        func keyword(_ rest: String) -> Bool {
            var i = pos + 1
            for r in rest.unicodeScalars {
                if at(i) != r { return false }
                i += 1
            }
            return !Lexer.isIdentifierChar(at(i))
        }
        switch c {
        case "a": allowed = keyword("nd")
        case "e": allowed = keyword("lse")
        case "f": allowed = keyword("or")
        case "i": allowed = at(pos + 1) == "f" || at(pos + 1) == "n" || at(pos + 1) == "s"
        case "o": allowed = keyword("r")
        case "n": allowed = keyword("ot")
        default: allowed = false
        }
        if allowed { return }
        if pos < s.count, Lexer.isIdentifierChar(c) {
            throw errorAtCursor("invalid \(kindName) literal", cursor: pos)
        }
    }

    mutating func scanNumber(start: Int, startLine: Int, startCol: Int) throws(LexFailure) {
        if s[pos] == "0" && (at(pos + 1) == "x" || at(pos + 1) == "X" || at(pos + 1) == "o" || at(pos + 1) == "O"
                             || at(pos + 1) == "b" || at(pos + 1) == "B") {
            try scanRadixNumber()
            emit(.number, from: start, startLine: startLine, startCol: startCol)
            return
        }
        var isFloatish = false
        if s[pos] == "." {
            // `.5`: the fraction path with no integer part.
            pos += 1
            try decimalTail()
            isFloatish = true
        } else if s[pos] == "0" {
            pos += 1
            while true {
                if at(pos) == "_" {
                    pos += 1
                    if !Lexer.isDigit(at(pos)) { throw errorAtCursor("invalid decimal literal", cursor: pos) }
                }
                if at(pos) != "0" { break }
                pos += 1
            }
            let zerosEnd = pos
            var nonZero = false
            if Lexer.isDigit(at(pos)) {
                nonZero = true
                try decimalTail()
            }
            let c = at(pos)
            if c == "." {
                pos += 1
                if Lexer.isDigit(at(pos)) { try decimalTail() }
                isFloatish = true
            } else if c == "e" || c == "E" || c == "j" || c == "J" {
                isFloatish = true
            } else if nonZero {
                throw errorRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                 startCol: start - lineStart + 1, endCol: zerosEnd - lineStart + 1)
            }
            if !isFloatish {
                try verifyEndOfNumber("decimal")
                emit(.number, from: start, startLine: startLine, startCol: startCol)
                return
            }
        } else {
            try decimalTail()
            if at(pos) == "." {
                pos += 1
                if Lexer.isDigit(at(pos)) { try decimalTail() }
            }
        }
        // Exponent.
        let e = at(pos)
        if e == "e" || e == "E" {
            let ePos = pos
            pos += 1
            let sign = at(pos)
            if sign == "+" || sign == "-" {
                pos += 1
                if !Lexer.isDigit(at(pos)) { throw errorAtCursor("invalid decimal literal", cursor: pos) }
            } else if !Lexer.isDigit(sign) {
                // Not an exponent after all: `1else` ends the number before the `e`.
                pos = ePos
                try verifyEndOfNumber("decimal")
                emit(.number, from: start, startLine: startLine, startCol: startCol)
                return
            }
            try decimalTail()
        }
        if at(pos) == "j" || at(pos) == "J" {
            pos += 1
            try verifyEndOfNumber("imaginary")
        } else {
            try verifyEndOfNumber("decimal")
        }
        emit(.number, from: start, startLine: startLine, startCol: startCol)
    }

    /// `0x…`, `0o…`, `0b…` with CPython's distinct messages for each base.
    mutating func scanRadixNumber() throws(LexFailure) {
        let marker = s[pos + 1]
        pos += 2
        let (name, isValid): (String, (Unicode.Scalar) -> Bool)
        switch marker {
        case "x", "X": (name, isValid) = ("hexadecimal", Lexer.isHexDigit)
        case "o", "O": (name, isValid) = ("octal", { $0.value >= 48 && $0.value <= 55 })
        default: (name, isValid) = ("binary", { $0 == "0" || $0 == "1" })
        }
        repeat {
            if at(pos) == "_" { pos += 1 }
            let c = at(pos)
            if !isValid(c) {
                if name != "hexadecimal" && Lexer.isDigit(c) {
                    throw errorAtCursor("invalid digit '\(c)' in \(name) literal", cursor: pos + 1)
                }
                throw errorAtCursor("invalid \(name) literal", cursor: pos)
            }
            while pos < s.count, isValid(s[pos]) { pos += 1 }
        } while at(pos) == "_"
        if name != "hexadecimal" && Lexer.isDigit(at(pos)) {
            throw errorAtCursor("invalid digit '\(at(pos))' in \(name) literal", cursor: pos + 1)
        }
        try verifyEndOfNumber(name)
    }

    // MARK: - Strings

    /// If the identifier starting at `start` is a valid string prefix immediately followed by a
    /// quote, returns the quote's index.
    func stringPrefixEnd(_ start: Int) -> Int? {
        var i = start
        var hasB = false, hasR = false, hasU = false, hasF = false
        while i < s.count, i - start < 3 {
            switch s[i] {
            case "b", "B": if hasB || hasU || hasF { return nil }; hasB = true
            case "r", "R": if hasR || hasU { return nil }; hasR = true
            case "u", "U": if hasU || hasB || hasR || hasF { return nil }; hasU = true
            case "f", "F": if hasF || hasB || hasU { return nil }; hasF = true
            case "\"", "'": return i > start ? i : nil
            default: return nil
            }
            i += 1
        }
        return nil
    }

    /// Finds the end of a string literal whose opening quote is at `pos`. Escapes are skipped
    /// but not interpreted; a backslash-newline continues a single-quoted string.
    mutating func scanString(start: Int, startLine: Int, startCol: Int) throws(LexFailure) {
        let quote = s[pos]
        pos += 1
        var quoteSize = 1
        var endQuoteSize = 0
        if at(pos) == quote {
            if at(pos + 1) == quote {
                quoteSize = 3
                pos += 2
            } else {
                pos += 1
                endQuoteSize = 1
            }
        }
        let firstLineStart = lineStart
        while endQuoteSize != quoteSize {
            if pos >= s.count || (quoteSize == 1 && s[pos] == "\n") {
                let detected = pos >= s.count ? max(source.lineCount, 1) : line
                let message = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                let col = start - firstLineStart + 1
                throw LexFailure(error: SyntaxErrorInfo(message: message, filename: filename, line: startLine,
                                                        offset: col, endLine: startLine, endOffset: col,
                                                        text: source.lineText(startLine, withNewline: false)),
                                 tokenIndex: tokens.count)
            }
            let c = s[pos]
            pos += 1
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == "\n" {
                    newLine()
                } else if c == "\\" {
                    if pos < s.count {
                        let escaped = s[pos]
                        pos += 1
                        if escaped == "\n" { newLine() }
                    }
                }
            }
        }
        emit(.string, from: start, startLine: startLine, startCol: startCol)
    }
}

extension LexFailure: Error {}
