import ArgumentParser
import Foundation
import StageCore
import StageShell

/// The `stagesh` command line: flags, mode, and wiring; nothing else.
struct Stagesh: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "stagesh",
        abstract: "A shell for the stages of a CRM sales pipeline.",
        discussion: "Interactive on a terminal; otherwise reads commands from standard input.",
        version: version
    )

    @Option(name: .short, help: ArgumentHelp("Run a command (repeatable), then exit.", valueName: "command"))
    var c: [String] = []

    @Option(name: .short, help: ArgumentHelp("Run a script file (- for standard input; repeatable), then exit.", valueName: "file"))
    var f: [String] = []

    @Flag(name: .long, help: "Continue after a failing command.")
    var keepGoing = false

    @Flag(name: .long, help: "Echo each command before its output.")
    var echo = false

    @Flag(name: .shortAndLong, help: "Print results and errors only: no confirmations or notices.")
    var quiet = false

    @Flag(name: .long, help: "Check every invariant of the data after each command (slow on big pipelines; for tests).")
    var checkInvariants = false

    @Option(name: .long, help: ArgumentHelp("Start from a copy of a snapshot: save writes NAME to the data directory, never over the original.", valueName: "snapshot"))
    var template: String?

    @Option(name: .long, help: ArgumentHelp("Output format: table, csv, tsv, json or markdown.", valueName: "format"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages, help and report headings: en or vi (default: from LC_ALL, LC_MESSAGES or LANG, else en).", valueName: "lang"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Freeze the session clock at this date.", valueName: "date"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("Run a script, then stay interactive.", valueName: "file"))
    var `init`: String?

    @Flag(name: .long, help: "Do not run $XDG_CONFIG_HOME/stagesh/init.stg at interactive start.")
    var noInit = false

    @Argument(help: ArgumentHelp("A snapshot to open: a name in the data directory, or a path.", valueName: "snapshot"))
    var snapshot: String?

    @Option(name: .long, help: ArgumentHelp("Where snapshots and journals live.", valueName: "dir"))
    var dataDir: String?

    @Flag(name: .long, help: "Journal a batch session, so a crash loses no finished command.")
    var journal = false

    @Flag(name: .long, help: "Force the interactive prompt.")
    var interactive = false

    @Flag(name: .long, help: "Force batch mode: no banner, no prompt.")
    var batch = false

    @Option(name: .long, help: ArgumentHelp("Present a script: type each command, run it, wait for Enter (q stops); then stay live. With --lang vi, a lesson's Vietnamese version (DIR/vi/NAME) when there is one.", valueName: "file"))
    var play: String?

    @Option(name: .long, help: ArgumentHelp("With --play: milliseconds between typed characters.", valueName: "ms"))
    var delay: Int = 35

    @Flag(name: .long, help: "With --play: do not wait for Enter; run straight through and exit.")
    var noWait = false

    @Option(name: .long, help: ArgumentHelp("Parse a script and report every error without running it (repeatable).", valueName: "file"))
    var check: [String] = []

    /// What `-c` and `-f` ask for, in the order they were given.
    enum Step: Equatable {
        case commands([String])
        case file(String)
    }

    /// The `-c` and `-f` arguments in command-line order (runs of `-c` kept together),
    /// which ArgumentParser's separate arrays lose.
    func steps() -> [Step] {
        var order: [Character] = []
        let args = CommandLine.arguments.dropFirst()
        var skip = false
        for a in args {
            if skip { skip = false; continue }
            if a == "--" { break }
            if a == "-c" || a == "-f" { order.append(a.last!); skip = true }
            else if a.hasPrefix("-c") || a.hasPrefix("-f"), !a.hasPrefix("--") { order.append(a.dropFirst().first!) }
            else if a.hasPrefix("--") && !a.contains("=") && ["--format", "--lang", "--now", "--init", "--play", "--delay", "--check", "--data-dir", "--template"].contains(a) { skip = true }
        }
        if order.filter({ $0 == "c" }).count != c.count || order.filter({ $0 == "f" }).count != f.count {
            order = Array(repeating: "c", count: c.count) + Array(repeating: "f", count: f.count)
        }
        var steps: [Step] = []
        var ci = 0, fi = 0
        for o in order {
            if o == "c" {
                if case .commands(let list)? = steps.last {
                    steps[steps.count - 1] = .commands(list + [c[ci]])
                } else {
                    steps.append(.commands([c[ci]]))
                }
                ci += 1
            } else {
                steps.append(.file(f[fi]))
                fi += 1
            }
        }
        return steps
    }

    /// The language `--lang` asks for, else the first of LC_ALL, LC_MESSAGES and LANG that is set, else English.
    static func language(option: String?, environment: [String: String]) throws -> Language {
        if let option {
            guard let language = Language.named(option) else {
                throw ValidationError("unknown language '\(option)'; use " + Language.all.map(\.code).joined(separator: ", "))
            }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language.from(locale: value) ?? .english }
        }
        return .english
    }

    /// The language of this run: `--lang`, else a lesson's own `# stagesh-args: --lang`, else the environment's.
    var chosenLanguage: Language {
        if let play, lang == nil, let language = ScriptDirectives(path: play).language { return language }
        return (try? Stagesh.language(option: lang, environment: ProcessInfo.processInfo.environment)) ?? .english
    }

    func validate() throws {
        // First, so every message after this one is in the chosen language.
        let language = try Stagesh.language(option: lang, environment: ProcessInfo.processInfo.environment)
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError(Messages.unknownFormatOption(format).text(in: language))
        }
        if interactive && batch { throw ValidationError(Messages.interactiveAndBatch.text(in: language)) }
        if (play != nil || !check.isEmpty) && (!c.isEmpty || !f.isEmpty) { throw ValidationError(Messages.playExcludesCommands.text(in: language)) }
        if play != nil && !check.isEmpty { throw ValidationError(Messages.playAndCheck.text(in: language)) }
        if snapshot != nil && template != nil { throw ValidationError(Messages.snapshotAndTemplate.text(in: language)) }
        if delay < 0 { throw ValidationError(Messages.negativeDelay.text(in: language)) }
        if let now {
            let token = Token(.word, now, SourceRange(0, now.utf8.count))
            do { _ = try ValueParser.date(token) } catch { throw ValidationError(Messages.badNowOption(error.message).text(in: language)) }
        }
    }

    func run() throws {
        let output = StandardOutput()
        // A lesson marked `# stagesh-args: --lang vi` speaks Vietnamese unless --lang says otherwise.
        let language = chosenLanguage
        if !check.isEmpty {
            // The script is checked in the session it would start in: its clock, its data directory, its snapshot.
            var start = Session()
            start.language = language
            setClockAndDataDirectory(&start)
            let status = ScriptChecker.run(paths: check, opening: snapshot, from: start, output: output)
            output.flush()
            throw ExitCode(status)
        }
        let runner = Runner(session: Session(checkInvariants: checkInvariants), output: output)
        runner.keepGoing = keepGoing
        runner.quiet = quiet
        runner.session.echo = echo
        runner.session.language = language
        if let format { runner.session.format = OutputFormat(rawValue: format.lowercased())! }
        setClockAndDataDirectory(&runner.session)
        // A lesson gets an empty data directory of its own: no other session's unsaved
        // work to recover, and its `save` never touches the user's snapshots.
        var lessonDirectory: String?
        if play != nil && dataDir == nil {
            guard let directory = Presenter.makeLessonDirectory() else {
                output.writeError("stagesh: " + runner.say(Messages.lessonDirectoryFailed(Messages.systemError(errno))) + "\n")
                throw ExitCode(1)
            }
            lessonDirectory = directory
            runner.session.dataDirectory = directory
        }
        Interrupts.install()
        runner.interrupted = { Interrupts.pending }
        Cancellation.isRequested = { Interrupts.pending }
        let interactiveMode = isInteractive
        if interactiveMode || journal { startJournal(runner, output) }
        var status: Int32 = 0
        if let opening = snapshot ?? template {
            let opened = runner.open(opening, asTemplate: template != nil)
            if opened != .completed { status = opened == .interrupted ? 130 : 1 }
        }
        if status == 0 { status = execute(runner, output, interactive: interactiveMode, lessonDirectory: lessonDirectory) }
        output.flush()
        // The session ended on its own (no crash): its work is saved, or the user chose to leave it.
        runner.journal?.remove()
        if let lessonDirectory {
            Presenter.finish(lessonDirectory: lessonDirectory, session: runner.session, output: output)
            output.flush()
        }
        throw ExitCode(status)
    }

    /// `--now` and `--data-dir`.
    private func setClockAndDataDirectory(_ session: inout Session) {
        if let now, let date = try? ValueParser.date(Token(.word, now, SourceRange(0, now.utf8.count))) {
            session.frozenClock = date.resolve(now: session.now)
        }
        if let dataDir { session.dataDirectory = session.resolve(dataDir) }
    }

    var isInteractive: Bool {
        c.isEmpty && f.isEmpty && (interactive || (!batch && Terminal.isTerminal(0) && Terminal.isTerminal(1)))
    }

    /// Opens this session's journal and offers the work a crashed session left.
    private func startJournal(_ runner: Runner, _ output: StandardOutput) {
        let directory = runner.session.dataDirectory
        let abandoned = Journal.abandoned(in: directory)
        do {
            runner.journal = try Journal(directory: directory, base: nil, started: Timestamp(seconds: Int64(Date().timeIntervalSince1970)),
                                         workingDirectory: runner.session.directory)
        } catch {
            output.writeError("stagesh: " + runner.say(Messages.journalFailed(error.message)) + "\n")
        }
        if let newest = abandoned.last {
            runner.session.pendingRecovery = newest
            output.writeError(runner.say(Messages.foundJournal(newest.commands.count, endedAfter: newest.started.display,
                                                               base: newest.base, more: abandoned.count - 1)) + "\n")
        }
    }

    /// Runs a script at start (the user's init.stg or `--init FILE`); nil when it cannot be read.
    private func runStartup(_ runner: Runner, _ output: StandardOutput, path: String, name: String) -> RunStatus? {
        guard var source = FileLineSource(path: path, name: name) else {
            output.writeError("stagesh: " + runner.say(Messages.cannotRead(name, Messages.systemError(errno))) + "\n")
            return nil
        }
        let status = runner.run(&source)
        source.close()
        output.flush()
        // What a start-up script did can be done again by running it: not unsaved work.
        runner.session.markSaved()
        return status
    }

    private func execute(_ runner: Runner, _ output: StandardOutput, interactive isInteractive: Bool, lessonDirectory: String?) -> Int32 {
        func code(_ s: RunStatus) -> Int32 {
            switch s {
            case .completed, .quit: 0
            case .failed: 1
            case .interrupted: 130
            }
        }
        if isInteractive && play == nil && !noInit, let script = ShellSetup.initScript(ProcessInfo.processInfo.environment) {
            // As ~/.psqlrc: every line runs, each problem reported, so one bad line costs only itself.
            let keepGoing = runner.keepGoing
            runner.keepGoing = true
            let status = runStartup(runner, output, path: script.path, name: script.name)
            runner.keepGoing = keepGoing
            if status == .quit { return 0 }
            if status == .interrupted { return 130 }
        }
        if let initFile = self.`init` {
            guard let status = runStartup(runner, output, path: initFile, name: initFile) else { return 1 }
            if status == .quit { return 0 }
            if status == .interrupted { return 130 }
        }
        if let play {
            let environment = ProcessInfo.processInfo.environment
            let colour = ColourPolicy.enabled(environment: environment, terminal: Terminal.isTerminal(1))
            let reader = ShellSetup.reader(environment: environment, colour: colour, output: output) { line, cursor in
                Completer.complete(line, cursor: cursor, session: runner.session)
            }
            let presenter = Presenter(runner: runner, output: output, reader: reader, colour: colour, delay: delay, wait: !noWait)
            presenter.lessonDirectory = lessonDirectory
            return presenter.run(path: Presenter.lesson(play, in: runner.session.language), version: Stagesh.version)
        }
        if !c.isEmpty || !f.isEmpty {
            var failed = false
            for step in steps() {
                let status: RunStatus
                switch step {
                case .commands(let commands):
                    var source = ArgumentLineSource(commands)
                    status = runner.run(&source)
                case .file("-"):
                    var source = FileLineSource(descriptor: 0, name: "<stdin>")
                    status = runner.run(&source)
                case .file(let path):
                    guard var source = FileLineSource(path: path, name: path) else {
                        output.writeError("stagesh: " + runner.say(Messages.cannotRead(path, Messages.systemError(errno))) + "\n")
                        return 1
                    }
                    status = runner.run(&source)
                    source.close()
                }
                switch status {
                case .completed: continue
                case .quit: return failed ? 1 : 0
                case .interrupted: return 130
                case .failed:
                    failed = true
                    if !keepGoing { return 1 }
                }
            }
            return failed ? 1 : 0
        }
        if isInteractive {
            let environment = ProcessInfo.processInfo.environment
            let colour = ColourPolicy.enabled(environment: environment, terminal: Terminal.isTerminal(1))
            let reader = ShellSetup.reader(environment: environment, colour: colour, output: output) { line, cursor in
                Completer.complete(line, cursor: cursor, session: runner.session)
            }
            return InteractiveShell(runner: runner, reader: reader, colour: colour).run(output: output, version: Stagesh.version)
        }
        var source = FileLineSource(descriptor: 0, name: "<stdin>")
        return code(runner.run(&source))
    }
}
