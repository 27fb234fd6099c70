/// `move`: a record to a stage, as the policy allows.
struct MoveCommand: Command {
    static let spec = CommandSpec(
        "move", group: .records,
        grammar: .sequence([.argument(.id, .id), .keyword("to"), .argument(.stage, .stage), Clauses.onDate, Clauses.because]),
        examples: ["move 12 to \"Proposal Sent\"", "move 12 to Negotiation on 2026-03-02 because \"new budget\""]
    ) { c throws(Diagnostic) in
        MoveCommand(id: c.required(.id), stage: c.required(.stage), on: try c.date(.date), because: c.text(.text))
    }

    let id: Located<String>
    let stage: Located<String>
    let on: Located<DateSpec>?
    let because: String?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.move(id, stage, on, because, &session, &tx)
    }

    var stageReferences: [StageReference] { [.stage(stage)] }
}
