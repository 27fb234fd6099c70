import Testing

@testable import StageCore

/// `&NAME;` in a workbook's XML: the five predefined entities and character references.
@Suite struct XMLEntityTests {
    /// The entity's meaning as text: the character, "unknown" or "bad".
    static func meaning(_ name: String) -> String {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            switch XMLEntity(buffer) {
            case .character(let scalar): String(Character(scalar))
            case .unknown: "unknown"
            case .badCharacterReference: "bad"
            }
        }
    }

    @Test(arguments: [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"),
        ("#233", "é"), ("#xE9", "é"), ("#xe9", "é"), ("#x1F600", "😀"), ("#9", "\t"), ("#x10FFFF", "\u{10FFFF}"),
        ("bogus", "unknown"), ("#", "unknown"), ("AMP", "unknown"),
        ("#x", "bad"), ("#0", "bad"), ("#x1F", "bad"), ("#xD800", "bad"), ("#x110000", "bad"), ("#12a", "bad"), ("#xG1", "bad"),
    ])
    func meaning(_ name: String, _ expected: String) {
        #expect(Self.meaning(name) == expected, "&\(name);")
    }
}
