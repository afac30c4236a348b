// BytecodeCache.swift — compiled code for imported modules, cached as CPython does:
// `DIR/__pycache__/NAME.swoop-NN.pyc`, validated against the source's mtime and size (or
// its hash, for files compiled in a hash-based mode), recompiled and rewritten when stale
// or unreadable. Writing is best effort: an unwritable directory means compiling in
// memory. `-B`, PYTHONDONTWRITEBYTECODE, SWOOPDONTWRITEBYTECODE and
// `sys.dont_write_bytecode` turn writing off. `SWOOP_IMPORT_LOG=1` logs every compile and
// cache load to stderr (the tests count compiles with it).
import SwoopBytecode
import SwoopSyntax
import Glibc

public enum BytecodeCache {
    /// From -B and the environment at startup (sys.dont_write_bytecode starts as this).
    public static var dontWrite = false
    public static var log = false

    /// `DIR/__pycache__/NAME.swoop-NN.pyc` for `DIR/NAME.py`.
    public static func cachePath(forSource path: String) -> String {
        let dir = ModuleFinder.dirname(path)
        var base = String(path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...])
        if base.hasSuffix(".py") { base.removeLast(3) }
        return (dir.isEmpty ? "" : dir + "/") + "__pycache__/" + base + "." + PycFile.cacheTag + ".pyc"
    }

    static func note(_ s: String) {
        if log { Runner.writeStderr("swoop-import: \(s)\n") }
    }

    /// The source's mtime (nanoseconds) and size.
    public static func sourceStamp(_ path: String) -> (mtime: UInt64, size: UInt64)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let ns = UInt64(truncatingIfNeeded: st.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(truncatingIfNeeded: st.st_mtim.tv_nsec)
        return (ns, UInt64(truncatingIfNeeded: st.st_size))
    }

    /// Whether the program allows writing (sys.dont_write_bytecode, set from -B/env).
    static var writingAllowed: Bool {
        if let sys = Dict.getStr(Modules.sysModules, Str.intern("sys")),
           let v = Dict.getStr(Modules.dict(sys), Str.intern("dont_write_bytecode")) {
            return !((try? Ops.truthy(v)) ?? true)
        }
        return !dontWrite
    }

    /// Code for an imported source file: from a valid cache file, else compiled (and cached).
    static func code(forSource path: String) throws -> CodeObject {
        let cpath = cachePath(forSource: path)
        var source: [UInt8]? = nil
        var rewriteHashed: PycHeader? = nil
        let stamp = sourceStamp(path)
        var reason = "no cache file"
        if let data = Runner.readFile(cpath) {
            do {
                let h = try PycFile.header(data)
                var valid: Bool
                if h.isHashBased {
                    if h.checksSource {
                        source = Runner.readFile(path)
                        valid = source.map { PycFile.fnv1a($0) == h.stamp } ?? false
                        if !valid, let s = source { rewriteHashed = PycHeader.hash(of: s, checked: true) }
                    } else {
                        valid = true
                    }
                } else {
                    valid = stamp.map { h.stamp == $0.mtime && h.size == $0.size } ?? false
                }
                if valid {
                    let code = try PycFile.code(data, filename: path)
                    note("loaded \(cpath)")
                    return code
                }
                reason = "stale cache file"
            } catch {
                reason = "unusable cache file (\(error))"
            }
        }
        guard let bytes = source ?? Runner.readFile(path) else {
            throw pyError(Exc.importError, "cannot read source file '\(path)'")
        }
        let code = try compileOrRaise(bytes, filename: path)
        note("compiled \(path) (\(reason))")
        if writingAllowed, let stamp {
            let header = rewriteHashed ?? PycHeader.timestamp(mtimeNanoseconds: stamp.mtime, size: stamp.size)
            if write(code, header: header, to: cpath) { note("wrote \(cpath)") }
        }
        return code
    }

    /// Compiles source, turning a compile error into a Python SyntaxError exception.
    static func compileOrRaise(_ bytes: [UInt8], filename: String) throws -> CodeObject {
        do {
            return try Runner.compile(bytes: bytes, filename: filename)
        } catch let e as SyntaxErrorInfo {
            throw PyError(SyntaxErrors.exception(e))
        }
    }

    /// A sourceless module (`NAME.pyc` in place of `NAME.py`): the file must be valid.
    static func code(forSourceless path: String, module: String) throws -> CodeObject {
        guard let data = Runner.readFile(path) else {
            throw pyError(Exc.importError, "cannot read bytecode file '\(path)'")
        }
        do {
            let code = try PycFile.code(data)
            note("loaded sourceless \(path)")
            return code
        } catch {
            throw pyError(Exc.importError, "bad bytecode file for module '\(module)' (\(path)): \(error)")
        }
    }

    /// Writes a cache file atomically (temporary file, then rename); false on any failure.
    @discardableResult
    public static func write(_ code: CodeObject, header: PycHeader, to cpath: String) -> Bool {
        let dir = ModuleFinder.dirname(cpath)
        if !dir.isEmpty && ModuleFinder.kind(dir) != .directory {
            if mkdir(dir, 0o755) != 0 && errno != EEXIST { return false }
        }
        let data = PycFile.encode(code, header: header)
        let tmp = cpath + ".\(getpid()).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 { return false }
        var ok = data.withUnsafeBufferPointer { buf -> Bool in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { return false }
                off += n
            }
            return true
        }
        if close(fd) != 0 { ok = false }
        if !ok || rename(tmp, cpath) != 0 {
            unlink(tmp)
            return false
        }
        return true
    }
}
