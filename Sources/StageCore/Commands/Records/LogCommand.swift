/// `log`: an activity on a record, which may fire rules.
struct LogCommand: Command {
    static let spec = CommandSpec(
        "log", group: .records,
        grammar: .sequence([.argument(.activity, .activity), .argument(.id, .id), Clauses.onDate,
                            .optional(.sequence([.keyword("note"), .argument(.text, .text)]))]),
        summary: "record an activity (call, email, meeting, quote, ...); fires rules",
        details: "Rules (see `rules`) may move the record; the default rule moves a deal to \"Proposal Sent\" on a quote.",
        summaryVi: "ghi một hoạt động (call, email, meeting, quote, ...); kích hoạt các quy tắc",
        detailsVi: "Quy tắc (xem `rules`) có thể chuyển giai đoạn bản ghi; quy tắc mặc định chuyển cơ hội sang \"Proposal Sent\" khi có báo giá (quote).",
        examples: ["log call 12 note \"asked for a demo\"", "log quote 12"]
    ) { c throws(Diagnostic) in
        LogCommand(activity: c.required(.activity), id: c.required(.id), on: try c.date(.date), note: c.text(.text))
    }

    let activity: Located<String>
    let id: Located<String>
    let on: Located<DateSpec>?
    let note: String?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.log(activity, id, on, note, &session, &tx)
    }
}
