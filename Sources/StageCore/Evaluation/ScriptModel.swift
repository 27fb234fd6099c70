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
/// Each command says which of these it is (`Command.scriptEffect`) and which
/// stages it names (`Command.stageReferences`).
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

    /// Checks one parsed command against what is known, then follows it: the
    /// error it would give, or nil when it would succeed or cannot be known.
    public mutating func check(_ spec: CommandSpec, _ command: any Command) -> Diagnostic? {
        var command = command
        switch command.scriptEffect {
        case .runs, .runsOnStages, .triedOnStages, .forgetsStages: break
        case .runsInstead(let other): command = other
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
    private mutating func followStages(_ spec: CommandSpec, _ command: any Command) throws(Diagnostic) {
        switch command.scriptEffect {
        case .runsOnStages:
            _ = try session.execute(spec, command)
        case .triedOnStages:
            var probe = session
            _ = try probe.execute(spec, command)
        case .forgetsStages:
            knowledge = .nothing
        default:
            break
        }
    }

    /// The stages a command names, each of which must exist.
    private func checkStageNames(_ command: any Command) throws(Diagnostic) {
        let stages = StageResolver(pipeline: session.pipeline)
        for reference in command.stageReferences {
            switch reference {
            case .stage(let name): _ = try stages.resolve(name)
            case .condition(let e): try checkStages(in: e, stages)
            }
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
