// Importer.swift — the `import` statement: absolute and relative names, packages
// (`__init__.py`, `__path__`), submodules named in a from-list, `from m import *` with
// `__all__`, sys.modules (each module runs once; a circular import sees the partially
// initialised module), and CPython's ImportError / ModuleNotFoundError messages.
// Built-in modules come first, then sys.path in order (ModuleFinder).
import SwoopBytecode

enum Importer {
    /// Names of modules whose body is running (for the circular-import message).
    static var initializing: Set<String> = []

    static func moduleNotFound(_ message: String, name: String) -> PyError {
        let e = Exceptions.make(Exc.moduleNotFoundError, message)
        let d = Dict.make()
        Dict.setStr(d, "name", Str.make(name))
        Dict.setStr(d, "path", .none)
        objectSlots(e.obj)[ExcSlot.dict] = d
        return PyError(e)
    }

    static func importError(_ message: String) -> PyError { pyError(Exc.importError, message) }

    static func global(_ globals: Value, _ key: String) -> Value? {
        guard globals.tag == .SW_TAG_OBJ else { return nil }
        return Dict.getStr(globals, Str.intern(key))
    }

    /// IMPORT_NAME: `name` is dotted, with one leading dot per relative level; the result
    /// is the top-level package for `import a.b`, the named module when there is a fromlist.
    static func importName(_ rawName: String, fromlist: Value, globals: Value) throws -> Value {
        var level = 0
        for ch in rawName.utf8 { if ch == UInt8(ascii: ".") { level += 1 } else { break } }
        let relName = String(rawName.dropFirst(level))
        let name = level > 0 ? try resolveRelative(relName, level: level, globals: globals) : relName
        let module = try importAbsolute(name)
        let hasFromlist = isTuple(fromlist) && Tuple.count(fromlist) > 0
        if !hasFromlist {
            guard let dot = name.firstIndex(of: ".") else { return module }
            let top = String(name[..<dot])
            return Dict.getStr(Modules.sysModules, Str.intern(top)) ?? module
        }
        try handleFromlist(module, name: name, Tuple.array(fromlist))
        return module
    }

    /// The absolute name of a relative import, from the importing module's __package__
    /// (or __name__, with __path__ telling whether it is a package).
    static func resolveRelative(_ name: String, level: Int, globals: Value) throws -> String {
        var package: String? = nil
        if let p = global(globals, "__package__"), isStr(p) {
            package = Str.swift(p)
        } else if let p = global(globals, "__package__"), !p.isNone {
            throw typeError("package must be a string")
        } else if let n = global(globals, "__name__"), isStr(n) {
            let s = Str.swift(n)
            if global(globals, "__path__") != nil { package = s }
            else { package = s.lastIndex(of: ".").map { String(s[..<$0]) } ?? "" }
        }
        guard let pkg = package, !pkg.isEmpty else {
            throw importError("attempted relative import with no known parent package")
        }
        var parts = pkg.split(separator: ".", omittingEmptySubsequences: false)
        if level - 1 >= parts.count { throw importError("attempted relative import beyond top-level package") }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }

    /// Imports `name` (absolute, dotted) and every package above it; returns the module.
    static func importAbsolute(_ name: String) throws -> Value {
        if name.isEmpty { throw valueError("Empty module name") }
        let key = Str.intern(name)
        if let m = Dict.getStr(Modules.sysModules, key) {
            if m.isNone { throw moduleNotFound("import of \(name) halted; None in sys.modules", name: name) }
            return m
        }
        var parent: Value? = nil
        var searchPath: [String]
        var shortName = name
        if let dot = name.lastIndex(of: ".") {
            let parentName = String(name[..<dot])
            shortName = String(name[name.index(after: dot)...])
            let pm = try importAbsolute(parentName)
            // Importing the parent may have imported this module too.
            if let m = Dict.getStr(Modules.sysModules, key) { return m }
            guard let path = try? Ops.lookupAttr(pm, Str.intern("__path__")), let dirs = stringList(path) else {
                throw moduleNotFound("No module named '\(name)'; '\(parentName)' is not a package", name: name)
            }
            parent = pm
            searchPath = dirs
        } else {
            if let setUp = Modules.builtinModules[name] {
                let m = Modules.make(name)
                Dict.setStr(Modules.sysModules, key, m)
                setUp(m)
                return m
            }
            searchPath = stringList(Modules.sysPath) ?? []
        }
        guard let found = ModuleFinder.find(shortName, in: searchPath) else {
            throw moduleNotFound("No module named '\(name)'", name: name)
        }
        let module = try load(name, found)
        if let parent { Modules.set(parent, shortName, module) }
        return module
    }

    static func stringList(_ v: Value) -> [String]? {
        guard isList(v) || isTuple(v) else { return nil }
        let items = isList(v) ? List.array(v) : Tuple.array(v)
        return items.compactMap { isStr($0) ? Str.swift($0) : nil }
    }

    /// Creates the module, registers it in sys.modules, and runs its code.
    static func load(_ name: String, _ found: ModuleFinder.Found) throws -> Value {
        let m = Modules.make(name)
        let d = Modules.dict(m)
        let key = Str.intern(name)
        let parentName = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? ""
        Dict.setStr(d, "__doc__", .none)
        Dict.setStr(d, "__builtins__", Dict.getStr(Modules.sysModules, Str.intern("builtins")) ?? .none)
        var file: String? = nil
        var packageDirs: [String]? = nil
        switch found {
        case .source(let path, let dir), .sourceless(let path, let dir):
            file = path
            if let dir { packageDirs = [dir] }
        case .namespace(let dirs):
            packageDirs = dirs
        }
        Dict.setStr(d, "__package__", Str.make(packageDirs != nil ? name : parentName))
        if let dirs = packageDirs { Dict.setStr(d, "__path__", List.make(dirs.map { Str.make($0) })) }
        if let file {
            Dict.setStr(d, "__file__", Str.make(file))
            if case .source = found { Dict.setStr(d, "__cached__", Str.make(BytecodeCache.cachePath(forSource: file))) }
        }
        Dict.setStr(Modules.sysModules, key, m)
        let code: CodeObject
        do {
            switch found {
            case .source(let path, _): code = try BytecodeCache.code(forSource: path)
            case .sourceless(let path, _): code = try BytecodeCache.code(forSourceless: path, module: name)
            case .namespace: return m
            }
        } catch {
            _ = try? Dict.remove(Modules.sysModules, key)
            throw error
        }
        initializing.insert(name)
        defer { initializing.remove(name) }
        do {
            _ = try Interpreter.runModule(code, globals: d)
        } catch {
            _ = try? Dict.remove(Modules.sysModules, key)
            throw error
        }
        return Dict.getStr(Modules.sysModules, key) ?? m
    }

    /// Imports the submodules a from-list names that the package does not define
    /// (`from pkg import sub`, and `from pkg import *` with submodules in `__all__`).
    static func handleFromlist(_ module: Value, name: String, _ items: [Value], recursed: Bool = false) throws {
        guard Ops.typeOf(module) == T.module, Dict.getStr(Modules.dict(module), Str.intern("__path__")) != nil else { return }
        for item in items {
            guard isStr(item) else {
                throw typeError("Item in \(name).__all__ must be str, not \(Ops.typeName(item))")
            }
            let s = Str.swift(item)
            if s == "*" {
                if !recursed, let all = Dict.getStr(Modules.dict(module), Str.intern("__all__")) {
                    try handleFromlist(module, name: name, try Ops.iterate(all), recursed: true)
                }
                continue
            }
            if Dict.getStr(Modules.dict(module), item) != nil { continue }
            let sub = name + "." + s
            do {
                _ = try importAbsolute(sub)
            } catch let e as PyError where Types.isSubtype(Exceptions.type(e.exception), Exc.moduleNotFoundError) {
                // Only a missing `pkg.sub` itself is ignored (IMPORT_FROM then reports it).
                let d = objectSlots(e.exception.obj)[ExcSlot.dict]
                if d.tag == .SW_TAG_OBJ, let n = Dict.getStr(d, Str.intern("name")), isStr(n), Str.swift(n) == sub { continue }
                throw e
            }
        }
    }

    /// IMPORT_FROM: `from module import name`, falling back to sys.modules for a
    /// submodule bound during a circular import.
    static func importFrom(_ module: Value, _ name: Value) throws -> Value {
        if let v = try Ops.lookupAttr(module, name) { return v }
        let isModule = Ops.typeOf(module) == T.module
        let modName = isModule ? Str.swift(objectSlots(module.obj)[ModuleSlot.name]) : "<unknown module name>"
        if isModule, let m = Dict.getStr(Modules.sysModules, Str.intern(modName + "." + Str.swift(name))) { return m }
        var location = "unknown location"
        if isModule, let f = Dict.getStr(Modules.dict(module), Str.intern("__file__")), isStr(f) { location = Str.swift(f) }
        if initializing.contains(modName) {
            throw importError("cannot import name '\(Str.swift(name))' from partially initialized module '\(modName)' (most likely due to a circular import) (\(location))")
        }
        throw importError("cannot import name '\(Str.swift(name))' from '\(modName)' (\(location))")
    }

    /// IMPORT_STAR: binds the module's public names (its `__all__`, or every name not
    /// starting with an underscore) in `globals`.
    static func importStar(_ module: Value, into globals: Value) throws {
        guard Ops.typeOf(module) == T.module else { throw typeError("from-import-* object has no __dict__ and no __all__") }
        let d = Modules.dict(module)
        if let all = Dict.getStr(d, Str.intern("__all__")) {
            for n in try Ops.iterate(all) {
                guard isStr(n) else {
                    throw typeError("Item in \(Str.swift(objectSlots(module.obj)[ModuleSlot.name])).__all__ must be str, not \(Ops.typeName(n))")
                }
                try Dict.set(globals, n, try Ops.getAttr(module, n))
            }
            return
        }
        for (k, v) in Dict.entries(d) where isStr(k) && !Str.swift(k).hasPrefix("_") { try Dict.set(globals, k, v) }
    }
}
