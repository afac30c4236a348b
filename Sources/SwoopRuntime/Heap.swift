// Heap.swift — allocation and the precise, non-moving mark-and-sweep collector.
//
// Objects are C structs in size-class chunks (small) or calloc'd and listed (large).
// Collection happens only at safepoints (loop back-edges, calls; Interpreter.safepoint)
// while no Swift caller that may hold unrooted values has re-entered the interpreter
// (Interpreter.gcBlockers): every live value is then in a frame register, a module dict,
// or an explicit root, so runtime code may hold raw pointers freely, even across calls
// back into Python. SWOOP_GC_STRESS=1 collects at every safepoint.
import Glibc

/// Marks kept in the low bits of SwObject.gcMark; bits 8–15 hold the object's size class
/// (0: allocated by malloc, freed by free).
let gcMarked: UInt32 = 1
let gcImmortal: UInt32 = 2
let gcMarkBits: UInt32 = 3

public enum Heap {
    static var objectCount = 0
    static var bytesSinceCollection = 0
    /// Bytes allocated between collections: at least `minThreshold`, the size of one core's
    /// L2 cache here: sweeping refills the free lists that allocation then takes from, so
    /// a smaller cycle keeps the blocks being reused in cache (nqueens, 8 MiB -> 2 MiB:
    /// 0.52 s -> 0.44 s; programs with a large live set are governed by the per-object
    /// term in `collect`).
    static let minThreshold = 2 << 20
    static var threshold = minThreshold
    /// Set when the allocation budget is spent: the next safepoint collects.
    /// (A C global, so JIT-compiled loops can poll it.)
    public static var collectionRequested: Bool {
        @inline(__always) get { sw_gc_requested != 0 }
        @inline(__always) set { sw_gc_requested = newValue ? 1 : 0 }
    }
    public static var stress = false
    public static var collections = 0
    /// Objects allocated while this is positive are immortal (startup, constants).
    static var immortalDepth = 0

    /// Root providers: the interpreter registers its value stack; modules register theirs.
    static var rootScanners: [(inout MarkStack) -> Void] = []
    /// Values runtime code must keep alive across a call back into Python.
    public static var tempRoots: [Value] = []

    static func setUp() {
        if let s = getenv("SWOOP_GC_LOG"), s.pointee != 0, s.pointee != UInt8(ascii: "0") { log = true }
        if let s = getenv("SWOOP_GC_STRESS"), s.pointee != 0, s.pointee != UInt8(ascii: "0") {
            stress = true
            collectionRequested = true
        }
    }

    // Small objects (up to 1 KiB) live in 64 KiB chunks, each carved into blocks of one
    // size class (16-byte steps), as CPython's pymalloc: malloc/free per object cost as
    // much as the rest of an allocation-heavy loop. A free block has a nil type and its
    // free-list link in the gcNext field; the sweeper walks the chunks block by block
    // (sequential memory, no list to chase). Objects above 1 KiB are calloc'd and kept
    // on the `largeObjects` list. Dict and set tables and list item buffers use a separate pool of
    // raw blocks.
    @inline(__always) static var sizeClassCount: Int { Int(SW_SIZE_CLASSES) }
    static let chunkSize = 64 << 10

    /// A set of free lists (`swoop_heap.h`): blocks of each size class, linked through
    /// the word at `linkOffset`. (Values, not objects: using one costs no reference count
    /// and no lazy-global check.)
    struct Pool {
        let freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
        let linkOffset: Int

        @inline(__always)
        func take(_ cls: Int) -> UnsafeMutableRawPointer {
            if freeLists[cls] == nil { refill(cls) }
            let p = freeLists[cls]!
            freeLists[cls] = p.load(fromByteOffset: linkOffset, as: UnsafeMutableRawPointer?.self)
            memset(p, 0, cls << 4)
            return p
        }

        @inline(__always)
        func give(_ p: UnsafeMutableRawPointer, _ cls: Int) {
            p.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)      // a free block's nil type
            p.storeBytes(of: freeLists[cls], toByteOffset: linkOffset, as: UnsafeMutableRawPointer?.self)
            freeLists[cls] = p
        }

        func refill(_ cls: Int) {
            let base = calloc(1, Heap.chunkSize)!
            if freeLists == sw_object_free() { Heap.objectChunks.append((base, cls)) }
            let size = cls << 4
            var off = (Heap.chunkSize / size - 1) * size
            while off >= 0 { give(base + off, cls); off -= size }
        }
    }

    /// Object blocks (link in gcNext, offset 8) and raw blocks (link at offset 0).
    @inline(__always) static var objects: Pool { Pool(freeLists: sw_object_free(), linkOffset: 8) }
    @inline(__always) static var raw: Pool { Pool(freeLists: sw_raw_free(), linkOffset: 0) }
    /// Every chunk of object blocks and its size class, for the sweeper.
    static var objectChunks: [(base: UnsafeMutableRawPointer, cls: Int)] = []
    static var largeObjects: ObjRef? = nil

    /// The size class of a block of `bytes` (16-byte steps; `sizeClassCount` and up: calloc).
    @inline(__always) static func sizeClass(_ bytes: Int) -> Int { (bytes + 15) >> 4 }

    /// `bytes` zeroed bytes outside any object (a dict's table, a list's items). Free with
    /// `rawFree` and the same size.
    @inline(__always)
    static func rawAlloc(_ bytes: Int) -> UnsafeMutableRawPointer {
        let cls = sizeClass(bytes)
        return cls < sizeClassCount ? raw.take(cls) : calloc(1, bytes)!
    }

    @inline(__always)
    static func rawFree(_ p: UnsafeMutableRawPointer?, _ bytes: Int) {
        guard let p else { return }
        let cls = sizeClass(bytes)
        if cls >= sizeClassCount { free(p); return }
        raw.give(p, cls)
    }

    /// Allocates `size` zeroed bytes as an object of type `type` with `nslots` traced slots.
    @inline(__always)
    public static func allocate(_ type: TypeRef, size: Int, nslots: Int = 0) -> ObjRef {
        let cls = sizeClass(size)
        let small = cls < sizeClassCount
        let o = (small ? objects.take(cls) : calloc(1, size)!).assumingMemoryBound(to: SwObject.self)
        o.pointee.type = type
        o.pointee.nslots = UInt32(nslots)
        o.pointee.gcMark = small ? UInt32(cls) << 8 : 0
        if immortalDepth > 0 {
            o.pointee.gcMark |= gcImmortal
        } else {
            if !small {
                o.pointee.gcNext = largeObjects
                largeObjects = o
            }
            objectCount += 1
            bytesSinceCollection += size
            if bytesSinceCollection > threshold { collectionRequested = true }
        }
        return o
    }

    /// Accounts for memory an object holds outside its own block (list items, tables).
    @inline(__always)
    static func noteExternal(_ bytes: Int) {
        bytesSinceCollection += bytes
        if bytesSinceCollection > threshold { collectionRequested = true }
    }

    /// Runs `body` with every allocation immortal (never collected, never traced).
    public static func immortal<R>(_ body: () throws -> R) rethrows -> R {
        immortalDepth += 1
        defer { immortalDepth -= 1 }
        return try body()
    }

    /// SWOOP_GC_LOG=1 prints one line per collection to stderr.
    static var log = false

    public static func collect() {
        collections += 1
        let before = objectCount
        var stack = MarkStack()
        for scan in rootScanners { scan(&stack) }
        for v in tempRoots { stack.push(v) }
        stack.drain()
        sweep()
        // The next collection after allocating about 128 bytes per live object (2 MiB at
        // least): collection work stays proportional to allocation.
        threshold = max(minThreshold, objectCount * 128)
        if log {
            let line = "[gc] #\(collections): \(before) objects -> \(objectCount) live, \(bytesSinceCollection >> 10) KiB since last, next threshold \(threshold >> 10) KiB\n"
            line.withCString { _ = Glibc.write(2, $0, strlen($0)) }
        }
        bytesSinceCollection = 0
        collectionRequested = stress
    }

    static func sweep() {
        var live = 0
        // Small objects: chunk by chunk.
        for (base, cls) in objectChunks {
            let size = cls << 4
            var off = 0
            while off + size <= chunkSize {
                let o = (base + off).assumingMemoryBound(to: SwObject.self)
                off += size
                guard o.pointee.gcMark & gcImmortal == 0, UnsafeRawPointer(o).load(as: UInt.self) != 0 else { continue }
                if o.pointee.gcMark & gcMarked != 0 {
                    o.pointee.gcMark &= ~gcMarked
                    live += 1
                } else {
                    release(o)
                }
            }
        }
        // Large objects: their list.
        var prev: ObjRef? = nil
        var cur = largeObjects
        while let o = cur {
            let next = o.pointee.gcNext
            if o.pointee.gcMark & gcMarked != 0 {
                o.pointee.gcMark &= ~gcMarked
                prev = o
                live += 1
            } else {
                if let p = prev { p.pointee.gcNext = next } else { largeObjects = next }
                release(o)
            }
            cur = next
        }
        objectCount = live
    }

    /// Frees an object's external memory and the object.
    static func release(_ o: ObjRef) {
        switch o.pointee.type.pointee.kind {
        case .SW_KIND_LIST:
            let l = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwList.self)
            List.freeItems(l)
        case .SW_KIND_DICT:
            let d = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwDict.self)
            Dict.freeTable(d)
        case .SW_KIND_SET:
            PySet.releaseTable(UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwSet.self))
        case .SW_KIND_BIGINT:
            let b = UnsafeMutableRawPointer(o).assumingMemoryBound(to: SwBigInt.self)
            __gmpz_clear(&b.pointee.z)
        default:
            break
        }
        let cls = Int((o.pointee.gcMark >> 8) & 0xff)
        if cls == 0 { free(o); return }
        objects.give(UnsafeMutableRawPointer(o), cls)
    }
}

/// The marker's explicit stack (no recursion, so deep structures cannot overflow).
public struct MarkStack {
    var items: [ObjRef] = []

    @inline(__always)
    public mutating func push(_ v: Value) {
        if v.tag == .SW_TAG_OBJ { push(v.obj) }
    }

    @inline(__always)
    public mutating func push(_ o: ObjRef) {
        if o.pointee.gcMark & gcMarkBits != 0 { return }       // marked already, or immortal
        o.pointee.gcMark |= gcMarked
        items.append(o)
    }

    mutating func pushSlots(_ p: UnsafeMutablePointer<SwValue>, _ n: Int) {
        for i in 0..<n { push(p[i]) }
    }

    mutating func drain() {
        while let o = items.popLast() {
            let raw = UnsafeMutableRawPointer(o)
            let n = Int(o.pointee.nslots)
            switch o.pointee.type.pointee.kind {
            case .SW_KIND_SLOTS:
                pushSlots((raw + MemoryLayout<SwObject>.size).assumingMemoryBound(to: SwValue.self), n)
            case .SW_KIND_TUPLE:
                pushSlots((raw + MemoryLayout<SwObject>.size).assumingMemoryBound(to: SwValue.self), n)
            case .SW_KIND_LIST:
                let l = raw.assumingMemoryBound(to: SwList.self)
                if let items = l.pointee.items { pushSlots(items, Int(l.pointee.count)) }
                // Instances of list subclasses keep __slots__ and __dict__ after the fields.
                if n > 0 { pushSlots((raw + MemoryLayout<SwList>.size).assumingMemoryBound(to: SwValue.self), n) }
            case .SW_KIND_DICT:
                let d = raw.assumingMemoryBound(to: SwDict.self)
                if let e = d.pointee.entries {
                    for i in 0..<Int(d.pointee.used) {
                        push(e[i].key)
                        push(e[i].value)
                    }
                }
                if n > 0 { pushSlots((raw + MemoryLayout<SwDict>.size).assumingMemoryBound(to: SwValue.self), n) }
            case .SW_KIND_SET:
                let s = raw.assumingMemoryBound(to: SwSet.self)
                if let t = s.pointee.table {
                    for i in 0...Int(s.pointee.mask) { push(t[i].key) }
                }
            case .SW_KIND_TYPE:
                let t = raw.assumingMemoryBound(to: SwType.self)
                pushSlots(typeSlots(t), n)
                if let base = t.pointee.base { push(asObject(base)) }
            case .SW_KIND_CODE:
                let c = raw.assumingMemoryBound(to: SwCode.self)
                pushSlots(codeConstants(c), n)
            case .SW_KIND_BUILTIN:
                let b = raw.assumingMemoryBound(to: SwBuiltin.self)
                pushSlots(builtinSlots(b), n)
            case .SW_KIND_BIGINT, .SW_KIND_STR:
                break
            }
            push(asObject(o.pointee.type))
        }
    }
}

// Flexible array members are not visible to Swift; compute their addresses.
@inline(__always) func typeSlots(_ t: TypeRef) -> UnsafeMutablePointer<SwValue> {
    (UnsafeMutableRawPointer(t) + MemoryLayout<SwType>.size).assumingMemoryBound(to: SwValue.self)
}
@inline(__always) func codeConstants(_ c: UnsafeMutablePointer<SwCode>) -> UnsafeMutablePointer<SwValue> {
    (UnsafeMutableRawPointer(c) + MemoryLayout<SwCode>.size).assumingMemoryBound(to: SwValue.self)
}
@inline(__always) func builtinSlots(_ b: UnsafeMutablePointer<SwBuiltin>) -> UnsafeMutablePointer<SwValue> {
    (UnsafeMutableRawPointer(b) + MemoryLayout<SwBuiltin>.size).assumingMemoryBound(to: SwValue.self)
}
@inline(__always) func objectSlots(_ o: ObjRef) -> UnsafeMutablePointer<SwValue> {
    (UnsafeMutableRawPointer(o) + MemoryLayout<SwObject>.size).assumingMemoryBound(to: SwValue.self)
}
@inline(__always) func tupleItems(_ t: UnsafeMutablePointer<SwTuple>) -> UnsafeMutablePointer<SwValue> {
    (UnsafeMutableRawPointer(t) + MemoryLayout<SwObject>.size).assumingMemoryBound(to: SwValue.self)
}
@inline(__always) func strBytes(_ s: UnsafeMutablePointer<SwStr>) -> UnsafeMutablePointer<UInt8> {
    (UnsafeMutableRawPointer(s) + MemoryLayout<SwStr>.size).assumingMemoryBound(to: UInt8.self)
}
