/// The columns of a rate with its uncertainty: the rate, its 95% Wilson interval and a note
/// on rates over too few records to read much into.
///
/// Every rate report (winrate, conversion, cohort, insights) prints its numerator and
/// denominator in columns of its own, then these; a rate over fewer than `minimumTrials`
/// records keeps its row, marked `n < 20` and explained under the table.
enum RateColumns {
    /// Below this many records a rate is marked: its interval is wider than ±10 points.
    static let minimumTrials = 20
    /// The note a rate over too few records carries, in every language.
    static let fewMark = "n < \(minimumTrials)"

    /// The rate column named `rate`, then `low`, `high` and `note`.
    static func columns(rate: String) -> [Column] {
        [
            Column(rate, alignment: .right).translated(), Column("low", alignment: .right).translated(),
            Column("high", alignment: .right).translated(), Column("note").translated(),
        ]
    }

    /// The rate, its interval's ends and the note, as percentages; `–` with no records.
    static func cells(_ p: Proportion) -> [Cell] {
        guard let rate = p.rate, let interval = p.interval else { return [.undefined, .undefined, .undefined, .null] }
        return [
            .percent(rate * 100), .percent(interval.low * 100), .percent(interval.high * 100),
            p.trials < minimumTrials ? .text(fewMark) : .null,
        ]
    }

    /// The table's footer with the note explained under it when some row carries the mark.
    static func footer(_ table: Table) -> Message? {
        guard let note = table.columns.lastIndex(where: { $0.name == "note" }),
            table.rows.contains(where: { $0[note] == .text(fewMark) })
        else { return table.footer }
        return .lines([table.footer, Message.fewRecordsNote(minimumTrials)].compactMap { $0 })
    }
}
