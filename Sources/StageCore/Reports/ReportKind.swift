/// One of the reports of `Reports.all`, as a parsed command names it.
public struct ReportKind: Sendable, Hashable, CustomStringConvertible {
    let report: any Report.Type

    init(_ report: any Report.Type) { self.report = report }

    /// The report named `name` (any case), if there is one.
    public init?(named name: String) {
        guard let report = Reports.all.first(where: { $0.name == name.lowercased() }) else { return nil }
        self.report = report
    }

    /// Every report, in the registry's order.
    public static var allCases: [ReportKind] { Reports.all.map(ReportKind.init) }

    public var name: String { report.name }
    public var description: String { name }

    public static func == (a: ReportKind, b: ReportKind) -> Bool { a.report == b.report }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(report)) }
}
