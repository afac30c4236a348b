// Parser+Expressions.swift — syntax analysis of expressions, from star-expression lists down to atoms.
//
// Precedence follows CPython 3.11's grammar exactly (lowest first): lambda / conditional,
// `or`, `and`, `not`, comparisons, `|`, `^`, `&`, shifts, `+ -`, `* / // % @`, unary `+ - ~`,
// `**` (right-associative, binding tighter than a unary operator on its left), `await`,
// primaries. Chains that can grow without brackets (binary operators, prefix operators,
// `**`, conditional expressions, trailers) are built with loops, not recursion.

extension Parser {
    // MARK: - Diagnostics switch

    /// True unless parsing speculatively to decide whether a better error message applies
    /// (CPython's `expression_without_invalid`), where the special checks must stay quiet.
    var diagnostics: Bool { plainMode == 0 }

    func withoutDiagnostics<T>(_ body: () throws(ParseError) -> T) throws(ParseError) -> T {
        plainMode += 1
        defer { plainMode -= 1 }
        return try body()
    }

    /// Tokens that can begin an `expression`.
    func startsExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .kwNot, .kwLambda,
             .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    // MARK: - Expression lists

    /// `star_expressions`: a tuple without parentheses when there is a comma.
    func parseStarExpressions() throws(ParseError) -> Expr {
        try parseStarExpressionsNotingTuple().0
    }

    /// As `parseStarExpressions`, also telling whether an unparenthesised tuple was built.
    func parseStarExpressionsNotingTuple() throws(ParseError) -> (Expr, Bool) {
        let start = tok
        let first = try parseStarExpression()
        guard check(.comma) else { return (first, false) }
        var items = [first]
        while accept(.comma) {
            guard startsExpression(kind) || kind == .star else { break }
            items.append(try parseStarExpression())
        }
        return (Expr(.tuple(items, .load), span(from: start)), true)
    }

    /// `star_expression: '*' bitwise_or | expression`
    func parseStarExpression() throws(ParseError) -> Expr {
        if check(.star) {
            let star = advance()
            try enter()
            defer { leave() }
            let value = try parseBitwiseOr()
            return Expr(.starred(value, .load), span(from: star))
        }
        return try parseExpression()
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    @inline(__always)
    func parseStarNamedExpression() throws(ParseError) -> Expr {
        if check(.star) {
            let star = advance()
            try enter()
            defer { leave() }
            let value = try parseBitwiseOr()
            return Expr(.starred(value, .load), span(from: star))
        }
        return try parseNamedExpression()
    }

    /// `yield_expr | star_expressions` (right-hand sides of assignments and `return`-like spots).
    func parseYieldOrStarExpressions() throws(ParseError) -> Expr {
        if check(.kwYield) { return try parseYieldExpression() }
        return try parseStarExpressions()
    }

    /// `'yield' 'from' expression | 'yield' [star_expressions]`
    func parseYieldExpression() throws(ParseError) -> Expr {
        let start = advance()
        try enter()
        defer { leave() }
        if accept(.kwFrom) {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), span(from: start))
        }
        if startsExpression(kind) || kind == .star {
            let value = try parseStarExpressions()
            return Expr(.yield(value), span(from: start))
        }
        return Expr(.yield(nil), loc(start))
    }

    // MARK: - Named and conditional expressions

    /// `named_expression: NAME ':=' expression | expression !':='`, with CPython's hints for
    /// `=` used where `==` or `:=` was meant.
    func parseNamedExpression() throws(ParseError) -> Expr {
        if kind == .name && peek(1).kind == .colonEqual {
            let nameToken = advance()
            advance()
            try enter()
            defer { leave() }
            let value = try parseExpression()
            let target = Expr(.name(text(of: nameToken), .store), loc(nameToken))
            return Expr(.namedExpr(target: target, value: value), span(from: nameToken))
        }
        let startIndex = pos
        let e = try parseExpression()
        if diagnostics && (kind == .colonEqual || kind == .equal) {
            try diagnoseAssignmentInExpression(e, startIndex: startIndex)
        }
        return e
    }

    /// CPython's `invalid_named_expression`.
    func diagnoseAssignmentInExpression(_ e: Expr, startIndex: Int) throws(ParseError) {
        let operatorIndex = pos
        if kind == .colonEqual {
            let m = mark()
            advance()
            let rhs = try attempt(restoringFurthest: true) { () throws(ParseError) in
                try withoutDiagnostics { () throws(ParseError) in try parseExpression() }
            }
            reset(m, restoringFurthest: true)
            if rhs != nil {
                throw error("cannot use assignment expressions with \(expressionName(e))", at: e.location)
            }
            return
        }
        if let hint = try namedExpressionHint(e, startIndex: startIndex, equalIndex: operatorIndex) {
            throw hint
        }
    }

    /// CPython's invalid_named_expression alternatives for `=`: `NAME = bitwise_or` gives
    /// "Maybe you meant '==' or ':='", another complete `bitwise_or` before the `=` gives
    /// "cannot assign to X here. Maybe you meant '=='", in both cases only if what follows the
    /// `=` is a `bitwise_or` not itself followed by `=` or `:=`.
    func namedExpressionHint(_ e: Expr, startIndex: Int, equalIndex: Int) throws(ParseError) -> ParseError? {
        if tokens[startIndex].kind == .name && equalIndex == startIndex + 1 {
            let m = mark()
            defer { reset(m, restoringFurthest: true) }
            pos = equalIndex + 1
            let rhs = try attempt { () throws(ParseError) in try parseBitwiseOr() }
            if let rhs, kind != .equal, kind != .colonEqual {
                return error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: loc(tokens[startIndex]), to: rhs.location)
            }
            return nil
        }
        if try qualifiesForAssignmentHint(startIndex: startIndex, equalIndex: equalIndex) {
            return error("cannot assign to \(expressionName(e)) here. Maybe you meant '==' instead of '='?", at: e.location)
        }
        return nil
    }

    /// The condition for "cannot assign to X here. Maybe you meant '==' instead of '='?": the
    /// text before the `=` is a complete `bitwise_or` not starting with a list, tuple,
    /// generator expression or True/None/False, and the text after it starts with a
    /// `bitwise_or` that is not followed by another `=` or `:=`.
    func qualifiesForAssignmentHint(startIndex: Int, equalIndex: Int) throws(ParseError) -> Bool {
        guard equalIndex > startIndex else { return false }
        let m = mark()
        defer { reset(m, restoringFurthest: true) }
        pos = startIndex
        switch kind {
        case .kwTrue, .kwNone, .kwFalse:
            return false
        case .lpar, .lsqb:
            let atom = try attempt { () throws(ParseError) in try withoutDiagnostics { () throws(ParseError) in try parseAtom() } }
            if let atom {
                switch atom.kind {
                case .list, .generatorExp: return false
                case .tuple where tokens[startIndex].kind == .lpar: return false
                default: break
                }
            }
            pos = startIndex
        default:
            break
        }
        let left = try attempt { () throws(ParseError) in try parseBitwiseOr() }
        guard left != nil, pos == equalIndex else { return false }
        advance()
        let right = try attempt { () throws(ParseError) in try parseBitwiseOr() }
        guard right != nil else { return false }
        return kind != .equal && kind != .colonEqual
    }

    /// `expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef`.
    /// Conditional chains (`a if b else c if d else e`) nest to the right but are parsed in a
    /// loop.
    func parseExpression() throws(ParseError) -> Expr {
        if kind == .kwLambda { return try parseLambda() }
        try enter()
        var pending: [(start: Token, body: Expr, test: Expr)] = []
        defer { depth -= 1 + pending.count }
        var result: Expr
        while true {
            let startIndex = pos
            let bodyStart = tok
            let body = try parseDisjunction()
            guard check(.kwIf) else {
                if diagnostics { try diagnoseJuxtaposition(body, startIndex: startIndex) }
                result = body
                break
            }
            let beforeIf = mark()
            advance()
            let test = try parseDisjunction()
            guard check(.kwElse) else {
                if !diagnostics {
                    // Without the special rules the conditional simply does not match.
                    reset(beforeIf)
                    result = body
                    break
                }
                if !check(.colon) {
                    throw error("expected 'else' after 'if' expression", from: body.location, to: test.location)
                }
                throw invalidSyntax()
            }
            advance()
            pending.append((bodyStart, body, test))
            depth += 1
            if depth > Parser.maxNestingDepth { throw recursionError() }
            if kind == .kwLambda {
                result = try parseLambda()
                break
            }
        }
        let end = loc(previous)
        for (start, body, test) in pending.reversed() {
            result = Expr(.ifExp(test: test, body: body, orElse: result), span(loc(start), end))
        }
        return result
    }

    /// Two expressions side by side: CPython's "invalid syntax. Perhaps you forgot a comma?"
    /// (inside brackets) and "Missing parentheses in call to 'print'". As in CPython, the
    /// second expression is parsed in both cases, so errors raised inside it win.
    func diagnoseJuxtaposition(_ a: Expr, startIndex: Int) throws(ParseError) {
        guard startsExpression(kind) else { return }
        let first = tokens[startIndex]
        let singleName = first.kind == .name && pos == startIndex + 1
        var legacyName: String? = nil
        if singleName, case .name(let id, _) = a.kind, id == "print" || id == "exec" {
            legacyName = id
        }
        let startsWithNameAndString = first.kind == .name && tokens[startIndex + 1].kind == .string
        let startsWithSoftKeyword = isName(first, "match") || isName(first, "case") || isName(first, "_")
        if !startsWithNameAndString && !startsWithSoftKeyword {
            let b = try speculate { () throws(ParseError) in try parseExpression() }
            if let b, legacyName == nil, bracketDepth > 0 {
                throw error("invalid syntax. Perhaps you forgot a comma?", from: a.location, to: b.location)
            }
        }
        if singleName && kind != .lpar {
            // invalid_legacy_expression's operand is an ordinary star_expressions, parsed with
            // all of CPython's error rules active.
            let m = mark()
            let b = try attempt(restoringFurthest: true) { () throws(ParseError) in try parseStarExpressions() }
            reset(m, restoringFurthest: true)
            if let b, let legacyName {
                throw error("Missing parentheses in call to '\(legacyName)'. Did you mean \(legacyName)(...)?",
                            from: a.location, to: b.location)
            }
        }
    }

    /// Parses without special diagnostics, then rewinds completely (including the generic error
    /// position): used only to decide which message to give.
    func speculate<T>(_ body: () throws(ParseError) -> T) throws(ParseError) -> T? {
        let m = mark()
        let result = try attempt(restoringFurthest: true) { () throws(ParseError) in
            try withoutDiagnostics(body)
        }
        reset(m, restoringFurthest: true)
        return result
    }

    // MARK: - Boolean operators

    /// `disjunction: conjunction ('or' conjunction)*`
    func parseDisjunction() throws(ParseError) -> Expr {
        try parseBoolChain(.kwOr, .or) { () throws(ParseError) -> Expr in try parseConjunction() }
    }

    /// `conjunction: inversion ('and' inversion)*`
    @inline(__always)
    func parseConjunction() throws(ParseError) -> Expr {
        try parseBoolChain(.kwAnd, .and) { () throws(ParseError) -> Expr in try parseInversion() }
    }

    /// One level of `and`/`or`: operands joined by `keyword`, built iteratively.
    @inline(__always)
    func parseBoolChain(_ keyword: TokenKind, _ op: BoolOperator,
                        _ operand: () throws(ParseError) -> Expr) throws(ParseError) -> Expr {
        let start = tok
        let first = try operand()
        guard check(keyword) else { return first }
        try enter()
        defer { leave() }
        var values = [first]
        while check(keyword) {
            guard let value = try continuation({ () throws(ParseError) -> Expr in
                advance()
                return try operand()
            }) else { break }
            values.append(value)
        }
        if values.count == 1 { return first }
        return Expr(.boolOp(op, values), span(from: start))
    }

    /// `inversion: 'not' inversion | comparison`, iteratively.
    @inline(__always)
    func parseInversion() throws(ParseError) -> Expr {
        guard check(.kwNot) else { return try parseComparison() }
        var nots: [Token] = []
        while check(.kwNot) { nots.append(advance()) }
        if nots.count > Parser.maxPrefixChain { throw memoryError() }
        depth += nots.count
        defer { depth -= nots.count }
        if depth > Parser.maxNestingDepth { throw recursionError() }
        var result = try parseComparison()
        let end = loc(previous)
        for not in nots.reversed() {
            result = Expr(.unaryOp(.not, result), span(loc(not), end))
        }
        return result
    }

    // MARK: - Comparisons

    func comparisonOperator() -> (CompareOperator, Int)? {
        switch kind {
        case .eqEqual: return (.eq, 1)
        case .notEqual: return (.notEq, 1)
        case .less: return (.lt, 1)
        case .lessEqual: return (.ltE, 1)
        case .greater: return (.gt, 1)
        case .greaterEqual: return (.gtE, 1)
        case .kwIn: return (.in, 1)
        case .kwNot: return peek(1).kind == .kwIn ? (.notIn, 2) : nil
        case .kwIs: return peek(1).kind == .kwNot ? (.isNot, 2) : (.is, 1)
        default: return nil
        }
    }

    @inline(__always)
    func parseComparison() throws(ParseError) -> Expr {
        let start = tok
        let left = try parseBitwiseOr()
        guard var op = comparisonOperator() else { return left }
        try enter()
        defer { leave() }
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while true {
            let width = op.1
            let operand = try continuation { () throws(ParseError) -> Expr in
                for _ in 0..<width { advance() }
                return try parseBitwiseOr()
            }
            guard let operand else { break }
            ops.append(op.0)
            comparators.append(operand)
            guard let next = comparisonOperator() else { break }
            op = next
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left, ops, comparators), span(from: start))
    }

    // MARK: - Binary operators

    /// Binding power of the binary operators between `|` (1) and `*` (6).
    func binaryOperator() -> (BinaryOperator, Int)? {
        switch kind {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lShift, 4)
        case .rightShift: return (.rShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMul, 6)
        default: return nil
        }
    }

    func parseBitwiseOr() throws(ParseError) -> Expr {
        try parseBinary(minimumPrecedence: 1)
    }

    /// Precedence climbing: left-associative loops per level, recursion only to a higher level.
    func parseBinary(minimumPrecedence: Int) throws(ParseError) -> Expr {
        let start = tok
        var left = try parseFactor()
        var wrapped = 0
        defer { depth -= wrapped }
        while let (op, precedence) = binaryOperator(), precedence >= minimumPrecedence {
            let right = try continuation { () throws(ParseError) -> Expr in
                advance()
                try enter()
                return precedence == 6 ? try parseFactor() : try parseBinary(minimumPrecedence: precedence + 1)
            }
            guard let right else { break }
            wrapped += 1
            left = Expr(.binOp(left, op, right), span(from: start))
        }
        return left
    }

    /// `factor: ('+' | '-' | '~') factor | power`, iteratively.
    @inline(__always)
    func parseFactor() throws(ParseError) -> Expr {
        guard let _ = unaryOperator(kind) else { return try parsePower() }
        var ops: [(UnaryOperator, Token)] = []
        while let op = unaryOperator(kind) { ops.append((op, advance())) }
        if ops.count > Parser.maxPrefixChain { throw memoryError() }
        depth += ops.count
        defer { depth -= ops.count }
        if depth > Parser.maxNestingDepth { throw recursionError() }
        var result = try parsePower()
        let end = loc(previous)
        for (op, token) in ops.reversed() {
            result = Expr(.unaryOp(op, result), span(loc(token), end))
        }
        return result
    }

    func unaryOperator(_ k: TokenKind) -> UnaryOperator? {
        switch k {
        case .minus: return .negate
        case .plus: return .plus
        case .tilde: return .invert
        default: return nil
        }
    }

    /// `power: await_primary '**' factor | await_primary`. The right operand of `**` is a
    /// factor, so `2 ** -3 ** 4` is `2 ** (-(3 ** 4))`; the chain is collected and folded from
    /// the right.
    @inline(__always)
    func parsePower() throws(ParseError) -> Expr {
        var currentStart = tok
        let base = try parseAwaitPrimary()
        guard check(.doubleStar) else { return base }
        var pending: [(start: Token, left: Expr, prefix: [(UnaryOperator, Token)])] = []
        var current = base
        var added = 0
        defer { depth -= added }
        while accept(.doubleStar) {
            try enter()
            added += 1
            var prefix: [(UnaryOperator, Token)] = []
            while let op = unaryOperator(kind) {
                prefix.append((op, advance()))
                try enter()
                added += 1
            }
            let nextStart = tok
            let next = try parseAwaitPrimary()
            pending.append((currentStart, current, prefix))
            current = next
            currentStart = nextStart
        }
        let end = loc(previous)
        var result = current
        for (start, left, prefix) in pending.reversed() {
            var right = result
            for (op, token) in prefix.reversed() {
                right = Expr(.unaryOp(op, right), span(loc(token), end))
            }
            result = Expr(.binOp(left, .pow, right), span(loc(start), end))
        }
        return result
    }

    @inline(__always)
    func parseAwaitPrimary() throws(ParseError) -> Expr {
        guard check(.kwAwait) else { return try parsePrimary() }
        let start = advance()
        try enter()
        defer { leave() }
        let value = try parsePrimary()
        return Expr(.await(value), span(from: start))
    }

    // MARK: - Primaries

    /// An atom followed by any number of `.name`, `(args)` and `[slices]` trailers.
    func parsePrimary() throws(ParseError) -> Expr {
        let start = tok
        var result = try parseAtom()
        var added = 0
        defer { depth -= added }
        while kind == .dot || kind == .lpar || kind == .lsqb {
            let base = result
            guard let next = try continuation({ () throws(ParseError) in try parseTrailer(on: base, start: start) }) else {
                break
            }
            result = next
            added += 1
        }
        return result
    }

    /// One `.name`, `(arguments)` or `[slices]` trailer. Adds one level of nesting that the
    /// caller removes once the whole primary is built.
    func parseTrailer(on base: Expr, start: Token) throws(ParseError) -> Expr {
        try enter()
        switch kind {
        case .dot:
            advance()
            let name = try expect(.name)
            return Expr(.attribute(base, text(of: name), .load), span(from: start))
        case .lpar:
            let open = advance()
            let (args, keywords) = try parseCallArguments(open: open, allowGenerator: true)
            return Expr(.call(func: base, args: args, keywords: keywords), span(from: start))
        default:
            advance()
            bracketDepth += 1
            let index = try parseSlices()
            try expect(.rsqb)
            bracketDepth -= 1
            return Expr(.subscript(base, index: index, .load), span(from: start))
        }
    }

    /// An optional continuation of an expression (a trailer, a binary operator and its right
    /// operand). One that fails to parse is dropped, as CPython's PEG parser backtracks to the
    /// shorter expression; the tokens it examined still count for the error position.
    @inline(__always)
    func continuation<T>(_ body: () throws(ParseError) -> T) throws(ParseError) -> T? {
        try attempt(body)
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    func parseSlices() throws(ParseError) -> Expr {
        let start = tok
        var items: [Expr] = []
        var sawComma = false
        while true {
            if check(.star) {
                let star = advance()
                let value = try parseExpression()
                items.append(Expr(.starred(value, .load), span(from: star)))
            } else {
                items.append(try parseSlice())
            }
            guard accept(.comma) else { break }
            sawComma = true
            if check(.rsqb) { break }
        }
        if items.count == 1 && !sawComma {
            if case .starred = items[0].kind {} else { return items[0] }
        }
        return Expr(.tuple(items, .load), span(from: start))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
    func parseSlice() throws(ParseError) -> Expr {
        let start = tok
        var lower: Expr? = nil
        if !check(.colon) {
            let e = try parseNamedExpression()
            if case .namedExpr = e.kind { return e }
            guard check(.colon) else { return e }
            lower = e
        }
        advance() // ':'
        var upper: Expr? = nil
        if !check(.colon) && !check(.comma) && !check(.rsqb) {
            upper = try parseExpression()
        }
        var step: Expr? = nil
        if accept(.colon) {
            if !check(.comma) && !check(.rsqb) {
                step = try parseExpression()
            }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), span(from: start))
    }

    // MARK: - Atoms

    func parseAtom() throws(ParseError) -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(text(of: t), .load), loc(t))
        case .number:
            advance()
            return Expr(.constant(NumberLiteral.constant(s[t.start..<t.end])), loc(t))
        case .string:
            return try parseStrings()
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), loc(t))
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), loc(t))
        case .kwNone:
            advance()
            return Expr(.constant(.none), loc(t))
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), loc(t))
        case .lpar:
            return try parseParenthesized()
        case .lsqb:
            return try parseListDisplay()
        case .lbrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// `(...)`: empty tuple, group, tuple, generator expression or parenthesised yield.
    func parseParenthesized() throws(ParseError) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rpar) {
            return Expr(.tuple([], .load), span(from: open))
        }
        if check(.kwYield) {
            let value = try parseYieldExpression()
            try expect(.rpar)
            return value
        }
        if check(.doubleStar) && diagnostics {
            let star = tok
            let m = mark()
            advance()
            if try attempt(restoringFurthest: true, { () throws(ParseError) in try parseExpression() }) != nil, check(.rpar) {
                throw error("cannot use double starred expression here", at: loc(star))
            }
            reset(m)
        }
        let first = try parseStarNamedExpression()
        if check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor) {
            if case .starred = first.kind, diagnostics {
                _ = try parseComprehensionClauses()
                throw error("iterable unpacking cannot be used in comprehension", at: first.location)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rpar)
            return Expr(.generatorExp(element: first, generators: generators), span(from: open))
        }
        if accept(.rpar) {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.location)
            }
            return first
        }
        guard check(.comma) else { throw invalidSyntax() }
        var items = [first]
        while accept(.comma) {
            if check(.rpar) { break }
            items.append(try parseStarNamedExpression())
        }
        try expect(.rpar)
        return Expr(.tuple(items, .load), span(from: open))
    }

    /// `[...]`: list display or list comprehension.
    func parseListDisplay() throws(ParseError) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rsqb) {
            return Expr(.list([], .load), span(from: open))
        }
        let first = try parseStarNamedExpression()
        if check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor) {
            if case .starred = first.kind, diagnostics {
                _ = try parseComprehensionClauses()
                throw error("iterable unpacking cannot be used in comprehension", at: first.location)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rsqb)
            return Expr(.listComp(element: first, generators: generators), span(from: open))
        }
        let items = try parseDisplayRest(first: first, closing: .rsqb)
        try expect(.rsqb)
        return Expr(.list(items, .load), span(from: open))
    }

    /// The remaining `, item` elements of a list or set display; a comprehension clause after
    /// several elements gets CPython's "did you forget parentheses" hint.
    func parseDisplayRest(first: Expr, closing: TokenKind) throws(ParseError) -> [Expr] {
        var items = [first]
        while accept(.comma) {
            if check(closing) { break }
            if diagnostics && (check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor)) {
                let comma = previous
                if try attempt(restoringFurthest: true, { () throws(ParseError) in try parseComprehensionClauses() }) != nil {
                    throw error("did you forget parentheses around the comprehension target?",
                                from: first.location, to: loc(comma))
                }
                throw invalidSyntax()
            }
            items.append(try parseStarNamedExpression())
        }
        if diagnostics && items.count > 1 && (check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor)) {
            if try attempt(restoringFurthest: true, { () throws(ParseError) in try parseComprehensionClauses() }) != nil {
                throw error("did you forget parentheses around the comprehension target?",
                            from: first.location, to: items[items.count - 1].location)
            }
            throw invalidSyntax()
        }
        return items
    }

    /// `{...}`: dict, set, or their comprehensions.
    func parseBraceDisplay() throws(ParseError) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if accept(.rbrace) {
            return Expr(.dict(keys: [], values: []), span(from: open))
        }
        if check(.doubleStar) {
            let star = advance()
            let value = try parseBitwiseOr()
            if check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor) {
                if diagnostics {
                    _ = try parseComprehensionClauses()
                    throw error("dict unpacking cannot be used in dict comprehension", at: loc(star))
                }
                throw invalidSyntax()
            }
            return try parseDictRest(open: open, keys: [nil], values: [value])
        }
        if check(.star) || (kind == .name && peek(1).kind == .colonEqual) {
            return try parseSetRest(open: open, first: try parseStarNamedExpression())
        }
        let startIndex = pos
        let first = try parseExpression()
        if check(.colon) {
            let colon = advance()
            let value = try parseDictValue(colon: colon)
            if check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor) {
                let generators = try parseComprehensionClauses()
                try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators: generators), span(from: open))
            }
            return try parseDictRest(open: open, keys: [first], values: [value])
        }
        var element = first
        if diagnostics && (kind == .colonEqual || kind == .equal) {
            try diagnoseAssignmentInExpression(first, startIndex: startIndex)
        }
        if kind == .colonEqual { throw invalidSyntax() }
        element = first
        return try parseSetRest(open: open, first: element)
    }

    /// A dict value after `key:`, with CPython's messages for `{k: *v}` and `{k:}`.
    func parseDictValue(colon: Token) throws(ParseError) -> Expr {
        if diagnostics {
            if check(.star) {
                let star = advance()
                if let value = try attempt(restoringFurthest: true, { () throws(ParseError) in try parseBitwiseOr() }) {
                    throw error("cannot use a starred expression in a dictionary value", at: span(loc(star), value.location))
                }
                throw invalidSyntax()
            }
            if check(.rbrace) || check(.comma) {
                throw error("expression expected after dictionary key and ':'", at: loc(colon))
            }
        }
        return try parseExpression()
    }

    func parseDictRest(open: Token, keys: [Expr?], values: [Expr]) throws(ParseError) -> Expr {
        var keys = keys
        var values = values
        while accept(.comma) {
            if check(.rbrace) { break }
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitwiseOr())
                continue
            }
            let key = try parseExpression()
            guard check(.colon) else {
                if diagnostics && (check(.rbrace) || check(.comma)) {
                    throw ParseError(makeError("':' expected after dictionary key", line: key.location.endLine,
                                               offset: key.location.endColumn, endLine: key.location.endLine, endOffset: 0))
                }
                throw invalidSyntax()
            }
            let colon = advance()
            keys.append(key)
            values.append(try parseDictValue(colon: colon))
        }
        try expect(.rbrace)
        return Expr(.dict(keys: keys, values: values), span(from: open))
    }

    func parseSetRest(open: Token, first: Expr) throws(ParseError) -> Expr {
        if check(.kwFor) || (check(.kwAsync) && peek(1).kind == .kwFor) {
            if case .starred = first.kind, diagnostics {
                _ = try parseComprehensionClauses()
                throw error("iterable unpacking cannot be used in comprehension", at: first.location)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rbrace)
            return Expr(.setComp(element: first, generators: generators), span(from: open))
        }
        let items = try parseDisplayRest(first: first, closing: .rbrace)
        try expect(.rbrace)
        return Expr(.set(items), span(from: open))
    }

    // MARK: - Comprehensions

    /// `for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+`
    func parseComprehensionClauses() throws(ParseError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while true {
            var isAsync = false
            if check(.kwAsync) && peek(1).kind == .kwFor {
                advance()
                isAsync = true
            } else if !check(.kwFor) {
                break
            }
            advance() // 'for'
            try enter()
            defer { leave() }
            let target = try parseForTargets()
            advance() // 'in'
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) {
                ifs.append(try parseDisjunction())
            }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return clauses
    }

    /// The expression CPython points at when a comprehension needs parentheses.
    func lastComprehensionItem(_ clauses: [Comprehension]) -> Expr? {
        guard let last = clauses.last else { return nil }
        return last.ifs.last ?? last.iter
    }
}
