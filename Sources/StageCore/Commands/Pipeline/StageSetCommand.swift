/// `stage set`: a stage's probability or stale threshold.
struct StageSetCommand: Command {
    static let spec = CommandSpec(
        "stage set", group: .pipeline,
        grammar: .sequence([.argument(.name, .stage), .assignments(min: 1, .stageSettings)]),
        summary: "change a stage's probability or stale threshold",
        details: "stale=DURATION is how long a record may sit in the stage before `stuck` lists it (default 30d).",
        summaryVi: "đổi xác suất hoặc ngưỡng tồn đọng (stale) của một giai đoạn",
        detailsVi: "stale=DURATION là thời gian một bản ghi được nằm ở giai đoạn trước khi `stuck` liệt kê nó (mặc định 30d).",
        examples: ["stage set Negotiation probability=35", "stage set Negotiation stale=14d"]
    ) { c throws(Diagnostic) in StageSetCommand(name: c.required(.name), fields: c.assignments) }

    let name: Located<String>
    let fields: [Assignment]

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try PipelineOperations.set(name, fields, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
