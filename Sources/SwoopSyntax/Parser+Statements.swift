// Parser+Statements.swift — syntax analysis of statements: blocks, compound and simple statements.

extension Parser {
    // MARK: - Start rules

    func parseFile() throws(ParseError) -> Module {
        var body: [Stmt] = []
        while kind != .endMarker {
            try parseStatement(into: &body)
        }
        return Module(body: body)
    }

    /// `eval` input: `expressions NEWLINE* ENDMARKER`.
    func parseEvalInput() throws(ParseError) -> Expr {
        let start = tok
        var items = [try parseExpression()]
        var sawComma = false
        while accept(.comma) {
            sawComma = true
            if !startsExpression(kind) { break }
            items.append(try parseExpression())
        }
        let result = sawComma ? Expr(.tuple(items, .load), span(from: start)) : items[0]
        while accept(.newline) {}
        if kind != .endMarker { throw invalidSyntax() }
        return result
    }

    /// An f-string replacement field, wrapped in parentheses: `star_expressions`.
    func parseFStringInput() throws(ParseError) -> Expr {
        let e = try parseStarExpressions()
        while accept(.newline) {}
        if kind != .endMarker { throw invalidSyntax() }
        return e
    }

    // MARK: - Statements

    func parseStatement(into body: inout [Stmt]) throws(ParseError) {
        switch kind {
        case .kwDef:
            body.append(try parseFunctionDef(decorators: [], start: tok, isAsync: false))
        case .kwIf:
            body.append(try parseIf())
        case .kwClass:
            body.append(try parseClassDef(decorators: []))
        case .kwWith:
            body.append(try parseWith(start: tok, isAsync: false))
        case .kwFor:
            body.append(try parseFor(start: tok, isAsync: false))
        case .kwTry:
            body.append(try parseTry())
        case .kwWhile:
            body.append(try parseWhile())
        case .at:
            body.append(try parseDecorated())
        case .kwAsync:
            let start = tok
            switch peek(1).kind {
            case .kwDef:
                advance()
                body.append(try parseFunctionDef(decorators: [], start: start, isAsync: true))
            case .kwWith:
                advance()
                body.append(try parseWith(start: start, isAsync: true))
            case .kwFor:
                advance()
                body.append(try parseFor(start: start, isAsync: true))
            default:
                try parseSimpleStatements(into: &body)
            }
        case .indent, .dedent:
            throw invalidSyntax()
        case .name where isName(tok, "match"):
            try rejectMatchStatement()
            try parseSimpleStatements(into: &body)
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// `match` is a soft keyword: a statement is a match statement only if `match` is followed
    /// by a subject expression and a colon. Those are reported as unsupported; anything else
    /// (`match = 1`, `match(x)`) is an ordinary statement using the name.
    func rejectMatchStatement() throws(ParseError) {
        let matchToken = tok
        let m = mark()
        advance()
        let next = try attempt { () throws(ParseError) -> TokenKind in
            try withoutDiagnostics { () throws(ParseError) in
                let first = try parseStarNamedExpression()
                if check(.comma) {
                    while accept(.comma) {
                        if !startsExpression(kind) && kind != .star { break }
                        _ = try parseStarNamedExpression()
                    }
                } else if case .starred = first.kind {
                    // A lone starred subject is not a subject_expr.
                    throw invalidSyntax()
                }
            }
            return kind
        }
        reset(m)
        if next == .colon {
            throw error("match statements are not supported yet", at: loc(matchToken))
        }
        if next == .newline && matchWithoutColon == nil {
            matchWithoutColon = matchToken
        }
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    func parseSimpleStatements(into body: inout [Stmt]) throws(ParseError) {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) {
                if check(.newline) { break }
                continue
            }
            break
        }
        try expect(.newline)
    }

    func parseSimpleStatement() throws(ParseError) -> Stmt {
        let start = tok
        switch start.kind {
        case .kwPass:
            advance()
            return Stmt(.pass, loc(start))
        case .kwBreak:
            advance()
            return Stmt(.break, loc(start))
        case .kwContinue:
            advance()
            return Stmt(.continue, loc(start))
        case .kwReturn:
            advance()
            var value: Expr? = nil
            if startsExpression(kind) || kind == .star {
                value = try parseStarExpressions()
            }
            return Stmt(.return(value), span(from: start))
        case .kwRaise:
            advance()
            var exc: Expr? = nil
            var cause: Expr? = nil
            if startsExpression(kind) {
                exc = try parseExpression()
                if accept(.kwFrom) {
                    cause = try parseExpression()
                }
            }
            return Stmt(.raise(exc: exc, cause: cause), span(from: start))
        case .kwGlobal, .kwNonlocal:
            advance()
            var names: [String] = []
            repeat {
                names.append(text(of: try expect(.name)))
            } while accept(.comma)
            return Stmt(start.kind == .kwGlobal ? .global(names) : .nonlocal(names), span(from: start))
        case .kwDel:
            return try parseDel()
        case .kwAssert:
            advance()
            let test = try parseExpression()
            var msg: Expr? = nil
            if accept(.comma) {
                msg = try parseExpression()
            }
            return Stmt(.assert(test: test, msg: msg), span(from: start))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    // MARK: - Expression statements and assignment

    func parseExpressionStatement() throws(ParseError) -> Stmt {
        let start = tok
        let startIndex = pos
        let first: Expr
        var bareTuple = false
        if kind == .kwYield {
            first = try parseYieldExpression()
        } else {
            (first, bareTuple) = try parseStarExpressionsNotingTuple()
        }
        switch kind {
        case .colon:
            return try parseAnnotatedAssignment(target: first, start: start, bareTuple: bareTuple)
        case .equal:
            return try parseAssignment(first: first, start: start, startIndex: startIndex)
        default:
            if let op = kind.augmentedOperator {
                advance()
                let value = try parseYieldOrStarExpressions()
                switch first.kind {
                case .name, .attribute, .subscript:
                    return Stmt(.augAssign(target: try asTarget(first, .store), op: op, value: value), span(from: start))
                default:
                    throw error("'\(expressionName(first))' is an illegal expression for augmented assignment",
                                at: first.location)
                }
            }
            if kind != .newline && kind != .semi { throw invalidSyntax() }
            return Stmt(.expr(first), span(from: start))
        }
    }

    func parseAnnotatedAssignment(target: Expr, start: Token, bareTuple: Bool) throws(ParseError) -> Stmt {
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        default:
            // Only CPython's error rules read past the colon of an invalid target, and only to
            // choose the message; without a valid annotation the error stays at the colon.
            let m = mark()
            advance()
            let annotation = try attempt(restoringFurthest: true) { () throws(ParseError) in try parseExpression() }
            reset(m, restoringFurthest: true)
            if annotation == nil { throw invalidSyntax() }
        }
        advance() // ':'
        let annotation = try parseExpression()
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        case .tuple(let elements, _):
            if bareTuple, let first = elements.first {
                throw error("only single target (not tuple) can be annotated", at: first.location)
            }
            throw error("only single target (not tuple) can be annotated", at: target.location)
        case .list:
            throw error("only single target (not list) can be annotated", at: target.location)
        default:
            throw error("illegal target for annotation", at: target.location)
        }
        var value: Expr? = nil
        if accept(.equal) {
            value = try parseYieldOrStarExpressions()
        }
        var simple = false
        if case .name = target.kind, start.kind == .name { simple = true }
        return Stmt(.annAssign(target: try asTarget(target, .store), annotation: annotation, value: value, simple: simple),
                    span(from: start))
    }

    /// `a = b = value`. Each target is checked as soon as the `=` after it is seen, because
    /// CPython's assignment rule fails right there and its error rules take over.
    func parseAssignment(first: Expr, start: Token, startIndex: Int) throws(ParseError) -> Stmt {
        var targets: [Expr] = []
        let firstEqualIndex = pos
        var pending = first
        var value: Expr
        while true {
            targets.append(try checkedTarget(pending, first: first, startIndex: startIndex, firstEqualIndex: firstEqualIndex))
            advance() // '='
            let v = try parseYieldOrStarExpressions()
            if check(.equal) {
                pending = v
            } else {
                value = v
                break
            }
        }
        return Stmt(.assign(targets: targets, value: value), span(from: start))
    }

    /// Validates one assignment target. On failure CPython's invalid_assignment rule first
    /// re-reads the statement's first element as a named expression, so its "Maybe you meant
    /// '=='" hints win over the message about the actual bad target.
    func checkedTarget(_ target: Expr, first: Expr, startIndex: Int, firstEqualIndex: Int) throws(ParseError) -> Expr {
        var bad: Expr? = nil
        switch target.kind {
        case .yield, .yieldFrom: bad = target
        default: bad = invalidTarget(target, .star)
        }
        guard let bad else { return try asTarget(target, .store) }
        if diagnostics, let hint = try namedExpressionHint(first, startIndex: startIndex, equalIndex: firstEqualIndex) {
            throw hint
        }
        switch bad.kind {
        case .yield, .yieldFrom:
            throw error("assignment to yield expression not possible", at: bad.location)
        default:
            throw error("cannot assign to \(expressionName(bad))", at: bad.location)
        }
    }

    // MARK: - del, import

    func parseDel() throws(ParseError) -> Stmt {
        let start = advance()
        var targets: [Expr] = []
        repeat {
            if !startsExpression(kind) && kind != .star { break }
            targets.append(try parseStarExpression())
        } while accept(.comma)
        if targets.isEmpty { throw invalidSyntax() }
        for target in targets {
            if let invalid = invalidTarget(target, .del) {
                throw error("cannot delete \(expressionName(invalid))", at: invalid.location)
            }
        }
        if kind != .semi && kind != .newline { throw invalidSyntax() }
        var converted: [Expr] = []
        for target in targets { converted.append(try asTarget(target, .del)) }
        return Stmt(.delete(converted), span(from: start))
    }

    func parseDottedName() throws(ParseError) -> String {
        var name = text(of: try expect(.name))
        while check(.dot) {
            advance()
            name += "." + text(of: try expect(.name))
        }
        return name
    }

    func parseImport() throws(ParseError) -> Stmt {
        let start = advance()
        var aliases: [Alias] = []
        repeat {
            let aliasStart = tok
            let name = try parseDottedName()
            var asName: String? = nil
            if accept(.kwAs) {
                asName = text(of: try expect(.name))
            }
            aliases.append(Alias(name: name, asName: asName, location: span(from: aliasStart)))
        } while accept(.comma)
        return Stmt(.import(aliases), span(from: start))
    }

    func parseFromImport() throws(ParseError) -> Stmt {
        let start = advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String? = nil
        if level == 0 || kind == .name {
            module = try parseDottedName()
        }
        try expect(.kwImport)
        var names: [Alias] = []
        if kind == .star {
            let star = advance()
            names.append(Alias(name: "*", asName: nil, location: loc(star)))
        } else if accept(.lpar) {
            bracketDepth += 1
            names = try parseImportAsNames()
            _ = accept(.comma)
            try expect(.rpar)
            bracketDepth -= 1
        } else {
            names = try parseImportAsNames()
            if check(.comma) {
                if peek(1).kind == .newline {
                    advance()
                    throw errorAtFurthest("trailing comma not allowed without surrounding parentheses")
                }
                throw invalidSyntax()
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), span(from: start))
    }

    func parseImportAsNames() throws(ParseError) -> [Alias] {
        var names: [Alias] = []
        while true {
            let nameToken = try expect(.name)
            var asName: String? = nil
            if accept(.kwAs) {
                asName = text(of: try expect(.name))
            }
            names.append(Alias(name: text(of: nameToken), asName: asName, location: span(from: nameToken)))
            guard check(.comma), peek(1).kind == .name else { break }
            advance()
        }
        return names
    }

    // MARK: - Blocks

    /// `NEWLINE INDENT statements DEDENT | simple_stmts`, with CPython's IndentationError for a
    /// missing indented block ("expected an indented block after 'if' statement on line 3").
    func parseBlock(after what: String) throws(ParseError) -> [Stmt] {
        try enter()
        defer { leave() }
        var body: [Stmt] = []
        if accept(.newline) {
            guard check(.indent) else {
                throw errorAtFurthest("expected an indented block after \(what)", kind: .indentationError)
            }
            advance()
            while !check(.dedent) {
                if check(.endMarker) || check(.errorToken) { throw invalidSyntax() }
                try parseStatement(into: &body)
            }
            advance()
        } else {
            try parseSimpleStatements(into: &body)
        }
        return body
    }

    /// The colon that opens a block; a bare NEWLINE in its place gets "expected ':'".
    func expectBlockColon() throws(ParseError) {
        if accept(.colon) { return }
        if check(.newline) { throw errorAtFurthest("expected ':'") }
        throw invalidSyntax()
    }

    /// CPython's forced tokens (`&&':'`): anything else is "expected ':'" at that token.
    func expectForced(_ k: TokenKind) throws(ParseError) {
        if accept(k) { return }
        throw error("expected '\(k.description)'", at: loc(tok))
    }

    /// Compound statements end where their last real token ends (CPython skips the NEWLINE,
    /// INDENT and DEDENT tokens that close a block).
    func spanToLastRealToken(from start: Token) -> SourceLocation {
        var i = max(pos - 1, 0)
        while i > 0, tokens[i].kind == .newline || tokens[i].kind == .indent || tokens[i].kind == .dedent { i -= 1 }
        return span(loc(start), loc(tokens[i]))
    }

    // MARK: - Compound statements

    func parseIf() throws(ParseError) -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        try expectBlockColon()
        let body = try parseBlock(after: "'if' statement on line \(loc(start).line)")
        let orElse = try parseElifOrElse()
        return Stmt(.if(test: test, body: body, orElse: orElse), spanToLastRealToken(from: start))
    }

    func parseElifOrElse() throws(ParseError) -> [Stmt] {
        if check(.kwElif) {
            let start = advance()
            let test = try parseNamedExpression()
            try expectBlockColon()
            try enter()
            defer { leave() }
            let body = try parseBlock(after: "'elif' statement on line \(loc(start).line)")
            let orElse = try parseElifOrElse()
            return [Stmt(.if(test: test, body: body, orElse: orElse),
                         spanToLastRealToken(from: start))]
        }
        return try parseElseBlock()
    }

    func parseElseBlock() throws(ParseError) -> [Stmt] {
        guard check(.kwElse) else { return [] }
        let start = advance()
        try expectForced(.colon)
        return try parseBlock(after: "'else' statement on line \(loc(start).line)")
    }

    func parseWhile() throws(ParseError) -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        try expectBlockColon()
        let body = try parseBlock(after: "'while' statement on line \(loc(start).line)")
        let orElse = try parseElseBlock()
        return Stmt(.while(test: test, body: body, orElse: orElse),
                    spanToLastRealToken(from: start))
    }

    func parseFor(start: Token, isAsync: Bool) throws(ParseError) -> Stmt {
        let forToken = advance()
        let target = try parseForTargets()
        try expect(.kwIn)
        let iter = try parseStarExpressions()
        try expectBlockColon()
        let body = try parseBlock(after: "'for' statement on line \(loc(forToken).line)")
        let orElse = try parseElseBlock()
        return Stmt(.for(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync),
                    spanToLastRealToken(from: start))
    }

    /// `star_targets` before `in` (for statements and comprehensions). Elements are parsed at
    /// `bitwise_or` precedence so that `in` is left for the caller; invalid targets then get
    /// CPython's "cannot assign to ..." message.
    func parseForTargets() throws(ParseError) -> Expr {
        let start = tok
        let m = mark()
        let parsed = try attempt { () throws(ParseError) -> Expr in
            var items: [Expr] = []
            var sawComma = false
            while true {
                if kind == .star {
                    let star = advance()
                    let value = try parseBitwiseOr()
                    items.append(Expr(.starred(value, .load), span(from: star)))
                } else {
                    items.append(try parseBitwiseOr())
                }
                guard check(.comma) else { break }
                advance()
                sawComma = true
                if !(startsExpression(kind) || kind == .star) { break }
            }
            return sawComma ? Expr(.tuple(items, .load), span(from: start)) : items[0]
        }
        if let target = parsed, check(.kwIn) {
            if let invalid = invalidTarget(target, .for) {
                throw error("cannot assign to \(expressionName(invalid))", at: invalid.location)
            }
            return try asTarget(target, .store)
        }
        // CPython's invalid_for_target re-reads the text as star_expressions to find what to
        // blame; that parse can also raise its own, more specific errors.
        reset(m)
        if diagnostics {
            let whole = try attempt(restoringFurthest: true) { () throws(ParseError) in try parseStarExpressions() }
            if let whole, let invalid = invalidTarget(whole, .for) {
                throw error("cannot assign to \(expressionName(invalid))", at: invalid.location)
            }
        }
        throw invalidSyntax()
    }

    func parseWith(start: Token, isAsync: Bool) throws(ParseError) -> Stmt {
        let withToken = advance()
        var items: [WithItem]? = nil
        if check(.lpar) {
            // `with (a as b, c):` — parenthesised items. If the parentheses turn out to belong to an
            // expression (`with (a, b) as c:`), fall back to the ordinary form; errors specific to
            // with-items are still reported from the parenthesised attempt, as CPython does.
            let m = mark()
            do throws(ParseError) {
                advance()
                bracketDepth += 1
                var list: [WithItem] = []
                repeat {
                    if check(.rpar) && !list.isEmpty { break }
                    list.append(try parseWithItem())
                } while accept(.comma)
                try expect(.rpar)
                bracketDepth -= 1
                if !check(.colon) && !check(.newline) { throw invalidSyntax() }
                items = list
            } catch let error {
                if !error.info.isGeneric { throw error }
                reset(m)
            }
        }
        if items == nil {
            var list: [WithItem] = []
            repeat {
                list.append(try parseWithItem())
            } while accept(.comma)
            items = list
        }
        try expectBlockColon()
        let body = try parseBlock(after: "'with' statement on line \(loc(withToken).line)")
        return Stmt(.with(items: items ?? [], body: body, isAsync: isAsync), spanToLastRealToken(from: start))
    }

    func parseWithItem() throws(ParseError) -> WithItem {
        let context = try parseExpression()
        guard accept(.kwAs) else { return WithItem(contextExpr: context, optionalVars: nil) }
        var target: Expr
        if kind == .star {
            let star = advance()
            let value = try parseBitwiseOr()
            target = Expr(.starred(value, .load), span(from: star))
        } else {
            target = try parseExpression()
        }
        if check(.comma) || check(.rpar) || check(.colon) || check(.newline) {
            if let invalid = invalidTarget(target, .star) {
                throw error("cannot assign to \(expressionName(invalid))", at: invalid.location)
            }
        } else {
            throw invalidSyntax()
        }
        target = try asTarget(target, .store)
        return WithItem(contextExpr: context, optionalVars: target)
    }

    func parseTry() throws(ParseError) -> Stmt {
        let start = advance()
        try expectForced(.colon)
        let body = try parseBlock(after: "'try' statement on line \(loc(start).line)")
        var handlers: [ExceptHandler] = []
        while check(.kwExcept) {
            handlers.append(try parseExceptHandler())
        }
        var orElse: [Stmt] = []
        if !handlers.isEmpty {
            orElse = try parseElseBlock()
        }
        var finalBody: [Stmt] = []
        if check(.kwFinally) {
            let finallyToken = advance()
            try expectForced(.colon)
            finalBody = try parseBlock(after: "'finally' statement on line \(loc(finallyToken).line)")
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw errorAtFurthest("expected 'except' or 'finally' block")
        }
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody),
                    spanToLastRealToken(from: start))
    }

    func parseExceptHandler() throws(ParseError) -> ExceptHandler {
        let start = advance()
        if check(.star) {
            throw error("except* statements are not supported yet", at: loc(start))
        }
        var type: Expr? = nil
        var name: String? = nil
        if !check(.colon) && !check(.newline) {
            let first = try parseExpression()
            if check(.comma), diagnostics {
                // `except A, B:` — Python 2 syntax.
                let m = mark()
                var last = first
                while accept(.comma) {
                    guard startsExpression(kind) else { break }
                    last = try parseExpression()
                }
                if accept(.kwAs) { _ = accept(.name) }
                if check(.colon) {
                    throw error("multiple exception types must be parenthesized", from: first.location, to: last.location)
                }
                reset(m)
            }
            type = first
            if accept(.kwAs) {
                name = text(of: try expect(.name))
            }
        }
        try expectBlockColon()
        let body = try parseBlock(after: "'except' statement on line \(loc(start).line)")
        return ExceptHandler(type: type, name: name, body: body, location: spanToLastRealToken(from: start))
    }

    // MARK: - Definitions

    func parseDecorated() throws(ParseError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        switch kind {
        case .kwDef:
            return try parseFunctionDef(decorators: decorators, start: tok, isAsync: false)
        case .kwAsync where peek(1).kind == .kwDef:
            let start = advance()
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
        case .kwClass:
            return try parseClassDef(decorators: decorators)
        default:
            throw invalidSyntax()
        }
    }

    func parseFunctionDef(decorators: [Expr], start: Token, isAsync: Bool) throws(ParseError) -> Stmt {
        let defToken = advance()
        let name = text(of: try expect(.name))
        try expectForced(.lpar)
        bracketDepth += 1
        let args = try parseParameters(closing: .rpar, isLambda: false)
        try expect(.rpar)
        bracketDepth -= 1
        var returns: Expr? = nil
        if accept(.arrow) {
            returns = try parseExpression()
        }
        try expectForced(.colon)
        let body = try parseBlock(after: "function definition on line \(loc(defToken).line)")
        let def = FunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(def), spanToLastRealToken(from: start))
    }

    func parseClassDef(decorators: [Expr]) throws(ParseError) -> Stmt {
        let classToken = advance()
        let name = text(of: try expect(.name))
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if check(.lpar) {
            let open = advance()
            (bases, keywords) = try parseCallArguments(open: open, allowGenerator: false)
        }
        try expectBlockColon()
        let body = try parseBlock(after: "class definition on line \(loc(classToken).line)")
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), spanToLastRealToken(from: classToken))
    }
}
