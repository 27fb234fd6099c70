/// What the commands' operations look up in the session by what was written.
extension Session {
    /// The live record a written id names.
    func record(_ id: Located<String>) throws(Diagnostic) -> Int {
        let store = workspace.store
        if let r = store.slot(of: id.value) { return Int(r) }
        let normalized = Names.normalized(id.value)
        if let r = store.slot(of: normalized) { return Int(r) }
        if let n = Int(id.value), let r = store.slot(of: String(n)) { return Int(r) }
        var hint: Message?
        // A case slip is the common typo; a full nearest-id search is only
        // affordable on small sessions.
        for variant in [id.value.uppercased(), id.value.lowercased()] where store.slot(of: variant) != nil {
            hint = Message.hintDidYouMean(variant)
        }
        // Numbers are all near each other; suggesting one would be a guess.
        if hint == nil && store.liveCount <= 5_000 && Int(id.value) == nil {
            let ids = store.ids.indices.filter { store.alive[$0] }.map { store.ids[$0] }
            hint = Suggest.nearest(id.value, in: ids).map(Message.hintDidYouMean)
        }
        throw Diagnostic(Message.unknownRecord(id.value), at: id.range, hint: hint ?? Message.hintListIds)
    }

    func stage(_ name: Located<String>) throws(Diagnostic) -> StageID {
        try StageResolver(pipeline: workspace.pipeline).resolve(name)
    }

    var reader: FieldReader { FieldReader(workspace: workspace, now: now.seconds) }
}
