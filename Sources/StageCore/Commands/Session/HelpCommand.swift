/// `help`: the commands, or one command's grammar and examples.
struct HelpCommand: Command {
    static let spec = CommandSpec(
        "help", group: .session, grammar: .rest(.command, .command),
        examples: ["help", "help move"]
    ) { c throws(Diagnostic) in
        let words = c.values[.command] ?? []
        let range = words.first.map { words.last!.range.union($0.range) }
        return HelpCommand(topic: words.isEmpty ? nil : words.map(\.text).joined(separator: " "), range: range)
    }

    let topic: String?
    let range: SourceRange?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Help.text(topic: topic, range: range, language: session.language)
    }
}
