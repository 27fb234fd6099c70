/// The table of every command; the one list the parser, `help` and completion read.
public struct CommandTable: Sendable {
    public let specs: [CommandSpec]

    public init(_ specs: [CommandSpec]) { self.specs = specs }

    /// The language's commands, in the order `help` lists them.
    public static let standard = CommandTable(
        RecordCommands.all + QueryCommands.all + ReportCommands.all + PipelineCommands.all + SessionCommands.all)

    /// Every name a command can be called by, with its spec.
    public var names: [([String], CommandSpec)] {
        specs.flatMap { spec in ([spec.words] + spec.aliases).map { ($0, spec) } }
    }

    /// The spec a command's first tokens name, and how many tokens its name took.
    public func lookup(_ tokens: [Token]) throws(Diagnostic) -> (CommandSpec, Int) {
        var best: (CommandSpec, Int)?
        for (words, spec) in names where words.count <= tokens.count {
            let matches = zip(words, tokens).allSatisfy { $1.isKeyword($0) }
            if matches && words.count > (best?.1 ?? 0) { best = (spec, words.count) }
        }
        if let best { return best }
        let first = tokens[0]
        let word = first.text.lowercased()
        let group = names.filter { $0.0.count > 1 && $0.0[0] == word }
        if !group.isEmpty {
            let subcommands = group.map { $0.0[1] }
            if tokens.count < 2 {
                let specs = specs.filter { spec in group.contains { $0.1.name == spec.name } }
                throw Diagnostic(Messages.missingSubcommand(word, subcommands), at: first.range,
                                 hint: Messages.hintUsage(specs.map(\.synopsis).joined(separator: "\n" + String(repeating: " ", count: 13))))
            }
            let sub = tokens[1]
            throw Diagnostic(Messages.unknownSubcommand(word, sub.text), at: sub.range,
                             hints: (Suggest.nearest(sub.text, in: subcommands).map { [Messages.hintDidYouMean("\(word) \($0)")] } ?? [])
                                + [Messages.hintOneOf(subcommands)])
        }
        let candidates = Set(names.map { $0.0[0] })
        let hint = Suggest.nearest(first.text, in: Array(candidates)).map(Messages.hintDidYouMean) ?? Messages.hintHelp
        throw Diagnostic(Messages.unknownCommand(first.text), at: first.range, hint: hint)
    }

    /// The spec named by `words` (a command's name or alias).
    public func spec(named words: [String]) -> CommandSpec? {
        let lower = words.map { $0.lowercased() }
        return names.first { $0.0 == lower }?.1
    }
}
