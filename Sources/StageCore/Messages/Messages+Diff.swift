/// The words of `diff`: one label per kind of change, and the table's footer.
extension Messages {
    // MARK: diff

    /// A record only the newer state has.
    public static let diffAdded = "added"
    /// A record only the older state has (deleted since).
    public static let diffRemoved = "removed"
    /// Now in a won stage, and not before.
    public static let diffWon = "won"
    /// Now in a lost stage, and not before.
    public static let diffLost = "lost"
    /// Now in a later stage, or converted from a lead into an opportunity.
    public static let diffAdvanced = "advanced"
    /// Now in an earlier stage, or reopened out of a closed one.
    public static let diffMovedBack = "moved back"
    /// Now in a stage of another name that ranks the same (a renamed stage).
    public static let diffMoved = "moved"
    public static let diffValueChanged = "value changed"
    public static let diffOwnerChanged = "owner changed"
    public static let diffNameChanged = "name changed"
    public static let diffAccountChanged = "account changed"
    public static let diffSourceChanged = "source changed"

    /// The footer of a diff: "(5 changes to 4 records: 1 added, 1 removed, 2 changed)".
    ///
    /// `changes` counts rows; `added`, `removed` and `changed` count records,
    /// and only the kinds that occur are named.
    public static func diffSummary(changes: Int, added: Int, removed: Int, changed: Int) -> String {
        guard changes > 0 else { return "(no changes)" }
        let records = added + removed + changed
        let parts = [(added, "added"), (removed, "removed"), (changed, "changed")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)" }
        return "(\(changes) change\(changes == 1 ? "" : "s") to \(records) record\(records == 1 ? "" : "s"): "
            + parts.joined(separator: ", ") + ")"
    }
}
