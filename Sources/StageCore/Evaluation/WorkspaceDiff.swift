/// What changed per record between two states of a pipeline, as `diff` shows it.
///
/// Records are matched by id, live ones only. Each change is one row of
/// `id`, `name`, `change`, `from`, `to`; for one record the rows come in this
/// order: `added` or `removed`; then the stage change (`won`, `lost`,
/// `advanced`, `moved back` or `moved`); then `value`, `owner`, `name`,
/// `account` and `source changed`. Rows are sorted by id as `order by id`
/// sorts them (numeric ids numerically).
///
/// Stages are matched by kind and name (case-insensitive, NFC), never by
/// `StageID`, because two workspaces (a snapshot and the session, say) may
/// number their stages differently. So a record whose stage was renamed is in
/// a stage of another name: that is a stage change, reported as `moved` when
/// the two stages rank the same (a change of case only is no change). Owners,
/// accounts and sources are names and compare by `Names.key`; a record's own
/// name is free text, so a change of case there is a change.
enum WorkspaceDiff {
    /// Compares `old` and `new` record by record (matched by id, live records only).
    static func table(from old: Workspace, to new: Workspace, language: Language = .english) -> Table {
        let os = old.store, ns = new.store
        let op = old.pipeline, np = new.pipeline

        // Stages of both pipelines as shared codes of (kind, name key), and
        // each stage's rank in its own pipeline, computed once.
        var codes: [String: Int] = [:]
        func stageCodes(_ p: Pipeline) -> [Int] {
            p.stages.map { stage in
                let key = "\(stage.kind.rawValue):" + Names.key(stage.name)
                if let c = codes[key] { return c }
                codes[key] = codes.count
                return codes.count - 1
            }
        }
        let oldCode = stageCodes(op), newCode = stageCodes(np)
        let oldRank = op.stages.indices.map { op.rank(StageID($0)) }
        let newRank = np.stages.indices.map { np.rank(StageID($0)) }

        // Old pool code -> the new pool's code of the same spelling, filled
        // as codes turn up, so an unchanged name costs one integer compare.
        let unknown = UInt32.max, absent = UInt32.max - 1
        var translated = [UInt32](repeating: unknown, count: os.pool.count)
        func sameName(_ a: UInt32, _ b: UInt32) -> Bool {
            if a == 0 || b == 0 { return a == b }
            var t = translated[Int(a)]
            if t == unknown {
                t = ns.pool.code(of: os.pool[a]) ?? absent
                translated[Int(a)] = t
            }
            return t == b || Names.key(os.pool[a]) == Names.key(ns.pool[b])
        }
        func pooled(_ store: RecordStore, _ code: UInt32) -> Cell { code == 0 ? .null : .text(store.pool[code]) }
        func amount(_ cents: Int64) -> Cell { cents == missing ? .null : .amount(Amount(cents: cents)) }

        var rows: [[Cell]] = []
        var entries: [Entry] = []
        var added = 0, removed = 0, changed = 0, matched = 0

        for rn in 0..<ns.slotCount where ns.alive[rn] {
            let id = ns.ids[rn]
            // Fast path: a workspace derived from the other keeps slots.
            let ro: Int
            if rn < os.slotCount, os.alive[rn], os.ids[rn] == id {
                ro = rn
            } else if let slot = os.slot(of: id) {
                ro = Int(slot)
            } else {
                entries.append(Entry(id: id, start: rows.count, count: 1))
                rows.append([
                    .text(id), .text(ns.names[rn]), .text(Message.diffAdded.text(in: language)), .null,
                    .text(np[ns.stages[rn]].name),
                ])
                added += 1
                continue
            }
            matched += 1
            let start = rows.count
            let name = ns.names[rn], oldName = os.names[ro]
            func row(_ label: Message, _ from: Cell, _ to: Cell) {
                rows.append([.text(id), .text(name), .text(label.text(in: language)), from, to])
            }

            let so = os.stages[ro], sn = ns.stages[rn]
            if oldCode[Int(so)] != newCode[Int(sn)] {
                let a = op[so], b = np[sn]
                let label: Message
                if b.outcome == .won && a.outcome != .won {
                    label = Message.outcomeWon
                } else if b.outcome == .lost && a.outcome != .lost {
                    label = Message.outcomeLost
                } else if a.kind != b.kind {
                    label = a.kind == .lead ? Message.diffAdvanced : Message.diffMovedBack
                } else if a.isClosed && !b.isClosed {
                    label = Message.diffMovedBack
                } else {
                    let x = oldRank[Int(so)], y = newRank[Int(sn)]
                    label = y > x ? Message.diffAdvanced : y < x ? Message.diffMovedBack : Message.diffMoved
                }
                row(label, .text(a.name), .text(b.name))
            }
            if os.values[ro] != ns.values[rn] {
                row(Message.diffValueChanged, amount(os.values[ro]), amount(ns.values[rn]))
            }
            if !sameName(os.owners[ro], ns.owners[rn]) {
                row(Message.diffOwnerChanged, pooled(os, os.owners[ro]), pooled(ns, ns.owners[rn]))
            }
            if oldName != name {
                row(Message.diffNameChanged, .text(oldName), .text(name))
            }
            if !sameName(os.accounts[ro], ns.accounts[rn]) {
                row(Message.diffAccountChanged, pooled(os, os.accounts[ro]), pooled(ns, ns.accounts[rn]))
            }
            if !sameName(os.sources[ro], ns.sources[rn]) {
                row(Message.diffSourceChanged, pooled(os, os.sources[ro]), pooled(ns, ns.sources[rn]))
            }
            if rows.count > start {
                entries.append(Entry(id: id, start: start, count: rows.count - start))
                changed += 1
            }
        }

        // Every old record matched means none was removed: skip the second pass.
        if matched < os.liveCount {
            for ro in 0..<os.slotCount where os.alive[ro] {
                let id = os.ids[ro]
                if ro < ns.slotCount, ns.alive[ro], ns.ids[ro] == id { continue }
                guard ns.slot(of: id) == nil else { continue }
                entries.append(Entry(id: id, start: rows.count, count: 1))
                rows.append([.text(id), .text(os.names[ro]), .text(Message.diffRemoved.text(in: language)), .text(op[os.stages[ro]].name), .null])
                removed += 1
            }
        }

        if !zip(entries, entries.dropFirst()).allSatisfy({ Entry.less($0, $1) }) {
            entries.sort(by: Entry.less)
        }
        var sorted: [[Cell]] = []
        sorted.reserveCapacity(rows.count)
        for e in entries { sorted.append(contentsOf: rows[e.start..<e.start + e.count]) }

        let columns = ["id", "name", "change", "from", "to"].map { Column($0).translated() }
        return Table(
            columns: columns, rows: sorted,
            footer: Message.diffSummary(changes: sorted.count, added: added, removed: removed, changed: changed))
    }

    /// One changed record's rows, with its id ready to sort as `TextOrder.less` does.
    private struct Entry {
        var number: Int?
        /// `Names.fold` of the id (the id itself when it is a number).
        var folded: String
        var id: String
        var start: Int
        var count: Int

        init(id: String, start: Int, count: Int) {
            number = Int(id)
            folded = number == nil ? Names.fold(id) : id
            self.id = id
            self.start = start
            self.count = count
        }

        static func less(_ a: Entry, _ b: Entry) -> Bool {
            if let x = a.number, let y = b.number { return x < y }
            if a.folded != b.folded { return a.folded < b.folded }
            let kx = Names.key(a.id), ky = Names.key(b.id)
            return kx != ky ? kx < ky : a.id < b.id
        }
    }
}
