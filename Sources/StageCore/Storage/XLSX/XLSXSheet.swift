/// One sheet of a workbook, as `xl/workbook.xml` lists it.
public struct XLSXSheet: Sendable, Equatable {
    /// The name on its tab.
    public let name: String
    /// Where its XML lies in the archive ("xl/worksheets/sheet1.xml"); nil when
    /// the workbook's relationships do not say.
    public let part: String?
    /// Whether Excel hides its tab (`state="hidden"` or `"veryHidden"`).
    public let isHidden: Bool
    /// Whether it is a worksheet (cells), not a chart sheet or a macro sheet.
    public let isWorksheet: Bool
}
