/// The words of importing real exports: adjustments, grouped problems,
/// missing columns, and replacing a kind's stages.
extension Messages {
    // MARK: columns

    public static func csvMissingColumns(_ fields: [String]) -> String {
        fields.count == 1
            ? csvMissingColumn(fields[0])
            : t("missing columns \(fields.map(q).joined(separator: ", "))", vi: "thiếu các cột \(fields.map(q).joined(separator: ", "))")
    }
    public static func mapColumnTwice(_ column: String, _ first: String, _ second: String) -> String {
        t("column \(q(column)) is mapped twice, to \(first) and to \(second)",
          vi: "cột \(q(column)) được ánh xạ hai lần, sang \(first) và sang \(second)")
    }
    public static func mapFieldTwice(_ field: String, _ first: String, _ second: String) -> String {
        t("\(field) is mapped from two columns, \(q(first)) and \(q(second))",
          vi: "\(field) được ánh xạ từ hai cột, \(q(first)) và \(q(second))")
    }

    // MARK: adjustments

    public static var hintImportAmounts: String {
        t("amounts look like 12000, 1234.56, 1,234.56, 1.234,56 or $1,234.56", vi: "số tiền được viết như 12000, 1234.56, 1,234.56, 1.234,56 hoặc $1,234.56")
    }

    /// "2 amounts with more than two decimals rounded half-even to the cent (lines 4, 9)".
    public static func importAdjusted(_ kind: ImportAdjustments.Kind, _ n: Int, lines: [Int]) -> String {
        let s = n == 1 ? "" : "s"
        let what: String
        switch kind {
        case .nulDropped:
            what = t("\(n) row\(s) with NUL bytes, dropped from the fields", vi: "\(n) dòng có byte NUL, đã bỏ khỏi các trường")
        case .amountRounded:
            what = t("\(n) amount\(s) with more than two decimals, rounded half-even to the cent",
                     vi: "\(n) số tiền có hơn hai chữ số thập phân, đã làm tròn đến xu (làm tròn về số chẵn)")
        case .closedOnCreationDay:
            what = t("\(n) close date\(s) without a time on the day of creation, closed at the creation time",
                     vi: "\(n) ngày đóng không có giờ trùng ngày tạo, coi như đóng lúc tạo")
        case .closedBeforeCreation:
            what = t("\(n) close or change date\(s) before the creation, set to the creation time",
                     vi: "\(n) ngày đóng hoặc thay đổi trước ngày tạo, đã đặt bằng thời điểm tạo")
        case .nameMissing:
            what = t("\(n) record\(s) without a name, kept with an empty one", vi: "\(n) bản ghi không có tên, giữ với tên trống")
        case .unchangedRow:
            what = t("\(n) history row\(s) that change nothing, skipped", vi: "\(n) dòng lịch sử không thay đổi gì, đã bỏ qua")
        case .untrackedField:
            what = t("\(n) field-history row\(s) of fields the ledger does not keep (name, tags, ...), skipped",
                     vi: "\(n) dòng lịch sử trường của các trường sổ ghi không theo dõi (tên, nhãn, ...), đã bỏ qua")
        case .historyDisagrees:
            what = t("\(n) record\(s) whose history ends with other values than the records file, which holds the current ones",
                     vi: "\(n) bản ghi có lịch sử kết thúc với giá trị khác tệp bản ghi; tệp bản ghi giữ giá trị hiện tại")
        }
        return what + " " + linesNote(lines, total: n)
    }

    /// "(line 4)", "(lines 4, 9, 12, ...)".
    public static func linesNote(_ lines: [Int], total: Int) -> String {
        let list = lines.map(String.init).joined(separator: ", ") + (total > lines.count ? ", ..." : "")
        return lines.count == 1 && total == 1 ? t("(line \(list))", vi: "(dòng \(list))") : t("(lines \(list))", vi: "(các dòng \(list))")
    }

    /// The summary line's tail when an import adjusted rows.
    public static func adjustedNote(_ n: Int) -> String {
        t("; \(n) adjustment\(n == 1 ? "" : "s"):", vi: "; \(n) điều chỉnh:")
    }

    /// Why `strict` refused a row another import would have adjusted.
    public static func strictRefused(_ kind: ImportAdjustments.Kind, _ detail: String) -> String {
        switch kind {
        case .nulDropped: return t("a NUL byte in a field", vi: "một trường có byte NUL")
        case .amountRounded: return t("\(q(detail)) has more than two decimals", vi: "\(q(detail)) có hơn hai chữ số thập phân")
        case .closedOnCreationDay, .closedBeforeCreation:
            return t("\(detail) is before the creation", vi: "\(detail) trước thời điểm tạo")
        case .nameMissing: return t("the record has no name", vi: "bản ghi không có tên")
        case .unchangedRow: return t("the row changes nothing", vi: "dòng này không thay đổi gì")
        case .untrackedField: return t("the ledger does not keep this field", vi: "sổ ghi không theo dõi trường này")
        case .historyDisagrees: return t("the history ends with other values than the records file", vi: "lịch sử kết thúc với giá trị khác tệp bản ghi")
        }
    }
    public static var hintStrict: String {
        t("without `strict` the import adjusts such rows and counts them", vi: "không có `strict`, lệnh nhập sẽ điều chỉnh các dòng như vậy và đếm chúng")
    }

    /// What `strict` names when a stage was entered before the record was created.
    public static var enteredDates: String { t("a stage entry date", vi: "một ngày vào giai đoạn") }

    // MARK: dry runs

    /// The tail of a grouped problem: "(2,089 rows: lines 7, 16, 20, ...)".
    public static func problemRows(_ n: Int, lines: [Int]) -> String {
        let list = lines.map(String.init).joined(separator: ", ") + (n > lines.count ? ", ..." : "")
        return n == 1 ? "" : " " + t("(\(Amount(units: Int64(n)).grouped) rows: lines \(list))",
                                      vi: "(\(Amount(units: Int64(n)).grouped) dòng: các dòng \(list))")
    }
    public static func dryRunProblemGroups(_ n: Int, groups: Int, shown: Int) -> String {
        guard n > 0 else { return t("no problems found", vi: "không tìm thấy vấn đề nào") }
        let kinds = groups == n || groups == 1 ? "" : t(" of \(groups) kinds", vi: " thuộc \(groups) loại")
        let more = groups > shown ? t("; the first \(shown):", vi: "; \(shown) loại đầu tiên:") : ":"
        return t("\(Amount(units: Int64(n)).grouped) problem\(n == 1 ? "" : "s")\(kinds) found\(more)", vi: "tìm thấy \(Amount(units: Int64(n)).grouped) vấn đề\(kinds)\(more)")
    }
    public static var dryRunAdjustments: String { t("adjustments:", vi: "điều chỉnh:") }
    public static func hintUnknownStageLabel(_ label: String) -> String {
        t("name the stage it stands for with stages \(Quoting.quoteIfNeeded(label))=STAGE, or add `create stages`",
          vi: "hãy chỉ giai đoạn tương ứng bằng stages \(Quoting.quoteIfNeeded(label))=STAGE, hoặc thêm `create stages`")
    }

    public static func sheetOfCSV(_ sheet: String) -> String {
        t("sheet \(q(sheet)) names a worksheet, but the file is not a workbook", vi: "sheet \(q(sheet)) chỉ một trang tính, nhưng tệp không phải sổ tính Excel")
    }

    // MARK: currencies

    public static func notACurrency(_ text: String) -> String {
        t("\(q(text)) is not a currency code", vi: "\(q(text)) không phải mã tiền tệ")
    }
    public static var hintCurrencies: String {
        t("currencies are ISO codes of three letters, like USD, EUR or VND", vi: "tiền tệ là mã ISO ba chữ cái, như USD, EUR hoặc VND")
    }

    // MARK: stages set

    public static func stageNamedTwice(_ name: String) -> String { t("stage \(q(name)) is named twice", vi: "giai đoạn \(q(name)) được nêu hai lần") }
    /// "opportunity stages: Prospecting → Engaging → Won | Lost".
    public static func stagesReplaced(_ kind: String, _ names: [String], closed: Int) -> String {
        let open = names.dropLast(closed).joined(separator: " → ")
        let ends = names.suffix(closed).joined(separator: " | ")
        let flow = closed == 0 ? open : (open.isEmpty ? ends : open + " → " + ends)
        return t("\(kind) stages: \(flow)", vi: "giai đoạn của \(viKind(kind)): \(flow)")
    }
}
