/// The text of `help` and `help COMMAND`, built from the command table.
enum Help {
    static func text(topic: String?, range: SourceRange?, table: CommandTable = .standard) throws(Diagnostic) -> Outcome {
        guard let topic else { return .text(overview(table)) }
        let words = topic.split(separator: " ").map(String.init)
        if let spec = table.spec(named: words) {
            // `help export` also shows `export report` and `export chart`.
            let longer = words.count == 1 ? table.specs.filter { $0.words.count > 1 && Names.key($0.words[0]) == Names.key(words[0]) } : []
            return .text(([spec] + longer).map(page).joined(separator: "\n"))
        }
        let group = table.specs.filter { Names.key($0.words[0]) == Names.key(words[0]) }
        if !group.isEmpty { return .text(group.map(page).joined(separator: "\n")) }
        let names = Array(Set(table.names.map { $0.0.joined(separator: " ") }))
        throw Diagnostic(Messages.noHelp(topic), at: range,
                         hint: Suggest.nearest(topic, in: names).map(Messages.hintDidYouMean) ?? Messages.hintHelp)
    }

    static func overview(_ table: CommandTable) -> String {
        var out = Messages.helpIntro + "\n"
        let width = table.specs.map { DisplayWidth.of($0.name) }.max() ?? 0
        for group in CommandGroup.allCases {
            let specs = table.specs.filter { $0.group == group }
            out += "\n\(group.title):\n"
            for spec in specs {
                out += "  \(spec.name)" + String(repeating: " ", count: width - DisplayWidth.of(spec.name)) + "  \(spec.localizedSummary)\n"
            }
        }
        out += "\n" + Messages.helpFooter + "\n"
        return out
    }

    static func page(_ spec: CommandSpec) -> String {
        var out = "\(spec.synopsis)\n  \(spec.localizedSummary)\n"
        if !spec.aliases.isEmpty {
            out += "  \(Messages.helpAliases): " + spec.aliases.map { $0.joined(separator: " ") }.joined(separator: ", ") + "\n"
        }
        let details = spec.localizedDetails
        if !details.isEmpty {
            out += "\n" + details.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        if !spec.examples.isEmpty {
            out += "\n  \(Messages.helpExamples):\n" + spec.examples.map { "    \($0)\n" }.joined()
        }
        return out
    }
}
