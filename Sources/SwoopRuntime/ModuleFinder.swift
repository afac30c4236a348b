// ModuleFinder.swift — where modules come from: the initial sys.path (the script's
// directory, SWOOPPATH or else PYTHONPATH, the bundled Lib/ directory) and the search of a
// path list for a package directory, NAME.py or a sourceless NAME.pyc.
import Glibc

public enum ModuleFinder {
    /// What a search found for one module name.
    enum Found {
        /// `NAME.py`; `package` when it is a package's `__init__.py` (dir = package dir).
        case source(path: String, packageDir: String?)
        /// `NAME.pyc` without source (CPython's legacy sourceless layout).
        case sourceless(path: String, packageDir: String?)
        /// A directory without `__init__` (a namespace package): its portions.
        case namespace(dirs: [String])
    }

    /// Ignore SWOOPPATH/PYTHONPATH and the other environment settings (`-E`).
    public static var ignoreEnvironment = false

    public enum FileKind { case none, file, directory }

    public static func kind(_ path: String) -> FileKind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .none }
        return (st.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    static func env(_ name: String) -> String? {
        if ignoreEnvironment { return nil }
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let cwd = Runner.currentDirectory()
        return path.isEmpty || path == "." ? cwd : cwd + "/" + path
    }

    static func realPath(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return absolute(path) }
        defer { free(r) }
        return String(cString: r)
    }

    public static func dirname(_ path: String) -> String {
        guard let i = path.lastIndex(of: "/") else { return "" }
        return i == path.startIndex ? "/" : String(path[..<i])
    }

    /// The bundled library: `$SWOOPHOME/Lib`, else the nearest `Lib` directory above the
    /// executable (the repository's Lib/ for `.build/<triple>/release/swoop`), else
    /// `<prefix>/lib/swoop` for an installed `<prefix>/bin/swoop`.
    public static func libraryDirectory() -> String? {
        if let home = env("SWOOPHOME") { return home + "/Lib" }
        var dir = dirname(realPath("/proc/self/exe"))
        for _ in 0..<5 {
            if dir.isEmpty || dir == "/" { break }
            if kind(dir + "/Lib") == .directory { return dir + "/Lib" }
            let installed = dir + "/lib/swoop"
            if kind(installed) == .directory { return installed }
            dir = dirname(dir)
        }
        return nil
    }

    /// sys.path at startup. `first` is the script's directory ("" for -c, stdin, the REPL).
    public static func initialPath(first: String) -> [String] {
        var path = [first]
        if let extra = env("SWOOPPATH") ?? env("PYTHONPATH") {
            for p in extra.split(separator: ":", omittingEmptySubsequences: true) { path.append(absolute(String(p))) }
        }
        if let lib = libraryDirectory() { path.append(lib) }
        return path
    }

    /// Searches `dirs` in order for module `shortName` (the last part of a dotted name).
    static func find(_ shortName: String, in dirs: [String]) -> Found? {
        var namespaceDirs: [String] = []
        for entry in dirs {
            let base = absolute(entry)
            let pkg = base + "/" + shortName
            if kind(pkg) == .directory {
                if kind(pkg + "/__init__.py") == .file { return .source(path: pkg + "/__init__.py", packageDir: pkg) }
                if kind(pkg + "/__init__.pyc") == .file { return .sourceless(path: pkg + "/__init__.pyc", packageDir: pkg) }
                namespaceDirs.append(pkg)
            }
            if kind(pkg + ".py") == .file { return .source(path: pkg + ".py", packageDir: nil) }
            if kind(pkg + ".pyc") == .file { return .sourceless(path: pkg + ".pyc", packageDir: nil) }
        }
        return namespaceDirs.isEmpty ? nil : .namespace(dirs: namespaceDirs)
    }
}
