// Transcript tests: stagesh scripts with their exact expected output.
//
// A transcript is a script `NAME.stg` with expected files beside it:
//   NAME.out     the exact standard output (required)
//   NAME.err     the exact standard error (absent: empty)
//   NAME.status  the exit status, as the CLI would give it (absent: 0)
// Every `*.stg` under Tests/TranscriptTests/Fixtures/ and Examples/ (Examples/vi/,
// the Vietnamese lessons, included) is one test case. Each runs in-process
// through `Runner` with a `BufferOutput`, as `stagesh -f NAME.stg` would from
// the repository root: batch mode, stopping at the first failing command,
// diagnostics naming the script by its path relative to the repository root
// (`Examples/01-first-steps.stg`), relative paths in `import` and `run`
// resolved against the repository root. Exit status: 0 when
// the script completed or quit, 1 when a command failed. Every run gets its own
// empty data directory (as `--data-dir` would give it), removed afterwards, so
// `save`, `load` and `snapshots` see only what the script itself saved.
//
// A first line `# stagesh-args: ...` (read by `ScriptDirectives`, as `--play`
// reads it, through StageTestSupport's `transcriptDirectives`) gives the script flags: --keep-going, and --lang en|vi (or
// --lang=vi), which runs it with messages, help and report headings in that
// language (the session's own, so transcripts running in parallel keep theirs).
// tools/check_transcripts.sh runs the same transcripts through the built binary,
// so the real command line is covered too.
//
// Regenerating expected output:
//   STAGESH_UPDATE_TRANSCRIPTS=1 swift test --filter TranscriptTests
// rewrites every NAME.out (and NAME.err / NAME.status, deleting them when they
// would say "empty" / "0") instead of comparing. The output it writes is
// whatever stagesh does today, bugs included: read every regenerated file
// (`git diff Tests/TranscriptTests Examples`) and check it is right before
// keeping it.

import Foundation
import StageTestSupport
import Testing

@testable import StageCore
@testable import StageShell

/// One transcript, named by its script's path relative to the repository root.
struct Transcript: Sendable, CustomTestStringConvertible {
    let path: String

    var testDescription: String { path }

    var script: URL { TranscriptFiles.root.appending(path: path) }
    var base: URL { script.deletingPathExtension() }
    var outFile: URL { base.appendingPathExtension("out") }
    var errFile: URL { base.appendingPathExtension("err") }
    var statusFile: URL { base.appendingPathExtension("status") }
}

/// What running a script produced, as the CLI would report it.
struct TranscriptResult: Equatable {
    var standardOutput: String
    var standardError: String
    var status: Int32
}

enum TranscriptFiles {
    /// The repository root, which transcripts are named relative to.
    static let root: URL = repositoryRoot

    /// The folders whose scripts are transcripts, relative to the root.
    static let folders = ["Tests/TranscriptTests/Fixtures", "Examples"]

    /// Every `*.stg` under the transcript folders, sorted, as root-relative paths.
    static let all: [Transcript] = folders.flatMap(scripts(in:))

    static func scripts(in folder: String) -> [Transcript] {
        let dir = root.appending(path: folder)
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker where url.pathExtension == "stg" {
            let full = url.standardizedFileURL.path
            let prefix = root.standardizedFileURL.path + "/"
            guard full.hasPrefix(prefix) else { continue }
            paths.append(String(full.dropFirst(prefix.count)))
        }
        return paths.sorted().map(Transcript.init(path:))
    }

    /// Whether expected files are rewritten instead of compared.
    static var updating: Bool { ProcessInfo.processInfo.environment["STAGESH_UPDATE_TRANSCRIPTS"] == "1" }
}

enum TranscriptRunner {
    /// Runs the script in-process as `stagesh [--keep-going] -f PATH` would from the root.
    static func run(_ transcript: Transcript) throws -> TranscriptResult {
        let text = try String(contentsOf: transcript.script, encoding: .utf8)
        let directives = try transcriptDirectives(script: text)
        return try run(transcript, keepGoing: directives.keepGoing, language: directives.language ?? .english)
    }

    private static func run(_ transcript: Transcript, keepGoing: Bool, language: Language) throws -> TranscriptResult {
        let output = BufferOutput()
        // Every transcript gets its own empty data directory, as `--data-dir` would give it.
        let dataDirectory = try makeTemporaryDirectory("transcript")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let session = testSession(
            clock: nil, directory: TranscriptFiles.root.path, dataDirectory: dataDirectory.path,
            language: language)
        let runner = Runner(session: session, output: output)
        runner.interactive = false
        runner.keepGoing = keepGoing
        guard var source = FileLineSource(path: transcript.script.path, name: transcript.path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: transcript.script.path])
        }
        defer { source.close() }
        let status: Int32
        switch runner.run(&source) {
        case .completed, .quit: status = 0
        case .failed: status = 1
        case .interrupted: status = 130
        }
        return TranscriptResult(standardOutput: output.standardOutput, standardError: output.standardError, status: status)
    }

    /// The expected result from the files beside the script; nil when NAME.out is missing.
    static func expected(_ transcript: Transcript) throws -> TranscriptResult? {
        guard FileManager.default.fileExists(atPath: transcript.outFile.path) else { return nil }
        let out = try String(contentsOf: transcript.outFile, encoding: .utf8)
        let err =
            FileManager.default.fileExists(atPath: transcript.errFile.path)
            ? try String(contentsOf: transcript.errFile, encoding: .utf8) : ""
        var status: Int32 = 0
        if FileManager.default.fileExists(atPath: transcript.statusFile.path) {
            let text = try String(contentsOf: transcript.statusFile, encoding: .utf8)
            guard let n = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: transcript.statusFile.path])
            }
            status = n
        }
        return TranscriptResult(standardOutput: out, standardError: err, status: status)
    }

    /// Writes `result` as the expected files of `transcript`.
    static func update(_ transcript: Transcript, with result: TranscriptResult) throws {
        let fm = FileManager.default
        try Data(result.standardOutput.utf8).write(to: transcript.outFile)
        if result.standardError.isEmpty {
            if fm.fileExists(atPath: transcript.errFile.path) { try fm.removeItem(at: transcript.errFile) }
        } else {
            try Data(result.standardError.utf8).write(to: transcript.errFile)
        }
        if result.status == 0 {
            if fm.fileExists(atPath: transcript.statusFile.path) { try fm.removeItem(at: transcript.statusFile) }
        } else {
            try Data("\(result.status)\n".utf8).write(to: transcript.statusFile)
        }
    }
}

/// A line diff in the unified style: `-` expected, `+` actual, a little context.
enum LineDiff {
    static func unified(expected: String, actual: String, context: Int = 3) -> String {
        let a = lines(expected), b = lines(actual)
        // Longest common subsequence table; transcripts are small.
        guard a.count * b.count <= 4_000_000 else { return firstDifference(a, b) }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        enum Op { case same(String), removed(String), added(String) }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                ops.append(.removed(a[i])); i += 1
            } else {
                ops.append(.added(b[j])); j += 1
            }
        }
        // Keep changed lines and `context` lines around them.
        var keep = [Bool](repeating: false, count: ops.count)
        for (k, op) in ops.enumerated() {
            if case .same = op { continue }
            for c in max(0, k - context)...min(ops.count - 1, k + context) { keep[c] = true }
        }
        var out = "--- expected\n+++ actual\n"
        var skipped = false
        var line = (expected: 1, actual: 1)
        for (k, op) in ops.enumerated() {
            if keep[k] {
                if skipped || k == 0 { out += "@@ expected line \(line.expected), actual line \(line.actual) @@\n" }
                skipped = false
                switch op {
                case .same(let s): out += " \(s)\n"
                case .removed(let s): out += "-\(s)\n"
                case .added(let s): out += "+\(s)\n"
                }
            } else {
                skipped = true
            }
            switch op {
            case .same: line.expected += 1; line.actual += 1
            case .removed: line.expected += 1
            case .added: line.actual += 1
            }
        }
        return out
    }

    /// Lines with a visible marker for a missing final newline.
    static func lines(_ s: String) -> [String] {
        var parts = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() } else if !parts.isEmpty { parts[parts.count - 1] += "⏎ (no newline at end)" }
        return parts
    }

    static func firstDifference(_ a: [String], _ b: [String]) -> String {
        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "first difference at line \(i + 1):\n-\(i < a.count ? a[i] : "<end>")\n+\(i < b.count ? b[i] : "<end>")\n"
    }
}

@Suite struct TranscriptTests {
    @Test func transcriptsAreFound() {
        for folder in TranscriptFiles.folders {
            #expect(!TranscriptFiles.scripts(in: folder).isEmpty, "no *.stg transcripts under \(folder)")
        }
    }

    @Test func keepGoingDirective() throws {
        #expect(try transcriptDirectives(script: "# stagesh-args: --keep-going\nnow 2026-11-29\n").keepGoing)
        #expect(try !transcriptDirectives(script: "now 2026-11-29\n# stagesh-args: --keep-going\n").keepGoing)
        #expect(throws: UnknownScriptArgument.self) {
            try transcriptDirectives(script: "# stagesh-args: --echo\n")
        }
    }

    @Test func langDirective() throws {
        #expect(
            try transcriptDirectives(script: "# stagesh-args: --lang vi\nhelp\n")
                == .init(keepGoing: false, language: .vietnamese))
        #expect(
            try transcriptDirectives(script: "# stagesh-args: --keep-going --lang=en\n")
                == .init(keepGoing: true, language: .english))
        #expect(try transcriptDirectives(script: "help\n").language == nil)
        #expect(throws: UnknownScriptArgument.self) { try transcriptDirectives(script: "# stagesh-args: --lang fr\n") }
        #expect(throws: UnknownScriptArgument.self) { try transcriptDirectives(script: "# stagesh-args: --lang\n") }
    }

    @Test(arguments: TranscriptFiles.all)
    func transcript(_ transcript: Transcript) throws {
        let actual = try TranscriptRunner.run(transcript)
        if TranscriptFiles.updating {
            try TranscriptRunner.update(transcript, with: actual)
            return
        }
        guard let expected = try TranscriptRunner.expected(transcript) else {
            Issue.record(
                """
                \(transcript.path): no expected output \(transcript.outFile.lastPathComponent); \
                run with STAGESH_UPDATE_TRANSCRIPTS=1 and check what it writes
                """)
            return
        }
        if actual.standardOutput != expected.standardOutput {
            Issue.record(
                """
                \(transcript.path): standard output differs
                \(LineDiff.unified(expected: expected.standardOutput, actual: actual.standardOutput))
                """)
        }
        if actual.standardError != expected.standardError {
            Issue.record(
                """
                \(transcript.path): standard error differs
                \(LineDiff.unified(expected: expected.standardError, actual: actual.standardError))
                """)
        }
        #expect(actual.status == expected.status, "\(transcript.path): exit status")
    }
}
