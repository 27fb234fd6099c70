/// `convert`: a qualified lead becomes an opportunity, keeping its id and history.
struct ConvertCommand: Command {
    static let spec = CommandSpec(
        "convert", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate]),
        examples: ["convert 7"]
    ) { c throws(Diagnostic) in ConvertCommand(id: c.required(.id), on: try c.date(.date)) }

    let id: Located<String>
    let on: Located<DateSpec>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.convert(id, on, &session, &tx)
    }
}
