extension Column {
    /// A column named by a field or a period of one (`owner`, `month(created)`):
    /// CSV, TSV and JSON print the name, people read `Messages.columnHeading`.
    static func field(_ name: String, alignment: Alignment = .left, unit: String? = nil) -> Column {
        let heading = Messages.columnHeading(name)
        return Column(name, alignment: alignment, title: heading == name ? nil : heading, unit: unit)
    }
}
