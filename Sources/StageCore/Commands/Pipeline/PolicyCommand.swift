/// `policy`: shows or sets which stage moves are allowed.
struct PolicyCommand: Command {
    static let spec = CommandSpec(
        "policy", group: .pipeline,
        grammar: .optional(.argument(.policy, .choice(Policy.allCases.map(\.rawValue)))),
        summary: "show or set which stage moves are allowed",
        details: """
        free: any move within a kind. forward (default): no move backwards, except out of a closed
        stage by an explicit move. strict: as forward, and no skipping an open stage.
        """,
        summaryVi: "xem hoặc đặt những bước chuyển giai đoạn được phép",
        detailsVi: """
        free: chuyển tự do trong cùng loại. forward (mặc định): không chuyển lùi, trừ khi rời một giai đoạn
        đã đóng bằng lệnh move tường minh. strict: như forward, và không được bỏ qua giai đoạn mở nào.
        """,
        examples: ["policy strict"]
    ) { c throws(Diagnostic) in PolicyCommand(policy: c.text(.policy).flatMap { Policy(rawValue: $0.lowercased()) }) }

    let policy: Policy?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        PipelineOperations.policy(policy, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
