// CodeCacheTests.swift — the code cache's files (round trip, damage detected) and the
// pooled lowering it relies on: two traces that differ only in this process's values
// (their ids, an object constant) compile to one object, loaded for each with its own
// pool, and each runs as itself.
import XCTest
import Glibc
import CSwoopRuntime
import CGCCJITLoader
@testable import SwoopJIT

final class CodeCacheTests: XCTestCase {
    var dir = ""

    override func setUp() {
        var template = Array("/tmp/swoop-codecache-test-XXXXXX".utf8CString)
        dir = String(cString: mkdtemp(&template)!)
        CodeCache.root = dir
    }

    override func tearDown() {
        CodeCache.root = nil
        CodeCache.removeTree(dir)
    }

    func testEntriesRoundTripAndDamageIsDetected() throws {
        let key = Array("a key\n".utf8), object = [UInt8](repeating: 0x90, count: 300)
        XCTAssertNil(CodeCache.lookup(key))
        CodeCache.store(key, object)
        XCTAssertEqual(CodeCache.lookup(key), object)
        XCTAssertNil(CodeCache.lookup(Array("another key\n".utf8)))
        let path = CodeCache.path(CodeCache.directory!, key)
        var bytes = try XCTUnwrap(CodeCache.readFile(path))
        bytes[bytes.count - 1] ^= 1                       // one bit of the object
        XCTAssertTrue(CodeCache.writeFile(path, bytes))
        XCTAssertNil(CodeCache.lookup(key))
        XCTAssertTrue(CodeCache.writeFile(path, Array(bytes.prefix(20))))    // cut short
        XCTAssertNil(CodeCache.lookup(key))
    }

    /// A counting loop guarded on an object constant's identity: it counts r0 up to r1 by `step`,
    /// leaving through snapshot 2 at the end (r0 written back), or through snapshot 1 when
    /// r2 is not the constant.
    func countingLoop(id: Int, object: Int, step: Int = 1) throws -> Trace {
        try IRParser.parse("""
        trace \(id) count@0
        %0 = input.I r0
        %1 = input.I r1
        %2 = input.O r2
        %3 = const.O #\(object)
        %4 = const.I #\(step)
        guard_id %2, #\(object) @1
        %6 = ilt.B %0, %1
        guard_true %6 @2
        %8 = iadd_ov.I %0, %4 @2
        loop %0 <- %8, %1 <- %1, %2 <- %2
        snapshot 0: pc 0 base 0 regs 3
        snapshot 1: pc 0 base 0 regs 3 | r0=%0
        snapshot 2: pc 5 base 0 regs 3 | r0=%0

        """)
    }

    func run(_ entry: UnsafeRawPointer, from: Int64, to: Int64, object: Int) -> (Int64, Int64) {
        typealias TraceFunction = @convention(c) (UnsafeMutablePointer<SwValue>) -> Int64
        let regs = UnsafeMutablePointer<SwValue>.allocate(capacity: 3)
        defer { regs.deallocate() }
        regs[0] = SwValue(tag: .SW_TAG_INT, bits: UInt64(bitPattern: from))
        regs[1] = SwValue(tag: .SW_TAG_INT, bits: UInt64(bitPattern: to))
        regs[2] = SwValue(tag: .SW_TAG_OBJ, bits: UInt64(object))
        let code = unsafeBitCast(entry, to: TraceFunction.self)(regs)
        return (code, Int64(bitPattern: regs[0].bits))
    }

    /// A backend configuration for traces that call no helper (skips the test where
    /// libgccjit is missing).
    func objectBackend() throws -> BackendConfig {
        guard swjit_load() == nil else { throw XCTSkip("libgccjit is not installed") }
        let dummy = UnsafeRawPointer(CodeCacheTests.dummyHelper)
        return BackendConfig(listAppend: dummy, newTuple: dummy, newList: dummy, residual: dummy, callTrace: dummy)
    }
    static let dummyHelper = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)

    func testTracesDifferingInProcessValuesShareOneCachedObject() throws {
        #if arch(x86_64)
        let config = try objectBackend()
        let first = try GCCBackend.compile(countingLoop(id: 7, object: 0x1000), config)
        XCTAssertFalse(first.cached)
        let second = try GCCBackend.compile(countingLoop(id: 9, object: 0x2000), config)
        XCTAssertTrue(second.cached)
        XCTAssertNotEqual(first.entry, second.entry)

        // Each runs with its own id and constant.
        XCTAssertTrue(run(first.entry, from: 3, to: 40, object: 0x1000) == (GCCBackend.exitCode(trace: 7, snapshot: 2), 40))
        XCTAssertTrue(run(second.entry, from: 5, to: 50, object: 0x2000) == (GCCBackend.exitCode(trace: 9, snapshot: 2), 50))
        XCTAssertTrue(run(first.entry, from: 3, to: 40, object: 0x2000) == (GCCBackend.exitCode(trace: 7, snapshot: 1), 3))
        XCTAssertTrue(run(second.entry, from: 5, to: 50, object: 0x1000) == (GCCBackend.exitCode(trace: 9, snapshot: 1), 5))

        // A trace with another integer constant is other code: compiled, not loaded.
        let other = try countingLoop(id: 11, object: 0x1000, step: 2)
        XCTAssertFalse(try GCCBackend.compile(other, config).cached)
        #else
        throw XCTSkip("the object loader is x86-64 only")
        #endif
    }

    /// Traces compiled together share one object file, cached under each one's key: each
    /// runs as itself, and each is later found in the cache alone (its function is named
    /// after its key, other functions' pools bound to nothing they use).
    func testABatchCompilesOnceAndIsCachedPerTrace() throws {
        #if arch(x86_64)
        let config = try objectBackend()
        let other = try countingLoop(id: 5, object: 0x3000, step: 2)
        let batch = GCCBackend.compile(batch: [(try countingLoop(id: 4, object: 0x1000), config), (other, config)])
        let counting = try batch[0].get(), byTwos = try batch[1].get()
        XCTAssertFalse(counting.cached || byTwos.cached)
        XCTAssertEqual(counting.batchSize, 2)
        XCTAssertTrue(run(counting.entry, from: 3, to: 40, object: 0x1000) == (GCCBackend.exitCode(trace: 4, snapshot: 2), 40))
        XCTAssertTrue(run(byTwos.entry, from: 4, to: 41, object: 0x3000) == (GCCBackend.exitCode(trace: 5, snapshot: 2), 42))

        // Each alone, as another run would compile it: from the cache, and right.
        let again = try GCCBackend.compile(other, config)
        XCTAssertTrue(again.cached)
        XCTAssertTrue(run(again.entry, from: 4, to: 41, object: 0x3000) == (GCCBackend.exitCode(trace: 5, snapshot: 2), 42))
        let first = try GCCBackend.compile(countingLoop(id: 6, object: 0x2000), config)
        XCTAssertTrue(first.cached)
        XCTAssertTrue(run(first.entry, from: 1, to: 9, object: 0x2000) == (GCCBackend.exitCode(trace: 6, snapshot: 2), 9))

        // Two traces with one key in one batch (the same code, other ids and constants):
        // one function, each loaded with its own pool.
        CodeCache.removeTree(dir)
        let twins = GCCBackend.compile(batch: [(try countingLoop(id: 21, object: 0x5000), config),
                                               (try countingLoop(id: 22, object: 0x6000), config)])
        let a = try twins[0].get(), b = try twins[1].get()
        XCTAssertFalse(a.cached || b.cached)
        XCTAssertTrue(run(a.entry, from: 0, to: 7, object: 0x5000) == (GCCBackend.exitCode(trace: 21, snapshot: 2), 7))
        XCTAssertTrue(run(b.entry, from: 2, to: 5, object: 0x6000) == (GCCBackend.exitCode(trace: 22, snapshot: 2), 5))
        XCTAssertTrue(run(b.entry, from: 2, to: 5, object: 0x5000) == (GCCBackend.exitCode(trace: 22, snapshot: 1), 2))
        #else
        throw XCTSkip("the object loader is x86-64 only")
        #endif
    }
}
