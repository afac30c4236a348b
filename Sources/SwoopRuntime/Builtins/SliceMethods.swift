// SliceMethods.swift — the methods of slice (indices).

func installSliceMethods() {
    Native.method(T.slice, "indices") { args in
        try args.expectMethod("indices", "slice.indices", 1, 1)
        let length = try Ops.index(args[1])
        if length < 0 { throw valueError("length should not be negative") }
        let (start, stop, step, _) = try Ops.sliceIndices(args[0], length: length)
        return Tuple.make([Value(int: start), Value(int: stop), Value(int: step)])
    }
}
