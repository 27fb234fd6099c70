/// `load`: a snapshot opened in place of the session; `load!` discards unsaved changes.
struct LoadCommand: Command {
    static let spec = CommandSpec(
        "load", aliases: ["load!"], group: .session, grammar: .argument(.snapshot, .snapshot),
        examples: ["load demo", "load! demo"]
    ) { c throws(Diagnostic) in
        LoadCommand(target: c.required(.snapshot), force: c.tokens.first?.text.hasSuffix("!") ?? false)
    }

    let target: Located<String>
    let force: Bool

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SnapshotOperations.load(target, force: force, &session)
    }

    var scriptEffect: ScriptEffect { .replacesEverything }
    var files: [Located<String>] { [target] }
}
