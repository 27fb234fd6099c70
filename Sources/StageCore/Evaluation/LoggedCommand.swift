/// A command that changed the session, with the clock it ran at.
///
/// Replaying the text at that clock gives the same change, which is what the
/// journal relies on; file arguments are logged as absolute paths for the same reason.
public struct LoggedCommand: Sendable, Equatable {
    public var at: Timestamp
    public var text: String

    public init(at: Timestamp, text: String) {
        self.at = at
        self.text = text
    }

    /// The command written back from its tokens, its file made absolute.
    static func text(of tokens: [Token], _ command: Command, directory: String) -> String {
        var captures = Captures()
        captures.tokens = tokens
        guard let first = tokens.first, let last = tokens.last else { return "" }
        var fileRange: SourceRange?
        if case .importData(_, let file, _, _) = command { fileRange = file.range }
        guard let fileRange else { return captures.source(first.range.union(last.range)) }
        let written = tokens.first { $0.range == fileRange }?.text ?? ""
        let absolute = SessionOperations.resolve(written, in: directory)
        let before = captures.source(SourceRange(first.range.start, fileRange.start))
        let after = captures.source(SourceRange(fileRange.end, last.range.end))
        return [before, Quoting.quoteIfNeeded(absolute), after].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
