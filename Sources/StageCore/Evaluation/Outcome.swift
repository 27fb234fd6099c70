/// What a command produced; the shell decides how to show it.
public enum Outcome: Sendable {
    case none
    /// A confirmation or short answer: "added lead 1".
    case message(Message)
    case table(Table)
    /// One record, shown vertically in aligned text.
    case card(Table)
    /// Preformatted text (help).
    case text(String)
    /// Several outcomes of one command, in order.
    case sequence([Outcome])
    /// A question for the user; on yes the runner runs `retry` (interactive only).
    case confirm(question: Message, retry: String)
    /// `run FILE`: the runner executes the file's commands.
    case runScript(Located<String>)
    case quit
}
