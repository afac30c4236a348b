// Token.swift — the lexer's output vocabulary: token kinds and positioned tokens fed to the parser.

/// Every kind of token the lexer produces. Operators and keywords each get their own case so
/// the parser can switch on them directly instead of comparing strings.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    // Structural tokens.
    case endMarker, newline, indent, dedent
    // Atoms. `string` covers every prefix (b, r, f, u and combinations); the parser decodes it.
    case name, number, string
    /// A character the tokenizer passes through but no grammar rule accepts (`$`, `?`, `` ` ``,
    /// a lone `!`). CPython tokenizes these as generic operators, so they produce
    /// "invalid syntax" from the parser rather than a tokenizer error.
    case unknown
    /// Stands where tokenization failed; no rule accepts it, so the parser stops there and the
    /// tokenizer's error is reported.
    case errorToken

    // Brackets.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    // Punctuation.
    case colon, comma, semi, dot, ellipsis, arrow, at, colonEqual, equal
    // Arithmetic and bitwise operators.
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    // Comparisons.
    case less, greater, eqEqual, notEqual, lessEqual, greaterEqual
    // Augmented assignment.
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case atEqual, amperEqual, vbarEqual, circumflexEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual

    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    /// The source spelling for fixed tokens; a descriptive name for the others.
    public var description: String {
        switch self {
        case .endMarker: return "ENDMARKER"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .name: return "NAME"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .unknown: return "OP"
        case .errorToken: return "ERRORTOKEN"
        default: return TokenKind.spellings[self] ?? "?"
        }
    }

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// Augmented-assignment tokens map to their binary operator.
    public var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .atEqual: return .matMul
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        default: return nil
        }
    }

    static let spellings: [TokenKind: String] = [
        .lpar: "(", .rpar: ")", .lsqb: "[", .rsqb: "]", .lbrace: "{", .rbrace: "}",
        .colon: ":", .comma: ",", .semi: ";", .dot: ".", .ellipsis: "...", .arrow: "->",
        .at: "@", .colonEqual: ":=", .equal: "=",
        .plus: "+", .minus: "-", .star: "*", .slash: "/", .doubleSlash: "//", .percent: "%",
        .doubleStar: "**", .vbar: "|", .amper: "&", .circumflex: "^", .tilde: "~",
        .leftShift: "<<", .rightShift: ">>",
        .less: "<", .greater: ">", .eqEqual: "==", .notEqual: "!=", .lessEqual: "<=", .greaterEqual: ">=",
        .plusEqual: "+=", .minusEqual: "-=", .starEqual: "*=", .slashEqual: "/=", .doubleSlashEqual: "//=",
        .percentEqual: "%=", .atEqual: "@=", .amperEqual: "&=", .vbarEqual: "|=", .circumflexEqual: "^=",
        .leftShiftEqual: "<<=", .rightShiftEqual: ">>=", .doubleStarEqual: "**=",
        .kwFalse: "False", .kwNone: "None", .kwTrue: "True", .kwAnd: "and", .kwAs: "as",
        .kwAssert: "assert", .kwAsync: "async", .kwAwait: "await", .kwBreak: "break", .kwClass: "class",
        .kwContinue: "continue", .kwDef: "def", .kwDel: "del", .kwElif: "elif", .kwElse: "else",
        .kwExcept: "except", .kwFinally: "finally", .kwFor: "for", .kwFrom: "from", .kwGlobal: "global",
        .kwIf: "if", .kwImport: "import", .kwIn: "in", .kwIs: "is", .kwLambda: "lambda",
        .kwNonlocal: "nonlocal", .kwNot: "not", .kwOr: "or", .kwPass: "pass", .kwRaise: "raise",
        .kwReturn: "return", .kwTry: "try", .kwWhile: "while", .kwWith: "with", .kwYield: "yield",
    ]

    /// Keyword lookup for identifiers. Soft keywords (`match`, `case`, `_`) are not here: they
    /// stay names and the parser recognises them by context.
    static let keywords: [String: TokenKind] = {
        var table: [String: TokenKind] = [:]
        for kind in TokenKind.allCases where kind.isKeyword {
            table[kind.description] = kind
        }
        return table
    }()
}

/// A token with its extent. Positions are in Unicode scalars: `start`/`end` index the lexer's
/// scalar buffer, lines are 1-based and columns 0-based, matching `SourceLocation`. Stored as
/// 32-bit values because tokens are copied all over the parser's (deep) recursion.
public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    private var storage: (Int32, Int32, Int32, Int32, Int32, Int32)

    public init(kind: TokenKind, start: Int, end: Int, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind
        storage = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end), Int32(truncatingIfNeeded: line),
                   Int32(truncatingIfNeeded: column), Int32(truncatingIfNeeded: endLine), Int32(truncatingIfNeeded: endColumn))
    }

    public var start: Int { Int(storage.0) }
    public var end: Int { Int(storage.1) }
    public var line: Int { Int(storage.2) }
    public var column: Int { Int(storage.3) }
    public var endLine: Int { Int(storage.4) }
    public var endColumn: Int { Int(storage.5) }

    public var location: SourceLocation {
        SourceLocation(line: line, column: column, endLine: endLine, endColumn: endColumn)
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.storage == b.storage
    }
}
