/// `stage rename`: a stage under a new name; its records and history follow.
struct StageRenameCommand: Command {
    static let spec = CommandSpec(
        "stage rename", group: .pipeline,
        grammar: .sequence([.argument(.name, .stage), .keyword("to"), .argument(.newName, .text)]),
        examples: ["stage rename \"Proposal Sent\" to Quoted"]
    ) { c throws(Diagnostic) in StageRenameCommand(from: c.required(.name), to: c.required(.newName)) }

    let from: Located<String>
    let to: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.rename(from, to, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
