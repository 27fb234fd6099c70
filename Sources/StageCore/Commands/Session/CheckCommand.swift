/// `check`: whether the session's data is consistent.
struct CheckCommand: Command {
    static let spec = CommandSpec(
        "check", group: .session,
        examples: ["check"]
    ) { _ throws(Diagnostic) in CheckCommand() }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        let problems = Consistency.problems(session.workspace)
        guard let first = problems.first else {
            return .message(Message.consistent(session.store.liveCount, session.store.eventCount))
        }
        throw Diagnostic(Message.inconsistent(first), hints: problems.dropFirst().map(Message.verbatim) + [Message.hintReportInconsistency])
    }

    var scriptEffect: ScriptEffect { .none }
}
