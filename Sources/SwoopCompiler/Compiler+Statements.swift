// Compiler+Statements.swift — code generation for statements: control flow, functions,
// try/except/finally, imports, and the block stack that break/continue/return unwind.
import SwoopSyntax
import SwoopBytecode

extension Unit {
    func statements(_ body: [Stmt]) throws {
        for s in body { try statement(s) }
    }

    func notImplemented(_ what: String) {
        b.emit(.SW_OP_NOT_IMPLEMENTED, .imm(b.constantIndex(of: .str(what))))
    }

    func statement(_ s: Stmt) throws {
        b.currentLine = Int32(s.location.line)
        let mark = b.tempMark
        defer { b.releaseTemps(to: mark) }
        switch s.kind {
        case .expr(let e):
            if mode == .single && scope.kind == .module {
                let base = b.allocTemps(2)
                b.emit(.SW_OP_LOAD_GLOBAL, .reg(base), .imm(b.name("__displayhook__")))
                try expr(e, into: base.offset(1))
                b.emit(.SW_OP_CALL, .reg(base), .imm(1))
            } else if case .constant = e.kind {
                break     // docstrings and bare constants do nothing
            } else {
                _ = try expr(e)
            }
        case .assign(let targets, let value):
            try assign(targets: targets, value: value)
        case .augAssign(let target, let op, let value):
            try augAssign(target: target, op: op, value: value)
        case .annAssign(let target, _, let value, _):
            if let value { try assign(targets: [target], value: value) }
        case .delete(let targets):
            for t in targets { try delete(t) }
        case .pass:
            break
        case .if(let test, let body, let orElse):
            try ifStatement(test: test, body: body, orElse: orElse)
        case .while(let test, let body, let orElse):
            try whileLoop(test: test, body: body, orElse: orElse)
        case .for(let target, let iter, let body, let orElse, let isAsync):
            if isAsync { notImplemented("async for"); return }
            try forLoop(target: target, iter: iter, body: body, orElse: orElse)
        case .break:
            try breakOrContinue(isBreak: true, s.location)
        case .continue:
            try breakOrContinue(isBreak: false, s.location)
        case .return(let value):
            try returnStatement(value)
        case .functionDef(let f):
            try functionDef(f, s.location)
        case .classDef(let c):
            if hasStar(c.bases) || c.keywords.contains(where: { $0.name == nil }) {
                skipScopes(in: s)
                notImplemented("class definitions with *bases or **keywords are not supported yet")
                return
            }
            try classDef(c, s.location)
        case .with(let items, let body, let isAsync):
            if isAsync {
                skipScopes(in: s)
                notImplemented("'async with' is not supported yet")
                return
            }
            try withStatement(items, body, s.location)
        case .raise(let exc, let cause):
            try raise(exc: exc, cause: cause)
        case .try(let body, let handlers, let orElse, let finalBody):
            if finalBody.isEmpty {
                try tryExcept(body: body, handlers: handlers, orElse: orElse)
            } else {
                var bodyScopes = 0
                ScopeCounter.count(Stmt(.try(body: body, handlers: handlers, orElse: orElse, finalBody: []), s.location), &bodyScopes)
                try tryFinally(body: { try self.tryExceptOrPlain(body: body, handlers: handlers, orElse: orElse) },
                               finalBody: finalBody, finalScopesStart: scopeCursor + bodyScopes)
            }
        case .assert(let test, let msg):
            let ok = b.newLabel()
            try branch(test, ifTrue: true, to: ok)
            if let msg {
                let r = try expr(msg)
                b.emit(.SW_OP_RAISE_ASSERT, .reg(r), .reg(r), .imm(1))
            } else {
                b.emit(.SW_OP_RAISE_ASSERT, .imm(0), .imm(0), .imm(0))
            }
            b.place(ok)
        case .import(let aliases):
            for a in aliases { try importStatement(a) }
        case .importFrom(let module, let names, let level):
            try importFrom(module: module, names: names, level: level, s.location)
        case .global, .nonlocal:
            break
        }
    }

    // MARK: - Branches and loops

    func ifStatement(test: Expr, body: [Stmt], orElse: [Stmt]) throws {
        let elseLabel = b.newLabel()
        try branch(test, ifTrue: false, to: elseLabel)
        let before = assigned
        try statements(body)
        let afterBody = assigned
        if orElse.isEmpty {
            b.place(elseLabel)
            assigned = before
        } else {
            let end = b.newLabel()
            b.jump(.SW_OP_JUMP, end)
            b.place(elseLabel)
            assigned = before
            try statements(orElse)
            assigned = assigned.intersection(afterBody)
            b.place(end)
        }
    }

    func whileLoop(test: Expr, body: [Stmt], orElse: [Stmt]) throws {
        let top = b.newLabel(), exit = b.newLabel(), breakTo = b.newLabel()
        b.place(top)
        let isForever: Bool
        if case .constant(.bool(true)) = test.kind { isForever = true } else { isForever = false }
        if !isForever { try branch(test, ifTrue: false, to: exit) }
        let before = assigned
        blocks.append(.loop(continueTo: top, breakTo: breakTo))
        try statements(body)
        blocks.removeLast()
        b.jump(.SW_OP_JUMP_BACK, top)
        b.place(exit)
        assigned = before
        try statements(orElse)
        assigned = before
        b.place(breakTo)
    }

    func forLoop(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt]) throws {
        let it = b.allocTemp()
        let src = try expr(iter)
        b.emit(.SW_OP_GET_ITER, it, src)
        let top = b.newLabel(), exit = b.newLabel(), breakTo = b.newLabel()
        b.place(top)
        let before = assigned
        if case .name(let n, _) = target.kind, case .fast(let r) = access(n) {
            b.emit(.SW_OP_FOR_ITER, .reg(it), .reg(r), .label(exit))
            assigned.insert(n)
        } else {
            let item = b.allocTemp()
            b.emit(.SW_OP_FOR_ITER, .reg(it), .reg(item), .label(exit))
            try store(target, from: item)
        }
        blocks.append(.loop(continueTo: top, breakTo: breakTo))
        try statements(body)
        blocks.removeLast()
        b.jump(.SW_OP_JUMP_BACK, top)
        b.place(exit)
        assigned = before
        try statements(orElse)
        assigned = before
        b.place(breakTo)
    }

    func breakOrContinue(isBreak: Bool, _ loc: SourceLocation) throws {
        guard let loopIndex = blocks.lastIndex(where: { if case .loop = $0 { return true }; return false }),
              case .loop(let continueTo, let breakTo) = blocks[loopIndex] else {
            throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", loc)
        }
        try unwindBlocks(downTo: loopIndex + 1) {
            self.b.jump(isBreak ? .SW_OP_JUMP : .SW_OP_JUMP_BACK, isBreak ? breakTo : continueTo)
        }
    }

    func returnStatement(_ value: Expr?) throws {
        var r = b.constant(.none)
        if let value {
            let hasFinally = blocks.contains { if case .finally = $0 { return true }; return false }
            if hasFinally {
                let t = b.allocTemp()
                try expr(value, into: t)
                r = t
            } else {
                r = try expr(value)
            }
        }
        try unwindBlocks(downTo: 0) { self.b.emit(.SW_OP_RETURN, .reg(r)) }
    }

    /// Emits what leaving blocks[depth...] early requires (inline finally bodies,
    /// restoring the handled exception), then `exit`, then restores the compiler state
    /// for the code that follows in the enclosing blocks.
    func unwindBlocks(downTo depth: Int, then exit: () throws -> Void) throws {
        let saved = blocks
        var suspended: [HandlerRange] = []
        var i = blocks.count - 1
        while i >= depth {
            switch blocks[i] {
            case .loop:
                break
            case .handler(let savedExc):
                b.emit(.SW_OP_POP_EXC, .reg(savedExc))
            case .with(let exit, let range, let line):
                b.suspendRange(range)
                suspended.append(range)
                let savedLine = b.currentLine
                b.currentLine = line
                callExitWithoutException(exit)
                b.currentLine = savedLine
            case .finally(let body, let range, let scopesStart):
                b.suspendRange(range)
                suspended.append(range)
                blocks = Array(saved[..<i])
                let before = assigned, cursor = scopeCursor
                scopeCursor = scopesStart
                try statements(body)
                assigned = before
                scopeCursor = cursor
            }
            i -= 1
        }
        try exit()
        blocks = saved
        for r in suspended.reversed() { b.resumeRange(r) }
    }

    // MARK: - Functions

    func skipScopes(in s: Stmt) {
        // A construct not compiled yet still owns scopes in the scope builder's order.
        var n = 0
        ScopeCounter.count(s, &n)
        scopeCursor += n
    }

    func functionDef(_ f: FunctionDef, _ loc: SourceLocation) throws {
        if f.isAsync {
            ScopeCounter.countFunction(f) { self.scopeCursor += $0 }
            notImplemented("async functions are not supported yet")
            return
        }
        var decorators: [Reg] = []
        for d in f.decorators {
            let t = b.allocTemp()
            try expr(d, into: t)
            decorators.append(t)
        }
        let fn = try makeFunction(name: f.name, args: f.args, body: f.body, location: loc, isLambda: false)
        try storeName(f.name, from: applyDecorators(decorators, to: fn))
    }

    /// Applies decorators bottom-up (the one nearest the definition first).
    func applyDecorators(_ decorators: [Reg], to value: Reg) -> Reg {
        var result = value
        for d in decorators.reversed() {
            let call = b.allocTemps(2)
            b.move(call, d)
            b.move(call.offset(1), result)
            b.emit(.SW_OP_CALL, .reg(call), .imm(1))
            result = call
        }
        return result
    }

    /// `class C(bases, kw=v): body` → `__build_class__(<body function>, 'C', *bases, **kw)`,
    /// then decorators, then the binding (as CPython's LOAD_BUILD_CLASS sequence).
    func classDef(_ c: ClassDef, _ loc: SourceLocation) throws {
        var decorators: [Reg] = []
        for d in c.decorators {
            let t = b.allocTemp()
            try expr(d, into: t)
            decorators.append(t)
        }
        let n = 2 + c.bases.count + c.keywords.count
        let base = b.allocTemps(n + 1)
        b.currentLine = Int32(loc.line)
        b.emit(.SW_OP_LOAD_GLOBAL, .reg(base), .imm(b.name("__build_class__")))
        let code = try compileClassBody(c, location: loc)
        let fn = base.offset(1)
        let closure = b.allocTemps(4)
        var flags = 0
        if !code.freeNames.isEmpty {
            try buildClosure(for: code, into: closure.offset(3))
            flags |= 4
        }
        b.emit(.SW_OP_MAKE_FUNCTION, .reg(closure), .reg(b.constant(.code(code))), .imm(flags))
        b.move(fn, closure)
        b.move(base.offset(2), b.constant(.str(c.name)))
        for (i, e) in c.bases.enumerated() { try expr(e, into: base.offset(3 + i)) }
        for (i, k) in c.keywords.enumerated() { try expr(k.value, into: base.offset(3 + c.bases.count + i)) }
        b.currentLine = Int32(loc.line)
        if c.keywords.isEmpty {
            b.emit(.SW_OP_CALL, .reg(base), .imm(n))
        } else {
            let names = b.constant(.tuple(c.keywords.map { .str($0.name!) }))
            b.emit(.SW_OP_CALL_KW, .reg(base), .imm(n), .reg(names))
        }
        try storeName(c.name, from: applyDecorators(decorators, to: base))
    }

    /// Compiles a class body into a code object taking the namespace dict; it returns the
    /// __class__ cell (for zero-argument super) or None.
    func compileClassBody(_ c: ClassDef, location: SourceLocation) throws -> CodeObject {
        let child = nextScope()
        let unit = Unit(scope: child, name: c.name, qualifiedName: qualifiedPrefix + c.name, filename: filename,
                        firstLine: location.line, scopes: scopes, scopeCursor: scopeCursor)
        var body = c.body
        if case .expr(let e)? = body.first?.kind, case .constant(.str) = e.kind {
            body[0] = Stmt(.assign(targets: [Expr(.name("__doc__", .store), e.location)], value: e), body[0].location)
        }
        try unit.statements(body)
        if let r = unit.registers["__class__"], unit.cellNames.contains("__class__") {
            unit.b.emit(.SW_OP_RETURN, .reg(.local(r)))
        } else {
            unit.b.emit(.SW_OP_RETURN, .reg(unit.b.constant(.none)))
        }
        scopeCursor = unit.scopeCursor
        let code = try unit.finish(flags: [.nested])
        code.argCount = 1
        return code
    }

    /// Evaluates defaults, compiles the body and emits MAKE_FUNCTION; returns the register.
    func makeFunction(name: String, args: Arguments, body: [Stmt], location: SourceLocation, isLambda: Bool) throws -> Reg {
        let base = b.allocTemps(4)
        var flags = 0
        if !args.defaults.isEmpty {
            let items = b.allocTemps(args.defaults.count)
            for (i, d) in args.defaults.enumerated() { try expr(d, into: items.offset(i)) }
            b.emit(.SW_OP_BUILD_TUPLE, .reg(base.offset(1)), .reg(items), .imm(args.defaults.count))
            flags |= 1
        }
        let kwd = zip(args.kwOnly, args.kwDefaults).compactMap { a, d in d.map { (a.name, $0) } }
        if !kwd.isEmpty {
            let items = b.allocTemps(kwd.count * 2)
            for (i, (n, d)) in kwd.enumerated() {
                b.move(items.offset(2 * i), b.constant(.str(n)))
                try expr(d, into: items.offset(2 * i + 1))
            }
            b.emit(.SW_OP_BUILD_DICT, .reg(base.offset(2)), .reg(items), .imm(kwd.count))
            flags |= 2
        }
        let code = try compileFunction(name: name, args: args, body: body, location: location, isLambda: isLambda)
        if !code.freeNames.isEmpty {
            try buildClosure(for: code, into: base.offset(3))
            flags |= 4
        }
        b.emit(.SW_OP_MAKE_FUNCTION, .reg(base), .reg(b.constant(.code(code))), .imm(flags))
        return base
    }

    /// Builds the tuple of cells a nested code object's free variables read.
    func buildClosure(for code: CodeObject, into dst: Reg) throws {
        let items = b.allocTemps(code.freeNames.count)
        for (i, n) in code.freeNames.enumerated() {
            guard let r = registers[n] else {
                throw error("internal error: no cell for free variable '\(n)'", .unknown)
            }
            b.move(items.offset(i), .local(r))
        }
        b.emit(.SW_OP_BUILD_TUPLE, .reg(dst), .reg(items), .imm(code.freeNames.count))
    }

    // MARK: - Exceptions

    func raise(exc: Expr?, cause: Expr?) throws {
        guard let exc else {
            b.emit(.SW_OP_RAISE, .imm(0), .imm(0), .imm(0))
            return
        }
        let e = try expr(exc)
        if let cause {
            let c = try expr(cause)
            b.emit(.SW_OP_RAISE, .reg(e), .reg(c), .imm(2))
        } else {
            b.emit(.SW_OP_RAISE, .reg(e), .reg(e), .imm(1))
        }
    }

    func tryExceptOrPlain(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt]) throws {
        if handlers.isEmpty {
            try statements(body)
            try statements(orElse)
        } else {
            try tryExcept(body: body, handlers: handlers, orElse: orElse)
        }
    }

    func tryExcept(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt]) throws {
        let exc = b.allocTemp(), savedExc = b.allocTemp(), cleanupExc = b.allocTemp()
        let handlerLabel = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel()
        let range = HandlerRange(handler: handlerLabel, register: exc)
        let before = assigned
        b.openRange(range)
        try statements(body)
        b.closeRange(range)
        try statements(orElse)
        b.jump(.SW_OP_JUMP, end)

        // Handlers: the exception is in `exc`; it becomes the handled exception (for bare
        // `raise` and implicit chaining) until the handler body ends.
        b.place(handlerLabel)
        assigned = before
        if let first = handlers.first { b.currentLine = Int32(first.location.line) }
        b.emit(.SW_OP_PUSH_EXC, exc, savedExc)
        let cleanupRange = HandlerRange(handler: cleanup, register: cleanupExc)
        b.openRange(cleanupRange)
        for (i, h) in handlers.enumerated() {
            b.currentLine = Int32(h.location.line)
            let next = b.newLabel()
            if let type = h.type {
                let t = try expr(type)
                let m = b.allocTemp()
                b.emit(.SW_OP_EXC_MATCH, m, exc, t)
                b.jump(.SW_OP_JUMP_IF_FALSE, if: m, next)
            } else if i != handlers.count - 1 {
                throw error("default 'except:' must be last", h.location)
            }
            if let n = h.name { try storeName(n, from: exc) }
            blocks.append(.handler(saved: savedExc))
            try statements(h.body)
            blocks.removeLast()
            b.emit(.SW_OP_POP_EXC, .reg(savedExc))
            if let n = h.name {
                // As CPython: `except E as n` ends with `n = None; del n`.
                try storeName(n, from: b.constant(.none))
                try delete(Expr(.name(n, .del), h.location))
            }
            b.jump(.SW_OP_JUMP, end)
            b.place(next)
            assigned = before
        }
        reraiseRestoring(savedExc, exc, cleanupRange)
        b.place(end)
        assigned = before
    }

    /// The end of an exception handler that did not handle `exc`: restore the previously
    /// handled exception and re-raise; then the cleanup handler (an exception raised while
    /// handling) does the same with what it caught.
    func reraiseRestoring(_ savedExc: Reg, _ exc: Reg, _ cleanupRange: HandlerRange) {
        b.emit(.SW_OP_POP_EXC, .reg(savedExc))
        b.emit(.SW_OP_RERAISE, .reg(exc))
        b.closeRange(cleanupRange)
        b.place(cleanupRange.handler)
        b.emit(.SW_OP_POP_EXC, .reg(savedExc))
        b.emit(.SW_OP_RERAISE, .reg(cleanupRange.register))
    }

    /// The finally body is compiled several times (normal exit, exceptional exit, and
    /// inline at each early exit); each compilation takes the same nested scopes, which
    /// start at `finalScopesStart` in the scope builder's order.
    func tryFinally(body: () throws -> Void, finalBody: [Stmt], finalScopesStart: Int) throws {
        let exc = b.allocTemp(), savedExc = b.allocTemp()
        let handlerLabel = b.newLabel(), end = b.newLabel()
        let range = HandlerRange(handler: handlerLabel, register: exc)
        let before = assigned
        b.openRange(range)
        blocks.append(.finally(body: finalBody, range: range, scopesStart: finalScopesStart))
        try body()
        blocks.removeLast()
        b.closeRange(range)
        assigned = before
        // Normal exit: the finally body inline.
        scopeCursor = finalScopesStart
        try statements(finalBody)
        let afterFinal = scopeCursor
        b.jump(.SW_OP_JUMP, end)
        // Exceptional exit: run the finally body with the exception handled, then re-raise.
        b.place(handlerLabel)
        assigned = before
        b.emit(.SW_OP_PUSH_EXC, exc, savedExc)
        blocks.append(.handler(saved: savedExc))
        scopeCursor = finalScopesStart
        try statements(finalBody)
        blocks.removeLast()
        b.emit(.SW_OP_POP_EXC, .reg(savedExc))
        b.emit(.SW_OP_RERAISE, .reg(exc))
        b.place(end)
        scopeCursor = afterFinal
        assigned = before
    }

    // MARK: - Imports

    func importStatement(_ a: Alias) throws {
        let t = b.allocTemp()
        b.emit(.SW_OP_IMPORT_NAME, .reg(t), .imm(b.name(a.name)), .reg(b.constant(.none)))
        if let asName = a.asName {
            var cur = t
            // `import a.b.c as d` binds d to the innermost module.
            for part in a.name.split(separator: ".").dropFirst() {
                let n = b.allocTemp()
                b.emit(.SW_OP_IMPORT_FROM, .reg(n), .reg(cur), .imm(b.name(String(part))))
                cur = n
            }
            try storeName(asName, from: cur)
        } else {
            try storeName(String(a.name.split(separator: ".").first ?? ""), from: t)
        }
    }

    func importFrom(module: String?, names: [Alias], level: Int, _ loc: SourceLocation) throws {
        let full = String(repeating: ".", count: level) + (module ?? "")
        let fromList = CodeConstant.tuple(names.map { .str($0.name) })
        let m = b.allocTemp()
        b.emit(.SW_OP_IMPORT_NAME, .reg(m), .imm(b.name(full)), .reg(b.constant(fromList)))
        if names.count == 1 && names[0].name == "*" {
            b.emit(.SW_OP_IMPORT_STAR, .reg(m))
            return
        }
        for a in names {
            let t = b.allocTemp()
            b.emit(.SW_OP_IMPORT_FROM, .reg(t), .reg(m), .imm(b.name(a.name)))
            try storeName(a.asName ?? a.name, from: t)
        }
    }
}

/// Counts the scopes (functions, lambdas, comprehensions, classes) a construct opens, in
/// the scope builder's terms, so that code generation can skip constructs it does not
/// compile yet without losing its place.
enum ScopeCounter {
    static func count(_ s: Stmt, _ n: inout Int) {
        switch s.kind {
        case .functionDef(let f): countFunction(f) { n += $0 }
        case .classDef(let c):
            for d in c.decorators { count(d, &n) }
            for e in c.bases { count(e, &n) }
            for k in c.keywords { count(k.value, &n) }
            n += 1
            for st in c.body { count(st, &n) }
        case .return(let e): if let e { count(e, &n) }
        case .delete(let ts): for t in ts { count(t, &n) }
        case .assign(let ts, let v): count(v, &n); for t in ts { count(t, &n) }
        case .augAssign(let t, _, let v): count(v, &n); count(t, &n)
        case .annAssign(let t, _, let v, _): if let v { count(v, &n); count(t, &n) }
        case .for(let t, let i, let body, let orElse, _):
            count(i, &n); count(t, &n); for st in body + orElse { count(st, &n) }
        case .while(let t, let body, let orElse), .if(let t, let body, let orElse):
            count(t, &n); for st in body + orElse { count(st, &n) }
        case .with(let items, let body, _):
            for i in items { count(i.contextExpr, &n); if let v = i.optionalVars { count(v, &n) } }
            for st in body { count(st, &n) }
        case .raise(let e, let c): if let e { count(e, &n) }; if let c { count(c, &n) }
        case .try(let body, let hs, let orElse, let fin):
            for st in body { count(st, &n) }
            for h in hs { if let t = h.type { count(t, &n) }; for st in h.body { count(st, &n) } }
            for st in orElse + fin { count(st, &n) }
        case .assert(let t, let m): count(t, &n); if let m { count(m, &n) }
        case .expr(let e): count(e, &n)
        case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: break
        }
    }

    static func countFunction(_ f: FunctionDef, _ add: (Int) -> Void) {
        var n = 0
        for d in f.decorators { count(d, &n) }
        for d in f.args.defaults { count(d, &n) }
        for d in f.args.kwDefaults { if let d { count(d, &n) } }
        n += 1
        for st in f.body { count(st, &n) }
        add(n)
    }

    static func count(_ e: Expr, _ n: inout Int) {
        switch e.kind {
        case .boolOp(_, let vs), .set(let vs), .list(let vs, _), .tuple(let vs, _): for v in vs { count(v, &n) }
        case .namedExpr(let t, let v): count(v, &n); _ = t
        case .binOp(let l, _, let r): count(l, &n); count(r, &n)
        case .unaryOp(_, let v), .await(let v), .yieldFrom(let v), .starred(let v, _), .attribute(let v, _, _): count(v, &n)
        case .lambda(let args, let body):
            for d in args.defaults { count(d, &n) }
            for d in args.kwDefaults { if let d { count(d, &n) } }
            n += 1
            count(body, &n)
        case .ifExp(let t, let bd, let o): count(t, &n); count(bd, &n); count(o, &n)
        case .dict(let ks, let vs): for k in ks { if let k { count(k, &n) } }; for v in vs { count(v, &n) }
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            countComprehension(gens, [elt], &n)
        case .dictComp(let k, let v, let gens): countComprehension(gens, [k, v], &n)
        case .yield(let v): if let v { count(v, &n) }
        case .compare(let l, _, let rs): count(l, &n); for r in rs { count(r, &n) }
        case .call(let f, let args, let kws): count(f, &n); for a in args { count(a, &n) }; for k in kws { count(k.value, &n) }
        case .fString(let parts): countParts(parts, &n)
        case .constant, .name: break
        case .subscript(let v, let i, _): count(v, &n); count(i, &n)
        case .slice(let a, let bb, let c):
            if let a { count(a, &n) }; if let bb { count(bb, &n) }; if let c { count(c, &n) }
        }
    }

    static func countComprehension(_ gens: [Comprehension], _ elts: [Expr], _ n: inout Int) {
        count(gens[0].iter, &n)
        n += 1
        for (i, g) in gens.enumerated() {
            if i > 0 { count(g.iter, &n) }
            count(g.target, &n)
            for c in g.ifs { count(c, &n) }
        }
        for e in elts { count(e, &n) }
    }

    static func countParts(_ parts: [FStringPart], _ n: inout Int) {
        for p in parts {
            if case .field(let v, _, let spec, _) = p {
                count(v, &n)
                if let spec { countParts(spec, &n) }
            }
        }
    }
}
