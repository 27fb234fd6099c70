/// `import records`: reads a records CSV into a new store, all or nothing.
enum RecordImporter {
    struct Result {
        var store: RecordStore
        var count: Int
        var refusedMoves: Int
        /// The pipeline with the stages `create stages` added, if it added any.
        var pipeline: Pipeline?
        var createdStages: [String] = []
        /// In a dry run: the problems found (the first few) and how many there were.
        var problems = ImportProblems()
        /// The first record slot this import added.
        var firstSlot = 0
    }

    static let fields: Set<String> = [
        "id", "kind", "name", "account", "owner", "source", "value", "stage",
        "created", "changed", "closed", "expected_close",
    ]

    /// Sizes the columns for the whole file from its first rows, so a million
    /// records neither regrow their arrays nor rehash the id index.
    private static func reserveForRest(_ store: inout RecordStore, _ reader: CSVReader, added: Int, firstSlot: Int) {
        guard reader.consumed > 0, reader.size > reader.consumed else { return }
        let rows = Int(Double(added) * Double(reader.size) / Double(reader.consumed) * 1.02) + 16
        let nameBytes = (store.names.byteCount / max(1, store.slotCount)) + 2
        store.reserve(records: firstSlot + rows, events: store.eventCount + rows * 2, nameBytes: nameBytes)
    }

    static func run(path: String, into w: Workspace, mapping: [String: String], dates: DateFormat?) throws -> Result {
        var options = ImportOptions()
        options.mapping = mapping
        options.dates = dates
        return try run(path: path, into: w, options: options)
    }

    static func run(path: String, into w: Workspace, options: ImportOptions) throws -> Result {
        var reader = try CSVReader(path: path)
        var row = CSVRow()
        try ImportFields.header(&reader, &row)
        let map = try ColumnMap(header: row, mapping: options.mapping, optional: options.optionalMapping, known: fields)
        let cId = try map.require("id")
        let cName = try map.require("name")
        let cStage = try map.require("stage")
        let cKind = map.index("kind")
        let cAccount = map.index("account")
        let cOwner = map.index("owner")
        let cSource = map.index("source")
        let cValue = map.index("value")
        let cCreated = map.index("created")
        let cChanged = map.index("changed")
        let cClosed = map.index("closed")
        let cExpected = map.index("expected_close")
        let customColumns = map.fields.indices.filter { map.fields[$0] == nil && !map.headers[$0].isEmpty }
        let headers = map.headers
        var store = w.store
        for c in customColumns { store.noteCustomField(key: Names.key(headers[c]), display: headers[c]) }
        var pooled = ImportFields.PooledNames()
        var stages = ImportFields.StageCache(pipeline: w.pipeline, options: options)
        var dateReader = DateReader(format: options.dates, path: path, delimiter: reader.delimiter)
        var problems = ImportProblems()
        var added = 0
        var refused = 0
        // The line each new record came from, to name the first of two duplicates.
        var lines: [Int32] = []
        let firstNew = store.slotCount
        while try ImportFields.next(&reader, &row, options, &problems) {
            do {
                let line = row.line
                if row.count != headers.count {
                    throw ImportError(
                        line: line, column: nil, problem: Messages.csvFieldCount(row.count, headers.count))
                }
                let id = try ImportFields.utf8(row, cId, headers[cId])
                guard !id.isEmpty else {
                    throw ImportError(line: line, column: headers[cId], problem: Messages.csvEmptyId)
                }
                if let slot = store.slot(of: id) {
                    let problem =
                        Int(slot) >= firstNew
                        ? Messages.csvDuplicateIdInFile(id, Int(lines[Int(slot) - firstNew])) : Messages.duplicateId(id)
                    throw ImportError(line: line, column: headers[cId], problem: problem)
                }
                var kindHint: RecordKind?
                // Only a stage `create stages` adds needs the row's kind up front.
                if options.createStages, let cKind, !row.isEmpty(cKind) {
                    let k = row.string(cKind).lowercased()
                    kindHint = k == "lead" ? .lead : (k == "opportunity" || k == "opp" ? .opportunity : nil)
                }
                let stage = try stages.stage(row, cStage, headers[cStage], kind: kindHint)
                let pipeline = stages.pipeline
                let kind = pipeline[stage].kind
                if let cKind, !row.isEmpty(cKind) {
                    let k = row.string(cKind).lowercased()
                    guard k == kind.name || (k == "opp" && kind == .opportunity) else {
                        throw ImportError(
                            line: line, column: headers[cKind],
                            problem: Messages.csvKindMismatch(row.string(cKind), pipeline[stage].name, kind.name))
                    }
                }
                let name = try ImportFields.utf8(row, cName, headers[cName])
                var record = RecordRow(id: id, name: name.isEmpty ? id : name, stage: stage)
                if let c = cAccount { record.account = try pooled.code(row, c, headers[c], &store) }
                if let c = cOwner { record.owner = try pooled.code(row, c, headers[c], &store) }
                if let c = cSource { record.source = try pooled.code(row, c, headers[c], &store) }
                if let c = cValue, !row.isEmpty(c) {
                    let text = row.string(c)
                    guard let a = ValueParser.amount(text) else {
                        throw ImportError(
                            line: line, column: headers[c], problem: Messages.notANumber(text),
                            hints: [Messages.hintNumbers])
                    }
                    guard a.cents >= 0 else {
                        throw ImportError(line: line, column: headers[c], problem: Messages.negativeValue(text))
                    }
                    record.value = a.cents
                }
                record.created = try dateReader.time(row, cCreated, cCreated.map { headers[$0] } ?? "")
                record.expectedClose = try dateReader.time(row, cExpected, cExpected.map { headers[$0] } ?? "")
                var closedAt = try dateReader.time(row, cClosed, cClosed.map { headers[$0] } ?? "")
                let changedAt = try dateReader.time(row, cChanged, cChanged.map { headers[$0] } ?? "")
                // Salesforce and HubSpot: an open deal's close date is when it should close.
                if options.openCloseIsExpected && !pipeline[stage].isClosed && closedAt != missing {
                    if record.expectedClose == missing { record.expectedClose = closedAt }
                    closedAt = missing
                }
                for c in customColumns where !row.isEmpty(c) {
                    record.custom[Names.key(headers[c])] = try ImportFields.utf8(row, c, headers[c])
                }
                // The ledger the row implies: created into the first stage of its
                // kind, then the move into its stage at the time it last changed
                // (its close date, for a closed record); else created into its stage.
                let movedAt =
                    pipeline[stage].isClosed && closedAt != missing
                    ? closedAt : (changedAt != missing ? changedAt : closedAt)
                let first = pipeline.firstStage(kind) ?? stage
                let r = Int32(store.slotCount)
                if movedAt != missing && record.created != missing && movedAt < record.created {
                    throw ImportError(
                        line: line, column: nil,
                        problem: Messages.csvChangedBeforeCreated(
                            Timestamp(seconds: movedAt).iso8601,
                            Timestamp(seconds: record.created).iso8601))
                }
                lines.append(Int32(clamping: line))
                if movedAt != missing, first != stage, record.created == missing || movedAt > record.created {
                    record.stage = first
                    store.appendRecord(record)
                    store.appendEvent(
                        LedgerEvent(record: r, from: noStage, to: first, at: record.created, cause: .create))
                    store.appendEvent(LedgerEvent(record: r, from: first, to: stage, at: movedAt, cause: .import))
                    do {
                        try Moves.check(id: id, from: first, to: stage, request: .explicit, pipeline: pipeline, at: nil)
                    } catch { refused += 1 }
                } else {
                    if movedAt != missing && record.created != missing && movedAt < record.created {
                        throw ImportError(
                            line: line, column: nil,
                            problem: Messages.csvChangedBeforeCreated(
                                Timestamp(seconds: movedAt).iso8601,
                                Timestamp(seconds: record.created).iso8601))
                    }
                    store.appendRecord(record)
                    store.appendEvent(
                        LedgerEvent(record: r, from: noStage, to: stage, at: record.created, cause: .create))
                }
                added += 1
                if added == 1_024 { reserveForRest(&store, reader, added: added, firstSlot: firstNew) }
                if added & 0xFFFF == 0 && Cancellation.isRequested() { throw Interrupted() }
            } catch let e as ImportError {
                guard options.dryRun else { throw e }
                problems.add(e)
            }
        }
        var result = Result(store: store, count: added, refusedMoves: refused, problems: problems, firstSlot: firstNew)
        if !stages.created.isEmpty {
            result.pipeline = stages.pipeline
            result.createdStages = stages.created.map { stages.pipeline[$0].name }
        }
        return result
    }
}
