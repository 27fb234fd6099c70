/// psql's and sqlite3's commands that their users type by habit, each declared
/// once with the stagesh command that does the same.
///
/// Only what means exactly a stagesh command runs (`\q`, `.quit`, `.exit`,
/// `\?`, `\h`, `.help`); the rest fail with the answer, in a script as at the
/// prompt, so that a script written from habit stops where it would have gone wrong.
enum HabitCommands {
    static let all: [Habit] = [
        Habit("\\q", "\\quit", from: .psql, .runs("quit")),
        Habit(".quit", ".exit", from: .sqlite3, .runs("quit")),
        Habit("\\?", "\\h", "\\help", from: .psql, .runs("help")),
        Habit(".help", from: .sqlite3, .runs("help")),
        Habit("\\x", from: .psql, setting("expanded", ["on", "off", "auto"])),
        Habit("\\timing", from: .psql, setting("timer", ["on", "off"])),
        Habit(".timer", from: .sqlite3, setting("timer", ["on", "off"])),
        Habit(".echo", from: .sqlite3, setting("echo", ["on", "off"])),
        Habit(".mode", from: .sqlite3, format(aliases: sqliteModes)),
        Habit(".headers", ".header", from: .sqlite3, format(aliases: [:]), note: { Message.hintColumnsAlwaysNamed }),
        Habit("\\a", from: .psql, .answers { _ in "format table|tsv" }),
        Habit("\\pset", from: .psql, .answers(pset)),
        Habit("\\o", "\\out", from: .psql, .answers(output)),
        Habit(".output", ".once", from: .sqlite3, .answers(output)),
        Habit(".dump", from: .sqlite3, .answers { _ in "export records|events FILE / save NAME|PATH" }),
        Habit("\\i", "\\include", "\\ir", "\\include_relative", from: .psql, withFile("run", "FILE")),
        Habit(".read", from: .sqlite3, withFile("run", "FILE")),
        Habit("\\d", "\\d+", "\\dt", "\\dt+", from: .psql, .answers { _ in "stages" }),
        Habit(".tables", ".schema", ".fullschema", from: .sqlite3, .answers { _ in "stages" }),
        Habit("\\l", "\\l+", "\\list", from: .psql, .answers { _ in "snapshots" }),
        Habit(".databases", from: .sqlite3, .answers { _ in "snapshots" }),
        Habit("\\c", "\\connect", from: .psql, withFile("load", "NAME|PATH")),
        Habit(".open", from: .sqlite3, withFile("load", "NAME|PATH")),
        Habit(".save", ".backup", from: .sqlite3, withFile("save", "NAME|PATH", last: true)),
        Habit("\\copy", from: .psql, .answers(copy)),
        Habit(".import", from: .sqlite3, withFile("import records", "FILE")),
    ]

    /// The habit named `word`, if any.
    static func named(_ word: String, in habits: [Habit]) -> Habit? {
        habits.first { $0.names.contains(word) }
    }

    /// sqlite3's `.mode` names for stagesh's formats.
    static let sqliteModes = [
        "csv": "csv", "tabs": "tsv", "json": "json", "markdown": "markdown",
        "table": "table", "box": "table", "column": "table", "qbox": "table",
    ]

    /// psql's `\pset format` names for stagesh's formats.
    static let psqlFormats = [
        "aligned": "table", "wrapped": "table", "unaligned": "tsv", "csv": "csv",
        "asciidoc": "markdown",
    ]

    /// `NAME CHOICE` when the habit's first argument is one of `choices` (or an
    /// alias of one), else `NAME` with every choice.
    static func setting(_ name: String, _ choices: [String], aliases: [String: String] = [:]) -> Habit.Response {
        .answers { arguments in settingAnswer(name, choices, aliases: aliases, arguments) }
    }

    static func settingAnswer(_ name: String, _ choices: [String], aliases: [String: String], _ arguments: some Collection<Token>) -> String {
        if let given = arguments.first?.text.lowercased(), let choice = choices.contains(given) ? given : aliases[given] {
            return "\(name) \(choice)"
        }
        return "\(name) " + choices.joined(separator: "|")
    }

    static func format(aliases: [String: String]) -> Habit.Response {
        setting("format", OutputFormat.allCases.map(\.rawValue), aliases: aliases)
    }

    /// `COMMAND FILE` with the habit's file (its first argument that is not an
    /// option, or its last with `last`), else `COMMAND placeholder`.
    static func withFile(_ command: String, _ placeholder: String, last: Bool = false) -> Habit.Response {
        .answers { arguments in
            let files = arguments.filter { $0.isValue && !$0.text.hasPrefix("-") }
            return "\(command) " + ((last ? files.last : files.first).map { Quoting.quoteIfNeeded($0.text) } ?? placeholder)
        }
    }

    /// `\pset OPTION [VALUE]`: the setting stagesh has for the option, else all of them.
    static func pset(_ arguments: [Token]) -> String {
        let value = arguments.dropFirst()
        switch arguments.first?.text.lowercased() {
        case "format": return settingAnswer("format", OutputFormat.allCases.map(\.rawValue), aliases: psqlFormats, value)
        case "expanded", "x": return settingAnswer("expanded", ["on", "off", "auto"], aliases: [:], value)
        case "pager": return settingAnswer("pager", ["on", "off", "auto"], aliases: ["always": "on"], value)
        default: return "format \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|")) / pager on|off|auto / expanded on|off|auto"
        }
    }

    /// `\o FILE`, `.output FILE`: output to a file is an export of records or of a report.
    static func output(_ arguments: [Token]) -> String {
        let file = arguments.first { $0.isValue }.map { Quoting.quoteIfNeeded($0.text) } ?? "FILE"
        return "export records \(file) / export report REPORT \(file)"
    }

    /// `\copy TABLE from FILE` imports and `\copy TABLE to FILE` exports; a `from`
    /// inside `\copy (select ... from t) to FILE` belongs to the query.
    static func copy(_ arguments: [Token]) -> String {
        var depth = 0
        for (i, t) in arguments.enumerated() {
            if t.kind == .leftParen { depth += 1 }
            if t.kind == .rightParen { depth -= 1 }
            guard depth == 0, t.isKeyword("from") || t.isKeyword("to") else { continue }
            let next = i + 1 < arguments.count ? arguments[i + 1] : nil
            let file =
                next.flatMap { n in
                    n.isValue && !["stdin", "stdout", "pstdin", "pstdout"].contains(n.text.lowercased()) ? Quoting.quoteIfNeeded(n.text) : nil
                } ?? "FILE"
            return t.isKeyword("from") ? "import records \(file)" : "export records \(file)"
        }
        return "import records FILE / export records FILE"
    }
}
