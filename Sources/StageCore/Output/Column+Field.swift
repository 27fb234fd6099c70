extension Column {
    /// A column named by a field or a period of one (`owner`, `month(created)`):
    /// CSV, TSV and JSON print the name, people read `Language.columnHeading`.
    static func field(_ name: String, alignment: Alignment = .left, unit: Message? = nil) -> Column {
        Column(name, alignment: alignment, title: .field, unit: unit)
    }

    /// This column with the heading a catalogue gives it (`heading.win_rate`) for aligned tables and Markdown; `name`, what CSV, TSV and JSON print,
    /// stays as it is.
    ///
    /// `key` names the heading where the name alone does not say which (`records_counted`).
    func translated(_ key: String? = nil) -> Column {
        var column = self
        column.title = .term(key ?? Column.headingKey(name))
        return column
    }

    /// A column name as a catalogue key: `win rate` is `win_rate`, `% of first` is `%_of_first`.
    static func headingKey(_ name: String) -> String {
        var key = ""
        for c in name.unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "%" {
                key.unicodeScalars.append(c)
            } else if !key.hasSuffix("_") {
                key += "_"
            }
        }
        return key.hasSuffix("_") ? String(key.dropLast()) : key
    }
}
