/// A stage report: its command, its clauses, how it reads the records and
/// whether it charts, all in one type listed once in `Reports.all`.
///
/// The report's command, `export report`'s choice of reports and its clauses,
/// and `export chart`'s choice of reports are derived from that list.
protocol Report: Sendable {
    /// The command's name, and the name `export report` and `export chart` take.
    static var name: String { get }
    static var examples: [String] { get }
    /// The clauses this report takes beyond those every report shares; `export
    /// report` takes each that any report takes.
    static var clauses: [ReportClause] { get }
    /// The command's grammar after its name: its own clauses, then the shared
    /// ones, in any order.
    static var grammar: Grammar { get }
    /// Whether the report reads each record's last stage change for every record
    /// (`ReportContext.changed`). Skipping that pass saves time on big pipelines,
    /// but a report that reads `changed` without it fails, so the default is true.
    static func needsChanged(_ query: ReportQuery) -> Bool
    /// The outcome of the stages whose records the report counts alone (open: stuck and
    /// forecast; lost: losses), so records in other stages are not selected and form no group;
    /// nil: records in every stage.
    static var selects: StageOutcome? { get }
    /// Whether the report groups the records itself for this `by` (losses by its own reason
    /// and lost-at stage): the context then selects them in one group, with no group column.
    static func groupsItself(_ query: ReportQuery) -> Bool
    /// The column a chart draws (its `Column.name`): a bar beside each row at a
    /// terminal, and what `export chart` writes. Nil: the report has no chart.
    static var chartColumn: String? { get }
    /// The column whose value a terminal draws light at the end of each bar: the part of the
    /// chart column's value that leaked (the funnel's `lost here`). Nil: solid bars.
    static var chartLostColumn: String? { get }
    /// The report's table, from the records its context selected.
    static func run(_ context: ReportContext) throws(Diagnostic) -> Table
    /// The clauses as this report reads them, before its context selects records: a report may
    /// give a shared clause a sense of its own (`cohort by month` is the cohorts' period, not a
    /// group; `velocity until D` is the pipeline as it stood at D).
    static func reading(_ query: ReportQuery, in session: Session) throws(Diagnostic) -> ReportQuery
}

extension Report {
    static var clauses: [ReportClause] { [] }
    static var grammar: Grammar { ReportClause.grammar(clauses) }
    static func needsChanged(_ query: ReportQuery) -> Bool { true }
    static var selects: StageOutcome? { nil }
    static func groupsItself(_ query: ReportQuery) -> Bool { false }
    static var chartColumn: String? { nil }
    static var chartLostColumn: String? { nil }
    static func reading(_ query: ReportQuery, in session: Session) throws(Diagnostic) -> ReportQuery { query }

    /// The report's command, for the command table.
    static var spec: CommandSpec { ReportCommand<Self>.spec }

    /// The report's command with `query`, as if typed: what `--check` runs for an export.
    static func command(_ query: ReportQuery) -> any Command { ReportCommand<Self>(query: query) }

    /// The report's table over `session`: ordered and cut as its `order by` and
    /// `limit` ask, its chart column marked, a note under it when a rate it shows is over few records.
    static func table(_ query: ReportQuery, _ session: Session) throws(Diagnostic) -> Table {
        let query = try reading(query, in: session)
        let context = try ReportContext(
            session, query, needsChanged: needsChanged(query), selects: selects, grouping: !groupsItself(query))
        var table = try run(context)
        // The last column of that name: a `by` column in front may be named the same.
        table.barColumn = chartColumn.flatMap { name in table.columns.lastIndex { $0.name == name } }
        table.barLostColumn = chartLostColumn.flatMap { name in table.columns.lastIndex { $0.name == name } }
        table = try table.ordered(by: query.order, limit: query.limit, language: session.language)
        table.footer = RateColumns.footer(table)
        return table
    }
}
