@testable import StageCore

/// Every piece of a session's state, as text: two equal fingerprints mean a
/// failed command (or a failed load) left nothing behind.
func fingerprint(_ s: Session) -> String {
    var out: [String] = []
    let p = s.pipeline
    for (i, st) in p.stages.enumerated() {
        out.append("stage[\(i)] \(st.name)|\(st.kind.name)|\(st.probability.map(String.init) ?? "-")|\(st.outcome.name)")
    }
    out.append("leadOrder \(p.leadOrder)")
    out.append("opportunityOrder \(p.opportunityOrder)")
    out.append("policy \(p.policy.rawValue)")
    for (i, r) in p.rules.enumerated() {
        out.append("rule[\(i)] \(r.activity)|\(r.conditionText ?? "-")|\(r.target)|\(r.condition == nil)|\(r.text(in: p))")
    }
    let st = s.store
    out.append("slots \(st.slotCount) live \(st.liveCount) nextId \(st.nextId) events \(st.eventCount)")
    for r in 0..<st.slotCount {
        let custom = (st.custom[Int32(r)] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        out.append(
            """
            record[\(r)] id=\(st.ids[r]) slot=\(st.slot(of: st.ids[r]).map { String($0) } ?? "-") \
            name=\(st.names[r]) account=\(st.pool[st.accounts[r]]) owner=\(st.pool[st.owners[r]]) \
            source=\(st.pool[st.sources[r]]) value=\(st.values[r]) created=\(st.created[r]) \
            expectedClose=\(st.expectedClose[r]) stage=\(st.stages[r]) alive=\(st.alive[r]) \
            lastEvent=\(st.lastEvent[r]) changed=\(st.changed(r)) custom=\(custom)
            """)
    }
    out.append("customFieldNames \(st.customFieldNames.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
    for e in 0..<st.eventCount {
        out.append(
            """
            event[\(e)] record=\(st.eventRecord[e]) from=\(st.eventFrom[e]) to=\(st.eventTo[e]) at=\(st.eventAt[e]) \
            cause=\(st.eventCause[e]) reason=\(st.pool[st.eventReason[e]]) previous=\(st.eventPrevious[e])
            """)
    }
    for (i, a) in st.activities.enumerated() {
        out.append("activity[\(i)] record=\(a.record) kind=\(st.pool[a.kind]) at=\(a.at) note=\(a.note ?? "-")")
    }
    out.append("clock \(s.frozenClock.map { String($0.seconds) } ?? "-") format \(s.format.rawValue) echo \(s.echo) timer \(s.timer)")
    out.append("directory \(s.directory) data \(s.dataDirectory)")
    out.append("undo \(s.undoStack.map(\.label)) redo \(s.redoStack.map(\.label)) unsaved \(s.unsavedChanges)")
    out.append("snapshot \(s.snapshot.map { "\($0.name)|\($0.path)" } ?? "-") generation \(s.generation)")
    out.append("changeLog \(s.changeLog.map { "\($0.at.seconds)|\($0.text)" })")
    out.append("pending \(s.pendingRecovery.map { "\($0.path)|\($0.commands.count)" } ?? "-") finished \(s.finishedJournals)")
    return out.joined(separator: "\n")
}
