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

    @Option(name: .short, help: ArgumentHelp("Run a script file (- for standard input), then exit.", valueName: "file"))
    var f: String?

    @Flag(name: .long, help: "Continue after a failing command.")
    var keepGoing = false

    @Flag(name: .long, help: "Echo each command before its output.")
    var echo = false

    @Option(name: .long, help: ArgumentHelp("Output format: table, csv, tsv, json or markdown.", valueName: "format"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp("Freeze the session clock at this date.", valueName: "date"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("Run a script, then stay interactive.", valueName: "file"))
    var `init`: String?

    @Flag(name: .long, help: "Force the interactive prompt.")
    var interactive = false

    @Flag(name: .long, help: "Force batch mode: no banner, no prompt.")
    var batch = false

    func validate() throws {
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format '\(format)'; use table, csv, tsv, json or markdown")
        }
        if interactive && batch { throw ValidationError("--interactive and --batch exclude each other") }
        if let now {
            let token = Token(.word, now, SourceRange(0, now.utf8.count))
            do { _ = try ValueParser.date(token) } catch { throw ValidationError("--now: \(error.message)") }
        }
    }

    func run() throws {
        let output = StandardOutput()
        let runner = Runner(output: output)
        runner.keepGoing = keepGoing
        runner.session.echo = echo
        if let format { runner.session.format = OutputFormat(rawValue: format.lowercased())! }
        if let now, let date = try? ValueParser.date(Token(.word, now, SourceRange(0, now.utf8.count))) {
            runner.session.frozenClock = date.resolve(now: runner.session.now)
        }
        Interrupts.install()
        runner.interrupted = { Interrupts.pending }
        let status = execute(runner, output)
        output.flush()
        throw ExitCode(status)
    }

    private func execute(_ runner: Runner, _ output: StandardOutput) -> Int32 {
        func code(_ s: RunStatus) -> Int32 {
            switch s {
            case .completed, .quit: 0
            case .failed: 1
            case .interrupted: 130
            }
        }
        if let initFile = self.`init` {
            guard var source = FileLineSource(path: initFile, name: initFile) else {
                output.writeError("stagesh: cannot read \(initFile): \(String(cString: strerror(errno)))\n")
                return 1
            }
            let status = runner.run(&source)
            source.close()
            output.flush()
            if status == .quit { return 0 }
            if status == .interrupted { return 130 }
        }
        if !c.isEmpty || f != nil {
            var status = RunStatus.completed
            if !c.isEmpty {
                var source = ArgumentLineSource(c)
                status = runner.run(&source)
            }
            if let f, status == .completed || (status == .failed && keepGoing) {
                let previous = status
                if f == "-" {
                    var source = FileLineSource(descriptor: 0, name: "<stdin>")
                    status = runner.run(&source)
                } else if var source = FileLineSource(path: f, name: f) {
                    status = runner.run(&source)
                    source.close()
                } else {
                    output.writeError("stagesh: cannot read \(f): \(String(cString: strerror(errno)))\n")
                    return 1
                }
                if previous == .failed && status == .completed { status = .failed }
            }
            return code(status)
        }
        let isInteractive = interactive || (!batch && Terminal.isTerminal(0) && Terminal.isTerminal(1))
        if isInteractive {
            return InteractiveShell(runner: runner).run(output: output, version: Stagesh.version)
        }
        var source = FileLineSource(descriptor: 0, name: "<stdin>")
        return code(runner.run(&source))
    }
}
