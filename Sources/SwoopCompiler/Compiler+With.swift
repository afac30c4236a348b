// Compiler+With.swift — code generation for `with` statements. Each item is
//
//     BEFORE_WITH  m, manager        m, m+1 = __exit__ (CALL_METHOD convention); m+2 = __enter__()
//     <store m+2 into the target>    \
//     <body>                          > protected: an exception goes to the handler
//     __exit__(None, None, None)     (also inline before return/break/continue leave the body)
//   handler (exception e):
//     PUSH_EXC e; WITH_EXIT r, m, e; if r: POP_EXC, continue after the statement
//     else: POP_EXC; RERAISE e
//
// and `with a, b:` is `with a:` around `with b:`, as in CPython.
import SwoopSyntax
import SwoopBytecode

extension Unit {
    func withStatement(_ items: [WithItem], _ body: [Stmt], _ loc: SourceLocation) throws {
        try withItem(items, 0, body, line: Int32(loc.line))
    }

    func withItem(_ items: [WithItem], _ i: Int, _ body: [Stmt], line: Int32) throws {
        let mark = b.tempMark
        defer { b.releaseTemps(to: mark) }
        let exit = b.allocTemps(3)
        let manager = try expr(items[i].contextExpr)
        b.currentLine = line
        b.emit(.SW_OP_BEFORE_WITH, exit, manager)
        let exc = b.allocTemp(), savedExc = b.allocTemp(), cleanupExc = b.allocTemp()
        let handlerLabel = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel(), suppress = b.newLabel()
        let range = HandlerRange(handler: handlerLabel, register: exc)
        let before = assigned
        b.openRange(range)
        if let target = items[i].optionalVars { try store(target, from: exit.offset(2)) }
        blocks.append(.with(exit: exit, range: range, line: line))
        if i + 1 < items.count {
            try withItem(items, i + 1, body, line: line)
        } else {
            try statements(body)
        }
        blocks.removeLast()
        b.closeRange(range)
        b.currentLine = line
        callExitWithoutException(exit)
        b.jump(.SW_OP_JUMP, end)

        // The body raised: __exit__(type, value, traceback) decides whether it propagates.
        b.place(handlerLabel)
        assigned = before
        b.emit(.SW_OP_PUSH_EXC, exc, savedExc)
        let cleanupRange = HandlerRange(handler: cleanup, register: cleanupExc)
        b.openRange(cleanupRange)
        let suppressed = b.allocTemp()
        b.emit(.SW_OP_WITH_EXIT, suppressed, exit, exc)
        b.jump(.SW_OP_JUMP_IF_TRUE, if: suppressed, suppress)
        reraiseRestoring(savedExc, exc, cleanupRange)
        b.place(suppress)
        b.emit(.SW_OP_POP_EXC, .reg(savedExc))
        b.place(end)
        assigned = before
    }

    /// __exit__(None, None, None), the result discarded.
    func callExitWithoutException(_ exit: Reg) {
        let mark = b.tempMark
        let call = b.allocTemps(5)
        b.move(call, exit)
        b.move(call.offset(1), exit.offset(1))
        let none = b.constant(.none)
        for k in 2..<5 { b.move(call.offset(k), none) }
        b.emit(.SW_OP_CALL_METHOD, .reg(call), .imm(3))
        b.releaseTemps(to: mark)
    }
}
