/// The session's pipeline made from Odoo's stages, and the way from an Odoo stage id to it.
///
/// Odoo's stages (crm_stage, in sequence order) are opportunity stages: the open ones in
/// order, then the won ones (`is_won`). Odoo has no lost stage, since a lost deal is
/// archived where it stood, so a closed `Lost` stage follows them; a `Lead` stage before
/// them holds the leads, which Odoo keeps out of its pipeline. Stages of the same name
/// (one per sales team) are one stage, as are a stage and its translations; a stage
/// deleted since, which old tracking rows still name, becomes an open stage of that name
/// after the others.
struct OdooPipeline: Sendable {
    private(set) var pipeline: Pipeline
    /// Odoo's stage id (negative for a deleted stage) → the session's stage.
    private var stages = OdooIdIndex<StageID>()
    /// The names of deleted stages, by their made-up negative id.
    private var deleted: [String: Int64] = [:]
    let lead: StageID
    let lost: StageID
    /// Whether any record was a lead: without one, the `Lead` stage is dropped at the end.
    var leadUsed = false
    /// The stages added for deleted ones, in the order first met.
    private(set) var added: [String] = []

    static let leadName = "Lead"
    static let lostName = "Lost"

    /// Builds the pipeline from `(id, name, won)` rows in Odoo's order.
    init(_ rows: [(id: Int64, name: String, won: Bool)]) {
        var all: [Stage] = [Stage(name: Self.leadName, kind: .lead, probability: nil)]
        var open: [StageID] = [], won: [StageID] = []
        var byName: [String: StageID] = [Names.key(Self.leadName): 0]
        var map = OdooIdIndex<StageID>()
        for row in rows {
            let name = Names.normalized(row.name)
            let key = Names.key(name)
            if let known = byName[key], known != 0 {
                map[row.id] = known
                continue
            }
            // A stage called "Lead" or "Lost" in Odoo keeps its name apart from ours.
            let unique = byName[key] == nil && key != Names.key(Self.lostName) ? name : name + " (Odoo)"
            let id = StageID(all.count)
            all.append(Stage(name: unique, kind: .opportunity, probability: row.won ? 10_000 : nil, outcome: row.won ? .won : .open))
            byName[Names.key(unique)] = id
            byName[key] = id
            map[row.id] = id
            if row.won { won.append(id) } else { open.append(id) }
        }
        lost = StageID(all.count)
        all.append(Stage(name: Self.lostName, kind: .opportunity, probability: 0, outcome: .lost))
        lead = 0
        stages = map
        // Odoo lets a deal go anywhere: the pipeline checks no order of moves.
        pipeline = Pipeline(stages: all, leadOrder: [0], opportunityOrder: open + won + [lost], policy: .free, rules: [])
        outcomes = all.map(\.outcome)
    }

    /// The session's stage of Odoo's stage `id`; nil for an id no stage or deleted one has.
    func stage(_ id: Int64) -> StageID? { stages[id] }

    /// Each stage's outcome, by stage id: read for every change replayed, without copying a `Stage`.
    private(set) var outcomes: [StageOutcome] = []

    /// Whether Odoo's stage `id` is a won stage.
    func isWon(_ id: Int64) -> Bool { stages[id].map { outcomes[Int($0)] == .won } ?? false }

    /// Whether the session's stage `id` closes a record.
    func isClosed(_ id: StageID) -> Bool { outcomes[Int(id)] != .open }

    /// The first open opportunity stage, where the implied ledger of a deal starts.
    var firstOpen: StageID { pipeline.opportunityOrder.first { outcomes[Int($0)] == .open } ?? lost }

    /// The id under which a stage deleted since is known: a live stage of that name, or a new
    /// open stage after the others.
    mutating func deletedStage(name: String) -> Int64 {
        let key = Names.key(name.isEmpty ? "?" : name)
        if let known = deleted[key] { return known }
        let made = -Int64(deleted.count + 1)
        deleted[key] = made
        var shown = Names.normalized(name.isEmpty ? "?" : name)
        // A deleted Odoo stage called "Lead" or "Lost" keeps its name apart from ours, as a live one does.
        if key == Names.key(Self.leadName) || key == Names.key(Self.lostName) { shown += " (Odoo)" }
        if let live = pipeline.stage(named: shown), live != lead, live != lost {
            stages[made] = live
            return made
        }
        let id = StageID(pipeline.stages.count)
        pipeline.stages.append(Stage(name: shown, kind: .opportunity, probability: nil))
        outcomes.append(.open)
        added.append(shown)
        let firstClosed = pipeline.opportunityOrder.firstIndex { pipeline[$0].isClosed } ?? pipeline.opportunityOrder.count
        pipeline.opportunityOrder.insert(id, at: firstClosed)
        stages[made] = id
        return made
    }

    /// The pipeline as the session gets it: without the `Lead` stage when no record was a lead.
    var final: Pipeline {
        var p = pipeline
        if !leadUsed { p.leadOrder = [] }
        return p
    }
}
