/// What a command's argument is captured under: the grammar stores it by this
/// label and the command reads it back by the same one, so a misspelt label is
/// a compile error rather than an argument that is silently never there.
///
/// A label is named for what the argument holds; `name` is the placeholder a
/// diagnostic writes for it (`expected ID`), and `synopsis` what `help` writes.
/// Two labels may share a placeholder (`seed S`, `S1, S2, ...`).
public enum CaptureLabel: Sendable, Hashable, CaseIterable {
    case activity, asOf, command, condition, date, duration, encoding, file, format
    case from, id, lostStage, minimum, name, newName, number, onOff, onOffAuto, policy, preset
    case report, secondName, seed, sheet, since, snapshot, stage, stages, text, to, until, window, wonStage
    /// `waterfall FROM TO`: its two moments; `for PERIOD`; `show BUCKET`.
    case start, end, period, bucket
    /// `import odoo DSN [lang CODE]`: a libpq connection string, and Odoo's language code.
    case connection, odooLanguage

    /// The placeholder a diagnostic names a missing argument by.
    public var name: String {
        switch self {
        case .activity: "ACTIVITY"
        case .asOf: "ASOF"
        case .command: "COMMAND"
        case .condition: "EXPR"
        case .date: "DATE"
        case .duration: "DURATION"
        case .encoding: "ENCODING"
        case .file: "FILE"
        case .format: "FORMAT"
        case .from: "FROM"
        case .id: "ID"
        case .lostStage: "LOST"
        case .minimum: "N"
        case .name: "NAME"
        case .newName: "NEW"
        case .number: "N"
        case .onOff: "on|off"
        case .onOffAuto: "on|off|auto"
        case .policy: "free|forward|strict"
        case .preset: "PRESET"
        case .report: "REPORT"
        case .secondName: "NAME2"
        case .seed, .stages: "S"
        case .sheet: "SHEET"
        case .since: "SINCE"
        case .snapshot: "NAME|PATH"
        case .stage: "STAGE"
        case .text: "TEXT"
        case .to: "TO"
        case .until: "UNTIL"
        case .window: "DURATION"
        case .wonStage: "WON"
        case .start: "FROM"
        case .end: "TO"
        case .period: "PERIOD"
        case .bucket: "BUCKET"
        case .connection: "DSN"
        case .odooLanguage: "LANG"
        }
    }

    /// The placeholder `help` shows: what the argument is, where that reads
    /// better than its name (`as of DATE|PERIOD`, `from STAGE`).
    public var synopsis: String {
        switch self {
        case .asOf, .since, .until: "DATE|PERIOD"
        case .from, .to: "STAGE"
        default: name
        }
    }
}
