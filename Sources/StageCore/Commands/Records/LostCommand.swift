/// `lost`: a record to its kind's lost stage, with a reason.
struct LostCommand: Command {
    static let spec = CommandSpec(
        "lost", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate, Clauses.because]),
        examples: ["lost 12 because \"price too high\""]
    ) { c throws(Diagnostic) in LostCommand(id: c.required(.id), on: try c.date(.date), because: c.text(.text)) }

    let id: Located<String>
    let on: Located<DateSpec>?
    let because: String?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.close(id, .lost, on, because, &session, &tx)
    }
}
