/// `history`: a record's stage changes and activities.
struct HistoryCommand: Command {
    static let spec = CommandSpec(
        "history", group: .records, grammar: .argument(.id, .id), examples: ["history 12"]
    ) { c throws(Diagnostic) in HistoryCommand(id: c.required(.id)) }

    let id: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Queries.history(id, session)
    }
}
