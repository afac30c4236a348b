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
}
