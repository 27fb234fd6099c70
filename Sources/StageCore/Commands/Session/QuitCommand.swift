/// `quit`: leaves stagesh.
struct QuitCommand: Command {
    static let spec = CommandSpec("quit", aliases: ["exit"], group: .session, examples: ["quit"]) { _ throws(Diagnostic) in
        QuitCommand()
    }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        .quit
    }

    var scriptEffect: ScriptEffect { .replacesEverything }
}
