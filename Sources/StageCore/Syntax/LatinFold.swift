/// The folded form of each Latin letter, combining accent and punctuation mark: what `Names.fold` puts in its place, as Foundation folds it alone.
///
/// Nil where it folds otherwise between letters (a combining accent that does not vanish, a zero-width joiner):
/// the whole string then goes through Foundation.
///
/// Covers Latin-1 and Latin Extended-A and -B (U+00A0–U+024F), the combining accents
/// (U+0300–U+036F), Latin Extended Additional with Vietnamese (U+1E00–U+1EFF) and General
/// Punctuation (U+2000–U+206F: dashes, quotes, the ellipsis).
enum LatinFold {
    static let ranges: [ClosedRange<UInt32>] = [0xA0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F]

    /// The table's index of scalar `v`; nil outside the ranges.
    static func index(_ v: UInt32) -> Int? {
        var base = 0
        for r in ranges {
            if r.contains(v) { return base + Int(v - r.lowerBound) }
            base += r.count
        }
        return nil
    }

    static let table: [[UInt8]?] = {
        var table: [[UInt8]?] = []
        for r in ranges {
            for v in r {
                guard let scalar = Unicode.Scalar(v) else { table.append(nil); continue }
                let folded = Names.foundationFold(String(Character(scalar)))
                let inWord = Names.foundationFold("A" + String(Character(scalar)) + "b")
                table.append(inWord == "a" + folded + "b" ? Array(folded.utf8) : nil)
            }
        }
        return table
    }()
}
