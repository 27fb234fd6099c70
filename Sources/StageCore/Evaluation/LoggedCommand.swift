/// A command that changed the session, with the clock it ran at.
///
/// Replaying the text at that clock, from the same directory, gives the same
/// change: the journal relies on it.
public struct LoggedCommand: Sendable, Equatable {
    public var at: Timestamp
    public var text: String

    public init(at: Timestamp, text: String) {
        self.at = at
        self.text = text
    }

    /// The command written back from its tokens, in the language's canonical spelling.
    static func text(of tokens: [Token]) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        var captures = Captures()
        captures.tokens = tokens
        return captures.source(first.range.union(last.range))
    }
}
