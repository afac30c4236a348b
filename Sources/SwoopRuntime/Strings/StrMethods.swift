// StrMethods.swift — the methods of str (split, join, strip, find, case mapping, predicates, padding, ...) with CPython's semantics and error messages.
import Glibc

/// Registers str's methods in its type dict. Call once at startup, after the types exist.
public func installStrMethods() {
    let t = T.str!
    func m(_ name: String, _ fn: @escaping NativeFn) { Native.method(t, name, fn) }

    m("split") { a in try StrMethods.split(a, "split", fromRight: false) }
    m("rsplit") { a in try StrMethods.split(a, "rsplit", fromRight: true) }
    m("splitlines") { a in try StrMethods.splitlines(a) }
    m("join") { a in try StrMethods.join(a) }
    m("strip") { a in try StrMethods.strip(a, "strip", left: true, right: true) }
    m("lstrip") { a in try StrMethods.strip(a, "lstrip", left: true, right: false) }
    m("rstrip") { a in try StrMethods.strip(a, "rstrip", left: false, right: true) }
    m("replace") { a in try StrMethods.replace(a) }
    m("find") { a in try StrMethods.find(a, "find", fromRight: false, raise: false) }
    m("rfind") { a in try StrMethods.find(a, "rfind", fromRight: true, raise: false) }
    m("index") { a in try StrMethods.find(a, "index", fromRight: false, raise: true) }
    m("rindex") { a in try StrMethods.find(a, "rindex", fromRight: true, raise: true) }
    m("count") { a in try StrMethods.count(a) }
    m("startswith") { a in try StrMethods.affix(a, "startswith", atEnd: false) }
    m("endswith") { a in try StrMethods.affix(a, "endswith", atEnd: true) }
    m("partition") { a in try StrMethods.partition(a, "partition", fromRight: false) }
    m("rpartition") { a in try StrMethods.partition(a, "rpartition", fromRight: true) }
    m("removeprefix") { a in try StrMethods.removeAffix(a, "removeprefix", suffix: false) }
    m("removesuffix") { a in try StrMethods.removeAffix(a, "removesuffix", suffix: true) }

    m("upper") { a in StrMethods.upper(try StrKit.noArgs(a, "upper")) }
    m("lower") { a in StrMethods.lower(try StrKit.noArgs(a, "lower")) }
    m("casefold") { a in StrMethods.casefold(try StrKit.noArgs(a, "casefold")) }
    m("swapcase") { a in StrMethods.swapcase(try StrKit.noArgs(a, "swapcase")) }
    m("title") { a in StrMethods.title(try StrKit.noArgs(a, "title")) }
    m("capitalize") { a in StrMethods.capitalize(try StrKit.noArgs(a, "capitalize")) }

    func predicate(_ name: String, _ test: @escaping (Chars) -> Bool) {
        m(name) { a in Value(bool: test(Chars(try StrKit.noArgs(a, name)))) }
    }
    predicate("isdigit") { c in StrMethods.all(c, UChar.isDigit) }
    predicate("isdecimal") { c in StrMethods.all(c, UChar.isDecimal) }
    predicate("isnumeric") { c in StrMethods.all(c, UChar.isNumeric) }
    predicate("isalpha") { c in StrMethods.all(c, UChar.isAlpha) }
    predicate("isalnum") { c in StrMethods.all(c, UChar.isAlnum) }
    predicate("isspace") { c in StrMethods.all(c, UChar.isSpace) }
    predicate("isupper") { c in StrMethods.isUpper(c) }
    predicate("islower") { c in StrMethods.isLower(c) }
    predicate("istitle") { c in StrMethods.isTitle(c) }
    predicate("isidentifier") { c in StrMethods.isIdentifier(c) }
    predicate("isprintable") { c in c.count == 0 || StrMethods.all(c, UChar.isPrintable) }
    predicate("isascii") { c in c.ascii }

    m("center") { a in try StrMethods.justify(a, "center") }
    m("ljust") { a in try StrMethods.justify(a, "ljust") }
    m("rjust") { a in try StrMethods.justify(a, "rjust") }
    m("zfill") { a in try StrMethods.zfill(a) }
    m("expandtabs") { a in try StrMethods.expandtabs(a) }

    m("format") { a in
        let s = try StrKit.selfStr(a, "format")
        var rest = Args(Array(a.positional.dropFirst()), keywords: a.keywords)
        return try strFormatMethod(s, &rest)
    }
    m("format_map") { a in
        let (s, mapping) = try StrKit.oneArg(a, "format_map")
        return try strFormatMap(s, mapping)
    }
    m("__format__") { a in
        let (s, spec) = try StrKit.oneArg(a, "__format__")
        guard StrKit.isStr(spec) else {
            throw typeError("__format__() argument must be str, not \(Ops.typeName(spec))")
        }
        return try formatValue(s, spec: Str.swift(spec))
    }
    m("encode") { a in try StrMethods.encode(a) }
    m("translate") { a in try StrMethods.translate(a) }
    // A static method: called as str.maketrans(...), so there is no self.
    m("maketrans") { a in try StrMethods.maketrans(a) }
}

/// The implementations behind installStrMethods.
enum StrMethods {
    static func typeName(_ v: Value) -> String { Ops.typeName(v) }

    // MARK: - split / rsplit / splitlines / join

    static func split(_ a: Args, _ name: String, fromRight: Bool) throws -> Value {
        let (s, p) = try StrKit.keywordArgs(a, name, ["sep", "maxsplit"])
        var sep: Value? = nil
        if let x = p[0], !x.isNone {
            guard StrKit.isStr(x) else { throw typeError("must be str or None, not \(typeName(x))") }
            sep = x
        }
        var maxsplit = -1
        if let x = p[1] { maxsplit = try StrKit.ssize(x) }
        if maxsplit < 0 { maxsplit = Int.max }
        if let sep {
            if Str.buffer(sep).count == 0 { throw valueError("empty separator") }
            return fromRight ? rsplitSep(s, sep, maxsplit) : splitSep(s, sep, maxsplit)
        }
        return fromRight ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit)
    }

    static func splitSep(_ s: Value, _ sep: Value, _ maxsplit: Int) -> Value {
        let h = Str.buffer(s), n = Str.buffer(sep)
        let list = List.make()
        var i = 0, count = 0
        while count < maxsplit {
            let j = StrKit.find(h, i, h.count, n)
            if j < 0 { break }
            List.append(list, StrKit.slice(s, i, j))
            i = j + n.count
            count += 1
        }
        List.append(list, StrKit.slice(s, i, h.count))
        return list
    }

    static func rsplitSep(_ s: Value, _ sep: Value, _ maxsplit: Int) -> Value {
        let h = Str.buffer(s), n = Str.buffer(sep)
        var parts: [Value] = []
        var j = h.count, count = 0
        while count < maxsplit {
            let i = StrKit.rfind(h, 0, j, n)
            if i < 0 { break }
            parts.append(StrKit.slice(s, i + n.count, j))
            j = i
            count += 1
        }
        parts.append(StrKit.slice(s, 0, j))
        return List.make(parts.reversed())
    }

    static func splitWhitespace(_ s: Value, _ maxsplit: Int) -> Value {
        let c = Chars(s)
        let n = c.count
        let list = List.make()
        var i = 0, count = 0
        while count < maxsplit {
            while i < n && UChar.isSpace(c[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !UChar.isSpace(c[i]) { i += 1 }
            List.append(list, StrKit.slice(s, c.byte(j), c.byte(i)))
            count += 1
        }
        if i < n {
            while i < n && UChar.isSpace(c[i]) { i += 1 }
            if i != n { List.append(list, StrKit.slice(s, c.byte(i), c.byte(n))) }
        }
        return list
    }

    static func rsplitWhitespace(_ s: Value, _ maxsplit: Int) -> Value {
        let c = Chars(s)
        var parts: [Value] = []
        var i = c.count - 1, count = 0
        while count < maxsplit {
            while i >= 0 && UChar.isSpace(c[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !UChar.isSpace(c[i]) { i -= 1 }
            parts.append(StrKit.slice(s, c.byte(i + 1), c.byte(j + 1)))
            count += 1
        }
        if i >= 0 {
            while i >= 0 && UChar.isSpace(c[i]) { i -= 1 }
            if i >= 0 { parts.append(StrKit.slice(s, 0, c.byte(i + 1))) }
        }
        return List.make(parts.reversed())
    }

    static func splitlines(_ a: Args) throws -> Value {
        let (s, p) = try StrKit.keywordArgs(a, "splitlines", ["keepends"])
        var keepends = false
        if let x = p[0] { keepends = try StrKit.cInt(x) != 0 }
        let c = Chars(s)
        let n = c.count
        let list = List.make()
        var i = 0
        while i < n {
            let j = i
            while i < n && !UChar.isLineBreak(c[i]) { i += 1 }
            var eol = i
            if i < n {
                if c[i] == 13 && i + 1 < n && c[i + 1] == 10 { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            List.append(list, StrKit.slice(s, c.byte(j), c.byte(eol)))
        }
        return list
    }

    static func join(_ a: Args) throws -> Value {
        let (sep, iterable) = try StrKit.oneArg(a, "join")
        var items: [Value]
        if iterable.tag == .SW_TAG_OBJ && iterable.obj.pointee.type == T.list {
            items = List.array(iterable)
        } else if iterable.tag == .SW_TAG_OBJ && iterable.obj.pointee.type == T.tuple {
            items = Tuple.array(iterable)
        } else {
            let it: Value
            do {
                it = try Ops.iter(iterable)
            } catch let e as PyError where Exceptions.type(e.exception) == Exc.typeError {
                throw typeError("can only join an iterable")
            }
            items = try Ops.iterate(it)
        }
        for (i, x) in items.enumerated() where !StrKit.isStr(x) {
            throw typeError("sequence item \(i): expected str instance, \(typeName(x)) found")
        }
        if items.isEmpty { return StrKit.empty }
        if items.count == 1 && StrKit.isExactStr(items[0]) { return items[0] }
        if Str.buffer(sep).count == 0 { return Str.join(items) }
        var parts: [Value] = []
        parts.reserveCapacity(items.count * 2 - 1)
        for (i, x) in items.enumerated() {
            if i > 0 { parts.append(sep) }
            parts.append(x)
        }
        return Str.join(parts)
    }

    // MARK: - strip / replace

    static func strip(_ a: Args, _ name: String, left: Bool, right: Bool) throws -> Value {
        let s = try StrKit.positional(a, name, 0, 1)
        let c = Chars(s)
        var i = 0, j = c.count
        if a.count < 2 || a[1].isNone {
            if left { while i < j && UChar.isSpace(c[i]) { i += 1 } }
            if right { while j > i && UChar.isSpace(c[j - 1]) { j -= 1 } }
        } else {
            guard StrKit.isStr(a[1]) else { throw typeError("\(name) arg must be None or str") }
            let set = CharSet(a[1])
            if left { while i < j && set.contains(c[i]) { i += 1 } }
            if right { while j > i && set.contains(c[j - 1]) { j -= 1 } }
        }
        return StrKit.slice(s, c.byte(i), c.byte(j))
    }

    static func replace(_ a: Args) throws -> Value {
        let s = try StrKit.positional(a, "replace", 2, 3)
        let old = a[1], new = a[2]
        guard StrKit.isStr(old) else { throw typeError("replace() argument 1 must be str, not \(typeName(old))") }
        guard StrKit.isStr(new) else { throw typeError("replace() argument 2 must be str, not \(typeName(new))") }
        var count = -1
        if a.count > 3 { count = try StrKit.ssize(a[3]) }
        return replace(s, old, new, count: count)
    }

    static func replace(_ s: Value, _ old: Value, _ new: Value, count: Int) -> Value {
        let maxcount = count < 0 ? Int.max : count
        if maxcount == 0 { return s }
        let h = Str.buffer(s), o = Str.buffer(old), nw = Str.buffer(new)
        if o.count == 0 {
            // Insert `new` before every character and at the end, up to maxcount times.
            if nw.count == 0 { return s }
            let c = Chars(s)
            var b = StrBuilder(capacity: h.count + nw.count * min(c.count + 1, maxcount))
            var inserted = 0
            for i in 0..<c.count {
                if inserted < maxcount { b.append(str: new); inserted += 1 }
                b.append(c, bytesFrom: c.byte(i), to: c.byte(i + 1), chars: 1)
            }
            if inserted < maxcount { b.append(str: new) }
            return b.finish()
        }
        var out: [UInt8] = []
        var i = 0, n = 0
        while n < maxcount {
            let j = StrKit.find(h, i, h.count, o)
            if j < 0 { break }
            if n == 0 { out.reserveCapacity(h.count + max(0, nw.count - o.count) * 4) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: h[i..<j]))
            out.append(contentsOf: nw)
            i = j + o.count
            n += 1
        }
        if n == 0 { return s }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: h[i..<h.count]))
        return StrKit.make(out, length: Str.length(s) + n * (Str.length(new) - Str.length(old)))
    }

    // MARK: - find / index / count / startswith / endswith

    /// The str, the (unchecked) sub argument, and the adjusted start/end in code points.
    static func findArgs(_ a: Args, _ name: String) throws -> (Value, Value, Int, Int) {
        let s = try StrKit.varargs(a, name, 1, 3)
        var start = 0, end = Int.max
        if a.count > 2, let v = try StrKit.sliceIndex(a[2]) { start = v }
        if a.count > 3, let v = try StrKit.sliceIndex(a[3]) { end = v }
        let (st, en) = StrKit.adjust(start, end, Str.length(s))
        return (s, a[1], st, en)
    }

    static func find(_ a: Args, _ name: String, fromRight: Bool, raise: Bool) throws -> Value {
        let (s, sub, start, end) = try findArgs(a, name)
        guard StrKit.isStr(sub) else { throw typeError("must be str, not \(typeName(sub))") }
        let r = find(s, sub, start, end, fromRight: fromRight)
        if r < 0 && raise { throw valueError("substring not found") }
        return Value(int: r)
    }

    /// str.find / rfind over code points start..<end (already adjusted).
    static func find(_ s: Value, _ sub: Value, _ start: Int, _ end: Int, fromRight: Bool) -> Int {
        let subLen = Str.length(sub)
        if end - start < subLen { return -1 }
        if subLen == 0 { return fromRight ? end : start }
        let h = Str.buffer(s), n = Str.buffer(sub)
        if Str.isASCII(s) {
            return fromRight ? StrKit.rfind(h, start, end, n) : StrKit.find(h, start, end, n)
        }
        let (bs, be) = StrKit.byteRange(s, start, end)
        let p = fromRight ? StrKit.rfind(h, bs, be, n) : StrKit.find(h, bs, be, n)
        if p < 0 { return -1 }
        return start + StrKit.countChars(h, bs, p)
    }

    static func count(_ a: Args) throws -> Value {
        let (s, sub, start, end) = try findArgs(a, "count")
        guard StrKit.isStr(sub) else { throw typeError("must be str, not \(typeName(sub))") }
        let subLen = Str.length(sub)
        if end - start < subLen { return Value(int: 0) }
        if subLen == 0 { return Value(int: end - start + 1) }
        let h = Str.buffer(s), n = Str.buffer(sub)
        let (bs, be) = StrKit.byteRange(s, start, end)
        var i = bs, k = 0
        while true {
            let j = StrKit.find(h, i, be, n)
            if j < 0 { break }
            k += 1
            i = j + n.count
        }
        return Value(int: k)
    }

    static func affix(_ a: Args, _ name: String, atEnd: Bool) throws -> Value {
        let (s, x, start, end) = try findArgs(a, name)
        if StrKit.isStr(x) { return Value(bool: tailMatch(s, x, start, end, atEnd: atEnd)) }
        if x.tag == .SW_TAG_OBJ && x.obj.pointee.type.pointee.kind == .SW_KIND_TUPLE {
            for item in Tuple.array(x) {
                guard StrKit.isStr(item) else {
                    throw typeError("tuple for \(name) must only contain str, not \(typeName(item))")
                }
                if tailMatch(s, item, start, end, atEnd: atEnd) { return .true }
            }
            return .false
        }
        throw typeError("\(name) first arg must be str or a tuple of str, not \(typeName(x))")
    }

    /// CPython's tailmatch over the adjusted code-point range start..<end.
    static func tailMatch(_ s: Value, _ sub: Value, _ start: Int, _ end: Int, atEnd: Bool) -> Bool {
        let subLen = Str.length(sub)
        if end - subLen < start { return false }
        if subLen == 0 { return true }
        let h = Str.buffer(s), n = Str.buffer(sub)
        if atEnd {
            let be = StrKit.byteOffset(s, end)
            return StrKit.matches(h, at: be - n.count, n)
        }
        return StrKit.matches(h, at: StrKit.byteOffset(s, start), n)
    }

    static func partition(_ a: Args, _ name: String, fromRight: Bool) throws -> Value {
        let (s, sep) = try StrKit.oneArg(a, name)
        guard StrKit.isStr(sep) else { throw typeError("must be str, not \(typeName(sep))") }
        let h = Str.buffer(s), n = Str.buffer(sep)
        if n.count == 0 { throw valueError("empty separator") }
        let p = fromRight ? StrKit.rfind(h, 0, h.count, n) : StrKit.find(h, 0, h.count, n)
        if p < 0 {
            return fromRight ? Tuple.make([StrKit.empty, StrKit.empty, s]) : Tuple.make([s, StrKit.empty, StrKit.empty])
        }
        return Tuple.make([StrKit.slice(s, 0, p), sep, StrKit.slice(s, p + n.count, h.count)])
    }

    static func removeAffix(_ a: Args, _ name: String, suffix: Bool) throws -> Value {
        let (s, x) = try StrKit.oneArg(a, name)
        guard StrKit.isStr(x) else { throw typeError("\(name)() argument must be str, not \(typeName(x))") }
        let h = Str.buffer(s), n = Str.buffer(x)
        if n.count == 0 || n.count > h.count { return s }
        if suffix {
            return StrKit.matches(h, at: h.count - n.count, n) ? StrKit.slice(s, 0, h.count - n.count) : s
        }
        return StrKit.matches(h, at: 0, n) ? StrKit.slice(s, n.count, h.count) : s
    }

    // MARK: - Case mapping

    /// Maps the bytes of an ASCII str.
    static func mapASCII(_ s: Value, _ f: (UInt8) -> UInt8) -> Value {
        let b = Str.buffer(s)
        if b.count == 0 { return StrKit.empty }
        if b.count == 1 { return Str.ascii[Int(f(b[0]))] }
        let v = Str.allocate(byteCount: b.count, length: b.count, isASCII: true)
        let d = strBytes(v.as(SwStr.self))
        for i in 0..<b.count { d[i] = f(b[i]) }
        return v
    }

    @inline(__always) static func asciiUpper(_ x: UInt8) -> UInt8 { x >= 97 && x <= 122 ? x - 32 : x }
    @inline(__always) static func asciiLower(_ x: UInt8) -> UInt8 { x >= 65 && x <= 90 ? x + 32 : x }
    @inline(__always) static func asciiIsAlpha(_ x: UInt8) -> Bool { let l = x | 0x20; return l >= 97 && l <= 122 }

    static func upper(_ s: Value) -> Value {
        if Str.isASCII(s) { return mapASCII(s, asciiUpper) }
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        for i in 0..<c.count { UChar.appendUpper(c[i], &b) }
        return b.finish()
    }

    static func lower(_ s: Value) -> Value {
        if Str.isASCII(s) { return mapASCII(s, asciiLower) }
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        for i in 0..<c.count { UChar.appendLower(c, i, &b) }
        return b.finish()
    }

    static func casefold(_ s: Value) -> Value {
        if Str.isASCII(s) { return mapASCII(s, asciiLower) }
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        for i in 0..<c.count { UChar.appendFolded(c[i], &b) }
        return b.finish()
    }

    static func swapcase(_ s: Value) -> Value {
        if Str.isASCII(s) {
            return mapASCII(s) { x in asciiIsAlpha(x) ? x ^ 0x20 : x }
        }
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        for i in 0..<c.count {
            let x = c[i]
            if UChar.isUpper(x) {
                UChar.appendLower(c, i, &b)
            } else if UChar.isLower(x) {
                UChar.appendUpper(x, &b)
            } else {
                b.append(x)
            }
        }
        return b.finish()
    }

    static func title(_ s: Value) -> Value {
        if Str.isASCII(s) {
            var previousCased = false
            return mapASCII(s) { x in
                let r = previousCased ? asciiLower(x) : asciiUpper(x)
                previousCased = asciiIsAlpha(x)
                return r
            }
        }
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        var previousCased = false
        for i in 0..<c.count {
            let x = c[i]
            if previousCased { UChar.appendLower(c, i, &b) } else { UChar.appendTitle(x, &b) }
            previousCased = UChar.isCased(x)
        }
        return b.finish()
    }

    static func capitalize(_ s: Value) -> Value {
        if Str.isASCII(s) {
            var first = true
            return mapASCII(s) { x in
                defer { first = false }
                return first ? asciiUpper(x) : asciiLower(x)
            }
        }
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        for i in 0..<c.count {
            if i == 0 { UChar.appendTitle(c[0], &b) } else { UChar.appendLower(c, i, &b) }
        }
        return b.finish()
    }

    // MARK: - Predicates

    /// True when non-empty and every code point passes.
    @inline(__always) static func all(_ c: Chars, _ test: (UInt32) -> Bool) -> Bool {
        if c.count == 0 { return false }
        for i in 0..<c.count where !test(c[i]) { return false }
        return true
    }

    static func isUpper(_ c: Chars) -> Bool {
        var cased = false
        for i in 0..<c.count {
            let x = c[i]
            if UChar.isLower(x) || UChar.isTitle(x) { return false }
            if !cased && UChar.isUpper(x) { cased = true }
        }
        return cased
    }

    static func isLower(_ c: Chars) -> Bool {
        var cased = false
        for i in 0..<c.count {
            let x = c[i]
            if UChar.isUpper(x) || UChar.isTitle(x) { return false }
            if !cased && UChar.isLower(x) { cased = true }
        }
        return cased
    }

    static func isTitle(_ c: Chars) -> Bool {
        var cased = false, previousCased = false
        for i in 0..<c.count {
            let x = c[i]
            if UChar.isUpper(x) || UChar.isTitle(x) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if UChar.isLower(x) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    static func isIdentifier(_ c: Chars) -> Bool {
        if c.count == 0 || !UChar.isXIDStart(c[0]) { return false }
        for i in 1..<c.count where !UChar.isXIDContinue(c[i]) { return false }
        return true
    }

    // MARK: - Padding

    /// The fillchar argument of center/ljust/rjust.
    static func fillChar(_ v: Value) throws -> UInt32 {
        guard StrKit.isStr(v) else {
            throw typeError("The fill character must be a unicode character, not \(typeName(v))")
        }
        guard Str.length(v) == 1 else { throw typeError("The fill character must be exactly one character long") }
        var i = 0
        return StrKit.decode(Str.buffer(v), &i)
    }

    static func pad(_ s: Value, left: Int, right: Int, fill: UInt32) -> Value {
        if left <= 0 && right <= 0 && StrKit.isExactStr(s) { return s }
        var f: [UInt8] = []
        StrKit.encode(fill, &f)
        let b = Str.buffer(s)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + (max(left, 0) + max(right, 0)) * f.count)
        if left > 0 { for _ in 0..<left { out.append(contentsOf: f) } }
        out.append(contentsOf: b)
        if right > 0 { for _ in 0..<right { out.append(contentsOf: f) } }
        return StrKit.make(out, length: Str.length(s) + max(left, 0) + max(right, 0))
    }

    static func justify(_ a: Args, _ name: String) throws -> Value {
        let s = try StrKit.positional(a, name, 1, 2)
        let width = try StrKit.ssize(a[1])
        let fill = a.count > 2 ? try fillChar(a[2]) : 32
        let len = Str.length(s)
        if len >= width { return s }
        let marg = width - len
        switch name {
        case "ljust": return pad(s, left: 0, right: marg, fill: fill)
        case "rjust": return pad(s, left: marg, right: 0, fill: fill)
        default:
            let left = marg / 2 + (marg & width & 1)
            return pad(s, left: left, right: marg - left, fill: fill)
        }
    }

    static func zfill(_ a: Args) throws -> Value {
        let (s, w) = try StrKit.oneArg(a, "zfill")
        let width = try StrKit.ssize(w)
        let len = Str.length(s)
        if len >= width { return s }
        let fill = width - len
        let b = Str.buffer(s)
        var out = [UInt8](repeating: 48, count: fill)
        out.append(contentsOf: b)
        if b.count > 0 && (b[0] == 43 || b[0] == 45) {
            out[0] = b[0]
            out[fill] = 48
        }
        return StrKit.make(out, length: width)
    }

    static func expandtabs(_ a: Args) throws -> Value {
        let (s, p) = try StrKit.keywordArgs(a, "expandtabs", ["tabsize"])
        var tabsize = 8
        if let x = p[0] { tabsize = try StrKit.cInt(x) }
        let h = Str.buffer(s)
        if h.count == 0 || memchr(h.baseAddress!, 9, h.count) == nil { return s }
        let c = Chars(s)
        var b = StrBuilder(capacity: h.count + 16)
        var column = 0
        for i in 0..<c.count {
            let x = c[i]
            if x == 9 {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize
                    column += incr
                    for _ in 0..<incr { b.appendASCII(32) }
                }
            } else {
                column += 1
                b.append(c, bytesFrom: c.byte(i), to: c.byte(i + 1), chars: 1)
                if x == 10 || x == 13 { column = 0 }
            }
        }
        return b.finish()
    }

    // MARK: - encode / translate / maketrans

    static func encode(_ a: Args) throws -> Value {
        let (_, p) = try StrKit.keywordArgs(a, "encode", ["encoding", "errors"])
        for (i, n) in ["encoding", "errors"].enumerated() {
            if let x = p[i], !StrKit.isStr(x) {
                throw typeError("encode() argument '\(n)' must be str, not \(typeName(x))")
            }
        }
        throw notImplementedError("bytes are not supported yet")
    }

    static func translate(_ a: Args) throws -> Value {
        let (s, table) = try StrKit.oneArg(a, "translate")
        let c = Chars(s)
        var b = StrBuilder(capacity: c.buf.count)
        for i in 0..<c.count {
            let x = c[i]
            let r: Value
            do {
                r = try Ops.getItem(table, Value(int: Int(x)))
            } catch let e as PyError where Types.isSubtype(Exceptions.type(e.exception), Exc.lookupError) {
                b.append(x)
                continue
            }
            if r.isNone { continue }
            if r.tag == .SW_TAG_INT || r.tag == .SW_TAG_BOOL || BigInt.isBig(r) {
                let code = r.tag == .SW_TAG_INT ? r.int : (r.tag == .SW_TAG_BOOL ? (r.bool ? 1 : 0) : -1)
                guard code >= 0 && code <= 0x10FFFF else {
                    throw valueError("character mapping must be in range(0x110000)")
                }
                b.append(UInt32(code))
            } else if StrKit.isStr(r) {
                b.append(str: r)
            } else {
                throw typeError("character mapping must return integer, None or str")
            }
        }
        return b.finish()
    }

    static func maketrans(_ a: Args) throws -> Value {
        if !a.keywords.isEmpty { throw typeError("maketrans() takes no keyword arguments") }
        let n = a.count
        if n < 1 || n > 3 {
            let bound = n < 1 ? 1 : 3
            throw typeError("maketrans() takes \(n < 1 ? "at least" : "at most") \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
        }
        let result = Dict.make()
        if n == 1 {
            let x = a[0]
            guard x.tag == .SW_TAG_OBJ && x.obj.pointee.type.pointee.kind == .SW_KIND_DICT else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in Dict.entries(x) {
                if StrKit.isStr(k) {
                    guard Str.length(k) == 1 else { throw valueError("string keys in translate table must be of length 1") }
                    var i = 0
                    try Dict.set(result, Value(int: Int(StrKit.decode(Str.buffer(k), &i))), v)
                } else if k.tag == .SW_TAG_INT || k.tag == .SW_TAG_BOOL || BigInt.isBig(k) {
                    try Dict.set(result, k, v)
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return result
        }
        let x = a[0], y = a[1]
        guard StrKit.isStr(x) else { throw typeError("maketrans() argument 1 must be str, not \(typeName(x))") }
        guard StrKit.isStr(y) else { throw typeError("maketrans() argument 2 must be str, not \(typeName(y))") }
        guard Str.length(x) == Str.length(y) else {
            throw valueError("the first two maketrans arguments must have equal length")
        }
        let cx = Chars(x), cy = Chars(y)
        for i in 0..<cx.count { try Dict.set(result, Value(int: Int(cx[i])), Value(int: Int(cy[i]))) }
        if n == 3 {
            let z = a[2]
            guard StrKit.isStr(z) else { throw typeError("maketrans() argument 3 must be str, not \(typeName(z))") }
            let cz = Chars(z)
            for i in 0..<cz.count { try Dict.set(result, Value(int: Int(cz[i])), .none) }
        }
        return result
    }
}
