import Foundation
import StageCore
import StageTestSupport
import Testing

@testable import StageShell

// `--check`: every command of every line is lexed and parsed, nothing runs,
// and every error is reported as batch mode would report it, in order.

@Suite struct ScriptCheckerTests {
    @Test func goodScriptHasNoErrors() {
        var source = TextLineSource(
            "good.stg",
            """
            # A comment, then commands.
            now 2026-11-29

            add lead "Công ty An Phát" owner="Nguyễn Lan" value=45k
            move 1 to Contacted ; list   # two commands on a line
            count \\
                by stage
            save demo
            """)
        let report = ScriptChecker.check(&source)
        #expect(report.errors == [])
        #expect(report.commands == 6)
    }

    @Test func everyErrorIsReportedInOrder() {
        var source = TextLineSource(
            "bad.stg",
            """
            now 2026-11-29
            move 1 to
            list
            foo bar
            add lead "A" ; lst
            """)
        let report = ScriptChecker.check(&source)
        #expect(report.commands == 6)
        #expect(
            report.errors == [
                """
                stagesh: bad.stg:2:10: error: expected STAGE at the end of the command
                    move 1 to
                             ^
                hint: usage: move ID to STAGE [on DATE] [because TEXT]

                """,
                """
                stagesh: bad.stg:4:1: error: unknown command "foo"
                    foo bar
                    ^~~
                hint: type "help" for the list of commands

                """,
                """
                stagesh: bad.stg:5:16: error: unknown command "lst"
                    add lead "A" ; lst
                                   ^~~
                hint: did you mean "list"?

                """,
            ])
    }

    @Test func lexerErrorsAndBadBytesAreReported() {
        var source = TextLineSource(
            "bytes.stg",
            bytes: [
                Array("add lead \"open".utf8),
                Array("list".utf8) + [0],
                Array("list ".utf8) + [0xFF],
                Array("count".utf8),
            ])
        let report = ScriptChecker.check(&source)
        #expect(report.commands == 4)
        #expect(report.errors.count == 3)
        #expect(report.errors[0].hasPrefix("stagesh: bytes.stg:1:10: error: unterminated string\n"))
        #expect(report.errors[1].hasPrefix("stagesh: bytes.stg:2:5: error: \(Message.nulByte)\n"))
        #expect(report.errors[2].hasPrefix("stagesh: bytes.stg:3:6: error: \(Message.invalidUTF8)\n"))
    }

    @Test func continuedLinesAreNamedByTheirFirstLine() {
        var source = TextLineSource("cont.stg", "list\nmove 1 \\\n  to\ncount")
        let report = ScriptChecker.check(&source)
        #expect(report.commands == 3)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.hasPrefix("stagesh: cont.stg:2:") == true)
    }

    @Test func runWritesDiagnosticsAndASummary() throws {
        let path = NSTemporaryDirectory() + "stagesh-check-\(getpid()).stg"
        try "list\nfoo\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let output = BufferOutput()
        #expect(ScriptChecker.run(paths: [path], output: output) == 1)
        #expect(output.standardOutput == "\(path): 2 commands, 1 error\n")
        #expect(output.standardError.hasPrefix("stagesh: \(path):2:1: error: unknown command \"foo\"\n"))
        let missing = BufferOutput()
        #expect(ScriptChecker.run(paths: [path + ".missing"], output: missing) == 1)
        #expect(missing.standardError.hasPrefix("stagesh: cannot read \(path).missing: "))
    }

    // What the script's own commands determine is checked too: on the default
    // pipeline (or the stages the script set up), a misspelt stage is an error.

    private static func errors(_ script: String, from session: Session = testSession(clock: nil)) -> [String] {
        var source = TextLineSource("s.stg", script)
        return ScriptChecker.check(&source, from: session).errors
    }

    /// Only the first line of each diagnostic: where and what.
    private static func firstLines(_ script: String, from session: Session = testSession(clock: nil)) -> [String] {
        errors(script, from: session).map { String($0.prefix { $0 != "\n" }) }
    }

    @Test func unknownStageOnTheDefaultPipeline() {
        #expect(
            Self.errors("now 2026-11-29\nmove 3 to Negociation\n") == [
                """
                stagesh: s.stg:2:11: error: unknown stage "Negociation"
                    move 3 to Negociation
                              ^~~~~~~~~~~
                hint: did you mean "Negotiation"?

                """
            ])
        // Curly quotes count in bytes for the lexer, in characters for the column.
        #expect(Self.firstLines("add lead “Đông Á” stage=Qualifed") == [#"stagesh: s.stg:1:25: error: unknown stage "Qualifed""#])
    }

    @Test func stagesTheScriptSetsUpAreKnown() {
        #expect(
            Self.errors(
                """
                stage add opportunity Demo after Negotiation
                add opp "Acme" value=10k
                move 1 to Demo
                stage rename "Proposal Sent" to Quoted
                move 1 to Quoted
                rule add on quote move to Quoted
                conversion from Demo to Won
                stages set leads Inbox, Called
                add lead B
                move 2 to Called
                list where stage in (Inbox, Demo)
                """) == [])
        #expect(
            Self.firstLines(
                """
                stage rename "Proposal Sent" to Quoted
                add opp "Acme"
                move 1 to "Proposal Sent"
                rule remove 1; stage remove Quoted
                stuck in Quoted
                stages set leads Inbox, Called
                count where stage = New
                """) == [
                    #"stagesh: s.stg:3:11: error: unknown stage "Proposal Sent""#,
                    #"stagesh: s.stg:5:10: error: unknown stage "Quoted""#,
                    #"stagesh: s.stg:7:21: error: unknown stage "New""#,
                ])
    }

    /// With every record the script's own, what running it would say is known: a stage
    /// of the other kind, a record that is not there, an unknown field, a policy's refusal.
    @Test func whatTheScriptsOwnRecordsTell() {
        #expect(
            Self.firstLines(
                """
                add lead A
                move 1 to Won
                add opp B stage=New
                list where segment = x
                show 7
                policy strict
                add opp C
                move 2 to Won
                add lead D segment=smb
                list where segment = smb
                """) == [
                    #"stagesh: s.stg:2:11: error: "Won" is an opportunity stage and 1 is a lead"#,
                    #"stagesh: s.stg:3:17: error: "New" is a lead stage, not an opportunity stage"#,
                    #"stagesh: s.stg:4:12: error: unknown field "segment""#,
                    #"stagesh: s.stg:5:6: error: unknown record "7""#,
                    #"stagesh: s.stg:8:11: error: policy strict refuses moving 2 from Negotiation to Won: it would skip Proposal Sent"#,
                ])
    }

    /// An import brings records (and fields) nobody can know here, but the stages
    /// stay the script's own unless it creates stages.
    @Test func importKeepsTheStagesKnown() {
        #expect(
            Self.firstLines(
                """
                import records deals.csv
                move 7 to Won
                list where segment = smb and stage != Negociation
                add opp X stage=Qualified
                add opp Y value=1,000
                set 7 value=12k
                stage add lead Called
                move 8 to Called
                """) == [
                    #"stagesh: s.stg:3:39: error: unknown stage "Negociation""#,
                    #"stagesh: s.stg:4:17: error: "Qualified" is a lead stage, not an opportunity stage"#,
                    #"stagesh: s.stg:5:17: error: "1,000": numbers are written without thousands separators"#,
                ])
    }

    /// After these, the stages are not known: nothing past them is checked but the syntax.
    @Test(arguments: [
        "load demo", "load! demo", "run other.stg", "import records deals.csv create stages",
        "import events history.csv create stages", "recover", "import records deals.csv\nundo", "quit",
    ])
    func stagesBecomeUnknown(_ first: String) {
        #expect(Self.errors(first + "\nmove 3 to Negociation\nlist where stage = Qualifed\nrule add on call move to X\n") == [])
        #expect(
            Self.firstLines(first + "\nmove 3 to\n") == [
                #"stagesh: s.stg:\#(first.split(separator: "\n").count + 1):10: error: expected STAGE at the end of the command"#
            ])
    }

    /// A dry run, a save, an export change nothing the script sees: the records stay known.
    @Test func commandsThatChangeNothingKeepEverythingKnown() {
        #expect(
            Self.firstLines(
                """
                add lead A
                import records deals.csv dry-run
                save x
                export records out.csv
                export report funnel f.csv where stage = Qualifed
                snapshots
                move 2 to Contacted
                """) == [
                    #"stagesh: s.stg:5:42: error: unknown stage "Qualifed""#,
                    #"stagesh: s.stg:7:6: error: unknown record "2""#,
                ])
    }

    /// Undo and redo of the script's own changes are followed exactly.
    @Test func undoIsFollowed() {
        #expect(
            Self.firstLines(
                """
                stage add opportunity Demo
                undo
                add opp A
                move 1 to Demo
                redo
                """) == [
                    #"stagesh: s.stg:4:11: error: unknown stage "Demo""#,
                    #"stagesh: s.stg:5:1: error: nothing to redo"#,
                ])
    }

    /// Checking reads no file a command names and writes none: save, export and
    /// import leave the data directory and the working directory as they were.
    @Test func nothingIsReadOrWritten() throws {
        let dir = try makeTemporaryDirectory("check-files").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let session = testSession(clock: nil, directory: dir, dataDirectory: dir)
        #expect(
            Self.errors(
                """
                add lead A
                save one
                export records out.csv
                export chart funnel chart.svg
                export report funnel report.json
                import records nosuch.csv
                """, from: session) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [])
    }

    /// `stagesh SNAPSHOT --check FILE` checks the script against the snapshot's pipeline and records.
    @Test func startsFromTheSnapshotNamed() throws {
        let dir = try makeTemporaryDirectory("check-snapshot").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var maker = testSession(clock: nil, dataDirectory: dir)
        _ = try maker.execute(line: "stage add opportunity Demo; add opp A; save base")
        let script = dir + "/s.stg"
        try "move 1 to Demo\nmove 2 to Won\n".write(toFile: script, atomically: true, encoding: .utf8)
        let start = testSession(clock: nil, dataDirectory: dir)
        let output = BufferOutput()
        #expect(ScriptChecker.run(paths: [script], opening: "base", from: start, output: output) == 1)
        #expect(output.standardOutput == "\(script): 2 commands, 1 error\n")
        #expect(output.standardError.hasPrefix("stagesh: \(script):2:6: error: unknown record \"2\"\n"))

        let missing = BufferOutput()
        #expect(ScriptChecker.run(paths: [script], opening: "nosuch", from: start, output: missing) == 1)
        #expect(missing.standardOutput == "")
        #expect(missing.standardError.hasPrefix("stagesh: <arguments>:1:6: error: cannot load nosuch: "))
    }

    @Test func summaryWords() {
        #expect(Message.checkSummary("a.stg", commands: 1, errors: 0).english == "a.stg: 1 command, 0 errors")
        #expect(Message.checkSummary("a.stg", commands: 3, errors: 2).english == "a.stg: 3 commands, 2 errors")
    }
}

@Suite struct PresenterStepsTests {
    @Test func stepsSkipBlanksNarrateCommentsAndJoinContinuations() {
        var source = TextLineSource("p.stg", "# Hello\n\n   \n#\ncount \\\n  by stage\n  # indented\nlist")
        let steps = Presenter.steps(&source)
        #expect(
            steps == [
                .narration("Hello"),
                .narration(""),
                // Joined as a script joins them: the next line as it is, after one space.
                .command(Array("count   by stage".utf8), line: 5),
                .narration("indented"),
                .command(Array("list".utf8), line: 8),
            ])
    }

    @Test func aFirstLineDirectiveIsNotNarration() {
        var source = TextLineSource("p.stg", "# stagesh-args: --lang vi\n# Bài 1.\ncount\n# stagesh-args: later\n")
        #expect(Presenter.steps(&source) == [.narration("Bài 1."), .command(Array("count".utf8), line: 3), .narration("stagesh-args: later")])
    }
}
