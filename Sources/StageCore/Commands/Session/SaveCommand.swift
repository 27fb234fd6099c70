/// `save`: the session written as a snapshot.
struct SaveCommand: Command {
    static let spec = CommandSpec(
        "save", group: .session, grammar: .optional(.argument(.snapshot, .snapshot)),
        summary: "save the session as a snapshot",
        details: """
        A NAME ([A-Za-z0-9._-]+) is kept in the data directory; anything with a / or ending in .json is a path.
        Without an argument, saves to the snapshot that is open. The write is atomic: a crash leaves the
        old file or the new one.
        """,
        summaryVi: "lưu phiên thành một bản chụp (snapshot)",
        detailsVi: """
        NAME ([A-Za-z0-9._-]+) được giữ trong thư mục dữ liệu; tên có / hoặc kết thúc bằng .json là đường dẫn.
        Không có đối số thì lưu vào bản chụp đang mở. Việc ghi là nguyên tử: sự cố chỉ để lại tệp
        cũ hoặc tệp mới.
        """,
        examples: ["save demo", "save ./q3-review.json", "save"]
    ) { c throws(Diagnostic) in SaveCommand(target: c.located(.snapshot)) }

    let target: Located<String>?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SnapshotOperations.save(target, &session)
    }

    var scriptEffect: ScriptEffect { .none }
    var files: [Located<String>] { target.map { [$0] } ?? [] }
}
