/// The answers to psql's and sqlite3's commands typed by habit.
extension Messages {
    /// `\x is psql's; stagesh says: expanded on|off|auto`.
    public static func habitAnswer(_ name: String, of program: String, _ answer: String) -> String {
        t("\(name) is \(program)'s; stagesh says: \(answer)", vi: "\(name) là lệnh của \(program); stagesh dùng: \(answer)")
    }
    public static var hintNoMetaCommands: String {
        t("stagesh's commands are plain words, with no \\ or . in front; type \"help\" for the list",
          vi: "lệnh của stagesh là từ thường, không có \\ hay . phía trước; gõ \"help\" để xem danh sách lệnh")
    }
    public static var hintColumnsAlwaysNamed: String { t("every format names its columns", vi: "định dạng nào cũng ghi tên cột") }
}
