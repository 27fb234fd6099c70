import Foundation

/// `add`, `set`, `delete`, `move`, `convert`, `won`, `lost` and `log`.
enum RecordOperations {
    static func add(
        _ kind: RecordKind, _ name: Located<String>, _ fields: [Assignment],
        _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let p = s.pipeline
        guard !Names.isBlank(name.value) else {
            throw Diagnostic(Message.emptyName, at: name.range)
        }
        guard var stage = p.firstStage(kind) else { throw Diagnostic(Message.noStagesOfKind(kind.plural), at: name.range) }
        var row = RecordRow(id: s.store.nextId, name: Names.normalized(name.value), stage: stage)
        var created = s.now.seconds
        var seen: Set<String> = []
        for a in fields {
            try noDuplicate(a, &seen)
            switch Field.builtIn(named: a.field.value) {
            case .id:
                let id = Names.normalized(a.value.text)
                guard Names.isOneWord(id) else {
                    throw Diagnostic(Message.badId(a.value.text), at: a.value.range)
                }
                if s.store.slot(of: id) != nil { throw Diagnostic(Message.duplicateId(id), at: a.value.range) }
                row.id = id
            case .stage:
                stage = try s.stage(Located(a.value.text, a.value.range))
                guard p[stage].kind == kind else {
                    throw Diagnostic(Message.stageOfOtherKind(p[stage].name, p[stage].kind.name, kind.name), at: a.value.range)
                }
                row.stage = stage
            case .created:
                created = try ValueParser.date(a.value).resolve(now: s.now).seconds
            default:
                let value = try storedValue(a, &s)
                switch value {
                case .account(let c): row.account = c
                case .owner(let c): row.owner = c
                case .source(let c): row.source = c
                case .value(let v): row.value = v
                case .expectedClose(let v): row.expectedClose = v
                case .currency(let c): row.currency = c
                case .custom(let key, let display, let v):
                    row.custom[key] = v
                    if s.store.customFieldNames[key] == nil {
                        tx.apply(.nameCustomField(key: key, display), to: &s.workspace)
                    }
                case .name(let n): row.name = n
                case .created: break
                }
            }
        }
        // The counter stops below Int32.max, so the id it gives may be taken.
        if s.store.slot(of: row.id) != nil { throw Diagnostic(Message.duplicateId(row.id), at: name.range) }
        row.created = created
        let r = Int32(s.store.slotCount)
        tx.apply(.appendRecord(row), to: &s.workspace)
        tx.apply(.appendEvent(LedgerEvent(record: r, from: noStage, to: stage, at: created, cause: .create)), to: &s.workspace)
        return .message(Message.added(kind.name, row.id))
    }

    static func generate(
        _ count: Located<Int>, _ seed: UInt64, _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        do {
            let result = try PipelineGenerator.generate(
                count: count.value, seed: seed, now: s.now, into: s.workspace,
                cancellation: s.cancellation)
            let fieldEvents = result.store.fieldEvents.count - s.store.fieldEvents.count
            if result.records > 0 { tx.apply(.setStore(result.store), to: &s.workspace) }
            return .message(Message.generated(result.records, events: result.events, fieldEvents: fieldEvents, seed: seed))
        } catch let f as PipelineGenerator.Failure {
            throw Diagnostic(.verbatim(f.message), at: count.range)
        } catch is Interrupted {
            throw Diagnostic(Message.interrupted)
        } catch {
            throw Diagnostic(.verbatim(String(describing: error)), at: count.range)
        }
    }

    static func set(
        _ id: Located<String>, _ fields: [Assignment], _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        var seen: Set<String> = []
        var changes: [Change] = []
        for a in fields {
            try noDuplicate(a, &seen)
            if Field.builtIn(named: a.field.value) == .created {
                changes += try created(r, a.value, s)
                continue
            }
            let value = try storedValue(a, &s)
            if case .custom(let key, let display, _) = value, s.store.customFieldNames[key] == nil {
                changes.append(.nameCustomField(key: key, display))
            }
            changes.append(.setField(r, value))
            if let event = fieldEvent(r, value, s) { changes.append(.appendFieldEvent(event)) }
        }
        for c in changes { tx.apply(c, to: &s.workspace) }
        return .message(Message.updated(s.store.ids[r], fields.count))
    }

    /// The field event a `set` records: a change of value, expected close or
    /// owner, at the session's clock (nil when the field is not tracked or keeps its value).
    private static func fieldEvent(_ r: Int, _ value: StoredValue, _ s: Session) -> FieldEvent? {
        let store = s.store
        let (field, old, new): (TrackedField, Int64, Int64)
        switch value {
        case .value(let v): (field, old, new) = (.value, store.values[r], v)
        case .expectedClose(let t): (field, old, new) = (.expectedClose, store.expectedClose[r], t)
        case .owner(let c): (field, old, new) = (.owner, Int64(store.owners[r]), Int64(c))
        case .currency(let c): (field, old, new) = (.currency, Int64(store.currency(r)), Int64(c))
        default: return nil
        }
        guard old != new else { return nil }
        return FieldEvent(record: Int32(r), field: field, at: s.now.seconds, cause: .manual, old: old, new: new)
    }

    /// Changing when a record was created moves its creation event too, as
    /// long as the ledger stays in time order.
    private static func created(_ r: Int, _ token: Token, _ s: Session) throws(Diagnostic) -> [Change] {
        let t = try ValueParser.date(token).resolve(now: s.now).seconds
        let events = s.store.events(of: r)
        if events.count > 1, s.store.eventAt[events[1]] != missing, t > s.store.eventAt[events[1]] {
            throw Diagnostic(
                Message.createdAfterFirstChange(s.store.ids[r], Timestamp(seconds: s.store.eventAt[events[1]]).display),
                at: token.range)
        }
        return [.setField(r, .created(t))] + (events.first.map { [.setEventTime($0, t)] } ?? [])
    }

    /// The stored value an assignment writes, checked against its field's type.
    static func storedValue(_ a: Assignment, _ s: inout Session) throws(Diagnostic) -> StoredValue {
        let field = Field.builtIn(named: a.field.value) ?? .custom(Names.key(a.field.value))
        let text = Names.normalized(a.value.text)
        switch field {
        case .name:
            guard !Names.isBlank(text) else { throw Diagnostic(Message.emptyName, at: a.value.range) }
            return .name(text)
        case .account: return .account(s.workspace.store.internName(text))
        case .owner: return .owner(s.workspace.store.internName(text))
        case .source: return .source(s.workspace.store.internName(text))
        case .value:
            if a.value.text.isEmpty { return .value(missing) }
            let amount = try ValueParser.amount(a.value)
            guard amount.cents >= 0 else { throw Diagnostic(Message.negativeValue(a.value.text), at: a.value.range) }
            return .value(amount.cents)
        case .expectedClose:
            if a.value.text.isEmpty { return .expectedClose(missing) }
            return .expectedClose(try ValueParser.date(a.value).resolve(now: s.now).seconds)
        case .currency:
            if a.value.text.isEmpty { return .currency(0) }
            guard let code = Currency.code(text) else {
                throw Diagnostic(Message.notACurrency(a.value.text), at: a.value.range, hint: Message.hintCurrencies)
            }
            return .currency(s.workspace.store.internName(code))
        case .custom(let key):
            return .custom(key: key, display: Names.normalized(a.field.value), text.isEmpty ? nil : text)
        case .stage:
            throw Diagnostic(Message.setStage, at: a.field.range, hint: Message.hintMove)
        case .id:
            throw Diagnostic(Message.idIsFixed, at: a.field.range)
        case .kind, .probability:
            throw Diagnostic(Message.followsFromStage(field.name), at: a.field.range)
        default:
            throw Diagnostic(Message.readOnlyField(field.name), at: a.field.range)
        }
    }

    private static func noDuplicate(_ a: Assignment, _ seen: inout Set<String>) throws(Diagnostic) {
        let key = (Field.builtIn(named: a.field.value)?.name) ?? Names.key(a.field.value)
        guard seen.insert(key).inserted else { throw Diagnostic(Message.duplicateField(a.field.value), at: a.field.range) }
    }

    static func delete(_ id: Located<String>, _ s: inout Session, _ tx: inout Transaction) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        tx.apply(.setAlive(r, false), to: &s.workspace)
        return .message(Message.deleted(s.store.ids[r]))
    }

    /// The time a stage change happens: `on DATE`, or the session clock.
    ///
    /// The time a change happens: `on DATE`, or the session clock.
    private static func time(_ on: Located<DateSpec>?, _ s: Session) -> Int64 {
        on.map { $0.value.resolve(now: s.now).seconds } ?? s.now.seconds
    }

    /// Refuses a change dated before the record's last stage change: the ledger stays in time order.
    private static func checkOrder(_ r: Int, _ at: Int64, _ on: Located<DateSpec>?, after: SourceRange, _ s: Session) throws(Diagnostic) {
        let last = s.store.changed(r)
        guard last != missing && at < last else { return }
        if let on {
            throw Diagnostic(Message.beforeLastChange(s.store.ids[r], Timestamp(seconds: last).display), at: on.range)
        }
        throw Diagnostic(
            Message.clockBeforeLastChange(s.store.ids[r], Timestamp(seconds: last).display, s.now.display),
            at: SourceRange(after.end + 1, after.end + 2), hint: Message.hintOnDate)
    }

    /// Applies one policy-checked stage change and describes it.
    ///
    /// Whether the move is allowed is checked before when it happens: a refused move is the more useful message.
    private static func change(
        _ r: Int, to target: StageID, on: Located<DateSpec>?, after: SourceRange, cause: Cause,
        reason: String?, request: MoveRequest, range: SourceRange?, _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Message {
        let from = s.store.stages[r]
        let id = s.store.ids[r]
        if cause != .convert {
            try Moves.check(id: id, from: from, to: target, request: request, pipeline: s.pipeline, at: range)
        }
        let at = time(on, s)
        try checkOrder(r, at, on, after: after, s)
        let code = reason.map { s.workspace.store.intern(Names.normalized($0)) } ?? 0
        tx.apply(
            .appendEvent(LedgerEvent(record: Int32(r), from: from, to: target, at: at, cause: cause, reason: code)),
            to: &s.workspace)
        return Message.moved(id, s.pipeline[from].name, s.pipeline[target].name)
    }

    static func move(
        _ id: Located<String>, _ stage: Located<String>, _ on: Located<DateSpec>?, _ because: String?,
        _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        let target = try s.stage(stage)
        return .message(
            try change(
                r, to: target, on: on, after: stage.range, cause: .manual, reason: because, request: .explicit,
                range: stage.range, &s, &tx))
    }

    static func convert(
        _ id: Located<String>, _ on: Located<DateSpec>?, _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        let p = s.pipeline
        let current = p[s.store.stages[r]]
        guard current.kind == .lead else { throw Diagnostic(Message.alreadyOpportunity(id.value), at: id.range) }
        guard let qualified = p.lastOpenStage(.lead), s.store.stages[r] == qualified else {
            let q = p.lastOpenStage(.lead).map { p[$0].name } ?? "?"
            throw Diagnostic(Message.notQualified(id.value, current.name, q), at: id.range, hint: Message.hintMoveExplicitly(id.value, q))
        }
        guard let target = p.firstStage(.opportunity) else { throw Diagnostic(Message.noStagesOfKind("opportunities"), at: id.range) }
        _ = try change(r, to: target, on: on, after: id.range, cause: .convert, reason: nil, request: .explicit, range: id.range, &s, &tx)
        return .message(Message.converted(s.store.ids[r], p[target].name))
    }

    static func close(
        _ id: Located<String>, _ outcome: StageOutcome, _ on: Located<DateSpec>?, _ because: String?,
        _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        let kind = s.pipeline[s.store.stages[r]].kind
        guard let target = s.pipeline.closedStage(kind, outcome) else {
            throw Diagnostic(
                Message.noClosedStage(kind.name, outcome.name), at: id.range,
                hint: kind == .lead ? Message.hintConvertFirst(id.value) : nil)
        }
        return .message(
            try change(
                r, to: target, on: on, after: id.range, cause: .manual, reason: because, request: .explicit,
                range: id.range, &s, &tx))
    }

    static func log(
        _ activity: Located<String>, _ id: Located<String>, _ on: Located<DateSpec>?, _ note: String?,
        _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let r = try s.record(id)
        let kindText = Names.normalized(activity.value)
        guard !kindText.isEmpty else { throw Diagnostic(Message.emptyActivity, at: activity.range) }
        let at = time(on, s)
        let code = s.workspace.store.intern(Names.key(kindText))
        tx.apply(.appendActivity(Activity(record: Int32(r), kind: code, at: at, note: note.map(Names.normalized))), to: &s.workspace)
        var lines = [Message.logged(s.store.pool[code], s.store.ids[r])]
        let key = Names.key(kindText)
        for (i, rule) in s.pipeline.rules.enumerated() where Names.key(rule.activity) == key {
            let current = s.store.stages[r]
            guard s.pipeline[rule.target].kind == s.pipeline[current].kind, current != rule.target else { continue }
            if let condition = rule.condition {
                let holds = try FilterCompiler(reader: s.reader).compile(condition)
                guard holds(r) else { continue }
            }
            let text = try change(
                r, to: rule.target, on: on, after: id.range, cause: .rule, reason: nil, request: .rule(i + 1, rule),
                range: activity.range, &s, &tx)
            lines.append(Message.ruleMoved(i + 1, text))
        }
        return .message(.lines(lines))
    }
}
