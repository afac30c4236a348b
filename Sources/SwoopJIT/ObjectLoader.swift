// ObjectLoader.swift — loads the relocatable ELF object libgccjit writes for a trace
// (x86-64) straight into executable memory. Linking the object into a shared library
// and dlopen-ing it costs two more processes (collect2 and ld) per compile, about a third
// of a small trace's compile time; a trace object needs none of what they do: it has a
// few sections, calls into libm, and constants addressed relative to the code.
//
// What is supported: allocated sections (code, read-only data, unwind tables), symbols
// defined in them or resolved in the process (dlsym), and the relocations GCC emits for
// position-independent x86-64 code: 64-bit absolute, 32/64-bit PC-relative, PLT calls
// and GOT loads. Calls and GOT loads reach external symbols through stubs placed after
// the sections (`jmp *addr(%rip)` and an 8-byte slot), so the code may be anywhere.
// Anything else (writable data, other relocation types, other architectures) is
// reported as `nil`, and the caller links through libgccjit's own path instead.
import Glibc

enum ObjectLoader {
    /// The address of C symbol `name` in this process (RTLD_DEFAULT), or nil.
    static func processSymbol(_ name: String) -> UnsafeRawPointer? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { UnsafeRawPointer($0) }
    }

    /// Loads `object` and returns the address of the function `symbol`, or nil. Undefined
    /// symbols named in `externals` take the address given there, then what `resolve`
    /// gives; others are looked up in the process.
    static func load(_ object: [UInt8], symbol: String, externals: [String: UInt64] = [:],
                     resolve: (String) -> UInt64? = { _ in nil }) -> UnsafeRawPointer? {
        #if arch(x86_64)
        return object.withUnsafeBytes { load(ElfFile(bytes: $0), symbol, externals, resolve) }
        #else
        return nil
        #endif
    }

    struct Section {
        var type: UInt32, flags: UInt64, offset: Int, size: Int, link: Int, info: Int, align: Int
    }

    /// Little-endian reads from the object's bytes, bounds-checked.
    struct ElfFile {
        let bytes: UnsafeRawBufferPointer
        func u8(_ at: Int) -> UInt8? { at >= 0 && at < bytes.count ? bytes[at] : nil }
        func u16(_ at: Int) -> Int? { read(at, UInt16.self).map(Int.init) }
        func u32(_ at: Int) -> Int? { read(at, UInt32.self).map(Int.init) }
        func u64(_ at: Int) -> UInt64? { read(at, UInt64.self) }
        private func read<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> T? {
            guard at >= 0, at + MemoryLayout<T>.size <= bytes.count else { return nil }
            return T(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: T.self))
        }
        func string(_ at: Int) -> String? {
            guard at >= 0, at < bytes.count else { return nil }
            var end = at
            while end < bytes.count && bytes[end] != 0 { end += 1 }
            return String(decoding: bytes[at..<end], as: UTF8.self)
        }
    }

    static let shfWrite: UInt64 = 1, shfAlloc: UInt64 = 2
    static let shtSymtab: UInt32 = 2, shtRela: UInt32 = 4, shtNobits: UInt32 = 8

    static func load(_ f: ElfFile, _ symbol: String, _ externals: [String: UInt64],
                     _ resolve: (String) -> UInt64?) -> UnsafeRawPointer? {
        // ELF64, little-endian, relocatable, x86-64.
        guard f.bytes.count > 64, f.u32(0) == 0x464c_457f, f.u8(4) == 2, f.u8(5) == 1,
              f.u16(16) == 1, f.u16(18) == 62,
              let shoff = f.u64(0x28).map({ Int($0) }), let shentsize = f.u16(0x3a), let shnum = f.u16(0x3c),
              shentsize == 64 else { return nil }
        var sections: [Section] = []
        for i in 0..<shnum {
            let h = shoff + i * 64
            guard let type = f.u32(h + 4), let flags = f.u64(h + 8), let off = f.u64(h + 24),
                  let size = f.u64(h + 32), let link = f.u32(h + 40), let info = f.u32(h + 44),
                  let align = f.u64(h + 48) else { return nil }
            sections.append(Section(type: UInt32(type), flags: flags, offset: Int(off),
                                    size: Int(size), link: link, info: info, align: max(1, Int(align))))
        }

        // Layout: allocated sections in order, then stubs for external symbols.
        var placed = [Int?](repeating: nil, count: shnum)
        var size = 0
        for (i, s) in sections.enumerated() where s.flags & shfAlloc != 0 && s.size > 0 {
            if s.flags & shfWrite != 0 { return nil }          // no writable data in trace code
            size = (size + s.align - 1) / s.align * s.align
            placed[i] = size
            size += s.size
        }
        guard let symtabIndex = sections.firstIndex(where: { $0.type == shtSymtab }) else { return nil }
        let symtab = sections[symtabIndex]
        guard symtab.link < shnum else { return nil }
        let strtab = sections[symtab.link]

        struct Symbol { var name: String; var section: Int; var value: UInt64 }
        var symbols: [Symbol] = []
        let count = symtab.size / 24
        for k in 0..<count {
            let e = symtab.offset + k * 24
            guard let nameOff = f.u32(e), let shndx = f.u16(e + 6), let value = f.u64(e + 8) else { return nil }
            symbols.append(Symbol(name: f.string(strtab.offset + nameOff) ?? "", section: shndx, value: value))
        }
        // External symbols get a stub: 8 bytes of address (the GOT slot) then `jmp *slot`.
        var stubOf: [Int: Int] = [:]
        size = (size + 15) / 16 * 16
        // (GCC names `_GLOBAL_OFFSET_TABLE_` in code that reads a global through the GOT; the
        // GOT relocations themselves go to the stubs, so it needs no address.)
        for s in symbols.indices where symbols[s].section == 0 && !symbols[s].name.isEmpty
                                   && symbols[s].name != "_GLOBAL_OFFSET_TABLE_" {
            stubOf[s] = size
            size += 16
        }

        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapped = max(pageSize, (size + pageSize - 1) / pageSize * pageSize)
        guard let mem = mmap(nil, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mem != MAP_FAILED else { return nil }
        let base = UnsafeMutableRawPointer(mem)
        var ok = false
        defer { if !ok { munmap(mem, mapped) } }
        for (i, s) in sections.enumerated() {
            guard let at = placed[i], s.type != shtNobits else { continue }
            guard s.offset + s.size <= f.bytes.count else { return nil }
            (base + at).copyMemory(from: f.bytes.baseAddress! + s.offset, byteCount: s.size)
        }
        func address(_ s: Int) -> UInt64? {
            let sym = symbols[s]
            switch sym.section {
            case 0:
                if let given = externals[sym.name] ?? resolve(sym.name) { return given }
                guard let p = processSymbol(sym.name) else { return nil }
                return UInt64(UInt(bitPattern: p))
            case 0xfff1: return sym.value                                                              // SHN_ABS
            default:
                guard sym.section < shnum, let at = placed[sym.section] else { return nil }
                return UInt64(UInt(bitPattern: base + at)) &+ sym.value
            }
        }
        for s in symbols.indices {
            guard let stub = stubOf[s] else { continue }
            guard let target = address(s) else { return nil }
            (base + stub).storeBytes(of: target, as: UInt64.self)
            // jmp *-14(%rip): ff 25 f2 ff ff ff
            let jmp: [UInt8] = [0xff, 0x25, 0xf2, 0xff, 0xff, 0xff]
            for (k, b) in jmp.enumerated() { (base + stub + 8 + k).storeBytes(of: b, as: UInt8.self) }
        }

        for rela in sections where rela.type == shtRela {
            guard rela.info < shnum, let target = placed[rela.info] else { continue }   // relocations of unloaded sections
            guard rela.link == symtabIndex else { return nil }
            for k in 0..<(rela.size / 24) {
                let e = rela.offset + k * 24
                guard let offset = f.u64(e), let info = f.u64(e + 8), let addendBits = f.u64(e + 16) else { return nil }
                let s = Int(info >> 32), type = info & 0xffff_ffff
                let width = type == 1 || type == 24 ? 8 : 4
                guard s < symbols.count, Int(offset) + width <= sections[rela.info].size else { return nil }
                let addend = Int64(bitPattern: addendBits)
                let p = base + target + Int(offset)
                let place = Int64(Int(bitPattern: p))
                func symbolValue() -> Int64? { address(s).map { Int64(bitPattern: $0) } }
                func put32(_ v: Int64) -> Bool {
                    guard v >= Int64(Int32.min), v <= Int64(Int32.max) else { return false }
                    p.storeBytes(of: Int32(v), as: Int32.self)
                    return true
                }
                switch type {
                case 1:                                              // R_X86_64_64: S + A
                    guard let v = symbolValue() else { return nil }
                    p.storeBytes(of: v &+ addend, as: Int64.self)
                case 24:                                             // R_X86_64_PC64: S + A - P
                    guard let v = symbolValue() else { return nil }
                    p.storeBytes(of: v &+ addend &- place, as: Int64.self)
                case 2, 4:                                           // R_X86_64_PC32, PLT32: S + A - P
                    // A PLT call to an external symbol goes through its stub.
                    let v: Int64
                    if type == 4, let stub = stubOf[s] {
                        v = Int64(Int(bitPattern: base + stub + 8))
                    } else {
                        guard let sv = symbolValue() else { return nil }
                        v = sv
                    }
                    guard put32(v &+ addend &- place) else { return nil }
                case 9, 41, 42:                                      // GOTPCREL, GOTPCRELX, REX_GOTPCRELX
                    guard let stub = stubOf[s] else { return nil }   // (only external symbols have slots)
                    guard put32(Int64(Int(bitPattern: base + stub)) &+ addend &- place) else { return nil }
                default:
                    return nil
                }
            }
        }
        guard mprotect(mem, mapped, PROT_READ | PROT_EXEC) == 0 else { return nil }
        guard let entry = symbols.firstIndex(where: { $0.name == symbol && $0.section != 0 }),
              let addr = address(entry) else { return nil }
        ok = true
        return UnsafeRawPointer(bitPattern: UInt(addr))
    }
}
