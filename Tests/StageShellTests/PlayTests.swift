import Foundation
import StageTestSupport
import Testing

@testable import StageCore
@testable import StageShell

// `--play`'s pieces that need no terminal: what the keys read raw mean, which
// lesson a language picks, the directives a lesson carries; and `error:` in
// colour in either language.

@Suite struct PlayTests {
    private func key(_ text: String) -> RawKeyboard.Key {
        RawKeyboard.decode(Array(text.utf8)[...])
    }

    @Test func keysReadRaw() {
        #expect(key("\r") == .enter)
        #expect(key("\n") == .enter)
        #expect(key("q") == .stop)
        #expect(key("Q") == .stop)
        #expect(key("\u{4}") == .stop)
        #expect(key("x") == .other)
        #expect(key("é") == .other)
        // The first key that means something wins; others before it are swallowed.
        #expect(key("ab\rq") == .enter)
        #expect(key("zq\r") == .stop)
        // Escape sequences are skipped whole: F2 (ESC O Q) and Shift-F4 (ESC [ 1 ; 2 S) are not q.
        #expect(key("\u{1B}OQ") == .other)
        #expect(key("\u{1B}[1;2S") == .other)
        #expect(key("\u{1B}[A\r") == .enter)
        #expect(key("\u{1B}") == .other)
    }

    @Test func lessonInTheLanguage() throws {
        let dir = try makeTemporaryDirectory("lessons")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("vi"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "count\n".write(to: dir.appendingPathComponent("01-a.stg"), atomically: true, encoding: .utf8)
        try "count\n".write(to: dir.appendingPathComponent("02-b.stg"), atomically: true, encoding: .utf8)
        try "count\n".write(to: dir.appendingPathComponent("vi/01-a.stg"), atomically: true, encoding: .utf8)
        let a = dir.path + "/01-a.stg", b = dir.path + "/02-b.stg"
        #expect(Presenter.lesson(a, in: .vietnamese) == dir.path + "/vi/01-a.stg")
        #expect(Presenter.lesson(a, in: .english) == a)
        #expect(Presenter.lesson(b, in: .vietnamese) == b, "no translation: the lesson as given")
        #expect(Presenter.lesson(dir.path + "/vi/01-a.stg", in: .vietnamese) == dir.path + "/vi/01-a.stg")
        // The repository's own lessons: every English one has its Vietnamese version.
        let examples = repositoryRoot.appendingPathComponent("Examples")
        let english = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".stg") }
        #expect(!english.isEmpty)
        for name in english {
            #expect(Presenter.lesson(examples.path + "/" + name, in: .vietnamese) == examples.path + "/vi/" + name)
            #expect(ScriptDirectives(path: examples.path + "/vi/" + name).language == .vietnamese, "\(name) in Vietnamese says --lang vi")
        }
    }

    @Test func vietnameseLessonsRunTheSameCommands() throws {
        func commands(_ path: String) -> [[UInt8]] {
            guard var source = FileLineSource(path: path, name: path) else { return [] }
            defer { source.close() }
            return Presenter.steps(&source).compactMap { if case .command(let bytes, _) = $0 { bytes } else { nil } }
        }
        let examples = repositoryPath("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples) where name.hasSuffix(".stg") {
            let english = commands(examples + "/" + name)
            #expect(!english.isEmpty)
            #expect(commands(examples + "/vi/" + name) == english, "Examples/vi/\(name) runs other commands than Examples/\(name)")
        }
    }

    @Test func directives() {
        #expect(ScriptDirectives(script: "# stagesh-args: --lang vi\nhelp\n") == ScriptDirectives(language: .vietnamese))
        #expect(ScriptDirectives(script: "# stagesh-args: --keep-going --lang=en") == ScriptDirectives(keepGoing: true, language: .english))
        #expect(ScriptDirectives(script: "# stagesh-args: --echo --lang fr --lang").unknown == ["--echo", "--lang fr", "--lang"])
        #expect(ScriptDirectives(script: "help\n# stagesh-args: --lang vi\n") == ScriptDirectives())
        #expect(ScriptDirectives(path: "/nonexistent/lesson.stg") == ScriptDirectives())
    }

    @Test func colouredPrefixesInEitherLanguage() {
        #expect(Runner.coloured("error: x\nhint: y") == "\u{1B}[1;31merror:\u{1B}[0m x\n\u{1B}[36mhint:\u{1B}[0m y")
        let vi = Runner.coloured("lỗi: x\ngợi ý: y", in: .vietnamese)
        #expect(vi == "\u{1B}[1;31mlỗi:\u{1B}[0m x\n\u{1B}[36mgợi ý:\u{1B}[0m y")
    }
}
