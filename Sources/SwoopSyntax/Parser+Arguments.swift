// Parser+Arguments.swift — syntax analysis of argument lists: call arguments, `def` parameters
// and `lambda` parameters, with CPython's ordering diagnostics.

extension Parser {
    // MARK: - Calls

    /// Arguments after an opening `(` (already consumed), through the closing `)`. A lone
    /// unparenthesised generator expression is accepted when `allowGenerator` (calls, not
    /// class bases); its location then spans the call's parentheses, as in CPython.
    func parseCallArguments(open: Token, allowGenerator: Bool) throws(ParseError) -> ([Expr], [Keyword]) {
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var orderError: String? = nil
        if accept(.rpar) { return ([], []) }
        while true {
            let itemStart = tok
            switch itemStart.kind {
            case .star:
                advance()
                if sawDoubleStar && diagnostics {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: loc(itemStart))
                }
                let value = try parseExpression()
                args.append(Expr(.starred(value, .load), span(from: itemStart)))
            case .doubleStar:
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, location: span(from: itemStart)))
                sawDoubleStar = true
            case .name where peek(1).kind == .equal:
                advance()
                let equal = advance()
                let value = try parseExpression()
                if diagnostics && startsComprehension() {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: loc(itemStart), to: loc(equal))
                }
                keywords.append(Keyword(name: text(of: itemStart), value: value, location: span(from: itemStart)))
                sawKeyword = true
            case .kwTrue where diagnostics && peek(1).kind == .equal,
                 .kwFalse where diagnostics && peek(1).kind == .equal,
                 .kwNone where diagnostics && peek(1).kind == .equal:
                throw error("cannot assign to \(itemStart.kind.description)", from: loc(itemStart), to: loc(peek(1)))
            default:
                let e: Expr
                if kind == .name && peek(1).kind == .colonEqual {
                    e = try parseNamedExpression()
                } else {
                    e = try parseExpression()
                    if diagnostics && check(.equal) {
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?", from: e.location, to: loc(tok))
                    }
                }
                if startsComprehension() {
                    guard allowGenerator else { throw invalidSyntax() }
                    let generators = try parseComprehensionClauses()
                    if !args.isEmpty || !keywords.isEmpty || !check(.rpar) {
                        if diagnostics, let last = lastComprehensionItem(generators) {
                            try skimRemainingArguments()
                            throw error("Generator expression must be parenthesized", from: e.location, to: last.location)
                        }
                        throw invalidSyntax()
                    }
                    advance()
                    let generator = Expr(.generatorExp(element: e, generators: generators), span(loc(open), loc(previous)))
                    return ([generator], [])
                }
                if sawDoubleStar {
                    orderError = orderError ?? "positional argument follows keyword argument unpacking"
                } else if sawKeyword {
                    orderError = orderError ?? "positional argument follows keyword argument"
                }
                args.append(e)
            }
            if !accept(.comma) { break }
            if check(.rpar) { break }
        }
        if let orderError {
            // CPython reports this at the last token it read, past the whole argument list.
            _ = tok
            throw errorAtFurthest(orderError)
        }
        try expect(.rpar)
        return (args, keywords)
    }

    /// CPython's rule for a misplaced generator expression reads the rest of the argument list
    /// before reporting; reading it here too lets a tokenizer error there take precedence.
    func skimRemainingArguments() throws(ParseError) {
        _ = try speculate { () throws(ParseError) in
            while accept(.comma) {
                if kind == .star || kind == .doubleStar {
                    advance()
                } else if kind == .name && peek(1).kind == .equal {
                    advance()
                    advance()
                }
                guard startsExpression(kind) else { break }
                _ = try parseExpression()
                if startsComprehension() { _ = try parseComprehensionClauses() }
            }
        }
    }

    func startsComprehension() -> Bool {
        check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor)
    }

    // MARK: - Lambda

    /// `lambdef: 'lambda' [lambda_params] ':' expression`. A chain of lambdas returning
    /// lambdas is collected in a loop so that its length does not cost stack.
    func parseLambda() throws(ParseError) -> Expr {
        var headers: [(start: Token, args: Arguments)] = []
        defer { depth -= headers.count }
        while check(.kwLambda) {
            let start = advance()
            if depth >= Parser.maxNestingDepth { throw recursionError() }
            let args = try parseParameters(closing: .colon, isLambda: true)
            try expect(.colon)
            headers.append((start, args))
            depth += 1
        }
        var result = try parseExpression()
        let end = loc(previous)
        for header in headers.reversed() {
            result = Expr(.lambda(header.args, body: result), span(loc(header.start), end))
        }
        return result
    }

    // MARK: - Parameters

    /// A parameter list up to (not including) `closing`: `)` for `def`, `:` for `lambda`
    /// (which takes no annotations).
    func parseParameters(closing: TokenKind, isLambda: Bool) throws(ParseError) -> Arguments {
        var a = Arguments()
        var sawDefault = false
        var sawSlash = false
        var sawStar = false
        while !check(closing) {
            let t = tok
            switch t.kind {
            case .slash:
                if sawSlash { throw error("/ may appear only once", at: loc(t)) }
                if sawStar { throw error("/ must be ahead of *", at: loc(t)) }
                if a.args.isEmpty {
                    if diagnostics && lookahead(1).kind == .comma {
                        throw error("at least one argument must precede /", at: loc(t))
                    }
                    throw invalidSyntax()
                }
                advance()
                sawSlash = true
                a.posOnly = a.args
                a.args = []
            case .star:
                if sawStar { throw error("* argument may appear only once", at: loc(t)) }
                advance()
                sawStar = true
                if check(.name) {
                    let nameToken = advance()
                    var annotation: Expr? = nil
                    if !isLambda && accept(.colon) {
                        if check(.star) {
                            let star = advance()
                            let value = try parseExpression()
                            annotation = Expr(.starred(value, .load), span(from: star))
                        } else {
                            annotation = try parseExpression()
                        }
                    }
                    a.vararg = Arg(name: text(of: nameToken), annotation: annotation, location: span(from: nameToken))
                    if check(.equal) {
                        throw error("var-positional argument cannot have default value", at: loc(tok))
                    }
                } else if check(closing) || (check(.comma) && (peek(1).kind == closing || peek(1).kind == .doubleStar)) {
                    throw error("named arguments must follow bare *", at: loc(t))
                }
            case .doubleStar:
                advance()
                let nameToken = try expect(.name)
                var annotation: Expr? = nil
                if !isLambda && accept(.colon) {
                    annotation = try parseExpression()
                }
                a.kwarg = Arg(name: text(of: nameToken), annotation: annotation, location: span(from: nameToken))
                if check(.equal) {
                    throw error("var-keyword argument cannot have default value", at: loc(tok))
                }
                if accept(.comma) && !check(closing) {
                    if check(.name) || check(.star) || check(.doubleStar) || check(.slash) {
                        throw error("arguments cannot follow var-keyword argument", at: loc(tok))
                    }
                    throw invalidSyntax()
                }
                return a
            case .name:
                let nameToken = advance()
                var annotation: Expr? = nil
                if !isLambda && accept(.colon) {
                    annotation = try parseExpression()
                }
                let arg = Arg(name: text(of: nameToken), annotation: annotation, location: span(from: nameToken))
                var defaultValue: Expr? = nil
                if check(.equal) {
                    let equal = advance()
                    if check(.comma) || check(closing) {
                        if diagnostics && !isLambda {
                            throw error("expected default value expression", at: loc(equal))
                        }
                        throw invalidSyntax()
                    }
                    defaultValue = try parseExpression()
                }
                if sawStar {
                    a.kwOnly.append(arg)
                    a.kwDefaults.append(defaultValue)
                } else {
                    if let defaultValue {
                        a.defaults.append(defaultValue)
                        sawDefault = true
                    } else if sawDefault {
                        throw error("non-default argument follows default argument", at: arg.location)
                    }
                    a.args.append(arg)
                }
            case .lpar where diagnostics:
                try diagnoseParenthesizedParameters(isLambda: isLambda)
                throw invalidSyntax()
            default:
                throw invalidSyntax()
            }
            if !accept(.comma) { break }
        }
        return a
    }

    /// `def f((a, b)):` — a Python 2 idiom CPython names explicitly.
    func diagnoseParenthesizedParameters(isLambda: Bool) throws(ParseError) {
        let open = tok
        let m = mark()
        defer { reset(m, restoringFurthest: true) }
        advance()
        var ok = check(.name)
        while ok && accept(.name) {
            if !accept(.comma) { break }
        }
        ok = ok && check(.rpar)
        if ok {
            let close = advance()
            let what = isLambda ? "Lambda expression parameters" : "Function parameters"
            throw error("\(what) cannot be parenthesized", from: loc(open), to: loc(close))
        }
    }
}
