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
    /// Slot → entry index + 1 (0 = empty).
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The code given to these bytes, if they were seen before.
    func code(of b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let found = find(b)
        return found.entry.map { codes[$0] }
    }

    /// Gives these bytes (not seen before) a code.
    mutating func add(_ b: UnsafeBufferPointer<UInt8>, code: UInt32) {
        let i = find(b).slot
        starts.append(Int32(keys.count))
        lengths.append(Int32(b.count))
        keys.append(contentsOf: b)
        codes.append(code)
        slots[i] = Int32(codes.count)
        if codes.count * 2 > slots.count { grow() }
    }

    /// The entry holding these bytes, or nil and the empty slot where they would go.
    private func find(_ b: UnsafeBufferPointer<UInt8>) -> (entry: Int?, slot: Int) {
        let mask = slots.count - 1
        return keys.withUnsafeBufferPointer { k in
            var i = ByteInterner.hash(b) & mask
            while true {
                let entry = Int(slots[i])
                if entry == 0 { return (nil, i) }
                let e = entry - 1
                if Int(lengths[e]) == b.count
                    && (b.count == 0 || memcmp(k.baseAddress! + Int(starts[e]), b.baseAddress!, b.count) == 0) {
                    return (e, i)
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in 0..<codes.count {
            let start = Int(starts[e]), length = Int(lengths[e])
            let h = keys.withUnsafeBufferPointer { ByteInterner.hash(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
            var i = h & (slots.count - 1)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = Int32(e + 1)
        }
    }
}
