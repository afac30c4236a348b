// Library.swift — installs the built-in library at startup: builtin functions and type
// constructors, methods of the built-in types, and the built-in modules.

func installRuntimeLibrary() {
    installBuiltinFunctions(into: Modules.builtinsDict)
    for (t, ctor) in builtinConstructorTable() {
        Ops.constructors[t] = ctor
        Dict.setStr(Modules.builtinsDict, Types.name(t), Value(t))
    }
    installStrMethods()
    installListMethods()
    installTupleMethods()
    installDictMethods()
    installSetMethods()
    installBuiltinModules()
    EvalExec.install(into: Modules.builtinsDict)
    if Dict.getStr(Modules.builtinsDict, Str.intern("format")) == nil {
        Dict.setStr(Modules.builtinsDict, "format", Native.function("format") { args in
            try args.expect("format", 1, 2)
            let spec = args.count > 1 ? args[1] : Str.intern("")
            guard Ops.typeOf(spec) == T.str else {
                throw typeError("format() argument 2 must be str, not \(Ops.typeName(spec))")
            }
            return try formatValue(args[0], spec: Str.swift(spec))
        })
    }
}
