// REPL.swift — the interactive prompt: `swoop` on a terminal, or `swoop -i FILE` after the
// file. Lines come from GNU readline (editing, history) on a terminal, or plainly from
// stdin otherwise; `>>> ` starts a statement and `... ` continues a block, an open bracket
// or a backslash line. Expression statements print their repr (compile mode "single"),
// exceptions print their traceback and the prompt returns; Ctrl-D or exit() leaves. Input
// typed here is compiled in memory only: the REPL writes no bytecode file for it.
import SwoopRuntime
import SwoopSyntax
import SwoopBytecode
import CReadline
import Glibc

enum REPL {
    static let banner = "\(version)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"

    /// One line, without its newline; nil at end of input.
    static func readLine(_ prompt: String) -> String? {
        Output.flush()
        if isatty(0) != 0 {
            guard let p = readline(prompt) else { return nil }
            defer { free(p) }
            let s = String(cString: p)
            if !s.trimmingCharacters(in: " \t").isEmpty { add_history(p) }
            return s
        }
        Runner.writeStderr(prompt)
        return Swift.readLine(strippingNewline: true)
    }

    /// Whether `text` is an unfinished statement that more lines may complete.
    static func isIncomplete(_ text: String, _ error: SyntaxErrorInfo) -> Bool {
        let m = error.message
        if m.contains("was never closed") || m.contains("unexpected EOF") || m.contains("unterminated triple-quoted")
            || m.hasPrefix("expected an indented block") { return true }
        return text.hasSuffix("\\")
    }

    /// Runs the prompt loop; returns the exit status.
    static func run(showBanner: Bool) -> Int32 {
        if showBanner { Runner.writeStderr(banner) }
        _ = Runner.mainGlobals(filename: nil)
        while true {
            guard let first = readLine(">>> ") else {
                if isatty(0) != 0 { Runner.writeStderr("\n") }
                return 0
            }
            if first.trimmingCharacters(in: " \t").isEmpty { continue }
            var lines = [first]
            // A compound statement (`if x:`, `def f():`, decorators) reads until a blank line.
            let stripped = String(first.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                .trimmingCharacters(in: " \t")
            var block = stripped.hasSuffix(":") || stripped.hasPrefix("@")
            var code: CodeObject? = nil
            while true {
                let text = lines.joined(separator: "\n") + "\n"
                do {
                    let c = try Runner.compile(bytes: Array(text.utf8), filename: "<stdin>", mode: .single)
                    if !block { code = c; break }
                } catch let e as SyntaxErrorInfo {
                    if !isIncomplete(lines.joined(separator: "\n"), e) {
                        Output.flush()
                        Runner.writeStderr(e.rendered())
                        break
                    }
                    if e.message.hasPrefix("expected an indented block") { block = true }
                } catch {
                    Runner.writeStderr("\(error)\n")
                    break
                }
                guard let more = readLine("... ") else {
                    if block { block = false; continue }
                    if isatty(0) != 0 { Runner.writeStderr("\n") }
                    return 0
                }
                if block && more.trimmingCharacters(in: " \t").isEmpty {
                    block = false
                    continue
                }
                lines.append(more)
            }
            guard let code else { continue }
            if let status = Runner.runInteractive(code) { return status }
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
