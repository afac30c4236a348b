// RobustnessTests.swift — tests that the front end never crashes: deep nesting, long chains, random input.
import XCTest
@testable import SwoopSyntax
import SwoopTestSupport

final class RobustnessTests: XCTestCase {
    private func outcome(_ source: String) -> String {
        do {
            _ = try parseModule(source: source, filename: "t.py")
            return "ok"
        } catch {
            return "\(error.kind.rawValue): \(error.message)"
        }
    }

    private func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

    func testDeepBrackets() {
        XCTAssertEqual(outcome(repeated("(", 200) + repeated(")", 200) + "\n"), "ok")
        XCTAssertEqual(outcome(repeated("(", 10_000) + repeated(")", 10_000) + "\n"), "SyntaxError: too many nested parentheses")
        XCTAssertEqual(outcome(repeated("-(", 10_000) + "1" + repeated(")", 10_000) + "\n"), "SyntaxError: too many nested parentheses")
        XCTAssertEqual(outcome("x = " + repeated("[", 10_000) + repeated("]", 10_000) + "\n"), "SyntaxError: too many nested parentheses")
        XCTAssertEqual(outcome("x = " + repeated("{", 199) + repeated("}", 199) + "\n"), "ok")
        XCTAssertEqual(outcome("x = " + repeated("f(", 199) + repeated(")", 199) + "\n"), "ok")
        XCTAssertEqual(outcome("x = " + repeated("a[", 199) + "0" + repeated("]", 199) + "\n"), "ok")
        XCTAssertEqual(outcome("x = " + repeated("[a for a in ", 199) + "b" + repeated("]", 199) + "\n"), "ok")
        XCTAssertEqual(outcome("x = " + repeated("{1: ", 199) + "1" + repeated("}", 199) + "\n"), "ok")
        XCTAssertEqual(outcome("x = " + repeated("lambda: (", 199) + "1" + repeated(")", 199) + "\n"), "ok")
    }

    func testLongPrefixChainsMatchCPython() {
        // CPython's parser gives up with MemoryError; its compiler with RecursionError.
        XCTAssertEqual(outcome(repeated("-", 10_000) + "1\n"), "MemoryError: ")
        XCTAssertEqual(outcome(repeated("not ", 10_000) + "1\n"), "MemoryError: ")
        XCTAssertEqual(outcome(repeated("~", 4_000) + "1\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(outcome(repeated("-", 2_000) + "1\n"), "ok")
    }

    func testLongChainsAreBuiltIteratively() {
        XCTAssertEqual(outcome("1" + repeated("+1", 100_000) + "\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(outcome("1" + repeated("+1", 2_000) + "\n"), "ok")
        XCTAssertEqual(outcome("x" + repeated(".y", 100_000) + "\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(outcome("f" + repeated("()", 100_000) + "\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(outcome("2" + repeated("**2", 100_000) + "\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(outcome(repeated("a if b else ", 100_000) + "c\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        XCTAssertEqual(outcome(repeated("lambda: ", 100_000) + "c\n"), "RecursionError: maximum recursion depth exceeded during compilation")
        // Flat structures are not nesting at all.
        XCTAssertEqual(outcome("x = a" + repeated(" or a", 100_000) + "\n"), "ok")
        XCTAssertEqual(outcome("x = a" + repeated(" < a", 100_000) + "\n"), "ok")
        XCTAssertEqual(outcome("x = [" + repeated("1, ", 100_000) + "]\n"), "ok")
        XCTAssertEqual(outcome(repeated("x = 1\n", 100_000)), "ok")
    }

    private final class Box: @unchecked Sendable {
        var value = ""
    }

    func testDeepNestingOnASmallStackFailsCleanly() {
        // The parser's recursion follows bracket nesting; on a thread with a small stack deep
        // nesting must give an error, never a crash. (Trees themselves stay shallow enough here:
        // freeing or walking an AST recursively needs stack in proportion to its depth.)
        let source = "x = " + repeated("[(", 99) + "0" + repeated(")]", 99) + "\n"
        let result = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do throws(SyntaxErrorInfo) {
                _ = try parseModule(source: source, filename: "t.py")
                result.value = "ok"
            } catch {
                result.value = "\(error.kind.rawValue): \(error.message)"
            }
            done.signal()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        done.wait()
        XCTAssertTrue(result.value == "ok" || result.value.hasSuffix("too many nested expressions")
                      || result.value.hasPrefix("RecursionError"), result.value)
    }

    func testRandomBytesNeverCrash() {
        var rng = SplitMix64(seed: 0x5EED)
        let alphabet = Array("()[]{}:;,.=+-*/%@&|^~<>!abcxyz019_ \t\n\\'\"#fbrujJeExXoO".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE2, 0x82, 0xAC]
        for _ in 0..<3_000 {
            let length = Int(rng.next() % 120)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                if rng.next() % 8 == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: rng.next()))
                } else {
                    bytes.append(alphabet[Int(rng.next() % UInt64(alphabet.count))])
                }
            }
            _ = try? parseModule(bytes: bytes, filename: "fuzz.py")
            _ = try? parseExpression(source: String(decoding: bytes, as: UTF8.self), filename: "fuzz")
        }
    }

    func testMutatedProgramsNeverCrash() {
        let seed = """
        @decorator(arg=1)
        async def f(a, /, b: int = 2, *args, c, d=f"{x!r:>{w}}", **kw) -> dict[str, int]:
            global g
            x = [i ** -2 for i in range(10) if i % 2 if (y := i)]
            with open(p) as fh, (a as b):
                async for k, *v in aiter(z): await k
            try:
                del x[1:2, ...], y.z
            except (E, F) as e:
                raise G from e
            else:
                yield from {**m, 'k': lambda q=1: q if q else not q}
            finally:
                return b'\\x00' 'tail' if a < b <= c is not d else {1, *s}
        class C(B, metaclass=M):
            x: int = 0
            def m(self): return self.x @ 2 >> 1
        """
        let bytes = Array(seed.utf8)
        var rng = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            var mutated = bytes
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let i = Int(rng.next() % UInt64(mutated.count))
                switch rng.next() % 3 {
                case 0: mutated.remove(at: i)
                case 1: mutated.insert(bytes[Int(rng.next() % UInt64(bytes.count))], at: i)
                default: mutated[i] = bytes[Int(rng.next() % UInt64(bytes.count))]
                }
            }
            _ = try? parseModule(bytes: mutated, filename: "mutated.py")
        }
    }
}
