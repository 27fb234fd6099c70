/// `snapshots`: the snapshots in the data directory.
struct SnapshotsCommand: Command {
    static let spec = CommandSpec(
        "snapshots", group: .session, examples: ["snapshots"]
    ) { _ throws(Diagnostic) in SnapshotsCommand() }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        SnapshotOperations.list(session)
    }

    var scriptEffect: ScriptEffect { .none }
}
