/// One stagesh session: the workspace, its undo history and its settings.
public struct Session: Sendable {
    public internal(set) var workspace: Workspace
    public var frozenClock: Timestamp?
    public var format: OutputFormat = .table
    /// The language of messages, help and headings for people.
    public var language: Language = .english
    public var echo = false
    public var timer = false
    /// When output at a terminal goes through a pager (`pager`).
    public var pager: DisplayMode = .auto
    /// When a table shows one record per block (`expanded`).
    public var expanded: DisplayMode = .auto
    /// Where relative file paths of `import`, `export` and `run` are resolved.
    public var directory: String {
        get { environment.workingDirectory }
        set { environment.workingDirectory = newValue }
    }
    var undoStack: [HistoryEntry] = []
    var redoStack: [HistoryEntry] = []
    /// Changes since the session started (or was last saved).
    public internal(set) var unsavedChanges = 0
    /// Counts every change to the data and never goes back, unlike
    /// `unsavedChanges`: a command that moved it is one the journal must replay.
    public internal(set) var revision = 0
    /// How many finished commands `undo` can take back.
    public static let undoDepth = 10_000
    /// Where snapshots named without a path live.
    public var dataDirectory: String {
        get { environment.dataDirectory }
        set { environment.dataDirectory = newValue }
    }
    /// The directories, home and clock the session was given.
    public var environment: SessionEnvironment
    /// Set when the user asks a long command to stop (Ctrl-C); the shell shares it with its signal handler.
    public var cancellation: CancellationToken
    /// The snapshot the session was loaded from or last saved to.
    public internal(set) var snapshot: SnapshotLocation?
    /// The commands that changed the data since the last save or load: the
    /// snapshot's provenance, and what the journal writes.
    public internal(set) var changeLog: [LoggedCommand] = []
    /// Bumped by `save` and `load`, so the journal knows to start afresh.
    public internal(set) var generation = 0
    /// Unsaved work a crashed session left behind, offered to `recover` or `discard`.
    public var pendingRecovery: JournalContents?
    /// Journals whose work is now in this session's own journal, for the shell to delete.
    public internal(set) var finishedJournals: [String] = []
    /// Whether the session can ask the user (an interactive prompt) instead of refusing.
    public var canAsk = false
    /// Checks every invariant of the data after each command (`--check-invariants`, and the tests):
    /// a full pass over the session, too slow for everyday use on big pipelines.
    public var checkInvariants: Bool
    /// The snapshot this session's data was copied from (`--template`), when `save` writes elsewhere:
    /// what a journal replays from, never a place `save` writes to.
    public internal(set) var template: String?
    /// A lesson's temporary data directory, once `--play` has gone live in it:
    /// removed at the end unless the user saves there, so `save` says where it is.
    public var lessonDirectory: String?
    /// Whether a snapshot was saved into `lessonDirectory`: the directory is kept.
    public internal(set) var savedInLessonDirectory = false

    /// A session on `workspace` in `environment`; a test's session, made without one, works in `/`
    /// and reads nothing of the process but the system clock.
    public init(
        workspace: Workspace = Workspace(), checkInvariants: Bool = false,
        environment: SessionEnvironment = SessionEnvironment(), cancellation: CancellationToken = CancellationToken()
    ) {
        self.workspace = workspace
        self.checkInvariants = checkInvariants
        self.environment = environment
        self.cancellation = cancellation
    }

    public var pipeline: Pipeline { workspace.pipeline }
    public var store: RecordStore { workspace.store }

    /// The session clock: frozen by `now DATE` / `--now`, else the environment's clock.
    public var now: Timestamp {
        frozenClock ?? environment.clock()
    }

    /// Runs one parsed command.
    ///
    /// A command that throws leaves the session as it was.
    public mutating func execute(_ spec: CommandSpec, _ command: Command) throws(Diagnostic) -> Outcome {
        var tx = Transaction()
        // Checked after every command, done or rolled back; `check` reports what it finds itself.
        defer { if checkInvariants && spec.name != "check" { assertConsistent(after: spec.name) } }
        do {
            let outcome = try command.run(in: &self, tx: &tx)
            if !tx.isEmpty {
                undoStack.append(HistoryEntry(label: spec.name, change: tx.inverse))
                // Trimmed a quarter at a time: dropping one entry per command would
                // shift the whole stack every time once it is full.
                if undoStack.count > Session.undoDepth + Session.undoDepth / 4 {
                    undoStack.removeFirst(undoStack.count - Session.undoDepth)
                }
                redoStack.removeAll()
                unsavedChanges += 1
                revision += 1
            }
            return outcome
        } catch {
            tx.rollback(&workspace)
            throw error
        }
    }

    /// Stops the program at the first command that leaves the data inconsistent: a bug, which must
    /// not go on to be saved.
    private func assertConsistent(after command: String) {
        let problems = Consistency.problems(workspace, limit: 3)
        if !problems.isEmpty {
            fatalError("inconsistent after `\(command)`: " + problems.joined(separator: "; "))
        }
    }

    /// Parses and runs one command's tokens.
    ///
    /// A diagnostic that names no place of its own points at the whole command.
    public mutating func execute(tokens: [Token]) throws(Diagnostic) -> Outcome {
        do {
            let (spec, command) = try Parser.parse(tokens)
            let before = revision
            let clock = now
            let outcome = try execute(spec, command)
            if revision != before {
                changeLog.append(LoggedCommand(at: clock, text: command.logged(LoggedCommand.text(of: tokens))))
            }
            return outcome
        } catch {
            var d = error
            if d.range == nil, let first = tokens.first, let last = tokens.last { d.range = first.range.union(last.range) }
            throw d
        }
    }

    /// Parses and runs every command of one line.
    public mutating func execute(line: String) throws(Diagnostic) -> [Outcome] {
        var outcomes: [Outcome] = []
        for tokens in try Lexer.commands(Lexer.tokenize(line)) {
            outcomes.append(try execute(tokens: tokens))
        }
        return outcomes
    }

    mutating func undo() throws(Diagnostic) -> Outcome {
        guard let entry = undoStack.popLast() else { throw Diagnostic(Message.nothingToUndo) }
        let redo = entry.change.apply(to: &workspace)
        redoStack.append(HistoryEntry(label: entry.label, change: redo))
        unsavedChanges += 1
        revision += 1
        return .message(Message.undid(entry.label))
    }

    mutating func redo() throws(Diagnostic) -> Outcome {
        guard let entry = redoStack.popLast() else { throw Diagnostic(Message.nothingToRedo) }
        let undo = entry.change.apply(to: &workspace)
        undoStack.append(HistoryEntry(label: entry.label, change: undo))
        unsavedChanges += 1
        revision += 1
        return .message(Message.redid(entry.label))
    }

    /// Puts a loaded workspace in place of the session's; undo does not reach past a load.
    mutating func replaceWorkspace(_ w: Workspace) {
        workspace = w
        undoStack.removeAll()
        redoStack.removeAll()
    }

    /// Forgets journals the shell has deleted.
    public mutating func journalsRemoved() { finishedJournals = [] }

    /// The journal's starting point: the snapshot the data came from.
    public var journalBase: String? { template ?? snapshot?.path }

    /// Where `save` writes, for the journal, when that is not its base (a session from a template).
    public var journalSavesTo: String? { template == nil ? nil : snapshot?.path }

    /// Keeps the open snapshot as a template (`--template`): the data stays, and `save` writes a
    /// snapshot of the same name in the data directory, never over the original.
    public mutating func keepSnapshotAsTemplate() -> Outcome {
        guard let open = snapshot else { return .none }
        template = open.path
        snapshot =
            SnapshotLocation.isName(open.name)
            ? SnapshotLocation(name: open.name, path: dataDirectory + "/" + open.name + ".json") : nil
        // The journal starts afresh from the template, recording where `save` now writes.
        generation += 1
        return .message(Message.openedTemplate(open.path, savesAs: snapshot?.name))
    }

    /// Marks the session as saved: nothing unsaved, an empty change log.
    public mutating func markSaved() {
        unsavedChanges = 0
        changeLog = []
        generation += 1
    }

    /// A path as written in a command: `~/` is home, relative paths are under `directory`.
    public func resolve(_ written: String) -> String { environment.resolve(written) }
}

/// The changes one command has applied so far, to roll back or to undo.
///
/// Public for `Command.run`'s sake; only StageCore reads or applies it.
public struct Transaction {
    private(set) var inverses: [Change] = []

    var isEmpty: Bool { inverses.isEmpty }

    mutating func apply(_ change: Change, to w: inout Workspace) {
        inverses.append(change.apply(to: &w))
    }

    func rollback(_ w: inout Workspace) {
        for c in inverses.reversed() { c.apply(to: &w) }
    }

    var inverse: Change { .batch(inverses.reversed()) }
}
