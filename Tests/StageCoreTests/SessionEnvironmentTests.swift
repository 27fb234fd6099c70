import Foundation
import Testing

@testable import StageCore

/// A session reads its directories, home and clock from the environment it is given, never
/// from the process behind a test's back.
@Suite struct SessionEnvironmentTests {
    static let moment = Timestamp(year: 2026, month: 3, day: 2, hour: 15, minute: 30)!

    @Test func aTestSessionReadsNothingOfTheProcess() {
        let s = Session()
        #expect(s.directory == "/")
        #expect(s.dataDirectory == "/")
        #expect(s.environment.home == nil)
        // No home: `~/` is a directory under the working one, not the user's.
        #expect(s.resolve("~/a.csv").hasSuffix("/~/a.csv"))
    }

    @Test func theClockGivesNowAndToday() throws {
        var s = Session(environment: SessionEnvironment(clock: SessionEnvironment.fixedClock(Self.moment)))
        #expect(s.now == Self.moment)
        guard case .message(let shown)? = try s.execute(line: "now").first else { Issue.record("now shows no message"); return }
        #expect(shown == Message.clock(Self.moment.display, frozen: false))
        #expect(try ValueParser.date("today").resolve(now: s.now) == Timestamp(year: 2026, month: 3, day: 2)!)
        _ = try s.execute(line: "add lead A")
        #expect(s.store.created[0] == Self.moment.seconds)
        // `now DATE` freezes the session clock over the environment's; `now clear` gives it back.
        _ = try s.execute(line: "now 2025-01-01")
        #expect(s.now == Timestamp(year: 2025, month: 1, day: 1)!)
        _ = try s.execute(line: "now clear")
        #expect(s.now == Self.moment)
    }

    @Test func relativePathsStartInTheWorkingDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stagesh-env-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "id,name,stage\n1,A,New\n".write(toFile: directory + "/leads.csv", atomically: true, encoding: .utf8)
        var s = Session(environment: SessionEnvironment(workingDirectory: directory, dataDirectory: "/data", home: "/home/lan"))
        #expect(s.resolve("leads.csv") == directory + "/leads.csv")
        #expect(s.resolve("~/x.csv") == "/home/lan/x.csv")
        #expect(s.resolve("/abs/x.csv") == "/abs/x.csv")
        #expect(SnapshotLocation.resolve("base", session: s)?.path == "/data/base.json")
        _ = try s.execute(line: "import records leads.csv")
        #expect(s.store.liveCount == 1)
        _ = try s.execute(line: "export records out.csv")
        #expect(FileManager.default.fileExists(atPath: directory + "/out.csv"))
    }

    @Test func aRecoveredSessionKeepsItsEnvironment() throws {
        let environment = SessionEnvironment(
            workingDirectory: "/work", dataDirectory: "/data", home: "/home/lan",
            clock: SessionEnvironment.fixedClock(Self.moment))
        let cancellation = CancellationToken()
        var s = Session(environment: environment, cancellation: cancellation)
        s.pendingRecovery = JournalContents(
            path: "/data/x.journal", base: nil, savesTo: nil, directory: "/crashed",
            started: Self.moment, commands: [])
        _ = try s.execute(line: "recover")
        #expect(s.directory == "/work")
        #expect(s.dataDirectory == "/data")
        #expect(s.environment.home == "/home/lan")
        #expect(s.now == Self.moment)
        #expect(s.cancellation === cancellation)
    }

    @Test func theDataDirectoryTheProcessEnvironmentNames() {
        #expect(SessionEnvironment.defaultDataDirectory(["STAGESH_HOME": "/s", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/s")
        #expect(SessionEnvironment.defaultDataDirectory(["STAGESH_HOME": "", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/stagesh")
        #expect(SessionEnvironment.defaultDataDirectory(["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/stagesh")
    }
}
