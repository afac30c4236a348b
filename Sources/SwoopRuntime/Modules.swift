// Modules.swift — module objects, the registry of built-in modules, and `import`.

public enum Modules {
    /// Built-in module initializers by name.
    static var builtinModules: [String: (Value) -> Void] = [:]
    /// sys.modules.
    public static var sysModules: Value = .none
    public static var builtinsDict: Value = .none
    public static var sysArgv: Value = .none
    public static var sysStdout: Value = .none
    public static var sysStderr: Value = .none
    public static var sysPath: Value = .none

    public static func define(_ name: String, _ setUp: @escaping (Value) -> Void) {
        builtinModules[name] = setUp
    }

    public static func make(_ name: String) -> Value {
        let d = Dict.make()
        Dict.setStr(d, "__name__", Str.intern(name))
        return Objects.slotObject(T.module, [Str.intern(name), d])
    }

    public static func dict(_ m: Value) -> Value { objectSlots(m.obj)[ModuleSlot.dict] }

    public static func set(_ m: Value, _ name: String, _ v: Value) {
        Dict.setStr(dict(m), name, v)
    }

    /// `import name` for an absolute, dotted name (built-in modules, then sys.path).
    public static func importModule(_ name: String) throws -> Value {
        try Importer.importAbsolute(name)
    }
}

/// Process-wide settings.
public enum Runtime {
    public static var intMaxStrDigits = 4300
}

/// Writing to sys.stdout / sys.stderr (file objects are slot objects with slot 0 = fd).
public enum Output {
    static var stdoutBuffer: [UInt8] = []

    public static func write(_ file: Value, _ s: String) {
        let fd = file.tag == .SW_TAG_OBJ && file.obj.pointee.nslots > 0 ? Int32(objectSlots(file.obj)[0].int) : 1
        write(fd: fd, s)
    }

    public static func write(fd: Int32, _ s: String) {
        if fd == 2 { flush() }
        var s = s
        s.withUTF8 { buf in
            if fd == 1 {
                stdoutBuffer.append(contentsOf: buf)
                if stdoutBuffer.count > 1 << 16 || unbuffered { flush() }
            } else {
                writeAll(fd, buf)
            }
        }
    }

    static var unbuffered = false

    public static func flush() {
        if stdoutBuffer.isEmpty { return }
        stdoutBuffer.withUnsafeBufferPointer { writeAll(1, $0) }
        stdoutBuffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ fd: Int32, _ buf: UnsafeBufferPointer<UInt8>) {
        var off = 0
        while off < buf.count {
            let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
            if n <= 0 { return }
            off += n
        }
    }
}
import Glibc
