import Foundation

/// Record ids packed into one buffer, with an index from id bytes to slot.
///
/// A million ids as Swift strings in a `[String: Int32]` cost about 56 bytes
/// each and a String hash (which normalises non-ASCII text) per lookup; the
/// importers and the snapshot loader look ids up by their raw bytes, so
/// here an id costs its bytes, a four-byte offset and two four-byte index
/// slots. Ids are stored in NFC, so byte equality is canonical equality.
public struct IdColumn: Sendable, RandomAccessCollection {
    private var bytes: [UInt8] = []
    /// Where each id starts in `bytes`; one more entry than ids, for the last one's end.
    private var starts: [UInt32] = [0]
    /// Slot + 1 of the live record whose id is the plain decimal number n,
    /// at index n − `firstNumber` (0: none). Ids are most often 1, 2, 3… (or
    /// 500001, 500002… in the second half of a file): looked up here they
    /// cost one read near the last one, where a hash table costs a cache miss.
    private var numbers: [Int32] = []
    private var firstNumber = 0
    /// Every other live id, by open addressing with linear probing; an entry
    /// is the id's hash in the high half and slot + 1 in the low half, 0 when
    /// empty. The hash half settles most mismatches without touching the id's
    /// bytes. Deleted records keep their id but no entry.
    private var table: [UInt64] = Array(repeating: 0, count: 16)
    private var hashed = 0
    private var numbered = 0

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(slot: Int) -> String {
        withBytes(slot) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with an id's UTF-8 bytes, without making a String.
    public func withBytes<T>(_ slot: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let start = Int(starts[slot]), end = Int(starts[slot + 1])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The live record with this id; the id is matched after NFC normalisation.
    public func slot(of id: String) -> Int32? {
        var id = Names.normalized(id)
        return id.withUTF8 { slot(of: $0) }
    }

    /// The live record whose id has exactly these (NFC) bytes.
    public func slot(of id: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let i = numberIndex(id), numbers[i] > 0 { return numbers[i] - 1 }
        let found = probe(id, hash: ByteHash.of(id))
        return found.slot >= 0 ? found.slot : nil
    }

    /// Appends an id, indexed when its record is live; a live record must not have it already.
    public mutating func append(_ id: UnsafeBufferPointer<UInt8>, indexed: Bool) {
        bytes.append(contentsOf: id)
        starts.append(UInt32(bytes.count))
        if indexed { setIndexed(endIndex - 1, true) }
    }

    public mutating func append(_ id: String, indexed: Bool) {
        var id = Names.normalized(id)
        id.withUTF8 { append($0, indexed: indexed) }
    }

    /// Drops the last id and its index entry.
    public mutating func removeLast() {
        let slot = endIndex - 1
        setIndexed(slot, false)
        starts.removeLast()
        bytes.removeSubrange(Int(starts[starts.count - 1])...)
    }

    /// Adds or removes a slot's index entry (a record deleted or restored);
    /// an id another live record holds is left to that record.
    public mutating func setIndexed(_ slot: Int, _ indexed: Bool) {
        let number = withBytes(slot) { IdColumn.number($0) }
        if let i = withBytes(slot, numberIndex), numbers[i] > 0 {
            if !indexed && numbers[i] == Int32(slot + 1) { numbers[i] = 0; numbered -= 1 }
            return
        }
        if indexed && (hashed + 1) * 2 > table.count { rehash(capacity: table.count * 2) }
        let hash = withBytes(slot) { ByteHash.of($0) }
        let found = withBytes(slot) { probe($0, hash: hash) }
        if !indexed {
            if found.slot == Int32(slot) { remove(at: found.position) }
            return
        }
        guard found.slot < 0 else { return }
        // The first number starts `numbers`; a later one goes there while that
        // stays within a few times the ids held.
        if let n = number, numbers.isEmpty { firstNumber = n }
        if let n = number, n >= firstNumber, n - firstNumber < Swift.max(1 << 16, 4 * (numbered + hashed + 1)) {
            let i = n - firstNumber
            if i >= numbers.count { numbers.append(contentsOf: repeatElement(0, count: Swift.max(i + 1, numbers.count * 2) - numbers.count)) }
            numbers[i] = Int32(slot + 1)
            numbered += 1
        } else {
            table[found.position] = IdColumn.entry(hash, slot: slot)
            hashed += 1
        }
    }

    public mutating func reserve(_ n: Int, bytesPerId: Int = 8) {
        bytes.reserveCapacity(n * bytesPerId)
        starts.reserveCapacity(n + 1)
    }

    // MARK: the hash table

    /// Where a numbered id would be in `numbers`, if it is a number in its range.
    private func numberIndex(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let n = IdColumn.number(id), n >= firstNumber, n - firstNumber < numbers.count else { return nil }
        return n - firstNumber
    }

    /// The id as a plain decimal number (no sign, no leading zero), if it is one.
    private static func number(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 9, b[0] != UInt8(ascii: "0") || b.count == 1 else { return nil }
        var n = 0
        for c in b {
            guard c &- 48 < 10 else { return nil }
            n = n * 10 + Int(c &- 48)
        }
        return n
    }

    private static func entry(_ hash: Int, slot: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000 | UInt64(slot + 1)
    }

    /// Where `id` is in the table (its slot), or the empty position where it would go (slot -1).
    private func probe(_ id: UnsafeBufferPointer<UInt8>, hash: Int) -> (position: Int, slot: Int32) {
        let mask = table.count - 1
        let tag = UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000
        return table.withUnsafeBufferPointer { t in
            var i = hash & mask
            while true {
                let entry = t[i]
                if entry == 0 { return (i, -1) }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let s = Int(entry & 0xFFFF_FFFF) - 1
                    if withBytes(s, { $0.count == id.count && (id.isEmpty || memcmp($0.baseAddress!, id.baseAddress!, id.count) == 0) }) {
                        return (i, Int32(s))
                    }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Backward-shift deletion, so that linear probing needs no tombstones.
    private mutating func remove(at position: Int) {
        let mask = table.count - 1
        var hole = position
        var i = (position + 1) & mask
        while table[i] != 0 {
            let home = IdColumn.home(table[i], mask: mask, self)
            // The entry may fill the hole when its home is not cyclically in (hole, i].
            if (i - home) & mask >= (i - hole) & mask {
                table[hole] = table[i]
                hole = i
            }
            i = (i + 1) & mask
        }
        table[hole] = 0
        hashed -= 1
    }

    /// An entry's first position: its hash is rebuilt from the id, since the entry keeps only half.
    private static func home(_ entry: UInt64, mask: Int, _ ids: IdColumn) -> Int {
        ids.withBytes(Int(entry & 0xFFFF_FFFF) - 1) { ByteHash.of($0) } & mask
    }

    private mutating func rehash(capacity: Int) {
        var size = 16
        while size < capacity { size <<= 1 }
        let old = table
        table = Array(repeating: 0, count: size)
        let mask = size - 1
        for entry in old where entry != 0 {
            var i = IdColumn.home(entry, mask: mask, self)
            while table[i] != 0 { i = (i + 1) & mask }
            table[i] = entry
        }
    }
}
