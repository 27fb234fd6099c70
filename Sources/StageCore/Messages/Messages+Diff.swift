/// The words of `diff`: one label per kind of change, and the table's footer.
extension Messages {
    // MARK: diff

    /// A record only the newer state has.
    public static var diffAdded: String { t("added", vi: "đã thêm") }
    /// A record only the older state has (deleted since).
    public static var diffRemoved: String { t("removed", vi: "đã xóa") }
    /// Now in a won stage, and not before.
    public static var diffWon: String { t("won", vi: "thắng") }
    /// Now in a lost stage, and not before.
    public static var diffLost: String { t("lost", vi: "thua") }
    /// Now in a later stage, or converted from a lead into an opportunity.
    public static var diffAdvanced: String { t("advanced", vi: "tiến lên") }
    /// Now in an earlier stage, or reopened out of a closed one.
    public static var diffMovedBack: String { t("moved back", vi: "lùi lại") }
    /// Now in a stage of another name that ranks the same (a renamed stage).
    public static var diffMoved: String { t("moved", vi: "đã chuyển") }
    public static var diffValueChanged: String { t("value changed", vi: "đổi giá trị") }
    public static var diffOwnerChanged: String { t("owner changed", vi: "đổi người phụ trách") }
    public static var diffNameChanged: String { t("name changed", vi: "đổi tên") }
    public static var diffAccountChanged: String { t("account changed", vi: "đổi tài khoản") }
    public static var diffSourceChanged: String { t("source changed", vi: "đổi nguồn") }

    /// The footer of a diff: "(5 changes to 4 records: 1 added, 1 removed, 2 changed)".
    ///
    /// `changes` counts rows; `added`, `removed` and `changed` count records,
    /// and only the kinds that occur are named.
    public static func diffSummary(changes: Int, added: Int, removed: Int, changed: Int) -> String {
        guard changes > 0 else { return t("(no changes)", vi: "(không có thay đổi)") }
        let records = added + removed + changed
        let parts = [(added, t("added", vi: "thêm")), (removed, t("removed", vi: "xóa")), (changed, t("changed", vi: "thay đổi"))]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)" }
        return t("(\(changes) change\(changes == 1 ? "" : "s") to \(records) record\(records == 1 ? "" : "s"): ",
                 vi: "(\(changes) thay đổi ở \(records) bản ghi: ")
            + parts.joined(separator: ", ") + ")"
    }
}
