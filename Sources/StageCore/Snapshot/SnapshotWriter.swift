import Foundation

/// Writes a workspace as a snapshot: one JSON document, keys in a fixed order,
/// one record per line, so two snapshots diff well and a person can read one.
enum SnapshotWriter {
    static func write(_ w: Workspace, info: SnapshotInfo, to out: inout ByteWriter) throws {
        let s = w.store, p = w.pipeline
        var info = info
        (info.records, info.open, info.won, info.lost, info.events) = summary(w)
        out.raw("{\"format\":"); out.string(SnapshotFormat.name)
        out.raw(",\"version\":"); out.integer(Int64(SnapshotFormat.version))
        out.raw(",\n\"saved_at\":"); out.time(info.savedAt.seconds)
        out.raw(",\"clock\":"); out.time(info.clock?.seconds ?? missing)
        out.raw(",\n\"summary\":{\"records\":"); out.integer(Int64(info.records))
        out.raw(",\"open\":"); out.integer(Int64(info.open))
        out.raw(",\"won\":"); out.integer(Int64(info.won))
        out.raw(",\"lost\":"); out.integer(Int64(info.lost))
        out.raw(",\"events\":"); out.integer(Int64(info.events))
        out.raw("},\n\"pipeline\":{\"policy\":"); out.string(p.policy.rawValue)
        out.raw(",\"stages\":[")
        for (i, id) in p.liveStages.enumerated() {
            let st = p[id]
            out.raw(i == 0 ? "\n" : ",\n")
            out.raw("{\"name\":"); out.string(st.name)
            out.raw(",\"kind\":"); out.string(st.kind.name)
            if let probability = st.probability { out.raw(",\"probability\":"); out.hundredths(Int64(probability)) }
            out.raw(",\"outcome\":"); out.string(st.outcome.name)
            if let stale = st.staleAfter { out.raw(",\"stale_seconds\":"); out.integer(stale) }
            out.raw("}")
        }
        out.raw("],\n\"rules\":[")
        for (i, rule) in p.rules.enumerated() {
            out.raw(i == 0 ? "\n" : ",\n")
            out.raw("{\"on\":"); out.string(rule.activity)
            if let when = rule.conditionText { out.raw(",\"when\":"); out.string(when) }
            out.raw(",\"move_to\":"); out.string(p[rule.target].name)
            out.raw("}")
        }
        out.raw("]},\n\"next_id\":"); out.integer(Int64(s.largestId + 1))
        out.raw(",\n\"custom_fields\":[")
        let customKeys = s.customFieldNames.keys.sorted()
        for (i, key) in customKeys.enumerated() {
            if i > 0 { out.raw(",") }
            out.string(s.customFieldNames[key]!)
        }
        out.raw("],\n\"records\":[")
        var byRecord: [Int32: [Activity]] = [:]
        for a in s.activities { byRecord[a.record, default: []].append(a) }
        let activities = byRecord
        let encoded = Encoded(s, p)
        let live = (0..<s.slotCount).filter { s.alive[$0] }
        try writeRecords(live, s, p, activities, FieldIndex(s.fieldEvents, records: s.slotCount), encoded, &out)
        out.raw("],\n\"log\":[")
        for (i, line) in info.log.enumerated() {
            out.raw(i == 0 ? "\n" : ",\n")
            out.string(line)
        }
        out.raw("]}\n")
        try out.flush()
    }

    /// Writes the records, one per line: formatted in chunks on every core while the chunks formatted before are written, in order, to the file.
    ///
    /// The writing runs as the first task of each round, so that it starts at once beside the formatting; buffers are
    /// reused from round to round.
    private static func writeRecords(
        _ live: [Int], _ s: RecordStore, _ p: Pipeline, _ activities: [Int32: [Activity]],
        _ fields: FieldIndex, _ encoded: Encoded, _ out: inout ByteWriter
    ) throws {
        try out.flush()
        let fd = out.descriptor
        let chunk = 16_384
        let chunks = (live.count + chunk - 1) / chunk
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var formatted: [[UInt8]] = [], spare: [[UInt8]] = []
        var next = 0
        while next < chunks || !formatted.isEmpty {
            let batch = min(cores, chunks - next), base = next
            let toWrite = formatted
            let writers = toWrite.isEmpty ? 0 : 1
            let buffers = WorkerResults<[UInt8]>(count: batch)
            for k in 0..<batch { buffers.set(k, spare.popLast() ?? []) }
            let failure = WorkerResults<POSIXError>(count: 1)
            DispatchQueue.concurrentPerform(iterations: writers + batch) { task in
                if task < writers {
                    do throws(POSIXError) {
                        for bytes in toWrite { try Descriptor.writeAll(fd, bytes) }
                    } catch {
                        failure.set(0, error)
                    }
                    return
                }
                let k = task - writers
                var w = ByteWriter(reusing: buffers.take(k))
                var chain: [Int] = []
                let lo = (base + k) * chunk, hi = min(live.count, lo + chunk)
                for i in lo..<hi {
                    w.raw(i == 0 ? "\n" : ",\n")
                    record(live[i], s, p, activities[Int32(live[i])] ?? [], fields.events(of: live[i]), encoded, &chain, &w)
                }
                buffers.set(k, w.take())
            }
            if let error = failure.taken(0) { throw error }
            out.wrote(toWrite.reduce(0) { $0 + $1.count })
            formatted = (0..<batch).map { buffers.take($0) }
            spare = toWrite
            next += batch
        }
    }

    /// JSON text of values written again and again (stage names, causes,
    /// pooled names), encoded once, back to back in one buffer: writing one
    /// copies its bytes and touches no reference count.
    struct Encoded: Sendable {
        private var text: [UInt8] = []
        private var starts: [Int] = [0]
        private let causeBase: Int, poolBase: Int

        init(_ s: RecordStore, _ p: Pipeline) {
            causeBase = p.stages.count
            poolBase = causeBase + Cause.allCases.count
            for name in p.stages.map(\.name) + Cause.allCases.map(\.name) + s.pool.strings {
                text += ByteWriter.encoded(name)
                starts.append(text.count)
            }
        }

        private func write(_ k: Int, _ out: inout ByteWriter) {
            text.withUnsafeBufferPointer { out.bytes(UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
        }

        func stage(_ id: StageID, _ out: inout ByteWriter) { write(Int(id), &out) }
        func cause(_ c: UInt8, _ out: inout ByteWriter) { write(causeBase + Int(min(c, UInt8(Cause.allCases.count - 1))), &out) }
        func pooled(_ code: UInt32, _ out: inout ByteWriter) { write(poolBase + Int(code), &out) }
    }

    /// Each record's field events in ledger order, grouped by a counting
    /// sort: a dictionary of arrays would cost an allocation per record.
    struct FieldIndex: Sendable {
        private var starts: [Int32] = []
        private var order: [Int32] = []

        init(_ f: FieldLedger, records: Int) {
            guard f.count > 0 else { return }
            starts = [Int32](repeating: 0, count: records + 1)
            for r in f.record { starts[Int(r) + 1] += 1 }
            for i in 0..<records { starts[i + 1] += starts[i] }
            var next = starts
            order = [Int32](repeating: 0, count: f.count)
            for (i, r) in f.record.enumerated() {
                order[Int(next[Int(r)])] = Int32(i)
                next[Int(r)] += 1
            }
        }

        func events(of r: Int) -> ArraySlice<Int32> {
            starts.isEmpty ? [] : order[Int(starts[r])..<Int(starts[r + 1])]
        }
    }

    /// One record's line.
    ///
    /// `chain` is scratch space for its events, reused from record to record.
    private static func record(
        _ r: Int, _ s: RecordStore, _ p: Pipeline, _ activities: [Activity], _ fields: ArraySlice<Int32>,
        _ encoded: Encoded, _ chain: inout [Int], _ out: inout ByteWriter
    ) {
        out.raw("{\"id\":"); s.ids.withBytes(r) { out.string(bytes: $0) }
        out.raw(",\"name\":"); s.names.withBytes(r) { out.string(bytes: $0) }
        // Empty fields are left out: most records have no expected close or custom fields.
        if s.accounts[r] != 0 { out.raw(",\"account\":"); encoded.pooled(s.accounts[r], &out) }
        if s.owners[r] != 0 { out.raw(",\"owner\":"); encoded.pooled(s.owners[r], &out) }
        if s.sources[r] != 0 { out.raw(",\"source\":"); encoded.pooled(s.sources[r], &out) }
        if s.values[r] != missing { out.raw(",\"value\":"); out.hundredths(s.values[r]) }
        if s.currency(r) != 0 { out.raw(",\"currency\":"); encoded.pooled(s.currency(r), &out) }
        if s.created[r] != missing { out.raw(",\"created\":"); out.time(s.created[r]) }
        if s.expectedClose[r] != missing { out.raw(",\"expected_close\":"); out.time(s.expectedClose[r]) }
        out.raw(",\"stage\":"); encoded.stage(s.stages[r], &out)
        if let custom = s.custom[Int32(r)], !custom.isEmpty {
            out.raw(",\"custom\":{")
            for (i, key) in custom.keys.sorted().enumerated() {
                if i > 0 { out.raw(",") }
                out.string(s.customFieldNames[key] ?? key)
                out.raw(":")
                out.string(custom[key]!)
            }
            out.raw("}")
        }
        // Each event is [to, at, cause] or [to, at, cause, reason]; its from-stage
        // is the stage the previous event ended in.
        out.raw(",\"ledger\":[")
        chain.removeAll(keepingCapacity: true)
        var last = Int(s.lastEvent[r])
        while last >= 0 {
            chain.append(last)
            last = Int(s.eventPrevious[last])
        }
        for (i, e) in chain.reversed().enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("["); encoded.stage(s.eventTo[e], &out)
            out.raw(","); out.time(s.eventAt[e])
            out.raw(","); encoded.cause(s.eventCause[e], &out)
            if s.eventReason[e] != 0 { out.raw(","); out.string(s.pool[s.eventReason[e]]) }
            out.raw("]")
        }
        out.raw("]")
        if !activities.isEmpty {
            out.raw(",\"activities\":[")
            for (i, a) in activities.enumerated() {
                if i > 0 { out.raw(",") }
                out.raw("["); out.string(s.pool[a.kind])
                out.raw(","); out.time(a.at)
                if let note = a.note { out.raw(","); out.string(note) }
                out.raw("]")
            }
            out.raw("]")
        }
        // Each field event is [field, at, cause, old, new], the values written as the field is.
        if !fields.isEmpty {
            let f = s.fieldEvents
            out.raw(",\"fields\":[")
            for (i, e) in fields.enumerated() {
                let field = TrackedField(rawValue: f.field[Int(e)]) ?? .value
                if i > 0 { out.raw(",") }
                out.raw("["); out.string(field.name)
                out.raw(","); out.time(f.at[Int(e)])
                out.raw(","); encoded.cause(f.cause[Int(e)], &out)
                out.raw(","); fieldValue(field, f.old[Int(e)], encoded, &out)
                out.raw(","); fieldValue(field, f.new[Int(e)], encoded, &out)
                out.raw("]")
            }
            out.raw("]")
        }
        out.raw("}")
    }

    /// A tracked field's value: an amount or a percentage, a time, or a name; null for none.
    private static func fieldValue(_ field: TrackedField, _ v: Int64, _ encoded: Encoded, _ out: inout ByteWriter) {
        switch field {
        case .value, .probability:
            if v == missing { out.raw("null") } else { out.hundredths(v) }
        case .expectedClose:
            out.time(v)
        case .owner, .currency:
            if v <= 0 { out.raw("null") } else { encoded.pooled(UInt32(v), &out) }
        }
    }

    /// Live records, and how many are open, won and lost, and their events.
    static func summary(_ w: Workspace) -> (Int, Int, Int, Int, Int) {
        let s = w.store, p = w.pipeline
        var outcome = [StageOutcome](repeating: .open, count: p.stages.count)
        for (i, st) in p.stages.enumerated() { outcome[i] = st.outcome }
        var records = 0, open = 0, won = 0, lost = 0
        for r in 0..<s.slotCount where s.alive[r] {
            records += 1
            switch outcome[Int(s.stages[r])] {
            case .open: open += 1
            case .won: won += 1
            case .lost: lost += 1
            }
        }
        var events = 0
        for e in 0..<s.eventCount where s.alive[Int(s.eventRecord[e])] { events += 1 }
        return (records, open, won, lost, events)
    }
}
