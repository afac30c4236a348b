// Compiler.swift — AST → register bytecode: the entry points, and the per-code-object
// state (register map, definite-assignment set, block stack) shared by the statement and
// expression generators in the Compiler+*.swift files.
import SwoopSyntax
import SwoopBytecode

public enum CompileMode: Sendable {
    /// A module, a script or `exec`: statements; the code returns None.
    case exec
    /// `eval`: one expression whose value the code returns.
    case eval
    /// The REPL: statements; expression statements print their repr (via sys.displayhook).
    case single
}

public enum Compiler {
    /// Compiles a parsed module into its top-level code object.
    /// With `namespace`, module-level names go through a namespace dict passed in register 0
    /// (exec/eval with a locals mapping) instead of the globals.
    public static func compile(_ module: Module, filename: String, mode: CompileMode = .exec,
                               namespace: Bool = false) throws -> CodeObject {
        var builder = ScopeBuilder(filename: filename)
        let top = try builder.build(module)
        let unit = Unit(scope: top, name: "<module>", qualifiedName: "<module>", filename: filename,
                        firstLine: 1, scopes: builder.ordered, scopeCursor: 1, moduleNamespace: namespace)
        unit.mode = mode
        try unit.compileModuleBody(module.body)
        return try unit.finish(flags: namespace ? [.module, .namespace] : .module)
    }

    /// Compiles an expression for `eval`.
    public static func compile(expression: Expr, filename: String, namespace: Bool = false) throws -> CodeObject {
        try compile(Module(body: [Stmt(.expr(expression), expression.location)]), filename: filename, mode: .eval,
                    namespace: namespace)
    }
}

/// An enclosing construct that `break`, `continue` and `return` must unwind through.
enum Block {
    case loop(continueTo: Label, breakTo: Label)
    /// A try statement with a finally body, whose body runs inline when leaving early.
    case finally(body: [Stmt], range: HandlerRange, scopesStart: Int)
    /// An except (or exceptional finally) body: leaving it restores the handled exception.
    case handler(saved: Reg)
    /// A with statement's body: leaving it early calls __exit__(None, None, None) (the
    /// exit method is in `exit`, `exit`+1 in the CALL_METHOD convention).
    case with(exit: Reg, range: HandlerRange, line: Int32)
}

/// The compiler state for one code object.
final class Unit {
    let scope: Scope
    let name: String
    let qualifiedName: String
    let filename: String
    let firstLine: Int
    let b = CodeBuilder()
    /// Scopes in visiting order (shared by all units of a module) and the next to take.
    var scopes: [Scope]
    var scopeCursor: Int
    var mode: CompileMode = .exec

    /// Register of each local (non-cell and cell) and free variable.
    var registers: [String: Int] = [:]
    var varNames: [String] = []
    var cellRegisters: [Int] = []
    var cellNames: [String] = []
    var freeRegisters: [Int] = []
    var freeNames: [String] = []
    /// Locals known to be bound at the current point (reads need no check).
    var assigned: Set<String> = []
    var blocks: [Block] = []
    var children: [Unit] = []

    /// Module code whose names live in a namespace dict in register 0.
    let moduleNamespace: Bool

    init(scope: Scope, name: String, qualifiedName: String, filename: String, firstLine: Int,
         scopes: [Scope], scopeCursor: Int, moduleNamespace: Bool = false) {
        self.moduleNamespace = moduleNamespace
        self.scope = scope; self.name = name; self.qualifiedName = qualifiedName
        self.filename = filename; self.firstLine = firstLine
        self.scopes = scopes; self.scopeCursor = scopeCursor
        b.currentLine = Int32(firstLine)
        if scope.kind == .function || scope.kind == .comprehension {
            for n in scope.bound where scope.isLocal(n) {
                registers[n] = varNames.count
                varNames.append(n)
                if scope.cells.contains(n) {
                    cellRegisters.append(registers[n]!)
                    cellNames.append(n)
                }
            }
            for n in scope.parameters where !scope.deleted.contains(n) { assigned.insert(n) }
            for n in scope.frees {
                registers[n] = varNames.count + freeNames.count
                freeRegisters.append(registers[n]!)
                freeNames.append(n)
            }
        } else if scope.kind == .module && moduleNamespace || scope.kind == .classBody {
            // A class body (or module code run in a separate namespace) runs as a function of
            // one argument, the namespace dict (register 0); names go through it (LOAD_NAME /
            // STORE_NAME).
            registers[Unit.namespaceName] = 0
            varNames.append(Unit.namespaceName)
            assigned.insert(Unit.namespaceName)
        }
        if scope.kind == .classBody {
            // A class body's only cell is the implicit __class__ its methods read; free
            // variables pass through to them.
            if scope.cells.contains("__class__") {
                registers["__class__"] = varNames.count
                varNames.append("__class__")
                cellRegisters.append(registers["__class__"]!)
                cellNames.append("__class__")
            }
            for n in scope.frees {
                registers[n] = varNames.count + freeNames.count
                freeRegisters.append(registers[n]!)
                freeNames.append(n)
            }
        }
    }

    /// The namespace parameter of a class body or namespace module code (not a Python
    /// identifier, so never a user name).
    static let namespaceName = ".namespace"

    func error(_ message: String, _ loc: SourceLocation) -> CompileError {
        CompileError(message, loc, filename: filename)
    }

    /// Takes the next child scope in visiting order (the scope builder's order).
    func nextScope() -> Scope {
        let s = scopes[scopeCursor]
        scopeCursor += 1
        return s
    }

    func finish(flags: CodeFlags) throws -> CodeObject {
        let localCount = varNames.count + freeNames.count
        let asm: (instructions: [Instruction], lines: [Int32], exceptionTable: [ExceptionTableEntry], constantBase: Int, registerCount: Int)
        do {
            asm = try b.assemble(localCount: localCount)
        } catch let e as CodeBuilder.AssemblyError {
            throw error(e.message, SourceLocation(line: firstLine, column: 0))
        }
        return CodeObject(
            name: name, qualifiedName: qualifiedName, filename: filename, firstLine: firstLine,
            flags: flags, instructions: asm.instructions, lines: asm.lines, constants: b.constants,
            names: b.names, exceptionTable: asm.exceptionTable,
            argCount: 0, posOnlyCount: 0, kwOnlyCount: 0, varNames: varNames,
            cellRegisters: cellRegisters, cellNames: cellNames,
            freeRegisters: freeRegisters, freeNames: freeNames,
            constantBase: asm.constantBase, registerCount: asm.registerCount)
    }

    // MARK: - Name access

    enum NameAccess {
        case fast(Reg)       // a plain local register
        case deref(Reg)      // a cell (captured local or free variable)
        case global
        case name            // the namespace (class body, namespace module code), then globals, then builtins
        case classDeref(Reg) // a class body's read of an enclosing function's variable
    }

    func access(_ n: String) -> NameAccess {
        switch scope.kind {
        case .module:
            if moduleNamespace && !scope.declaredGlobal.contains(n) { return .name }
            return .global
        case .classBody:
            if scope.declaredGlobal.contains(n) { return .global }
            if scope.freeSet.contains(n), let r = registers[n] {
                if scope.declaredNonlocal.contains(n) { return .deref(.local(r)) }
                if !scope.boundSet.contains(n) { return .classDeref(.local(r)) }
            }
            return .name
        case .function, .comprehension:
            if scope.declaredGlobal.contains(n) { return .global }
            if let r = registers[n] {
                if scope.cells.contains(n) || scope.freeSet.contains(n) { return .deref(.local(r)) }
                return .fast(.local(r))
            }
            return .global
        }
    }

    // MARK: - Module body

    func compileModuleBody(_ body: [Stmt]) throws {
        if mode == .eval, body.count == 1, let e = Self.evalExpression(body[0]) {
            b.currentLine = Int32(e.location.line)
            let r = try expr(e)
            b.emit(.SW_OP_RETURN, .reg(r))
            return
        }
        try statements(body)
        b.emit(.SW_OP_RETURN, .reg(b.constant(.none)))
    }

    /// The expression of an eval-mode body (an expression statement).
    static func evalExpression(_ s: Stmt) -> Expr? {
        if case .expr(let e) = s.kind { return e }
        return nil
    }

    /// Compiles a function-like child (def, lambda, comprehension) into a code object.
    func compileFunction(name: String, args: Arguments, body: [Stmt], location: SourceLocation,
                         isLambda: Bool = false) throws -> CodeObject {
        let child = nextScope()
        let qual = qualifiedPrefix + name
        let unit = Unit(scope: child, name: name, qualifiedName: qual, filename: filename,
                        firstLine: location.line, scopes: scopes, scopeCursor: scopeCursor)
        var hasDoc = false
        if isLambda, case .expr(let e)? = body.first?.kind {
            let r = try unit.expr(e)
            unit.b.emit(.SW_OP_RETURN, .reg(r))
        } else {
            if case .expr(let e)? = body.first?.kind, case .constant(.str(let doc)) = e.kind {
                _ = unit.b.constant(.str(doc))      // the docstring is constants[0]
                hasDoc = true
            }
            try unit.statements(body)
            unit.b.emit(.SW_OP_RETURN, .reg(unit.b.constant(.none)))
        }
        scopeCursor = unit.scopeCursor
        var flags: CodeFlags = scope.kind == .module ? [] : [.nested]
        if hasDoc { flags.insert(.hasDocstring) }
        if child.isGenerator { flags.insert(.generator) }
        if args.vararg != nil { flags.insert(.varArgs) }
        if args.kwarg != nil { flags.insert(.varKeywords) }
        let code = try unit.finish(flags: flags)
        code.argCount = args.posOnly.count + args.args.count
        code.posOnlyCount = args.posOnly.count
        code.kwOnlyCount = args.kwOnly.count
        return code
    }

    /// Advances the scope cursor past every scope nested in `s` (used when a body is
    /// not compiled).
    func skipNestedScopes(of s: Scope) {
        func total(_ x: Scope) -> Int { x.children.reduce(0) { $0 + 1 + total($1) } }
        scopeCursor += total(s)
    }

    var qualifiedPrefix: String {
        switch scope.kind {
        case .module: return ""
        case .function, .comprehension: return qualifiedName + ".<locals>."
        case .classBody: return qualifiedName + "."
        }
    }
}

extension CodeBuilder {
    /// The index of a constant in the table (for instructions that take a constant index).
    func constantIndex(of c: CodeConstant) -> Int {
        if case .constant(let k) = constant(c) { return k }
        return 0
    }
}
