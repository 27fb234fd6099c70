/// An error a command reports, with where in its line it went wrong.
///
/// The runner adds the source name, line and column when it prints one;
/// evaluation only knows the byte range within the command's line.
public struct Diagnostic: Error, Sendable, Equatable {
    public var message: String
    public var range: SourceRange?
    public var hints: [String]

    public init(_ message: String, at range: SourceRange? = nil, hints: [String] = []) {
        self.message = message
        self.range = range
        self.hints = hints
    }

    public init(_ message: String, at range: SourceRange?, hint: String?) {
        self.init(message, at: range, hints: hint.map { [$0] } ?? [])
    }
}
