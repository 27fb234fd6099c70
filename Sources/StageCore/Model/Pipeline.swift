/// The stages records move through, the policy on moves, and the automatic rules.
public struct Pipeline: Sendable {
    /// Every stage ever defined; a `StageID` indexes it.
    ///
    /// Removed stages stay here (out of `order`) so that ids never shift.
    public var stages: [Stage]
    /// The live stages of each kind, in pipeline order.
    public var leadOrder: [StageID]
    public var opportunityOrder: [StageID]
    public var policy: Policy
    public var rules: [Rule]

    public init(stages: [Stage], leadOrder: [StageID], opportunityOrder: [StageID], policy: Policy, rules: [Rule]) {
        self.stages = stages
        self.leadOrder = leadOrder
        self.opportunityOrder = opportunityOrder
        self.policy = policy
        self.rules = rules
    }

    /// New → Contacted → Qualified; Negotiation → Proposal Sent → Won | Lost,
    /// with the rule that a quote moves a deal to Proposal Sent.
    public static let standard: Pipeline = {
        let stages = [
            Stage(name: "New", kind: .lead, probability: 500),
            Stage(name: "Contacted", kind: .lead, probability: 1_000),
            Stage(name: "Qualified", kind: .lead, probability: 2_000),
            Stage(name: "Negotiation", kind: .opportunity, probability: 4_000),
            Stage(name: "Proposal Sent", kind: .opportunity, probability: 6_000),
            Stage(name: "Won", kind: .opportunity, probability: 10_000, outcome: .won),
            Stage(name: "Lost", kind: .opportunity, probability: 0, outcome: .lost),
        ]
        return Pipeline(
            stages: stages, leadOrder: [0, 1, 2], opportunityOrder: [3, 4, 5, 6], policy: .forward,
            rules: [Rule(activity: "quote", condition: nil, conditionText: nil, target: 4)])
    }()

    public subscript(id: StageID) -> Stage {
        get { stages[Int(id)] }
        set { stages[Int(id)] = newValue }
    }

    /// The live stages of `kind`, in order.
    public func order(_ kind: RecordKind) -> [StageID] {
        kind == .lead ? leadOrder : opportunityOrder
    }

    public mutating func setOrder(_ kind: RecordKind, _ order: [StageID]) {
        if kind == .lead { leadOrder = order } else { opportunityOrder = order }
    }

    /// Every live stage: leads first, then opportunities.
    public var liveStages: [StageID] { leadOrder + opportunityOrder }

    /// The live stage called `name` (case-insensitive, NFC).
    public func stage(named name: String) -> StageID? {
        let key = Names.key(name)
        return liveStages.first { Names.key(self[$0].name) == key }
    }

    /// A stage's position among all live stages (leads before opportunities),
    /// which is how `order by stage` and `stage < X` compare.
    public func position(_ id: StageID) -> Int {
        liveStages.firstIndex(of: id) ?? Int(id) + 1_000
    }

    /// Where a stage stands for the policy: its index among its kind's open
    /// stages; every closed stage shares the rank after the last open one.
    public func rank(_ id: StageID) -> Int {
        let stage = self[id]
        let open = order(stage.kind).filter { !self[$0].isClosed }
        if stage.isClosed { return open.count }
        return open.firstIndex(of: id) ?? 0
    }

    public func firstStage(_ kind: RecordKind) -> StageID? {
        order(kind).first { !self[$0].isClosed } ?? order(kind).first
    }

    /// The last open stage of `kind`: for leads, the qualified stage `convert` needs.
    public func lastOpenStage(_ kind: RecordKind) -> StageID? {
        order(kind).last { !self[$0].isClosed }
    }

    public func closedStage(_ kind: RecordKind, _ outcome: StageOutcome) -> StageID? {
        order(kind).first { self[$0].outcome == outcome }
    }

    /// All live stage names, for hints and completion.
    public var stageNames: [String] { liveStages.map { self[$0].name } }
}

/// An automatic move: logging an activity moves the record to a stage.
public struct Rule: Sendable {
    /// The activity kind, as typed (compared by `Names.key`).
    public var activity: String
    public var condition: Expression?
    public var conditionText: String?
    public var target: StageID

    public init(activity: String, condition: Expression?, conditionText: String?, target: StageID) {
        self.activity = activity
        self.condition = condition
        self.conditionText = conditionText
        self.target = target
    }

    /// The rule as `rule add` would write it.
    public func text(in pipeline: Pipeline) -> String {
        var s = "on \(activity)"
        if let c = conditionText { s += " when \(c)" }
        return s + " move to \(Quoting.quoteIfNeeded(pipeline[target].name))"
    }
}
