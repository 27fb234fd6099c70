/// What an argument of a command is, for parsing, `help` and completion.
public enum ArgumentKind: Sendable, Equatable {
    case id, stage, field, text, number, integer, date, duration, activity, file, command
    /// A date, or a period whose start or end is meant (`since 2026-Q3`, `until last month`).
    case moment
    /// A snapshot name in the data directory, or a path.
    case snapshot
    case choice([String])
}

/// The grammar of a command after its name, declared once per command.
///
/// The same tree drives the parser, the synopsis `help` prints, and (through
/// `expectations`) tab completion.
public indirect enum Grammar: Sendable {
    /// A literal word, matched case-insensitively.
    case keyword(String)
    /// One value token captured under a label (`ID`, `STAGE`, ...).
    case argument(CaptureLabel, ArgumentKind)
    case sequence([Grammar])
    case optional(Grammar)
    /// The first alternative that can start with the next token.
    case oneOf([Grammar])
    /// `FIELD=VALUE` pairs (at least `min`) of what `Assignable` names.
    case assignments(min: Int, Assignable)
    /// A boolean expression captured under a label.
    case expression(CaptureLabel)
    /// `FIELD[, FIELD]` where a field may be `month(created)`.
    case groupKeys
    /// `FIELD [asc|desc], ...`.
    case orderKeys
    /// `sum(FIELD) avg(FIELD) ...`: aggregate columns, one or more.
    case aggregates
    /// One or more values separated by commas, captured under a label (`S1, S2, ...`).
    case list(CaptureLabel, ArgumentKind)
    /// Every remaining token, captured under a label.
    case rest(CaptureLabel, ArgumentKind)
    /// Optional clauses in any order, each at most once (`where`, `by`, `as of`, ...).
    case clauses([Grammar])

    /// The synopsis text of this grammar, as `help` shows it.
    public var synopsis: String {
        switch self {
        case .keyword(let k): return k
        case .argument(let label, _): return label.synopsis
        case .sequence(let parts): return parts.map(\.synopsis).joined(separator: " ")
        case .optional(let g): return "[\(g.synopsis)]"
        case .oneOf(let alts): return alts.map(\.synopsis).joined(separator: "|")
        case .assignments(let min, let kind):
            let pair = kind == .columnMap ? "COLUMN=FIELD" : (kind == .stageMap ? "FROM=TO" : "FIELD=VALUE")
            return min > 0 ? "\(pair) [\(pair) ...]" : "[\(pair) ...]"
        case .expression(let label): return label.synopsis
        case .groupKeys: return "FIELD[, FIELD]"
        case .orderKeys: return "FIELD [asc|desc], ..."
        case .aggregates: return AggregateFunction.allCases.map(\.rawValue).joined(separator: "|") + "(FIELD) ..."
        case .list(let label, _): return "\(label.synopsis)1, \(label.synopsis)2, ..."
        case .rest(let label, _): return label.synopsis
        case .clauses(let parts): return parts.map { "[\($0.synopsis)]" }.joined(separator: " ")
        }
    }

    /// Whether this grammar may match no tokens at all.
    var canBeEmpty: Bool {
        switch self {
        case .optional, .rest, .clauses: return true
        case .assignments(let min, _): return min == 0
        case .sequence(let parts): return parts.allSatisfy(\.canBeEmpty)
        case .oneOf(let alts): return alts.contains(where: \.canBeEmpty)
        default: return false
        }
    }

    /// Whether `token` can be the first token of this grammar.
    func canStart(with token: Token) -> Bool {
        switch self {
        case .keyword(let k): return token.isKeyword(k)
        // A moment that opens a clause of its own (`export report waterfall FILE FROM TO`) must look like one,
        // or it would take the keyword of the next clause.
        case .argument(_, .moment): return token.isValue && DateSpec.mayStartMoment(token.text)
        case .argument, .list: return token.isValue
        case .sequence(let parts):
            for part in parts {
                if part.canStart(with: token) { return true }
                if !part.canBeEmpty { return false }
            }
            return false
        case .optional(let g): return g.canStart(with: token)
        case .oneOf(let alts): return alts.contains { $0.canStart(with: token) }
        case .assignments: return token.isValue
        case .expression: return token.kind == .word || token.kind == .leftParen || token.kind == .string
        case .groupKeys: return token.kind == .word
        case .orderKeys: return token.kind == .word || token.kind == .string
        case .aggregates: return token.kind == .word && AggregateFunction(rawValue: token.text.lowercased()) != nil
        case .rest: return true
        case .clauses(let parts): return parts.contains { $0.canStart(with: token) }
        }
    }
}

/// What the `FIELD=VALUE` pairs of a command set, so completion offers the right names.
public enum Assignable: Sendable, Hashable {
    /// A new record's fields (`add`), `stage=` and `id=` included.
    case newRecord(RecordKind)
    /// An existing record's fields (`set`).
    case record
    /// A stage's settings (`stage set`).
    case stageSettings
    /// CSV columns mapped to fields (`import ... map`).
    case columnMap
    /// A file's stage labels mapped to stages (`import ... stages`).
    case stageMap
}

/// Which purpose a command serves; `help` groups commands by it.
public enum CommandGroup: Int, Sendable, CaseIterable {
    case records, queries, reports, pipeline, session

    public var title: Message {
        switch self {
        case .records: Message.groupRecords
        case .queries: Message.groupQueries
        case .reports: Message.groupReports
        case .pipeline: Message.groupPipeline
        case .session: Message.groupSession
        }
    }
}

/// What the parser captured while matching a command's grammar.
public struct Captures: Sendable {
    public var values: [CaptureLabel: [Token]] = [:]
    public var keywords: [String: Token] = [:]
    public var expressions: [CaptureLabel: (Expression, SourceRange)] = [:]
    public var assignments: [Assignment] = []
    /// The same pairs by what they set, for commands with more than one kind (`import ... map ... stages ...`).
    public var assignmentsOf: [Assignable: [Assignment]] = [:]
    public var groups: [GroupKey] = []
    public var order: [OrderKey] = []
    public var aggregates: [Aggregate] = []
    /// The command's own name tokens, for diagnostics that point at it.
    public var nameRange: SourceRange = SourceRange(0, 0)
    /// Every token of the command, to give back the text of a clause.
    public var tokens: [Token] = []

    public func token(_ label: CaptureLabel) -> Token? { values[label]?.first }
    public func has(_ keyword: String) -> Bool { keywords[keyword] != nil }

    public func located(_ label: CaptureLabel) -> Located<String>? {
        token(label).map { Located($0.text, $0.range) }
    }

    /// The tokens within `range`, written back in canonical form (`stage = Qualified`).
    public func source(_ range: SourceRange) -> String {
        var out = ""
        var previous: Token?
        for t in tokens where t.range.start >= range.start && t.range.end <= range.end {
            if let p = previous, p.kind != .leftParen, t.kind != .rightParen, t.kind != .comma { out += " " }
            // Every escape, not just quotes: a rule's condition and the journal are read back by the lexer.
            out += t.kind == .string ? Quoting.quoted(t.text) : t.text
            previous = t
        }
        return out
    }

    /// A captured argument that the grammar makes mandatory.
    public func required(_ label: CaptureLabel) -> Located<String> {
        located(label) ?? Located("", nameRange)
    }
}

/// One command of the language: its name, grammar, help and how to build it.
public struct CommandSpec: Sendable {
    /// The name words: `["stage", "add"]`.
    public let words: [String]
    public let aliases: [[String]]
    public let group: CommandGroup
    public let grammar: Grammar
    /// Commands as typed, shown by `help COMMAND`; the summary and details are the catalogue's
    /// `help.NAME` and `helpDetails.NAME`.
    public let examples: [String]
    let build: @Sendable (Captures) throws(Diagnostic) -> any Command

    public init(
        _ name: String, aliases: [String] = [], group: CommandGroup, grammar: Grammar = .sequence([]),
        examples: [String] = [],
        build: @escaping @Sendable (Captures) throws(Diagnostic) -> any Command
    ) {
        self.words = name.split(separator: " ").map(String.init)
        self.aliases = aliases.map { $0.split(separator: " ").map(String.init) }
        self.group = group
        self.grammar = grammar
        self.examples = examples
        self.build = build
    }

    public var name: String { words.joined(separator: " ") }

    /// The key of the command's help in a catalogue: its name words joined by `_` (`stage_add`).
    var helpKey: String { words.joined(separator: "_") }

    /// One line for the `help` listing, in `language`.
    public func summary(in language: Language) -> String { language.catalogue.term("help.\(helpKey)") ?? "" }

    /// Longer help, shown by `help COMMAND`, in `language`; empty for a command that needs none.
    public func details(in language: Language) -> String { language.catalogue.term("helpDetails.\(helpKey)") ?? "" }

    /// The full usage line: name and grammar.
    public var synopsis: String {
        let g = grammar.synopsis
        return g.isEmpty ? name : "\(name) \(g)"
    }
}
