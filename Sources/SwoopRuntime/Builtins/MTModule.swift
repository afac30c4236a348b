// MTModule.swift — `_mt19937`, the Mersenne Twister core behind Lib/random.py, in Swift.
// Each function takes the Random instance and works on its `_mt` list (624 ints below
// 2**32) and `_mti` index exactly as the Python methods they replace, so sequences stay
// CPython's bit for bit; Lib/random.py binds them as methods when this module exists.

enum MT {
    static let n = 624, m = 397
    static let mtName = Str.intern("_mt"), mtiName = Str.intern("_mti")

    /// The instance's state: its `_mt` list (checked) and `_mti`.
    static func state(_ selfValue: Value) throws -> (UnsafeMutablePointer<SwValue>, Int) {
        let mt = try Ops.getAttr(selfValue, mtName)
        guard mt.isObject(ofType: T.list), List.count(mt) == n else { throw valueError("corrupt Mersenne Twister state") }
        let i = try Ops.getAttr(selfValue, mtiName)
        guard i.tag == .SW_TAG_INT else { throw valueError("corrupt Mersenne Twister state") }
        return (List.items(mt), Int(i.int))
    }

    static func setIndex(_ selfValue: Value, _ i: Int) throws {
        try Ops.setAttr(selfValue, mtiName, Value(int: i))
    }

    @inline(__always) static func word(_ p: UnsafeMutablePointer<SwValue>, _ i: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: p[i].int)
    }

    static func twist(_ p: UnsafeMutablePointer<SwValue>) {
        var mt = (0..<n).map { word(p, $0) }
        for kk in 0..<n {
            let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % n] & 0x7FFF_FFFF)
            mt[kk] = mt[(kk + m) % n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        for i in 0..<n { p[i] = Value(int: Int64(mt[i])) }
    }

    @inline(__always) static func temper(_ x: UInt32) -> UInt32 {
        var y = x
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        return y ^ (y >> 18)
    }

    /// The next tempered 32-bit output, advancing `i`.
    @inline(__always) static func next(_ p: UnsafeMutablePointer<SwValue>, _ i: inout Int) -> UInt32 {
        if i >= n { twist(p); i = 0 }
        let y = word(p, i)
        i += 1
        return temper(y)
    }

    static func initGenrand(_ p: UnsafeMutablePointer<SwValue>, _ s: UInt32) {
        var prev = s
        p[0] = Value(int: Int64(s))
        for i in 1..<n {
            prev = 1_812_433_253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
            p[i] = Value(int: Int64(prev))
        }
    }

    static func install(_ module: Value) {
        func def(_ name: String, _ fn: @escaping NativeFn) { Modules.set(module, name, Native.function(name, fn)) }
        def("random") { args in
            try args.expect("random", 1, 1)
            var (p, i) = try state(args[0])
            let a = next(p, &i) >> 5, b = next(p, &i) >> 6
            try setIndex(args[0], i)
            return Value(float: (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0))
        }
        def("_genrand32") { args in
            try args.expect("_genrand32", 1, 1)
            var (p, i) = try state(args[0])
            let y = next(p, &i)
            try setIndex(args[0], i)
            return Value(int: Int64(y))
        }
        def("getrandbits") { args in
            try args.expect("getrandbits", 2, 2)
            let k = try Ops.index(args[1])
            if k < 0 { throw valueError("number of bits must be non-negative") }
            if k == 0 { return Value(int: 0) }
            var (p, i) = try state(args[0])
            defer { try? setIndex(args[0], i) }
            if k <= 32 { return Value(int: Int64(next(p, &i) >> UInt32(32 - k))) }
            if k <= 62 {
                var r: UInt64 = 0, shift: UInt64 = 0, left = k
                while left > 0 {
                    var w = UInt64(next(p, &i))
                    if left < 32 { w >>= UInt64(32 - left) }
                    r |= w << shift
                    shift += 32
                    left -= 32
                }
                return Value(int: Int64(r))
            }
            // Wider: little-endian 32-bit words, as CPython fills its digits.
            var result = Value(int: 0)
            var shift = 0, left = k
            while left > 0 {
                var w = next(p, &i)
                if left < 32 { w >>= UInt32(32 - left) }
                let part = try Ops.binary(.lshift, Value(int: Int64(w)), Value(int: shift))
                result = try Ops.binary(.or, result, part)
                shift += 32
                left -= 32
            }
            return result
        }
        def("_init_genrand") { args in
            try args.expect("_init_genrand", 2, 2)
            let (p, _) = try state(args[0])
            initGenrand(p, UInt32(truncatingIfNeeded: try Ops.index(args[1])))
            try setIndex(args[0], n)
            return .none
        }
        def("_init_by_array") { args in
            try args.expect("_init_by_array", 2, 2)
            let (p, _) = try state(args[0])
            let key = try Ops.iterate(args[1]).map { UInt32(truncatingIfNeeded: try Ops.index($0)) }
            initGenrand(p, 19_650_218)
            var mt = (0..<n).map { word(p, $0) }
            var i = 1, j = 0
            var k = max(n, key.count)
            while k > 0 {
                let prev = mt[i - 1]
                mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) &* 1_664_525)) &+ (key.isEmpty ? 0 : key[j]) &+ UInt32(truncatingIfNeeded: j)
                i += 1; j += 1
                if i >= n { mt[0] = mt[n - 1]; i = 1 }
                if j >= key.count { j = 0 }
                k -= 1
            }
            k = n - 1
            while k > 0 {
                let prev = mt[i - 1]
                mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) &* 1_566_083_941)) &- UInt32(i)
                i += 1
                if i >= n { mt[0] = mt[n - 1]; i = 1 }
                k -= 1
            }
            mt[0] = 0x8000_0000
            for x in 0..<n { p[x] = Value(int: Int64(mt[x])) }
            try setIndex(args[0], n)
            return .none
        }
    }
}
