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
        session.showOrSet(\.format, to: format) { $0.rawValue }
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
        session.showOrSet(\.pager, to: mode) { $0.rawValue }
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
        session.showOrSet(\.expanded, to: mode) { $0.rawValue }
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
        session.showOrSet(\.echo, to: on) { $0 ? "on" : "off" }
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
        session.showOrSet(\.timer, to: on) { $0 ? "on" : "off" }
    }
}

extension Session {
    /// A setting set to `value`, or shown as `shown` writes it when no value is given.
    fileprivate mutating func showOrSet<Value>(
        _ setting: WritableKeyPath<Session, Value>, to value: Value?, shown: (Value) -> String
    ) -> Outcome {
        guard let value else { return .message(.verbatim(shown(self[keyPath: setting]))) }
        self[keyPath: setting] = value
        return .none
    }
}
