// Compiler+Expressions.swift — code generation for expressions. `expr(e)` yields a
// register holding e's value (a local's or constant's own register when possible, so
// `s = s + i` is one ADD); `expr(e, into:)` puts it in a given register.
import SwoopSyntax
import SwoopBytecode

extension Unit {
    static func binaryOpcode(_ op: BinaryOperator, inPlace: Bool) -> Opcode {
        switch op {
        case .add: return inPlace ? .SW_OP_IADD : .SW_OP_ADD
        case .sub: return inPlace ? .SW_OP_ISUB : .SW_OP_SUB
        case .mul: return inPlace ? .SW_OP_IMUL : .SW_OP_MUL
        case .matMul: return inPlace ? .SW_OP_IMATMUL : .SW_OP_MATMUL
        case .div: return inPlace ? .SW_OP_ITRUEDIV : .SW_OP_TRUEDIV
        case .floorDiv: return inPlace ? .SW_OP_IFLOORDIV : .SW_OP_FLOORDIV
        case .mod: return inPlace ? .SW_OP_IMOD : .SW_OP_MOD
        case .pow: return inPlace ? .SW_OP_IPOW : .SW_OP_POW
        case .lShift: return inPlace ? .SW_OP_ILSHIFT : .SW_OP_LSHIFT
        case .rShift: return inPlace ? .SW_OP_IRSHIFT : .SW_OP_RSHIFT
        case .bitOr: return inPlace ? .SW_OP_IBITOR : .SW_OP_BITOR
        case .bitXor: return inPlace ? .SW_OP_IBITXOR : .SW_OP_BITXOR
        case .bitAnd: return inPlace ? .SW_OP_IBITAND : .SW_OP_BITAND
        }
    }

    static func compareOpcode(_ op: CompareOperator) -> Opcode {
        switch op {
        case .eq: return .SW_OP_EQ
        case .notEq: return .SW_OP_NE
        case .lt: return .SW_OP_LT
        case .ltE: return .SW_OP_LE
        case .gt: return .SW_OP_GT
        case .gtE: return .SW_OP_GE
        case .is: return .SW_OP_IS
        case .isNot: return .SW_OP_IS_NOT
        case .in: return .SW_OP_IN
        case .notIn: return .SW_OP_NOT_IN
        }
    }

    static func codeConstant(_ c: Constant) -> CodeConstant {
        switch c {
        case .none: return .none
        case .bool(let v): return .bool(v)
        case .int(let v): return .int(v)
        case .bigInt(let s): return .bigInt(s)
        case .float(let d): return .float(d)
        case .imaginary: return .none
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .ellipsis: return .ellipsis
        }
    }

    /// A register holding e's value.
    func expr(_ e: Expr) throws -> Reg {
        switch e.kind {
        case .constant(let c):
            if case .imaginary = c { break }
            return b.constant(Self.codeConstant(c))
        case .name(let n, _):
            if case .fast(let r) = access(n) {
                try checkBound(n, r)
                return r
            }
        default:
            break
        }
        let t = b.allocTemp()
        let mark = b.tempMark
        try expr(e, into: t)
        b.releaseTemps(to: mark)
        return t
    }

    func loadName(_ n: String, into dst: Reg) throws {
        switch access(n) {
        case .fast(let r):
            try checkBound(n, r)
            b.move(dst, r)
        case .deref(let r):
            b.emit(.SW_OP_LOAD_DEREF, .reg(dst), .reg(r), .imm(b.name(n)))
        case .global:
            b.emit(.SW_OP_LOAD_GLOBAL, .reg(dst), .imm(b.name(n)))
        case .name:
            b.emit(.SW_OP_LOAD_NAME, .reg(dst), .reg(.local(0)), .imm(b.name(n)))
        case .classDeref(let r):
            b.emit(.SW_OP_LOAD_CLASSDEREF, .reg(dst), .reg(r), .imm(b.name(n)))
        }
    }

    func checkBound(_ n: String, _ r: Reg) throws {
        if !assigned.contains(n) {
            b.emit(.SW_OP_CHECK_BOUND, .reg(r), .imm(b.name(n)))
            if !scope.deleted.contains(n) { assigned.insert(n) }
        }
    }

    /// Evaluates e into `dst`. Only the last instruction writes `dst`, so `dst` may be a
    /// local that e itself reads.
    func expr(_ e: Expr, into dst: Reg) throws {
        let savedLine = b.currentLine
        b.currentLine = Int32(e.location.line)
        defer { b.currentLine = savedLine }
        switch e.kind {
        case .constant(let c):
            if case .imaginary = c {
                notImplemented("complex numbers are not supported yet")
                return
            }
            b.move(dst, b.constant(Self.codeConstant(c)))
        case .name(let n, _):
            try loadName(n, into: dst)
        case .binOp(let l, let op, let r):
            let lr = try expr(l)
            let rr = try expr(r)
            b.currentLine = Int32(e.location.line)
            b.emit(Self.binaryOpcode(op, inPlace: false), dst, lr, rr)
        case .unaryOp(let op, let v):
            // Fold negative numeric literals so `-1` is a constant.
            if op == .negate, case .constant(let c) = v.kind {
                switch c {
                case .int(let i) where i != Int64.min: b.move(dst, b.constant(.int(-i))); return
                case .float(let d): b.move(dst, b.constant(.float(-d))); return
                default: break
                }
            }
            let r = try expr(v)
            let opc: Opcode
            switch op {
            case .not: opc = .SW_OP_NOT
            case .negate: opc = .SW_OP_NEG
            case .plus: opc = .SW_OP_POS
            case .invert: opc = .SW_OP_INVERT
            }
            b.emit(opc, dst, r)
        case .boolOp(let op, let values):
            // `a or b` yields an operand, not a bool: evaluate into a temporary and move.
            let t = b.isTemp(dst) ? dst : b.allocTemp()
            let end = b.newLabel()
            for (i, v) in values.enumerated() {
                try expr(v, into: t)
                if i < values.count - 1 {
                    b.jump(op == .and ? .SW_OP_JUMP_IF_FALSE : .SW_OP_JUMP_IF_TRUE, if: t, end)
                }
            }
            b.place(end)
            b.move(dst, t)
        case .ifExp(let test, let body, let orElse):
            let t = b.isTemp(dst) ? dst : b.allocTemp()
            let elseLabel = b.newLabel(), end = b.newLabel()
            try branch(test, ifTrue: false, to: elseLabel)
            let before = assigned
            try expr(body, into: t)
            b.jump(.SW_OP_JUMP, end)
            b.place(elseLabel)
            assigned = before
            try expr(orElse, into: t)
            assigned = before
            b.place(end)
            b.move(dst, t)
        case .compare(let left, let ops, let rights):
            try compare(left, ops, rights, into: dst)
        case .call(let fn, let args, let keywords):
            try call(fn, args, keywords, into: dst, location: e.location)
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            b.currentLine = Int32(e.location.line)
            b.emit(.SW_OP_LOAD_ATTR, .reg(dst), .reg(o), .imm(b.name(name)))
        case .subscript(let obj, let index, _):
            let o = try expr(obj)
            let i = try expr(index)
            b.currentLine = Int32(e.location.line)
            b.emit(.SW_OP_GETITEM, dst, o, i)
        case .slice(let lower, let upper, let step):
            let base = b.allocTemps(3)
            for (k, part) in [lower, upper, step].enumerated() {
                if let part { try expr(part, into: base.offset(k)) }
                else { b.move(base.offset(k), b.constant(.none)) }
            }
            b.emit(.SW_OP_BUILD_SLICE, dst, base)
        case .list(let items, _):
            try display(items, into: dst, kind: .SW_OP_BUILD_LIST)
        case .tuple(let items, _):
            if let c = constantTuple(items) {
                b.move(dst, b.constant(c))
            } else {
                try display(items, into: dst, kind: .SW_OP_BUILD_TUPLE)
            }
        case .set(let items):
            if items.count > 2 && items.allSatisfy(Self.foldsToConstant) {
                try constantSetDisplay(items, into: dst)
            } else {
                try display(items, into: dst, kind: .SW_OP_BUILD_SET)
            }
        case .dict(let keys, let values):
            try dictDisplay(keys, values, into: dst)
        case .listComp(let elt, let gens):
            try comprehension(.list, elements: [elt], gens, into: dst, location: e.location)
        case .setComp(let elt, let gens):
            try comprehension(.set, elements: [elt], gens, into: dst, location: e.location)
        case .dictComp(let k, let v, let gens):
            try comprehension(.dict, elements: [k, v], gens, into: dst, location: e.location)
        case .generatorExp(let elt, let gens):
            try comprehension(.generator, elements: [elt], gens, into: dst, location: e.location)
        case .lambda(let args, let body):
            let f = try makeFunction(name: "<lambda>", args: args,
                                     body: [Stmt(.expr(body), body.location)], location: e.location, isLambda: true)
            b.move(dst, f)
        case .namedExpr(let target, let value):
            let t = b.allocTemp()
            try expr(value, into: t)
            try store(target, from: t)
            b.move(dst, t)
        case .fString(let parts):
            try fString(parts, into: dst)
        case .starred:
            throw error("can't use starred expression here", e.location)
        case .yield(let value):
            let v = try value.map { try expr($0) } ?? b.constant(.none)
            b.currentLine = Int32(e.location.line)
            b.emit(.SW_OP_YIELD, v, dst)      // yields v; the sent value lands in dst
        case .yieldFrom(let value):
            let it = b.allocTemp(), result = b.allocTemp()
            let src = try expr(value)
            b.currentLine = Int32(e.location.line)
            b.emit(.SW_OP_GET_ITER, it, src)
            b.move(result, b.constant(.none))
            b.emit(.SW_OP_YIELD_FROM, it, result)
            b.move(dst, result)
        case .await:
            notImplemented("'await' is not supported yet")
        }
    }

    func constantTuple(_ items: [Expr]) -> CodeConstant? {
        var out: [CodeConstant] = []
        for i in items {
            guard case .constant(let c) = i.kind else { return nil }
            if case .imaginary = c { return nil }
            out.append(Self.codeConstant(c))
        }
        return .tuple(out)
    }

    /// Whether CPython's compiler makes `e` a constant (a literal other than an f-string,
    /// a signed number, or a tuple of such).
    static func foldsToConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant: return true
        case .unaryOp(.negate, let v), .unaryOp(.plus, let v), .unaryOp(.invert, let v):
            if case .constant(let c) = v.kind {
                switch c { case .int, .bigInt, .float, .imaginary, .bool: return true; default: return false }
            }
            return false
        case .tuple(let items, _): return items.allSatisfy(foldsToConstant)
        default: return false
        }
    }

    /// A set display of three or more constants. CPython compiles it to a frozenset
    /// constant that an empty set is updated from; the frozenset is made from the items,
    /// then made again from that set's iteration order (when the compiler merges equal
    /// constants). The same three steps give the same table, so the set iterates in
    /// CPython's order (which depends on them where items collide).
    func constantSetDisplay(_ items: [Expr], into dst: Reg) throws {
        let first = b.allocTemp()
        try display(items, into: first, kind: .SW_OP_BUILD_SET)
        let order = b.allocTemp()
        b.emit(.SW_OP_BUILD_LIST, .reg(order), .reg(order), .imm(0))
        b.emit(.SW_OP_LIST_EXTEND, order, first)
        let second = b.allocTemp()
        b.emit(.SW_OP_BUILD_SET, .reg(second), .reg(second), .imm(0))
        b.emit(.SW_OP_SET_UPDATE, second, order)
        b.emit(.SW_OP_BUILD_SET, .reg(dst), .reg(dst), .imm(0))
        b.emit(.SW_OP_SET_UPDATE, dst, second)
    }

    func hasStar(_ items: [Expr]) -> Bool {
        items.contains { if case .starred = $0.kind { return true }; return false }
    }

    func display(_ items: [Expr], into dst: Reg, kind: Opcode) throws {
        if !hasStar(items) {
            let base = b.allocTemps(max(items.count, 1))
            for (i, item) in items.enumerated() { try expr(item, into: base.offset(i)) }
            b.emit(kind, .reg(dst), .reg(base), .imm(items.count))
            return
        }
        // With `*x` items: build a list (or set) piecewise, then convert.
        let acc = b.allocTemp()
        let isSet = kind == .SW_OP_BUILD_SET
        b.emit(isSet ? .SW_OP_BUILD_SET : .SW_OP_BUILD_LIST, .reg(acc), .reg(acc), .imm(0))
        for item in items {
            if case .starred(let inner, _) = item.kind {
                let r = try expr(inner)
                b.emit(isSet ? .SW_OP_SET_UPDATE : .SW_OP_LIST_EXTEND, acc, r)
            } else {
                let r = try expr(item)
                b.emit(isSet ? .SW_OP_SET_ADD : .SW_OP_LIST_APPEND, acc, r)
            }
        }
        if kind == .SW_OP_BUILD_TUPLE { b.emit(.SW_OP_LIST_TO_TUPLE, dst, acc) }
        else { b.move(dst, acc) }
    }

    func dictDisplay(_ keys: [Expr?], _ values: [Expr], into dst: Reg) throws {
        if !keys.contains(where: { $0 == nil }) {
            let base = b.allocTemps(max(keys.count * 2, 1))
            for (i, (k, v)) in zip(keys, values).enumerated() {
                try expr(k!, into: base.offset(2 * i))
                try expr(v, into: base.offset(2 * i + 1))
            }
            b.emit(.SW_OP_BUILD_DICT, .reg(dst), .reg(base), .imm(keys.count))
            return
        }
        let acc = b.allocTemp()
        b.emit(.SW_OP_BUILD_DICT, .reg(acc), .reg(acc), .imm(0))
        for (k, v) in zip(keys, values) {
            if let k {
                let kr = try expr(k)
                let vr = try expr(v)
                b.emit(.SW_OP_DICT_SET, acc, kr, vr)
            } else {
                let r = try expr(v)
                b.emit(.SW_OP_DICT_UPDATE, acc, r)
            }
        }
        b.move(dst, acc)
    }

    func compare(_ left: Expr, _ ops: [CompareOperator], _ rights: [Expr], into dst: Reg) throws {
        if ops.count == 1 {
            let l = try expr(left)
            let r: Reg
            if ops[0] == .in || ops[0] == .notIn, case .set(let items) = rights[0].kind {
                // (A set only searched: made as it stands, its order unseen.)
                r = b.allocTemp()
                try display(items, into: r, kind: .SW_OP_BUILD_SET)
            } else {
                r = try expr(rights[0])
            }
            b.emit(Self.compareOpcode(ops[0]), dst, l, r)
            return
        }
        // a < b < c: each middle operand is evaluated once; stop at the first false.
        let t = b.isTemp(dst) ? dst : b.allocTemp()
        let end = b.newLabel()
        var l = try expr(left)
        for (i, op) in ops.enumerated() {
            let r = b.allocTemp()
            try expr(rights[i], into: r)
            b.emit(Self.compareOpcode(op), t, l, r)
            if i < ops.count - 1 { b.jump(.SW_OP_JUMP_IF_FALSE, if: t, end) }
            l = r
        }
        b.place(end)
        b.move(dst, t)
    }

    /// Jumps to `label` when e's truth equals `ifTrue`; falls through otherwise.
    func branch(_ e: Expr, ifTrue: Bool, to label: Label) throws {
        let savedLine = b.currentLine
        b.currentLine = Int32(e.location.line)
        defer { b.currentLine = savedLine }
        switch e.kind {
        case .unaryOp(.not, let v):
            try branch(v, ifTrue: !ifTrue, to: label)
        case .boolOp(let op, let values):
            // `and` is false as soon as one operand is; `or` true as soon as one is.
            let shortCircuitsOn = op == .or
            if ifTrue == shortCircuitsOn {
                for v in values { try branch(v, ifTrue: ifTrue, to: label) }
            } else {
                let skip = b.newLabel()
                for v in values.dropLast() { try branch(v, ifTrue: shortCircuitsOn, to: skip) }
                try branch(values.last!, ifTrue: ifTrue, to: label)
                b.place(skip)
            }
        case .constant(.bool(let v)):
            if v == ifTrue { b.jump(.SW_OP_JUMP, label) }
        default:
            let r = try expr(e)
            b.jump(ifTrue ? .SW_OP_JUMP_IF_TRUE : .SW_OP_JUMP_IF_FALSE, if: r, label)
        }
    }

    // MARK: - Calls

    func call(_ fn: Expr, _ args: [Expr], _ keywords: [Keyword], into dst: Reg, location: SourceLocation) throws {
        let starred = hasStar(args) || keywords.contains { $0.name == nil }
        if starred {
            let base = b.allocTemps(3)
            try expr(fn, into: base)
            try display(args, into: base.offset(1), kind: .SW_OP_BUILD_TUPLE)
            let kw = b.allocTemp()
            b.emit(.SW_OP_BUILD_DICT, .reg(kw), .reg(kw), .imm(0))
            for k in keywords {
                let v = try expr(k.value)
                if let n = k.name {
                    b.emit(.SW_OP_DICT_SET, kw, b.constant(.str(n)), v)
                } else {
                    b.emit(.SW_OP_DICT_UPDATE, kw, v)
                }
            }
            b.move(base.offset(2), kw)
            b.currentLine = Int32(location.line)
            b.emit(.SW_OP_CALL_EX, .reg(base), .imm(1))
            b.move(dst, base)
            return
        }
        // Zero-argument super() inside a method: super(__class__, <first argument>).
        if case .name("super", _) = fn.kind, args.isEmpty, keywords.isEmpty, scope.kind == .function,
           case .deref = access("__class__"), let first = scope.parameters.first {
            let base = b.allocTemps(3)
            try expr(fn, into: base)
            try loadName("__class__", into: base.offset(1))
            try loadName(first, into: base.offset(2))
            b.currentLine = Int32(location.line)
            b.emit(.SW_OP_CALL, .reg(base), .imm(2))
            b.move(dst, base)
            return
        }
        let n = args.count + keywords.count
        var base: Reg
        var argStart: Reg
        var isMethod = false
        if case .attribute(let obj, let name, _) = fn.kind {
            // obj.name(...): LOAD_METHOD avoids creating a bound method.
            base = b.allocTemps(n + 2)
            let o = try expr(obj)
            b.currentLine = Int32(fn.location.line)
            b.emit(.SW_OP_LOAD_METHOD, .reg(base), .reg(o), .imm(b.name(name)))
            argStart = base.offset(2)
            isMethod = true
        } else {
            base = b.allocTemps(n + 1)
            try expr(fn, into: base)
            argStart = base.offset(1)
        }
        for (i, a) in args.enumerated() { try expr(a, into: argStart.offset(i)) }
        for (i, k) in keywords.enumerated() { try expr(k.value, into: argStart.offset(args.count + i)) }
        b.currentLine = Int32(location.line)
        if keywords.isEmpty {
            b.emit(isMethod ? .SW_OP_CALL_METHOD : .SW_OP_CALL, .reg(base), .imm(n))
        } else {
            let names = b.constant(.tuple(keywords.map { .str($0.name!) }))
            b.emit(isMethod ? .SW_OP_CALL_METHOD_KW : .SW_OP_CALL_KW, .reg(base), .imm(n), .reg(names))
        }
        b.move(dst, base)
    }

    // MARK: - Comprehensions

    enum ComprehensionKind { case list, set, dict, generator }

    func comprehension(_ kind: ComprehensionKind, elements: [Expr], _ gens: [Comprehension],
                       into dst: Reg, location: SourceLocation) throws {
        // The outermost iterable is evaluated here, then passed to the comprehension's
        // own function as its only argument.
        let iterSrc = try expr(gens[0].iter)
        let base = b.allocTemps(2)
        b.emit(.SW_OP_GET_ITER, base.offset(1), iterSrc)
        let child = nextScope()
        let name = kind == .list ? "<listcomp>" : kind == .set ? "<setcomp>" : kind == .dict ? "<dictcomp>" : "<genexpr>"
        let unit = Unit(scope: child, name: name, qualifiedName: qualifiedPrefix + name, filename: filename,
                        firstLine: location.line, scopes: scopes, scopeCursor: scopeCursor)
        try unit.comprehensionBody(kind, elements: elements, gens, location: location)
        scopeCursor = unit.scopeCursor
        let code = try unit.finish(flags: kind == .generator ? [.nested, .generator] : [.nested])
        code.argCount = 1
        let fn = b.allocTemps(4)
        var flags = 0
        if !code.freeNames.isEmpty {
            try buildClosure(for: code, into: fn.offset(3))
            flags |= 4
        }
        b.emit(.SW_OP_MAKE_FUNCTION, .reg(fn), .reg(b.constant(.code(code))), .imm(flags))
        b.move(base, fn)
        b.currentLine = Int32(location.line)
        b.emit(.SW_OP_CALL, .reg(base), .imm(1))
        b.move(dst, base)
    }

    func comprehensionBody(_ kind: ComprehensionKind, elements: [Expr], _ gens: [Comprehension], location: SourceLocation) throws {
        b.currentLine = Int32(location.line)
        let result = b.allocTemp()
        switch kind {
        case .list: b.emit(.SW_OP_BUILD_LIST, .reg(result), .reg(result), .imm(0))
        case .set: b.emit(.SW_OP_BUILD_SET, .reg(result), .reg(result), .imm(0))
        case .dict: b.emit(.SW_OP_BUILD_DICT, .reg(result), .reg(result), .imm(0))
        case .generator: break      // (`result` is GEN_YIELD's collector register)
        }
        try comprehensionLevel(0, kind, elements, gens, result: result)
        b.emit(.SW_OP_RETURN, .reg(kind == .generator ? b.constant(.none) : result))
    }

    func comprehensionLevel(_ level: Int, _ kind: ComprehensionKind, _ elements: [Expr],
                            _ gens: [Comprehension], result: Reg) throws {
        let g = gens[level]
        let it: Reg
        if level == 0 {
            it = .local(registers[".0"]!)
        } else {
            it = b.allocTemp()
            let src = try expr(g.iter)
            b.emit(.SW_OP_GET_ITER, it, src)
        }
        let top = b.newLabel(), exit = b.newLabel()
        b.place(top)
        let item = b.allocTemp()
        b.emit(.SW_OP_FOR_ITER, .reg(it), .reg(item), .label(exit))
        try store(g.target, from: item)
        for cond in g.ifs { try branch(cond, ifTrue: false, to: top) }
        if level + 1 < gens.count {
            try comprehensionLevel(level + 1, kind, elements, gens, result: result)
        } else {
            let mark = b.tempMark
            switch kind {
            case .list:
                let r = try expr(elements[0])
                b.emit(.SW_OP_LIST_APPEND, result, r)
            case .set:
                let r = try expr(elements[0])
                b.emit(.SW_OP_SET_ADD, result, r)
            case .dict:
                let k = try expr(elements[0])
                let v = try expr(elements[1])
                b.emit(.SW_OP_DICT_SET, result, k, v)
            case .generator:
                let r = try expr(elements[0])
                b.emit(.SW_OP_GEN_YIELD, r, result)
            }
            b.releaseTemps(to: mark)
        }
        b.jump(.SW_OP_JUMP_BACK, top)
        b.place(exit)
    }

    // MARK: - f-strings

    func fString(_ parts: [FStringPart], into dst: Reg) throws {
        var pieces: [Reg] = []
        for p in parts {
            switch p {
            case .literal(let s):
                if !s.isEmpty { pieces.append(b.constant(.str(s))) }
            case .field(let value, let conversion, let spec, let selfDoc):
                if let selfDoc { pieces.append(b.constant(.str(selfDoc))) }
                let base = b.allocTemps(2)
                try expr(value, into: base)
                var flags = 0
                switch conversion {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = (selfDoc != nil && spec == nil) ? 2 : 0
                }
                if let spec {
                    try fString(spec, into: base.offset(1))
                    flags |= 4
                }
                let t = b.allocTemp()
                b.emit(.SW_OP_FORMAT, .reg(t), .reg(base), .imm(flags))
                pieces.append(t)
            }
        }
        if pieces.isEmpty {
            b.move(dst, b.constant(.str("")))
        } else if pieces.count == 1, case .temp = pieces[0] {
            b.move(dst, pieces[0])
        } else {
            let base = b.allocTemps(pieces.count)
            for (i, r) in pieces.enumerated() { b.move(base.offset(i), r) }
            b.emit(.SW_OP_BUILD_STRING, .reg(dst), .reg(base), .imm(pieces.count))
        }
    }
}
