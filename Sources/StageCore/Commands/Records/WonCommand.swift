/// `won`: a record to its kind's won stage.
struct WonCommand: Command {
    static let spec = CommandSpec(
        "won", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate]),
        examples: ["won 12"]
    ) { c throws(Diagnostic) in WonCommand(id: c.required(.id), on: try c.date(.date)) }

    let id: Located<String>
    let on: Located<DateSpec>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.close(id, .won, on, nil, &session, &tx)
    }
}
