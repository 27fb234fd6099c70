/// An error a command reports, with where in its line it went wrong.
///
/// The runner adds the source name, line and column when it prints one;
/// evaluation only knows the byte range within the command's line. The
/// message and hints are kept as messages, said in the session's language
/// when printed, so tests can ask for a diagnostic's id rather than its words.
public struct Diagnostic: Error, Sendable, Equatable {
    public var message: Message
    public var severity: Severity
    public var range: SourceRange?
    public var hints: [Message]

    /// What went wrong, as a catalogue knows it.
    public var id: MessageID { message.id }

    public init(_ message: Message, at range: SourceRange? = nil, hints: [Message] = [], severity: Severity = .error) {
        self.message = message
        self.severity = severity
        self.range = range
        self.hints = hints
    }

    public init(_ message: Message, at range: SourceRange?, hint: Message?) {
        self.init(message, at: range, hints: hint.map { [$0] } ?? [])
    }
}

/// How much a diagnostic matters: an error stops its command, a warning does not.
public enum Severity: String, Sendable {
    case error, warning
}
