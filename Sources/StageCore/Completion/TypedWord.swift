/// The partial word before the cursor, which a completion replaces.
struct TypedWord: Equatable {
    /// Its UTF-8 byte range in the line: from its first byte (an opening quote, if any) to the cursor.
    var range: Range<Int>
    /// What was typed, without quotes and with escapes resolved.
    var text: String
    /// The quote character the word opened with, if it is a quoted string.
    var quote: Character?
    /// The word as it stands in the line.
    var source: String

    /// No word yet: the cursor follows whitespace or punctuation.
    static func empty(at cursor: Int) -> TypedWord {
        TypedWord(range: cursor..<cursor, text: "", quote: nil, source: "")
    }
}
