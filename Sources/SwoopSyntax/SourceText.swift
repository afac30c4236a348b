// SourceText.swift — the first pipeline stage: raw bytes to a scalar buffer with a line table.
//
// CPython reads source files through a decoder that honours a UTF-8 BOM and a PEP 263 coding
// cookie, rejects NUL bytes and undeclared non-UTF-8 bytes, and translates all newline
// conventions to "\n". This file does the same once, up front, so the lexer can work on an
// array of scalars with O(1) indexing and column arithmetic.

/// Decoded program text: the unit every later stage indexes into.
public struct SourceText: Sendable {
    /// The program as Unicode scalars, newlines normalised to "\n" and a final "\n" guaranteed
    /// (CPython's tokenizer behaves as if an unterminated last line had one).
    public let scalars: [Unicode.Scalar]
    /// Scalar index at which each line starts; `lineStarts[0]` is line 1.
    public let lineStarts: [Int]
    public let filename: String
    /// True when the original text did not end in a newline (so the last "\n" is synthetic).
    public let addedFinalNewline: Bool
    /// CPython reports parser errors in a script with neither a BOM nor a coding declaration
    /// using UTF-8 byte columns (it skips its usual byte-to-character conversion there), which
    /// shifts the caret on lines with non-ASCII text. Set by `decode(bytes:)` to reproduce that.
    public internal(set) var usesByteOffsets = false

    public init(_ string: String, filename: String) {
        self.init(scalars: Array(string.unicodeScalars), filename: filename)
    }

    init(scalars raw: [Unicode.Scalar], filename: String) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(raw.count + 1)
        var starts = [0]
        var i = 0
        let n = raw.count
        while i < n {
            let c = raw[i]
            if c == "\r" {
                out.append("\n")
                if i + 1 < n, raw[i + 1] == "\n" { i += 1 }
                starts.append(out.count)
            } else {
                out.append(c)
                if c == "\n" { starts.append(out.count) }
            }
            i += 1
        }
        var added = false
        if out.last != "\n" {
            // An empty file has no lines to terminate; CPython treats it as a single empty line.
            if !out.isEmpty { added = true }
            out.append("\n")
            starts.append(out.count)
        }
        // The entry after the final newline starts a line that does not exist.
        starts.removeLast()
        self.scalars = out
        self.lineStarts = starts
        self.filename = filename
        self.addedFinalNewline = added
    }

    /// Number of physical lines.
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, with its trailing newline unless `withNewline` is false.
    public func lineText(_ line: Int, withNewline: Bool = true) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if !withNewline, end > start, scalars[end - 1] == "\n" { end -= 1 }
        // A synthetic final newline is not part of what CPython echoes back.
        if withNewline, addedFinalNewline, line == lineStarts.count, end > start { end -= 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// The text between two scalar indices.
    public func text(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// Converts a 1-based character offset on a line to what CPython reports for errors raised
    /// through its parser (see `usesByteOffsets`).
    func reportedOffset(_ offset: Int, line: Int) -> Int {
        guard usesByteOffsets, offset > 1, line >= 1, line <= lineStarts.count else { return offset }
        let start = lineStarts[line - 1]
        var bytes = 0
        var i = start
        let end = min(start + offset - 1, scalars.count)
        while i < end {
            let v = scalars[i].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            i += 1
        }
        return 1 + bytes + (offset - 1 - (end - start))
    }


    // MARK: - Decoding bytes

    /// Decodes a source file's bytes as CPython does: UTF-8 BOM, PEP 263 coding cookie in the
    /// first two lines, NUL-byte and invalid-UTF-8 rejection with CPython's messages.
    public static func decode(bytes: [UInt8], filename: String) throws(SyntaxErrorInfo) -> SourceText {
        var body = bytes[...]
        var hasBOM = false
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            hasBOM = true
            body = body.dropFirst(3)
        }
        let declared = codingCookie(in: body)
        var encoding = Encoding.utf8
        if let declared {
            guard let known = Encoding(cookie: declared) else {
                throw SyntaxErrorInfo(message: "encoding problem: \(declared)", filename: filename,
                                      line: nil, offset: 0, text: nil)
            }
            // With a BOM the declaration must name UTF-8 in its canonical spelling.
            if hasBOM && declared != "utf-8" {
                throw SyntaxErrorInfo(message: "encoding problem: \(declared) with BOM", filename: filename,
                                      line: nil, offset: 0, text: nil)
            }
            encoding = known
        }
        // NUL bytes are reported for the first offending line, ahead of any later decoding error.
        let nulIndex = body.firstIndex(of: 0)
        switch encoding {
        case .utf8:
            let (scalars, badIndex) = decodeUTF8(body, stopAt: nulIndex)
            if let badIndex, nulIndex == nil || badIndex < nulIndex! {
                let line = body[body.startIndex..<badIndex].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                let byte = body[badIndex]
                let hex = String(byte, radix: 16)
                if declared != nil || hasBOM {
                    throw SyntaxErrorInfo(
                        message: "(unicode error) 'utf-8' codec can't decode byte 0x\(hex) in position 0: invalid start byte",
                        filename: filename, line: line, offset: 1, text: lossyLine(body, containing: badIndex))
                }
                throw SyntaxErrorInfo(
                    message: "Non-UTF-8 code starting with '\\x\(hex)' in file \(filename) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    filename: filename, line: nil, offset: 0, text: nil)
            }
            if let nulIndex { throw nulError(body, nulIndex, filename) }
            var text = SourceText(scalars: scalars, filename: filename)
            text.usesByteOffsets = declared == nil && !hasBOM
            return text
        case .latin1, .ascii, .singleByte:
            if let nulIndex { throw nulError(body, nulIndex, filename) }
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(body.count)
            for b in body {
                guard let s = encoding.decode(b) else {
                    throw SyntaxErrorInfo(message: "encoding problem: \(declared ?? "")", filename: filename,
                                          line: nil, offset: 0, text: nil)
                }
                scalars.append(s)
            }
            return SourceText(scalars: scalars, filename: filename)
        }
    }

    private static func nulError(_ body: ArraySlice<UInt8>, _ index: Int, _ filename: String) -> SyntaxErrorInfo {
        let line = body[body.startIndex..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        var lineStart = index
        while lineStart > body.startIndex, body[lineStart - 1] != 0x0A { lineStart -= 1 }
        // CPython's line buffer is a C string, so the echoed text stops at the NUL.
        let text = String(decoding: body[lineStart..<index], as: UTF8.self)
        return SyntaxErrorInfo(message: "source code cannot contain null bytes", filename: filename,
                               line: line, offset: 0, endOffset: 0, text: text)
    }

    private static func lossyLine(_ body: ArraySlice<UInt8>, containing index: Int) -> String {
        var start = index
        while start > body.startIndex, body[start - 1] != 0x0A { start -= 1 }
        var end = index
        while end < body.endIndex, body[end] != 0x0A { end += 1 }
        if end < body.endIndex { end += 1 }
        return String(decoding: body[start..<end], as: UTF8.self)
    }

    /// Strict UTF-8 (no surrogates, no overlongs). Returns the scalars decoded before the first
    /// invalid sequence and that sequence's first byte index.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, stopAt limit: Int?) -> ([Unicode.Scalar], Int?) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = limit ?? bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                out.append(Unicode.Scalar(b0))
                i += 1
                continue
            }
            var need = 0
            var value: UInt32 = 0
            var minimum: UInt32 = 0
            switch b0 {
            case 0xC2...0xDF: need = 1; value = UInt32(b0 & 0x1F); minimum = 0x80
            case 0xE0...0xEF: need = 2; value = UInt32(b0 & 0x0F); minimum = 0x800
            case 0xF0...0xF4: need = 3; value = UInt32(b0 & 0x07); minimum = 0x10000
            default: return (out, i)
            }
            if i + need >= bytes.endIndex {
                return (out, i)
            }
            for k in 1...need {
                let b = bytes[i + k]
                guard b & 0xC0 == 0x80 else { return (out, i) }
                value = (value << 6) | UInt32(b & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value),
                  let scalar = Unicode.Scalar(value) else { return (out, i) }
            out.append(scalar)
            i += need + 1
        }
        return (out, nil)
    }

    /// PEP 263: a comment in line 1, or in line 2 when line 1 is blank or a comment, matching
    /// `coding[:=]\s*([-\w.]+)`.
    static func codingCookie(in bytes: ArraySlice<UInt8>) -> String? {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var i = start
        while i < bytes.endIndex, lines.count < 2 {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                lines.append(bytes[start..<i])
                if bytes[i] == 0x0D, i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if lines.count < 2, start < bytes.endIndex { lines.append(bytes[start..<bytes.endIndex]) }
        for (n, line) in lines.enumerated() {
            if let name = cookie(inLine: line) { return name }
            if n == 0 && !isBlankOrComment(line) { return nil }
        }
        return nil
    }

    private static func isBlankOrComment(_ line: ArraySlice<UInt8>) -> Bool {
        for b in line {
            if b == 0x20 || b == 0x09 || b == 0x0C { continue }
            return b == UInt8(ascii: "#")
        }
        return true
    }

    private static func cookie(inLine line: ArraySlice<UInt8>) -> String? {
        var i = line.startIndex
        while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0C { i += 1 }
        guard i < line.endIndex, line[i] == UInt8(ascii: "#") else { return nil }
        let pattern = Array("coding".utf8)
        var j = i
        while j + pattern.count < line.endIndex {
            if line[j..<(j + pattern.count)].elementsEqual(pattern) {
                var k = j + pattern.count
                if line[k] == UInt8(ascii: ":") || line[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < line.endIndex, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
                    var name: [UInt8] = []
                    while k < line.endIndex {
                        let c = line[k]
                        let isWord = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                            || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c >= 0x80
                        guard isWord else { break }
                        name.append(c)
                        k += 1
                    }
                    if !name.isEmpty { return normalizedEncodingName(String(decoding: name, as: UTF8.self)) }
                }
            }
            j += 1
        }
        return nil
    }

    /// CPython's `get_normal_name`: folds the common spellings of UTF-8 and Latin-1.
    static func normalizedEncodingName(_ name: String) -> String {
        let lowered = String(name.prefix(12)).lowercased().replacingUnderscores()
        if lowered == "utf-8" || lowered.hasPrefix("utf-8-") { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
            if lowered == latin || lowered.hasPrefix(latin + "-") { return "iso-8859-1" }
        }
        return name
    }

    enum Encoding: Equatable {
        case utf8, latin1, ascii
        /// A single-byte codec from `SingleByteEncodings`: code points for bytes 0x80–0xFF.
        case singleByte(String)

        /// Looks a cookie's codec up the way Python's codec registry normalises names.
        init?(cookie: String) {
            var key = ""
            var pendingSeparator = false
            for c in cookie.lowercased().unicodeScalars {
                let isWord = (c.value >= 48 && c.value <= 57) || (c.value >= 97 && c.value <= 122) || c == "."
                if isWord {
                    if pendingSeparator && !key.isEmpty { key.append("_") }
                    pendingSeparator = false
                    key.unicodeScalars.append(c)
                } else {
                    pendingSeparator = true
                }
            }
            switch key {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
                self = .utf8
            case "iso_8859_1", "latin_1", "latin1", "iso8859_1", "8859", "cp819", "latin", "l1", "iso_ir_100", "csisolatin1", "iso8859":
                self = .latin1
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6":
                self = .ascii
            default:
                let dotted = String(key.map { $0 == "." ? "_" : $0 })
                if let name = SingleByteEncodings.aliases[key] ?? SingleByteEncodings.aliases[dotted] {
                    self = .singleByte(name)
                } else {
                    return nil
                }
            }
        }

        func decode(_ byte: UInt8) -> Unicode.Scalar? {
            switch self {
            case .utf8, .ascii: return byte < 0x80 ? Unicode.Scalar(byte) : nil
            case .latin1: return Unicode.Scalar(byte)
            case .singleByte(let name):
                if byte < 0x80 { return Unicode.Scalar(byte) }
                guard let table = SingleByteEncodings.tables[name] else { return nil }
                let value = table[Int(byte) - 0x80]
                return value == 0 ? nil : Unicode.Scalar(UInt32(value))
            }
        }
    }
}

private extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
