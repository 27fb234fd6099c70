/// `stage add`: a new stage in the lead or opportunity pipeline.
struct StageAddCommand: Command {
    static let spec = CommandSpec(
        "stage add", group: .pipeline,
        grammar: .sequence([
            .oneOf([.keyword("lead"), .keyword("opportunity"), .keyword("opp")]), .argument(.name, .text),
            .optional(
                .oneOf([
                    .sequence([.keyword("before"), .argument(.stage, .stage)]),
                    .sequence([.keyword("after"), .argument(.stage, .stage)]),
                ])),
            .optional(.sequence([.keyword("probability"), .argument(.number, .number)])),
            .optional(.oneOf([.keyword("won"), .keyword("lost")])),
        ]),
        examples: ["stage add opportunity Demo after Negotiation probability 50", "stage add lead Disqualified lost"]
    ) { c throws(Diagnostic) in
        let placement: StagePlacement =
            c.has("before") ? .before(c.required(.stage)) : c.has("after") ? .after(c.required(.stage)) : .end
        let probability = try c.token(.number).map { (t) throws(Diagnostic) in Located(try ValueParser.probability(t), t.range) }
        let outcome: StageOutcome = c.has("won") ? .won : c.has("lost") ? .lost : .open
        return StageAddCommand(
            kind: c.has("lead") ? .lead : .opportunity, name: c.required(.name), placement: placement,
            probability: probability, outcome: outcome)
    }

    let kind: RecordKind
    let name: Located<String>
    let placement: StagePlacement
    let probability: Located<Int>?
    let outcome: StageOutcome

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.add(kind, name, placement, probability, outcome, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
