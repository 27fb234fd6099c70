/// One of the reports of `Reports.all`, as `export report` and `export chart` name it.
struct ReportKind: Sendable, CustomStringConvertible {
    let report: any Report.Type

    init(_ report: any Report.Type) { self.report = report }

    /// The report named `name` (any case), if there is one.
    init?(named name: String) {
        guard let report = Reports.all.first(where: { $0.name == name.lowercased() }) else { return nil }
        self.report = report
    }

    /// Every report, in the registry's order.
    static var allCases: [ReportKind] { Reports.all.map(ReportKind.init) }

    var name: String { report.name }
    var description: String { name }

    /// The report's command with `query`.
    func command(_ query: ReportQuery) -> any Command { report.command(query) }
}
