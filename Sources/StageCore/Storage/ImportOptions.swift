/// What an `import` command asks for beyond the file: column and stage
/// mappings, a date layout, whether unknown stages are created, a preset,
/// whether adjustments are errors, a dry run.
public struct ImportOptions: Sendable {
    /// Column key → field, from `map`: every named column must exist, and each beats any other claim.
    public var mapping: [String: String] = [:]
    /// Column key → field, from a preset, in its order of preference: columns the file lacks are skipped.
    public var presetColumns: [(String, String)] = []
    public var dates: DateFormat?
    /// Stage label key (case-insensitive, NFC) → the stage name it stands for, from `stages`.
    public var stageMap: [String: String] = [:]
    /// The same from a preset: used only for a label that names no stage of the
    /// pipeline, so a pipeline shaped like the CRM's reads its labels as they are.
    public var presetStages: [String: String] = [:]
    public var createStages = false
    public var dryRun = false
    /// Adjustments (a rounded amount, a moved close date, ...) are errors.
    public var strict = false
    /// The file's encoding (`encoding cp1252`); nil: UTF-8, or what a byte-order mark says.
    public var encoding: TextEncoding?
    /// The worksheet of an .xlsx file to read (`sheet NAME`); nil: the first.
    public var sheet: String?
    public var preset: ImportPreset?
    /// A close date on an open record is when it is expected to close (Salesforce, HubSpot).
    public var openCloseIsExpected = false
    /// How `a/b/YYYY` dates read when no date in their column tells (a preset's locale).
    public var dayFirstWhenAmbiguous: Bool?
    /// Polled every many rows: the session's token, so that Ctrl-C stops the import.
    public var cancellation = CancellationToken()

    public init() {}

    /// Options from a preset, then the command's own clauses over it.
    public init(
        preset: ImportPreset?, mapping: [String: String], dates: DateFormat?, stageMap: [String: String],
        createStages: Bool, dryRun: Bool, strict: Bool = false
    ) {
        if let preset {
            self.preset = preset
            presetColumns = preset.columns.map { (Names.key($0.0), $0.1) }
            for (from, to) in preset.stages { presetStages[Names.key(from)] = to }
            self.dates = preset.dates.flatMap(DateFormat.init)
            openCloseIsExpected = preset.openCloseIsExpected
            dayFirstWhenAmbiguous = preset.dayFirstWhenAmbiguous
        }
        self.mapping = mapping
        self.stageMap = stageMap
        if let dates {
            self.dates = dates
            dayFirstWhenAmbiguous = nil
        }
        self.createStages = createStages
        self.dryRun = dryRun
        self.strict = strict
    }
}

/// The problems a dry run found, grouped: rows with the same problem (the
/// same unknown stage, a column of bad dates) make one group with a count.
public struct ImportProblems: Sendable {
    /// How many groups a dry run lists.
    public static let shown = 10

    /// Rows with one problem: the first of them, how many, their first lines.
    public struct Group: Sendable {
        public var first: ImportError
        public var count: Int
        public var lines: [Int]
    }

    public private(set) var groups: [Group] = []
    /// All problems, in every group.
    public private(set) var count = 0
    private var index: [String: Int] = [:]

    public init() {}

    mutating func mapLines(_ row: (Int) -> Int) {
        for g in groups.indices {
            groups[g].first.line = row(groups[g].first.line)
            groups[g].lines = groups[g].lines.map(row)
        }
    }

    mutating func add(_ e: ImportError) {
        count += 1
        let key = (e.column ?? "") + "\u{0}" + (e.group ?? e.problem.english)
        if let g = index[key] {
            groups[g].count += 1
            if groups[g].lines.count < ImportAdjustments.linesShown { groups[g].lines.append(e.line) }
        } else {
            index[key] = groups.count
            groups.append(Group(first: e, count: 1, lines: [e.line]))
        }
    }
}
