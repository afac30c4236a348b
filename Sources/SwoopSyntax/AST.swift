// AST.swift — the abstract syntax tree: the parser's output and the compiler's input.
//
// Modelled on Python's own `ast` module (same node names and fields where practical) so
// that anyone who knows CPython's compiler can read Swoop's. Every node carries the
// position of its first token; statements and expressions carry an end position too,
// which diagnostics use to draw carets.

/// A source position: 1-based line, 0-based column counted in Unicode scalars (what
/// CPython's caret lines count). End positions are exclusive.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }

    public static let unknown = SourceLocation(line: 0, column: 0)
    public var description: String { "\(line):\(column)" }
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", sub = "-", mul = "*", matMul = "@", div = "/", floorDiv = "//", mod = "%"
    case pow = "**", lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&"
}

public enum UnaryOperator: String, Sendable {
    case not = "not", negate = "-", plus = "+", invert = "~"
}

public enum BoolOperator: String, Sendable {
    case and, or
}

public enum CompareOperator: String, Sendable {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

/// Whether a name/attribute/subscript/starred/tuple/list expression is read, assigned or deleted.
public enum ExprContext: Sendable {
    case load, store, del
}

/// A literal constant as written in the source (after escape processing and folding of
/// adjacent string literals).
public enum Constant: Equatable, Sendable {
    case none
    case bool(Bool)
    /// An integer literal that fits in Int64.
    case int(Int64)
    /// An integer literal too large for Int64, as its decimal digits (no sign, no underscores).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `3j` (the imaginary part).
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
    case ellipsis
}

public struct Keyword: Sendable {
    /// nil for `**mapping` in a call.
    public var name: String?
    public var value: Expr
    public var location: SourceLocation
    public init(name: String?, value: Expr, location: SourceLocation) {
        self.name = name; self.value = value; self.location = location
    }
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool = false) {
        self.target = target; self.iter = iter; self.ifs = ifs; self.isAsync = isAsync
    }
}

/// One `{...}` replacement field of an f-string, or a literal piece.
public indirect enum FStringPart: Sendable {
    case literal(String)
    /// `{value!conversion:formatSpec}`; conversion is "s", "r", "a" or nil. The format spec
    /// is itself a list of parts because it may contain nested fields (`{x:{width}}`).
    /// `selfDocumenting` holds the `expr=` text (`f"{x=}"`), which is printed before the value.
    case field(value: Expr, conversion: Character?, formatSpec: [FStringPart]?, selfDocumenting: String?)
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind; self.location = location
    }
}

public indirect enum ExprKind: Sendable {
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case dict(keys: [Expr?], values: [Expr])          // nil key = `**mapping`
    case set([Expr])
    case listComp(element: Expr, generators: [Comprehension])
    case setComp(element: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(element: Expr, generators: [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CompareOperator], [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])   // `*x` args appear as .starred
    case fString([FStringPart])
    case constant(Constant)
    case attribute(Expr, String, ExprContext)
    case `subscript`(Expr, index: Expr, ExprContext)
    case starred(Expr, ExprContext)
    case name(String, ExprContext)
    case list([Expr], ExprContext)
    case tuple([Expr], ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

public struct Arg: Sendable {
    public var name: String
    public var annotation: Expr?
    public var location: SourceLocation
    public init(name: String, annotation: Expr? = nil, location: SourceLocation) {
        self.name = name; self.annotation = annotation; self.location = location
    }
}

/// A function's parameter list, as `ast.arguments`.
public struct Arguments: Sendable {
    public var posOnly: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg? = nil
    public var kwOnly: [Arg] = []
    /// One entry per kwOnly arg; nil where it has no default.
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg? = nil
    /// Defaults for the last `defaults.count` of posOnly + args.
    public var defaults: [Expr] = []
    public init() {}
}

public struct Alias: Sendable {
    public var name: String          // dotted for `import a.b.c`
    public var asName: String?
    public var location: SourceLocation
    public init(name: String, asName: String?, location: SourceLocation) {
        self.name = name; self.asName = asName; self.location = location
    }
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type; self.name = name; self.body = body; self.location = location
    }
}

public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr; self.optionalVars = optionalVars
    }
}

public struct FunctionDef: Sendable {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name; self.args = args; self.body = body
        self.decorators = decorators; self.returns = returns; self.isAsync = isAsync
    }
}

public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name; self.bases = bases; self.keywords = keywords
        self.body = body; self.decorators = decorators
    }
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind; self.location = location
    }
}

public indirect enum StmtKind: Sendable {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    /// `a = b = value`: targets in source order.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: int = 3`; `simple` is true for a bare name target not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finalBody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    /// `from ..module import names`; module nil for `from . import x`; level = number of dots.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
}

/// A parsed module (a file, a `-c` string, or an `exec` string).
public struct Module: Sendable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}
