/// `stages set KIND S1, S2, ... [won W] [lost L]`: a kind's stages, replaced in one step.
struct StagesSetCommand: Command {
    static let spec = CommandSpec(
        "stages set", group: .pipeline,
        grammar: .sequence([
            .oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps"), .keyword("lead"), .keyword("opportunity")]),
            .list(.stages, .stage),
            .optional(.sequence([.keyword("won"), .argument(.wonStage, .stage)])),
            .optional(.sequence([.keyword("lost"), .argument(.lostStage, .stage)])),
        ]),
        examples: [
            "stages set opportunities Prospecting, Engaging, Negotiation won \"Closed Won\" lost \"Closed Lost\"",
            "stages set leads New, Working, Qualified",
        ]
    ) { c throws(Diagnostic) in
        StagesSetCommand(
            kind: c.has("leads") || c.has("lead") ? .lead : .opportunity,
            open: (c.values[.stages] ?? []).map { Located($0.text, $0.range) },
            won: c.token(.wonStage).map { Located($0.text, $0.range) },
            lost: c.token(.lostStage).map { Located($0.text, $0.range) })
    }

    let kind: RecordKind
    let open: [Located<String>]
    let won: Located<String>?
    let lost: Located<String>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.replace(kind, open: open, won: won, lost: lost, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
