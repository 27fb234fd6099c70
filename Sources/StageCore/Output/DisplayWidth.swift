/// Terminal column widths of text, so aligned output lines up with CJK, emoji and accents.
///
/// `String.count` counts grapheme clusters, which is right for Vietnamese but
/// wrong for CJK and emoji (two columns each) and for stray combining marks
/// and format characters (none). Widths follow the East Asian Width property
/// and emoji presentation, measured per grapheme cluster as modern terminals do.
public enum DisplayWidth {
    /// The number of terminal columns `s` occupies.
    public static func of(_ s: String) -> Int {
        // Most CRM text is ASCII; skipping grapheme breaking there keeps
        // rendering large tables cheap.
        if isASCII(s) { return s.utf8.count }
        var total = 0
        for character in s { total += of(character) }
        return total
    }

    /// The number of terminal columns one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.isASCII {
            return only.value < 0x20 || only.value == 0x7F ? 0 : 1
        }
        var allZero = true
        var hasTextSelector = false
        var hasEmojiSelector = false
        var hasEmojiPresentation = false
        for (index, scalar) in scalars.enumerated() {
            let v = scalar.value
            if v == 0xFE0E { hasTextSelector = true }
            // A U+FE0F only turns its base into a (wide) emoji when the base can be one.
            if v == 0xFE0F && index > 0 { hasEmojiSelector = true }
            if isWide(v) || (0x1F1E6...0x1F1FF).contains(v) { return 2 }
            if !hasEmojiPresentation && v >= 0x2000 && scalar.properties.isEmojiPresentation {
                hasEmojiPresentation = true
            }
            if allZero && !isZeroWidth(scalar) { allZero = false }
        }
        if hasEmojiSelector, let base = scalars.first, base.properties.isEmoji { return 2 }
        if hasEmojiPresentation && !hasTextSelector { return 2 }
        return allZero ? 0 : 1
    }

    /// `s` cut at a grapheme boundary so it fits in `width` columns, with "…" appended when cut.
    ///
    /// The result never exceeds `width` columns; a wide character that would
    /// straddle the limit is dropped whole, so the result may be one column short.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if isASCII(s) {
            if s.utf8.count <= width { return s }
            return String(s.prefix(width - 1)) + ellipsis
        }
        if of(s) <= width { return s }
        let budget = width - 1
        var used = 0
        var out = ""
        for character in s {
            let w = of(character)
            if used + w > budget { break }
            used += w
            out.append(character)
        }
        return out + ellipsis
    }

    /// The mark appended to cut text; one column wide in non-CJK terminal locales.
    static let ellipsis = "…"

    static func isASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether a scalar takes no column of its own: controls, marks that
    /// combine with the previous character, and invisible format characters.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if v < 0x300 { return false }
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF:
            return true
        // Hangul medial vowels and final consonants join the leading consonant's two columns.
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            return false
        }
    }

    /// Whether a code point is East Asian Wide or Fullwidth.
    static func isWide(_ v: UInt32) -> Bool {
        if v < wideRanges[0].lower { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lower {
                high = mid - 1
            } else if v > range.upper {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) code points, sorted, from EastAsianWidth.txt.
    ///
    /// Emoji are left out here because their width comes from emoji presentation, which also honours U+FE0E text
    /// selectors.
    static let wideRanges: [(lower: UInt32, upper: UInt32)] = [
        (0x1100, 0x115F),  // Hangul Jamo leading consonants
        (0x2329, 0x232A),  // angle brackets
        (0x2E80, 0x2E99),  // CJK radicals supplement
        (0x2E9B, 0x2EF3),
        (0x2F00, 0x2FD5),  // Kangxi radicals
        (0x2FF0, 0x2FFF),  // ideographic description characters
        (0x3000, 0x303E),  // CJK symbols and punctuation
        (0x3041, 0x3096),  // Hiragana
        (0x309B, 0x30FF),  // Katakana (U+3099/309A are combining marks)
        (0x3105, 0x312F),  // Bopomofo
        (0x3131, 0x318E),  // Hangul compatibility Jamo
        (0x3190, 0x31E5),  // Kanbun, Bopomofo extended, CJK strokes
        (0x31EF, 0x321E),  // Katakana phonetic extensions, enclosed CJK
        (0x3220, 0x3247),
        (0x3250, 0x4DBF),  // enclosed CJK, compatibility, extension A
        (0x4E00, 0xA48C),  // CJK unified ideographs, Yi syllables
        (0xA490, 0xA4C6),  // Yi radicals
        (0xA960, 0xA97C),  // Hangul Jamo extended A
        (0xAC00, 0xD7A3),  // Hangul syllables
        (0xF900, 0xFAFF),  // CJK compatibility ideographs
        (0xFE10, 0xFE19),  // vertical forms
        (0xFE30, 0xFE52),  // CJK compatibility forms, small forms
        (0xFE54, 0xFE66),
        (0xFE68, 0xFE6B),
        (0xFF00, 0xFF60),  // fullwidth forms
        (0xFFE0, 0xFFE6),
        (0x16FE0, 0x16FE4),  // ideographic symbols
        (0x16FF0, 0x16FF1),
        (0x17000, 0x187F7),  // Tangut
        (0x18800, 0x18CD5),
        (0x18D00, 0x18D08),
        (0x1AFF0, 0x1AFF3),  // Kana extended B
        (0x1AFF5, 0x1AFFB),
        (0x1AFFD, 0x1AFFE),
        (0x1B000, 0x1B122),  // Kana supplement, extended A
        (0x1B132, 0x1B132),
        (0x1B150, 0x1B152),
        (0x1B155, 0x1B155),
        (0x1B164, 0x1B167),
        (0x1B170, 0x1B2FB),  // Nushu
        (0x1F200, 0x1F202),  // enclosed ideographic supplement
        (0x1F210, 0x1F23B),
        (0x1F240, 0x1F248),
        (0x1F250, 0x1F251),
        (0x1F260, 0x1F265),
        (0x20000, 0x2FFFD),  // CJK extensions B and later
        (0x30000, 0x3FFFD),
    ]
}
