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
    }

    static let fields: Set<String> = [
        "record_id", "id", "from_stage", "to_stage", "changed_at", "changed", "cause", "reason",
    ]

    /// Events read from the file, column-wise, before they are grouped per record.
    private struct Pending {
        var slot: [Int32] = []
        var from: [StageID] = []
        var to: [StageID] = []
        var at: [Int64] = []
        var cause: [UInt8] = []
        var reason: [UInt32] = []
        var line: [Int32] = []
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
        let cRecord = try map.index("id") ?? map.require("record_id")
        let cFrom = try map.require("from_stage")
        let cTo = try map.require("to_stage")
        let cAt = try map.index("changed") ?? map.require("changed_at")
        let cCause = map.index("cause")
        let cReason = map.index("reason")
        let headers = map.headers
        var store = w.store
        var stages = ImportFields.StageCache(pipeline: w.pipeline, options: options)
        var dateReader = DateReader(format: options.dates, path: path, delimiter: reader.delimiter)
        var problems = ImportProblems()
        var pending = Pending()
        var lastId: [UInt8] = []
        var lastSlot: Int32 = -1
        while try ImportFields.next(&reader, &row, options, &problems) {
            do {
                let line = row.line
                if row.count != headers.count {
                    throw ImportError(
                        line: line, column: nil, problem: Messages.csvFieldCount(row.count, headers.count))
                }
                // Events of one record usually come together: reuse the last lookup.
                let idBytes = row.bytes[row.range(cRecord)]
                if !(lastSlot >= 0 && lastId.elementsEqual(idBytes)) {
                    let id = try ImportFields.utf8(row, cRecord, headers[cRecord])
                    guard let slot = store.slot(of: id) else {
                        throw ImportError(
                            line: line, column: headers[cRecord], problem: Messages.unknownRecord(id),
                            hints: [Messages.hintImportRecordsFirst])
                    }
                    lastSlot = slot
                    lastId = Array(idBytes)
                }
                let from = row.isEmpty(cFrom) ? noStage : try stages.stage(row, cFrom, headers[cFrom])
                let to = try stages.stage(row, cTo, headers[cTo])
                let at = try dateReader.time(row, cAt, headers[cAt])
                var cause: Cause = from == noStage ? .create : .import
                if let c = cCause, !row.isEmpty(c) {
                    guard let given = Cause(name: row.string(c)) else {
                        throw ImportError(
                            line: line, column: headers[c], problem: Messages.csvUnknownCause(row.string(c)),
                            hints: [Messages.hintOneOf(Cause.allCases.map(\.name))])
                    }
                    cause = given
                }
                var reason: UInt32 = 0
                if let c = cReason, !row.isEmpty(c) { reason = store.intern(try ImportFields.utf8(row, c, headers[c])) }
                pending.slot.append(lastSlot)
                pending.from.append(from)
                pending.to.append(to)
                pending.at.append(at)
                pending.cause.append(cause.rawValue)
                pending.reason.append(reason)
                pending.line.append(Int32(clamping: line))
                if pending.line.count & 0xFFFF == 0 && Cancellation.isRequested() { throw Interrupted() }
            } catch let e as ImportError {
                guard options.dryRun else { throw e }
                problems.add(e)
                // Look the next row's record up afresh.
                lastSlot = -1
            }
        }
        let pipeline = stages.pipeline
        var result: Result
        do {
            result = try rebuild(&store, pending, pipeline: pipeline, headers: (headers[cFrom], headers[cTo]))
        } catch {
            guard options.dryRun else { throw error }
            problems.add(error)
            result = Result(
                store: store, count: pending.slot.count,
                records: Set(pending.slot).count, refusedMoves: 0)
        }
        result.problems = problems
        if options.dryRun {
            var counts: [StageID: Int] = [:]
            for t in pending.to { counts[t, default: 0] += 1 }
            result.perStage = pipeline.liveStages.compactMap { s in counts[s].map { (s, $0) } }
        }
        if !stages.created.isEmpty {
            result.pipeline = pipeline
            result.createdStages = stages.created.map { pipeline[$0].name }
        }
        return result
    }

    /// Groups the file's events per record (a counting sort by slot, then by
    /// time within each record), checks each record's chain, and rebuilds the
    /// ledger with the untouched records' events first.
    private static func rebuild(
        _ store: inout RecordStore, _ p: Pending, pipeline: Pipeline,
        headers: (String, String)
    ) throws(ImportError) -> Result {
        let slots = store.slotCount
        var counts = [Int32](repeating: 0, count: slots + 1)
        for s in p.slot { counts[Int(s) + 1] += 1 }
        for i in 0..<slots { counts[i + 1] += counts[i] }
        let starts = counts
        var order = [Int32](repeating: 0, count: p.slot.count)
        var fill = counts
        for (i, s) in p.slot.enumerated() {
            order[Int(fill[Int(s)])] = Int32(i)
            fill[Int(s)] += 1
        }
        var named = [Bool](repeating: false, count: slots)
        var refused = 0
        var recordCount = 0
        var firstError: ImportError?
        for r in 0..<slots where starts[r + 1] > starts[r] {
            named[r] = true
            recordCount += 1
            let lo = Int(starts[r])
            let hi = Int(starts[r + 1])
            // Stable insertion sort by time: a record has a handful of events.
            if hi - lo > 1 {
                for i in (lo + 1)..<hi {
                    let e = order[i]
                    var j = i - 1
                    while j >= lo && p.at[Int(order[j])] > p.at[Int(e)] {
                        order[j + 1] = order[j]
                        j -= 1
                    }
                    order[j + 1] = e
                }
            }
            do {
                refused += try check(
                    record: r, events: order[lo..<hi], p, store: store, pipeline: pipeline, headers: headers)
            } catch {
                // Report the problem that comes first in the file, not in record order.
                if firstError.map({ error.line < $0.line }) ?? true { firstError = error }
            }
        }
        if let firstError { throw firstError }
        // Rebuild the ledger: kept events first, in their order, then the file's.
        var kept: [Int] = []
        for e in 0..<store.eventCount where !named[Int(store.eventRecord[e])] { kept.append(e) }
        var fresh = RecordStore.Ledger(capacity: kept.count + p.slot.count)
        for e in kept { fresh.append(store.event(e)) }
        for r in 0..<slots where named[r] {
            for k in Int(starts[r])..<Int(starts[r + 1]) {
                let e = Int(order[k])
                let cause = Cause(rawValue: p.cause[e]) ?? .import
                let converted =
                    pipeline[p.to[e]].kind != (p.from[e] == noStage ? pipeline[p.to[e]].kind : pipeline[p.from[e]].kind)
                fresh.append(
                    LedgerEvent(
                        record: Int32(r), from: p.from[e], to: p.to[e], at: p.at[e],
                        cause: converted && cause == .import ? .convert : cause, reason: p.reason[e]))
            }
            store.setCreated(r, p.at[Int(order[Int(starts[r])])])
        }
        store.replaceLedger(fresh)
        return Result(store: store, count: p.slot.count, records: recordCount, refusedMoves: refused)
    }

    /// Checks one record's events (sorted by time): a creation first, an
    /// unbroken chain, and an end in the record's stage; counts the moves the
    /// policy would refuse.
    private static func check(
        record r: Int, events: ArraySlice<Int32>, _ p: Pending, store: RecordStore,
        pipeline: Pipeline, headers: (String, String)
    ) throws(ImportError) -> Int {
        let id = store.ids[r]
        let lo = events.startIndex
        let hi = events.endIndex
        var refused = 0
        let first = Int(events[lo])
        guard p.from[first] == noStage else {
            throw ImportError(line: Int(p.line[first]), column: headers.0, problem: Messages.csvNoCreation(id))
        }
        for k in (lo + 1)..<max(lo + 1, hi) {
            let e = Int(events[k])
            let prev = Int(events[k - 1])
            guard p.from[e] != noStage else {
                throw ImportError(line: Int(p.line[e]), column: headers.0, problem: Messages.csvSecondCreation(id))
            }
            guard p.from[e] == p.to[prev] else {
                throw ImportError(
                    line: Int(p.line[e]), column: headers.0,
                    problem: Messages.csvBrokenChain(id, pipeline[p.from[e]].name, pipeline[p.to[prev]].name))
            }
            if pipeline[p.from[e]].kind == .lead && pipeline[p.to[e]].kind == .opportunity {
                continue  // a conversion, which no policy refuses
            }
            do {
                try Moves.check(id: id, from: p.from[e], to: p.to[e], request: .explicit, pipeline: pipeline, at: nil)
            } catch { refused += 1 }
        }
        let last = Int(events[hi - 1])
        guard p.to[last] == store.stages[r] else {
            throw ImportError(
                line: Int(p.line[last]), column: headers.1,
                problem: Messages.csvLastStageMismatch(id, pipeline[p.to[last]].name, pipeline[store.stages[r]].name))
        }
        return refused
    }
}
