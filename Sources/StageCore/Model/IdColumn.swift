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
    /// Slot + 1 of the live record whose id is the plain decimal number n, at index n − `firstNumber` (0: none).
    ///
    /// Ids are most often 1, 2, 3… (or 500001, 500002… in the second half of a file): looked up here they cost one
    /// read near the last one, where a hash table costs a cache miss.
    private var numbers: [Int32] = []
    private var firstNumber = 0
    /// Every other live id's slot, by the hash of its bytes.
    ///
    /// Deleted records keep their id but no entry.
    private var table = TaggedTable()
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
        return find(id, hash: ByteHash.of(id)).index.map { Int32($0) }
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
        let hash = withBytes(slot) { ByteHash.of($0) }
        let found = withBytes(slot) { find($0, hash: hash) }
        let (bytes, starts) = (self.bytes, self.starts)
        if !indexed {
            if found.index == slot { table.remove(at: found.position) { IdColumn.hash(bytes, starts, $0) } }
            return
        }
        guard found.index == nil else { return }
        // The first number starts `numbers`; a later one goes there while that
        // stays within a few times the ids held.
        if let n = number, numbers.isEmpty { firstNumber = n }
        if let n = number, n >= firstNumber, n - firstNumber < Swift.max(1 << 16, 4 * (numbered + table.count + 1)) {
            let i = n - firstNumber
            if i >= numbers.count { numbers.append(contentsOf: repeatElement(0, count: Swift.max(i + 1, numbers.count * 2) - numbers.count)) }
            numbers[i] = Int32(slot + 1)
            numbered += 1
        } else {
            table.insert(slot, hash: hash, at: found.position) { IdColumn.hash(bytes, starts, $0) }
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

    /// A slot's hash, from the id columns passed apart from `self`, so that
    /// the table can move its entries while it is being changed.
    private static func hash(_ bytes: [UInt8], _ starts: [UInt32], _ s: Int) -> Int {
        bytes.withUnsafeBufferPointer { ByteHash.of(UnsafeBufferPointer(rebasing: $0[Int(starts[s])..<Int(starts[s + 1])])) }
    }

    /// Where `id` is in the table, or the empty position where it would go.
    private func find(_ id: UnsafeBufferPointer<UInt8>, hash: Int) -> (position: Int, index: Int?) {
        table.find(hash) { s in
            withBytes(s) { $0.count == id.count && (id.isEmpty || memcmp($0.baseAddress!, id.baseAddress!, id.count) == 0) }
        }
    }
}
