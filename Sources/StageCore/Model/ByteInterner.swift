import Foundation

/// Finds the pool code of a name from its raw bytes without building a String.
///
/// Loading a million records looks up an owner, an account and a source per
/// record; Swift's String hashing normalises non-ASCII text on every lookup,
/// so this open-addressing table over UTF-8 bytes sits in front of the pool.
struct ByteInterner: Sendable {
    private var keys: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var codes: [UInt32] = []
    /// The hash's high half and entry index + 1 in the low half (0 = empty):
    /// the hash half settles most mismatches without touching the bytes.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)

    /// The code given to these bytes, if they were seen before.
    func code(of b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let found = find(b, hash: ByteHash.of(b))
        return found.entry.map { codes[$0] }
    }

    /// Gives these bytes (not seen before) a code.
    mutating func add(_ b: UnsafeBufferPointer<UInt8>, code: UInt32) {
        let hash = ByteHash.of(b)
        let i = find(b, hash: hash).slot
        starts.append(Int32(keys.count))
        lengths.append(Int32(b.count))
        keys.append(contentsOf: b)
        codes.append(code)
        slots[i] = ByteInterner.slot(hash, entry: codes.count - 1)
        if codes.count * 2 > slots.count { grow() }
    }

    private static func slot(_ hash: Int, entry: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }

    /// The entry holding these bytes, or nil and the empty slot where they would go.
    private func find(_ b: UnsafeBufferPointer<UInt8>, hash: Int) -> (entry: Int?, slot: Int) {
        let mask = slots.count - 1
        let tag = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000
        return keys.withUnsafeBufferPointer { k in
            var i = hash & mask
            while true {
                let s = slots[i]
                if s == 0 { return (nil, i) }
                let e = Int(s & 0xFFFF_FFFF) - 1
                if s & 0xFFFF_FFFF_0000_0000 == tag && Int(lengths[e]) == b.count
                    && (b.count == 0 || memcmp(k.baseAddress! + Int(starts[e]), b.baseAddress!, b.count) == 0) {
                    return (e, i)
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for e in 0..<codes.count {
            let start = Int(starts[e]), length = Int(lengths[e])
            let h = keys.withUnsafeBufferPointer { ByteHash.of(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
            var i = h & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = ByteInterner.slot(h, entry: e)
        }
    }
}
