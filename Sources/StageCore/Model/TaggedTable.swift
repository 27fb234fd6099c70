/// An open-addressing table from hashes to small indexes, for the tables that
/// look text up by its bytes (record ids, pooled names): linear probing, and
/// deletion by backward shift, so there are no tombstones.
///
/// A slot holds the hash's high half and the index + 1 (0 when empty); the
/// hash half settles most mismatches without touching the text. The text
/// stays with the owner, which says whether an index's text matches and
/// gives an index's hash again when entries move.
struct TaggedTable: Sendable {
    private var slots: [UInt64]
    /// The indexes held.
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    /// The held index whose text `matches`, and its position; or nil and the
    /// empty position where an index with this hash would go.
    @inline(__always)
    func find(_ hash: Int, _ matches: (Int) -> Bool) -> (position: Int, index: Int?) {
        let mask = slots.count - 1
        let tag = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { t in
            var i = hash & mask
            while true {
                let slot = t[i]
                if slot == 0 { return (i, nil) }
                let index = Int(slot & 0xFFFF_FFFF) - 1
                if slot & 0xFFFF_FFFF_0000_0000 == tag && matches(index) { return (i, index) }
                i = (i + 1) & mask
            }
        }
    }

    /// Puts `index` at the empty `position` that `find` gave for `hash`, then
    /// grows the table once it is half full.
    mutating func insert(_ index: Int, hash: Int, at position: Int, hashOf: (Int) -> Int) {
        slots[position] = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        count += 1
        if count * 2 > slots.count { rehash(capacity: slots.count * 2, hashOf) }
    }

    /// Empties `position` (from `find`), moving back the entries after it that
    /// may fill the hole.
    mutating func remove(at position: Int, hashOf: (Int) -> Int) {
        let mask = slots.count - 1
        var hole = position
        var i = (position + 1) & mask
        while slots[i] != 0 {
            let home = hashOf(Int(slots[i] & 0xFFFF_FFFF) - 1) & mask
            // The entry may fill the hole when its home is not cyclically in (hole, i].
            if (i - home) & mask >= (i - hole) & mask {
                slots[hole] = slots[i]
                hole = i
            }
            i = (i + 1) & mask
        }
        slots[hole] = 0
        count -= 1
    }

    private mutating func rehash(capacity: Int, _ hashOf: (Int) -> Int) {
        let old = slots
        self = TaggedTable(capacity: capacity)
        count = old.count { $0 != 0 }
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            var i = hashOf(Int(slot & 0xFFFF_FFFF) - 1) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
