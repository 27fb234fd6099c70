import ArgumentParser
import StageShell

/// The `stagesh` command line: its options, handed to `ShellLauncher`, which does the rest.
struct Stagesh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stagesh",
        abstract: "A shell for the stages of a CRM sales pipeline.",
        discussion: "Interactive on a terminal; otherwise reads commands from standard input.",
        version: ShellLauncher.version
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

    @Option(
        name: .long,
        help: ArgumentHelp("Start from a copy of a snapshot: save writes NAME to the data directory, never over the original.", valueName: "snapshot")
    )
    var template: String?

    @Option(name: .long, help: ArgumentHelp("Output format: table, csv, tsv, json or markdown.", valueName: "format"))
    var format: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of messages, help and report headings: en or vi (default: from LC_ALL, LC_MESSAGES or LANG, else en).", valueName: "lang"))
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Present a script: type each command, run it, wait for Enter (q stops); then stay live. With --lang vi, a lesson's Vietnamese version (DIR/vi/NAME) when there is one.",
            valueName: "file"))
    var play: String?

    @Option(name: .long, help: ArgumentHelp("With --play: milliseconds between typed characters.", valueName: "ms"))
    var delay: Int = 35

    @Flag(name: .long, help: "With --play: do not wait for Enter; run straight through and exit.")
    var noWait = false

    @Option(name: .long, help: ArgumentHelp("Parse a script and report every error without running it (repeatable).", valueName: "file"))
    var check: [String] = []

    /// The parsed command line, for the shell.
    var options: ShellOptions {
        var o = ShellOptions()
        o.arguments = Array(CommandLine.arguments.dropFirst())
        o.commands = c
        o.files = f
        o.keepGoing = keepGoing
        o.echo = echo
        o.quiet = quiet
        o.checkInvariants = checkInvariants
        o.template = template
        o.format = format
        o.language = lang
        o.now = now
        o.initScript = `init`
        o.noInit = noInit
        o.snapshot = snapshot
        o.dataDirectory = dataDir
        o.journal = journal
        o.interactive = interactive
        o.batch = batch
        o.play = play
        o.delay = delay
        o.noWait = noWait
        o.check = check
        return o
    }

    func run() throws {
        let launcher = ShellLauncher(options: options)
        // Reported as ArgumentParser reports its own: with the usage, and status 2 (main.swift).
        do { try launcher.validate() } catch { throw ValidationError(error.message) }
        throw ExitCode(launcher.run())
    }
}
