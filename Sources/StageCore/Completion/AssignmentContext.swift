/// Which `FIELD=VALUE` pairs a command's `assignments` take.
///
/// The grammar's `.assignments` does not say which fields it accepts, so the
/// completer tells the commands apart by name here.
enum AssignmentContext: Equatable {
    /// Fields of a record: `set`, or `add lead|opportunity` (which also take `stage=` and `id=`).
    case record(adding: RecordKind?)
    /// Settings of a stage: `stage set`.
    case stageSettings
    /// `import ... map COLUMN=FIELD`: CSV columns on the left, import fields on the right.
    case importMap(DataSet)

    /// The context of `spec`, whose name took the first `nameCount` of `tokens`.
    init(spec: CommandSpec, tokens: [Token], nameCount: Int) {
        switch spec.words {
        case ["stage", "set"]:
            self = .stageSettings
        case ["import"]:
            let events = tokens.count > nameCount && tokens[nameCount].isKeyword("events")
            self = .importMap(events ? .events : .records)
        case let words where words.first == "add":
            self = .record(adding: words.count > 1 && words[1] == "lead" ? .lead : .opportunity)
        default:
            self = .record(adding: nil)
        }
    }
}
