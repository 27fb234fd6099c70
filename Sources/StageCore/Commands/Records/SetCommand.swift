/// `set`: a record's fields changed.
struct SetCommand: Command {
    static let spec = CommandSpec(
        "set", group: .records,
        grammar: .sequence([.argument(.id, .id), .assignments(min: 1, .record)]),
        summary: "change fields of a record",
        details: "Stages change with `move`, not `set`. An empty value (\"\") clears a field.",
        summaryVi: "đổi các trường của một bản ghi",
        detailsVi: "Giai đoạn đổi bằng `move`, không bằng `set`. Giá trị rỗng (\"\") xóa một trường.",
        examples: ["set 12 owner=\"Trần Minh\" value=60000"]
    ) { c throws(Diagnostic) in SetCommand(id: c.required(.id), fields: c.assignments) }

    let id: Located<String>
    let fields: [Assignment]

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.set(id, fields, &session, &tx)
    }
}
