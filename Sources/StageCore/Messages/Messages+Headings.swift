// What marks a diagnostic's lines, and the headings people read over record fields.
extension Messages {
    /// Before a diagnostic's message: `error: unknown stage "X"`.
    public static var errorPrefix: String { t("error: ", vi: "lỗi: ") }
    /// Before each hint under a diagnostic (or under a dry run's problem).
    public static var hintPrefix: String { t("hint: ", vi: "gợi ý: ") }

    /// A built-in field's name as an aligned table's or a card's heading.
    ///
    /// Only people read these: CSV, TSV and JSON keep `Field.name`, the
    /// contract's English. A custom field keeps the name it was given.
    public static func fieldHeading(_ field: Field) -> String {
        guard current == .vi else { return field.name }
        switch field {
        case .id: return "mã"
        case .kind: return "loại"
        case .name: return "tên"
        case .account: return "tài khoản"
        case .owner: return "người phụ trách"
        case .source: return "nguồn"
        case .value: return "giá trị"
        case .currency: return "tiền tệ"
        case .stage: return "giai đoạn"
        case .probability: return "xác suất"
        case .created: return "ngày tạo"
        case .changed: return "đổi lần cuối"
        case .closed: return "ngày đóng"
        case .age: return "số ngày từ khi tạo"
        case .daysInStage: return "số ngày ở giai đoạn"
        case .reason: return "lý do"
        case .expectedClose: return "dự kiến đóng"
        case .custom(let name): return name
        }
    }

    /// The heading of a column named by a field (`owner`, `days`) or by a period
    /// of one (`month(created)`); any other name is returned as it is.
    public static func columnHeading(_ name: String) -> String {
        guard current == .vi else { return name }
        if name.hasSuffix(")"), let open = name.firstIndex(of: "("),
           let period = Period(rawValue: String(name[..<open])),
           let field = Field.builtIn(named: String(name[name.index(after: open)..<name.index(before: name.endIndex)])) {
            return "\(viPeriod(period)) (\(fieldHeading(field)))"
        }
        return Field.builtIn(named: name).map(fieldHeading) ?? name
    }

    /// A period's Vietnamese name, for headings like `tháng (ngày tạo)`.
    static func viPeriod(_ period: Period) -> String {
        switch period {
        case .day: return "ngày"
        case .week: return "tuần"
        case .month: return "tháng"
        case .quarter: return "quý"
        case .year: return "năm"
        }
    }
}
