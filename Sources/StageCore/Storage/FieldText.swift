/// Byte-level readings of CSV fields, so that a million rows cost no String each.
enum FieldText {
    /// What a field's bytes are as text.
    enum Form { case invalid, nfc, needsNormalizing }

    /// Validates UTF-8 and tells whether the text is surely NFC, in one pass.
    ///
    /// "Surely NFC" is `Names.isSurelyNFC`'s rule: ASCII, Latin letters below
    /// U+0300, precomposed Vietnamese (U+1E00–U+1EFF) and punctuation
    /// (U+2002–U+206F); anything else goes through Foundation's normaliser.
    static func form(_ b: UnsafeBufferPointer<UInt8>) -> Form {
        let n = b.count
        guard n > 0 else { return .nfc }
        let raw = UnsafeRawBufferPointer(b)
        var surely = true
        var i = 0
        while i < n {
            while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            @inline(__always) func continuation(_ k: Int) -> UInt32? {
                guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return nil }
                return UInt32(b[i + k] & 0x3F)
            }
            if c < 0xC2 { return .invalid }
            if c < 0xE0 {
                guard let c1 = continuation(1) else { return .invalid }
                if (UInt32(c & 0x1F) << 6 | c1) >= 0x300 { surely = false }
                i += 2
            } else if c < 0xF0 {
                guard let c1 = continuation(1), let c2 = continuation(2) else { return .invalid }
                let v = UInt32(c & 0x0F) << 12 | c1 << 6 | c2
                if v < 0x800 || (0xD800...0xDFFF).contains(v) { return .invalid }
                if !((0x1E00...0x1EFF).contains(v) || (0x2002...0x206F).contains(v)) { surely = false }
                i += 3
            } else if c < 0xF5 {
                guard let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) else { return .invalid }
                let v = UInt32(c & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                if v < 0x10000 || v > 0x10FFFF { return .invalid }
                surely = false
                i += 4
            } else {
                return .invalid
            }
        }
        return surely ? .nfc : .needsNormalizing
    }

    /// A plain amount, `1234` or `1234.5` or `1234.56`, in cents; nil for
    /// anything else (signs, separators, suffixes), which the full parser reads.
    static func plainAmount(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var whole: Int64 = 0
        var i = 0
        while i < b.count, b[i] &- 48 < 10 {
            guard i < 15 else { return nil }
            whole = whole * 10 + Int64(b[i] &- 48)
            i += 1
        }
        guard i > 0 else { return nil }
        if i == b.count { return whole * 100 }
        guard b[i] == UInt8(ascii: "."), b.count - i - 1 <= 2, b.count - i - 1 >= 1 else { return nil }
        var cents: Int64 = 0
        for k in (i + 1)..<b.count {
            guard b[k] &- 48 < 10 else { return nil }
            cents = cents * 10 + Int64(b[k] &- 48)
        }
        return whole * 100 + (b.count - i - 1 == 1 ? cents * 10 : cents)
    }

    /// Whether a date field carries a time of day (a `:`), not a date alone.
    static func hasTime(_ b: UnsafeBufferPointer<UInt8>) -> Bool { b.contains(UInt8(ascii: ":")) }

    /// Whether the bytes spell `word` (ASCII, lowercase) in any case.
    static func isWord(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard b.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<b.count where b[i] | 0x20 != w[i] { return false }
        return true
    }
}
