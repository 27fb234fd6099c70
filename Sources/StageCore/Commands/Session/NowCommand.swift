/// `now`: shows or freezes the session clock.
struct NowCommand: Command {
    static let spec = CommandSpec(
        "now", group: .session,
        grammar: .optional(.oneOf([.keyword("clear"), .argument(.date, .date)])),
        examples: ["now 2026-11-29", "now clear"]
    ) { c throws(Diagnostic) in
        if c.has("clear") { return NowCommand(setting: .clear) }
        if let d = try c.date(.date) { return NowCommand(setting: .freeze(d)) }
        return NowCommand(setting: .show)
    }

    let setting: ClockSetting

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        SessionOperations.now(setting, &session)
    }

    var scriptEffect: ScriptEffect { .runsOnStages }
}
