/// `discard`: the unsaved work a crashed session left, dropped.
struct DiscardCommand: Command {
    static let spec = CommandSpec(
        "discard", group: .session,
        examples: ["discard"]
    ) { _ throws(Diagnostic) in DiscardCommand() }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SnapshotOperations.discard(&session)
    }

    var scriptEffect: ScriptEffect { .none }
}
