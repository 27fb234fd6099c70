extension Column {
    /// A column named by a field or a period of one (`owner`, `month(created)`):
    /// CSV, TSV and JSON print the name, people read `Language.columnHeading`.
    static func field(_ name: String, alignment: Alignment = .left, unit: Message? = nil) -> Column {
        Column(name, alignment: alignment, title: Message(.columnHeading, .text(name)), unit: unit)
    }
}
