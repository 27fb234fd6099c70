/// `log`: an activity on a record, which may fire rules.
struct LogCommand: Command {
    static let spec = CommandSpec(
        "log", group: .records,
        grammar: .sequence([
            .argument(.activity, .activity), .argument(.id, .id), Clauses.onDate,
            .optional(.sequence([.keyword("note"), .argument(.text, .text)])),
        ]),
        examples: ["log call 12 note \"asked for a demo\"", "log quote 12"]
    ) { c throws(Diagnostic) in
        LogCommand(activity: c.required(.activity), id: c.required(.id), on: try c.date(.date), note: c.text(.text))
    }

    let activity: Located<String>
    let id: Located<String>
    let on: Located<DateSpec>?
    let note: String?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.log(activity, id, on, note, &session, &tx)
    }
}
