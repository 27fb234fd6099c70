/// `now`: shows or freezes the session clock.
struct NowCommand: Command {
    static let spec = CommandSpec(
        "now", group: .session,
        grammar: .optional(.oneOf([.keyword("clear"), .argument(.date, .date)])),
        summary: "show or freeze the session clock",
        details: "Freezing the clock makes a session's output reproducible; `now clear` follows the system clock again.",
        summaryVi: "xem hoặc cố định đồng hồ của phiên",
        detailsVi: "Cố định đồng hồ giúp đầu ra của phiên tái lập được; `now clear` quay lại theo đồng hồ hệ thống.",
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
