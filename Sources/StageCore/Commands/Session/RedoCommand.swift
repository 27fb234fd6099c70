/// `redo`: what `undo` took back, applied again.
struct RedoCommand: Command {
    static let spec = CommandSpec("redo", group: .session, examples: ["redo"]) { _ throws(Diagnostic) in
        RedoCommand()
    }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try session.redo()
    }

    var scriptEffect: ScriptEffect { .forgetsStages }
}
