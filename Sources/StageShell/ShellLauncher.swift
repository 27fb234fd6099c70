import Foundation
import StageCore

/// `stagesh` from a parsed command line on: checks the options, starts the session they
/// describe, and runs it in the mode they ask for (check, play, `-c`/`-f`, prompt, or standard input).
public struct ShellLauncher {
    public static let version = "0.1.0"

    public let options: ShellOptions
    /// The process's environment variables: the language, colour, pager, history and init script.
    let variables: [String: String]
    /// The session's working and data directories, home and clock.
    let environment: SessionEnvironment
    /// The language of this run, or why `--lang` names none: `--lang`, else a lesson's own
    /// `# stagesh-args: --lang`, else the environment's; chosen once.
    let language: Result<Language, ShellUsageError>

    public init(options: ShellOptions, variables: [String: String], environment: SessionEnvironment) {
        self.options = options
        self.variables = variables
        self.environment = environment
        if let play = options.play, options.language == nil, let language = ScriptDirectives(path: play).language {
            self.language = .success(language)
        } else {
            self.language = Result { () throws(ShellUsageError) in
                try ShellLauncher.language(option: options.language, environment: variables)
            }
        }
    }

    /// For the executable: the process's environment variables, directory and clock, read once.
    public init(options: ShellOptions) {
        self.init(options: options, variables: ProcessInfo.processInfo.environment, environment: .process)
    }

    /// Checks the options against each other, in the language they choose.
    public func validate() throws(ShellUsageError) {
        try checkOptions(in: try language.get())
    }

    /// The options that cannot go together, and the values that do not read.
    func checkOptions(in language: Language = .english) throws(ShellUsageError) {
        func refuse(_ message: Message) -> ShellUsageError { ShellUsageError(message.text(in: language)) }
        if let format = options.format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw refuse(Message.unknownFormatOption(format))
        }
        if options.interactive && options.batch { throw refuse(Message.interactiveAndBatch) }
        if (options.play != nil || !options.check.isEmpty) && (!options.commands.isEmpty || !options.files.isEmpty) {
            throw refuse(Message.playExcludesCommands)
        }
        if options.play != nil && !options.check.isEmpty { throw refuse(Message.playAndCheck) }
        if options.snapshot != nil && options.template != nil { throw refuse(Message.snapshotAndTemplate) }
        if options.delay < 0 { throw refuse(Message.negativeDelay) }
        if let now = options.now {
            do { _ = try ValueParser.date(now) } catch { throw refuse(Message.badNowOption(error.message)) }
        }
    }

    /// The language `--lang` asks for, else the first of LC_ALL, LC_MESSAGES and LANG that is set, else English.
    public static func language(option: String?, environment: [String: String]) throws(ShellUsageError) -> Language {
        if let option {
            guard let language = Language.named(option) else {
                throw ShellUsageError("unknown language '\(option)'; use " + Language.all.map(\.code).joined(separator: ", "))
            }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language.from(locale: value) ?? .english }
        }
        return .english
    }

    /// Runs the shell to its end; returns the exit status.
    public func run() -> Int32 {
        let output = StandardOutput()
        if !options.check.isEmpty {
            // The script is checked in the session it would start in: its clock, its data directory, its snapshot.
            let status = ScriptChecker.run(paths: options.check, opening: options.snapshot, from: startingSession(), output: output)
            output.flush()
            return status
        }
        let cancellation = CancellationToken()
        let runner = Runner(
            session: startingSession(checkInvariants: options.checkInvariants, cancellation: cancellation),
            output: output)
        runner.keepGoing = options.keepGoing
        runner.quiet = options.quiet
        runner.session.echo = options.echo
        if let format = options.format { runner.session.format = OutputFormat(rawValue: format.lowercased())! }
        // A lesson gets an empty data directory of its own: no other session's unsaved
        // work to recover, and its `save` never touches the user's snapshots.
        var lessonDirectory: String?
        if options.play != nil && options.dataDirectory == nil {
            guard let directory = Presenter.makeLessonDirectory() else {
                output.writeError("stagesh: " + runner.say(Message.lessonDirectoryFailed(Message.systemError(errno))) + "\n")
                return RunStatus.failed.exitStatus
            }
            lessonDirectory = directory
            runner.session.dataDirectory = directory
        }
        Interrupts.install(cancellation)
        let interactive = options.isInteractive(atTerminal: Terminal.isTerminal(0) && Terminal.isTerminal(1))
        if interactive || options.journal { runner.startJournal() }
        var status = RunStatus.completed
        if let opening = options.snapshot ?? options.template {
            let opened = runner.open(opening, asTemplate: options.template != nil)
            // `load` never quits: anything but success is a failure, or Ctrl-C.
            if opened != .completed { status = opened == .interrupted ? .interrupted : .failed }
        }
        if status == .completed { status = execute(runner, output, interactive: interactive, lessonDirectory: lessonDirectory) }
        output.flush()
        // The session ended on its own (no crash): its work is saved, or the user chose to leave it.
        runner.journal?.remove()
        if let lessonDirectory {
            Presenter.finish(lessonDirectory: lessonDirectory, session: runner.session, output: output)
            output.flush()
        }
        return status.exitStatus
    }

    /// The session the command line starts in: the environment, frozen at `--now`, with `--data-dir`.
    func startingSession(checkInvariants: Bool = false, cancellation: CancellationToken = CancellationToken()) -> Session {
        var session = Session(checkInvariants: checkInvariants, environment: environment, cancellation: cancellation)
        session.language = (try? language.get()) ?? .english
        if let now = options.now, let date = try? ValueParser.date(now) {
            session.frozenClock = date.resolve(now: session.now)
        }
        if let dataDirectory = options.dataDirectory { session.dataDirectory = session.resolve(dataDirectory) }
        return session
    }

    /// After the start-up scripts, what the mode asks for: a play, the `-c` and `-f` steps,
    /// the prompt, or the lines of standard input.
    private func execute(_ runner: Runner, _ output: StandardOutput, interactive: Bool, lessonDirectory: String?) -> RunStatus {
        if interactive && options.play == nil && !options.noInit, let script = ShellSetup.initScript(variables) {
            // As ~/.psqlrc: every line runs, each problem reported, so one bad line costs only itself.
            let keepGoing = runner.keepGoing
            runner.keepGoing = true
            let status = runStartup(runner, output, path: script.path, name: script.name)
            runner.keepGoing = keepGoing
            if status == .quit || status == .interrupted { return status! }
        }
        if let initScript = options.initScript {
            guard let status = runStartup(runner, output, path: initScript, name: initScript) else { return .failed }
            if status == .quit || status == .interrupted { return status }
        }
        if let play = options.play {
            let (reader, colour) = terminalReader(runner, output)
            let presenter = Presenter(
                runner: runner, output: output, reader: reader, colour: colour, environment: variables,
                delay: options.delay, wait: !options.noWait)
            presenter.lessonDirectory = lessonDirectory
            return presenter.run(path: Presenter.lesson(play, in: runner.session.language), version: ShellLauncher.version)
        }
        if !options.commands.isEmpty || !options.files.isEmpty { return runSteps(runner, output) }
        if interactive {
            let (reader, colour) = terminalReader(runner, output)
            return InteractiveShell(runner: runner, reader: reader, colour: colour, environment: variables)
                .run(output: output, version: ShellLauncher.version)
        }
        var source = FileLineSource(descriptor: 0, name: "<stdin>", cancellation: runner.session.cancellation)
        return runner.run(&source)
    }

    /// The `-c` and `-f` steps in command-line order; the first failure ends them unless `--keep-going`.
    func runSteps(_ runner: Runner, _ output: OutputSink) -> RunStatus {
        let cancellation = runner.session.cancellation
        var failed = false
        for step in options.steps {
            let status: RunStatus
            switch step {
            case .commands(let commands):
                var source = ArgumentLineSource(commands)
                status = runner.run(&source)
            case .file("-"):
                var source = FileLineSource(descriptor: 0, name: "<stdin>", cancellation: cancellation)
                status = runner.run(&source)
            case .file(let path):
                guard var source = FileLineSource(path: path, name: path, cancellation: cancellation) else {
                    output.writeError("stagesh: " + runner.say(Message.cannotRead(path, Message.systemError(errno))) + "\n")
                    return .failed
                }
                status = runner.run(&source)
                source.close()
            }
            switch status {
            case .completed: continue
            case .quit: return failed ? .failed : .quit
            case .interrupted: return .interrupted
            case .failed:
                failed = true
                if !options.keepGoing { return .failed }
            }
        }
        return failed ? .failed : .completed
    }

    /// Runs a script at start (the user's init.stg or `--init FILE`); nil when it cannot be read.
    func runStartup(_ runner: Runner, _ output: OutputSink, path: String, name: String) -> RunStatus? {
        guard var source = FileLineSource(path: path, name: name, cancellation: runner.session.cancellation) else {
            output.writeError("stagesh: " + runner.say(Message.cannotRead(name, Message.systemError(errno))) + "\n")
            return nil
        }
        let status = runner.run(&source)
        source.close()
        output.flush()
        // What a start-up script did can be done again by running it: not unsaved work.
        runner.session.markSaved()
        return status
    }

    /// The line reader for a person at the terminal, completing from the runner's session, and whether to colour.
    private func terminalReader(_ runner: Runner, _ output: StandardOutput) -> (LineReader, colour: Bool) {
        let colour = ColourPolicy.enabled(environment: variables, terminal: Terminal.isTerminal(1))
        let reader = ShellSetup.reader(
            environment: variables, colour: colour, output: output,
            cancellation: runner.session.cancellation
        ) { line, cursor in
            Completer.complete(line, cursor: cursor, session: runner.session)
        }
        return (reader, colour)
    }
}
