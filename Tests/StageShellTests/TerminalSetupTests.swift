import Testing

@testable import StageCore
@testable import StageShell

/// What a person at a terminal gets: the runner's set-up, styles from one place, bars fitted
/// to the window, and Ctrl-C through the session's one cancellation token.
@Suite struct TerminalSetupTests {
    @Test func attachingATerminal() {
        let runner = Runner(output: BufferOutput())
        runner.attachTerminal(colour: true, environment: ["TERM": "dumb"], pager: "less -FRSX") { _ in true }
        #expect(runner.interactive)
        #expect(runner.colour)
        #expect(runner.plainBars)
        #expect(runner.pagerCommand == "less -FRSX")
        #expect(runner.session.canAsk)
        #expect(runner.confirm?("sure?") == true)
        runner.attachTerminal(colour: false, environment: ["TERM": "xterm"], pager: nil) { _ in false }
        #expect(!runner.plainBars)
        #expect(runner.pagerCommand == nil)
    }

    @Test func styles() {
        #expect(TerminalStyle.bold.apply("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(TerminalStyle.dimItalic.apply("x") == "\u{1B}[2;3mx\u{1B}[0m")
        #expect(
            Prompt(name: "demo", unsaved: true, continuation: false, colour: true).styled
                == "\u{1}\u{1B}[1m\u{1}demo*>\u{1}\u{1B}[0m\u{1} ")
        #expect(Prompt(name: "demo", unsaved: false, continuation: false, colour: false).styled == "demo> ")
    }

    @Test func barsFitWhatTheWindowLeaves() {
        var table = Table(
            columns: [Column("stage"), Column("n", alignment: .right)], rows: [[.text("New"), .integer(4)], [.text("Won"), .integer(1)]])
        table.barColumn = 1
        let (charted, bars) = TerminalCharts.withBars(table, terminalWidth: 40, plain: true)
        #expect(charted.columns.count == 3)
        #expect(charted.rows.map { $0.last } == [.bar(1), .bar(0.25)])
        // The widest line (" stage | n", the rule) is 11 columns wide: 40 - 11 - 4 for the bars.
        #expect(bars == Bars(width: 25, plain: true))
        #expect(TerminalCharts.withBars(table, terminalWidth: 300, plain: false).bars.width == 40)
        #expect(TerminalCharts.withBars(table, terminalWidth: 10, plain: false).bars.width == 8)
    }

    @Test func aRequestedTokenStopsTheRunner() {
        let token = CancellationToken()
        let runner = Runner(session: Session(cancellation: token), output: BufferOutput())
        token.request()
        #expect(runner.runLine(Array("add lead A".utf8), source: "t", line: 1) == .interrupted)
        var source = ArgumentLineSource(["add lead A"])
        #expect(runner.run(&source) == .interrupted)
        #expect(runner.session.store.liveCount == 0)
        token.clear()
        #expect(runner.runLine(Array("add lead A".utf8), source: "t", line: 1) == .completed)
    }
}
