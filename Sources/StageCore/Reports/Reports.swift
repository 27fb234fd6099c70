/// Runs a report command: the context once, then the report's own table.
enum Reports {
    static func run(_ kind: ReportKind, _ query: ReportQuery, _ s: Session) throws(Diagnostic) -> Outcome {
        let needsChanged: Bool = {
            switch kind {
            case .winrate, .cycle, .dwell, .stuck: return true
            case .funnel, .conversion, .forecast, .calibrate: return false
            }
        }()
        let c = try ReportContext(s, query, needsChanged: needsChanged)
        switch kind {
        case .funnel: return .table(FunnelReport.run(c))
        case .conversion: return .table(try ConversionReport.run(c))
        case .winrate: return .table(try WinRateReport.run(c))
        case .cycle: return .table(CycleReport.run(c))
        case .dwell: return .table(DwellReport.run(c))
        case .stuck: return .table(try StuckReport.run(c))
        case .forecast: return .table(ForecastReport.run(c))
        case .calibrate: return .table(CalibrateReport.run(c))
        }
    }
}
