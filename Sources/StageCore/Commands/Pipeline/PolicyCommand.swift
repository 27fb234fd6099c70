/// `policy`: shows or sets which stage moves are allowed.
struct PolicyCommand: Command {
    static let spec = CommandSpec(
        "policy", group: .pipeline,
        grammar: .optional(.argument(.policy, .choice(Policy.allCases.map(\.rawValue)))),
        examples: ["policy strict"]
    ) { c throws(Diagnostic) in PolicyCommand(policy: c.text(.policy).flatMap { Policy(rawValue: $0.lowercased()) }) }

    let policy: Policy?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        PipelineOperations.policy(policy, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
