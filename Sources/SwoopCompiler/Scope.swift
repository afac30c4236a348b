// Scope.swift — scope analysis: decides for every name in every function, lambda and
// comprehension whether it is a local register, a cell, a free variable or a global,
// before any bytecode is generated (as CPython's symtable pass).
import SwoopSyntax

/// A compile error found after parsing ('return' outside function, bad nonlocal, ...).
public struct CompileError: Error, Sendable {
    public var message: String
    public var location: SourceLocation
    public var filename: String
    public init(_ message: String, _ location: SourceLocation, filename: String) {
        self.message = message; self.location = location; self.filename = filename
    }
}

final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []

    /// Parameters in signature order (positional, *args, keyword-only, **kwargs).
    var parameters: [String] = []
    /// Every name bound in this scope, in first-binding order (parameters first).
    var bound: [String] = []
    var boundSet: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    /// Where each nonlocal was declared (for "no binding for nonlocal" errors).
    var nonlocalLocations: [String: SourceLocation] = [:]
    /// Names deleted somewhere in this scope: never provably bound.
    var deleted: Set<String> = []
    /// Locals captured by nested scopes.
    var cells: Set<String> = []
    /// Names this scope reads from an enclosing function scope, in discovery order.
    var frees: [String] = []
    var freeSet: Set<String> = []
    var isGenerator = false
    var hasStarImport = false

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind; self.name = name; self.parent = parent
    }

    func bind(_ n: String) {
        if boundSet.insert(n).inserted { bound.append(n) }
    }

    /// Whether `n` resolves to a local (register or cell) of this function-like scope.
    func isLocal(_ n: String) -> Bool {
        kind != .module && kind != .classBody && boundSet.contains(n)
            && !declaredGlobal.contains(n) && !declaredNonlocal.contains(n)
    }

    func addFree(_ n: String) {
        if freeSet.insert(n).inserted { frees.append(n) }
    }
}

/// Builds the scope tree for a module and resolves free variables.
struct ScopeBuilder {
    let filename: String
    /// Scopes keyed by the identity of the AST construct that opens them, in visiting
    /// order; the code generator walks the tree in the same order and takes them in turn.
    var ordered: [Scope] = []

    init(filename: String) { self.filename = filename }

    mutating func build(_ module: Module) throws -> Scope {
        let top = Scope(kind: .module, name: "<module>", parent: nil)
        ordered.append(top)
        try visit(module.body, in: top)
        try resolve(top)
        return top
    }

    // MARK: - Visiting

    mutating func visit(_ body: [Stmt], in s: Scope) throws {
        for st in body { try visit(st, in: s) }
    }

    mutating func visit(_ st: Stmt, in s: Scope) throws {
        switch st.kind {
        case .functionDef(let f):
            for d in f.decorators { try visit(d, in: s) }
            try visitDefaults(f.args, in: s)
            // Annotations are not evaluated (as under `from __future__ import annotations`).
            s.bind(f.name)
            let child = Scope(kind: .function, name: f.name, parent: s)
            s.children.append(child)
            ordered.append(child)
            try declareParameters(f.args, in: child)
            try visit(f.body, in: child)
        case .classDef(let c):
            for d in c.decorators { try visit(d, in: s) }
            for b in c.bases { try visit(b, in: s) }
            for k in c.keywords { try visit(k.value, in: s) }
            s.bind(c.name)
            let child = Scope(kind: .classBody, name: c.name, parent: s)
            s.children.append(child)
            ordered.append(child)
            try visit(c.body, in: child)
        case .return(let e):
            if s.kind != .function {
                throw CompileError("'return' outside function", st.location, filename: filename)
            }
            if let e { try visit(e, in: s) }
        case .delete(let targets):
            for t in targets { try visitTarget(t, in: s, deleting: true) }
        case .assign(let targets, let value):
            try visit(value, in: s)
            for t in targets { try visitTarget(t, in: s) }
        case .augAssign(let target, _, let value):
            try visit(value, in: s)
            if case .name(let n, _) = target.kind { s.used.insert(n) }   // read as well as written
            try visitTarget(target, in: s)
        case .annAssign(let target, let ann, let value, _):
            if let value { try visit(value, in: s) }
            _ = ann   // not evaluated
            if value != nil || s.kind == .function { try visitTarget(target, in: s) }
            else if case .name(let n, _) = target.kind, s.kind == .function { s.bind(n) }
        case .for(let target, let iter, let body, let orElse, _):
            try visit(iter, in: s)
            try visitTarget(target, in: s)
            try visit(body, in: s)
            try visit(orElse, in: s)
        case .while(let test, let body, let orElse):
            try visit(test, in: s); try visit(body, in: s); try visit(orElse, in: s)
        case .if(let test, let body, let orElse):
            try visit(test, in: s); try visit(body, in: s); try visit(orElse, in: s)
        case .with(let items, let body, _):
            for i in items {
                try visit(i.contextExpr, in: s)
                if let v = i.optionalVars { try visitTarget(v, in: s) }
            }
            try visit(body, in: s)
        case .raise(let exc, let cause):
            if let exc { try visit(exc, in: s) }
            if let cause { try visit(cause, in: s) }
        case .try(let body, let handlers, let orElse, let finalBody):
            try visit(body, in: s)
            for h in handlers {
                if let t = h.type { try visit(t, in: s) }
                if let n = h.name { s.bind(n); s.deleted.insert(n) }
                try visit(h.body, in: s)
            }
            try visit(orElse, in: s)
            try visit(finalBody, in: s)
        case .assert(let test, let msg):
            try visit(test, in: s)
            if let msg { try visit(msg, in: s) }
        case .import(let aliases):
            for a in aliases {
                let n = a.asName ?? String(a.name.split(separator: ".").first ?? "")
                s.bind(n)
            }
        case .importFrom(_, let names, _):
            for a in names {
                if a.name == "*" {
                    if s.kind != .module {
                        throw CompileError("import * only allowed at module level", a.location, filename: filename)
                    }
                    s.hasStarImport = true
                } else {
                    s.bind(a.asName ?? a.name)
                }
            }
        case .global(let names):
            for n in names {
                if s.boundSet.contains(n) || s.used.contains(n) {
                    let what = s.parameters.contains(n) ? "parameter and global" : nil
                    if let what {
                        throw CompileError("name '\(n)' is \(what)", st.location, filename: filename)
                    }
                    let verb = s.used.contains(n) && !s.boundSet.contains(n) ? "used prior to" : "assigned to before"
                    throw CompileError("name '\(n)' is \(verb) global declaration", st.location, filename: filename)
                }
                if s.declaredNonlocal.contains(n) {
                    throw CompileError("name '\(n)' is nonlocal and global", st.location, filename: filename)
                }
                s.declaredGlobal.insert(n)
            }
        case .nonlocal(let names):
            if s.kind == .module {
                throw CompileError("nonlocal declaration not allowed at module level", st.location, filename: filename)
            }
            for n in names {
                if s.parameters.contains(n) {
                    throw CompileError("name '\(n)' is parameter and nonlocal", st.location, filename: filename)
                }
                if s.boundSet.contains(n) || s.used.contains(n) {
                    let verb = s.used.contains(n) && !s.boundSet.contains(n) ? "used prior to" : "assigned to before"
                    throw CompileError("name '\(n)' is \(verb) nonlocal declaration", st.location, filename: filename)
                }
                if s.declaredGlobal.contains(n) {
                    throw CompileError("name '\(n)' is nonlocal and global", st.location, filename: filename)
                }
                s.declaredNonlocal.insert(n)
                if s.nonlocalLocations[n] == nil { s.nonlocalLocations[n] = st.location }
            }
        case .expr(let e):
            try visit(e, in: s)
        case .pass, .break, .continue:
            break
        }
    }

    func allArgs(_ a: Arguments) -> [Arg] {
        var r = a.posOnly + a.args
        if let v = a.vararg { r.append(v) }
        r += a.kwOnly
        if let k = a.kwarg { r.append(k) }
        return r
    }

    mutating func visitDefaults(_ a: Arguments, in s: Scope) throws {
        for d in a.defaults { try visit(d, in: s) }
        for d in a.kwDefaults { if let d { try visit(d, in: s) } }
    }

    func declareParameters(_ a: Arguments, in child: Scope) throws {
        for p in allArgs(a) {
            if child.parameters.contains(p.name) {
                throw CompileError("duplicate argument '\(p.name)' in function definition", p.location, filename: filename)
            }
            child.parameters.append(p.name)
            child.bind(p.name)
        }
    }

    mutating func visitTarget(_ t: Expr, in s: Scope, deleting: Bool = false) throws {
        switch t.kind {
        case .name(let n, _):
            s.bind(n)
            if deleting { s.deleted.insert(n); s.used.insert(n) }
        case .tuple(let items, _), .list(let items, _):
            for i in items { try visitTarget(i, in: s, deleting: deleting) }
        case .starred(let inner, _):
            try visitTarget(inner, in: s, deleting: deleting)
        case .attribute(let obj, _, _):
            try visit(obj, in: s)
        case .subscript(let obj, let index, _):
            try visit(obj, in: s); try visit(index, in: s)
        default:
            try visit(t, in: s)
        }
    }

    mutating func visitComprehension(_ gens: [Comprehension], elements: [Expr], name: String, in s: Scope) throws {
        // The first iterable is evaluated in the enclosing scope; everything else runs in
        // the comprehension's own function scope.
        try visit(gens[0].iter, in: s)
        let child = Scope(kind: .comprehension, name: name, parent: s)
        s.children.append(child)
        ordered.append(child)
        child.parameters = [".0"]
        child.bind(".0")
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iter, in: child) }
            try visitTarget(g.target, in: child)
            for c in g.ifs { try visit(c, in: child) }
        }
        for e in elements { try visit(e, in: child) }
    }

    mutating func visit(_ e: Expr, in s: Scope) throws {
        switch e.kind {
        case .boolOp(_, let vs): for v in vs { try visit(v, in: s) }
        case .namedExpr(let target, let value):
            try visit(value, in: s)
            // The walrus binds in the nearest enclosing non-comprehension scope.
            var owner = s
            while owner.kind == .comprehension, let p = owner.parent { owner = p }
            if case .name(let n, _) = target.kind {
                owner.bind(n)
                if owner !== s { s.used.insert(n) }
            }
        case .binOp(let l, _, let r): try visit(l, in: s); try visit(r, in: s)
        case .unaryOp(_, let v): try visit(v, in: s)
        case .lambda(let args, let body):
            try visitDefaults(args, in: s)
            let child = Scope(kind: .function, name: "<lambda>", parent: s)
            s.children.append(child)
            ordered.append(child)
            try declareParameters(args, in: child)
            try visit(body, in: child)
        case .ifExp(let t, let b, let o): try visit(t, in: s); try visit(b, in: s); try visit(o, in: s)
        case .dict(let keys, let values):
            for (k, v) in zip(keys, values) {
                if let k { try visit(k, in: s) }
                try visit(v, in: s)
            }
        case .set(let items): for i in items { try visit(i, in: s) }
        case .listComp(let elt, let gens): try visitComprehension(gens, elements: [elt], name: "<listcomp>", in: s)
        case .setComp(let elt, let gens): try visitComprehension(gens, elements: [elt], name: "<setcomp>", in: s)
        case .dictComp(let k, let v, let gens): try visitComprehension(gens, elements: [k, v], name: "<dictcomp>", in: s)
        case .generatorExp(let elt, let gens):
            try visitComprehension(gens, elements: [elt], name: "<genexpr>", in: s)
            s.children.last?.isGenerator = true
        case .await(let v): try visit(v, in: s)
        case .yield(let v):
            try checkYield(e, in: s)
            if let v { try visit(v, in: s) }
        case .yieldFrom(let v):
            try checkYield(e, in: s)
            try visit(v, in: s)
        case .compare(let l, _, let rs): try visit(l, in: s); for r in rs { try visit(r, in: s) }
        case .call(let f, let args, let kws):
            try visit(f, in: s)
            for a in args { try visit(a, in: s) }
            for k in kws { try visit(k.value, in: s) }
        case .fString(let parts): try visitParts(parts, in: s)
        case .constant: break
        case .attribute(let v, _, _): try visit(v, in: s)
        case .subscript(let v, let i, _): try visit(v, in: s); try visit(i, in: s)
        case .starred(let v, _): try visit(v, in: s)
        case .name(let n, _):
            s.used.insert(n)
            // Zero-argument super() reads the implicit __class__ cell of the enclosing class.
            if n == "super" && s.kind == .function { s.used.insert("__class__") }
        case .list(let items, _), .tuple(let items, _): for i in items { try visit(i, in: s) }
        case .slice(let a, let b, let c):
            if let a { try visit(a, in: s) }
            if let b { try visit(b, in: s) }
            if let c { try visit(c, in: s) }
        }
    }

    func checkYield(_ e: Expr, in s: Scope) throws {
        switch s.kind {
        case .function: s.isGenerator = true
        case .comprehension:
            let what = ["<setcomp>": "set comprehension", "<dictcomp>": "dict comprehension",
                        "<genexpr>": "generator expression"][s.name] ?? "list comprehension"
            throw CompileError("'yield' inside \(what)", e.location, filename: filename)
        default:
            throw CompileError("'yield' outside function", e.location, filename: filename)
        }
    }

    mutating func visitParts(_ parts: [FStringPart], in s: Scope) throws {
        for p in parts {
            if case .field(let v, _, let spec, _) = p {
                try visit(v, in: s)
                if let spec { try visitParts(spec, in: s) }
            }
        }
    }

    // MARK: - Resolution

    /// Decides cells and free variables: a name used in a function-like scope that is not
    /// bound there (and not declared global) is looked up in the enclosing function scopes;
    /// if one binds it, it becomes a cell there and a free variable in every scope between.
    func resolve(_ s: Scope) throws {
        for child in s.children { try resolve(child) }
        guard s.kind != .module else { return }
        var wanted: [String] = []
        for n in s.declaredNonlocal.sorted() { wanted.append(n) }
        for n in s.used.sorted() where !s.boundSet.contains(n) && !s.declaredGlobal.contains(n) {
            wanted.append(n)
        }
        // Free variables of children that this scope does not bind must pass through it.
        for child in s.children {
            for n in child.frees where !s.isLocal(n) && !s.declaredGlobal.contains(n) {
                wanted.append(n)
            }
        }
        for n in wanted {
            if s.isLocal(n) { continue }
            if s.kind == .classBody && n == "__class__" && s.cells.contains(n) { continue }
            if s.declaredGlobal.contains(n) { continue }
            if let owner = enclosingBinder(of: n, from: s) {
                owner.cells.insert(n)
                var p = s.parent
                s.addFree(n)
                // Every scope in between passes the cell on, class bodies included (their
                // methods' closures are built inside the class body).
                while let q = p, q !== owner {
                    q.addFree(n)
                    p = q.parent
                }
            } else if s.declaredNonlocal.contains(n) {
                throw CompileError("no binding for nonlocal '\(n)' found", s.nonlocalLocations[n] ?? .unknown,
                                   filename: filename)
            }
        }
        // Children's frees bound here become cells here.
        for child in s.children {
            for n in child.frees where s.isLocal(n) { s.cells.insert(n) }
        }
    }

    func enclosingBinder(of n: String, from s: Scope) -> Scope? {
        var p = s.parent
        while let q = p {
            if q.kind == .module { return nil }
            // A class body owns the implicit __class__ cell its methods read.
            if q.kind == .classBody && n == "__class__" { return q }
            if q.kind != .classBody {
                if q.isLocal(n) { return q }
                if q.declaredGlobal.contains(n) { return nil }
            }
            p = q.parent
        }
        return nil
    }
}
