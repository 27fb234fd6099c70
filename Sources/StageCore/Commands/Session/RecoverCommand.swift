/// `recover`: the unsaved work a crashed session left, replayed.
struct RecoverCommand: Command {
    static let spec = CommandSpec(
        "recover", group: .session,
        examples: ["recover"]
    ) { _ throws(Diagnostic) in RecoverCommand() }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SnapshotOperations.recover(&session)
    }

    var scriptEffect: ScriptEffect { .replacesEverything }
}
