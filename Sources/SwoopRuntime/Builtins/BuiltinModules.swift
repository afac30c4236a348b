// BuiltinModules.swift — registers the built-in modules (array, math, _mt19937, time, sys,
// dis, _traceback) with the import system.

func installBuiltinModules() {
    // Not modules, but installed from here so the lead's startup sequence needs no change.
    installRangeMethods()
    installSliceMethods()
    installNumberMethods()
    installStandardStreams()
    PyArray.setUp()
    Modules.define("array", PyArray.install)
    Modules.define("math", installMathModule)
    Modules.define("_mt19937", MT.install)
    Modules.define("time", installTimeModule)
    Modules.define("sys", installSysModule)
    Modules.define("dis", installDisModule)
    Modules.define("_traceback", installTracebackModule)
}
