// CodeCache.swift — machine code kept across processes, as `__pycache__` keeps bytecode.
//
// A trace lowered with pooled values (`Lowering.pooled`) holds no address of this process:
// objects, types, helpers, other traces and its own id are read from its pool, which
// the object loader binds at each load. So the object file GCC makes for it is the same
// in every process that lowers the same trace, and the next run of a script can load it
// instead of compiling it again (libgccjit takes 10–40 ms a trace; a load takes well
// under one).
//
// The key is exactly what GCC compiles: libgccjit's dump of the lowered context (every
// block, statement and constant), the compile options, and the identity of the swoop
// executable (whose data layouts and helpers the code assumes). The file is named by a
// hash of the key and holds the key itself, compared in full before its object is used
// (a hash collision only costs a compile), and a checksum of the object (a damaged file
// is compiled again). Files are written whole under a temporary name
// and renamed, so concurrent processes never read half a file. Each swoop build has its
// own subdirectory; a build's first store removes other builds' subdirectories unused for
// a week. Entries are a few kilobytes; `rm -r` the directory to empty it.
import Glibc

public enum CodeCache {
    /// The cache's root; nil turns the cache off. Set by the runtime from `--jit cache=0`,
    /// `SWOOP_JIT_CACHE` or the default under `$XDG_CACHE_HOME` / `~/.cache`.
    nonisolated(unsafe) public static var root: String? = nil
    /// Where this executable's entries live: one subdirectory of the root per swoop build.
    public static var directory: String? { root.map { $0 + "/" + buildSubdirectory } }
    /// (Computed on first use, not at start-up: a run that records nothing never needs it.)
    static let buildSubdirectory = hexHash(Array(executableIdentity.utf8))
    /// Subdirectories of other builds unused this long are removed when a new build
    /// first stores into the cache; loading from one marks it used.
    static let staleSeconds = 7 * 24 * 3600
    nonisolated(unsafe) static var markedUsed = false

    static let magic = Array("swoop-jit-cache 2\n".utf8)

    /// The default directory: `$SWOOP_JIT_CACHE`, else `$XDG_CACHE_HOME/swoop/jit`, else
    /// `$HOME/.cache/swoop/jit`; nil without any of them.
    public static func defaultDirectory() -> String? {
        if let d = getenv("SWOOP_JIT_CACHE").map({ String(cString: $0) }), !d.isEmpty { return d }
        if let d = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), !d.isEmpty { return d + "/swoop/jit" }
        if let h = getenv("HOME").map({ String(cString: $0) }), !h.isEmpty { return h + "/.cache/swoop/jit" }
        return nil
    }

    /// The running executable: inode, size and modification time (a rebuilt swoop has other
    /// layouts and helpers, so its cache entries are other entries).
    static let executableIdentity: String = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "unknown" }
        return "\(st.st_ino) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }()

    /// The full key of a lowered context, from its dump and the options it compiles with.
    static func key(dump: [UInt8], options: String) -> [UInt8] {
        Array("exe \(executableIdentity)\noptions \(options)\n".utf8) + dump
    }

    /// Creates this build's directory, the first time removing other builds' directories
    /// not modified for `staleSeconds` (a rebuilt swoop never reads them again).
    static func prepare(_ dir: String) -> Bool {
        var st = stat()
        if stat(dir, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR }
        guard makeDirectories(dir), let root, let d = opendir(root) else { return false }
        defer { closedir(d) }
        let now = time(nil)
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let path = root + "/" + name
            guard name.count == 16, path != dir, stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR,
                  now - st.st_mtim.tv_sec > staleSeconds else { continue }
            removeTree(path)
        }
        return true
    }

    /// Removes a directory of cache files (one level of subdirectories: `hot/`).
    static func removeTree(_ path: String) {
        guard let d = opendir(path) else { unlink(path); return }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(d)
        for n in names {
            let p = path + "/" + n
            if unlink(p) != 0 { removeTree(p) }
        }
        rmdir(path)
    }

    static func path(_ dir: String, _ key: [UInt8]) -> String { dir + "/" + hexHash(key) + ".o" }

    /// FNV-1a, 64 bits.
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// `fnv` as 16 hex digits.
    static func hexHash(_ bytes: [UInt8]) -> String {
        let hex = String(fnv(bytes), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The object file cached under `key`, if any (and if it is whole: its checksum is
    /// stored with it).
    static func lookup(_ key: [UInt8]) -> [UInt8]? {
        guard let dir = directory, let bytes = readFile(path(dir, key)) else { return nil }
        let header = magic.count + 16
        guard bytes.count >= header, bytes[0..<magic.count].elementsEqual(magic) else { return nil }
        let keyLength = Int(truncatingIfNeeded: word(bytes, magic.count)), sum = word(bytes, magic.count + 8)
        guard keyLength == key.count, bytes.count >= header + keyLength,
              bytes[header..<(header + keyLength)].elementsEqual(key) else { return nil }
        let object = Array(bytes[(header + keyLength)...])
        guard fnv(object) == sum else { return nil }
        if !markedUsed {
            markedUsed = true
            utimes(dir, nil)
        }
        return object
    }

    /// Caches `object` under `key` (silently not, when the directory cannot be written):
    /// magic, key length, object checksum, key, object.
    static func store(_ key: [UInt8], _ object: [UInt8]) {
        guard let dir = directory, prepare(dir) else { return }
        let target = path(dir, key)
        let tmp = target + ".\(getpid()).tmp"
        var bytes = magic
        for v in [UInt64(key.count), fnv(object)] {
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
        }
        bytes += key
        bytes += object
        guard writeFile(tmp, bytes) else { unlink(tmp); return }
        if rename(tmp, target) != 0 { unlink(tmp) }
    }

    static func word(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        return v
    }

    /// Loops that compiled in an earlier run, by where they are (file, function, first line,
    /// loop header): one empty file each under `hot/`. A loop found there is recorded as
    /// soon as it is hot, without renting first: its trace is most likely in the cache.
    public static func wasHot(_ location: String) -> Bool {
        guard let dir = directory else { return false }
        return access(markerPath(dir, location), F_OK) == 0
    }

    public static func markHot(_ location: String) {
        guard let dir = directory, prepare(dir), makeDirectories(dir + "/hot") else { return }
        let fd = open(markerPath(dir, location), O_WRONLY | O_CREAT, 0o644)
        if fd >= 0 { close(fd) }
    }

    static func markerPath(_ dir: String, _ location: String) -> String {
        dir + "/hot/" + hexHash(Array(location.utf8))
    }

    /// mkdir -p.
    static func makeDirectories(_ dir: String) -> Bool {
        var st = stat()
        if stat(dir, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR }
        if let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
            guard makeDirectories(String(dir[..<slash])) else { return false }
        }
        return mkdir(dir, 0o755) == 0 || errno == EEXIST
    }

    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n < 0 { return nil }
            if n == 0 { return out }
            out.append(contentsOf: buf[0..<n])
        }
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n <= 0 { return false }
            done += n
        }
        return true
    }
}
