/// `diff`: what changed per record between a snapshot and the session, or two snapshots.
struct DiffCommand: Command {
    static let spec = CommandSpec(
        "diff", group: .session,
        grammar: .sequence([.argument(.name, .snapshot), .optional(.argument(.secondName, .snapshot))]),
        examples: ["diff demo", "diff monday friday"]
    ) { c throws(Diagnostic) in DiffCommand(old: c.required(.name), new: c.located(.secondName)) }

    let old: Located<String>
    let new: Located<String>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SnapshotOperations.diff(old, new, session)
    }

    var scriptEffect: ScriptEffect { .none }
    var files: [Located<String>] { [old] + (new.map { [$0] } ?? []) }
}
