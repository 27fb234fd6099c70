/// `rules`: the automatic moves, numbered.
struct RulesCommand: Command {
    static let spec = CommandSpec(
        "rules", group: .pipeline, examples: ["rules"]
    ) { _ throws(Diagnostic) in RulesCommand() }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        PipelineOperations.rules(session)
    }
}
