import Foundation
import Testing

@testable import StageCore
@testable import StageShell

/// What the executable hands to `ShellLauncher`: the language, the checks of the options,
/// the starting session, the `-c`/`-f` steps, start-up scripts, the journal and exit statuses.
@Suite struct ShellLauncherTests {
    static let clock = Timestamp(year: 2026, month: 11, day: 29, hour: 10)!

    static func launcher(_ configure: (inout ShellOptions) -> Void = { _ in }, directory: String = "/work") -> ShellLauncher {
        var options = ShellOptions()
        configure(&options)
        return ShellLauncher(
            options: options, variables: [:],
            environment: SessionEnvironment(
                workingDirectory: directory, dataDirectory: "/data",
                clock: SessionEnvironment.fixedClock(clock)))
    }

    static func withDirectory(_ body: (String) throws -> Void) throws {
        let dir = NSTemporaryDirectory() + "stagesh-launcher-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(dir)
    }

    @Test func languageFromTheOptionThenTheLocale() throws {
        #expect(try ShellLauncher.language(option: "VI", environment: ["LANG": "en_US.UTF-8"]) == .vietnamese)
        #expect(try ShellLauncher.language(option: nil, environment: ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"]) == .vietnamese)
        #expect(try ShellLauncher.language(option: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "vi_VN"]) == .english)
        #expect(try ShellLauncher.language(option: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .english)
        #expect(try ShellLauncher.language(option: nil, environment: [:]) == .english)
        #expect(throws: ShellUsageError("unknown language 'fr'; use en, vi")) { try ShellLauncher.language(option: "fr", environment: [:]) }
    }

    @Test func optionsThatDoNotGoTogether() {
        let refused: [(ShellUsageError, (inout ShellOptions) -> Void)] = [
            (ShellUsageError(Message.unknownFormatOption("xml").english), { $0.format = "xml" }),
            (
                ShellUsageError(Message.interactiveAndBatch.english),
                {
                    $0.interactive = true; $0.batch = true
                }
            ),
            (
                ShellUsageError(Message.playExcludesCommands.english),
                {
                    $0.play = "p.stg"; $0.commands = ["count"]
                }
            ),
            (
                ShellUsageError(Message.playExcludesCommands.english),
                {
                    $0.check = ["k.stg"]; $0.files = ["f.stg"]
                }
            ),
            (
                ShellUsageError(Message.playAndCheck.english),
                {
                    $0.play = "p.stg"; $0.check = ["k.stg"]
                }
            ),
            (
                ShellUsageError(Message.snapshotAndTemplate.english),
                {
                    $0.snapshot = "a"; $0.template = "b"
                }
            ),
            (ShellUsageError(Message.negativeDelay.english), { $0.delay = -1 }),
        ]
        for (error, configure) in refused {
            #expect(throws: error) { try Self.launcher(configure).checkOptions() }
        }
        #expect(throws: Never.self) {
            try Self.launcher {
                $0.format = "CSV"; $0.now = "-3d"; $0.play = "p.stg"
            }.checkOptions()
        }
    }

    @Test func nowIsReadAsACommandsDateIs() throws {
        #expect(throws: ShellUsageError("--now: impossible date \"2026-13-01\": there is no month 13")) {
            try Self.launcher { $0.now = "2026-13-01" }.checkOptions()
        }
        let session = Self.launcher { $0.now = "yesterday" }.startingSession()
        #expect(session.frozenClock == Timestamp(year: 2026, month: 11, day: 28)!)
        #expect(Self.launcher().startingSession().frozenClock == nil)
    }

    @Test func theStartingSessionIsTheEnvironmentsWithTheDataDirectory() {
        let token = CancellationToken()
        let session = Self.launcher { $0.dataDirectory = "snapshots" }.startingSession(checkInvariants: true, cancellation: token)
        #expect(session.directory == "/work")
        #expect(session.dataDirectory == "/work/snapshots")
        #expect(session.checkInvariants)
        #expect(session.cancellation === token)
        #expect(session.now == Self.clock)
    }

    @Test func stepsRunInCommandLineOrder() throws {
        try Self.withDirectory { dir in
            try "add lead FromFile\n".write(toFile: dir + "/one.stg", atomically: true, encoding: .utf8)
            let launcher = Self.launcher(
                {
                    $0.arguments = ["-c", "add lead First", "-f", "one.stg", "-c", "add lead Last", "-c", "list"]
                    $0.commands = ["add lead First", "add lead Last", "list"]
                    $0.files = [dir + "/one.stg"]
                }, directory: dir)
            let output = BufferOutput()
            let runner = Runner(session: launcher.startingSession(), output: output)
            #expect(launcher.runSteps(runner, output) == .completed)
            let names = runner.session.store.names
            #expect((0..<runner.session.store.slotCount).map { names[$0] } == ["First", "FromFile", "Last"])
        }
    }

    @Test func aFailureEndsTheStepsUnlessKeepGoing() {
        for keepGoing in [false, true] {
            let launcher = Self.launcher {
                $0.arguments = ["-c", "bogus", "-c", "add lead A"]
                $0.commands = ["bogus", "add lead A"]
                $0.keepGoing = keepGoing
            }
            let output = BufferOutput()
            let runner = Runner(session: launcher.startingSession(), output: output)
            runner.keepGoing = keepGoing
            #expect(launcher.runSteps(runner, output) == .failed)
            #expect(runner.session.store.liveCount == (keepGoing ? 1 : 0))
        }
        let quitting = Self.launcher {
            $0.arguments = ["-c", "quit", "-f", "/nonexistent"]; $0.commands = ["quit"]; $0.files = ["/nonexistent"]
        }
        #expect(quitting.runSteps(Runner(output: BufferOutput()), BufferOutput()) == .quit)
        let unreadable = Self.launcher {
            $0.arguments = ["-f", "/nonexistent"]; $0.files = ["/nonexistent"]
        }
        let output = BufferOutput()
        #expect(unreadable.runSteps(Runner(output: output), output) == .failed)
        #expect(output.standardError.hasPrefix("stagesh: " + Message.cannotRead("/nonexistent", .verbatim("")).english))
    }

    @Test func aStartupScriptLeavesNothingUnsaved() throws {
        try Self.withDirectory { dir in
            try "add lead A\n".write(toFile: dir + "/init.stg", atomically: true, encoding: .utf8)
            let launcher = Self.launcher()
            let output = BufferOutput()
            let runner = Runner(session: launcher.startingSession(), output: output)
            #expect(launcher.runStartup(runner, output, path: dir + "/init.stg", name: "init.stg") == .completed)
            #expect(runner.session.store.liveCount == 1)
            #expect(runner.session.unsavedChanges == 0)
            #expect(launcher.runStartup(runner, output, path: dir + "/missing.stg", name: "missing.stg") == nil)
        }
    }

    @Test func theJournalOffersWhatACrashedSessionLeft() throws {
        try Self.withDirectory { dir in
            let environment = SessionEnvironment(workingDirectory: dir, dataDirectory: dir, clock: SessionEnvironment.fixedClock(Self.clock))
            let crashed = Runner(session: Session(environment: environment), output: BufferOutput())
            crashed.startJournal()
            #expect(crashed.runLine(Array("add lead A".utf8), source: "t", line: 1) == .completed)
            // Dropped without `remove()`: its lock goes with it, as when the process dies.
            crashed.journal = nil
            let output = BufferOutput()
            let next = Runner(session: Session(environment: environment), output: output)
            next.startJournal()
            #expect(next.journal != nil)
            #expect(next.session.pendingRecovery?.commands.map(\.text) == ["add lead A"])
            #expect(output.standardError == Message.foundJournal(1, endedAfter: Self.clock.display, base: nil, more: 0).english + "\n")
            #expect(next.runLine(Array("recover".utf8), source: "t", line: 1) == .completed)
            #expect(next.session.store.liveCount == 1)
            next.journal?.remove()
        }
    }

    @Test func exitStatuses() {
        #expect(RunStatus.completed.exitStatus == 0)
        #expect(RunStatus.quit.exitStatus == 0)
        #expect(RunStatus.failed.exitStatus == 1)
        #expect(RunStatus.interrupted.exitStatus == 130)
    }

    @Test func interactiveOnlyWithoutCommands() {
        #expect(Self.launcher().options.isInteractive(atTerminal: true))
        #expect(!Self.launcher().options.isInteractive(atTerminal: false))
        #expect(Self.launcher { $0.interactive = true }.options.isInteractive(atTerminal: false))
        #expect(!Self.launcher { $0.batch = true }.options.isInteractive(atTerminal: true))
        #expect(
            !Self.launcher {
                $0.interactive = true; $0.commands = ["count"]
            }.options.isInteractive(atTerminal: true))
    }
}
