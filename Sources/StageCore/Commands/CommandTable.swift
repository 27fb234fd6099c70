/// The table of every command; the one list the parser, `help` and completion read.
public struct CommandTable: Sendable {
    public let specs: [CommandSpec]
    /// Every name a command can be called by, with its spec.
    public let names: [([String], CommandSpec)]
    /// psql's and sqlite3's commands, answered but never offered.
    public let habits: [Habit]
    /// Where in `names` each first word is: a command is found without
    /// walking (and copying) the whole table.
    private let byFirstWord: [String: [Int]]

    public init(_ specs: [CommandSpec], habits: [Habit] = []) {
        self.specs = specs
        self.habits = habits
        let names = specs.flatMap { spec in ([spec.words] + spec.aliases).map { ($0, spec) } }
        self.names = names
        var index: [String: [Int]] = [:]
        for (i, name) in names.enumerated() { index[name.0[0], default: []].append(i) }
        byFirstWord = index
    }

    /// The language's commands, in the order `help` lists them: a command is one type and one line here.
    public static let standard = CommandTable(
        [
            AddLeadCommand.spec,
            AddOpportunityCommand.spec,
            SetCommand.spec,
            DeleteCommand.spec,
            MoveCommand.spec,
            ConvertCommand.spec,
            WonCommand.spec,
            LostCommand.spec,
            LogCommand.spec,
            GenerateCommand.spec,
            ShowCommand.spec,
            HistoryCommand.spec,
            ListCommand.spec,
            CountCommand.spec,
        ]
            // The reports come from their registry; the exports are listed after forecast, as they always were.
            + Reports.specs(through: ForecastReport.self)
            + [ExportChartCommand.spec, ExportReportCommand.spec]
            + Reports.specs(after: ForecastReport.self)
            + [
                StagesCommand.spec,
                StageAddCommand.spec,
                StageRenameCommand.spec,
                StageSetCommand.spec,
                StageRemoveCommand.spec,
                StagesSetCommand.spec,
                PolicyCommand.spec,
                RulesCommand.spec,
                RuleAddCommand.spec,
                RuleRemoveCommand.spec,
                UndoCommand.spec,
                RedoCommand.spec,
                CheckCommand.spec,
                NowCommand.spec,
                ImportCommand.spec,
                ImportOdooCommand.spec,
                ExportCommand.spec,
                FormatCommand.spec,
                PagerCommand.spec,
                ExpandedCommand.spec,
                EchoCommand.spec,
                TimerCommand.spec,
                SaveCommand.spec,
                LoadCommand.spec,
                SnapshotsCommand.spec,
                DiffCommand.spec,
                RecoverCommand.spec,
                DiscardCommand.spec,
                RunCommand.spec,
                HelpCommand.spec,
                QuitCommand.spec,
            ],
        habits: HabitCommands.all)

    /// The spec a command's first tokens name, and how many tokens its name took.
    public func lookup(_ tokens: [Token]) throws(Diagnostic) -> (CommandSpec, Int) {
        if let habit = try habit(tokens) { return habit }
        var best: Int?
        for i in byFirstWord[tokens[0].text.lowercased()] ?? [] where names[i].0.count <= tokens.count {
            let words = names[i].0
            let matches = zip(words, tokens).allSatisfy { $1.isKeyword($0) }
            if matches && words.count > (best.map { names[$0].0.count } ?? 0) { best = i }
        }
        if let best { return (names[best].1, names[best].0.count) }
        let first = tokens[0]
        let word = first.text.lowercased()
        let group = names.filter { $0.0.count > 1 && $0.0[0] == word }
        if !group.isEmpty {
            let subcommands = group.map { $0.0[1] }
            if tokens.count < 2 {
                let specs = specs.filter { spec in group.contains { $0.1.name == spec.name } }
                throw Diagnostic(
                    Message.missingSubcommand(word, subcommands), at: first.range,
                    hint: Message.hintUsage(specs.map(\.synopsis).joined(separator: "\n" + String(repeating: " ", count: 13))))
            }
            let sub = tokens[1]
            throw Diagnostic(
                Message.unknownSubcommand(word, sub.text), at: sub.range,
                hints: (Suggest.nearest(sub.text, in: subcommands).map { [Message.hintDidYouMean("\(word) \($0)")] } ?? [])
                    + [Message.hintOneOf(subcommands)])
        }
        if Habit.looksLikeOne(first.text) {
            throw Diagnostic(Message.unknownCommand(first.text), at: first.range, hint: Message.hintNoMetaCommands)
        }
        let candidates = Set(names.map { $0.0[0] })
        let hint = Suggest.nearest(first.text, in: Array(candidates)).map(Message.hintDidYouMean) ?? Message.hintHelp
        throw Diagnostic(Message.unknownCommand(first.text), at: first.range, hint: hint)
    }

    /// The command a habit (`\q`, `.quit`) runs as, taking one token; throws the
    /// answer of a habit stagesh does otherwise (`.mode csv`: `format csv`).
    private func habit(_ tokens: [Token]) throws(Diagnostic) -> (CommandSpec, Int)? {
        let first = tokens[0]
        guard first.kind == .word, Habit.looksLikeOne(first.text), let habit = HabitCommands.named(first.text, in: habits) else { return nil }
        switch habit.response {
        case .runs(let name):
            guard let spec = spec(named: [name]) else { return nil }
            return (spec, 1)
        case .answers(let answer):
            throw Diagnostic(
                Message.habitAnswer(first.text, of: habit.origin.rawValue, answer(Array(tokens.dropFirst()))),
                at: first.range.union(tokens[tokens.count - 1].range), hint: habit.note?())
        }
    }

    /// The spec named by `words` (a command's name or alias).
    public func spec(named words: [String]) -> CommandSpec? {
        let lower = words.map { $0.lowercased() }
        return names.first { $0.0 == lower }?.1
    }
}
