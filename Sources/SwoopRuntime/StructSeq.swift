// StructSeq.swift — named tuples built by the runtime (sys.version_info): tuple subtypes
// whose items are also readable as named, read-only fields, repr'd as
// `sys.version_info(major=3, minor=11, ...)`.

public enum StructSeq {
    /// Field names of each struct-sequence type.
    static var fields: [TypeRef: [String]] = [:]

    /// Creates an immortal tuple subtype `name` with the given field names.
    static func makeType(_ name: String, fields names: [String]) -> TypeRef {
        let t = Types.make(name, kind: .SW_KIND_TUPLE, base: T.tuple)
        t.pointee.head.type = T.type
        Types.finish(t, name)
        fields[t] = names
        return t
    }

    /// An instance of struct-sequence type `t` holding `items` (one per field).
    static func make(_ t: TypeRef, _ items: [Value]) -> Value {
        let o = Heap.allocate(t, size: MemoryLayout<SwObject>.size + items.count * MemoryLayout<SwValue>.size,
                              nslots: items.count)
        let p = tupleItems(UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwTuple.self))
        for (i, x) in items.enumerated() { p[i] = x }
        return Value(o)
    }

    /// Whether `t` is a struct-sequence type.
    @inline(__always) static func isStructSeq(_ t: TypeRef) -> Bool {
        t.pointee.kind == .SW_KIND_TUPLE && t != T.tuple && fields[t] != nil
    }

    /// The item index of field `name` of type `t`, if it has one.
    static func fieldIndex(_ t: TypeRef, _ name: String) -> Int? {
        fields[t]?.firstIndex(of: name)
    }

    /// `typename(field=repr, ...)`.
    static func repr(_ v: Value) throws -> String {
        let t = v.obj.pointee.type
        let names = fields[t] ?? []
        let items = Tuple.array(v)
        let parts = try zip(names, items).map { "\($0)=\(try Ops.reprString($1))" }
        return Types.name(t) + "(" + parts.joined(separator: ", ") + ")"
    }
}
