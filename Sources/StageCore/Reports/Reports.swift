/// The registry of reports: each command, `export report` and `export chart` read it.
enum Reports {
    /// Every report, in the order `export report` names them and `help` lists them (the
    /// command table puts `export chart` and `export report` after forecast).
    static let all: [any Report.Type] = [
        FunnelReport.self, ConversionReport.self, WinRateReport.self, CycleReport.self, DwellReport.self,
        StuckReport.self, ForecastReport.self, CalibrateReport.self, LossesReport.self, TransitionsReport.self, CohortReport.self,
        VelocityReport.self, SlippageReport.self, WaterfallReport.self, InsightsReport.self,
    ]

    // Closures rather than key paths (`\.name`) over `any Report.Type`: those crash the
    // Swift 6.3 compiler (SILGen).

    /// The reports with a chart, for `export chart`.
    static var charted: [any Report.Type] { all.filter { $0.chartColumn != nil } }

    /// The report commands in the registry's order, from the first through `last`.
    static func specs(through last: any Report.Type) -> [CommandSpec] {
        all[...all.firstIndex { $0 == last }!].map { $0.spec }
    }

    /// The report commands in the registry's order after `last`.
    static func specs(after last: any Report.Type) -> [CommandSpec] {
        all[(all.firstIndex { $0 == last }! + 1)...].map { $0.spec }
    }
}
