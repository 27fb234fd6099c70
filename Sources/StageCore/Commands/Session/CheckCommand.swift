/// `check`: whether the session's data is consistent.
struct CheckCommand: Command {
    static let spec = CommandSpec(
        "check", group: .session, summary: "verify that the session's data is consistent",
        details: "Checks that every record's stage is where its ledger ends, that each ledger starts with a creation and runs in time order, that ids are unique and that every stage named is in the pipeline.",
        summaryVi: "kiểm tra dữ liệu của phiên có nhất quán không",
        detailsVi: "Kiểm tra giai đoạn của mỗi bản ghi trùng với cuối sổ ghi, mỗi sổ ghi bắt đầu bằng lần tạo và theo thứ tự thời gian, mã không trùng và mọi giai đoạn được nhắc tới đều có trong quy trình.",
        examples: ["check"]
    ) { _ throws(Diagnostic) in CheckCommand() }

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        let problems = Consistency.problems(session.workspace)
        guard let first = problems.first else {
            return .message(Messages.consistent(session.store.liveCount, session.store.eventCount))
        }
        throw Diagnostic(Messages.inconsistent(first), hints: problems.dropFirst().map(Message.verbatim) + [Messages.hintReportInconsistency])
    }

    var scriptEffect: ScriptEffect { .none }
}
