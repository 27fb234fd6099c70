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
        summary: "replace a kind's stages in one step: open stages in order, then the won and lost ones",
        details: """
        Stages already there keep their records, history and probability; new ones have no probability
        until `stage set` gives one; stages left out are removed, which is refused while records use them.
        """,
        summaryVi: "thay toàn bộ giai đoạn của một loại trong một bước: các giai đoạn mở theo thứ tự, rồi giai đoạn thắng và thua",
        detailsVi: """
        Giai đoạn đã có giữ nguyên bản ghi, lịch sử và xác suất; giai đoạn mới chưa có xác suất cho đến khi
        `stage set` đặt; giai đoạn không được nêu sẽ bị xóa, và bị từ chối khi còn bản ghi dùng nó.
        """,
        examples: ["stages set opportunities Prospecting, Engaging, Negotiation won \"Closed Won\" lost \"Closed Lost\"",
                   "stages set leads New, Working, Qualified"]
    ) { c throws(Diagnostic) in
        StagesSetCommand(kind: c.has("leads") || c.has("lead") ? .lead : .opportunity,
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
