/// `rule remove`: a rule removed by its number.
struct RuleRemoveCommand: Command {
    static let spec = CommandSpec(
        "rule remove", group: .pipeline, grammar: .argument(.number, .integer), examples: ["rule remove 1"]
    ) { c throws(Diagnostic) in RuleRemoveCommand(number: try c.integer(.number)!) }

    let number: Located<Int>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.removeRule(number, &session, &tx)
    }
}
