import Foundation
import Testing
import StageCore
@testable import StageShell

// `--check`: every command of every line is lexed and parsed, nothing runs,
// and every error is reported as batch mode would report it, in order.

/// The lines of a script held in memory.
private struct TextLineSource: LineSource {
    let name: String
    var lines: [[UInt8]]

    init(_ name: String, _ text: String) {
        self.name = name
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }

    init(_ name: String, bytes: [[UInt8]]) {
        self.name = name
        lines = bytes
    }

    mutating func nextLine() -> [UInt8]? { lines.isEmpty ? nil : lines.removeFirst() }
}

@Suite struct ScriptCheckerTests {
    @Test func goodScriptHasNoErrors() {
        var source = TextLineSource("good.stg", """
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
        var source = TextLineSource("bad.stg", """
            now 2026-11-29
            move 1 to
            list
            foo bar
            add lead "A" ; lst
            """)
        let report = ScriptChecker.check(&source)
        #expect(report.commands == 6)
        #expect(report.errors == [
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
        var source = TextLineSource("bytes.stg", bytes: [
            Array("add lead \"open".utf8),
            Array("list".utf8) + [0],
            Array("list ".utf8) + [0xFF],
            Array("count".utf8),
        ])
        let report = ScriptChecker.check(&source)
        #expect(report.commands == 4)
        #expect(report.errors.count == 3)
        #expect(report.errors[0].hasPrefix("stagesh: bytes.stg:1:10: error: unterminated string\n"))
        #expect(report.errors[1].hasPrefix("stagesh: bytes.stg:2:5: error: \(Messages.nulByte)\n"))
        #expect(report.errors[2].hasPrefix("stagesh: bytes.stg:3:6: error: \(Messages.invalidUTF8)\n"))
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

    @Test func summaryWords() {
        #expect(Messages.checkSummary("a.stg", commands: 1, errors: 0) == "a.stg: 1 command, 0 errors")
        #expect(Messages.checkSummary("a.stg", commands: 3, errors: 2) == "a.stg: 3 commands, 2 errors")
    }
}

@Suite struct PresenterStepsTests {
    @Test func stepsSkipBlanksNarrateCommentsAndJoinContinuations() {
        var source = TextLineSource("p.stg", "# Hello\n\n   \n#\ncount \\\n  by stage\n  # indented\nlist")
        let steps = Presenter.steps(&source)
        #expect(steps == [
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
