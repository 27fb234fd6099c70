import Foundation

/// What a journal holds: the snapshot it starts from and the commands since.
public struct JournalContents: Sendable, Equatable {
    public var path: String
    /// The snapshot the session had open, or nil for an empty session.
    public var base: String?
    /// Where `save` wrote when that is not `base` (a session opened from a template).
    public var savesTo: String?
    /// The directory relative paths were resolved in.
    public var directory: String?
    public var started: Timestamp
    public var commands: [LoggedCommand]
    /// Journals whose work this one took over (`recover`), to be dropped once it holds their commands.
    public var replaces: [String] = []
}

/// The journal of an interactive (or `--journal`) session: every command that
/// changed the data, appended and fsynced before the prompt returns, so that a
/// crash loses no acknowledged change.
///
/// Each live shell holds an exclusive `flock` on its journal; a journal whose
/// lock can be taken belongs to a shell that died, and is offered for recovery.
public final class Journal {
    public let path: String
    private var fd: Int32
    private var written = 0

    /// Starts a journal in `directory` for a session based on `base`.
    private let workingDirectory: String

    public init(directory: String, base: String?, started: Timestamp, workingDirectory: String) throws(SnapshotFileError) {
        self.workingDirectory = workingDirectory
        let dir = directory + "/journal"
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw SnapshotFileError(message: Message.systemError(EACCES))
        }
        path = dir + "/\(getpid())-\(DispatchTime.now().uptimeNanoseconds).journal"
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        flock(fd, LOCK_EX)
        try restart(base: base, started: started)
    }

    deinit {
        close(fd)
    }

    /// Empties the journal after a save, load or recover: it now starts from
    /// `base`, and takes over the work of the journals it `replaces`.
    public func restart(base: String?, savesTo: String? = nil, started: Timestamp, replacing replaced: [String] = []) throws(SnapshotFileError) {
        guard ftruncate(fd, 0) == 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        written = 0
        var header = "# stagesh journal 1\n# base: \(base ?? "-")\n# directory: \(workingDirectory)\n# started: \(started.iso8601)\n"
        // Older readers skip a header line they do not know.
        if let savesTo { header += "# saves-to: \(savesTo)\n" }
        for path in replaced { header += "# replaces: \(path)\n" }
        try append(header)
    }

    /// Appends commands and fsyncs, before the prompt returns.
    public func record(_ commands: ArraySlice<LoggedCommand>) throws(SnapshotFileError) {
        guard !commands.isEmpty else { return }
        let text = commands.map { "\($0.at.iso8601)\t\($0.text)\n" }.joined()
        try append(text)
        written += commands.count
    }

    /// How many commands of the session's change log are in the journal.
    public var recorded: Int { written }

    private func append(_ text: String) throws(SnapshotFileError) {
        do {
            try Descriptor.writeAll(fd, Array(text.utf8))
        } catch {
            throw SnapshotFileError(message: Message.systemError(error.code.rawValue))
        }
        guard fsync(fd) == 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
    }

    /// Ends the journal of a session that closed normally: its work is either saved or given up.
    public func remove() {
        unlink(path)
    }

    /// Journals in `directory` left by shells that are no longer running, oldest first.
    public static func abandoned(in directory: String) -> [JournalContents] {
        let dir = directory + "/journal"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var found: [JournalContents] = []
        // Every journal's takeovers, a running shell's too: a shell that
        // recovered a journal deletes it only after writing its own.
        var takenOver: [String: [String]] = [:]
        for file in files.sorted() where file.hasSuffix(".journal") {
            let path = dir + "/" + file
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            let contents = read(path)
            for replaced in contents?.replaces ?? [] { takenOver[replaced] = contents!.commands.map(\.text) }
            // A running shell holds the lock; only a dead one's journal is free.
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }
            flock(fd, LOCK_UN)
            // Empty, or work its base snapshot already holds: nothing to recover.
            if let contents, !contents.commands.isEmpty, !savedOverBase(contents, journal: fd) {
                found.append(contents)
            } else {
                unlink(path)
            }
        }
        // A journal whose commands another took over whole was recovered, and
        // the recovering shell died before deleting it: offering it again would
        // bring back a state already carried on.
        found.removeAll { contents in
            guard let successor = takenOver[contents.path],
                successor.starts(with: contents.commands.map(\.text))
            else { return false }
            unlink(contents.path)
            return true
        }
        return found.sorted { $0.started < $1.started }
    }

    /// Whether a session saved its journal's commands over the journal's own base (or where it saves to) and died before emptying the journal (after
    /// the rename, before `restart`): the base was written after the journal's last line and its log is exactly the journal's commands.
    ///
    /// Replaying them would apply them twice.
    static func savedOverBase(_ contents: JournalContents, journal fd: Int32) -> Bool {
        guard let base = contents.savesTo ?? contents.base else { return false }
        var journalStat = stat(), baseStat = stat()
        guard fstat(fd, &journalStat) == 0, stat(base, &baseStat) == 0 else { return false }
        let j = journalStat.st_mtim, b = baseStat.st_mtim
        guard (b.tv_sec, b.tv_nsec) >= (j.tv_sec, j.tv_nsec) else { return false }
        guard let (_, info) = try? SnapshotFiles.load(base) else { return false }
        return info.log == contents.commands.map(\.text)
    }

    /// Parses a journal; a torn last line (a crash mid-write) is left out.
    public static func read(_ path: String) -> JournalContents? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // After the last newline: nothing, or a line torn by a crash.
        lines.removeLast()
        guard lines.first == "# stagesh journal 1" else { return nil }
        var contents = JournalContents(path: path, base: nil, directory: nil, started: Timestamp(seconds: 0), commands: [])
        for line in lines.dropFirst() {
            if line.hasPrefix("# base: ") {
                let base = String(line.dropFirst(8))
                contents.base = base == "-" ? nil : base
            } else if line.hasPrefix("# saves-to: ") {
                contents.savesTo = String(line.dropFirst(12))
            } else if line.hasPrefix("# directory: ") {
                contents.directory = String(line.dropFirst(13))
            } else if line.hasPrefix("# replaces: ") {
                contents.replaces.append(String(line.dropFirst(12)))
            } else if line.hasPrefix("# started: ") {
                if case .success(let t) = ValueParser.isoTimestamp(String(line.dropFirst(11))) { contents.started = t }
            } else if let tab = line.firstIndex(of: "\t"),
                case .success(let t) = ValueParser.isoTimestamp(String(line[..<tab]))
            {
                contents.commands.append(LoggedCommand(at: t, text: String(line[line.index(after: tab)...])))
            }
        }
        return contents
    }
}
