/// `export records|events|history FILE`: the records, stage events or field events written to a CSV or JSON file.
struct ExportCommand: Command {
    static let spec = CommandSpec(
        "export", group: .session, grammar: .sequence([Clauses.exportSet, .argument(.file, .file)]),
        examples: ["export records /tmp/records.csv", "export events /tmp/events.json", "export history /tmp/history.csv"]
    ) { c throws(Diagnostic) in ExportCommand(dataSet: Clauses.dataSet(c), file: c.required(.file)) }

    let dataSet: DataSet
    let file: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SessionOperations.export(dataSet, file, session)
    }

    var scriptEffect: ScriptEffect { .none }
    var files: [Located<String>] { [file] }
}
