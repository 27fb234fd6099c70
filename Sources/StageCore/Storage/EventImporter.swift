import Foundation

/// `import events`: replaces the ledger of each record a stage-events CSV names.
enum EventImporter {
    struct Result {
        var store: RecordStore
        var count: Int
        var records: Int
        var refusedMoves: Int
        var pipeline: Pipeline?
        var createdStages: [String] = []
        var problems = ImportProblems()
        /// Rows read per `to_stage`, for a dry run.
        var perStage: [(StageID, Int)] = []
        var adjustments = ImportAdjustments()
        /// The field events the rows' tracked fields gave.
        var fieldEvents = 0
    }

    /// The fields an events file may have, by the column names that carry them.
    static let fields: [ColumnMap.FieldSpec] =
        [
            .init(name: "record_id", names: ["record_id"], aliases: ["id"]),
            .init(name: "from_stage", names: ["from_stage"]), .init(name: "to_stage", names: ["to_stage"]),
            .init(name: "changed_at", names: ["changed_at"], aliases: ["changed"]),
            .init(name: "cause", names: ["cause"]), .init(name: "reason", names: ["reason"]),
        ] + HistoryState.specs

    /// The file line of each event read, stored only where it does not follow
    /// from the previous one (blank lines, quoted line breaks, skipped rows).
    struct LineMap: Sendable {
        private var jumps: [(event: Int32, line: Int32)] = []

        mutating func note(event: Int, line: Int) {
            if let last = jumps.last, Int(last.line) + (event - Int(last.event)) == line { return }
            jumps.append((Int32(event), Int32(clamping: line)))
        }

        func line(of event: Int) -> Int {
            var lo = 0, hi = jumps.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if Int(jumps[mid].event) <= event { lo = mid } else { hi = mid - 1 }
            }
            return Int(jumps[lo].line) + event - Int(jumps[lo].event)
        }

        /// Appends another part's lines, its events and lines counted on from ours.
        mutating func append(_ other: LineMap, events: Int, lines: Int) {
            for j in other.jumps { note(event: events + Int(j.event), line: lines + Int(j.line)) }
        }
    }

    /// The columns of an events file.
    struct Columns: Sendable {
        let record: Int, to: Int, at: Int
        /// Without a from-stage column, each row is the state after a change
        /// (Salesforce's OpportunityHistory): the from-stage is the previous row's.
        let from: Int?
        let cause: Int?, reason: Int?
        let headers: [String]
        /// The tracked fields the rows carry, if any.
        let state: [(field: TrackedField, column: Int)]
    }

    /// What one worker read: a stretch of the file's events in file order,
    /// already in the ledger's columns, with lines counted from its start.
    struct Part {
        var events = RecordStore.Ledger()
        var lines = LineMap()
        /// Reason texts by local code − 1, made pool codes when the parts are joined.
        var reasons: [String] = []
        var stages: ImportFields.StageCache
        var state: HistoryState
        var problems = ImportProblems()
        var adjustments = ImportAdjustments()
        /// The first failure, after which the worker stopped.
        var failure: (any Error)?
        /// The line after the last row read.
        var endLine = 1

        init(stages: ImportFields.StageCache, state: [(field: TrackedField, column: Int)], failure: (any Error)? = nil) {
            self.stages = stages
            self.state = HistoryState(fields: state)
            self.failure = failure
        }
    }

    static func run(path: String, into w: Workspace, options: ImportOptions) throws -> Result {
        let file = try ImportFile.open(path, options)
        return try file.mappingRows { try run(file.reader, into: w, options: options) }
    }

    private static func run(_ reader: CSVReader, into w: Workspace, options: ImportOptions) throws -> Result {
        var row = CSVRow()
        try ImportFields.header(reader, &row)
        let map = try ColumnMap(header: row, fields: fields, mapping: options.mapping, preset: options.presetColumns)
        if map.index("to_stage") == nil {
            let fieldMap = try ColumnMap(
                header: row, fields: FieldHistoryImporter.fields, mapping: options.mapping,
                preset: options.presetColumns)
            if FieldHistoryImporter.matches(fieldMap) {
                return try FieldHistoryImporter.run(reader, fieldMap, into: w, options: options)
            }
        }
        let required = try map.require(["record_id", "to_stage", "changed_at"])
        let columns = Columns(
            record: required[0], to: required[1], at: required[2], from: map.index("from_stage"),
            cause: map.index("cause"), reason: map.index("reason"), headers: map.headers, state: HistoryState.columns(map))
        var store = w.store
        let stages = ImportFields.StageCache(pipeline: w.pipeline, options: options)
        let base = store
        var (part, second) = CSVSplit.parts(
            after: reader, allowed: !options.dryRun && !options.createStages,
            { read($0, columns, base, stages, options) },
            failed: { Part(stages: stages, state: columns.state, failure: $0) })
        // Taken out, so the second part is freed as soon as it is joined.
        if let rest = second.take(), part.failure == nil { join(&part, rest) }
        if let failure = part.failure { throw failure }
        part.state.intern(into: &store)
        let codes = part.reasons.map { store.intern($0) }
        if !codes.isEmpty {
            for e in part.events.reason.indices where part.events.reason[e] != 0 {
                part.events.reason[e] = codes[Int(part.events.reason[e]) - 1]
            }
        }
        if !part.stages.created.isEmpty { part.stages.orderCreated(by: entryDays(part.events, slots: store.slotCount)) }
        let pipeline = part.stages.pipeline
        let count = part.events.count
        var perStage: [(StageID, Int)] = []
        if options.dryRun {
            var counts: [StageID: Int] = [:]
            for t in part.events.to { counts[t, default: 0] += 1 }
            perStage = pipeline.liveStages.compactMap { s in counts[s].map { (s, $0) } }
        }
        var problems = part.problems
        var result: Result
        do {
            result = try rebuild(
                &store, part.events, &part.state, part.lines, pipeline: pipeline, derivesFrom: columns.from == nil,
                headers: (columns.from.map { columns.headers[$0] } ?? columns.headers[columns.to], columns.headers[columns.to]))
        } catch {
            guard options.dryRun else { throw error }
            problems.add(error)
            result = Result(store: store, count: count, records: 0, refusedMoves: 0)
        }
        result.problems = problems
        result.adjustments.merge(part.adjustments, lineOffset: 0)
        result.perStage = perStage
        if !part.stages.created.isEmpty {
            result.pipeline = pipeline
            result.createdStages = part.stages.created.map { pipeline[$0].name }
        }
        return result
    }

    /// Appends the second part to the first: its events, its lines counted
    /// on, its reasons coded on; its failure, if any, becomes the import's.
    private static func join(_ first: inout Part, _ second: Part) {
        if let failure = second.failure {
            first.failure = CSVSplit.shifted(failure, by: first.endLine - 1)
            return
        }
        first.lines.append(second.lines, events: first.events.count, lines: first.endLine - 1)
        first.state.append(second.state)
        first.adjustments.merge(second.adjustments, lineOffset: first.endLine - 1)
        var events = second.events
        let base = UInt32(first.reasons.count)
        if base > 0 {
            for e in events.reason.indices where events.reason[e] != 0 { events.reason[e] += base }
        }
        first.reasons += second.reasons
        first.events.append(contentsOf: events)
        first.endLine += second.endLine - 1
    }

    /// Reads rows until the reader stops, into a part; a dry run notes each
    /// bad row and goes on, else the first failure ends the part.
    private static func read(
        _ reader: CSVReader, _ c: Columns, _ store: RecordStore, _ stages: ImportFields.StageCache,
        _ options: ImportOptions
    ) -> Part {
        var part = Part(stages: stages, state: c.state)
        var row = CSVRow()
        var ownerCodes = ByteInterner()
        let ownerText = NFCText()
        var dateReader = DateReader(
            format: options.dates, input: reader.input, delimiter: reader.delimiter,
            dayFirstWhenAmbiguous: options.dayFirstWhenAmbiguous)
        var reasons = ByteInterner()
        let idText = NFCText(), reasonText = NFCText()
        var lastId: [UInt8] = []
        var lastSlot: Int32 = -1
        let headers = c.headers
        do {
            while try ImportFields.next(reader, &row, options, &part.problems) {
                do {
                    let line = row.line
                    try ImportFields.checkWidth(row, headers)
                    try ImportFields.noteNULs(row, options, &part.adjustments)
                    // Events of one record usually come together: reuse the last lookup.
                    let idBytes = row.field(c.record)
                    if !(lastSlot >= 0 && lastId.elementsEqual(idBytes)) {
                        guard let slot = store.ids.slot(of: try idText.bytes(row, c.record, headers[c.record])) else {
                            let id = try ImportFields.utf8(row, c.record, headers[c.record])
                            throw ImportError(
                                line: line, column: headers[c.record], problem: Message.unknownRecord(id),
                                hints: [Message.hintImportRecordsFirst], group: "unknown record")
                        }
                        lastSlot = slot
                        lastId = Array(idBytes)
                    }
                    // Without a from-stage column, `rebuild` fills it in from the previous row.
                    let from = c.from.map { row.isEmpty($0) } ?? true ? noStage : try part.stages.stage(row, c.from!, headers[c.from!])
                    let to = try part.stages.stage(row, c.to, headers[c.to])
                    let at = try dateReader.time(row, c.at, headers[c.at])
                    var cause: Cause = from == noStage ? .create : .import
                    if let k = c.cause, !row.isEmpty(k) {
                        guard let given = Cause(utf8: row.field(k)) else {
                            throw ImportError(
                                line: line, column: headers[k], problem: Message.csvUnknownCause(row.string(k)),
                                hints: [Message.hintOneOf(Cause.allCases.map(\.name))])
                        }
                        cause = given
                    }
                    let pipeline = part.stages.pipeline
                    if cause == .import && from != noStage && pipeline[from].kind != pipeline[to].kind { cause = .convert }
                    var reason: UInt32 = 0
                    if let k = c.reason, !row.isEmpty(k) {
                        let b = try reasonText.bytes(row, k, headers[k])
                        if let code = reasons.code(of: b) {
                            reason = code
                        } else {
                            part.reasons.append(String(decoding: b, as: UTF8.self))
                            reason = UInt32(part.reasons.count)
                            reasons.add(b, code: reason)
                        }
                    }
                    if !part.state.isEmpty {
                        try part.state.read(
                            row, headers: headers, dates: &dateReader, options: options,
                            adjustments: &part.adjustments, ownerCodes: &ownerCodes, ownerText: ownerText)
                    }
                    part.lines.note(event: part.events.count, line: line)
                    part.events.append(LedgerEvent(record: lastSlot, from: from, to: to, at: at, cause: cause, reason: reason))
                    if part.events.count == 1_024 { reserveForRest(&part.events, reader) }
                    if part.events.count & 0xFFFF == 0 && options.cancellation.isRequested { throw Interrupted() }
                } catch let e as ImportError {
                    guard options.dryRun else { throw e }
                    part.problems.add(e)
                    part.state.truncate(to: part.events.count)
                    // Look the next row's record up afresh.
                    lastSlot = -1
                }
            }
        } catch {
            part.failure = error
        }
        // The rows' NFC bytes may have been in these buffers up to the last row.
        withExtendedLifetime((idText, reasonText, ownerText)) {}
        part.endLine = reader.currentLine
        return part
    }

    /// Per stage entered, the mean days from a record's first event to its entries into it.
    private static func entryDays(_ events: RecordStore.Ledger, slots: Int) -> [StageID: Double] {
        var first = [Int64](repeating: .max, count: slots)
        for e in events.record.indices { first[Int(events.record[e])] = min(first[Int(events.record[e])], events.at[e]) }
        var sums: [StageID: (sum: Double, count: Int)] = [:]
        for e in events.record.indices where events.at[e] != missing && first[Int(events.record[e])] != missing {
            sums[events.to[e], default: (0, 0)].sum += Double(events.at[e] - first[Int(events.record[e])]) / 86_400
            sums[events.to[e], default: (0, 0)].count += 1
        }
        return sums.mapValues { $0.sum / Double($0.count) }
    }

    /// Sizes the event columns for the whole file from its first rows.
    private static func reserveForRest(_ events: inout RecordStore.Ledger, _ reader: CSVReader) {
        let read = reader.consumed - reader.start
        let total = (reader.limit ?? reader.size) - reader.start
        guard read > 0, total > read else { return }
        events.reserve(Int(Double(events.count) * Double(total) / Double(read) * 1.02) + 16)
    }

    /// Puts the file's events in ledger order — each record's events together,
    /// by time, file order breaking ties — checks each record's chain, and
    /// replaces the ledger of the records the file names; the others keep theirs.
    ///
    /// A file that already lists each record's events together and in time
    /// order (an export does) is used as it is, without a second copy.
    static func rebuild(
        _ store: inout RecordStore, _ file: RecordStore.Ledger, _ state: inout HistoryState, _ lines: LineMap, pipeline: Pipeline,
        derivesFrom: Bool, headers: (String, String)
    ) throws(ImportError) -> Result {
        let slots = store.slotCount
        var events = file
        // Where each event was in the file, when the events had to be reordered.
        var origin: [Int32]?
        if !isGrouped(events, slots: slots) {
            let order = groupedOrder(events, slots: slots)
            events = events.permuted(order)
            if !state.isEmpty { state = state.permuted(order) }
            origin = order
        }
        var (adjustments, fieldEvents) = chain(
            &events, &origin, state, store: store, derivesFrom: derivesFrom,
            pipeline: pipeline, line: { e in lines.line(of: e) })
        // The rows' state is in the field events now: freed before the new ledger is built.
        let carriesState = !state.isEmpty
        state = HistoryState(fields: [])
        var refused = 0
        var verdicts = MoveVerdicts(pipeline)
        var recordCount = 0
        var firstError: ImportError?
        var named = [Bool](repeating: false, count: slots)
        var lo = 0
        while lo < events.count {
            let r = Int(events.record[lo])
            var hi = lo + 1
            while hi < events.count && Int(events.record[hi]) == r { hi += 1 }
            named[r] = true
            recordCount += 1
            do {
                refused += try check(
                    record: r, lo..<hi, events, store: store, pipeline: pipeline, verdicts: &verdicts, headers: headers,
                    line: { e in lines.line(of: origin.map { Int($0[e]) } ?? e) })
            } catch {
                // Report the problem that comes first in the file, not in record order.
                if firstError.map({ error.line < $0.line }) ?? true { firstError = error }
            }
            store.setCreated(r, events.at[lo])
            lo = hi
        }
        if let firstError { throw firstError }
        origin = nil
        let imported = events.count
        // The records the file does not name keep their events; those it names
        // keep their field events only when it carries no state of its own.
        for e in 0..<store.eventCount where !named[Int(store.eventRecord[e])] { events.append(store.event(e)) }
        store.replaceLedger(events)
        if carriesState {
            let old = store.fieldEvents
            var kept = FieldLedger()
            for i in 0..<old.count where !named[Int(old.record[i])] { kept.append(old[i]) }
            kept.append(fieldEvents, recordOffset: 0)
            store.fieldEvents = kept
        }
        let fieldCount = fieldEvents.count
        return Result(
            store: store, count: imported, records: recordCount, refusedMoves: refused,
            adjustments: adjustments, fieldEvents: fieldCount)
    }

    /// Links each record's rows into a chain of stage changes, and reads
    /// their tracked fields into field events.
    ///
    /// Per record, in time order: a row whose stage differs from the row
    /// before is a stage change (without a from-stage column, from the stage
    /// of that row); a field that differs is a field event; a row that
    /// changes nothing is skipped and counted. A record whose last row's
    /// fields differ from the records file is counted: the records file
    /// holds the current values. `events` are grouped by record and in time
    /// order; `origin` maps them to file order and follows the rows dropped.
    private static func chain(
        _ events: inout RecordStore.Ledger, _ origin: inout [Int32]?, _ state: HistoryState, store: RecordStore,
        derivesFrom: Bool, pipeline: Pipeline, line: (Int) -> Int
    ) -> (ImportAdjustments, FieldLedger) {
        var adjustments = ImportAdjustments()
        var fieldEvents = FieldLedger()
        // Rows kept move down over the dropped ones, in place: a big history is not copied again.
        var w = 0
        var previous = noStage
        var previousRecord: Int32 = -1
        let n = events.count
        for e in 0..<n {
            let r = events.record[e]
            let first = r != previousRecord
            previousRecord = r
            let last = e == n - 1 || events.record[e + 1] != r
            let fileEvent = origin.map { Int($0[e]) } ?? e
            var keep = true
            if first {
                if derivesFrom { events.cause[e] = Cause.create.rawValue }
            } else {
                let to = events.to[e]
                let from = derivesFrom ? previous : events.from[e]
                let changed = !state.isEmpty && state.appendChanges(e, after: e - 1, record: r, at: events.at[e], to: &fieldEvents)
                if to == previous && from == previous {
                    keep = false
                    if !changed { adjustments.note(.unchangedRow, line: line(fileEvent)) }
                } else if derivesFrom {
                    events.from[e] = from
                    let converts = pipeline[from].kind != pipeline[to].kind
                    events.cause[e] = (converts ? Cause.convert : Cause.import).rawValue
                }
            }
            if last && !state.isEmpty && state.disagrees(e, with: store, record: Int(r)) {
                adjustments.note(.historyDisagrees, line: line(fileEvent))
            }
            guard keep else {
                if origin == nil { origin = (0..<Int32(n)).map { $0 } }
                continue
            }
            previous = events.to[e]
            if w != e {
                events.move(e, to: w)
                origin![w] = origin![e]
            }
            w += 1
        }
        if w < n {
            events.truncate(to: w)
            origin!.removeLast(n - w)
        }
        return (adjustments, fieldEvents)
    }

    /// Whether each record's events come together and in time order.
    private static func isGrouped(_ events: RecordStore.Ledger, slots: Int) -> Bool {
        var seen = [Bool](repeating: false, count: slots)
        for e in events.record.indices {
            let r = Int(events.record[e])
            if e > 0 && events.record[e - 1] == Int32(r) {
                if events.at[e] < events.at[e - 1] { return false }
            } else {
                if seen[r] { return false }
                seen[r] = true
            }
        }
        return true
    }

    /// The events' indices grouped by record (a counting sort by slot), by
    /// time within each record (a stable insertion sort: a record has a handful).
    private static func groupedOrder(_ events: RecordStore.Ledger, slots: Int) -> [Int32] {
        var fill = [Int32](repeating: 0, count: slots + 1)
        for s in events.record { fill[Int(s) + 1] += 1 }
        for i in 0..<slots { fill[i + 1] += fill[i] }
        let starts = fill
        var order = [Int32](repeating: 0, count: events.count)
        for (i, s) in events.record.enumerated() {
            order[Int(fill[Int(s)])] = Int32(i)
            fill[Int(s)] += 1
        }
        for r in 0..<slots where starts[r + 1] - starts[r] > 1 {
            let lo = Int(starts[r]), hi = Int(starts[r + 1])
            for i in (lo + 1)..<hi {
                let e = order[i]
                var j = i - 1
                while j >= lo && events.at[Int(order[j])] > events.at[Int(e)] {
                    order[j + 1] = order[j]
                    j -= 1
                }
                order[j + 1] = e
            }
        }
        return order
    }

    /// Checks one record's events (in time order): a creation first, an
    /// unbroken chain, and an end in the record's stage; counts the moves the
    /// policy would refuse.
    private static func check(
        record r: Int, _ range: Range<Int>, _ p: RecordStore.Ledger, store: RecordStore,
        pipeline: Pipeline, verdicts: inout MoveVerdicts, headers: (String, String), line: (Int) -> Int
    ) throws(ImportError) -> Int {
        var refused = 0
        let first = range.lowerBound
        guard p.from[first] == noStage else {
            throw ImportError(line: line(first), column: headers.0, problem: Message.csvNoCreation(store.ids[r]))
        }
        for e in range.dropFirst() {
            guard p.from[e] != noStage else {
                throw ImportError(line: line(e), column: headers.0, problem: Message.csvSecondCreation(store.ids[r]))
            }
            guard p.from[e] == p.to[e - 1] else {
                throw ImportError(
                    line: line(e), column: headers.0,
                    problem: Message.csvBrokenChain(store.ids[r], pipeline[p.from[e]].name, pipeline[p.to[e - 1]].name))
            }
            if pipeline[p.from[e]].kind == .lead && pipeline[p.to[e]].kind == .opportunity {
                continue  // a conversion, which no policy refuses
            }
            if !verdicts.allows(from: p.from[e], to: p.to[e]) { refused += 1 }
        }
        let last = range.upperBound - 1
        guard p.to[last] == store.stages[r] else {
            throw ImportError(
                line: line(last), column: headers.1,
                problem: Message.csvLastStageMismatch(
                    store.ids[r], pipeline[p.to[last]].name, pipeline[store.stages[r]].name))
        }
        return refused
    }
}
