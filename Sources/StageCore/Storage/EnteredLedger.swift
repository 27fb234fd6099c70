/// The ledger a records row implies from its `entered(STAGE)` dates
/// (HubSpot's "Date entered" columns): every entry, in time order.
struct EnteredLedger {
    /// One stage change of the ledger.
    struct Step: Equatable {
        var from: StageID
        var to: StageID
        var at: Int64
        var cause: Cause
    }

    /// The steps of a record now in `current`, created at `created`, with its stage entries (`at`, `stage`); `movedAt` is when it moved into its
    /// current stage when no entry says so.
    ///
    /// Entries before the creation are moved to it (`clamped`). The first step is the creation: into the stage
    /// entered first when that was at the creation, else into the first stage of its kind.
    static func steps(
        entries unsorted: [(at: Int64, stage: StageID)], created: Int64, current: StageID, movedAt: Int64, pipeline: Pipeline
    ) -> (steps: [Step], clamped: Bool) {
        var clamped = false
        var entries = unsorted.map { e -> (at: Int64, stage: StageID) in
            guard created != missing, e.at != missing, e.at < created else { return e }
            clamped = true
            return (created, e.stage)
        }
        entries.sort { a, b in
            a.at != b.at ? (a.at == missing || (b.at != missing && a.at < b.at)) : pipeline.position(a.stage) < pipeline.position(b.stage)
        }
        let start = created != missing ? created : entries.first?.at ?? missing
        let first = entries.first!
        var stage = first.at == start ? first.stage : pipeline.firstStage(pipeline[first.stage].kind) ?? first.stage
        var steps = [Step(from: noStage, to: stage, at: start, cause: .create)]
        func move(_ to: StageID, _ at: Int64) {
            guard to != stage else { return }
            let converts = pipeline[stage].kind != pipeline[to].kind
            steps.append(Step(from: stage, to: to, at: max(at, steps.last!.at), cause: converts ? .convert : .import))
            stage = to
        }
        for e in entries { move(e.stage, e.at) }
        move(current, movedAt == missing ? steps.last!.at : movedAt)
        return (steps, clamped)
    }
}
