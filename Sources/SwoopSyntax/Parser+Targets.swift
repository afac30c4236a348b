// Parser+Targets.swift — syntax analysis of assignment/deletion targets: validation with CPython's
// messages and conversion of parsed expressions to store/del context.
//
// Targets are parsed as ordinary expressions and checked afterwards, which is also how CPython
// finds the sub-expression to blame ("cannot assign to function call") in its error rules.

extension Parser {
    enum TargetKind {
        /// Assignment, `with ... as`, augmented and annotated assignment.
        case star
        /// `for` loops and comprehensions.
        case `for`
        case del
    }

    /// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
    func invalidTarget(_ e: Expr, _ kind: TargetKind) -> Expr? {
        switch e.kind {
        case .list(let elements, _), .tuple(let elements, _):
            for element in elements {
                if let bad = invalidTarget(element, kind) { return bad }
            }
            return nil
        case .starred(let value, _):
            return kind == .del ? e : invalidTarget(value, kind)
        case .compare(let left, let ops, _):
            // `for a in b` reaches here when the target was parsed greedily as a comparison.
            if kind == .for {
                return ops[0] == .in ? invalidTarget(left, kind) : nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// Rewrites a validated target into the given context.
    func asTarget(_ e: Expr, _ ctx: ExprContext) throws(ParseError) -> Expr {
        switch e.kind {
        case .name(let id, _):
            return Expr(.name(id, ctx), e.location)
        case .attribute(let value, let attr, _):
            return Expr(.attribute(value, attr, ctx), e.location)
        case .subscript(let value, let index, _):
            return Expr(.subscript(value, index: index, ctx), e.location)
        case .starred(let value, _):
            return Expr(.starred(try asTarget(value, ctx), ctx), e.location)
        case .list(let elements, _):
            var converted: [Expr] = []
            converted.reserveCapacity(elements.count)
            for element in elements { converted.append(try asTarget(element, ctx)) }
            return Expr(.list(converted, ctx), e.location)
        case .tuple(let elements, _):
            var converted: [Expr] = []
            converted.reserveCapacity(elements.count)
            for element in elements { converted.append(try asTarget(element, ctx)) }
            return Expr(.tuple(converted, ctx), e.location)
        default:
            throw invalidSyntax()
        }
    }

    /// How CPython names an expression in messages (`_PyPegen_get_expr_name`).
    func expressionName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .fString: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }
}
