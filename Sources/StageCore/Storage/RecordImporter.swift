import Foundation

/// `import records`: reads a records CSV into a new store, all or nothing.
enum RecordImporter {
    struct Result {
        var store: RecordStore
        var count: Int
        var refusedMoves: Int
        /// The pipeline with the stages `create stages` added, if it added any.
        var pipeline: Pipeline?
        var createdStages: [String] = []
        /// In a dry run: the problems found, grouped.
        var problems = ImportProblems()
        /// What was adjusted to take the file as the CRM had it.
        var adjustments = ImportAdjustments()
        /// The first record slot this import added.
        var firstSlot = 0
    }

    /// The fields a records file may have, by the column names that carry them.
    static let fields: [ColumnMap.FieldSpec] = [
        .init(name: "id", names: ["id"]), .init(name: "kind", names: ["kind"]), .init(name: "name", names: ["name"]),
        .init(name: "account", names: ["account"]), .init(name: "owner", names: ["owner"]),
        .init(name: "source", names: ["source"]), .init(name: "value", names: ["value"]), .init(name: "stage", names: ["stage"]),
        .init(name: "created", names: ["created_at", "created"]),
        .init(name: "changed", names: ["updated_at", "updated", "changed"]),
        .init(name: "closed", names: ["closed_at", "closed", "close_date"]),
        .init(name: "expected_close", names: ["expected_close"]),
        .init(name: "currency", names: ["currency", "currency_code", "currencyisocode"]),
        .init(name: "active", names: ["active"]), .init(name: "reason", names: ["reason", "lost_reason"]),
    ]

    /// Sizes the columns for the rest of the file from its first rows, so a
    /// million records neither regrow their arrays nor rehash.
    ///
    /// The first of two parts sizes them for the whole file, since the second
    /// is appended to it.
    private static func reserveForRest(_ store: inout RecordStore, _ reader: CSVReader) {
        let read = reader.consumed - reader.start
        let total = reader.size - reader.start
        guard read > 0, total > read else { return }
        let rows = Int(Double(store.slotCount) * Double(total) / Double(read) * 1.02) + 16
        let nameBytes = (store.names.byteCount / max(1, store.slotCount)) + 2
        store.reserve(records: rows, events: rows * 2, nameBytes: nameBytes)
    }

    /// The columns of a records file.
    struct Columns: Sendable {
        let id: Int, stage: Int
        let name: Int?, kind: Int?, account: Int?, owner: Int?, source: Int?, value: Int?
        let created: Int?, changed: Int?, closed: Int?, expected: Int?, currency: Int?
        /// Odoo's archived flag (a lost deal stays in its stage, archived) and the lost reason.
        let active: Int?, reason: Int?
        let custom: [Int]
        /// The `entered(STAGE)` columns and their stage labels.
        let entered: [(column: Int, stage: String)]
        let headers: [String]
        /// The name each custom column is kept under.
        let customNames: [String]
    }

    /// What one worker read: a stretch of the file's records in a store of
    /// their own (pool codes its own too), with the line each came from.
    struct Part {
        var store = RecordStore()
        var lines: [Int32] = []
        var stages: ImportFields.StageCache
        var refused = 0
        var problems = ImportProblems()
        var adjustments = ImportAdjustments()
        /// With `create stages`: per stage, the days from creation to entry of the records moved into it, summed, and how many.
        var entryDays: [StageID: (sum: Double, count: Int)] = [:]
        /// The first failure, after which the worker stopped.
        var failure: (any Error)?
        /// The line after the last row read.
        var endLine = 1
    }

    /// What a row's kind column says.
    enum KindText: Equatable { case absent, kind(RecordKind), unknown }

    static func kind(_ b: UnsafeBufferPointer<UInt8>) -> KindText {
        if b.isEmpty { return .absent }
        if FieldText.isWord(b, "lead") { return .kind(.lead) }
        if FieldText.isWord(b, "opportunity") || FieldText.isWord(b, "opp") { return .kind(.opportunity) }
        return .unknown
    }

    static func run(path: String, into w: Workspace, options: ImportOptions) throws -> Result {
        let file = try ImportFile.open(path, options)
        return try file.mappingRows { try run(file.reader, into: w, options: options) }
    }

    private static func run(_ reader: CSVReader, into w: Workspace, options: ImportOptions) throws -> Result {
        var row = CSVRow()
        try ImportFields.header(reader, &row)
        let map = try ColumnMap(
            header: row, fields: fields, mapping: options.mapping, preset: options.presetColumns,
            entered: true, hubSpotEntered: options.preset?.hubSpotEntered ?? false)
        let required = try map.require(["id", "stage"])
        let columns = Columns(
            id: required[0], stage: required[1],
            name: map.index("name"), kind: map.index("kind"), account: map.index("account"), owner: map.index("owner"),
            source: map.index("source"), value: map.index("value"), created: map.index("created"),
            changed: map.index("changed"), closed: map.index("closed"), expected: map.index("expected_close"),
            currency: map.index("currency"), active: map.index("active"), reason: map.index("reason"),
            custom: map.custom, entered: map.entered, headers: map.headers, customNames: map.customNames)
        let base = w.store
        let stages = ImportFields.StageCache(pipeline: w.pipeline, options: options)
        var (part, second) = CSVSplit.parts(
            after: reader, allowed: !options.dryRun && !options.createStages,
            { read($0, columns, base, stages, options) },
            failed: { Part(stages: stages, failure: $0) })
        if let failure = part.failure { throw failure }
        var store = base
        let firstNew = store.slotCount
        // Into an empty session the first part is the store as it is; else its
        // records are appended (a part checked its ids against the session's).
        let count0 = part.store.slotCount
        if base.slotCount == 0 && base.pool.count == 1 && base.customFieldNames.isEmpty {
            // Moved, not copied: the part keeps no reference that would make appends copy.
            swap(&store, &part.store)
        } else {
            _ = store.append(moving: &part.store)
        }
        for c in columns.custom { store.noteCustomField(key: Names.key(columns.customNames[c]), display: columns.customNames[c]) }
        var count = count0, refused = part.refused
        var adjustments = part.adjustments
        if var second = second.take() {
            // Lines of the second part count on from the first's.
            let offset = part.endLine - 1
            let count1 = second.store.slotCount
            if let (row, slot) = store.append(moving: &second.store) {
                throw ImportError(
                    line: Int(second.lines[row]) + offset, column: columns.headers[columns.id],
                    problem: Message.csvDuplicateIdInFile(store.ids[Int(slot)], Int(part.lines[Int(slot) - firstNew])))
            }
            if let failure = second.failure { throw CSVSplit.shifted(failure, by: offset) }
            count += count1
            refused += second.refused
            adjustments.merge(second.adjustments, lineOffset: offset)
        }
        var result = Result(
            store: store, count: count, refusedMoves: refused, problems: part.problems,
            adjustments: adjustments, firstSlot: firstNew)
        if !part.stages.created.isEmpty {
            part.stages.orderCreated(by: part.entryDays.mapValues { $0.sum / Double($0.count) })
            result.pipeline = part.stages.pipeline
            result.createdStages = part.stages.created.map { part.stages.pipeline[$0].name }
        }
        return result
    }

    /// Reads rows until the reader stops, into a part; a dry run notes each bad row and goes on, else the first failure ends the part.
    ///
    /// An id the session has (`base`) or the part has already is a failure.
    private static func read(
        _ reader: CSVReader, _ c: Columns, _ base: RecordStore, _ stageCache: ImportFields.StageCache,
        _ options: ImportOptions
    ) -> Part {
        var part = Part(stages: stageCache)
        var row = CSVRow()
        // Plain locals: the loop then copies no struct (and retains no array) per row.
        let headers = c.headers, custom = c.custom, customNames = c.customNames
        let cId = c.id, cName = c.name, cStage = c.stage, cKind = c.kind
        let cAccount = c.account, cOwner = c.owner, cSource = c.source, cValue = c.value
        let cCreated = c.created, cChanged = c.changed, cClosed = c.closed, cExpected = c.expected
        var pooled = ImportFields.PooledNames()
        let idText = NFCText(), nameText = NFCText()
        var dateReader = DateReader(
            format: options.dates, input: reader.input, delimiter: reader.delimiter,
            dayFirstWhenAmbiguous: options.dayFirstWhenAmbiguous)
        var verdicts = MoveVerdicts(stageCache.pipeline)
        // Each entered column's stage, looked up at its first date: a HubSpot
        // export has a column for every stage of every pipeline, most of them empty.
        var enteredStages = [StageID?](repeating: nil, count: c.entered.count)
        var entries: [(at: Int64, stage: StageID)] = []
        do {
            while try ImportFields.next(reader, &row, options, &part.problems) {
                do {
                    let line = row.line
                    try ImportFields.checkWidth(row, headers)
                    try ImportFields.noteNULs(row, options, &part.adjustments)
                    guard !row.isEmpty(cId) else {
                        throw ImportError(line: line, column: headers[cId], problem: Message.csvEmptyId)
                    }
                    let id = try idText.bytes(row, cId, headers[cId])
                    if let slot = base.ids.slot(of: id) {
                        throw ImportError(line: line, column: headers[cId], problem: Message.duplicateId(base.ids[Int(slot)]))
                    }
                    if let slot = part.store.ids.slot(of: id) {
                        let id = part.store.ids[Int(slot)]
                        throw ImportError(
                            line: line, column: headers[cId],
                            problem: Message.csvDuplicateIdInFile(id, Int(part.lines[Int(slot)])))
                    }
                    let kindText = cKind.map { RecordImporter.kind(row.field($0)) } ?? .absent
                    // Only a stage `create stages` adds needs the row's kind up front.
                    var kindHint: RecordKind?
                    if options.createStages, case .kind(let k) = kindText { kindHint = k }
                    var stage = try part.stages.stage(row, cStage, headers[cStage], kind: kindHint)
                    // Odoo marks a lost deal by archiving it where it stood: it is lost from that stage.
                    var lostFrom: StageID?
                    if let k = c.active, ["false", "0", "no"].contains(row.string(k).lowercased()),
                        let lost = part.stages.pipeline.closedStage(part.stages.pipeline[stage].kind, .lost)
                            ?? part.stages.pipeline.closedStage(.opportunity, .lost),
                        !part.stages.pipeline[stage].isClosed
                    {
                        lostFrom = stage
                        stage = lost
                    }
                    let pipeline = part.stages.pipeline
                    let kind = pipeline[stage].kind
                    if let cKind, kindText != .absent && kindText != .kind(kind) {
                        throw ImportError(
                            line: line, column: headers[cKind],
                            problem: Message.csvKindMismatch(row.string(cKind), pipeline[stage].name, kind.name))
                    }
                    var record = RecordRow(id: "", name: "", stage: stage)
                    if let k = cAccount { record.account = try pooled.code(row, k, headers[k], &part.store) }
                    if let k = cOwner { record.owner = try pooled.code(row, k, headers[k], &part.store) }
                    if let k = cSource { record.source = try pooled.code(row, k, headers[k], &part.store) }
                    var currency: String?
                    if let k = cValue, !row.isEmpty(k) {
                        record.value = try ImportFields.amount(row, k, headers[k], options, &part.adjustments, currency: &currency)
                    }
                    if let k = c.currency, !row.isEmpty(k) {
                        let text = try ImportFields.utf8(row, k, headers[k])
                        guard let code = Currency.code(text) else {
                            throw ImportError(
                                line: line, column: headers[k], problem: Message.notACurrency(text),
                                hints: [Message.hintCurrencies], group: "currency")
                        }
                        currency = code
                    }
                    if let currency { record.currency = part.store.internName(currency) }
                    record.created = try dateReader.time(row, cCreated, cCreated.map { headers[$0] } ?? "")
                    record.expectedClose = try dateReader.time(row, cExpected, cExpected.map { headers[$0] } ?? "")
                    var closedAt = try dateReader.time(row, cClosed, cClosed.map { headers[$0] } ?? "")
                    var changedAt = try dateReader.time(row, cChanged, cChanged.map { headers[$0] } ?? "")
                    // Salesforce and HubSpot: an open deal's close date is when it should close.
                    if options.openCloseIsExpected && !pipeline[stage].isClosed && closedAt != missing {
                        if record.expectedClose == missing { record.expectedClose = closedAt }
                        closedAt = missing
                    }
                    for k in custom where !row.isEmpty(k) {
                        record.custom[Names.key(customNames[k])] = try ImportFields.utf8(row, k, headers[k])
                    }
                    // A CRM keeps a close or change dated before the creation (a
                    // back-dated deal, a date-only close on the day it was created):
                    // it happened at the creation, as far as a ledger can tell.
                    var adjusted = false
                    if record.created != missing {
                        for (k, at) in [(cClosed, closedAt), (cChanged, changedAt)] where at != missing && at < record.created {
                            let dateOnly = k.map { !FieldText.hasTime(row.field($0)) } ?? false
                            let sameDay = dateOnly && at / 86_400 == record.created / 86_400
                            try ImportFields.adjust(
                                sameDay ? .closedOnCreationDay : .closedBeforeCreation, row, k.map { headers[$0] },
                                detail: .verbatim(Timestamp(seconds: at).iso8601), options, &part.adjustments)
                            adjusted = true
                        }
                        if closedAt != missing && closedAt < record.created { closedAt = record.created }
                        if changedAt != missing && changedAt < record.created { changedAt = record.created }
                    }
                    // The ledger the row implies: created into the first stage of its
                    // kind, then the move into its stage at the time it last changed
                    // (its close date, for a closed record); else created into its stage.
                    let movedAt =
                        pipeline[stage].isClosed && closedAt != missing
                        ? closedAt : (changedAt != missing ? changedAt : closedAt)
                    let first = pipeline.firstStage(kind) ?? stage
                    let r = Int32(part.store.slotCount)
                    entries.removeAll(keepingCapacity: true)
                    if let lostFrom { entries.append((changedAt != missing && changedAt < movedAt ? changedAt : record.created, lostFrom)) }
                    for (k, e) in c.entered.enumerated() where !row.isEmpty(e.column) {
                        let at = try dateReader.time(row, e.column, headers[e.column])
                        if enteredStages[k] == nil {
                            enteredStages[k] = try part.stages.stage(label: e.stage, line: line, column: headers[e.column], kind: kind)
                        }
                        entries.append((at, enteredStages[k]!))
                    }
                    let implied =
                        entries.isEmpty && movedAt != missing && first != stage
                        && (record.created == missing || movedAt > record.created || (adjusted && pipeline[stage].isClosed))
                    if implied { record.stage = first }
                    var steps: [EnteredLedger.Step] = []
                    if !entries.isEmpty {
                        let built = EnteredLedger.steps(
                            entries: entries, created: record.created, current: stage, movedAt: movedAt,
                            pipeline: part.stages.pipeline)
                        if built.clamped {
                            try ImportFields.adjust(.closedBeforeCreation, row, nil, detail: Message.enteredDates, options, &part.adjustments)
                        }
                        steps = built.steps
                        record.stage = steps[0].to
                    }
                    if implied && options.createStages && record.created != missing {
                        part.entryDays[stage, default: (0, 0)].sum += Double(movedAt - record.created) / 86_400
                        part.entryDays[stage, default: (0, 0)].count += 1
                    }
                    var name = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                    if let cName { name = try nameText.bytes(row, cName, headers[cName]) }
                    if name.isEmpty {
                        try ImportFields.adjust(.nameMissing, row, cName.map { headers[$0] }, detail: .verbatim(""), options, &part.adjustments)
                    }
                    part.store.appendRecord(record, id: id, name: name)
                    part.lines.append(Int32(clamping: line))
                    if !steps.isEmpty {
                        let pipeline = part.stages.pipeline
                        if verdicts.pipeline.stages.count != pipeline.stages.count { verdicts = MoveVerdicts(pipeline) }
                        // Why it was lost, on the move that lost it.
                        var reason: UInt32 = 0
                        if let k = c.reason, !row.isEmpty(k), pipeline[stage].outcome == .lost {
                            reason = part.store.intern(try ImportFields.utf8(row, k, headers[k]))
                        }
                        for (n, step) in steps.enumerated() {
                            part.store.appendEvent(
                                LedgerEvent(
                                    record: r, from: step.from, to: step.to, at: step.at, cause: step.cause,
                                    reason: n == steps.count - 1 ? reason : 0))
                            if step.cause == .import && !verdicts.allows(from: step.from, to: step.to) { part.refused += 1 }
                            if options.createStages && step.from != noStage && record.created != missing {
                                part.entryDays[step.to, default: (0, 0)].sum += Double(step.at - record.created) / 86_400
                                part.entryDays[step.to, default: (0, 0)].count += 1
                            }
                        }
                    } else if implied {
                        part.store.appendEvent(
                            LedgerEvent(record: r, from: noStage, to: first, at: record.created, cause: .create))
                        part.store.appendEvent(LedgerEvent(record: r, from: first, to: stage, at: movedAt, cause: .import))
                        // `create stages` may have changed the pipeline since the last verdict.
                        if verdicts.pipeline.stages.count != pipeline.stages.count { verdicts = MoveVerdicts(pipeline) }
                        if !verdicts.allows(from: first, to: stage) { part.refused += 1 }
                    } else {
                        part.store.appendEvent(
                            LedgerEvent(record: r, from: noStage, to: stage, at: record.created, cause: .create))
                    }
                    let added = part.store.slotCount
                    if added == 1_024 { reserveForRest(&part.store, reader) }
                    if added & 0xFFFF == 0 && options.cancellation.isRequested { throw Interrupted() }
                } catch let e as ImportError {
                    guard options.dryRun else { throw e }
                    part.problems.add(e)
                }
            }
        } catch {
            part.failure = error
        }
        // The rows' NFC bytes may have been in these buffers up to the last row.
        withExtendedLifetime((idText, nameText)) {}
        part.endLine = reader.currentLine
        return part
    }
}
