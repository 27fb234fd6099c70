/// `save`: the session written as a snapshot.
struct SaveCommand: Command {
    static let spec = CommandSpec(
        "save", group: .session, grammar: .optional(.argument(.snapshot, .snapshot)),
        examples: ["save demo", "save ./q3-review.json", "save"]
    ) { c throws(Diagnostic) in SaveCommand(target: c.located(.snapshot)) }

    let target: Located<String>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SnapshotOperations.save(target, &session)
    }

    var scriptEffect: ScriptEffect { .none }
    var files: [Located<String>] { target.map { [$0] } ?? [] }
}
