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
    private var table = TaggedTable(capacity: 1024)

    /// The code given to these bytes, if they were seen before.
    func code(of b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        find(b, hash: ByteHash.of(b)).index.map { codes[$0] }
    }

    /// Gives these bytes (not seen before) a code.
    mutating func add(_ b: UnsafeBufferPointer<UInt8>, code: UInt32) {
        let hash = ByteHash.of(b)
        let position = find(b, hash: hash).position
        starts.append(Int32(keys.count))
        lengths.append(Int32(b.count))
        keys.append(contentsOf: b)
        codes.append(code)
        let keys = self.keys, starts = self.starts, lengths = self.lengths
        table.insert(codes.count - 1, hash: hash, at: position) { e in
            keys.withUnsafeBufferPointer { ByteHash.of(UnsafeBufferPointer(rebasing: $0[Int(starts[e])..<Int(starts[e] + lengths[e])])) }
        }
    }

    private func find(_ b: UnsafeBufferPointer<UInt8>, hash: Int) -> (position: Int, index: Int?) {
        keys.withUnsafeBufferPointer { k in
            table.find(hash) { e in
                Int(lengths[e]) == b.count && (b.count == 0 || memcmp(k.baseAddress! + Int(starts[e]), b.baseAddress!, b.count) == 0)
            }
        }
    }
}
