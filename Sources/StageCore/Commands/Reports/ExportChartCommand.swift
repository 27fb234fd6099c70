/// `export chart`: a report's chart as a standalone SVG file.
struct ExportChartCommand: Command {
    static let spec = CommandSpec(
        "export chart", group: .reports,
        grammar: .sequence([
            .argument(.report, .choice(Reports.charted.map { $0.name })), .argument(.file, .file),
            // Conversion's, the window transitions and winrate take, cohort's and waterfall's (FROM TO,
            // `for`); funnel's kinds and `strict` have never been taken here.
            ReportClause.grammar([.from, .to, .since, .until, .window, .moments, .closing]),
        ]),
        examples: [
            "export chart funnel funnel.svg", "export chart conversion q3.svg where source = event",
            "export chart waterfall q4.svg 2026-09-01 2026-11-29 for 2026-Q4",
        ]
    ) { c throws(Diagnostic) in
        ExportChartCommand(kind: ReportKind(named: c.text(.report)!)!, query: try ReportQuery(c), file: c.required(.file))
    }

    let kind: ReportKind
    let query: ReportQuery
    let file: Located<String>

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try ExportOperations.chart(kind, query, file, session)
    }

    /// `--check` runs the report, so that its clauses are checked; the file is not written.
    var scriptEffect: ScriptEffect { .runsInstead(kind.command(query)) }
    var files: [Located<String>] { [file] }
}
