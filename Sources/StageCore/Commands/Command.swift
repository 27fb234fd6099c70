/// A command of the language: one type per command, holding its grammar and help
/// (`spec`), what the parser captured, and how it runs.
///
/// `CommandTable.standard` lists the types' specs; each spec builds its type's
/// value, which `Session.execute` runs. What `--check` needs to know of a
/// command (`ScriptModel`) is asked of it here too, with defaults that fit a
/// command that reads and changes nothing but the session and names no stage.
public protocol Command: Sendable {
    /// The command's name, grammar, help and how it is built from what the parser captured.
    static var spec: CommandSpec { get }

    /// Runs the command; every change to the data goes through `tx`, so that a
    /// failure rolls it back and `undo` can take it back.
    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome

    /// How the command bears on what `--check` knows of the session a script runs in.
    var scriptEffect: ScriptEffect { get }

    /// The stages the command names, written or compared with in a condition, in the order
    /// `--check` looks them up: it reports a misspelt stage before anything else.
    var stageReferences: [StageReference] { get }

    /// The files and snapshots the command reads or writes, as written: what a
    /// sandbox (the session fuzzer) must keep inside its directory.
    var files: [Located<String>] { get }

    /// The command's text as the journal keeps it; a command that holds a secret (a
    /// connection string's password) takes it out.
    func logged(_ text: String) -> String
}

extension Command {
    public var scriptEffect: ScriptEffect { .runs }
    public var stageReferences: [StageReference] { [] }
    public var files: [Located<String>] { [] }
    public func logged(_ text: String) -> String { text }
}

/// How a command bears on what `--check` (`ScriptModel`) knows of a script's session.
public enum ScriptEffect: Sendable {
    /// It reads and changes nothing but the session: the model runs it while it knows the records.
    case runs
    /// As `runs`, and it runs while only the stages are known too: its errors depend on the
    /// pipeline alone (or, refused for records, happen only there).
    case runsOnStages
    /// As `runs`; while only the stages are known, it is tried on a copy: against no records it
    /// fails only for its stage, its values or its name (`add`).
    case triedOnStages
    /// As `runs`; while only the stages are known, it may take back a change of stages made
    /// before the records became unknown, so nothing is known after it (`undo`, `redo`).
    case forgetsStages
    /// The model runs this command instead: an export's report, without writing the file.
    case runsInstead(any Command)
    /// The model leaves it: it touches files only, or nothing a later command sees.
    case none
    /// It brings in records from outside: from then on only the stages are known.
    case addsUnknownRecords
    /// It replaces the session, its stages included, or ends the script: nothing is known after it.
    case replacesEverything
}

/// A stage a command names, which must exist: as written, or compared with `stage` in a condition.
public enum StageReference: Sendable {
    case stage(Located<String>)
    case condition(Expression)
}
