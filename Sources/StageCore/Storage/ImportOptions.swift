/// What an `import` command asks for beyond the file: column and stage
/// mappings, a date layout, whether unknown stages are created, a preset, a dry run.
public struct ImportOptions: Sendable {
    /// Column key → field, from `map`: every named column must exist.
    public var mapping: [String: String] = [:]
    /// Column key → field, from a preset: columns the file lacks are skipped.
    public var optionalMapping: [String: String] = [:]
    public var dates: DateFormat?
    /// Stage label key (case-insensitive, NFC) → the stage name it stands for.
    public var stageMap: [String: String] = [:]
    public var createStages = false
    public var dryRun = false
    public var preset: ImportPreset?
    /// A close date on an open record is when it is expected to close (Salesforce, HubSpot).
    public var openCloseIsExpected = false

    public init() {}

    /// Options from a preset, then the command's own clauses over it.
    public init(preset: ImportPreset?, mapping: [String: String], dates: DateFormat?, stageMap: [String: String],
                createStages: Bool, dryRun: Bool) {
        if let preset {
            self.preset = preset
            for (column, field) in preset.columns { optionalMapping[Names.key(column)] = field }
            for (from, to) in preset.stages { self.stageMap[Names.key(from)] = to }
            self.dates = preset.dates.flatMap(DateFormat.init)
            openCloseIsExpected = preset.openCloseIsExpected
        }
        for (k, v) in mapping { self.mapping[k] = v; optionalMapping[k] = nil }
        for (k, v) in stageMap { self.stageMap[k] = v }
        if let dates { self.dates = dates }
        self.createStages = createStages
        self.dryRun = dryRun
    }
}

/// The problems a dry run found: the first few, and how many in all.
public struct ImportProblems: Sendable {
    public static let shown = 5
    public private(set) var first: [ImportError] = []
    public private(set) var count = 0

    public init() {}

    mutating func add(_ e: ImportError) {
        count += 1
        if first.count < ImportProblems.shown { first.append(e) }
    }
}
