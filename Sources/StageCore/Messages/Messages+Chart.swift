/// The words of SVG charts (`ChartSVG`).
extension Messages {
    public static func reportWritten(_ report: String, _ rows: Int, _ file: String) -> String {
        t("wrote the \(report) report (\(rows) row\(rows == 1 ? "" : "s")) to \(file)",
          vi: "đã ghi báo cáo \(report) (\(rows) dòng) vào \(file)")
    }
    // MARK: charts

    /// The note of a chart whose table has no rows (or nothing to chart).
    public static var chartNoData: String { t("no data", vi: "không có dữ liệu") }

    /// A tick label of a value axis in days: "1 day", "10 days", "0.5 days".
    public static func chartDays(_ value: String) -> String { t(value == "1" ? "1 day" : "\(value) days", vi: "\(value) ngày") }
}
