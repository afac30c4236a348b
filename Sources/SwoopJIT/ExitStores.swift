// ExitStores.swift — how a trace's exits share their stores, for both backends. Each
// snapshot's exit writes only what it adds to an earlier snapshot whose slots it contains
// (its parent) and continues in the parent's stores; successive snapshots mostly differ
// by a slot or two, so the exit code stays close to linear in the trace's length (GCC's
// compile time with it). Valid because a value has one location for the whole trace in
// either backend, and a snapshot's values are all live at its guards.

struct ExitStores {
    /// Each snapshot's (slot, value) pairs as one set of keys.
    private let keys: [Set<Int64>]
    private let snapshots: [Snapshot]

    init(_ trace: Trace) {
        snapshots = trace.snapshots
        keys = trace.snapshots.map { Set($0.slots.map(ExitStores.key)) }
    }

    private static func key(_ v: Snapshot.SlotValue) -> Int64 { Int64(v.slot) << 32 | Int64(v.ref) }

    /// The earlier snapshot (among the last few, snapshot 0 excepted) with the most slots
    /// that are all in `s`'s, or nil.
    func parent(of s: Int) -> Int? {
        let mine = keys[s]
        guard !mine.isEmpty else { return nil }
        var best: Int? = nil, bestCount = 0
        for p in stride(from: s - 1, through: max(1, s - 24), by: -1) {
            guard keys[p].count > bestCount, keys[p].isSubset(of: mine) else { continue }
            best = p; bestCount = keys[p].count
        }
        return best
    }

    /// The slots snapshot `s`'s exit writes itself before continuing in `parent`'s (all of
    /// them when it has no parent).
    func ownSlots(_ s: Int, parent: Int?) -> [Snapshot.SlotValue] {
        guard let p = parent else { return snapshots[s].slots }
        return snapshots[s].slots.filter { !keys[p].contains(ExitStores.key($0)) }
    }
}
