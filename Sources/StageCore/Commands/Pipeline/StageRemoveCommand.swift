/// `stage remove`: a stage no record uses or has used, removed.
struct StageRemoveCommand: Command {
    static let spec = CommandSpec(
        "stage remove", group: .pipeline, grammar: .argument(.name, .stage),
        examples: ["stage remove Demo"]
    ) { c throws(Diagnostic) in StageRemoveCommand(name: c.required(.name)) }

    let name: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.remove(name, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
