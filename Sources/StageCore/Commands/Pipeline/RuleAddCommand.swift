/// `rule add`: an automatic move when an activity is logged.
struct RuleAddCommand: Command {
    static let spec = CommandSpec(
        "rule add", group: .pipeline,
        grammar: .sequence([
            .keyword("on"), .argument(.activity, .activity),
            .optional(.sequence([.keyword("when"), .expression(.condition)])),
            .keyword("move"), .keyword("to"), .argument(.stage, .stage),
        ]),
        examples: [
            "rule add on meeting when stage = Contacted move to Qualified",
            "rule add on demo when value >= 100k move to \"Proposal Sent\"",
        ]
    ) { c throws(Diagnostic) in
        RuleAddCommand(
            activity: c.required(.activity), condition: c.expressions[.condition]?.0,
            conditionText: c.expressions[.condition].map { c.source($0.1) }, stage: c.required(.stage))
    }

    let activity: Located<String>
    let condition: Expression?
    /// The condition as written back in canonical form, as the snapshot and `rules` keep it.
    let conditionText: String?
    let stage: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.addRule(activity, condition, conditionText, stage, &session, &tx)
    }

    var stageReferences: [StageReference] { (condition.map { [.condition($0)] } ?? []) + [.stage(stage)] }
}
