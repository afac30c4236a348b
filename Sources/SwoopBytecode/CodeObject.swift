// CodeObject.swift — a compiled function, module body or comprehension: register
// bytecode plus the tables the interpreter needs to run it and report errors.

/// A compile-time constant. The runtime turns these into values when it first loads a
/// code object; nested functions' code objects are constants too.
public enum CodeConstant: Equatable, Sendable {
    case none
    case bool(Bool)
    case int(Int64)
    case bigInt(String)          // decimal digits, optional leading '-'
    case float(Double)
    case str(String)
    case bytes([UInt8])
    case ellipsis
    case tuple([CodeConstant])
    case code(CodeObject)

    public static func == (l: CodeConstant, r: CodeConstant) -> Bool {
        switch (l, r) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.bigInt(a), .bigInt(b)): return a == b
        // Constants are deduplicated by identity of bits: 0.0 and -0.0 must stay distinct.
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.str(a), .str(b)): return a == b
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.tuple(a), .tuple(b)): return a == b
        case let (.code(a), .code(b)): return a === b
        default: return false
        }
    }
}

/// A handler range: an exception raised by an instruction in `start..<end` jumps to
/// `handler` with the exception stored in register `register`. Entries are ordered
/// innermost first, so the first match wins.
public struct ExceptionTableEntry: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var handler: Int
    public var register: Int
    public init(start: Int, end: Int, handler: Int, register: Int) {
        self.start = start; self.end = end; self.handler = handler; self.register = register
    }
}

public struct CodeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let varArgs = CodeFlags(rawValue: 1 << 0)
    public static let varKeywords = CodeFlags(rawValue: 1 << 1)
    public static let generator = CodeFlags(rawValue: 1 << 2)
    public static let module = CodeFlags(rawValue: 1 << 3)
    public static let nested = CodeFlags(rawValue: 1 << 4)
    public static let classBody = CodeFlags(rawValue: 1 << 5)
    /// The function's docstring is constants[0].
    public static let hasDocstring = CodeFlags(rawValue: 1 << 6)
    /// Module-level names live in the namespace dict in register 0 (LOAD_NAME/STORE_NAME),
    /// as code compiled for exec/eval/compile() with a locals mapping of its own.
    public static let namespace = CodeFlags(rawValue: 1 << 7)
}

/// Register layout of a frame (registers are numbered from 0):
///
/// | registers                          | holds                                        |
/// |------------------------------------|----------------------------------------------|
/// | 0 ..< argCount+kwOnlyCount(+*,**)  | parameters, in signature order               |
/// | ..< localCount                     | other local variables (`varNames`)           |
/// | freeRegisters                      | cells copied from the function's closure     |
/// | constantBase ..< +constants.count  | constants, copied in on frame entry          |
/// | the rest up to registerCount       | temporaries                                  |
///
/// A local that some nested function captures lives in a cell stored in its register
/// (`cellRegisters`); reads and writes go through LOAD_DEREF / STORE_DEREF.
public final class CodeObject: @unchecked Sendable {
    public var name: String
    public var qualifiedName: String
    public var filename: String
    public var firstLine: Int
    public var flags: CodeFlags

    public var instructions: [Instruction]
    /// The source line of each instruction (same length as `instructions`).
    public var lines: [Int32]
    public var constants: [CodeConstant]
    public var names: [String]
    public var exceptionTable: [ExceptionTableEntry]

    public var argCount: Int            // positional parameters, positional-only included
    public var posOnlyCount: Int
    public var kwOnlyCount: Int
    /// Names of registers 0 ..< localCount (parameters first).
    public var varNames: [String]
    public var localCount: Int { varNames.count }
    /// Registers of locals captured by nested functions, and their names.
    public var cellRegisters: [Int]
    public var cellNames: [String]
    /// Registers that receive the closure's cells on entry (in closure order), and names.
    public var freeRegisters: [Int]
    public var freeNames: [String]
    public var constantBase: Int
    public var registerCount: Int

    /// Runtime-owned data (the materialized code heap object); opaque to this layer.
    public var runtimeHandle: UnsafeMutableRawPointer? = nil

    public init(name: String, qualifiedName: String, filename: String, firstLine: Int,
                flags: CodeFlags, instructions: [Instruction], lines: [Int32],
                constants: [CodeConstant], names: [String], exceptionTable: [ExceptionTableEntry],
                argCount: Int, posOnlyCount: Int, kwOnlyCount: Int, varNames: [String],
                cellRegisters: [Int], cellNames: [String], freeRegisters: [Int], freeNames: [String],
                constantBase: Int, registerCount: Int) {
        self.name = name; self.qualifiedName = qualifiedName; self.filename = filename
        self.firstLine = firstLine; self.flags = flags; self.instructions = instructions
        self.lines = lines; self.constants = constants; self.names = names
        self.exceptionTable = exceptionTable; self.argCount = argCount
        self.posOnlyCount = posOnlyCount; self.kwOnlyCount = kwOnlyCount
        self.varNames = varNames; self.cellRegisters = cellRegisters; self.cellNames = cellNames
        self.freeRegisters = freeRegisters; self.freeNames = freeNames
        self.constantBase = constantBase; self.registerCount = registerCount
    }

    /// The line of the instruction at `pc`, or the first line if out of range.
    public func line(at pc: Int) -> Int {
        pc >= 0 && pc < lines.count ? Int(lines[pc]) : firstLine
    }

    /// The innermost handler covering `pc`.
    public func handler(for pc: Int) -> ExceptionTableEntry? {
        exceptionTable.first { pc >= $0.start && pc < $0.end }
    }

    /// Total parameter registers, counting `*args` and `**kwargs`.
    public var parameterCount: Int {
        argCount + kwOnlyCount + (flags.contains(.varArgs) ? 1 : 0) + (flags.contains(.varKeywords) ? 1 : 0)
    }
}
