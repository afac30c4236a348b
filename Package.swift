// swift-tools-version:6.0
// Swoop: a Python 3 implementation with a tracing JIT. One target per pipeline stage;
// dependencies point one way: Syntax → Bytecode → Compiler → Runtime → Interpreter → CLI
// (Formatting, the number/string repr rules, is a leaf every stage may use).
import PackageDescription

let optimize: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-wmo"], .when(configuration: .release)),
]

let package = Package(
    name: "Swoop",
    products: [
        .executable(name: "swoop", targets: ["swoop"]),
    ],
    targets: [
        // C layouts shared by Swift, the interpreter and (later) generated machine code.
        .target(name: "CSwoopRuntime", path: "Sources/CSwoopRuntime"),
        // GMP, the arbitrary-precision integer library behind Python's int past Int64.
        .systemLibrary(name: "CGMP", path: "Sources/CGMP"),
        // libgccjit, the JIT's code generator (Debian: libgccjit-12-dev), bound lazily with
        // dlopen so that processes that compile nothing never map it.
        .target(name: "CGCCJITLoader", path: "Sources/CGCCJITLoader"),
        // GNU readline, the REPL's line editing and history (Debian: libreadline-dev).
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        // Tokens, lexer, parser, AST, syntax diagnostics.
        .target(name: "SwoopSyntax", dependencies: ["SwoopFormatting"], path: "Sources/SwoopSyntax", swiftSettings: optimize),
        // Number and string formatting: float repr, format-spec mini-language, %-formatting.
        .target(name: "SwoopFormatting", path: "Sources/SwoopFormatting", swiftSettings: optimize),
        // The opcode table, code objects, the disassembler.
        .target(name: "SwoopBytecode", dependencies: ["CSwoopRuntime"], path: "Sources/SwoopBytecode", swiftSettings: optimize),
        // Scopes and AST → register bytecode.
        .target(name: "SwoopCompiler", dependencies: ["SwoopSyntax", "SwoopBytecode"], path: "Sources/SwoopCompiler", swiftSettings: optimize),
        // The trace IR, its printer and parser, the optimizer, and the libgccjit backend.
        .target(name: "SwoopJIT", dependencies: ["CSwoopRuntime", "CGCCJITLoader"], path: "Sources/SwoopJIT", swiftSettings: optimize),
        // Objects, GC, builtins, built-in modules, the interpreter loop, and the JIT's
        // recorder, controller and deoptimizer (Sources/SwoopRuntime/JIT).
        .target(name: "SwoopRuntime",
                dependencies: ["CSwoopRuntime", "CGMP", "SwoopSyntax", "SwoopFormatting", "SwoopBytecode", "SwoopCompiler", "SwoopJIT", "CGCCJITLoader"],
                path: "Sources/SwoopRuntime", swiftSettings: optimize),
        // The command-line driver. Linked with the Swift runtime static: a process starts
        // about 2-3 ms sooner (fewer shared objects to map and relocate), which short
        // scripts and every benchmark run pay.
        .executableTarget(name: "swoop", dependencies: ["SwoopRuntime", "CReadline"], path: "Sources/swoop", swiftSettings: optimize,
                          linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),

        // What several unit-test targets share (a seeded generator for their fuzzers).
        .target(name: "SwoopTestSupport", path: "Tests/SwoopTestSupport"),
        .testTarget(name: "SwoopSyntaxTests", dependencies: ["SwoopSyntax", "SwoopTestSupport"], path: "Tests/SwoopSyntaxTests"),
        .testTarget(name: "SwoopFormattingTests", dependencies: ["SwoopFormatting"], path: "Tests/SwoopFormattingTests", exclude: ["gen_cases.py"]),
        .testTarget(name: "SwoopCompilerTests", dependencies: ["SwoopCompiler", "SwoopBytecode", "SwoopTestSupport"], path: "Tests/SwoopCompilerTests"),
        .testTarget(name: "SwoopJITTests", dependencies: ["SwoopJIT", "CGCCJITLoader", "CSwoopRuntime"], path: "Tests/SwoopJITTests"),
        .testTarget(name: "SwoopRuntimeTests", dependencies: ["SwoopRuntime"], path: "Tests/SwoopRuntimeTests"),
    ],
    // The runtime is single-threaded by design (one interpreter, state in globals); the
    // Swift 5 language mode keeps strict-concurrency checking from flagging that state.
    swiftLanguageModes: [.v5]
)
