/// `list`, `count`, `show` and `history`.
enum Queries {
    /// The columns `list` prints.
    static let listFields: [Field] = [.id, .kind, .name, .account, .owner, .source, .value, .stage, .created, .changed]

    /// The live records a query's kind and `where` select, in slot order.
    static func select(_ q: Query, _ s: Session) throws(Diagnostic) -> [Int] {
        let store = s.store, p = s.pipeline
        let predicate = try q.filter.map { (e) throws(Diagnostic) in try FilterCompiler(reader: s.reader).compile(e) }
        var kindOfStage = [RecordKind](repeating: .lead, count: p.stages.count)
        for (i, stage) in p.stages.enumerated() { kindOfStage[i] = stage.kind }
        var out: [Int] = []
        for r in 0..<store.slotCount where store.alive[r] {
            if r & 0xFFFF == 0xFFFF && s.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
            if case .only(let k) = q.kinds, kindOfStage[Int(store.stages[r])] != k { continue }
            if let predicate, !predicate(r) { continue }
            out.append(r)
        }
        return out
    }

    static func list(_ q: Query, _ s: Session) throws(Diagnostic) -> Outcome {
        var rows = try select(q, s)
        let reader = s.reader
        if !q.order.isEmpty {
            let keys = try q.order.map { (k) throws(Diagnostic) in (try FieldResolver(store: s.store).resolve(k.field), k.descending) }
            var values: [[SortKey]] = []
            for key in keys { values.append(try sortKeys(key.0, rows, s)) }
            var order = Array(rows.indices)
            // Ctrl-C is looked at every so many comparisons: a sort of a million names takes seconds.
            var compared = 0
            do {
                try order.sort { a, b in
                    compared &+= 1
                    if compared & 0xFFFF == 0 && s.cancellation.isRequested { throw Interrupted() }
                    for (k, key) in keys.enumerated() {
                        if let before = SortKey.precedes(values[k][a], values[k][b], descending: key.1) { return before }
                    }
                    return a < b
                }
            } catch {
                throw Diagnostic(Message.interrupted)
            }
            rows = order.map { rows[$0] }
        }
        if let limit = q.limit {
            guard limit.value >= 0 else { throw Diagnostic(Message.negativeLimit, at: limit.range) }
            rows = Array(rows.prefix(limit.value))
        }
        // The currency stands beside the value once records have one.
        var listFields = Queries.listFields
        if !s.store.currencies.isEmpty { listFields.insert(.currency, at: listFields.firstIndex(of: .value)! + 1) }
        let columns = listFields.map { Column.field($0.name, alignment: FieldReader.alignment($0)) }
        // Rows are made as they are printed: a million of them start showing at once.
        let selected = rows, fields = listFields
        return .table(
            Table(columns: columns, count: selected.count, footer: Message.rowCount(selected.count)) { i in
                fields.map { reader.cell($0, selected[i]) }
            })
    }

    /// Each record's key for sorting by `field`, read and folded once per record, not once per comparison.
    ///
    /// Owners, accounts and sources are ranked once per name and read by code.
    static func sortKeys(_ field: Field, _ rows: [Int], _ s: Session) throws(Diagnostic) -> [SortKey] {
        if let codes = s.store.codes(of: field) {
            let pool = s.store.pool
            let named = (1..<max(1, pool.count)).sorted { TextOrder.less(pool[UInt32($0)], pool[UInt32($1)]) }
            var rank = [SortKey](repeating: .null, count: pool.count)
            for (i, code) in named.enumerated() { rank[code] = .integer(Int64(i)) }
            return rows.map { rank[Int(codes[$0])] }
        }
        let reader = s.reader
        var keys: [SortKey] = []
        keys.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() {
            if i & 0xFFFF == 0xFFFF && s.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
            keys.append(SortKey(reader.value(field, r)))
        }
        return keys
    }

    static func count(_ q: Query, _ s: Session) throws(Diagnostic) -> Outcome {
        let rows = try select(q, s)
        let resolver = FieldResolver(store: s.store)
        let aggregates = try q.aggregates.map { (a) throws(Diagnostic) in try AggregateColumn(a, resolver: resolver) }
        let keys = try q.groups.map { (g) throws(Diagnostic) -> (Field, Period?) in
            let f = try resolver.resolve(g.field)
            if g.period != nil && f.type != .time {
                throw Diagnostic(Message.periodNeedsDate(g.period!.rawValue, f.name), at: g.range)
            }
            return (f, g.period)
        }
        let reader = s.reader
        // Each selected record's group, numbered in order of first appearance.
        var groupKeys: [[Value]] = []
        var groupOf = [Int32](repeating: 0, count: rows.count)
        /// Groups by a small integer per record (a stage id, a pool code), labelled once per code.
        func byCode(_ count: Int, code: (Int) -> Int, key label: (Int) -> Value) {
            var group = [Int32](repeating: -1, count: count)
            for (i, r) in rows.enumerated() {
                let c = code(r)
                if group[c] < 0 {
                    group[c] = Int32(groupKeys.count)
                    groupKeys.append([label(c)])
                }
                groupOf[i] = group[c]
            }
        }
        if keys.isEmpty {
            groupKeys = [[]]
        } else if keys.count == 1, keys[0].1 == nil, keys[0].0 == .stage {
            // The common `count by stage`.
            let stages = s.store.stages, p = s.pipeline
            byCode(p.stages.count, code: { Int(stages[$0]) }, key: { .stage(position: p.position(StageID($0)), StageID($0)) })
        } else if keys.count == 1, keys[0].1 == nil, let column = s.store.codes(of: keys[0].0) {
            // Owners, accounts and sources are pool codes.
            byCode(s.store.pool.count, code: { Int(column[$0]) }, key: { reader.pooled(UInt32($0)) })
        } else {
            var group = DenseCodes<[Value]>()
            for (i, r) in rows.enumerated() {
                if i & 0xFFFF == 0xFFFF && s.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
                groupOf[i] = group.code(
                    keys.map { (field, period) in period.map { Grouping.bucket(reader.value(field, r), $0) } ?? reader.value(field, r) })
            }
            groupKeys = group.keys
        }
        // Every group holds a record; without a `by`, the one group is there even when none is.
        var counts = [Int](repeating: 0, count: groupKeys.count)
        for g in groupOf { counts[Int(g)] += 1 }
        var members: [[Int]] = []
        if !aggregates.isEmpty {
            members = Array(repeating: [], count: groupKeys.count)
            for (i, r) in rows.enumerated() { members[Int(groupOf[i])].append(r) }
        }
        let order = groupKeys.indices.sorted { a, b in
            for (x, y) in zip(groupKeys[a], groupKeys[b]) where x != y {
                if case .null = x { return false }
                if case .null = y { return true }
                return Value.less(x, y)
            }
            return false
        }
        var columns = q.groups.map { g in
            Column.field(g.period.map { "\($0.rawValue)(\(g.field.value.lowercased()))" } ?? g.field.value.lowercased())
        }
        columns.append(Column("count", alignment: .right).translated())
        columns += aggregates.map(\.column)
        let table = order.map { g in
            groupKeys[g].map { reader.cell($0) } + [.integer(Int64(counts[g]))]
                + aggregates.map { $0.cell(members[g], reader) }
        }
        let result = Table(columns: columns, rows: table, footer: Message.rowCount(table.count))
        return .table(try result.ordered(by: q.order, limit: q.limit, language: s.language))
    }

    static func show(_ id: Located<String>, _ s: Session) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        let reader = s.reader
        // A pipeline in one currency (or none) shows no currency line.
        var fields = s.store.currencies.isEmpty ? Field.builtIn.filter { $0 != .currency } : Field.builtIn
        let custom = (s.store.custom[Int32(r)] ?? [:]).keys.sorted()
        fields += custom.map { Field.custom($0) }
        // Units for people; the card in csv, tsv and json keeps bare values. Probability is a percentage cell already.
        let currency = s.store.currency(r)
        let columns = fields.map { f -> Column in
            switch f {
            case .custom(let key): return Column(s.store.customFieldNames[key] ?? key)
            case .age, .daysInStage: return Column.field(f.name, alignment: FieldReader.alignment(f), unit: Message.unitDays)
            case .value where currency != 0: return Column.field(f.name, alignment: FieldReader.alignment(f), unit: .verbatim(s.store.pool[currency]))
            default: return Column.field(f.name, alignment: FieldReader.alignment(f))
            }
        }
        return .card(Table(columns: columns, rows: [fields.map { reader.cell($0, r) }]))
    }

    static func history(_ id: Located<String>, _ s: Session) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        let store = s.store, p = s.pipeline
        // Ties in time: stage changes first, then activities, then the rule
        // moves those activities caused.
        var entries: [(Int64, Int, [Cell])] = []
        for (i, e) in store.events(of: r).enumerated() {
            let ev = store.event(e)
            entries.append(
                (
                    ev.at, ev.cause == .rule ? 2_000_000 + i : i,
                    [
                        ev.at == missing ? .null : .time(Timestamp(seconds: ev.at)), .text("stage"),
                        ev.from == noStage ? .null : .text(p[ev.from].name), .text(p[ev.to].name),
                        .text(ev.cause.name), ev.reason == 0 ? .null : .text(store.pool[ev.reason]),
                    ]
                ))
        }
        for (i, f) in store.fieldEvents.events(of: r).enumerated() {
            let ev = store.fieldEvents[f]
            entries.append(
                (
                    ev.at, 500_000 + i,
                    [
                        ev.at == missing ? .null : .time(Timestamp(seconds: ev.at)), .text(ev.field.name),
                        fieldText(ev.field, ev.old, store), fieldText(ev.field, ev.new, store), .text(ev.cause.name), .null,
                    ]
                ))
        }
        for (i, a) in store.activities.enumerated() where Int(a.record) == r {
            entries.append(
                (
                    a.at, 1_000_000 + i,
                    [
                        .time(Timestamp(seconds: a.at)), .text(store.pool[a.kind]), .null, .null, .text("activity"),
                        a.note.map(Cell.text) ?? .null,
                    ]
                ))
        }
        // Unknown times (an import without dates) sort first, as they do in the ledger.
        entries.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        let columns = ["time", "event", "from", "to", "cause", "note"].map { Column($0).translated() }
        return .table(Table(columns: columns, rows: entries.map(\.2), footer: Message.rowCount(entries.count)))
    }
}

extension Queries {
    /// A tracked field's value as `history` shows it: an amount, a date, a percentage or a name.
    static func fieldText(_ field: TrackedField, _ v: Int64, _ store: RecordStore) -> Cell {
        switch field {
        case .value: return v == missing ? .null : .text(Amount(cents: v).grouped)
        case .expectedClose: return v == missing ? .null : .text(Timestamp(seconds: v).display)
        case .probability: return v == missing ? .null : .text(Amount(cents: v).plain + "%")
        case .owner, .currency: return v <= 0 ? .null : .text(store.pool[UInt32(v)])
        }
    }
}

/// Buckets of a date field for `by month(created)` and the like.
enum Grouping {
    static func bucket(_ v: Value, _ period: Period) -> Value {
        guard case .time(let t) = v else { return .null }
        let c = Timestamp(seconds: t).civil
        switch period {
        case .day: return .text(Timestamp(seconds: t).dateText)
        case .month: return .text("\(pad(c.year, 4))-\(pad(c.month))")
        case .quarter: return .text("\(pad(c.year, 4))-Q\((c.month - 1) / 3 + 1)")
        case .year: return .text(pad(c.year, 4))
        case .week:
            let (y, w) = isoWeek(Timestamp(seconds: t))
            return .text("\(pad(y, 4))-W\(pad(w))")
        }
    }

    /// The ISO-8601 week-numbering year and week of a moment.
    static func isoWeek(_ t: Timestamp) -> (Int, Int) {
        let days = Int(t.startOfDay.seconds / 86_400)
        let weekday = ((days + 3) % 7 + 7) % 7  // Monday = 0; 1970-01-01 was a Thursday
        let thursday = Timestamp(seconds: Int64(days - weekday + 3) * 86_400)
        let year = thursday.civil.year
        let jan1 = Timestamp(year: year, month: 1, day: 1)!
        let week = Int((thursday.seconds - jan1.seconds) / 86_400) / 7 + 1
        return (year, week)
    }
}
