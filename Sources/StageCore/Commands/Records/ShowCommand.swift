/// `show`: one record as a card.
struct ShowCommand: Command {
    static let spec = CommandSpec(
        "show", group: .records, grammar: .argument(.id, .id), examples: ["show 12"]
    ) { c throws(Diagnostic) in ShowCommand(id: c.required(.id)) }

    let id: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Queries.show(id, session)
    }
}
