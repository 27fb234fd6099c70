/// Runs a report command: the context once, then the report's own table.
enum Reports {
    static func run(_ kind: ReportKind, _ query: ReportQuery, _ s: Session) throws(Diagnostic) -> Outcome {
        .table(try table(kind, query, s))
    }

    /// The report's table, ordered and cut as its `order by` and `limit` ask.
    static func table(_ kind: ReportKind, _ query: ReportQuery, _ s: Session) throws(Diagnostic) -> Table {
        try unordered(kind, query, s).ordered(by: query.order, limit: query.limit)
    }

    private static func unordered(_ kind: ReportKind, _ query: ReportQuery, _ s: Session) throws(Diagnostic) -> Table {
        let needsChanged: Bool = {
            switch kind {
            // A win rate reads when records closed only to keep those closed since or until a date.
            case .winrate: return query.since != nil || query.until != nil
            case .cycle, .dwell: return true
            // Only open records' last changes: read for them alone (`lastChange`).
            case .stuck, .funnel, .conversion, .forecast, .calibrate: return false
            }
        }()
        let c = try ReportContext(s, query, needsChanged: needsChanged, openOnly: kind == .stuck || kind == .forecast)
        switch kind {
        case .funnel: return FunnelReport.run(c)
        case .conversion: return try ConversionReport.run(c)
        case .winrate: return try WinRateReport.run(c)
        case .cycle: return CycleReport.run(c)
        case .dwell: return DwellReport.run(c)
        case .stuck: return try StuckReport.run(c)
        case .forecast: return ForecastReport.run(c)
        case .calibrate: return CalibrateReport.run(c)
        }
    }
}

extension Column {
    /// This column with a Vietnamese heading for aligned tables and Markdown when
    /// messages are in Vietnamese; `name` (what CSV, TSV and JSON print) stays as it is.
    func vi(_ title: String) -> Column {
        var column = self
        column.title = Message(.localized, .text(name), .text(title))
        return column
    }
}
