/// `convert`: a qualified lead becomes an opportunity, keeping its id and history.
struct ConvertCommand: Command {
    static let spec = CommandSpec(
        "convert", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate]),
        summary: "turn a qualified lead into an opportunity",
        details: "The lead must be in the last open lead stage; it enters the first opportunity stage and keeps its id and history.",
        summaryVi: "chuyển một lead đã xác nhận (qualified) thành cơ hội",
        detailsVi: "Lead phải ở giai đoạn lead mở cuối cùng; nó vào giai đoạn cơ hội đầu tiên, giữ nguyên id và lịch sử.",
        examples: ["convert 7"]
    ) { c throws(Diagnostic) in ConvertCommand(id: c.required(.id), on: try c.date(.date)) }

    let id: Located<String>
    let on: Located<DateSpec>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.convert(id, on, &session, &tx)
    }
}
