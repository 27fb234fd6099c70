/// `export records|events FILE`: the records or stage events written to a CSV or JSON file.
struct ExportCommand: Command {
    static let spec = CommandSpec(
        "export", group: .session, grammar: .sequence([Clauses.dataSet, .argument(.file, .file)]),
        summary: "write records or stage events to a CSV file, or JSON when FILE ends in .json",
        details: "The CSV is the canonical format `import` reads back; JSON is an array of objects with the same columns.",
        summaryVi: "ghi bản ghi hoặc sự kiện giai đoạn ra tệp CSV, hoặc JSON khi FILE kết thúc bằng .json",
        detailsVi: "CSV là định dạng chuẩn mà `import` đọc lại; JSON là một mảng đối tượng với cùng các cột.",
        examples: ["export records /tmp/records.csv", "export events /tmp/events.json"]
    ) { c throws(Diagnostic) in ExportCommand(dataSet: Clauses.dataSet(c), file: c.required(.file)) }

    let dataSet: DataSet
    let file: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SessionOperations.export(dataSet, file, session)
    }

    var scriptEffect: ScriptEffect { .none }
    var files: [Located<String>] { [file] }
}
