// Value.swift — Swift's view of the 16-byte tagged value shared with C and machine code.
@_exported import CSwoopRuntime

public typealias Value = SwValue
public typealias ObjRef = UnsafeMutablePointer<SwObject>
public typealias TypeRef = UnsafeMutablePointer<SwType>

extension SwValue {
    public static let none = SwValue(tag: .SW_TAG_NONE, bits: 0)
    public static let unbound = SwValue(tag: .SW_TAG_UNBOUND, bits: 0)
    public static let `true` = SwValue(tag: .SW_TAG_BOOL, bits: 1)
    public static let `false` = SwValue(tag: .SW_TAG_BOOL, bits: 0)

    @inline(__always) public init(int: Int64) { self.init(tag: .SW_TAG_INT, bits: UInt64(bitPattern: int)) }
    @inline(__always) public init(int: Int) { self.init(tag: .SW_TAG_INT, bits: UInt64(bitPattern: Int64(int))) }
    @inline(__always) public init(float: Double) { self.init(tag: .SW_TAG_FLOAT, bits: float.bitPattern) }
    @inline(__always) public init(bool: Bool) { self.init(tag: .SW_TAG_BOOL, bits: bool ? 1 : 0) }
    @inline(__always) public init(_ obj: ObjRef) { self.init(tag: .SW_TAG_OBJ, bits: UInt64(UInt(bitPattern: obj))) }
    @inline(__always) public init<T>(_ p: UnsafeMutablePointer<T>) {
        self.init(tag: .SW_TAG_OBJ, bits: UInt64(UInt(bitPattern: p)))
    }

    @inline(__always) public var isInt: Bool { tag == .SW_TAG_INT }
    @inline(__always) public var isFloat: Bool { tag == .SW_TAG_FLOAT }
    @inline(__always) public var isObject: Bool { tag == .SW_TAG_OBJ }
    @inline(__always) public var isNone: Bool { tag == .SW_TAG_NONE }
    @inline(__always) public var isBool: Bool { tag == .SW_TAG_BOOL }
    @inline(__always) public var isUnbound: Bool { tag == .SW_TAG_UNBOUND }
    @inline(__always) public var int: Int64 { Int64(bitPattern: bits) }
    @inline(__always) public var float: Double { Double(bitPattern: bits) }
    @inline(__always) public var bool: Bool { bits != 0 }
    @inline(__always) public var obj: ObjRef { ObjRef(bitPattern: UInt(bits))! }

    /// The object pointer reinterpreted as a specific layout.
    @inline(__always) public func `as`<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        UnsafeMutableRawPointer(bitPattern: UInt(bits))!.assumingMemoryBound(to: T.self)
    }

    /// The object's layout kind, for object values.
    @inline(__always) public var kind: SwKind { obj.pointee.type.pointee.kind }

    @inline(__always) public func isObject(ofType t: TypeRef) -> Bool {
        tag == .SW_TAG_OBJ && obj.pointee.type == t
    }

    /// Identity, as Python's `is`.
    @inline(__always) public func identical(_ o: SwValue) -> Bool { tag == o.tag && bits == o.bits }
}

@inline(__always) func asObject<T>(_ p: UnsafeMutablePointer<T>) -> ObjRef {
    UnsafeMutableRawPointer(p).assumingMemoryBound(to: SwObject.self)
}
