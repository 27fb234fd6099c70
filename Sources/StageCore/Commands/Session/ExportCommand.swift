/// `export records|events FILE`: the records or stage events written to a CSV or JSON file.
struct ExportCommand: Command {
    static let spec = CommandSpec(
        "export", group: .session, grammar: .sequence([Clauses.dataSet, .argument(.file, .file)]),
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
