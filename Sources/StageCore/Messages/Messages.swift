import Foundation

/// Every user-facing message of stagesh, in one place so a translation can be added.
public enum Messages {
    /// A value quoted for a message; a very long one is shortened, so a 1 MiB
    /// token gives a readable line.
    public static func q(_ s: String) -> String {
        s.utf8.count > 80 ? t("\"\(s.prefix(60))…\" (\(s.count) characters)", vi: "\"\(s.prefix(60))…\" (\(s.count) ký tự)") : "\"\(s)\""
    }

    /// "a" or "an" before a kind's name.
    public static func a(_ word: String) -> String {
        t((word.first.map { "aeiou".contains($0) } ?? false) ? "an \(word)" : "a \(word)", vi: viKind(word))
    }

    /// The Vietnamese name of a record kind ("lead", "opportunities", ...); other words stay as they are.
    static func viKind(_ kind: String) -> String {
        switch kind {
        case "lead", "leads": return "khách hàng tiềm năng"
        case "opportunity", "opportunities": return "cơ hội"
        default: return kind
        }
    }

    /// The Vietnamese name of a stage outcome ("won", "lost", "open").
    static func viOutcome(_ outcome: String) -> String {
        switch outcome {
        case "won": return "thắng (won)"
        case "lost": return "thua (lost)"
        case "open": return "đang mở (open)"
        default: return outcome
        }
    }

    /// The message for a system error number.
    public static func systemError(_ code: Int32) -> String {
        switch code {
        case ENOENT: return t("no such file or directory", vi: "không có tệp hoặc thư mục này")
        case EACCES, EPERM: return t("permission denied", vi: "không có quyền truy cập")
        case EISDIR: return t("it is a directory", vi: "đây là một thư mục")
        case ENOTDIR: return t("a part of the path is not a directory", vi: "một phần của đường dẫn không phải là thư mục")
        case ENOSPC: return t("no space left on the device", vi: "thiết bị đã hết dung lượng")
        case EROFS: return t("the file system is read-only", vi: "hệ thống tệp chỉ cho phép đọc")
        case EEXIST: return t("it already exists", vi: "đã tồn tại")
        default: return String(cString: strerror(code))
        }
    }
    public static func list(_ items: [String]) -> String { items.map(q).joined(separator: ", ") }

    // MARK: lexing and parsing
    public static var emptyCommand: String { t("empty command", vi: "lệnh trống") }
    public static var unterminatedString: String { t("unterminated string", vi: "chuỗi chưa được đóng") }
    public static func hintCloseQuote(_ c: Character) -> String { t("close the string with \(c)", vi: "đóng chuỗi bằng \(c)") }
    public static func unknownEscape(_ e: String) -> String { t("unknown escape \(e) in string", vi: "không nhận ra ký tự thoát \(e) trong chuỗi") }
    public static var hintEscapes: String { t("strings know \\n, \\t, \\r, \\\\, \\\" and \\'", vi: "chuỗi hỗ trợ \\n, \\t, \\r, \\\\, \\\" và \\'") }
    public static func strayCharacter(_ c: String) -> String { t("unexpected \(q(c))", vi: "\(q(c)) không hợp lệ ở đây") }
    public static var hintNotEqual: String { t("not equal is written !=", vi: "phép khác được viết là !=") }
    public static var hintNegation: String { t("negation is written not", vi: "phép phủ định được viết là not") }
    public static func unknownOperator(_ op: String) -> String { t("unknown operator \(q(op))", vi: "không có toán tử \(q(op))") }
    public static var hintEqual: String { t("equal is written =", vi: "phép bằng được viết là =") }
    public static func expectedCommand(found: String) -> String { t("expected a command, found \(q(found))", vi: "cần một lệnh, nhưng gặp \(q(found))") }
    public static func unknownCommand(_ name: String) -> String { t("unknown command \(q(name))", vi: "không có lệnh \(q(name))") }
    public static func missingSubcommand(_ word: String, _ subs: [String]) -> String {
        t("\(q(word)) needs one of: \(subs.joined(separator: ", "))",
          vi: "\(q(word)) cần một trong các lệnh: \(subs.joined(separator: ", "))")
    }
    public static func unknownSubcommand(_ word: String, _ sub: String) -> String { t("unknown command \(q("\(word) \(sub)"))", vi: "không có lệnh \(q("\(word) \(sub)"))") }
    public static func unexpected(_ text: String) -> String { t("unexpected \(q(text))", vi: "\(q(text)) không hợp lệ ở đây") }
    public static func expected(_ what: String, found: String) -> String { t("expected \(what), found \(q(found))", vi: "cần \(what), nhưng gặp \(q(found))") }
    public static func expectedAtEnd(_ what: String) -> String { t("expected \(what) at the end of the command", vi: "cần \(what) ở cuối lệnh") }
    public static func expectedOneOf(_ options: [String], found: String) -> String {
        t("expected one of \(options.joined(separator: ", ")), found \(q(found))",
          vi: "cần một trong \(options.joined(separator: ", ")), nhưng gặp \(q(found))")
    }
    public static func expectedAssignment(found: String) -> String { t("expected FIELD=VALUE, found \(q(found))", vi: "cần FIELD=VALUE, nhưng gặp \(q(found))") }
    public static func assignmentNeedsEquals(_ field: String) -> String { t("a field is set with =, as in \(field)=VALUE", vi: "trường được gán bằng =, ví dụ \(field)=VALUE") }
    public static func valueFor(_ field: String) -> String { t("a value for \(field)", vi: "một giá trị cho \(field)") }
    public static var aCondition: String { t("a condition (FIELD OP VALUE)", vi: "một điều kiện (FIELD OP VALUE)") }
    public static var aValue: String { t("a value", vi: "một giá trị") }
    public static func anOperatorAfter(_ field: String) -> String { t("an operator (= != < <= > >= ~ in) after \(q(field))", vi: "một toán tử (= != < <= > >= ~ in) sau \(q(field))") }
    public static var unclosedParen: String { t("unclosed parenthesis", vi: "dấu ngoặc đơn chưa được đóng") }
    public static func hintOpenedHere(_ offset: Int) -> String { t("the parenthesis was opened at column \(offset + 1)", vi: "dấu ngoặc được mở ở cột \(offset + 1)") }
    public static func unknownPeriod(_ p: String) -> String { t("unknown period \(q(p))", vi: "không có kỳ \(q(p))") }
    public static var aListOrPeriod: String { t("\"(\" or a period", vi: "\"(\" hoặc một kỳ") }
    public static func hintListOrPeriod(field: String, _ value: String) -> String {
        t("a list goes in parentheses: \(field) in (\(value), ...); a date field takes a period: created in last month",
          vi: "danh sách đặt trong ngoặc đơn: \(field) in (\(value), ...); trường ngày nhận một kỳ: created in last month")
    }
    public static func notAPeriod(_ p: String) -> String { t("\(q(p)) is not a period", vi: "\(q(p)) không phải là một kỳ") }
    public static var hintPeriods: String {
        t("periods look like this month, last quarter, next year, 2026, 2026-Q4, 2026-11 or 2026-11-29",
          vi: "kỳ được viết như this month, last quarter, next year, 2026, 2026-Q4, 2026-11 hoặc 2026-11-29")
    }

    // MARK: hints
    public static func hintDidYouMean(_ s: String) -> String { t("did you mean \(q(s))?", vi: "có phải ý bạn là \(q(s))?") }
    public static func hintUsage(_ synopsis: String) -> String { t("usage: \(synopsis)", vi: "cách dùng: \(synopsis)") }
    public static func hintOneOf(_ options: [String]) -> String { t("one of: \(options.joined(separator: ", "))", vi: "một trong: \(options.joined(separator: ", "))") }
    public static func hintQuoteSpaces(_ s: String) -> String { t("quote names with spaces: \(q(s))", vi: "tên có dấu cách cần đặt trong ngoặc kép: \(q(s))") }
    public static func hintAssignment(_ field: String) -> String { t("fields are written \(field)=VALUE", vi: "trường được viết là \(field)=VALUE") }
    public static var hintHelp: String { t("type \"help\" for the list of commands", vi: "gõ \"help\" để xem danh sách lệnh") }
    public static var hintListIds: String { t("\"list\" shows the records and their ids", vi: "\"list\" hiển thị các bản ghi và id của chúng") }
    public static func hintStages(_ names: [String]) -> String { t("stages are: \(list(names))", vi: "các giai đoạn: \(list(names))") }
    public static func hintFields(_ names: [String]) -> String { t("fields are: \(names.joined(separator: ", "))", vi: "các trường: \(names.joined(separator: ", "))") }
    public static var hintNumbers: String { t("numbers look like 12000, 12_000, 1.5k or 2m", vi: "số được viết như 12000, 12_000, 1.5k hoặc 2m") }
    public static var hintDates: String { t("dates look like 2026-03-02 or 2026-03-02T10:15, or today, yesterday, -30d", vi: "ngày được viết như 2026-03-02 hoặc 2026-03-02T10:15, hoặc today, yesterday, -30d") }
    public static func hintDateFormat(_ f: String) -> String { t("dates in this file were expected as \(f)", vi: "ngày trong tệp này cần theo định dạng \(f)") }
    public static func badDateFormat(_ f: String) -> String { t("\(q(f)) is not a date format", vi: "\(q(f)) không phải là định dạng ngày") }
    public static var hintDateFormats: String { t("formats are written like M/D/YYYY, DD/MM/YYYY or YYYY-MM-DD HH:MM:SS", vi: "định dạng được viết như M/D/YYYY, DD/MM/YYYY hoặc YYYY-MM-DD HH:MM:SS") }
    public static var hintIsoDates: String { t("dates in CSV files are ISO-8601, like 2026-03-02T10:15:00Z", vi: "ngày trong tệp CSV theo chuẩn ISO-8601, như 2026-03-02T10:15:00Z") }
    public static var hintDurations: String { t("durations look like 14d, 2w or 36h", vi: "khoảng thời gian được viết như 14d, 2w hoặc 36h") }
    public static var hintPolicyFree: String { t("\"policy free\" allows any move within a kind", vi: "\"policy free\" cho phép chuyển tự do giữa các giai đoạn cùng loại") }
    public static var hintPolicyForward: String { t("\"policy forward\" allows skipping stages", vi: "\"policy forward\" cho phép bỏ qua giai đoạn") }
    public static func hintMoveExplicitly(_ id: String, _ stage: String) -> String { t("move it yourself: move \(id) to \(Quoting.quoteIfNeeded(stage))", vi: "hãy tự chuyển: move \(id) to \(Quoting.quoteIfNeeded(stage))") }
    public static func hintMoveThrough(_ id: String, _ stage: String) -> String { t("move it through each stage: move \(id) to \(Quoting.quoteIfNeeded(stage))", vi: "hãy chuyển qua từng giai đoạn: move \(id) to \(Quoting.quoteIfNeeded(stage))") }
    public static func hintConvert(_ id: String, _ qualified: String) -> String {
        t("a lead becomes an opportunity by \"convert \(id)\" once it is \(qualified)",
          vi: "khách hàng tiềm năng trở thành cơ hội bằng \"convert \(id)\" khi đã ở \(qualified)")
    }
    public static func hintConvertFirst(_ id: String) -> String { t("convert it first: convert \(id)", vi: "hãy chuyển đổi trước: convert \(id)") }
    public static var hintMove: String { t("stages change with \"move ID to STAGE\"", vi: "đổi giai đoạn bằng \"move ID to STAGE\"") }
    public static var hintOnDate: String { t("give the time of the change with \"on DATE\"", vi: "cho biết thời điểm thay đổi bằng \"on DATE\"") }
    public static func hintMoveRecordsFirst(_ stage: String) -> String { t("move them out first: list where stage = \(Quoting.quoteIfNeeded(stage))", vi: "hãy chuyển chúng ra trước: list where stage = \(Quoting.quoteIfNeeded(stage))") }
    public static func hintRemoveRule(_ n: Int) -> String { t("remove it first: rule remove \(n)", vi: "hãy xóa quy tắc trước: rule remove \(n)") }
    public static var hintRules: String { t("\"rules\" lists the rules and their numbers", vi: "\"rules\" liệt kê các quy tắc kèm số thứ tự") }
    public static func hintColumns(_ headers: [String]) -> String { t("the file's columns are: \(headers.joined(separator: ", "))", vi: "các cột của tệp: \(headers.joined(separator: ", "))") }
    public static var hintImportRecordsFirst: String { t("import the records before their events", vi: "hãy nhập các bản ghi trước rồi mới nhập sự kiện của chúng") }

    // MARK: values
    public static func notANumber(_ s: String) -> String { t("\(q(s)) is not a number", vi: "\(q(s)) không phải là số") }
    public static func thousandsSeparators(_ s: String) -> String {
        t("\(q(s)): numbers are written without thousands separators", vi: "\(q(s)): số được viết không có dấu phân cách hàng nghìn")
    }
    public static func hintWriteNumber(_ forms: [String]) -> String {
        t("write " + forms.joined(separator: " or "), vi: "hãy viết " + forms.joined(separator: " hoặc "))
    }
    public static func notAWholeNumber(_ s: String) -> String { t("\(q(s)) is not a whole number", vi: "\(q(s)) không phải là số nguyên") }
    public static func notADuration(_ s: String) -> String { t("\(q(s)) is not a duration", vi: "\(q(s)) không phải là khoảng thời gian") }
    public static func notADate(_ s: String) -> String { t("\(q(s)) is not a date", vi: "\(q(s)) không phải là ngày") }
    public static func impossibleDate(_ s: String, year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else {
            return t("impossible date \(q(s)): there is no month \(month)", vi: "ngày không hợp lệ \(q(s)): không có tháng \(month)")
        }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return t("impossible date \(q(s)): \(names[month - 1]) \(year) has \(Timestamp.daysIn(month: month, year: year)) days",
                 vi: "ngày không hợp lệ \(q(s)): tháng \(month)/\(year) chỉ có \(Timestamp.daysIn(month: month, year: year)) ngày")
    }
    public static func impossibleTime(_ s: String) -> String { t("impossible time in \(q(s))", vi: "giờ không hợp lệ trong \(q(s))") }
    public static func notAKind(_ s: String) -> String { t("\(q(s)) is not a kind", vi: "\(q(s)) không phải là loại bản ghi") }
    public static func operatorNotFor(_ op: String, _ field: String) -> String { t("\(op) does not apply to \(field)", vi: "\(op) không áp dụng cho \(field)") }
    public static func negativeValue(_ s: String) -> String { t("value must not be negative: \(s)", vi: "giá trị không được âm: \(s)") }
    public static func probabilityRange(_ s: String) -> String { t("probability must be between 0 and 100: \(s)", vi: "xác suất phải từ 0 đến 100: \(s)") }
    public static var negativeLimit: String { t("limit must not be negative", vi: "giới hạn không được âm") }
    public static func boundNeedsDate(_ word: String, _ field: String) -> String {
        t("\(word) needs a date field; \(field) is not one", vi: "\(word) cần một trường ngày; \(field) không phải trường ngày")
    }
    public static func inPeriodNeedsDate(_ field: String) -> String {
        t("in PERIOD needs a date field; \(field) is not one", vi: "in PERIOD cần một trường ngày; \(field) không phải trường ngày")
    }
    public static func aggregateNeedsNumber(_ function: String, _ field: String) -> String {
        t("\(function)() needs a number or a date; \(field) is neither", vi: "\(function)() cần một số hoặc một ngày; \(field) không phải cả hai")
    }
    public static func sumNeedsNumber(_ field: String) -> String {
        t("sum() needs a number; \(field) is a date", vi: "sum() cần một số; \(field) là một ngày")
    }
    public static func unknownColumn(_ name: String) -> String { t("no column \(q(name)) in this output", vi: "kết quả này không có cột \(q(name))") }
    public static func hintOutputColumns(_ names: [String]) -> String {
        t("its columns are: \(names.joined(separator: ", ")) (quote a name with spaces)",
          vi: "các cột của nó: \(names.joined(separator: ", ")) (tên có dấu cách cần đặt trong ngoặc kép)")
    }
    public static func periodNeedsDate(_ period: String, _ field: String) -> String { t("\(period)() needs a date field; \(field) is not one", vi: "\(period)() cần một trường ngày; \(field) không phải trường ngày") }

    // MARK: records
    public static func unknownRecord(_ id: String) -> String { t("unknown record \(q(id))", vi: "không có bản ghi \(q(id))") }
    public static func unknownStage(_ s: String) -> String { t("unknown stage \(q(s))", vi: "không có giai đoạn \(q(s))") }
    public static func unknownField(_ s: String) -> String { t("unknown field \(q(s))", vi: "không có trường \(q(s))") }
    public static var emptyName: String { t("a name must not be empty", vi: "tên không được để trống") }
    public static func badId(_ s: String) -> String { t("\(q(s)) cannot be an id: ids are one word", vi: "\(q(s)) không thể là id: id chỉ gồm một từ") }
    public static func duplicateId(_ id: String) -> String { t("id \(q(id)) is already taken", vi: "id \(q(id)) đã được dùng") }
    public static func duplicateField(_ f: String) -> String { t("\(f) is given twice", vi: "\(f) được cho hai lần") }
    public static func readOnlyField(_ f: String) -> String { t("\(f) follows from the record's ledger and cannot be set", vi: "\(f) được suy ra từ lịch sử giai đoạn của bản ghi nên không thể đặt") }
    public static var setStage: String { t("stage cannot be set", vi: "không thể đặt stage") }
    public static var idIsFixed: String { t("id cannot be changed", vi: "không thể thay đổi id") }
    public static func createdAfterFirstChange(_ id: String, _ when: String) -> String {
        t("\(id) was created before its first stage change (\(when))",
          vi: "\(id) được tạo trước lần đổi giai đoạn đầu tiên (\(when))")
    }
    public static func followsFromStage(_ f: String) -> String { t("\(f) follows from the record's stage and cannot be set", vi: "\(f) được suy ra từ giai đoạn của bản ghi nên không thể đặt") }
    public static func clockBeforeLastChange(_ id: String, _ when: String, _ clock: String) -> String {
        t("the clock (\(clock)) is before \(id)'s last stage change (\(when))",
          vi: "đồng hồ (\(clock)) đang ở trước lần đổi giai đoạn gần nhất của \(id) (\(when))")
    }
    public static func stageOfOtherKind(_ stage: String, _ stageKind: String, _ kind: String) -> String {
        t("\(q(stage)) is \(a(stageKind)) stage, not \(a(kind)) stage",
          vi: "\(q(stage)) là giai đoạn của \(viKind(stageKind)), không phải của \(viKind(kind))")
    }
    public static func noStagesOfKind(_ kinds: String) -> String { t("the pipeline has no stages for \(kinds)", vi: "quy trình chưa có giai đoạn nào cho \(viKind(kinds))") }
    public static func added(_ kind: String, _ id: String) -> String { t("added \(kind) \(id)", vi: "đã thêm \(viKind(kind)) \(id)") }
    public static func updated(_ id: String, _ n: Int) -> String { t("updated \(id) (\(n) field\(n == 1 ? "" : "s"))", vi: "đã cập nhật \(id) (\(n) trường)") }
    public static func deleted(_ id: String) -> String { t("deleted \(id)", vi: "đã xóa \(id)") }
    public static func moved(_ id: String, _ from: String, _ to: String) -> String { t("moved \(id) from \(from) to \(to)", vi: "đã chuyển \(id) từ \(from) sang \(to)") }
    public static func converted(_ id: String, _ stage: String) -> String { t("converted \(id) into an opportunity in \(stage)", vi: "đã chuyển đổi \(id) thành cơ hội ở \(stage)") }
    public static func logged(_ activity: String, _ id: String) -> String { t("logged \(activity) for \(id)", vi: "đã ghi nhận \(activity) cho \(id)") }
    public static func ruleMoved(_ n: Int, _ text: String) -> String { t("rule \(n): \(text)", vi: "quy tắc \(n): \(text)") }
    public static func alreadyInStage(_ id: String, _ stage: String) -> String { t("\(id) is already in \(stage)", vi: "\(id) đã ở \(stage)") }
    public static func alreadyOpportunity(_ id: String) -> String { t("\(id) is already an opportunity", vi: "\(id) đã là cơ hội") }
    public static func notQualified(_ id: String, _ stage: String, _ qualified: String) -> String {
        t("only a lead in \(qualified) can be converted; \(id) is in \(stage)",
          vi: "chỉ khách hàng tiềm năng ở \(qualified) mới chuyển đổi được; \(id) đang ở \(stage)")
    }
    public static func noClosedStage(_ kind: String, _ outcome: String) -> String { t("the \(kind) pipeline has no \(outcome) stage", vi: "quy trình \(viKind(kind)) không có giai đoạn \(viOutcome(outcome))") }
    public static func beforeLastChange(_ id: String, _ when: String) -> String { t("that is before \(id)'s last stage change (\(when))", vi: "thời điểm đó trước lần đổi giai đoạn gần nhất của \(id) (\(when))") }
    public static var emptyActivity: String { t("an activity must have a name", vi: "hoạt động phải có tên") }
    public static func wrongKind(stage: String, stageKind: String, id: String, kind: String) -> String {
        t("\(q(stage)) is \(a(stageKind)) stage and \(id) is \(a(kind))",
          vi: "\(q(stage)) là giai đoạn của \(viKind(stageKind)) còn \(id) là \(viKind(kind))")
    }
    public static func byRule(_ n: Int, _ text: String) -> String { t("rule \(n) (\(text))", vi: "quy tắc \(n) (\(text))") }
    public static func policyRefusesBackward(_ policy: String, id: String, from: String, to: String, rule: String?) -> String {
        t("policy \(policy) refuses moving \(id) back from \(from) to \(to)" + (rule.map { " by \($0)" } ?? ""),
          vi: "chính sách \(policy) không cho chuyển \(id) lùi từ \(from) về \(to)" + (rule.map { " theo \($0)" } ?? ""))
    }
    public static func policyRefusesLeavingClosed(_ policy: String, id: String, from: String, to: String, rule: String?) -> String {
        t("policy \(policy) refuses moving \(id) out of the closed stage \(from) to \(to)" + (rule.map { " by \($0)" } ?? "")
            + "; only an explicit move may",
          vi: "chính sách \(policy) không cho chuyển \(id) ra khỏi giai đoạn đã đóng \(from) sang \(to)"
            + (rule.map { " theo \($0)" } ?? "") + "; chỉ lệnh move trực tiếp mới làm được")
    }
    public static func policyRefusesSkip(id: String, from: String, to: String, skipped: [String], rule: String?) -> String {
        t("policy strict refuses moving \(id) from \(from) to \(to)" + (rule.map { " by \($0)" } ?? "")
            + ": it would skip \(skipped.joined(separator: ", "))",
          vi: "chính sách strict không cho chuyển \(id) từ \(from) sang \(to)" + (rule.map { " theo \($0)" } ?? "")
            + ": việc này sẽ bỏ qua \(skipped.joined(separator: ", "))")
    }

    // MARK: pipeline
    public static var emptyStageName: String { t("a stage name must not be empty", vi: "tên giai đoạn không được để trống") }
    public static func stageExists(_ name: String, _ kind: String) -> String { t("there is already \(a(kind)) stage \(q(name))", vi: "đã có giai đoạn \(q(name)) của \(viKind(kind))") }
    public static var tooManyStages: String { t("too many stages", vi: "quá nhiều giai đoạn") }
    public static func stageAdded(_ kind: String, _ name: String, _ position: Int) -> String {
        t("added \(kind) stage \(name) at position \(position)",
          vi: "đã thêm giai đoạn \(name) của \(viKind(kind)) ở vị trí \(position)")
    }
    public static func stageRenamed(_ old: String, _ new: String) -> String { t("renamed stage \(old) to \(new)", vi: "đã đổi tên giai đoạn \(old) thành \(new)") }
    public static func stageUpdated(_ name: String) -> String { t("updated stage \(name)", vi: "đã cập nhật giai đoạn \(name)") }
    public static func unknownStageSetting(_ s: String) -> String { t("a stage has no setting \(q(s))", vi: "giai đoạn không có thiết lập \(q(s))") }
    public static func stageInUse(_ name: String, _ n: Int) -> String { t("\(n) record\(n == 1 ? " is" : "s are") in \(name)", vi: "có \(n) bản ghi ở \(name)") }
    public static func stageInHistory(_ name: String, _ n: Int) -> String {
        t("\(n) stage change\(n == 1 ? "" : "s") in the ledger involve \(name); a stage with history stays",
          vi: "\(n) lần đổi giai đoạn trong lịch sử liên quan đến \(name); giai đoạn đã có lịch sử thì được giữ lại")
    }
    public static func stageInRule(_ name: String, _ n: Int) -> String { t("rule \(n) moves records to \(name)", vi: "quy tắc \(n) chuyển bản ghi sang \(name)") }
    public static func stageRemoved(_ name: String) -> String { t("removed stage \(name)", vi: "đã xóa giai đoạn \(name)") }
    public static func policyIs(_ p: String) -> String { t("policy is \(p)", vi: "chính sách hiện tại là \(p)") }
    public static func policySet(_ p: String) -> String { t("policy set to \(p)", vi: "đã đặt chính sách thành \(p)") }
    public static func ruleAdded(_ n: Int, _ text: String) -> String { t("added rule \(n): \(text)", vi: "đã thêm quy tắc \(n): \(text)") }
    public static func ruleRemoved(_ n: Int, _ text: String) -> String { t("removed rule \(n): \(text)", vi: "đã xóa quy tắc \(n): \(text)") }
    public static func noSuchRule(_ n: Int, _ count: Int) -> String {
        count == 0 ? t("there are no rules", vi: "chưa có quy tắc nào")
            : t("no rule \(n); rules are numbered 1 to \(count)", vi: "không có quy tắc \(n); các quy tắc được đánh số từ 1 đến \(count)")
    }

    // MARK: session
    public static func consistent(_ records: Int, _ events: Int) -> String { t("consistent: \(records) records, \(events) stage events", vi: "nhất quán: \(records) bản ghi, \(events) lần đổi giai đoạn") }
    public static func inconsistent(_ first: String) -> String { t("the session is inconsistent: \(first)", vi: "phiên không nhất quán: \(first)") }
    public static var hintReportInconsistency: String { t("save to a new name, then report this with the saved file", vi: "hãy lưu sang tên mới rồi báo lỗi kèm tệp đã lưu") }
    public static var nothingToUndo: String { t("nothing to undo", vi: "không có gì để hoàn tác") }
    public static var nothingToRedo: String { t("nothing to redo", vi: "không có gì để làm lại") }
    public static func undid(_ label: String) -> String { t("undid \(label)", vi: "đã hoàn tác \(label)") }
    public static func redid(_ label: String) -> String { t("redid \(label)", vi: "đã làm lại \(label)") }
    public static func clock(_ time: String, frozen: Bool) -> String { frozen ? t("\(time) (frozen)", vi: "\(time) (cố định)") : time }
    public static func clockFrozen(_ time: String) -> String { t("clock frozen at \(time)", vi: "đồng hồ đã cố định ở \(time)") }
    public static var clockCleared: String { t("clock follows the system time", vi: "đồng hồ theo giờ hệ thống") }
    /// The label of a record's block in expanded display: `-[ RECORD 3 ]-`.
    public static func expandedRecord(_ n: Int) -> String { t("RECORD \(n)", vi: "BẢN GHI \(n)") }
    public static func rowCount(_ n: Int) -> String { t(n == 1 ? "(1 row)" : "(\(n) rows)", vi: "(\(n) dòng)") }
    public static func noHelp(_ topic: String) -> String { t("no help for \(q(topic))", vi: "không có trợ giúp cho \(q(topic))") }
    public static var helpIntro: String { t("stagesh: a shell for the stages of a sales pipeline. Commands:", vi: "stagesh: shell quản lý các giai đoạn của quy trình bán hàng. Các lệnh:") }
    public static var helpFooter: String { t("\"help COMMAND\" shows a command's grammar and examples. Commands end at a newline or ;", vi: "\"help COMMAND\" hiển thị cú pháp và ví dụ của một lệnh. Lệnh kết thúc ở cuối dòng hoặc dấu ;") }
    public static var helpAliases: String { t("also", vi: "tên khác") }
    public static var helpExamples: String { t("examples", vi: "ví dụ") }
    public static var groupRecords: String { t("Records and stages", vi: "Bản ghi và giai đoạn") }
    public static var groupQueries: String { t("Queries", vi: "Truy vấn") }
    public static var groupReports: String { t("Reports", vi: "Báo cáo") }
    public static func generated(_ n: Int, events: Int, seed: UInt64) -> String {
        t("generated \(n) record\(n == 1 ? "" : "s") with \(events) stage event\(events == 1 ? "" : "s") (seed \(seed))",
          vi: "đã tạo \(n) bản ghi với \(events) sự kiện giai đoạn (seed \(seed))")
    }
    public static func chartTitle(_ report: String, snapshot: String?) -> String {
        snapshot.map { "\(report) — \($0)" } ?? report
    }
    public static func chartWritten(_ report: String, _ file: String) -> String { t("wrote the \(report) chart to \(file)", vi: "đã ghi biểu đồ \(report) vào \(file)") }
    public static var reportOneGroup: String { t("a report groups by one field", vi: "báo cáo chỉ nhóm theo một trường") }
    public static var reportWon: String { t("won", vi: "thắng") }
    public static var reportLost: String { t("lost", vi: "thua") }
    public static var reportOpen: String { t("open", vi: "đang mở") }
    public static var groupPipeline: String { t("Pipeline configuration", vi: "Cấu hình quy trình") }
    public static var groupSession: String { t("Session, files and output", vi: "Phiên làm việc, tệp và đầu ra") }

    // MARK: files
    public static func cannotRead(_ file: String, _ why: String) -> String { t("cannot read \(file): \(why)", vi: "không đọc được \(file): \(why)") }
    public static func cannotWrite(_ file: String, _ why: String) -> String { t("cannot write \(file): \(why)", vi: "không ghi được \(file): \(why)") }
    public static var noSuchFile: String { t("no such file", vi: "không có tệp này") }
    public static var isDirectory: String { t("it is a directory", vi: "đây là một thư mục") }
    public static var notReadable: String { t("permission denied", vi: "không có quyền truy cập") }
    public static func exported(_ n: Int, records: Bool, _ file: String) -> String {
        let noun = records ? (n == 1 ? "record" : "records") : (n == 1 ? "stage event" : "stage events")
        return t("exported \(n) \(noun) to \(file)", vi: "đã xuất \(n) \(records ? "bản ghi" : "sự kiện giai đoạn") ra \(file)")
    }
    public static func importedRecords(_ n: Int, _ file: String, refused: Int, policy: String) -> String {
        t("imported \(n) record\(n == 1 ? "" : "s") from \(file)", vi: "đã nhập \(n) bản ghi từ \(file)") + refusedNote(refused, policy)
    }
    public static func importedEvents(_ n: Int, fields: Int = 0, records: Int, _ file: String, refused: Int, policy: String) -> String {
        let fieldPart = fields == 0 ? "" : t(" and \(fields) field event\(fields == 1 ? "" : "s")", vi: " và \(fields) sự kiện trường")
        if n == 0 && fields > 0 {
            return t("imported \(fields) field event\(fields == 1 ? "" : "s") of \(records) record\(records == 1 ? "" : "s") from \(file)",
                     vi: "đã nhập \(fields) sự kiện trường của \(records) bản ghi từ \(file)")
        }
        return t("imported \(n) stage event\(n == 1 ? "" : "s")\(fieldPart) of \(records) record\(records == 1 ? "" : "s") from \(file)",
                 vi: "đã nhập \(n) sự kiện giai đoạn\(fieldPart) của \(records) bản ghi từ \(file)")
            + refusedNote(refused, policy)
    }
    public static func refusedNote(_ n: Int, _ policy: String) -> String {
        n == 0 ? "" : t("; \(n) of its moves would have been refused by policy \(policy) (kept as they happened)",
                        vi: "; \(n) lần chuyển trong đó lẽ ra bị chính sách \(policy) từ chối (vẫn giữ nguyên như đã diễn ra)")
    }
    public static func importProblem(file: String, line: Int, column: String?, problem: String) -> String {
        let place = line > 0 ? "\(file):\(line)" : file
        return column.map { t("\(place): column \(q($0)): \(problem)", vi: "\(place): cột \(q($0)): \(problem)") } ?? "\(place): \(problem)"
    }
    public static var csvEmpty: String { t("the file is empty", vi: "tệp trống") }
    public static var csvEmptyId: String { t("an id must not be empty", vi: "id không được để trống") }
    public static func csvFieldCount(_ n: Int, _ expected: Int) -> String { t("\(n) field\(n == 1 ? "" : "s") where the header has \(expected)", vi: "\(n) trường trong khi tiêu đề có \(expected)") }
    public static func csvMissingColumn(_ c: String) -> String { t("missing column \(q(c))", vi: "thiếu cột \(q(c))") }
    public static func csvMappedColumnMissing(_ c: String) -> String { t("map names column \(q(c)), which the file does not have", vi: "map chỉ đến cột \(q(c)), nhưng tệp không có cột này") }
    public static func csvDuplicateColumn(_ field: String, _ other: String) -> String { t("\(field) is also read from column \(q(other))", vi: "\(field) cũng được đọc từ cột \(q(other))") }
    public static func csvDuplicateIdInFile(_ id: String, _ line: Int) -> String { t("id \(q(id)) is already used on line \(line)", vi: "id \(q(id)) đã được dùng ở dòng \(line)") }
    public static func csvKindMismatch(_ kind: String, _ stage: String, _ stageKind: String) -> String {
        t("kind \(q(kind)) does not match stage \(stage), which is \(a(stageKind)) stage",
          vi: "loại \(q(kind)) không khớp với giai đoạn \(stage), vốn là giai đoạn của \(viKind(stageKind))")
    }
    public static func csvUnknownCause(_ c: String) -> String { t("unknown cause \(q(c))", vi: "không có nguyên nhân \(q(c))") }
    public static func csvNoCreation(_ id: String) -> String { t("the events of \(id) do not start with a creation (an empty from_stage)", vi: "các sự kiện của \(id) không bắt đầu bằng sự kiện tạo (from_stage trống)") }
    public static func csvSecondCreation(_ id: String) -> String { t("\(id) has a second creation event (an empty from_stage)", vi: "\(id) có sự kiện tạo thứ hai (from_stage trống)") }
    public static func csvBrokenChain(_ id: String, _ from: String, _ previous: String) -> String {
        t("\(id) moves from \(from), but its previous event left it in \(previous)",
          vi: "\(id) chuyển từ \(from), nhưng sự kiện trước đó để nó ở \(previous)")
    }
    public static func csvLastStageMismatch(_ id: String, _ last: String, _ current: String) -> String {
        t("the events of \(id) end in \(last), but the record is in \(current)",
          vi: "các sự kiện của \(id) kết thúc ở \(last), nhưng bản ghi đang ở \(current)")
    }
    public static var csvUnterminatedQuote: String { t("unterminated quoted field", vi: "trường trong ngoặc kép chưa được đóng") }
    public static func csvStrayQuote(_ field: Int) -> String { t("a quote inside unquoted field \(field)", vi: "có dấu ngoặc kép bên trong trường \(field) không đặt trong ngoặc kép") }
    public static func csvTextAfterQuote(_ field: Int) -> String { t("text after the closing quote of field \(field)", vi: "có văn bản sau dấu ngoặc kép đóng của trường \(field)") }
    public static func runTooDeep(_ n: Int) -> String { t("scripts run each other more than \(n) deep", vi: "các script gọi lồng nhau sâu hơn \(n) cấp") }
    public static var nulByte: String { t("NUL byte in the input", vi: "đầu vào có byte NUL") }
    public static var invalidUTF8: String { t("invalid UTF-8", vi: "UTF-8 không hợp lệ") }
}

extension Messages {
    public static func banner(version: String, records: Int, stages: Int) -> String {
        t("stagesh \(version): \(records) record\(records == 1 ? "" : "s") in \(stages) stages. Type \"help\" for help, \"quit\" to leave.",
          vi: "stagesh \(version): \(records) bản ghi trong \(stages) giai đoạn. Gõ \"help\" để xem trợ giúp, \"quit\" để thoát.")
    }
    public static var interrupted: String { t("interrupted", vi: "đã ngắt") }
    public static func elapsed(milliseconds: Double) -> String { t("Time: \(String(format: "%.3f", milliseconds)) ms", vi: "Thời gian: \(String(format: "%.3f", milliseconds)) ms") }
    public static func isYes(_ answer: String) -> Bool {
        ["y", "yes", "c", "có"].contains(answer.lowercased().precomposedStringWithCanonicalMapping)
    }
    public static func unknownFormatOption(_ f: String) -> String {
        t("unknown format '\(f)'; use \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))",
          vi: "không có định dạng '\(f)'; hãy dùng \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    public static var snapshotAndTemplate: String {
        t("give a snapshot to open or a --template, not both", vi: "hãy chọn mở một snapshot hoặc một --template, không phải cả hai")
    }
    public static var interactiveAndBatch: String { t("--interactive and --batch exclude each other", vi: "không thể dùng --interactive cùng với --batch") }
    public static func badNowOption(_ m: String) -> String { "--now: \(m)" }
    public static var yes: String { t("yes", vi: "có") }
    public static var no: String { t("no", vi: "không") }
    /// The unit after a number of days in a card (`age 452.26 days`).
    public static var unitDays: String { t("days", vi: "ngày") }
    public static var unsavedOnQuit: String { t("there are unsaved changes; quit anyway? [y/N] ", vi: "còn thay đổi chưa lưu; vẫn thoát? [c/K] ") }
}

extension Messages {
    // MARK: snapshots
    public static var snapshotEndOfFile: String { t("the end of the file", vi: "cuối tệp") }
    public static var snapshotFoundString: String { t("a string", vi: "một chuỗi") }
    public static var snapshotFoundObject: String { t("an object", vi: "một đối tượng") }
    public static var snapshotFoundArray: String { t("an array", vi: "một mảng") }
    public static var snapshotFoundBoolean: String { t("a boolean", vi: "một giá trị boolean") }
    public static var snapshotFoundNumber: String { t("a number", vi: "một số") }
    public static func snapshotFoundByte(_ b: UInt8, at offset: Int) -> String {
        b >= 0x20 && b < 0x7F
            ? t("\(q(String(UnicodeScalar(b)))) at byte \(offset)", vi: "\(q(String(UnicodeScalar(b)))) ở byte \(offset)")
            : String(format: t("byte 0x%02X at byte %d", vi: "byte 0x%02X ở byte %d"), b, offset)
    }
    public static func snapshotExpected(_ what: String, found: String) -> String { t("expected \(what), found \(found)", vi: "cần \(what), nhưng gặp \(found)") }
    public static var snapshotAnArray: String { t("an array", vi: "một mảng") }
    public static var snapshotAnObject: String { t("an object", vi: "một đối tượng") }
    public static var snapshotAString: String { t("a string", vi: "một chuỗi") }
    public static var snapshotANumber: String { t("a number", vi: "một số") }
    public static func snapshotCommaOrEnd(_ close: String) -> String { t("\",\" or \"\(close)\"", vi: "\",\" hoặc \"\(close)\"") }
    public static var snapshotControlInString: String { t("a control character inside a string", vi: "một ký tự điều khiển trong chuỗi") }
    public static var snapshotUnterminatedString: String { t("unterminated string", vi: "chuỗi chưa được đóng") }
    public static var snapshotEscapedKey: String { t("an escaped string where a plain name is expected", vi: "một chuỗi có ký tự thoát ở chỗ cần một tên thuần") }
    public static var snapshotBadEscape: String { t("invalid escape in a string", vi: "ký tự thoát không hợp lệ trong chuỗi") }
    public static func snapshotNumberRange(_ t: String) -> String { Messages.t("number out of range: \(t)", vi: "số vượt quá phạm vi: \(t)") }
    public static func snapshotBadNumber(_ t: String) -> String { Messages.t("invalid number: \(t)", vi: "số không hợp lệ: \(t)") }
    public static func snapshotTooPrecise(_ t: String) -> String { Messages.t("more than two decimals: \(t)", vi: "nhiều hơn hai chữ số thập phân: \(t)") }
    public static func snapshotNotWhole(_ t: String) -> String { Messages.t("not a whole number: \(t)", vi: "không phải số nguyên: \(t)") }
    public static func snapshotNotASnapshot(_ found: String) -> String { t("not a stagesh snapshot (found \(found) at the start)", vi: "không phải snapshot của stagesh (gặp \(found) ở đầu tệp)") }
    public static func snapshotWrongFormat(_ f: String) -> String { t("format \(q(f)) is not \(q(SnapshotFormat.name))", vi: "định dạng \(q(f)) không phải \(q(SnapshotFormat.name))") }
    public static func snapshotTooNew(_ v: Int, _ mine: Int) -> String {
        t("snapshot version \(v) is newer than this stagesh reads (version \(mine)); upgrade stagesh to open it",
          vi: "snapshot phiên bản \(v) mới hơn phiên bản stagesh này đọc được (phiên bản \(mine)); hãy nâng cấp stagesh để mở")
    }
    public static func snapshotTooOld(_ v: Int, _ oldest: Int) -> String {
        t("snapshot version \(v) is older than any this stagesh reads (from version \(oldest))",
          vi: "snapshot phiên bản \(v) cũ hơn mọi phiên bản stagesh này đọc được (từ phiên bản \(oldest))")
    }
    public static func snapshotDuplicateKey(_ k: String) -> String { t("key \(q(k)) appears twice", vi: "khóa \(q(k)) xuất hiện hai lần") }
    public static func snapshotMissingKey(_ k: String) -> String { t("missing key \(q(k))", vi: "thiếu khóa \(q(k))") }
    public static func snapshotUnknownKey(_ k: String) -> String { t("unknown key \(q(k))", vi: "không nhận ra khóa \(q(k))") }
    public static func snapshotUnknownValue(_ v: String, _ allowed: [String]) -> String {
        t("\(q(v)) is not one of \(allowed.joined(separator: ", "))",
          vi: "\(q(v)) không thuộc \(allowed.joined(separator: ", "))")
    }
    public static var snapshotPipelineFirst: String { t("the pipeline must come before the records", vi: "quy trình phải đứng trước các bản ghi") }
    public static var snapshotTrailing: String { t("text after the end of the snapshot", vi: "có văn bản sau phần cuối của snapshot") }
    public static func snapshotDuplicateStage(_ n: String) -> String { t("stage \(q(n)) appears twice", vi: "giai đoạn \(q(n)) xuất hiện hai lần") }
    public static var conditionHasComment: String { t("a condition cannot hold a comment", vi: "điều kiện không được chứa chú thích") }
    public static func snapshotEmptyLedger(_ id: String) -> String { t("record \(q(id)) has no ledger", vi: "bản ghi \(q(id)) không có lịch sử giai đoạn") }
    public static func snapshotLedgerEnds(_ id: String, _ last: String, _ stage: String) -> String {
        t("the ledger of \(q(id)) ends in \(last), but its stage is \(stage)",
          vi: "lịch sử giai đoạn của \(q(id)) kết thúc ở \(last), nhưng giai đoạn của nó là \(stage)")
    }
    public static func snapshotCreatedMismatch(_ id: String) -> String {
        t("the creation event of \(q(id)) is not at its created time",
          vi: "sự kiện tạo của \(q(id)) không trùng với thời điểm tạo")
    }
    public static func snapshotBrokenChain(_ from: String, _ expected: String) -> String {
        t("the event moves from \(q(from)), but the previous event left the record in \(q(expected))",
          vi: "sự kiện chuyển từ \(q(from)), nhưng sự kiện trước đó để bản ghi ở \(q(expected))")
    }
    public static func snapshotMissingFrom(_ expected: String) -> String {
        t("the event has no from-stage, but the previous event left the record in \(q(expected))",
          vi: "sự kiện không có giai đoạn nguồn, nhưng sự kiện trước đó để bản ghi ở \(q(expected))")
    }
    public static func snapshotFirstHasFrom(_ from: String) -> String {
        t("the first event moves from \(q(from)), but a ledger starts with a creation (from null)",
          vi: "sự kiện đầu tiên chuyển từ \(q(from)), nhưng lịch sử giai đoạn phải bắt đầu bằng sự kiện tạo (from null)")
    }
    public static var snapshotFirstNotCreate: String { t("a ledger must start with a creation event", vi: "lịch sử giai đoạn phải bắt đầu bằng sự kiện tạo") }
    public static var snapshotSecondCreate: String { t("only the first event of a ledger is a creation", vi: "chỉ sự kiện đầu tiên của lịch sử giai đoạn là sự kiện tạo") }
    public static func snapshotOutOfOrder(_ at: String, _ previous: String) -> String {
        t("event at \(at) comes before the previous one (\(previous))",
          vi: "sự kiện lúc \(at) lại đứng trước sự kiện trước đó (\(previous))")
    }
}

extension Messages {
    public static func badSnapshotName(_ s: String) -> String { t("\(q(s)) is neither a snapshot name nor a path", vi: "\(q(s)) không phải tên snapshot cũng không phải đường dẫn") }
    public static var hintSnapshotNames: String { t("names are letters, digits, . _ and -; a path has a / or ends in .json", vi: "tên gồm chữ cái, chữ số, . _ và -; đường dẫn có / hoặc kết thúc bằng .json") }
    public static var saveWhere: String { t("no snapshot is open to save to", vi: "chưa mở snapshot nào để lưu vào") }
    public static func openedTemplate(_ path: String, savesAs name: String?) -> String {
        guard let name else {
            return t("\(path) is a template: save NAME writes your work to the data directory",
                     vi: "\(path) là mẫu: save NAME ghi công việc của bạn vào thư mục dữ liệu")
        }
        return t("\(path) is a template: save writes \(name) to the data directory, never over it",
                 vi: "\(path) là mẫu: save ghi \(name) vào thư mục dữ liệu, không bao giờ ghi đè lên mẫu")
    }
    public static var hintSaveName: String { t("give it a name: save NAME", vi: "hãy đặt tên: save NAME") }
    public static func cannotSave(_ s: String, _ why: String) -> String { t("cannot save \(s): \(why)", vi: "không lưu được \(s): \(why)") }
    public static func cannotLoad(_ s: String, _ why: String) -> String { t("cannot load \(s): \(why)", vi: "không tải được \(s): \(why)") }
    public static func saved(_ name: String, records: Int, bytes: Int) -> String {
        t("saved \(name): \(records) record\(records == 1 ? "" : "s"), \(Amount(units: Int64(bytes)).grouped) bytes",
          vi: "đã lưu \(name): \(records) bản ghi, \(Amount(units: Int64(bytes)).grouped) byte")
    }
    public static func loaded(_ name: String, records: Int, savedAt: String) -> String {
        t("loaded \(name): \(records) record\(records == 1 ? "" : "s") saved \(savedAt)",
          vi: "đã tải \(name): \(records) bản ghi, lưu lúc \(savedAt)")
    }
    public static func loadWithUnsaved(_ n: Int) -> String {
        t("there \(n == 1 ? "is 1 unsaved change" : "are \(n) unsaved changes"); load would discard \(n == 1 ? "it" : "them")",
          vi: "còn \(n) thay đổi chưa lưu; load sẽ bỏ các thay đổi này")
    }
    public static func hintLoadBang(_ retry: String) -> String { t("save first, or discard them with: \(retry)", vi: "hãy lưu trước, hoặc bỏ chúng bằng: \(retry)") }
    public static func loadDiscardsQuestion(_ n: Int) -> String {
        t("\(n) unsaved change\(n == 1 ? "" : "s") will be lost; load anyway? [y/N] ",
          vi: "\(n) thay đổi chưa lưu sẽ bị mất; vẫn tải? [c/K] ")
    }
    public static var nothingToRecover: String { t("there is no unsaved work to recover", vi: "không có công việc chưa lưu nào để khôi phục") }
    public static func replayFailed(_ n: Int, _ text: String, _ why: String) -> String {
        t("could not replay command \(n) of the journal (\(text)): \(why)",
          vi: "không chạy lại được lệnh \(n) của nhật ký (\(text)): \(why)")
    }
    public static func recovered(_ n: Int, base: String?) -> String {
        t("recovered \(n) command\(n == 1 ? "" : "s")" + (base.map { " on top of \($0)" } ?? "")
            + (n == 1 ? "; it is not saved yet" : "; they are not saved yet"),
          vi: "đã khôi phục \(n) lệnh" + (base.map { " trên nền \($0)" } ?? "") + "; chưa được lưu")
    }
    public static func discarded(_ n: Int) -> String { t("discarded \(n) unsaved command\(n == 1 ? "" : "s")", vi: "đã bỏ \(n) lệnh chưa lưu") }
    public static func foundJournal(_ n: Int, endedAfter: String, base: String?, more: Int) -> String {
        t("found unsaved work from a session started \(endedAfter) that did not end cleanly: \(n) command\(n == 1 ? "" : "s")"
            + (base.map { " after \($0)" } ?? "") + ". Type \"recover\" to replay \(n == 1 ? "it" : "them") or \"discard\" to drop \(n == 1 ? "it" : "them")."
            + (more > 0 ? " (\(more) older journal\(more == 1 ? "" : "s") also left.)" : ""),
          vi: "có công việc chưa lưu từ một phiên bắt đầu \(endedAfter) chưa kết thúc bình thường: \(n) lệnh"
            + (base.map { " sau \($0)" } ?? "") + ". Gõ \"recover\" để chạy lại hoặc \"discard\" để bỏ."
            + (more > 0 ? " (còn \(more) nhật ký cũ hơn.)" : ""))
    }
    public static var notDone: String { t("nothing was changed", vi: "không có gì thay đổi") }
    public static func journalFailed(_ why: String) -> String { t("warning: the journal could not be written: \(why)", vi: "cảnh báo: không ghi được nhật ký: \(why)") }
}

// `--check` and `--play`.
extension Messages {
    /// The last line `--check` writes for a script.
    public static func checkSummary(_ file: String, commands: Int, errors: Int) -> String {
        t("\(file): \(commands) command\(commands == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s")",
          vi: "\(file): \(commands) lệnh, \(errors) lỗi")
    }
    public static var playExcludesCommands: String { t("--play and --check cannot be combined with -c or -f", vi: "không thể dùng --play và --check cùng với -c hoặc -f") }
    public static var playAndCheck: String { t("--play and --check cannot be combined", vi: "không thể dùng --play cùng với --check") }
    public static var negativeDelay: String { t("--delay must be 0 or more milliseconds", vi: "--delay phải từ 0 mili giây trở lên") }
    /// The hint shown while the presenter waits for Enter.
    public static let playWaitHint = "⏎"
    public static var playStopped: String { t("(the presentation stopped; the shell is live)", vi: "(phần trình bày đã dừng; shell đang hoạt động)") }
    public static func lessonDirectoryFailed(_ why: String) -> String {
        t("cannot make a data directory for the lesson: \(why); give one with --data-dir",
          vi: "không tạo được thư mục dữ liệu cho bài học: \(why); hãy chỉ định bằng --data-dir")
    }
    public static func savedInLessonDirectory(_ directory: String) -> String {
        t("(in this lesson's own data directory, \(directory), which is kept when you quit)",
          vi: "(trong thư mục dữ liệu riêng của bài học, \(directory); thư mục này được giữ lại khi bạn thoát)")
    }
    public static func lessonDirectoryKept(_ directory: String) -> String {
        t("the snapshots you saved stay in \(directory); open them with --data-dir \(directory)",
          vi: "các bản chụp bạn đã lưu vẫn ở \(directory); mở chúng bằng --data-dir \(directory)")
    }
}

// MARK: Import: delimiters, stages, guessed dates, presets, dry runs
extension Messages {
    public static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case UInt8(ascii: ","): return t("commas", vi: "dấu phẩy")
        case UInt8(ascii: ";"): return t("semicolons", vi: "dấu chấm phẩy")
        case 9: return t("tabs", vi: "dấu tab")
        case UInt8(ascii: "|"): return t("bars (|)", vi: "dấu gạch đứng (|)")
        default: return q(String(UnicodeScalar(d)))
        }
    }
    public static func csvHeaderOneColumn(_ delimiter: String) -> String {
        t("the header has one column, but this line has fields separated by \(delimiter)",
          vi: "tiêu đề chỉ có một cột, nhưng dòng này có các trường ngăn cách bằng \(delimiter)")
    }
    public static var hintHeaderDelimiter: String { t("separate the header's column names the same way as the rows", vi: "hãy ngăn cách tên cột ở tiêu đề giống như ở các dòng dữ liệu") }
    public static func csvAmbiguousDates(_ sample: String) -> String {
        t("\(q(sample)) could be day/month or month/day, and no date in the column tells which",
          vi: "\(q(sample)) có thể là ngày/tháng hoặc tháng/ngày, và không ngày nào trong cột cho biết là kiểu nào")
    }
    public static func csvMixedDates(_ dayFirst: String, _ dayLine: Int, _ monthFirst: String, _ monthLine: Int) -> String {
        t("the column has a day-first date (\(q(dayFirst)) on line \(dayLine)) and a month-first one (\(q(monthFirst)) on line \(monthLine))",
          vi: "cột có ngày viết ngày trước (\(q(dayFirst)) ở dòng \(dayLine)) và ngày viết tháng trước (\(q(monthFirst)) ở dòng \(monthLine))")
    }
    public static var hintGiveDates: String { t("give the layout, like: dates D/M/YYYY or dates M/D/YYYY", vi: "hãy cho biết định dạng, như: dates D/M/YYYY hoặc dates M/D/YYYY") }
    public static func createdStagesNote(_ names: [String]) -> String {
        names.isEmpty ? "" : t("; added stage\(names.count == 1 ? "" : "s") ", vi: "; đã thêm giai đoạn ") + names.map(q).joined(separator: ", ")
    }
    public static func dryRunRecords(_ n: Int, _ file: String) -> String {
        t("dry run: \(n) record\(n == 1 ? "" : "s") of \(file) would be imported; nothing was changed",
          vi: "chạy thử: \(n) bản ghi của \(file) sẽ được nhập; chưa có gì thay đổi")
    }
    public static func dryRunEvents(_ n: Int, records: Int, _ file: String) -> String {
        t("dry run: \(n) stage event\(n == 1 ? "" : "s") of \(records) record\(records == 1 ? "" : "s") of \(file) would be imported; nothing was changed",
          vi: "chạy thử: \(n) sự kiện giai đoạn của \(records) bản ghi của \(file) sẽ được nhập; chưa có gì thay đổi")
    }
    public static var dryRunWouldFail: String { t("as it is, the import would stop at the first problem and import nothing", vi: "như hiện tại, lệnh nhập sẽ dừng ở lỗi đầu tiên và không nhập gì") }
    public static func dryRunNewStages(_ names: [String]) -> String {
        t("stage\(names.count == 1 ? "" : "s") that would be added: ", vi: "các giai đoạn sẽ được thêm: ") + names.map(q).joined(separator: ", ")
    }
    public static var dryRunStageColumn: String { t("stage", vi: "giai đoạn") }
    public static var dryRunCountColumn: String { t("rows", vi: "số dòng") }
}
