/// Runs parsed commands against a session, one function per command.
enum Evaluator {
    static func run(_ command: Command, in s: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        switch command {
        case .add(let kind, let name, let fields):
            return try RecordOperations.add(kind, name, fields, &s, &tx)
        case .set(let id, let fields):
            return try RecordOperations.set(id, fields, &s, &tx)
        case .delete(let id):
            return try RecordOperations.delete(id, &s, &tx)
        case .move(let id, let stage, let on, let because):
            return try RecordOperations.move(id, stage, on, because, &s, &tx)
        case .convert(let id, let on):
            return try RecordOperations.convert(id, on, &s, &tx)
        case .won(let id, let on):
            return try RecordOperations.close(id, .won, on, nil, &s, &tx)
        case .lost(let id, let on, let because):
            return try RecordOperations.close(id, .lost, on, because, &s, &tx)
        case .log(let activity, let id, let on, let note):
            return try RecordOperations.log(activity, id, on, note, &s, &tx)
        case .show(let id):
            return try Queries.show(id, s)
        case .history(let id):
            return try Queries.history(id, s)
        case .list(let q):
            return try Queries.list(q, s)
        case .count(let q):
            return try Queries.count(q, s)
        case .report(let kind, let q):
            return .table(try kind.report.table(q, s))
        case .exportChart(let kind, let q, let file):
            return try ExportOperations.chart(kind, q, file, s)
        case .exportReport(let kind, let q, let file):
            return try ExportOperations.report(kind, q, file, s)
        case .generate(let count, let seed):
            return try RecordOperations.generate(count, seed, &s, &tx)
        case .stages(let kind):
            return PipelineOperations.stages(kind, s)
        case .stageAdd(let kind, let name, let placement, let probability, let outcome):
            return try PipelineOperations.add(kind, name, placement, probability, outcome, &s, &tx)
        case .stageRename(let from, let to):
            return try PipelineOperations.rename(from, to, &s, &tx)
        case .stageSet(let name, let fields):
            return try PipelineOperations.set(name, fields, &s, &tx)
        case .stageRemove(let name):
            return try PipelineOperations.remove(name, &s, &tx)
        case .stagesSet(let kind, let open, let won, let lost):
            return try PipelineOperations.replace(kind, open: open, won: won, lost: lost, &s, &tx)
        case .policy(let policy):
            return PipelineOperations.policy(policy, &s, &tx)
        case .rules:
            return PipelineOperations.rules(s)
        case .ruleAdd(let activity, let condition, let text, let stage):
            return try PipelineOperations.addRule(activity, condition, text, stage, &s, &tx)
        case .ruleRemove(let number):
            return try PipelineOperations.removeRule(number, &s, &tx)
        case .undo:
            return try s.undo()
        case .redo:
            return try s.redo()
        case .check:
            let problems = Consistency.problems(s.workspace)
            guard let first = problems.first else {
                return .message(Messages.consistent(s.store.liveCount, s.store.eventCount))
            }
            throw Diagnostic(Messages.inconsistent(first), hints: Array(problems.dropFirst()) + [Messages.hintReportInconsistency])

        case .now(let setting):
            return SessionOperations.now(setting, &s)
        case .importData(let set, let file, let options):
            return try SessionOperations.importData(set, file, options, &s, &tx)
        case .export(let set, let file):
            return try SessionOperations.export(set, file, s)
        case .format(let format):
            if let format { s.format = format; return .none }
            return .message(s.format.rawValue)
        case .echo(let on):
            if let on { s.echo = on; return .none }
            return .message(s.echo ? "on" : "off")
        case .timer(let on):
            if let on { s.timer = on; return .none }
            return .message(s.timer ? "on" : "off")
        case .pager(let mode):
            if let mode { s.pager = mode; return .none }
            return .message(s.pager.rawValue)
        case .expanded(let mode):
            if let mode { s.expanded = mode; return .none }
            return .message(s.expanded.rawValue)
        case .run(let file):
            return .runScript(file)
        case .save(let target):
            return try SnapshotOperations.save(target, &s)
        case .load(let target, let force):
            return try SnapshotOperations.load(target, force: force, &s)
        case .snapshots:
            return SnapshotOperations.list(s)
        case .diff(let old, let new):
            return try SnapshotOperations.diff(old, new, s)
        case .recover:
            return try SnapshotOperations.recover(&s)
        case .discard:
            return try SnapshotOperations.discard(&s)
        case .help(let topic, let range):
            return try Help.text(topic: topic, range: range)
        case .quit:
            return .quit
        }
    }
}

extension Session {
    /// The live record a written id names.
    func record(_ id: Located<String>) throws(Diagnostic) -> Int {
        let store = workspace.store
        if let r = store.slot(of: id.value) { return Int(r) }
        let normalized = Names.normalized(id.value)
        if let r = store.slot(of: normalized) { return Int(r) }
        if let n = Int(id.value), let r = store.slot(of: String(n)) { return Int(r) }
        var hint: String?
        // A case slip is the common typo; a full nearest-id search is only
        // affordable on small sessions.
        for variant in [id.value.uppercased(), id.value.lowercased()] where store.slot(of: variant) != nil {
            hint = Messages.hintDidYouMean(variant)
        }
        // Numbers are all near each other; suggesting one would be a guess.
        if hint == nil && store.liveCount <= 5_000 && Int(id.value) == nil {
            let ids = store.ids.indices.filter { store.alive[$0] }.map { store.ids[$0] }
            hint = Suggest.nearest(id.value, in: ids).map(Messages.hintDidYouMean)
        }
        throw Diagnostic(Messages.unknownRecord(id.value), at: id.range, hint: hint ?? Messages.hintListIds)
    }

    func stage(_ name: Located<String>) throws(Diagnostic) -> StageID {
        try StageResolver(pipeline: workspace.pipeline).resolve(name)
    }

    var reader: FieldReader { FieldReader(workspace: workspace, now: now.seconds) }
}
