/// `stages`, `stage add|rename|set|remove`, `policy`, `rules` and `rule add|remove`.
enum PipelineOperations {
    static func stages(_ kind: RecordKind?, _ s: Session) -> Outcome {
        let p = s.pipeline
        var counts = [Int](repeating: 0, count: p.stages.count)
        for r in 0..<s.store.slotCount where s.store.alive[r] { counts[Int(s.store.stages[r])] += 1 }
        let ids = kind.map { p.order($0) } ?? p.liveStages
        let rows: [[Cell]] = ids.map { id in
            let st = p[id]
            let position = p.order(st.kind).firstIndex(of: id)! + 1
            return [
                .text(st.name), .text(st.kind.name), .integer(Int64(position)), st.probability.map { .percent(Double($0) / 100) } ?? .undefined,
                .text(st.outcome.name), .integer(Int64(counts[Int(id)])),
            ]
        }
        let columns = [
            Column("stage").translated(), Column("kind").translated(), Column("order", alignment: .right).translated(),
            Column("probability", alignment: .right).translated(), Column("outcome").translated(),
            Column("records", alignment: .right).translated(),
        ]
        return .table(Table(columns: columns, rows: rows, footer: Message.rowCount(rows.count)))
    }

    private static func checkName(_ name: Located<String>, _ p: Pipeline) throws(Diagnostic) -> String {
        let text = Names.normalized(name.value).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw Diagnostic(Message.emptyStageName, at: name.range) }
        if let existing = p.stage(named: text) {
            throw Diagnostic(Message.stageExists(p[existing].name, p[existing].kind.name), at: name.range)
        }
        return text
    }

    static func add(
        _ kind: RecordKind, _ name: Located<String>, _ placement: StagePlacement, _ probability: Located<Int>?,
        _ outcome: StageOutcome, _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        let text = try checkName(name, p)
        guard p.stages.count < Int(noStage) - 1 else { throw Diagnostic(Message.tooManyStages, at: name.range) }
        var order = p.order(kind)
        let index: Int
        switch placement {
        case .end:
            index = outcome == .open ? (order.firstIndex { p[$0].isClosed } ?? order.count) : order.count
        case .before(let other), .after(let other):
            let anchor = try StageResolver(pipeline: p).resolve(other)
            guard p[anchor].kind == kind else {
                throw Diagnostic(Message.stageOfOtherKind(p[anchor].name, p[anchor].kind.name, kind.name), at: other.range)
            }
            let i = order.firstIndex(of: anchor)!
            if case .before = placement { index = i } else { index = i + 1 }
        }
        let defaultProbability: Int? = outcome == .won ? 10_000 : outcome == .lost ? 0 : nil
        let id = StageID(p.stages.count)
        p.stages.append(Stage(name: text, kind: kind, probability: probability.map { $0.value } ?? defaultProbability, outcome: outcome))
        order.insert(id, at: index)
        p.setOrder(kind, order)
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.stageAdded(kind.name, text, index + 1))
    }

    static func rename(
        _ from: Located<String>, _ to: Located<String>, _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        let id = try StageResolver(pipeline: p).resolve(from)
        let old = p[id].name
        let text: String
        if Names.key(to.value) == Names.key(old) {
            text = Names.normalized(to.value)  // a change of case only
        } else {
            text = try checkName(to, p)
        }
        p[id].name = text
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.stageRenamed(old, text))
    }

    static func set(
        _ name: Located<String>, _ fields: [Assignment], _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        let id = try StageResolver(pipeline: p).resolve(name)
        for a in fields {
            switch a.field.value.lowercased() {
            case "probability", "prob":
                p[id].probability = try ValueParser.probability(a.value)
            case "stale":
                p[id].staleAfter = a.value.text.isEmpty ? nil : try ValueParser.duration(a.value)
            default:
                throw Diagnostic(Message.unknownStageSetting(a.field.value), at: a.field.range, hint: Message.hintOneOf(["probability", "stale"]))
            }
        }
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.stageUpdated(p[id].name))
    }

    static func remove(_ name: Located<String>, _ s: inout Session, _ tx: inout Transaction) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        let id = try StageResolver(pipeline: p).resolve(name)
        try checkUnused(id, at: name.range, s)
        let kind = p[id].kind
        p.setOrder(kind, p.order(kind).filter { $0 != id })
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.stageRemoved(p[id].name))
    }

    /// Refuses a change that would take stage `id` away or change what it
    /// means while a record is in it, its history names it, or a rule moves to it.
    private static func checkUnused(_ id: StageID, at range: SourceRange, _ s: Session) throws(Diagnostic) {
        let p = s.pipeline, store = s.store
        var current = 0
        for r in 0..<store.slotCount where store.alive[r] && store.stages[r] == id { current += 1 }
        if current > 0 {
            throw Diagnostic(Message.stageInUse(p[id].name, current), at: range, hint: Message.hintMoveRecordsFirst(p[id].name))
        }
        var past = 0
        // Deleted records count too: undoing their deletion brings their history back.
        for e in 0..<store.eventCount where store.eventTo[e] == id || store.eventFrom[e] == id { past += 1 }
        if past > 0 { throw Diagnostic(Message.stageInHistory(p[id].name, past), at: range) }
        if let n = p.rules.firstIndex(where: { $0.target == id }) {
            throw Diagnostic(Message.stageInRule(p[id].name, n + 1), at: range, hint: Message.hintRemoveRule(n + 1))
        }
    }

    /// `stages set`: the kind's live stages become exactly the ones named, in order.
    ///
    /// A named stage the kind has keeps its id (so its records and history); a new one is added; a stage left out is
    /// removed as `stage remove` would, and a used stage cannot change between open, won and lost.
    static func replace(
        _ kind: RecordKind, open: [Located<String>], won: Located<String>?, lost: Located<String>?,
        _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        let named = open.map { ($0, StageOutcome.open) } + [won.map { ($0, .won) }, lost.map { ($0, .lost) }].compactMap { $0 }
        var order: [StageID] = []
        var seen = Set<String>()
        for (name, outcome) in named {
            let text = Names.normalized(name.value).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw Diagnostic(Message.emptyStageName, at: name.range) }
            let key = Names.key(text)
            guard seen.insert(key).inserted else { throw Diagnostic(Message.stageNamedTwice(text), at: name.range) }
            if let id = p.stage(named: text) {
                guard p[id].kind == kind else { throw Diagnostic(Message.stageExists(p[id].name, p[id].kind.name), at: name.range) }
                if p[id].outcome != outcome {
                    try checkUnused(id, at: name.range, s)
                    p[id].outcome = outcome
                    if outcome == .won { p[id].probability = 10_000 } else if outcome == .lost { p[id].probability = 0 }
                }
                p[id].name = text
                order.append(id)
            } else {
                guard p.stages.count < Int(noStage) - 1 else { throw Diagnostic(Message.tooManyStages, at: name.range) }
                order.append(StageID(p.stages.count))
                p.stages.append(
                    Stage(
                        name: text, kind: kind, probability: outcome == .won ? 10_000 : outcome == .lost ? 0 : nil,
                        outcome: outcome))
            }
        }
        let range = SourceRange(open.first!.range.start, (lost ?? won ?? open.last!).range.end)
        for id in p.order(kind) where !order.contains(id) { try checkUnused(id, at: range, s) }
        p.setOrder(kind, order)
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.stagesReplaced(kind.name, p.order(kind).map { p[$0].name }, closed: [won, lost].compactMap { $0 }.count))
    }

    static func policy(_ policy: Policy?, _ s: inout Session, _ tx: inout Transaction) -> Outcome {
        guard let policy else { return .message(Message.policyIs(s.pipeline.policy.rawValue)) }
        guard policy != s.pipeline.policy else { return .message(Message.policyIs(policy.rawValue)) }
        var p = s.pipeline
        p.policy = policy
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.policySet(policy.rawValue))
    }

    static func rules(_ s: Session) -> Outcome {
        let p = s.pipeline
        let rows: [[Cell]] = p.rules.enumerated().map { i, rule in
            [.integer(Int64(i + 1)), .text(rule.activity), rule.conditionText.map(Cell.text) ?? .null, .text(p[rule.target].name)]
        }
        let columns = [
            Column("rule", alignment: .right).translated(), Column("on").translated(), Column("when").translated(),
            Column("move to").translated(),
        ]
        return .table(Table(columns: columns, rows: rows, footer: Message.rowCount(rows.count)))
    }

    static func addRule(
        _ activity: Located<String>, _ condition: Expression?, _ text: String?, _ stage: Located<String>,
        _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        let target = try StageResolver(pipeline: p).resolve(stage)
        if let condition { _ = try FilterCompiler(reader: s.reader).compile(condition) }
        let kind = Names.key(Names.normalized(activity.value))
        guard !kind.isEmpty else { throw Diagnostic(Message.emptyActivity, at: activity.range) }
        p.rules.append(Rule(activity: kind, condition: condition, conditionText: text, target: target))
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.ruleAdded(p.rules.count, p.rules.last!.text(in: p)))
    }

    static func removeRule(_ number: Located<Int>, _ s: inout Session, _ tx: inout Transaction) throws(Diagnostic) -> Outcome {
        var p = s.pipeline
        guard number.value >= 1 && number.value <= p.rules.count else {
            throw Diagnostic(Message.noSuchRule(number.value, p.rules.count), at: number.range, hint: Message.hintRules)
        }
        let rule = p.rules.remove(at: number.value - 1)
        tx.apply(.setPipeline(p), to: &s.workspace)
        return .message(Message.ruleRemoved(number.value, rule.text(in: s.pipeline)))
    }
}
