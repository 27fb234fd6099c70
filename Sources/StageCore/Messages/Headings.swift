import Foundation

/// The headings people read over record fields, and the words of answers.
extension Language {
    /// A built-in field's name as an aligned table's or a card's heading.
    ///
    /// Only people read these: CSV, TSV and JSON keep `Field.name`, the
    /// contract's English. A custom field keeps the name it was given.
    public func heading(of field: Field) -> String {
        if case .custom(let name) = field { return name }
        return catalogue.term("field.\(field.name)") ?? field.name
    }

    /// The heading of a column named by a field (`owner`, `days`) or by a period
    /// of one (`month(created)`: `tháng (ngày tạo)`); any other name is returned as it is.
    public func columnHeading(_ name: String) -> String {
        if name.hasSuffix(")"), let open = name.firstIndex(of: "("),
            let period = Period(rawValue: String(name[..<open])),
            let field = Field.builtIn(named: String(name[name.index(after: open)..<name.index(before: name.endIndex)])),
            let periodName = catalogue.term("period.\(period.rawValue)")
        {
            return "\(periodName) (\(heading(of: field)))"
        }
        return Field.builtIn(named: name).map(heading) ?? name
    }

    /// Whether an answer to a yes/no question is yes, in any language (`y`, `yes`, `c`, `có`).
    public static func isYes(_ answer: String) -> Bool {
        let folded = answer.lowercased().precomposedStringWithCanonicalMapping
        return all.contains { language in
            (language.catalogue.term("yesAnswers") ?? "").split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == folded }
        }
    }
}
