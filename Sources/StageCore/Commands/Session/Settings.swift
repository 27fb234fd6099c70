// The output settings: each shows its value without an argument, or sets it.

/// `format`: shows or sets the output format.
struct FormatCommand: Command {
    static let spec = CommandSpec(
        "format", group: .session,
        grammar: .optional(.argument(.format, .choice(OutputFormat.allCases.map(\.rawValue)))),
        examples: ["format json"]
    ) { c throws(Diagnostic) in FormatCommand(format: c.text(.format).flatMap { OutputFormat(rawValue: $0.lowercased()) }) }

    let format: OutputFormat?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let format { session.format = format; return .none }
        return .message(.verbatim(session.format.rawValue))
    }
}

/// `pager`: shows or sets when output at a terminal goes through a pager.
struct PagerCommand: Command {
    static let spec = CommandSpec(
        "pager", group: .session, grammar: Clauses.onOffAuto,
        examples: ["pager off", "pager"]
    ) { c throws(Diagnostic) in PagerCommand(mode: Clauses.onOffAuto(c)) }

    let mode: DisplayMode?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let mode { session.pager = mode; return .none }
        return .message(.verbatim(session.pager.rawValue))
    }
}

/// `expanded`: shows or sets when a table shows one record per block.
struct ExpandedCommand: Command {
    static let spec = CommandSpec(
        "expanded", group: .session, grammar: Clauses.onOffAuto,
        examples: ["expanded on", "expanded auto"]
    ) { c throws(Diagnostic) in ExpandedCommand(mode: Clauses.onOffAuto(c)) }

    let mode: DisplayMode?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let mode { session.expanded = mode; return .none }
        return .message(.verbatim(session.expanded.rawValue))
    }
}

/// `echo`: shows or sets whether each command is echoed before its output.
struct EchoCommand: Command {
    static let spec = CommandSpec(
        "echo", group: .session, grammar: Clauses.onOff,
        examples: ["echo on"]
    ) { c throws(Diagnostic) in EchoCommand(on: Clauses.onOff(c)) }

    let on: Bool?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let on { session.echo = on; return .none }
        return .message(.verbatim(session.echo ? "on" : "off"))
    }
}

/// `timer`: shows or sets whether each command's time is printed.
struct TimerCommand: Command {
    static let spec = CommandSpec(
        "timer", group: .session, grammar: Clauses.onOff,
        examples: ["timer on"]
    ) { c throws(Diagnostic) in TimerCommand(on: Clauses.onOff(c)) }

    let on: Bool?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let on { session.timer = on; return .none }
        return .message(.verbatim(session.timer ? "on" : "off"))
    }
}
