/// `stages`: the pipeline's stages, with order, probability and record counts.
struct StagesCommand: Command {
    static let spec = CommandSpec(
        "stages", group: .pipeline,
        grammar: .optional(.oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps")])),
        examples: ["stages", "stages opportunities"]
    ) { c throws(Diagnostic) in
        switch c.kindFilter {
        case .all: StagesCommand(kind: nil)
        case .only(let k): StagesCommand(kind: k)
        }
    }

    let kind: RecordKind?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        PipelineOperations.stages(kind, session)
    }
}
