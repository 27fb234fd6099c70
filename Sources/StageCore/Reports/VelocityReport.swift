/// `velocity`: the value the pipeline turns into won business per day, and its four parts.
///
/// Open opportunities × win rate × average won value ÷ mean days from creation to won = value
/// per day (and per 30 days). The open opportunities are those at the report's moment: now, `as
/// of`, or when the window closed (`until`, which reads the whole pipeline as it stood then,
/// `where` and `by` too). The other three parts read the records closed in the window (`since`,
/// `until`; all time without one), as `winrate` and `cycle` do: a record closed by its last stage
/// change, its cycle from its creation to that change. A part that is undefined (nothing closed,
/// nothing won, no value, no time to win) makes the result `–`, never 0. Two currencies never add
/// up: with several, each has its own row.
enum VelocityReport: Report {
    static let name = "velocity"
    static let examples = ["velocity", "velocity since 2026-01-01 by owner", "velocity since 2026-Q1 until 2026-Q3"]
    static let clauses: [ReportClause] = [.since, .until]

    /// `until D` reads the pipeline as it stood when the window closed, the second before D (an
    /// earlier `as of` wins): the open opportunities then, and the records closed by then.
    static func reading(_ query: ReportQuery, in session: Session) -> ReportQuery {
        guard let until = query.until else { return query }
        let end = until.value.resolve(now: session.now).seconds - 1
        if let asOf = query.asOf, asOf.value.resolve(now: session.now).seconds <= end { return query }
        var q = query
        q.asOf = Located(.absolute(Timestamp(seconds: end)), until.range)
        return q
    }

    /// One row's counts and sums.
    struct Parts {
        /// Open opportunities.
        var open = 0
        var won = 0, lost = 0
        /// Won records with a value, and the sum of their values in cents.
        var valued = 0
        var value: Int128 = 0
        /// Won records with a creation time, and the sum of their seconds from creation to won.
        var timed = 0
        var seconds: Int128 = 0
    }

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let s = c.store, p = c.pipeline
        let since = c.query.since.map { $0.value.resolve(now: c.session.now).seconds }
        let split = c.currencySplit()
        // Each currency's slot in a group's rows.
        var slot = [Int](repeating: 0, count: split == nil ? 0 : s.pool.count)
        for (i, code) in (split ?? []).enumerated() { slot[Int(code)] = i }
        let width = split?.count ?? 1
        var parts = [Parts](repeating: Parts(), count: c.groupCount * width)
        let outcome = p.stages.map(\.outcome)
        let opportunity = p.stages.map { $0.kind == .opportunity }
        // Won records closed in the window whose cycle cannot be measured.
        var untimed = 0
        let group = c.group, stage = c.stage, changed = c.changed, created = s.created, values = s.values
        let currencies = split == nil ? [] : s.currencies
        // Read through buffers: the checked accesses and the uniqueness checks of `parts` were most of the time.
        parts.withUnsafeMutableBufferPointer { parts in
            group.withUnsafeBufferPointer { group in
                stage.withUnsafeBufferPointer { stage in
                    changed.withUnsafeBufferPointer { changed in
                        created.withUnsafeBufferPointer { created in
                            values.withUnsafeBufferPointer { values in
                                for r in 0..<group.count where group[r] >= 0 {
                                    let st = Int(stage[r])
                                    let i = Int(group[r]) * width + (split == nil ? 0 : slot[Int(currencies[r])])
                                    switch outcome[st] {
                                    case .open:
                                        if opportunity[st] { parts[i].open += 1 }
                                    case .lost:
                                        if let since, changed[r] == missing || changed[r] < since { continue }
                                        parts[i].lost += 1
                                    case .won:
                                        let closedAt = changed[r]
                                        if let since, closedAt == missing || closedAt < since { continue }
                                        parts[i].won += 1
                                        if values[r] != missing {
                                            parts[i].valued += 1
                                            parts[i].value += Int128(values[r])
                                        }
                                        if created[r] == missing || closedAt == missing {
                                            untimed += 1
                                        } else {
                                            parts[i].timed += 1
                                            parts[i].seconds += Int128(closedAt - created[r])
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var columns = [
            Column("open", alignment: .right).translated(), Column("won", alignment: .right).translated(),
            Column("lost", alignment: .right).translated(), Column("win rate", alignment: .right).translated(),
            Column("avg won value", alignment: .right).translated(), Column("cycle days", alignment: .right).translated(),
            Column("per day", alignment: .right).translated(), Column("per 30 days", alignment: .right).translated(),
        ]
        if split != nil { columns.insert(Column("currency").translated(), at: 0) }
        var table = c.table(
            columns,
            rows: { g in
                (0..<width).compactMap { k -> [Cell]? in
                    let t = parts[g * width + k]
                    // A currency no record of the group is in, open or closed in the window: no row.
                    if split != nil && t.open + t.won + t.lost == 0 { return nil }
                    let row = cells(t)
                    guard let split else { return row }
                    return [.text(c.currencyLabel(split[k]))] + row
                }
            })
        if untimed > 0 { table.footer = .lines([table.footer, Message.velocityNoCreated(untimed)].compactMap { $0 }) }
        return table
    }

    /// A row's cells: the counts, the parts, and value per day and per 30 days.
    static func cells(_ t: Parts) -> [Cell] {
        let closed = t.won + t.lost
        let rate = closed > 0 ? Double(t.won) / Double(closed) : nil
        // Mean value in cents, exact until rounded half away from zero to the cent.
        let average: Cell =
            t.valued > 0 ? .total((2 * t.value + (t.value < 0 ? -1 : 1) * Int128(t.valued)) / (2 * Int128(t.valued))) : .undefined
        let days = t.timed > 0 ? Double(t.seconds) / Double(t.timed) / 86_400 : nil
        var perDay: Double?
        if let rate, t.valued > 0, let days, days > 0 {
            perDay = Double(t.open) * rate * (Double(t.value) / Double(t.valued)) / days
        }
        let money = { (cents: Double?) -> Cell in cents.map { .total(Int128($0.rounded())) } ?? .undefined }
        return [
            .integer(Int64(t.open)), .integer(Int64(t.won)), .integer(Int64(t.lost)), rate.map { .percent($0 * 100) } ?? .undefined,
            average, days.map { .number($0, decimals: 2) } ?? .undefined, money(perDay), money(perDay.map { $0 * 30 }),
        ]
    }
}
