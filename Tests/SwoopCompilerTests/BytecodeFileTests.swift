// BytecodeFileTests.swift — the bytecode cache format (SwoopBytecode's PycFile, code
// serializer, deserializer and verifier): round trips of every conformance program,
// header checks, and a fuzz of mutated files that must be rejected, never crash.
import XCTest
import SwoopSyntax
import SwoopCompiler
import SwoopBytecode
import SwoopTestSupport

final class BytecodeFileTests: XCTestCase {
    static let programs: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Programs")

    func compile(_ src: String, _ filename: String = "t.py") throws -> CodeObject {
        try Compiler.compile(try parseModule(source: src, filename: filename), filename: filename)
    }

    func sample() throws -> CodeObject {
        try compile("""
        import math
        X = (1, 2.5, -0.0, 'text', None, True, ..., 123456789012345678901234567890)
        def f(a, b=2, *args, k, **kw):
            def g():
                nonlocal a
                a += 1
                return a
            try:
                return [g() for _ in range(b)]
            except (KeyError, ValueError) as e:
                raise RuntimeError('x') from e
            finally:
                pass
        print(f(1, k=3))
        """)
    }

    func testRoundTripPreservesEverything() throws {
        let code = try sample()
        let back = try CodeObject.deserialize(code.serialized())
        XCTAssertEqual(back.disassembly(), code.disassembly())
        XCTAssertEqual(back.serialized(), code.serialized())
    }

    func testRoundTripOfEveryConformanceProgram() throws {
        let files = FileManager.default.enumerator(at: Self.programs, includingPropertiesForKeys: nil)!
        var count = 0
        for case let url as URL in files where url.pathExtension == "py" {
            guard let data = try? Data(contentsOf: url),
                  let code = try? Compiler.compile(try parseModule(bytes: Array(data), filename: url.path), filename: url.path)
            else { continue }
            let file = PycFile.encode(code, header: .timestamp(mtimeNanoseconds: 1, size: 2))
            let back = try PycFile.code(file)
            XCTAssertEqual(back.disassembly(), code.disassembly(), url.path)
            count += 1
        }
        XCTAssertGreaterThan(count, 100)
    }

    func testHeaderFields() throws {
        let code = try sample()
        let ts = PycFile.encode(code, header: .timestamp(mtimeNanoseconds: 1_700_000_000_123, size: 99))
        XCTAssertEqual(Array(ts[0..<4]), Array("SWPC".utf8))
        XCTAssertEqual(try PycFile.header(ts), PycHeader(flags: 0, stamp: 1_700_000_000_123, size: 99))
        let src = Array("x = 1\n".utf8)
        let hashed = PycFile.encode(code, header: .hash(of: src, checked: true))
        let h = try PycFile.header(hashed)
        XCTAssertTrue(h.isHashBased && h.checksSource)
        XCTAssertEqual(h.stamp, PycFile.fnv1a(src))
        XCTAssertNotEqual(PycFile.fnv1a(src), PycFile.fnv1a(Array("x = 2\n".utf8)))
        XCTAssertEqual(PycFile.cacheTag, "swoop-01")
    }

    func testDamagedFilesAreRejected() throws {
        let good = PycFile.encode(try sample(), header: .timestamp(mtimeNanoseconds: 5, size: 6))
        let cases: [String: [UInt8]] = [
            "empty": [],
            "short header": Array(good[0..<47]),
            "truncated payload": Array(good.dropLast(5)),
            "extra byte": good + [0],
            "bad magic": [0x58] + Array(good.dropFirst()),
            "other version": Array(good[0..<4]) + [9, 0, 0, 0] + Array(good[8...]),
            "flipped payload bit": Array(good[0..<100]) + [good[100] ^ 4] + Array(good[101...]),
        ]
        for (name, data) in cases {
            XCTAssertThrowsError(try PycFile.code(data), name)
        }
    }

    /// Random mutations (with the checksum fixed up, so the decoder and verifier see them):
    /// each must decode to a verified code object or throw.
    func testFuzzedPayloadsNeverCrash() throws {
        let code = try sample()
        let payload = code.serialized()
        var rng = SplitMix64(seed: 20261122)     // seeded: a failure can be replayed
        var rejected = 0
        for i in 0..<3000 {
            var p = payload
            switch i % 3 {
            case 0:
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    p[Int.random(in: 0..<p.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                }
            case 1:
                p = Array(p.prefix(Int.random(in: 0..<p.count, using: &rng)))
            default:
                let at = Int.random(in: 0..<p.count, using: &rng)
                p.insert(contentsOf: (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)
            }
            do {
                let back = try CodeObject.deserialize(p)
                try back.verify()
            } catch {
                rejected += 1
            }
        }
        XCTAssertGreaterThan(rejected, 1000)
    }
}
