/// `export chart` and `export report`: a report written to a file.
enum ExportOperations {
    static func chart(_ kind: ReportKind, _ q: ReportQuery, _ file: Located<String>, _ s: Session) throws(Diagnostic) -> Outcome {
        let table = try kind.report.table(q, s)
        let svg = ChartSVG.render(table, title: s.snapshot.map { "\(kind.name) — \($0.name)" } ?? kind.name, language: s.language)
        try write(svg, file, s)
        return .message(Message.chartWritten(kind.name, file.value))
    }

    static func report(_ kind: ReportKind, _ q: ReportQuery, _ file: Located<String>, _ s: Session) throws(Diagnostic) -> Outcome {
        let table = try kind.report.table(q, s)
        let format = self.format(of: file.value)
        try write(TableRenderer.render(table, format: format, language: s.language), file, s)
        return .message(Message.reportWritten(kind.name, table.rows.count, file.value))
    }

    /// The format a file's extension asks for; CSV when it names none.
    static func format(of path: String) -> OutputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tsv }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return .csv
    }

    private static func write(_ text: String, _ file: Located<String>, _ s: Session) throws(Diagnostic) {
        do {
            try AtomicWrite.write(Array(text.utf8), to: s.resolve(file.value))
        } catch {
            throw Diagnostic(Message.cannotWrite(file.value, Message.systemError(error.code.rawValue)), at: file.range)
        }
    }
}
