/// `set`: a record's fields changed.
struct SetCommand: Command {
    static let spec = CommandSpec(
        "set", group: .records,
        grammar: .sequence([.argument(.id, .id), .assignments(min: 1, .record)]),
        examples: ["set 12 owner=\"Trần Minh\" value=60000"]
    ) { c throws(Diagnostic) in SetCommand(id: c.required(.id), fields: c.assignments) }

    let id: Located<String>
    let fields: [Assignment]

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.set(id, fields, &session, &tx)
    }
}
