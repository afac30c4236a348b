// FString.swift — syntax analysis of string atoms: adjacent-literal concatenation and f-strings.
//
// As in CPython 3.11, an f-string is a single STRING token; its replacement fields are found by
// scanning the body here, and each field's expression is parsed by a separate parser instance
// over the text "(" + expression + ")" (the parentheses allow leading whitespace and make
// `f"{a, b}"` a tuple). Errors inside a field are therefore reported, like CPython's, against
// that parenthesised text with an "f-string: " prefix.

extension Parser {
    /// `STRING+`: concatenates adjacent literals (mixing f-strings and plain strings), rejecting
    /// bytes mixed with text.
    func parseStrings() throws(ParseError) -> Expr {
        let first = tok
        var stringTokens: [Token] = []
        while check(.string) { stringTokens.append(advance()) }
        // CPython has already fetched the token after the literals; its errors point there.
        _ = tok
        let location = loc(from: first, to: previous)
        var isBytes: Bool? = nil
        var isFormatted = false
        var bytes: [UInt8] = []
        var parts: [FStringPart] = []
        var literal = String.UnicodeScalarView()
        for t in stringTokens {
            let piece = StringPiece(t, in: s)
            if piece.isBytes && s[piece.bodyStart..<piece.bodyEnd].contains(where: { $0.value >= 128 }) {
                throw ParseError(error("bytes can only contain ASCII literal characters", at: loc(t)).info, firstPass: true)
            }
            if piece.isBytes {
                let decoded: [UInt8]
                do throws(StringDecodeError) {
                    decoded = try StringLiteral.decodeBytes(s, piece.bodyStart..<piece.bodyEnd, raw: piece.isRaw)
                } catch let failure {
                    throw firstPassError(failure.message)
                }
                if let previous = isBytes, !previous { throw firstPassError("cannot mix bytes and nonbytes literals") }
                isBytes = true
                bytes += decoded
                continue
            }
            if !piece.isFormatted {
                let decoded: String
                if piece.isRaw {
                    decoded = source.text(piece.bodyStart, piece.bodyEnd)
                } else {
                    do throws(StringDecodeError) {
                        decoded = try StringLiteral.decodeString(s, piece.bodyStart..<piece.bodyEnd)
                    } catch let failure {
                        throw firstPassError(failure.message)
                    }
                }
                if let previous = isBytes, previous { throw firstPassError("cannot mix bytes and nonbytes literals") }
                isBytes = false
                literal.append(contentsOf: decoded.unicodeScalars)
                continue
            }
            if let previous = isBytes, previous { throw firstPassError("cannot mix bytes and nonbytes literals") }
            isBytes = false
            isFormatted = true
            var i = piece.bodyStart
            try scanFStringBody(&i, end: piece.bodyEnd, raw: piece.isRaw, level: 0, parts: &parts, literal: &literal)
        }
        if isBytes == true {
            return Expr(.constant(.bytes(bytes)), location)
        }
        if !isFormatted {
            return Expr(.constant(.str(String(literal))), location)
        }
        flushLiteral(&literal, into: &parts)
        return Expr(.fString(parts), location)
    }

    /// An error CPython raises while building the string atom in its first pass, located at the
    /// token after the literals.
    func firstPassError(_ message: String) -> ParseError {
        ParseError(errorInfo(at: tokens[furthest], message), firstPass: true)
    }

    func flushLiteral(_ literal: inout String.UnicodeScalarView, into parts: inout [FStringPart]) {
        if literal.isEmpty { return }
        parts.append(.literal(String(literal)))
        literal = String.UnicodeScalarView()
    }

    /// Scans literal text and replacement fields up to the end of the body (level 0) or up to
    /// the `}` that closes a format spec (level 1, the only nested level CPython allows).
    func scanFStringBody(_ i: inout Int, end: Int, raw: Bool, level: Int,
                         parts: inout [FStringPart], literal: inout String.UnicodeScalarView) throws(ParseError) {
        while true {
            let literalStart = i
            var literalEnd = -1
            scan: while i < end {
                var c = s[i]
                i += 1
                if !raw && c == "\\" && i < end {
                    c = s[i]
                    i += 1
                    if c == "N" {
                        // `\N{NAME}`: these braces belong to the escape.
                        if i < end && s[i] == "{" {
                            i += 1
                            while i < end {
                                let d = s[i]
                                i += 1
                                if d == "}" { break }
                            }
                        }
                        continue
                    }
                    if c != "{" { continue }
                }
                if c == "{" || c == "}" {
                    if level == 0 {
                        if i < end && s[i] == c {
                            literalEnd = i
                            i += 1
                            break scan
                        }
                        if c == "}" {
                            throw firstPassError("f-string: single '}' is not allowed")
                        }
                    }
                    i -= 1
                    break scan
                }
            }
            let doubled = literalEnd >= 0
            if !doubled { literalEnd = i }
            if literalEnd > literalStart {
                if raw {
                    literal.append(contentsOf: s[literalStart..<literalEnd])
                } else {
                    do throws(StringDecodeError) {
                        literal.append(contentsOf: try StringLiteral.decodeString(s, literalStart..<literalEnd).unicodeScalars)
                    } catch let failure {
                        throw firstPassError(failure.message)
                    }
                }
            }
            if doubled { continue }
            if i >= end || s[i] == "}" { return }
            try scanFStringField(&i, end: end, raw: raw, level: level, parts: &parts, literal: &literal)
        }
    }

    /// One `{expression[=][!conversion][:format_spec]}` field, `i` at its `{`.
    func scanFStringField(_ i: inout Int, end: Int, raw: Bool, level: Int,
                          parts: inout [FStringPart], literal: inout String.UnicodeScalarView) throws(ParseError) {
        if level >= 2 { throw firstPassError("f-string: expressions nested too deeply") }
        i += 1
        let expressionStart = i
        var brackets: [Unicode.Scalar] = []
        var quote: Unicode.Scalar? = nil
        var tripleQuoted = false
        while i < end {
            let c = s[i]
            if c == "\\" { throw firstPassError("f-string expression part cannot include a backslash") }
            if let q = quote {
                if c == q {
                    if !tripleQuoted {
                        quote = nil
                    } else if i + 2 < end && s[i + 1] == q && s[i + 2] == q {
                        i += 2
                        quote = nil
                    }
                }
                i += 1
                continue
            }
            if c == "'" || c == "\"" {
                tripleQuoted = i + 2 < end && s[i + 1] == c && s[i + 2] == c
                i += tripleQuoted ? 3 : 1
                quote = c
                continue
            }
            if c == "[" || c == "(" || c == "{" {
                if brackets.count >= Lexer.maxBracketDepth {
                    throw firstPassError("f-string: too many nested parenthesis")
                }
                brackets.append(c)
                i += 1
                continue
            }
            if c == "#" { throw firstPassError("f-string expression part cannot include '#'") }
            if brackets.isEmpty && (c == "!" || c == ":" || c == "}" || c == "=" || c == "<" || c == ">") {
                // `!=`, `==`, `<=`, `>=` are operators, not field syntax; lone `<`, `>` too.
                if c != ":" && c != "}" && i + 1 < end && s[i + 1] == "=" {
                    i += 2
                    continue
                }
                if c == "<" || c == ">" {
                    i += 1
                    continue
                }
                break
            }
            if c == "]" || c == ")" || c == "}" {
                guard let open = brackets.popLast() else {
                    throw firstPassError("f-string: unmatched '\(c)'")
                }
                let matches = (open == "(" && c == ")") || (open == "[" && c == "]") || (open == "{" && c == "}")
                if !matches {
                    throw firstPassError("f-string: closing parenthesis '\(c)' does not match opening parenthesis '\(open)'")
                }
            }
            i += 1
        }
        let expressionEnd = i
        if quote != nil { throw firstPassError("f-string: unterminated string") }
        if let open = brackets.last { throw firstPassError("f-string: unmatched '\(open)'") }
        if i >= end { throw firstPassError("f-string: expecting '}'") }

        if s[expressionStart..<expressionEnd].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            let c = s[expressionEnd]
            if c == "!" || c == ":" || c == "=" {
                throw firstPassError("f-string: expression required before '\(c)'")
            }
            throw firstPassError("f-string: empty expression not allowed")
        }
        let value = try parseReplacementExpression(expressionStart, expressionEnd)

        var selfDocumenting: String? = nil
        if s[i] == "=" {
            i += 1
            while i < end, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" || s[i] == "\u{0B}" || s[i] == "\u{0C}" {
                i += 1
            }
            selfDocumenting = source.text(expressionStart, i)
        }
        var conversion: Character? = nil
        if i < end && s[i] == "!" {
            i += 1
            if i >= end { throw firstPassError("f-string: expecting '}'") }
            let c = s[i]
            i += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw firstPassError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        if i >= end { throw firstPassError("f-string: expecting '}'") }
        var formatSpec: [FStringPart]? = nil
        if s[i] == ":" {
            i += 1
            if i >= end { throw firstPassError("f-string: expecting '}'") }
            var specParts: [FStringPart] = []
            var specLiteral = String.UnicodeScalarView()
            try scanFStringBody(&i, end: end, raw: raw, level: level + 1, parts: &specParts, literal: &specLiteral)
            flushLiteral(&specLiteral, into: &specParts)
            formatSpec = specParts
        }
        if i >= end || s[i] != "}" { throw firstPassError("f-string: expecting '}'") }
        i += 1
        // `f"{x=}"` shows the repr unless a conversion or format spec says otherwise.
        if selfDocumenting != nil && formatSpec == nil && conversion == nil {
            conversion = "r"
        }
        flushLiteral(&literal, into: &parts)
        parts.append(.field(value: value, conversion: conversion, formatSpec: formatSpec, selfDocumenting: selfDocumenting))
    }

    /// Parses a replacement field's expression with a sub-parser whose positions map back into
    /// this file.
    func parseReplacementExpression(_ start: Int, _ end: Int) throws(ParseError) -> Expr {
        var text: [Unicode.Scalar] = ["("]
        text.append(contentsOf: s[start..<end])
        text.append(")")
        let (localLine, localColumn) = position(of: start)
        let (line, column) = mapped(localLine, localColumn)
        let sub = Parser(source: SourceText(scalars: text, filename: filename), depth: depth + 1,
                         fstring: FStringContext(lineShift: line - 1, columnShift: column - 1))
        do throws(SyntaxErrorInfo) {
            return try sub.run { () throws(ParseError) in try sub.parseFStringInput() }
        } catch {
            // To the enclosing parser this is a raised error, never a failed alternative.
            var info = error
            info.isGeneric = false
            throw ParseError(info, firstPass: true)
        }
    }

    /// Line (1-based) and column of a scalar index in this parser's source.
    func position(of index: Int) -> (Int, Int) {
        let starts = source.lineStarts
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low + 1, index - starts[low])
    }
}
