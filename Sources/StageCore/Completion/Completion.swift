/// What Tab offers at the cursor.
///
/// To apply it, a line editor replaces the bytes `range` of the line with
/// `commonPrefix` (which always keeps what was typed), then appends a space
/// when `appendSpace` is set; with more than one candidate it lists
/// `candidates` below the line.
public struct Completion: Sendable, Equatable {
    /// The UTF-8 byte range of the line that the chosen candidate replaces
    /// (the word being typed, including an opening quote if any).
    public var range: Range<Int>
    /// Candidates, each as the full replacement text (already quoted when needed: "\"Proposal Sent\""), sorted, unique.
    public var candidates: [String]
    /// The longest common prefix of the candidates (as replacement text), for libedit-style partial completion.
    ///
    /// When the candidates share no prefix that still matches the typed word
    /// (say `"Lê Hoa"` and `Lena` for `le`), or there are none, this is the
    /// typed word as it stands, so that inserting it never loses input.
    public var commonPrefix: String
    /// Whether a unique candidate should be followed by a space (false for a
    /// directory path ending in "/", or for `FIELD=` candidates).
    ///
    /// Always false when there is not exactly one candidate.
    public var appendSpace: Bool

    public init(range: Range<Int>, candidates: [String], commonPrefix: String, appendSpace: Bool) {
        self.range = range
        self.candidates = candidates
        self.commonPrefix = commonPrefix
        self.appendSpace = appendSpace
    }
}
