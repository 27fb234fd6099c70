// The output settings: each shows its value without an argument, or sets it.

/// `format`: shows or sets the output format.
struct FormatCommand: Command {
    static let spec = CommandSpec(
        "format", group: .session,
        grammar: .optional(.argument(.format, .choice(OutputFormat.allCases.map(\.rawValue)))),
        summary: "show or set the output format: table, csv, tsv, json or markdown",
        summaryVi: "xem hoặc đặt định dạng đầu ra: table, csv, tsv, json hoặc markdown",
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
        summary: "show or set when output at a terminal goes through a pager: on, off or auto",
        details: """
        auto (the default) pages output taller or wider than the window; on pages everything at a terminal.
        The pager is $STAGESH_PAGER, else $PAGER, else less -FRSX; rows stream to it as they are made.
        """,
        summaryVi: "xem hoặc đặt khi nào đầu ra ở terminal đi qua trình phân trang: on, off hoặc auto",
        detailsVi: """
        auto (mặc định) phân trang đầu ra cao hoặc rộng hơn cửa sổ; on phân trang mọi thứ ở terminal.
        Trình phân trang là $STAGESH_PAGER, nếu không thì $PAGER, nếu không thì less -FRSX.
        """,
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
        summary: "show or set one record per block: on, off or auto (when a table is wider than the window)",
        details: "As psql's \\x: each row becomes a block of \"column | value\" lines. auto is the default.",
        summaryVi: "xem hoặc đặt hiển thị mỗi bản ghi một khối: on, off hoặc auto (khi bảng rộng hơn cửa sổ)",
        detailsVi: "Như \\x của psql: mỗi dòng thành một khối các dòng \"cột | giá trị\". Mặc định là auto.",
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
    static let spec = CommandSpec("echo", group: .session, grammar: Clauses.onOff, summary: "echo each command before its output",
                summaryVi: "in lại từng lệnh trước đầu ra của nó",
                examples: ["echo on"]) { c throws(Diagnostic) in EchoCommand(on: Clauses.onOff(c)) }

    let on: Bool?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let on { session.echo = on; return .none }
        return .message(.verbatim(session.echo ? "on" : "off"))
    }
}

/// `timer`: shows or sets whether each command's time is printed.
struct TimerCommand: Command {
    static let spec = CommandSpec("timer", group: .session, grammar: Clauses.onOff, summary: "print how long each command took",
                summaryVi: "in thời gian chạy của từng lệnh",
                examples: ["timer on"]) { c throws(Diagnostic) in TimerCommand(on: Clauses.onOff(c)) }

    let on: Bool?

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        if let on { session.timer = on; return .none }
        return .message(.verbatim(session.timer ? "on" : "off"))
    }
}
