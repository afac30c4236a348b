// Compiler+Assignments.swift — code generation for binding: assignment targets,
// unpacking (starred included), augmented assignment and `del`.
import SwoopSyntax
import SwoopBytecode

extension Unit {
    func assign(targets: [Expr], value: Expr) throws {
        // Fast paths: `x = e` into a local register directly; `a, b = b, a` without a tuple.
        if targets.count == 1 {
            let t = targets[0]
            if case .name(let n, _) = t.kind, case .fast(let r) = access(n) {
                try expr(value, into: r)
                assigned.insert(n)
                return
            }
            if case .tuple(let lhs, _) = t.kind, case .tuple(let rhs, _) = value.kind,
               lhs.count == rhs.count, !hasStar(lhs), !hasStar(rhs) {
                let base = b.allocTemps(rhs.count)
                for (i, e) in rhs.enumerated() { try expr(e, into: base.offset(i)) }
                for (i, target) in lhs.enumerated() { try store(target, from: base.offset(i)) }
                return
            }
        }
        let v = try expr(value)
        for t in targets { try store(t, from: v) }
    }

    func storeName(_ n: String, from src: Reg) throws {
        switch access(n) {
        case .fast(let r):
            b.move(r, src)
            assigned.insert(n)
        case .deref(let r):
            b.emit(.SW_OP_STORE_DEREF, src, r)
        case .global:
            b.emit(.SW_OP_STORE_GLOBAL, .reg(src), .imm(b.name(n)))
        case .name, .classDeref:
            b.emit(.SW_OP_STORE_NAME, .reg(src), .reg(.local(0)), .imm(b.name(n)))
        }
    }

    func store(_ target: Expr, from src: Reg) throws {
        let savedLine = b.currentLine
        b.currentLine = Int32(target.location.line)
        defer { b.currentLine = savedLine }
        switch target.kind {
        case .name(let n, _):
            try storeName(n, from: src)
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            b.emit(.SW_OP_STORE_ATTR, .reg(o), .imm(b.name(name)), .reg(src))
        case .subscript(let obj, let index, _):
            let o = try expr(obj)
            let i = try expr(index)
            b.emit(.SW_OP_SETITEM, o, i, src)
        case .tuple(let items, _), .list(let items, _):
            try unpack(items, from: src, location: target.location)
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target.location)
        default:
            throw error("cannot assign to \(describe(target))", target.location)
        }
    }

    func unpack(_ items: [Expr], from src: Reg, location: SourceLocation) throws {
        let starIndex = items.firstIndex { if case .starred = $0.kind { return true }; return false }
        let base = b.allocTemps(max(items.count, 1))
        if let s = starIndex {
            if items[(s + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
                throw error("multiple starred expressions in assignment", location)
            }
            let after = items.count - s - 1
            guard s < 256 && after < 256 else {
                throw error("too many expressions in star-unpacking assignment", location)
            }
            b.emit(.SW_OP_UNPACK_EX, .reg(src), .reg(base), .imm(s | after << 8))
        } else {
            b.emit(.SW_OP_UNPACK, .reg(src), .reg(base), .imm(items.count))
        }
        for (i, item) in items.enumerated() {
            if case .starred(let inner, _) = item.kind {
                try store(inner, from: base.offset(i))
            } else {
                try store(item, from: base.offset(i))
            }
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant: return "literal"
        case .binOp, .unaryOp: return "expression"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        default: return "expression"
        }
    }

    func augAssign(target: Expr, op: BinaryOperator, value: Expr) throws {
        let opcode = Self.binaryOpcode(op, inPlace: true)
        switch target.kind {
        case .name(let n, _):
            switch access(n) {
            case .fast(let r):
                try checkBound(n, r)
                let v = try expr(value)
                b.currentLine = Int32(target.location.line)
                b.emit(opcode, r, r, v)
            case .deref(let r):
                let cur = b.allocTemp()
                b.emit(.SW_OP_LOAD_DEREF, .reg(cur), .reg(r), .imm(b.name(n)))
                let v = try expr(value)
                b.emit(opcode, cur, cur, v)
                b.emit(.SW_OP_STORE_DEREF, cur, r)
            case .global:
                let cur = b.allocTemp()
                b.emit(.SW_OP_LOAD_GLOBAL, .reg(cur), .imm(b.name(n)))
                let v = try expr(value)
                b.emit(opcode, cur, cur, v)
                b.emit(.SW_OP_STORE_GLOBAL, .reg(cur), .imm(b.name(n)))
            case .name, .classDeref:
                let cur = b.allocTemp()
                try loadName(n, into: cur)
                let v = try expr(value)
                b.emit(opcode, cur, cur, v)
                b.emit(.SW_OP_STORE_NAME, .reg(cur), .reg(.local(0)), .imm(b.name(n)))
            }
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            let cur = b.allocTemp()
            b.emit(.SW_OP_LOAD_ATTR, .reg(cur), .reg(o), .imm(b.name(name)))
            let v = try expr(value)
            b.emit(opcode, cur, cur, v)
            b.emit(.SW_OP_STORE_ATTR, .reg(o), .imm(b.name(name)), .reg(cur))
        case .subscript(let obj, let index, _):
            let o = try expr(obj)
            let i = try expr(index)
            let cur = b.allocTemp()
            b.emit(.SW_OP_GETITEM, cur, o, i)
            let v = try expr(value)
            b.emit(opcode, cur, cur, v)
            b.emit(.SW_OP_SETITEM, o, i, cur)
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.location)
        }
    }

    func delete(_ target: Expr) throws {
        b.currentLine = Int32(target.location.line)
        switch target.kind {
        case .name(let n, _):
            switch access(n) {
            case .fast(let r):
                b.emit(.SW_OP_DELETE_FAST, .reg(r), .imm(b.name(n)))
                assigned.remove(n)
            case .deref(let r):
                b.emit(.SW_OP_DELETE_DEREF, .imm(0), .reg(r), .imm(b.name(n)))
            case .global:
                b.emit(.SW_OP_DELETE_GLOBAL, .imm(0), .imm(b.name(n)))
            case .name, .classDeref:
                b.emit(.SW_OP_DELETE_NAME, .imm(0), .reg(.local(0)), .imm(b.name(n)))
            }
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            b.emit(.SW_OP_DELETE_ATTR, .reg(o), .imm(b.name(name)))
        case .subscript(let obj, let index, _):
            let o = try expr(obj)
            let i = try expr(index)
            b.emit(.SW_OP_DELITEM, o, i)
        case .tuple(let items, _), .list(let items, _):
            for i in items { try delete(i) }
        default:
            throw error("cannot delete \(describe(target))", target.location)
        }
    }
}
