// CompileAll.swift — `swoop -m compileall` and `swoop -m py_compile`: byte-compile source
// trees into the __pycache__ files imports use (or, with -b, legacy NAME.pyc beside the
// source, which imports as a sourceless module).
import SwoopRuntime
import SwoopBytecode
import SwoopSyntax
import Glibc

enum InvalidationMode: String {
    case timestamp, checkedHash = "checked-hash", uncheckedHash = "unchecked-hash"
}

struct CompileAll {
    var quiet = 0
    var force = false
    var legacy = false
    var recursionLimit = Int.max
    var mode = InvalidationMode.timestamp
    var failed = false

    static let usageText = "usage: swoop -m compileall [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [--invalidation-mode {checked-hash,timestamp,unchecked-hash}] [FILE|DIR ...]\n"

    static func main(_ args: [String]) -> Int32 {
        var c = CompileAll()
        var targets: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            i += 1
            switch a {
            case "-q": c.quiet += 1
            case "-f": c.force = true
            case "-b": c.legacy = true
            case "-l": c.recursionLimit = 0
            case "-r":
                guard i < args.count, let n = Int(args[i]) else { Runner.writeStderr(usageText); return 2 }
                c.recursionLimit = n; i += 1
            case "--invalidation-mode":
                guard i < args.count, let m = InvalidationMode(rawValue: args[i]) else { Runner.writeStderr(usageText); return 2 }
                c.mode = m; i += 1
            case "-h", "--help":
                print(usageText, terminator: "")
                return 0
            default:
                if a.hasPrefix("--invalidation-mode="), let m = InvalidationMode(rawValue: String(a.dropFirst(20))) {
                    c.mode = m
                } else if a.hasPrefix("-") {
                    Runner.writeStderr(usageText + "compileall: error: unrecognized arguments: \(a)\n")
                    return 2
                } else {
                    targets.append(a)
                }
            }
        }
        if targets.isEmpty {
            Runner.writeStderr("compileall: give the directories or files to compile\n")
            return 2
        }
        for t in targets {
            if ModuleFinder.kind(t) == .directory { c.compileDir(t, depth: 0) }
            else if ModuleFinder.kind(t) == .file { c.compileFile(t) }
            else { Runner.writeStderr("Can't list '\(t)'\n"); c.failed = true }
        }
        return c.failed ? 1 : 0
    }

    static func listDir(_ dir: String) -> [String]? {
        guard let d = opendir(dir) else { return nil }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    mutating func compileDir(_ dir: String, depth: Int) {
        if quiet == 0 { print("Listing '\(dir)'...") }
        guard let names = Self.listDir(dir) else {
            Runner.writeStderr("Can't list '\(dir)'\n")
            failed = true
            return
        }
        for name in names where name != "__pycache__" {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let kind = ModuleFinder.kind(path)
            if kind == .file && name.hasSuffix(".py") {
                compileFile(path)
            } else if kind == .directory && depth < recursionLimit && !name.contains(".") {
                compileDir(path, depth: depth + 1)
            }
        }
    }

    func cachePath(_ source: String) -> String {
        legacy ? source + "c" : BytecodeCache.cachePath(forSource: source)
    }

    func header(for source: [UInt8], stamp: (mtime: UInt64, size: UInt64)) -> PycHeader {
        switch mode {
        case .timestamp: return PycHeader.timestamp(mtimeNanoseconds: stamp.mtime, size: stamp.size)
        case .checkedHash: return PycHeader.hash(of: source, checked: true)
        case .uncheckedHash: return PycHeader.hash(of: source, checked: false)
        }
    }

    mutating func compileFile(_ path: String) {
        guard let bytes = Runner.readFile(path), let stamp = BytecodeCache.sourceStamp(path) else {
            Runner.writeStderr("Can't read '\(path)'\n")
            failed = true
            return
        }
        let target = cachePath(path)
        let want = header(for: bytes, stamp: stamp)
        if !force, let old = Runner.readFile(target), let h = try? PycFile.header(old), h == want {
            return     // up to date
        }
        if quiet == 0 { print("Compiling '\(path)'...") }
        do {
            let code = try Runner.compile(bytes: bytes, filename: path)
            if !BytecodeCache.write(code, header: want, to: target) {
                Runner.writeStderr("*** could not write '\(target)'\n")
                failed = true
            }
        } catch let e as SyntaxErrorInfo {
            if quiet >= 2 { failed = true; return }
            if quiet == 1 { print("*** Error compiling '\(path)'...") }
            print("***   " + e.rendered(), terminator: "")
            failed = true
        } catch {
            print("*** \(error)")
            failed = true
        }
    }
}

/// `swoop -m py_compile [-q] FILE...`: each file to its __pycache__ entry.
enum PyCompile {
    static func main(_ args: [String]) -> Int32 {
        var status: Int32 = 0
        let files = args.filter { $0 != "-q" }
        let quiet = args.contains("-q")
        if files.isEmpty {
            Runner.writeStderr("usage: swoop -m py_compile [-q] FILE...\n")
            return 2
        }
        for path in files {
            guard let bytes = Runner.readFile(path), let stamp = BytecodeCache.sourceStamp(path) else {
                if !quiet { Runner.writeStderr("[Errno 2] No such file or directory: '\(path)'\n") }
                status = 1
                continue
            }
            do {
                let code = try Runner.compile(bytes: bytes, filename: path)
                let header = PycHeader.timestamp(mtimeNanoseconds: stamp.mtime, size: stamp.size)
                if !BytecodeCache.write(code, header: header, to: BytecodeCache.cachePath(forSource: path)) {
                    Runner.writeStderr("could not write the bytecode file for '\(path)'\n")
                    status = 1
                }
            } catch let e as SyntaxErrorInfo {
                if !quiet { Runner.writeStderr(e.rendered()) }
                status = 1
            } catch {
                Runner.writeStderr("\(error)\n")
                status = 1
            }
        }
        return status
    }
}
