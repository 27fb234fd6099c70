import Foundation

/// Tab completion for the command language, driven by the command table.
///
/// Pure: it reads the line, the session and (through `files`) the file
/// system, and returns what to offer; the shell does the editing.
public enum Completer {
    /// Completions for `line` with the cursor at UTF-8 byte offset `cursor`.
    ///
    /// `files` lists paths for a partial path and the session's directory;
    /// tests pass a fake, the shell keeps the default, `listDirectory` with the session's home.
    public static func complete(
        _ line: String, cursor: Int, session: Session, table: CommandTable = .standard,
        files: ((_ partial: String, _ directory: String) -> [String])? = nil
    )
        -> Completion
    {
        let files = files ?? { listDirectory($0, $1, home: session.environment.home) }
        guard let point = CompletionPoint.locate(line, cursor: cursor) else {
            let end = max(0, min(cursor, line.utf8.count))
            return Completion(range: end..<end, candidates: [], commonPrefix: "", appendSpace: false)
        }
        let vocabulary = Vocabulary(session: session, table: table)
        var ranker = CandidateRanker(word: point.word)
        for e in expectations(point.tokens, table: table) {
            if case .argument(.file) = e {
                ranker.add(files(point.word.text, session.directory).map(Candidate.path))
            } else if case .argument(.snapshot) = e {
                // Names in the data directory; paths once the word looks like one.
                ranker.add(SnapshotFiles.list(session.dataDirectory).map { Candidate.word($0.name) })
                if point.word.text.contains("/") || point.word.text.hasPrefix(".") {
                    ranker.add(files(point.word.text, session.directory).map(Candidate.path))
                }
            } else {
                vocabulary.add(e, to: &ranker)
            }
        }
        return ranker.completion()
    }

    /// What may come at the end of a command's complete `tokens`.
    static func expectations(_ tokens: [Token], table: CommandTable) -> [Expectation] {
        guard let first = tokens.first else { return [.commandWord(after: [])] }
        guard first.kind == .word else { return [] }
        var out: [Expectation] = []
        // A longer name may still be under way: `stage ` → `add`, `rename`, ...
        let extendable = table.names.contains { name, _ in
            name.count > tokens.count && zip(name, tokens).allSatisfy { $1.isKeyword($0) }
        }
        if extendable { out.append(.commandWord(after: tokens.map(\.text))) }
        // The command the tokens name, the longest name winning as in `CommandTable.lookup`.
        var best: (CommandSpec, Int)?
        for (name, spec) in table.names where name.count <= tokens.count && name.count > (best?.1 ?? 0) {
            if zip(name, tokens).allSatisfy({ $1.isKeyword($0) }) { best = (spec, name.count) }
        }
        if let (spec, used) = best {
            var walker = GrammarWalker(tokens: tokens)
            _ = walker.walk(spec.grammar, from: [used])
            out += walker.expectations
        }
        return out
    }

    /// Lists entries of the directory part of a partial path, as paths with
    /// the user's prefix kept, directories with a trailing "/".
    ///
    /// A relative path is resolved against `directory` (the session's), and
    /// `~/` against `home`, as `import`, `export` and `run` resolve them.
    /// Hidden entries are listed only when the typed name starts with a dot;
    /// entries whose name does not match the typed name are left out.
    public static func listDirectory(_ partial: String, _ directory: String, home: String? = nil) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let typedDirectory = slash.map { String(partial[...$0]) } ?? ""
        let typedName = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        var path = typedDirectory
        if path.hasPrefix("~/"), let home { path = home + path.dropFirst(1) }
        if !path.hasPrefix("/") { path = directory + "/" + path }
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: path) else { return [] }
        let typedKey = CandidateRanker.key(typedName)
        let showHidden = typedName.hasPrefix(".")
        var out: [String] = []
        for name in entries where showHidden || !name.hasPrefix(".") {
            guard CandidateRanker.key(name).hasPrefix(typedKey) else { continue }
            var isDirectory: ObjCBool = false
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            let directory = fm.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
            out.append(typedDirectory + name + (directory ? "/" : ""))
        }
        return out
    }
}
