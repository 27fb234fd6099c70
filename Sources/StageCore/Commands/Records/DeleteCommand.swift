/// `delete`: a record removed, until `undo` brings it back.
struct DeleteCommand: Command {
    static let spec = CommandSpec(
        "delete", group: .records, grammar: .argument(.id, .id),
        examples: ["delete 12"]
    ) { c throws(Diagnostic) in DeleteCommand(id: c.required(.id)) }

    let id: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.delete(id, &session, &tx)
    }
}
