/// `import`: records, or their stage and field history, read from a CSV or .xlsx file.
struct ImportCommand: Command {
    static let spec = CommandSpec(
        "import", group: .session,
        grammar: .sequence([
            Clauses.dataSet, .argument(.file, .file),
            .clauses([
                .sequence([.keyword("map"), .assignments(min: 1, .columnMap)]),
                .sequence([.keyword("dates"), .argument(.format, .text)]),
                .sequence([.keyword("stages"), .assignments(min: 1, .stageMap)]),
                .sequence([.keyword("create"), .keyword("stages")]),
                .sequence([.keyword("preset"), .argument(.preset, .choice(ImportPreset.names))]),
                .sequence([.keyword("encoding"), .argument(.encoding, .choice(TextEncoding.names))]),
                .sequence([.keyword("sheet"), .argument(.sheet, .text)]),
                .keyword("strict"), .keyword("dry-run"),
            ]),
        ]),
        examples: [
            "import records seeds/demo/records.csv", "import events seeds/demo/stage_events.csv",
            "import records crm.csv map \"Deal Name\"=name \"Deal Stage\"=stage dates M/D/YYYY",
            "import records seeds/crm/salesforce.csv preset salesforce dry-run",
            "import records deals.csv stages \"Đã liên hệ\"=Contacted create stages",
            "import records Opportunity.csv preset salesforce encoding cp1252 strict",
            "import events OpportunityHistory.csv preset salesforce",
            "import records deals.xlsx sheet Deals preset hubspot",
        ]
    ) { c throws(Diagnostic) in ImportCommand(dataSet: Clauses.dataSet(c), file: c.required(.file), options: try options(c)) }

    let dataSet: DataSet
    let file: Located<String>
    let options: ImportOptions

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SessionOperations.importData(dataSet, file, options, &session, &tx)
    }

    var scriptEffect: ScriptEffect {
        options.dryRun ? .none : options.createStages ? .replacesEverything : .addsUnknownRecords
    }

    var files: [Located<String>] { [file] }

    /// The `import` clauses as options: a preset first, then the command's own.
    static func options(_ c: Captures) throws(Diagnostic) -> ImportOptions {
        var dates: DateFormat?
        if let t = c.token(.format) {
            guard let format = DateFormat(t.text) else {
                throw Diagnostic(Message.badDateFormat(t.text), at: t.range, hint: Message.hintDateFormats)
            }
            dates = format
        }
        var mapping: [String: String] = [:], stages: [String: String] = [:]
        var mappedFrom: [String: String] = [:]
        for a in c.assignmentsOf[.columnMap] ?? [] {
            let column = Names.key(a.field.value)
            // A stage keeps its spelling, so that `create stages` names it as written.
            let field = EnteredColumn.stage(in: a.value.text).map(EnteredColumn.field) ?? Names.key(a.value.text)
            if let first = mapping[column] {
                throw Diagnostic(Message.mapColumnTwice(a.field.value, first, field), at: a.field.range)
            }
            if let other = mappedFrom[field] {
                throw Diagnostic(Message.mapFieldTwice(field, other, a.field.value), at: a.field.range)
            }
            mapping[column] = field
            mappedFrom[field] = a.field.value
        }
        for a in c.assignmentsOf[.stageMap] ?? [] { stages[Names.key(a.field.value)] = Names.normalized(a.value.text) }
        var options = ImportOptions(
            preset: c.token(.preset).flatMap { ImportPreset.named($0.text) }, mapping: mapping, dates: dates,
            stageMap: stages, createStages: c.has("create"), dryRun: c.has("dry-run"), strict: c.has("strict"))
        options.encoding = c.text(.encoding).flatMap(TextEncoding.init(name:))
        options.sheet = c.text(.sheet)
        return options
    }
}
