/// `stage set`: a stage's probability or stale threshold.
struct StageSetCommand: Command {
    static let spec = CommandSpec(
        "stage set", group: .pipeline,
        grammar: .sequence([.argument(.name, .stage), .assignments(min: 1, .stageSettings)]),
        examples: ["stage set Negotiation probability=35", "stage set Negotiation stale=14d"]
    ) { c throws(Diagnostic) in StageSetCommand(name: c.required(.name), fields: c.assignments) }

    let name: Located<String>
    let fields: [Assignment]

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.set(name, fields, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
