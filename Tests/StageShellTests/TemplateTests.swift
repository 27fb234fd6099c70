import Foundation
import StageTestSupport
import Testing

@testable import StageCore
@testable import StageShell

/// `--template SNAPSHOT` (what `make run` opens the demo with): the data is the snapshot's, but
/// `save` writes a snapshot of the same name in the data directory and never over the original,
/// also after a crash and `recover`.
@Suite struct TemplateTests {
    static let clock = testNow

    /// A temporary directory holding `template/demo.json` (two records) and an empty `data/`.
    static func withTemplate(_ body: (_ template: String, _ data: String) throws -> Void) throws {
        try withTemporaryDirectory("template") { dir in
            try FileManager.default.createDirectory(atPath: dir + "/template", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
            var s = testSession(clock: clock, directory: dir)
            _ = try s.execute(line: "add lead Acme; add opp Beta value=100; save template/demo.json")
            try body(dir + "/template/demo.json", dir + "/data")
        }
    }

    static func runner(data: String, output: BufferOutput) -> Runner {
        Runner(session: testSession(clock: clock, dataDirectory: data), output: output)
    }

    static func run(_ runner: Runner, _ line: String) {
        #expect(runner.runLine(Array(line.utf8), source: "t", line: 1) == .completed, "\(line)")
    }

    @Test func saveWritesToTheDataDirectoryNeverOverTheTemplate() throws {
        try Self.withTemplate { template, data in
            let original = try Data(contentsOf: URL(fileURLWithPath: template))
            let output = BufferOutput()
            let runner = Self.runner(data: data, output: output)
            #expect(runner.open(template, asTemplate: true) == .completed)
            #expect(output.standardOutput.contains("loaded demo: 2 records"))
            #expect(output.standardOutput.contains("is a template: save writes demo to the data directory"))
            #expect(runner.session.snapshot?.path == data + "/demo.json")
            #expect(runner.session.unsavedChanges == 0)

            Self.run(runner, "add lead Gamma")
            Self.run(runner, "save")
            #expect(try Data(contentsOf: URL(fileURLWithPath: template)) == original)
            let (saved, _) = try SnapshotFiles.load(data + "/demo.json")
            #expect(saved.store.liveCount == 3)
            // Saved once, the session is that snapshot's, as after any save.
            #expect(runner.session.template == nil)
            #expect(runner.session.journalBase == data + "/demo.json")
        }
    }

    @Test func aCrashedTemplateSessionRecoversWithItsSaveTarget() throws {
        try Self.withTemplate { template, data in
            let original = try Data(contentsOf: URL(fileURLWithPath: template))
            var runner: Runner? = Self.runner(data: data, output: BufferOutput())
            runner!.journal = try Journal(directory: data, base: nil, started: Self.clock, workingDirectory: data)
            #expect(runner!.open(template, asTemplate: true) == .completed)
            Self.run(runner!, "add lead Gamma")
            let contents = try #require(Journal.read(runner!.journal!.path))
            #expect(contents.base == template)
            #expect(contents.savesTo == data + "/demo.json")
            runner = nil  // the crash: the journal stays, unlocked

            let output = BufferOutput()
            let next = Self.runner(data: data, output: output)
            next.session.pendingRecovery = try #require(Journal.abandoned(in: data).first)
            Self.run(next, "recover")
            #expect(next.session.store.liveCount == 3)
            #expect(next.session.template == template)
            Self.run(next, "save")
            #expect(try Data(contentsOf: URL(fileURLWithPath: template)) == original)
            #expect(try SnapshotFiles.load(data + "/demo.json").0.store.liveCount == 3)
        }
    }

    @Test func aTemplateWhoseNameIsNoSnapshotNameAsksForOne() throws {
        try Self.withTemplate { template, data in
            let odd = (template as NSString).deletingLastPathComponent + "/my demo.json"
            try FileManager.default.copyItem(atPath: template, toPath: odd)
            let output = BufferOutput()
            let runner = Self.runner(data: data, output: output)
            #expect(runner.open(odd, asTemplate: true) == .completed)
            #expect(runner.session.snapshot == nil)
            #expect(runner.runLine(Array("save".utf8), source: "t", line: 1) == .failed)
            #expect(output.standardError.contains("no snapshot is open to save to"))
        }
    }

    @Test func quietDropsNoticesButNotResultsOrErrors() throws {
        let output = BufferOutput()
        let runner = Self.runner(data: NSTemporaryDirectory(), output: output)
        runner.quiet = true
        Self.run(runner, "add lead Acme")
        Self.run(runner, "count")
        #expect(runner.runLine(Array("move 9 to Won".utf8), source: "t", line: 1) == .failed)
        #expect(!output.standardOutput.contains("added"))
        #expect(output.standardOutput.contains("count"))
        #expect(output.standardError.contains("error:"))
    }
}
