import Foundation

/// Reading a snapshot's pipeline: its stages, policy and rules.
extension SnapshotReader {
    mutating func readPipeline(_ j: inout JSONReader) throws(SnapshotError) -> Pipeline {
        var p = Pipeline(stages: [], leadOrder: [], opportunityOrder: [], policy: .forward, rules: [])
        var ruleTexts: [(String, String?, String, String)] = []
        var hasStages = false
        try j.object { (j, key) throws(SnapshotError) in
            switch key.text {
            case "policy":
                let text = try j.string()
                guard let policy = Policy(rawValue: text) else { throw j.fail(Message.snapshotUnknownValue(text, Policy.allCases.map(\.rawValue))) }
                p.policy = policy
            case "stages":
                hasStages = true
                try j.array { (j, _) throws(SnapshotError) in
                    let stage = try readStage(&j)
                    let nameKey = Names.key(stage.name)
                    guard stageByName[nameKey] == nil else { throw j.fail(Message.snapshotDuplicateStage(stage.name)) }
                    guard p.stages.count < Int(noStage) - 1 else { throw j.fail(Message.tooManyStages) }
                    let id = StageID(p.stages.count)
                    stageByName[nameKey] = id
                    p.stages.append(stage)
                    p.setOrder(stage.kind, p.order(stage.kind) + [id])
                }
            case "rules":
                try j.array { (j, _) throws(SnapshotError) in
                    var on: String?, when: String?, target: String?
                    try j.object { (j, key) throws(SnapshotError) in
                        switch key.text {
                        case "on": on = try j.string()
                        case "when": when = j.null() ? nil : try j.string()
                        case "move_to": target = try j.string()
                        default: throw j.fail(Message.snapshotUnknownKey(key.text))
                        }
                    }
                    guard let on else { throw j.fail(Message.snapshotMissingKey("on")) }
                    guard let target else { throw j.fail(Message.snapshotMissingKey("move_to")) }
                    ruleTexts.append((on, when, target, j.pathText))
                }
            default:
                throw j.fail(Message.snapshotUnknownKey(key.text))
            }
        }
        // A kind without stages is a pipeline the commands accept (`stage
        // remove` takes the last one), so it is not refused here.
        guard hasStages else { throw j.fail(Message.snapshotMissingKey("stages")) }
        // A condition is read by the parser, and compiled once the records are in, as a typed rule is.
        for (on, when, target, path) in ruleTexts {
            let activity = Names.key(Names.normalized(on))
            // Only an empty one: `rule add` and `log` take a blank activity.
            guard !activity.isEmpty else { throw SnapshotError(path: path, problem: Message.emptyActivity) }
            guard let id = p.stage(named: target) else { throw SnapshotError(path: path + ".move_to", problem: Message.unknownStage(target)) }
            var condition: Expression?
            if let when {
                do {
                    condition = try Parser.condition(when)
                } catch {
                    throw SnapshotError(path: path + ".when", problem: error.message)
                }
                ruleConditions.append((condition!, path + ".when"))
            }
            p.rules.append(Rule(activity: activity, condition: condition, conditionText: when, target: id))
        }
        return p
    }

    func readStage(_ j: inout JSONReader) throws(SnapshotError) -> Stage {
        var name: String?, kind: RecordKind?, probability: Int?, outcome: StageOutcome = .open, stale: Int64?
        try j.object { (j, key) throws(SnapshotError) in
            switch key.text {
            case "name":
                let n = try j.string()
                guard !Names.isBlank(n) else { throw j.fail(Message.emptyStageName) }
                name = Names.normalized(n)
            case "kind":
                let k = try j.string()
                guard let v = RecordKind.allCases.first(where: { $0.name == k }) else {
                    throw j.fail(Message.snapshotUnknownValue(k, RecordKind.allCases.map(\.name)))
                }
                kind = v
            case "probability":
                let p = try j.hundredths()
                guard (0...10_000).contains(p) else { throw j.fail(Message.probabilityRange(Amount(cents: p).plain)) }
                probability = Int(p)
            case "stale_seconds":
                stale = try j.integer(in: 0...Int64(Int32.max) * 100)
            case "outcome":
                let o = try j.string()
                guard let v = [StageOutcome.open, .won, .lost].first(where: { $0.name == o }) else {
                    throw j.fail(Message.snapshotUnknownValue(o, ["open", "won", "lost"]))
                }
                outcome = v
            default:
                throw j.fail(Message.snapshotUnknownKey(key.text))
            }
        }
        guard let name else { throw j.fail(Message.snapshotMissingKey("name")) }
        guard let kind else { throw j.fail(Message.snapshotMissingKey("kind")) }
        // Since version 3 an open stage may have no probability (the key is left out).
        let unset: Int? = outcome == .won ? 10_000 : outcome == .lost || version < 3 ? 0 : nil
        var stage = Stage(name: name, kind: kind, probability: probability ?? unset, outcome: outcome)
        stage.staleAfter = stale
        return stage
    }

    /// A stage by its name's bytes, through a small cache: records repeat a handful of names.
    mutating func stage(_ j: inout JSONReader) throws(SnapshotError) -> StageID {
        let start = j.position
        guard let bytes = try? j.stringBytes() else {
            // A name with escapes (a quote, a tab) takes the slow road.
            j.position = start
            let name = try j.string()
            guard let id = stageByName[Names.key(name)] else { throw j.fail(Message.unknownStage(name)) }
            return id
        }
        for (k, id) in stageCache where k.count == bytes.count && memcmp(k, bytes.baseAddress!, k.count) == 0 { return id }
        let name = String(decoding: bytes, as: UTF8.self)
        guard let id = stageByName[Names.key(name)] else {
            throw j.fail(Message.unknownStage(name))
        }
        stageCache.append((Array(bytes), id))
        return id
    }

    /// Snapshots whose records take fewer bytes than this are read by one worker: splitting them saves less than it costs.
    ///
    /// Tests lower it.
    @TaskLocal static var splitThreshold = 8 << 20
}
