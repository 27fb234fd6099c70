/// A fast hash of a short byte string (an id, a name), eight bytes at a
/// time, for the open-addressing tables that look text up by its bytes.
enum ByteHash {
    /// A multiply-mix of eight bytes at a time, then of the tail.
    static func of(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(b.count)
        var i = 0
        let raw = UnsafeRawBufferPointer(b)
        while i + 8 <= b.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < b.count {
            var tail: UInt64 = 0
            for k in i..<b.count { tail = tail << 8 | UInt64(b[k]) }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
