import Foundation
import StageCore
import StageTestSupport
import Testing

@testable import StageShell

// Bytes no command may hold (NUL, invalid UTF-8) are caught by `Runner.checkBytes`
// before the line is lexed; the diagnostic points at the first bad byte, as a
// column of the decoded line, and nothing runs.
//

struct BadBytesCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let expected: String

    init(_ name: String, _ bytes: [UInt8], _ expected: String) {
        self.name = name
        self.bytes = bytes
        self.expected = expected + "\n"
    }

    var testDescription: String { name }
}

private func b(_ s: String) -> [UInt8] { Array(s.utf8) }

@Suite struct BadBytesTests {
    static let cases: [BadBytesCase] = [
        BadBytesCase(
            "NUL inside a quoted name", b("add lead \"A") + [0] + b("B\""),
            """
            stagesh: t.stg:1:12: error: NUL byte in the input
                add lead "A B"
                           ^
            """),
        BadBytesCase(
            "NUL first", [0] + b("list"),
            """
            stagesh: t.stg:1:1: error: NUL byte in the input
                 list
                ^
            """),
        BadBytesCase(
            "NUL last", b("list") + [0],
            """
            stagesh: t.stg:1:5: error: NUL byte in the input
                list\u{20}
                    ^
            """),
        BadBytesCase(
            "NUL after Vietnamese text", b("add lead \"Đã liên hệ") + [0] + b("\""),
            """
            stagesh: t.stg:1:21: error: NUL byte in the input
                add lead "Đã liên hệ "
                                    ^
            """),
        BadBytesCase(
            "NUL in a comment", b("list # note") + [0],
            """
            stagesh: t.stg:1:12: error: NUL byte in the input
                list # note\u{20}
                           ^
            """),
        BadBytesCase(
            "lone 0xFF", b("add lead Caf") + [0xFF],
            """
            stagesh: t.stg:1:13: error: invalid UTF-8
                add lead Caf\u{FFFD}
                            ^
            """),
        BadBytesCase(
            "truncated two-byte sequence", b("add lead \"Caf") + [0xC3] + b("\""),
            """
            stagesh: t.stg:1:14: error: invalid UTF-8
                add lead "Caf\u{FFFD}"
                             ^
            """),
        BadBytesCase(
            "Latin-1 é", b("add lead Caf") + [0xE9] + b(" owner=Lan"),
            """
            stagesh: t.stg:1:13: error: invalid UTF-8
                add lead Caf\u{FFFD} owner=Lan
                            ^
            """),
        BadBytesCase(
            "invalid byte after valid Vietnamese", b("add lead \"Đà") + [0xFF] + b("\""),
            """
            stagesh: t.stg:1:13: error: invalid UTF-8
                add lead "Đà\u{FFFD}"
                            ^
            """),
        BadBytesCase(
            "invalid first byte", [0x80] + b("list"),
            """
            stagesh: t.stg:1:1: error: invalid UTF-8
                \u{FFFD}list
                ^
            """),
        BadBytesCase(
            "encoded surrogate", b("add lead ") + [0xED, 0xA0, 0x80],
            """
            stagesh: t.stg:1:10: error: invalid UTF-8
                add lead \u{FFFD}\u{FFFD}\u{FFFD}
                         ^
            """),
        BadBytesCase(
            "NUL after invalid UTF-8", b("add lead ") + [0xFF, 0] + b(" x"),
            """
            stagesh: t.stg:1:11: error: NUL byte in the input
                add lead \u{FFFD}  x
                          ^
            """),
    ]

    @Test(arguments: cases)
    func badBytes(_ c: BadBytesCase) {
        let output = BufferOutput()
        let runner = Runner(session: testSession(clock: nil), output: output)
        let status = runner.runLine(c.bytes, source: "t.stg", line: 1)
        #expect(status == .failed, "\(c.name)")
        #expect(output.standardError == c.expected, "\(c.name)")
        #expect(output.standardOutput == "", "\(c.name)")
        #expect(runner.failures == 1)
        #expect(runner.session.store.slotCount == 0, "\(c.name): nothing ran")
        #expect(runner.session.unsavedChanges == 0, "\(c.name): nothing ran")
    }

    /// The checker itself: clean lines pass, the first bad byte is found.
    @Test func checkBytesPassesCleanLines() {
        #expect(Runner.checkBytes(b("list where owner = \"Nguyễn Lan\"")) == nil)
        #expect(Runner.checkBytes(b("add lead 東京商事 value=1.5k")) == nil)
        #expect(Runner.checkBytes([]) == nil)
    }

    /// A line that fails its check runs none of its commands, even those before the bad byte.
    @Test func badBytesRunNothingOfTheLine() {
        let output = BufferOutput()
        let runner = Runner(session: testSession(clock: nil), output: output)
        let status = runner.runLine(b("add lead A; add lead B") + [0xFF], source: "t.stg", line: 1)
        #expect(status == .failed)
        #expect(runner.session.store.slotCount == 0)
        #expect(output.standardOutput == "")
    }

    /// `run` of a missing file: the runner reports it, with the file under the caret.
    @Test func runOfAMissingFile() throws {
        let dir = try makeTemporaryDirectory("bad-bytes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = BufferOutput()
        let runner = Runner(session: testSession(directory: dir.path), output: output)
        let status = runner.runLine(b("run missing.stg"), source: "t.stg", line: 1)
        #expect(status == .failed)
        #expect(
            output.standardError == """
                stagesh: t.stg:1:5: error: cannot read missing.stg: no such file or directory
                    run missing.stg
                        ^~~~~~~~~~~

                """)
        #expect(output.standardOutput == "")
    }
}
