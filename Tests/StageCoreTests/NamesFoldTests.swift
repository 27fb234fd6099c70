import Foundation
import Testing

@testable import StageCore

/// `Names.fold` folds Latin text a letter at a time from a table; it must give exactly what
/// Foundation's folding of the whole string gives (the table's reference), for every letter of
/// the table, in words, and in decomposed text.
@Suite struct NamesFoldTests {
    @Test func everyLetterOfTheTableFoldsAsFoundationFoldsIt() {
        for range in LatinFold.ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let word = "A" + String(Character(scalar)) + "b"
                #expect(Names.fold(word) == Names.foundationFold(word), "U+\(String(v, radix: 16, uppercase: true))")
            }
        }
    }

    @Test(arguments: [
        "Đã liên hệ", "Công ty TNHH Thương mại Sài Gòn", "NGUYỄN VĂN AN", "Phần mềm kế toán – Ngọc Mai",
        "Đặng Sơn", "Straße", "Œuvre ÆSIR", "Ångström", "déjà vu", "e\u{301}cole", "Hoa\u{300}ng",
        "東京商事", "Ελληνικά", "mixed Đà Nẵng 東京", "tab\tand\nnewline", "", "ǅemal", "ﬁne",
    ])
    func textFoldsAsFoundationFoldsIt(text: String) {
        #expect(Names.fold(text) == Names.foundationFold(text))
    }

    @Test func vietnameseFoldsToPlainLetters() {
        #expect(Names.fold("Đã liên hệ") == "da lien he")
        #expect(Names.fold("Hoàng Yến") == "hoang yen")
    }
}
