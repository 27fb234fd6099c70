/// The session a script runs in, as far as `--check` can know it without
/// reading or writing a file or running another script.
///
/// A script that starts from a known session (the default pipeline, or a
/// snapshot read before checking) and only changes it by its own commands
/// determines that session: each command is run on a copy, in memory, and
/// fails here exactly as it would there (an unknown stage, a move to a stage
/// of the other kind, a record that does not exist, an unknown field). Data
/// from outside ends that: after an import or `generate` the records are
/// unknown but the stages are still the script's own, so only stage names are
/// checked; after `load`, `run`, `recover`, an import that creates stages,
/// `undo` of unknown changes or `quit`, nothing is, and commands are only parsed.
public struct ScriptModel: Sendable {
    /// How much of the session the script's own commands determine.
    private enum Knowledge: Sendable, Equatable {
        /// All of it: `session` is the session the script would have.
        case everything
        /// Its pipeline (stages, policy), not its records: `session` holds the pipeline and no records.
        case stages
        case nothing
    }

    private var knowledge = Knowledge.everything
    private var session: Session

    /// A model of a script that starts from `session`; it asks no questions, as a script cannot.
    public init(_ session: Session = Session()) {
        self.session = session
        self.session.canAsk = false
    }

    /// What the command would do to the model, from the command alone.
    private enum Effect {
        /// Run it: it reads and changes nothing but the session.
        case run
        /// Run this report instead: the export's file is not written.
        case report(ReportKind, ReportQuery)
        /// Leave it: it touches files only, or nothing a later command sees.
        case none
        /// It brings in records from outside.
        case addsUnknownRecords
        /// It replaces the session, its stages included, or ends the script.
        case replacesEverything
    }

    private static func effect(_ command: Command) -> Effect {
        switch command {
        case .add, .set, .delete, .move, .convert, .won, .lost, .log, .show, .history, .list, .count, .report,
             .stages, .stageAdd, .stageRename, .stageSet, .stageRemove, .stagesSet, .policy, .rules, .ruleAdd, .ruleRemove,
             .undo, .redo, .now, .format, .echo, .timer, .pager, .expanded, .help:
            return .run
        case .exportChart(let kind, let query, _), .exportReport(let kind, let query, _):
            return .report(kind, query)
        case .save, .export, .snapshots, .diff, .discard, .check:
            return .none
        case .generate:
            return .addsUnknownRecords
        case .importData(_, _, let options):
            return options.dryRun ? .none : options.createStages ? .replacesEverything : .addsUnknownRecords
        case .load, .run, .recover, .quit:
            return .replacesEverything
        }
    }

    /// Checks one parsed command against what is known, then follows it: the
    /// error it would give, or nil when it would succeed or cannot be known.
    public mutating func check(_ spec: CommandSpec, _ command: Command) -> Diagnostic? {
        var command = command
        switch ScriptModel.effect(command) {
        case .run: break
        case .report(let kind, let query): command = .report(kind, query)
        case .none: return nil
        case .addsUnknownRecords:
            if knowledge == .everything { forgetRecords() }
            return nil
        case .replacesEverything:
            knowledge = .nothing
            return nil
        }
        do throws(Diagnostic) {
            switch knowledge {
            case .everything:
                // A misspelt stage first, as when only the stages are known; then what running it says.
                try checkStageNames(command)
                _ = try session.execute(spec, command)
            case .stages:
                try checkStageNames(command)
                try followStages(spec, command)
            case .nothing:
                break
            }
            return nil
        } catch {
            return error
        }
    }

    /// Keeps the pipeline, policy and rules; the records from now on are not known.
    private mutating func forgetRecords() {
        knowledge = .stages
        var empty = Session(workspace: Workspace(pipeline: session.pipeline), environment: session.environment)
        empty.frozenClock = session.frozenClock
        session = empty
    }

    /// With the stages known but not the records: the stages changed, and
    /// what else can fail without the records.
    private mutating func followStages(_ spec: CommandSpec, _ command: Command) throws(Diagnostic) {
        switch command {
        case .stageAdd, .stageRename, .stageSet, .stageRemove, .stagesSet, .policy, .now:
            // Their errors depend on the pipeline alone (or, refused for records, happen only there).
            _ = try session.execute(spec, command)
        case .add:
            // Against no records, an `add` fails only for its stage, its values or its name.
            var probe = session
            _ = try probe.execute(spec, command)
        case .undo, .redo:
            // It may take back a change of stages made before the records became unknown.
            knowledge = .nothing
        default:
            break
        }
    }

    /// The stages a command names, each of which must exist.
    private func checkStageNames(_ command: Command) throws(Diagnostic) {
        let stages = StageResolver(pipeline: session.pipeline)
        switch command {
        case .move(_, let stage, _, _):
            _ = try stages.resolve(stage)
        case .list(let query), .count(let query):
            try query.filter.map { (e) throws(Diagnostic) in try checkStages(in: e, stages) }
        case .report(_, let query):
            for stage in [query.from, query.to, query.stage] { if let stage { _ = try stages.resolve(stage) } }
            try query.filter.map { (e) throws(Diagnostic) in try checkStages(in: e, stages) }
        case .ruleAdd(_, let condition, _, let stage):
            try condition.map { (e) throws(Diagnostic) in try checkStages(in: e, stages) }
            _ = try stages.resolve(stage)
        default:
            break
        }
    }

    /// The stages a condition compares `stage` with (`~` looks for text, not a stage).
    private func checkStages(in e: Expression, _ stages: StageResolver) throws(Diagnostic) {
        switch e {
        case .and(let a, let b), .or(let a, let b):
            try checkStages(in: a, stages)
            try checkStages(in: b, stages)
        case .not(let a):
            try checkStages(in: a, stages)
        case .comparison(let field, let op, let value):
            if Field.builtIn(named: field.value) == .stage && op.value != .contains {
                _ = try stages.resolve(Located(value.text, value.range))
            }
        case .membership(let field, let values, _):
            if Field.builtIn(named: field.value) == .stage {
                for v in values { _ = try stages.resolve(Located(v.text, v.range)) }
            }
        case .period, .bound:
            break
        }
    }
}
