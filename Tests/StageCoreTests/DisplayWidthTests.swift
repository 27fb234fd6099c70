import Testing

@testable import StageCore

@Suite struct DisplayWidthTests {
    struct WidthCase: Sendable, CustomTestStringConvertible {
        let text: String
        let width: Int
        let label: String
        init(_ text: String, _ width: Int, _ label: String) {
            self.text = text
            self.width = width
            self.label = label
        }
        var testDescription: String { label }
    }

    static let strings: [WidthCase] = [
        WidthCase("", 0, "empty"),
        WidthCase("Acme Corp", 9, "ASCII"),
        WidthCase("Proposal Sent", 13, "ASCII with space"),
        WidthCase("Đã liên hệ", 10, "Vietnamese NFC"),
        WidthCase("Đa\u{0303} lie\u{0302}n he\u{0323}\u{0302}", 10, "Vietnamese NFD"),
        WidthCase("Nguyễn", 6, "Nguyễn NFC"),
        WidthCase("Nguye\u{0302}\u{0303}n", 6, "Nguyễn NFD"),
        WidthCase("Bảo Tín 7", 9, "Vietnamese mixed"),
        WidthCase("日本語", 6, "CJK ideographs"),
        WidthCase("東京 Tokyo", 10, "CJK and ASCII"),
        WidthCase("한국어", 6, "Hangul syllables"),
        WidthCase("\u{1112}\u{1161}\u{11AB}", 2, "Hangul decomposed jamo"),
        WidthCase("カタカナ", 8, "Katakana"),
        WidthCase("ＡＢＣ", 6, "fullwidth Latin"),
        WidthCase("「はい」", 8, "CJK punctuation and Hiragana"),
        WidthCase("👍", 2, "emoji"),
        WidthCase("👍🏽", 2, "emoji with skin tone"),
        WidthCase("👨‍👩‍👧", 2, "ZWJ family"),
        WidthCase("🇻🇳", 2, "flag"),
        WidthCase("❤️", 2, "text emoji with VS16"),
        WidthCase("❤", 1, "text-default emoji"),
        WidthCase("1️⃣", 2, "keycap"),
        WidthCase("OK 👍", 5, "ASCII and emoji"),
        WidthCase("e\u{0301}", 1, "combining acute"),
        WidthCase("\u{0301}", 0, "lone combining mark"),
        WidthCase("a\u{200B}b", 2, "zero width space"),
        WidthCase("\u{FEFF}", 0, "byte order mark"),
        WidthCase("…", 1, "ellipsis"),
    ]

    @Test(arguments: strings)
    func stringWidth(_ c: WidthCase) {
        #expect(DisplayWidth.of(c.text) == c.width)
    }

    @Test(
        arguments: [
            ("a", 1), ("ễ", 1), ("e\u{0302}\u{0303}", 1), ("日", 2), ("👍", 2),
            ("\u{0301}", 0), ("\u{200D}", 0), ("\u{7}", 0),
        ] as [(Character, Int)])
    func characterWidth(_ character: Character, _ width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }

    @Test func nfcAndNfdMeasureTheSame() {
        let nfc = "Nguyễn Thị Đã liên hệ"
        let nfd = "Nguye\u{0302}\u{0303}n Thi\u{0323} Đa\u{0303} lie\u{0302}n he\u{0323}\u{0302}"
        #expect(nfc == nfd)  // canonical equivalence
        #expect(nfc.utf8.count != nfd.utf8.count)
        #expect(DisplayWidth.of(nfc) == nfc.count)
        #expect(DisplayWidth.of(nfd) == nfc.count)
    }

    @Test(
        arguments: [
            ("Acme Corp", 20, "Acme Corp"),
            ("Acme Corp", 9, "Acme Corp"),
            ("Acme Corp", 8, "Acme Co…"),
            ("Acme Corp", 1, "…"),
            ("Acme Corp", 0, ""),
            ("Nguye\u{0302}\u{0303}n Văn An", 7, "Nguyễn…"),
            ("Đã liên hệ", 6, "Đã li…"),
            ("日本語テキスト", 7, "日本語…"),
            ("日本語テキスト", 6, "日本…"),
            ("ab日本", 4, "ab…"),
            ("👨‍👩‍👧👍x", 4, "👨‍👩‍👧…"),
        ] as [(String, Int, String)])
    func truncate(_ text: String, _ width: Int, _ expected: String) {
        let cut = DisplayWidth.truncate(text, to: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= max(width, 0))
    }

    @Test func truncateKeepsNFDClustersWhole() {
        let cut = DisplayWidth.truncate("Nguye\u{0302}\u{0303}nnnn", to: 6)
        #expect(cut.unicodeScalars.map(\.value) == [0x4E, 0x67, 0x75, 0x79, 0x65, 0x302, 0x303, 0x2026])
    }

    @Test func wideRangesAreSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRanges
        for (a, b) in zip(ranges, ranges.dropFirst()) {
            #expect(a.lower <= a.upper)
            #expect(a.upper < b.lower)
        }
    }
}
