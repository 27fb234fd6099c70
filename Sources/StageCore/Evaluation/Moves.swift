/// Who asked for a stage change, which decides what the policy allows.
enum MoveRequest {
    /// `move`, `won`, `lost`: may take a record out of a closed stage.
    case explicit
    /// An automatic rule, by its number in `rules`.
    case rule(Int, Rule)
}

/// The policy check every stage change made in a session goes through.
enum Moves {
    static func check(
        id: String, from: StageID, to: StageID, request: MoveRequest,
        pipeline p: Pipeline, at range: SourceRange?
    ) throws(Diagnostic) {
        let source = p[from], target = p[to]
        let ruleNote: Message? = {
            if case .rule(let n, let rule) = request { return Message.byRule(n, rule.text(in: p)) }
            return nil
        }()
        if from == to {
            throw Diagnostic(Message.alreadyInStage(id, source.name), at: range)
        }
        if source.kind != target.kind {
            var hints: [Message] = []
            if source.kind == .lead { hints.append(Message.hintConvert(id, p.lastOpenStage(.lead).map { p[$0].name } ?? "")) }
            throw Diagnostic(
                Message.wrongKind(stage: target.name, stageKind: target.kind.name, id: id, kind: source.kind.name),
                at: range, hints: hints)
        }
        if p.policy == .free { return }
        if source.isClosed {
            if case .explicit = request { return }
            throw Diagnostic(
                Message.policyRefusesLeavingClosed(p.policy.rawValue, id: id, from: source.name, to: target.name, rule: ruleNote),
                at: range, hints: [Message.hintMoveExplicitly(id, target.name), Message.hintPolicyFree])
        }
        let rankFrom = p.rank(from), rankTo = p.rank(to)
        if rankTo < rankFrom {
            throw Diagnostic(
                Message.policyRefusesBackward(p.policy.rawValue, id: id, from: source.name, to: target.name, rule: ruleNote),
                at: range, hints: [Message.hintPolicyFree])
        }
        guard p.policy == .strict else { return }
        let open = p.order(source.kind).filter { !p[$0].isClosed }
        let skipped: [StageID]
        switch target.outcome {
        case .open: skipped = Array(open[(rankFrom + 1)..<rankTo])
        case .won: skipped = Array(open[(rankFrom + 1)...])
        case .lost: skipped = []
        }
        if !skipped.isEmpty {
            throw Diagnostic(
                Message.policyRefusesSkip(
                    id: id, from: source.name, to: target.name,
                    skipped: skipped.map { p[$0].name }, rule: ruleNote),
                at: range, hints: [Message.hintMoveThrough(id, p[skipped[0]].name), Message.hintPolicyForward])
        }
    }
}

/// Whether the policy allows each explicit move, worked out once per pair of
/// stages: an import counts the moves the policy would refuse, millions of times.
struct MoveVerdicts {
    let pipeline: Pipeline
    /// From × to: 0 not yet known, 1 allowed, 2 refused.
    private var known: [UInt8]

    init(_ pipeline: Pipeline) {
        self.pipeline = pipeline
        known = Array(repeating: 0, count: pipeline.stages.count * pipeline.stages.count)
    }

    mutating func allows(from: StageID, to: StageID) -> Bool {
        let n = pipeline.stages.count
        guard Int(from) < n, Int(to) < n else { return false }
        let k = Int(from) * n + Int(to)
        if known[k] == 0 {
            let allowed = (try? Moves.check(id: "", from: from, to: to, request: .explicit, pipeline: pipeline, at: nil)) != nil
            known[k] = allowed ? 1 : 2
        }
        return known[k] == 1
    }
}
