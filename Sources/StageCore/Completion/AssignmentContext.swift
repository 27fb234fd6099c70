/// Which `FIELD=VALUE` pairs an `assignments` clause takes, as completion needs it.
enum AssignmentContext: Equatable {
    /// Fields of a record: `set`, or `add lead|opportunity` (which also take `stage=` and `id=`).
    case record(adding: RecordKind?)
    /// Settings of a stage: `stage set`.
    case stageSettings
    /// `import ... map COLUMN=FIELD`: CSV columns on the left, import fields on the right.
    case importMap(DataSet)
    /// `import ... stages FROM=TO`: a file's labels on the left, stages on the right.
    case stageMap

    /// The context of a clause the grammar declares as `kind`; a column map
    /// reads which data set it imports from the command's tokens.
    init(_ kind: Assignable, tokens: [Token]) {
        switch kind {
        case .newRecord(let k): self = .record(adding: k)
        case .record: self = .record(adding: nil)
        case .stageSettings: self = .stageSettings
        case .columnMap: self = .importMap(tokens.contains { $0.isKeyword("events") } ? .events : .records)
        case .stageMap: self = .stageMap
        }
    }
}
