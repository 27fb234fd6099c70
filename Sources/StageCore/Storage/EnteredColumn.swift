/// A column that holds when each record entered a stage: `map
/// COLUMN=entered(STAGE)`, or HubSpot's `Date entered "STAGE (PIPELINE)"`
/// columns, which its deal exports carry for every stage of the pipeline.
enum EnteredColumn {
    /// The field a column is read as: `entered(STAGE)`.
    static func field(_ stage: String) -> String { "entered(\(stage))" }

    /// The stage of an `entered(STAGE)` field or map target, as written.
    static func stage(in target: String) -> String? {
        guard target.count > 9, target.lowercased().hasPrefix("entered("), target.hasSuffix(")") else { return nil }
        let inner = target.dropFirst(8).dropLast()
        let trimmed = inner.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The stage label of a HubSpot `Date entered "Appointment Scheduled (Sales Pipeline)"` header, unquoted.
    ///
    /// It keeps its pipeline's name, so that two pipelines' stages of one name stay two columns; the stage is looked
    /// up without it (`StageCache.stage(label:)`).
    static func hubSpotStage(_ header: String) -> String? {
        let lower = header.lowercased()
        guard lower.hasPrefix("date entered ") else { return nil }
        var label = header.dropFirst(13).trimmingCharacters(in: .whitespaces)
        let quotes: Set<Character> = ["\"", "'", "“", "”", "‘", "’"]
        while let f = label.first, quotes.contains(f) { label.removeFirst() }
        while let l = label.last, quotes.contains(l) { label.removeLast() }
        return label.isEmpty ? nil : label
    }
}
