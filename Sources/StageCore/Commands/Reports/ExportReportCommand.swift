/// `export report`: a report's table written to a file in the format its extension names.
struct ExportReportCommand: Command {
    static let spec = CommandSpec(
        "export report", group: .reports,
        grammar: .sequence([
            .argument(.report, .choice(Reports.all.map { $0.name })), .argument(.file, .file),
            ReportClause.grammar(ReportClause.union(of: Reports.all)),
        ]),
        examples: ["export report funnel funnel.csv", "export report winrate winrate.json by owner"]
    ) { c throws(Diagnostic) in
        ExportReportCommand(kind: ReportKind(named: c.text(.report)!)!, query: try ReportQuery(c), file: c.required(.file))
    }

    let kind: ReportKind
    let query: ReportQuery
    let file: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try ExportOperations.report(kind, query, file, session)
    }

    /// `--check` runs the report, so that its clauses are checked; the file is not written.
    var scriptEffect: ScriptEffect { .runsInstead(kind.command(query)) }
    var files: [Located<String>] { [file] }
}
