// ASTDump.swift — a textual rendering of the AST in the format of Python's `ast.dump`.
//
// Used by tests and for debugging. The output matches `ast.dump(ast.parse(src))` of CPython 3.11
// for the same program (node and field names, value reprs, omitted None fields), so the two can
// be diffed directly; f-strings are shown as CPython represents them (`JoinedStr` with the
// `x=` text of self-documenting fields folded into the neighbouring literal).

import SwoopFormatting

public enum ASTDump {
    /// `includeLocations` appends `lineno`, `col_offset`, `end_lineno`, `end_col_offset` like
    /// `ast.dump(..., include_attributes=True)` (columns here count Unicode scalars, CPython's
    /// count UTF-8 bytes; they agree on ASCII text).
    public static func dump(_ module: Module, includeLocations: Bool = false) -> String {
        var d = Dumper(locations: includeLocations)
        d.out += "Module(body="
        d.stmts(module.body)
        d.out += ", type_ignores=[])"
        return d.out
    }

    public static func dump(_ expr: Expr, includeLocations: Bool = false) -> String {
        var d = Dumper(locations: includeLocations)
        d.expr(expr)
        return d.out
    }

    public static func dump(_ stmt: Stmt, includeLocations: Bool = false) -> String {
        var d = Dumper(locations: includeLocations)
        d.stmt(stmt)
        return d.out
    }
}

private struct Dumper {
    var out = ""
    let locations: Bool

    init(locations: Bool) {
        self.locations = locations
        out.reserveCapacity(1024)
    }

    // MARK: Helpers

    mutating func list<T>(_ items: [T], _ each: (inout Dumper, T) -> Void) {
        out += "["
        for (i, item) in items.enumerated() {
            if i > 0 { out += ", " }
            each(&self, item)
        }
        out += "]"
    }

    mutating func location(_ l: SourceLocation, hasFields: Bool = true) {
        guard locations else { return }
        out += (hasFields ? ", " : "") + "lineno=\(l.line), col_offset=\(l.column), end_lineno=\(l.endLine), end_col_offset=\(l.endColumn)"
    }

    mutating func optionalExpr(_ name: String, _ e: Expr?) {
        guard let e else { return }
        out += ", \(name)="
        expr(e)
    }

    mutating func stmts(_ body: [Stmt]) { list(body) { $0.stmt($1) } }
    mutating func exprs(_ items: [Expr]) { list(items) { $0.expr($1) } }

    mutating func ctx(_ c: ExprContext) {
        switch c {
        case .load: out += "Load()"
        case .store: out += "Store()"
        case .del: out += "Del()"
        }
    }

    // MARK: Statements

    mutating func stmt(_ s: Stmt) {
        var hasFields = true
        switch s.kind {
        case .functionDef(let f):
            out += f.isAsync ? "AsyncFunctionDef(name=" : "FunctionDef(name="
            out += pythonStringRepr(f.name)
            out += ", args="
            arguments(f.args)
            out += ", body="
            stmts(f.body)
            out += ", decorator_list="
            exprs(f.decorators)
            optionalExpr("returns", f.returns)
        case .classDef(let c):
            out += "ClassDef(name=\(pythonStringRepr(c.name)), bases="
            exprs(c.bases)
            out += ", keywords="
            list(c.keywords) { $0.keyword($1) }
            out += ", body="
            stmts(c.body)
            out += ", decorator_list="
            exprs(c.decorators)
        case .return(let value):
            out += "Return("
            if let value { out += "value="; expr(value) } else { hasFields = false }
        case .delete(let targets):
            out += "Delete(targets="
            exprs(targets)
        case .assign(let targets, let value):
            out += "Assign(targets="
            exprs(targets)
            out += ", value="
            expr(value)
        case .augAssign(let target, let op, let value):
            out += "AugAssign(target="
            expr(target)
            out += ", op=\(binaryName(op))(), value="
            expr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            out += "AnnAssign(target="
            expr(target)
            out += ", annotation="
            expr(annotation)
            optionalExpr("value", value)
            out += ", simple=\(simple ? 1 : 0)"
        case .for(let target, let iter, let body, let orElse, let isAsync):
            out += isAsync ? "AsyncFor(target=" : "For(target="
            expr(target)
            out += ", iter="
            expr(iter)
            out += ", body="
            stmts(body)
            out += ", orelse="
            stmts(orElse)
        case .while(let test, let body, let orElse):
            out += "While(test="
            expr(test)
            out += ", body="
            stmts(body)
            out += ", orelse="
            stmts(orElse)
        case .if(let test, let body, let orElse):
            out += "If(test="
            expr(test)
            out += ", body="
            stmts(body)
            out += ", orelse="
            stmts(orElse)
        case .with(let items, let body, let isAsync):
            out += isAsync ? "AsyncWith(items=" : "With(items="
            list(items) { d, item in
                d.out += "withitem(context_expr="
                d.expr(item.contextExpr)
                d.optionalExpr("optional_vars", item.optionalVars)
                d.out += ")"
            }
            out += ", body="
            stmts(body)
        case .raise(let exc, let cause):
            out += "Raise("
            var first = true
            if let exc { out += "exc="; expr(exc); first = false }
            if let cause { out += first ? "cause=" : ", cause="; expr(cause); first = false }
            hasFields = !first
        case .try(let body, let handlers, let orElse, let finalBody):
            out += "Try(body="
            stmts(body)
            out += ", handlers="
            list(handlers) { d, h in
                d.out += "ExceptHandler("
                var first = true
                if let type = h.type { d.out += "type="; d.expr(type); first = false }
                if let name = h.name { d.out += (first ? "" : ", ") + "name=\(pythonStringRepr(name))"; first = false }
                d.out += (first ? "" : ", ") + "body="
                d.stmts(h.body)
                d.location(h.location)
                d.out += ")"
            }
            out += ", orelse="
            stmts(orElse)
            out += ", finalbody="
            stmts(finalBody)
        case .assert(let test, let msg):
            out += "Assert(test="
            expr(test)
            optionalExpr("msg", msg)
        case .import(let names):
            out += "Import(names="
            list(names) { $0.alias($1) }
        case .importFrom(let module, let names, let level):
            out += "ImportFrom("
            if let module { out += "module=\(pythonStringRepr(module)), " }
            out += "names="
            list(names) { $0.alias($1) }
            out += ", level=\(level)"
        case .global(let names):
            out += "Global(names=[\(names.map(pythonStringRepr).joined(separator: ", "))]"
        case .nonlocal(let names):
            out += "Nonlocal(names=[\(names.map(pythonStringRepr).joined(separator: ", "))]"
        case .expr(let value):
            out += "Expr(value="
            expr(value)
        case .pass:
            out += "Pass("
            hasFields = false
        case .break:
            out += "Break("
            hasFields = false
        case .continue:
            out += "Continue("
            hasFields = false
        }
        location(s.location, hasFields: hasFields)
        out += ")"
    }

    mutating func alias(_ a: Alias) {
        out += "alias(name=\(pythonStringRepr(a.name))"
        if let asName = a.asName { out += ", asname=\(pythonStringRepr(asName))" }
        location(a.location)
        out += ")"
    }

    mutating func keyword(_ k: Keyword) {
        out += "keyword("
        if let name = k.name { out += "arg=\(pythonStringRepr(name)), " }
        out += "value="
        expr(k.value)
        location(k.location)
        out += ")"
    }

    mutating func arg(_ a: Arg) {
        out += "arg(arg=\(pythonStringRepr(a.name))"
        optionalExpr("annotation", a.annotation)
        location(a.location)
        out += ")"
    }

    mutating func arguments(_ a: Arguments) {
        out += "arguments(posonlyargs="
        list(a.posOnly) { $0.arg($1) }
        out += ", args="
        list(a.args) { $0.arg($1) }
        if let vararg = a.vararg { out += ", vararg="; arg(vararg) }
        out += ", kwonlyargs="
        list(a.kwOnly) { $0.arg($1) }
        out += ", kw_defaults="
        list(a.kwDefaults) { d, e in
            if let e { d.expr(e) } else { d.out += "None" }
        }
        if let kwarg = a.kwarg { out += ", kwarg="; arg(kwarg) }
        out += ", defaults="
        exprs(a.defaults)
        out += ")"
    }

    // MARK: Expressions

    mutating func expr(_ e: Expr) {
        var hasFields = true
        switch e.kind {
        case .boolOp(let op, let values):
            out += "BoolOp(op=\(op == .and ? "And" : "Or")(), values="
            exprs(values)
        case .namedExpr(let target, let value):
            out += "NamedExpr(target="
            expr(target)
            out += ", value="
            expr(value)
        case .binOp(let left, let op, let right):
            out += "BinOp(left="
            expr(left)
            out += ", op=\(binaryName(op))(), right="
            expr(right)
        case .unaryOp(let op, let operand):
            let name: String
            switch op {
            case .not: name = "Not"
            case .negate: name = "USub"
            case .plus: name = "UAdd"
            case .invert: name = "Invert"
            }
            out += "UnaryOp(op=\(name)(), operand="
            expr(operand)
        case .lambda(let args, let body):
            out += "Lambda(args="
            arguments(args)
            out += ", body="
            expr(body)
        case .ifExp(let test, let body, let orElse):
            out += "IfExp(test="
            expr(test)
            out += ", body="
            expr(body)
            out += ", orelse="
            expr(orElse)
        case .dict(let keys, let values):
            out += "Dict(keys="
            list(keys) { d, k in
                if let k { d.expr(k) } else { d.out += "None" }
            }
            out += ", values="
            exprs(values)
        case .set(let elements):
            out += "Set(elts="
            exprs(elements)
        case .listComp(let element, let generators):
            out += "ListComp(elt="
            expr(element)
            out += ", generators="
            comprehensions(generators)
        case .setComp(let element, let generators):
            out += "SetComp(elt="
            expr(element)
            out += ", generators="
            comprehensions(generators)
        case .dictComp(let key, let value, let generators):
            out += "DictComp(key="
            expr(key)
            out += ", value="
            expr(value)
            out += ", generators="
            comprehensions(generators)
        case .generatorExp(let element, let generators):
            out += "GeneratorExp(elt="
            expr(element)
            out += ", generators="
            comprehensions(generators)
        case .await(let value):
            out += "Await(value="
            expr(value)
        case .yield(let value):
            out += "Yield("
            if let value {
                out += "value="
                expr(value)
            } else {
                hasFields = false
            }
        case .yieldFrom(let value):
            out += "YieldFrom(value="
            expr(value)
        case .compare(let left, let ops, let comparators):
            out += "Compare(left="
            expr(left)
            out += ", ops=["
            out += ops.map { compareName($0) + "()" }.joined(separator: ", ")
            out += "], comparators="
            exprs(comparators)
        case .call(let function, let args, let keywords):
            out += "Call(func="
            expr(function)
            out += ", args="
            exprs(args)
            out += ", keywords="
            list(keywords) { $0.keyword($1) }
        case .fString(let parts):
            joinedString(parts, location: e.location)
            return
        case .constant(let c):
            out += "Constant(value=\(constantRepr(c))"
        case .attribute(let value, let attr, let c):
            out += "Attribute(value="
            expr(value)
            out += ", attr=\(pythonStringRepr(attr)), ctx="
            ctx(c)
        case .subscript(let value, let index, let c):
            out += "Subscript(value="
            expr(value)
            out += ", slice="
            expr(index)
            out += ", ctx="
            ctx(c)
        case .starred(let value, let c):
            out += "Starred(value="
            expr(value)
            out += ", ctx="
            ctx(c)
        case .name(let id, let c):
            out += "Name(id=\(pythonStringRepr(id)), ctx="
            ctx(c)
        case .list(let elements, let c):
            out += "List(elts="
            exprs(elements)
            out += ", ctx="
            ctx(c)
        case .tuple(let elements, let c):
            out += "Tuple(elts="
            exprs(elements)
            out += ", ctx="
            ctx(c)
        case .slice(let lower, let upper, let step):
            out += "Slice("
            var fields: [String] = []
            var sub = Dumper(locations: locations)
            if let lower { sub.out = ""; sub.expr(lower); fields.append("lower=" + sub.out) }
            if let upper { sub.out = ""; sub.expr(upper); fields.append("upper=" + sub.out) }
            if let step { sub.out = ""; sub.expr(step); fields.append("step=" + sub.out) }
            out += fields.joined(separator: ", ")
            hasFields = !fields.isEmpty
        }
        location(e.location, hasFields: hasFields)
        out += ")"
    }

    mutating func comprehensions(_ generators: [Comprehension]) {
        list(generators) { d, c in
            d.out += "comprehension(target="
            d.expr(c.target)
            d.out += ", iter="
            d.expr(c.iter)
            d.out += ", ifs="
            d.exprs(c.ifs)
            d.out += ", is_async=\(c.isAsync ? 1 : 0))"
        }
    }

    /// CPython's `JoinedStr`: literal parts as `Constant`s, fields as `FormattedValue`s, the
    /// text of `{x=}` merged into the literal before it.
    mutating func joinedString(_ parts: [FStringPart], location l: SourceLocation) {
        var values: [(String?, FStringPart?)] = []
        for part in parts {
            switch part {
            case .literal(let text):
                if let last = values.last, let lastText = last.0, last.1 == nil {
                    values[values.count - 1] = (lastText + text, nil)
                } else {
                    values.append((text, nil))
                }
            case .field(_, _, _, let selfDocumenting):
                if let selfDocumenting {
                    if let last = values.last, let lastText = last.0, last.1 == nil {
                        values[values.count - 1] = (lastText + selfDocumenting, nil)
                    } else {
                        values.append((selfDocumenting, nil))
                    }
                }
                values.append((nil, part))
            }
        }
        out += "JoinedStr(values=["
        for (i, value) in values.enumerated() {
            if i > 0 { out += ", " }
            if let text = value.0 {
                out += "Constant(value=\(pythonStringRepr(text))"
                location(l)
                out += ")"
            } else if case .field(let e, let conversion, let spec, _) = value.1! {
                out += "FormattedValue(value="
                expr(e)
                let code: Int
                switch conversion {
                case "s": code = 115
                case "r": code = 114
                case "a": code = 97
                default: code = -1
                }
                out += ", conversion=\(code)"
                if let spec {
                    out += ", format_spec="
                    joinedString(spec, location: l)
                }
                location(l)
                out += ")"
            }
        }
        out += "]"
        location(l)
        out += ")"
    }
}

func binaryName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "Add"
    case .sub: return "Sub"
    case .mul: return "Mult"
    case .matMul: return "MatMult"
    case .div: return "Div"
    case .floorDiv: return "FloorDiv"
    case .mod: return "Mod"
    case .pow: return "Pow"
    case .lShift: return "LShift"
    case .rShift: return "RShift"
    case .bitOr: return "BitOr"
    case .bitXor: return "BitXor"
    case .bitAnd: return "BitAnd"
    }
}

func compareName(_ op: CompareOperator) -> String {
    switch op {
    case .eq: return "Eq"
    case .notEq: return "NotEq"
    case .lt: return "Lt"
    case .ltE: return "LtE"
    case .gt: return "Gt"
    case .gtE: return "GtE"
    case .is: return "Is"
    case .isNot: return "IsNot"
    case .in: return "In"
    case .notIn: return "NotIn"
    }
}

// MARK: - Python reprs

func constantRepr(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let v): return String(v)
    case .bigInt(let digits): return digits
    case .float(let d): return pythonFloatRepr(d)
    case .imaginary(let d): return pythonComplexRepr(real: 0, imag: d)
    case .str(let s): return pythonStringRepr(s)
    case .bytes(let b): return pyBytesRepr(b)
    case .ellipsis: return "Ellipsis"
    }
}

/// Python's `repr(bytes)`.
func pyBytesRepr(_ bytes: [UInt8]) -> String {
    let quote: UInt8 = (bytes.contains(0x27) && !bytes.contains(0x22)) ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(quote))
    for b in bytes {
        switch b {
        case quote, 0x5C: out += "\\" + String(UnicodeScalar(b))
        case 0x09: out += "\\t"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x20..<0x7F: out += String(UnicodeScalar(b))
        default: out += "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16)
        }
    }
    return out + String(UnicodeScalar(quote))
}

