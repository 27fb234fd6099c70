/// `save`, `load`, `snapshots`, `diff`, `recover` and `discard`.
enum SnapshotOperations {
    static func location(_ written: Located<String>, _ s: Session) throws(Diagnostic) -> SnapshotLocation {
        guard let l = SnapshotLocation.resolve(written.value, session: s) else {
            throw Diagnostic(Message.badSnapshotName(written.value), at: written.range, hint: Message.hintSnapshotNames)
        }
        return l
    }

    static func save(_ target: Located<String>?, _ s: inout Session) throws(Diagnostic) -> Outcome {
        let place: SnapshotLocation
        if let target {
            place = try location(target, s)
        } else if let current = s.snapshot {
            place = current
        } else {
            throw Diagnostic(Message.saveWhere, at: nil, hint: Message.hintSaveName)
        }
        let info = SnapshotInfo(savedAt: s.now, clock: s.frozenClock, log: s.changeLog.map(\.text))
        let size: Int
        do {
            size = try SnapshotFiles.save(s.workspace, info: info, to: place.path)
        } catch {
            throw Diagnostic(Message.cannotSave(target?.value ?? place.name, error.message), at: target?.range)
        }
        s.snapshot = place
        s.template = nil
        s.markSaved()
        let saved = Outcome.message(Message.saved(place.name, records: s.store.liveCount, bytes: size))
        guard let lesson = s.lessonDirectory, place.path.hasPrefix(lesson + "/") else { return saved }
        s.savedInLessonDirectory = true
        return .sequence([saved, .message(Message.savedInLessonDirectory(lesson))])
    }

    /// Reads a snapshot for `load` and `diff`.
    static func read(_ target: Located<String>, _ s: Session) throws(Diagnostic) -> (SnapshotLocation, Workspace, SnapshotInfo) {
        let place = try location(target, s)
        do {
            let (workspace, info) = try SnapshotFiles.load(place.path)
            return (place, workspace, info)
        } catch {
            throw Diagnostic(Message.cannotLoad(target.value, error.message), at: target.range)
        }
    }

    static func load(_ target: Located<String>, force: Bool, _ s: inout Session) throws(Diagnostic) -> Outcome {
        // Read (and so validated) first: a missing or broken file is said at
        // once, not after the user agreed to lose their changes for it.
        let (place, workspace, info) = try read(target, s)
        if s.unsavedChanges > 0 && !force {
            let retry = "load! " + Quoting.quoteIfNeeded(target.value)
            if s.canAsk { return .confirm(question: Message.loadDiscardsQuestion(s.unsavedChanges), retry: retry) }
            throw Diagnostic(Message.loadWithUnsaved(s.unsavedChanges), at: target.range, hint: Message.hintLoadBang(retry))
        }
        s.replaceWorkspace(workspace)
        if let clock = info.clock { s.frozenClock = clock }
        s.snapshot = place
        s.template = nil
        s.markSaved()
        return .message(Message.loaded(place.name, records: s.store.liveCount, savedAt: info.savedAt.display))
    }

    static func list(_ s: Session) -> Outcome {
        var rows: [[Cell]] = []
        for file in SnapshotFiles.list(s.dataDirectory) {
            if let info = try? SnapshotFiles.summary(file.path) {
                rows.append([
                    .text(file.name), .time(info.savedAt), .integer(Int64(info.records)), .integer(Int64(info.open)),
                    .integer(Int64(info.won)), .integer(Int64(info.lost)), .integer(Int64(file.size)),
                ])
            } else {
                rows.append([.text(file.name), .null, .null, .null, .null, .null, .integer(Int64(file.size))])
            }
        }
        let columns = [
            Column("name").translated(), Column("saved_at").translated(), Column("records", alignment: .right).translated(),
            Column("open", alignment: .right).translated(), Column("won", alignment: .right).translated(),
            Column("lost", alignment: .right).translated(), Column("bytes", alignment: .right).translated(),
        ]
        return .table(Table(columns: columns, rows: rows, footer: Message.rowCount(rows.count)))
    }

    static func diff(_ old: Located<String>, _ new: Located<String>?, _ s: Session) throws(Diagnostic) -> Outcome {
        let (_, before, _) = try read(old, s)
        let after = try new.map { (n) throws(Diagnostic) in try read(n, s).1 } ?? s.workspace
        return .table(WorkspaceDiff.table(from: before, to: after, language: s.language))
    }

    /// Replays a crashed session's journal on its base snapshot, each command at its own clock.
    static func recover(_ s: inout Session) throws(Diagnostic) -> Outcome {
        guard let journal = s.pendingRecovery else { throw Diagnostic(Message.nothingToRecover) }
        var replay = Session(checkInvariants: s.checkInvariants, environment: s.environment, cancellation: s.cancellation)
        replay.directory = journal.directory ?? s.directory
        var clock = s.frozenClock
        if let base = journal.base {
            do {
                let (workspace, info) = try SnapshotFiles.load(base)
                replay.workspace = workspace
                replay.snapshot = SnapshotLocation.resolve(journal.savesTo ?? base, session: replay)
                if journal.savesTo != nil { replay.template = base }
                // The crashed session had loaded this snapshot, and with it its
                // clock, unless this session's own clock is frozen.
                if clock == nil, let frozen = info.clock { clock = frozen }
            } catch {
                throw Diagnostic(Message.cannotLoad(base, error.message))
            }
        }
        for (i, command) in journal.commands.enumerated() {
            replay.frozenClock = command.at
            do {
                _ = try replay.execute(line: command.text)
            } catch {
                throw Diagnostic(Message.replayFailed(i + 1, command.text, error.message))
            }
        }
        // The recovered work is unsaved; the shell journals it anew, then drops the old journal.
        replay.frozenClock = clock
        replay.format = s.format
        replay.echo = s.echo
        replay.timer = s.timer
        replay.pager = s.pager
        replay.expanded = s.expanded
        replay.canAsk = s.canAsk
        replay.directory = s.directory
        replay.finishedJournals = [journal.path]
        replay.generation = s.generation + 1
        // `recover` itself is not a change to replay; the commands it ran are.
        replay.revision = s.revision
        s = replay
        return .message(Message.recovered(journal.commands.count, base: journal.base))
    }

    static func discard(_ s: inout Session) throws(Diagnostic) -> Outcome {
        guard let journal = s.pendingRecovery else { throw Diagnostic(Message.nothingToRecover) }
        s.pendingRecovery = nil
        s.finishedJournals.append(journal.path)
        return .message(Message.discarded(journal.commands.count))
    }
}
