/// The commands that write a report to a file; the reports' own commands come from `Reports.all`.
enum ReportCommands {
    static let exports: [CommandSpec] = [
        CommandSpec(
            "export chart", group: .reports,
            grammar: .sequence([.argument(.report, .choice(Reports.charted.map { $0.name })), .argument(.file, .file),
                                // Conversion's; funnel's kinds and `strict` have never been taken here.
                                ReportClause.grammar([.from, .to])]),
            summary: "write a report's chart as a standalone SVG file",
            details: "For funnel, conversion and dwell; the report's own clauses apply. No fonts or scripts are embedded.",
            summaryVi: "ghi biểu đồ của một báo cáo thành tệp SVG độc lập",
            detailsVi: "Cho funnel, conversion và dwell; áp dụng các mệnh đề riêng của báo cáo. Không nhúng phông chữ hay script.",
            examples: ["export chart funnel funnel.svg", "export chart conversion q3.svg where source = event"]
        ) { c throws(Diagnostic) in
            .exportChart(ReportKind(named: c.text(.report)!)!, try ReportQuery(c), file: c.required(.file))
        },
        CommandSpec(
            "export report", group: .reports,
            grammar: .sequence([.argument(.report, .choice(Reports.all.map { $0.name })), .argument(.file, .file),
                                ReportClause.grammar(ReportClause.union(of: Reports.all))]),
            summary: "write a report to a file: CSV, TSV, JSON or Markdown by its extension",
            details: "FILE.csv (the default), .tsv, .json or .md; the report's own clauses apply.",
            summaryVi: "ghi một báo cáo ra tệp: CSV, TSV, JSON hoặc Markdown theo phần mở rộng",
            detailsVi: "FILE.csv (mặc định), .tsv, .json hoặc .md; áp dụng các mệnh đề riêng của báo cáo. Tên cột luôn bằng tiếng Anh.",
            examples: ["export report funnel funnel.csv", "export report winrate winrate.json by owner"]
        ) { c throws(Diagnostic) in
            .exportReport(ReportKind(named: c.text(.report)!)!, try ReportQuery(c), file: c.required(.file))
        },
    ]
}
