/// `undo`: the last change taken back.
struct UndoCommand: Command {
    static let spec = CommandSpec("undo", group: .session, examples: ["undo"]) { _ throws(Diagnostic) in
        UndoCommand()
    }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try session.undo()
    }

    var scriptEffect: ScriptEffect { .forgetsStages }
}
