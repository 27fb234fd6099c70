/// `run`: a script file's commands, which the shell reads and runs in turn.
struct RunCommand: Command {
    static let spec = CommandSpec(
        "run", group: .session, grammar: .argument(.file, .file),
        examples: ["run Examples/01-first-steps.stg"]
    ) { c throws(Diagnostic) in RunCommand(file: c.required(.file)) }

    let file: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        .runScript(file)
    }

    var scriptEffect: ScriptEffect { .replacesEverything }
    var files: [Located<String>] { [file] }
}
