/// The text of `help` and `help COMMAND`, built from the command table.
enum Help {
    static func text(topic: String?, range: SourceRange?, table: CommandTable = .standard, language: Language = .english) throws(Diagnostic)
        -> Outcome
    {
        guard let topic else { return .text(overview(table, language)) }
        let words = topic.split(separator: " ").map(String.init)
        if let spec = table.spec(named: words) {
            // `help export` also shows `export report` and `export chart`.
            let longer = words.count == 1 ? table.specs.filter { $0.words.count > 1 && Names.key($0.words[0]) == Names.key(words[0]) } : []
            return .text(([spec] + longer).map { page($0, language) }.joined(separator: "\n"))
        }
        let group = table.specs.filter { Names.key($0.words[0]) == Names.key(words[0]) }
        if !group.isEmpty { return .text(group.map { page($0, language) }.joined(separator: "\n")) }
        let names = Array(Set(table.names.map { $0.0.joined(separator: " ") }))
        throw Diagnostic(
            Message.noHelp(topic), at: range,
            hint: Suggest.nearest(topic, in: names).map(Message.hintDidYouMean) ?? Message.hintHelp)
    }

    static func overview(_ table: CommandTable, _ language: Language = .english) -> String {
        var out = Message.helpIntro.text(in: language) + "\n"
        let width = table.specs.map { DisplayWidth.of($0.name) }.max() ?? 0
        for group in CommandGroup.allCases {
            let specs = table.specs.filter { $0.group == group }
            out += "\n\(group.title.text(in: language)):\n"
            for spec in specs {
                out += "  \(spec.name)" + String(repeating: " ", count: width - DisplayWidth.of(spec.name)) + "  \(spec.summary(in: language))\n"
            }
        }
        out += "\n" + Message.helpFooter.text(in: language) + "\n"
        return out
    }

    static func page(_ spec: CommandSpec, _ language: Language = .english) -> String {
        var out = "\(spec.synopsis)\n  \(spec.summary(in: language))\n"
        if !spec.aliases.isEmpty {
            out += "  \(Message.helpAliases.text(in: language)): " + spec.aliases.map { $0.joined(separator: " ") }.joined(separator: ", ") + "\n"
        }
        let details = spec.details(in: language)
        if !details.isEmpty {
            out += "\n" + details.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        if !spec.examples.isEmpty {
            out += "\n  \(Message.helpExamples.text(in: language)):\n" + spec.examples.map { "    \($0)\n" }.joined()
        }
        return out
    }
}
