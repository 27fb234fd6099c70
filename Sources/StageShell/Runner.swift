import Foundation
import StageCore

/// Runs command lines against a session and writes what they produce.
///
/// The same runner serves scripts, `-c`, standard input and the interactive
/// prompt; only how diagnostics are shown differs.
public final class Runner {
    public var session: Session
    public let output: OutputSink
    public var keepGoing = false
    public var interactive = false
    /// Colours `error:` and `hint:` (an interactive terminal without NO_COLOR).
    public var colour = false
    /// Bars drawn with `#` (TERM=dumb) instead of block characters.
    public var plainBars = false
    /// Asks the user a yes/no question (interactive only).
    public var confirm: ((String) -> Bool)?
    /// Where every change is recorded before the prompt returns (interactive or `--journal`).
    public var journal: Journal?
    private var journalGeneration = -1
    /// Columns of the prompt, so an interactive caret lands under the typed text.
    public var promptWidth = 0
    /// The terminal window results are shown in, to fit tables to and to page by; nil (not a
    /// terminal) leaves tables whole and pages nothing.
    public var window: () -> (columns: Int, rows: Int)? = { nil }
    /// What pages long results at a terminal (`Pager.command`); nil pages nothing.
    public var pagerCommand: String?
    /// Drops confirmations and notices (`-q`): only results and errors are written.
    public var quiet = false
    public private(set) var failures = 0
    private var depth = 0
    static let maxDepth = 16

    public init(session: Session = Session(), output: OutputSink) {
        self.session = session
        self.output = output
    }

    /// Whether Ctrl-C was pressed: the session's token, polled between lines and commands.
    private var interrupted: Bool { session.cancellation.isRequested }

    /// Runs every line of `source`; stops at the first failure unless `keepGoing`.
    public func run(_ source: inout some LineSource) -> RunStatus {
        var lineNumber = 0
        var failed = false
        while let line = source.nextLine() {
            lineNumber += 1
            let first = lineNumber
            // A line ending in `\` continues on the next; diagnostics name the first.
            let bytes = Continuation.join(line, from: &source, line: &lineNumber)
            if interrupted { return .interrupted }
            switch runLine(bytes, source: source.name, line: first) {
            case .completed: break
            case .quit: return .quit
            case .interrupted: return .interrupted
            case .failed:
                failed = true
                if !keepGoing { return .failed }
            }
        }
        if interrupted { return .interrupted }
        return failed ? .failed : .completed
    }

    /// Runs the commands of one line.
    public func runLine(_ bytes: [UInt8], source: String, line: Int) -> RunStatus {
        let text = String(decoding: bytes, as: UTF8.self)
        if let problem = Runner.checkBytes(bytes) {
            report(problem, source: source, line: line, text: text)
            return .failed
        }
        // Echoed as a diagnostic shows it: a connection string's password starred.
        if session.echo && !interactive { output.write(ConnectionString.redactingCommands(in: text).text + "\n") }
        let commands: [[Token]]
        do {
            commands = Lexer.commands(try Lexer.tokenize(text))
        } catch {
            report(error, source: source, line: line, text: text)
            return .failed
        }
        var failed = false
        for tokens in commands {
            if interrupted { return .interrupted }
            let started = DispatchTime.now().uptimeNanoseconds
            let outcome: Outcome
            do {
                outcome = try session.execute(tokens: tokens)
            } catch {
                // Ctrl-C rolled the command back; the caller says so once.
                if interrupted { return .interrupted }
                report(error, source: source, line: line, text: text)
                failed = true
                if keepGoing { continue }
                return .failed
            }
            syncJournal()
            let status = show(outcome, source: source, line: line, text: text)
            if session.timer {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                output.write(say(Message.elapsed(milliseconds: ms)) + "\n")
            }
            if status == .failed { failed = true }
            if status != .completed && !(status == .failed && keepGoing) { return status }
        }
        return failed ? .failed : .completed
    }

    /// Opens a snapshot named on the command line, as if `load` were typed, so a problem is reported
    /// like any command's; as a template, `save` then never writes over it.
    public func open(_ snapshot: String, asTemplate: Bool) -> RunStatus {
        let status = runLine(Array(("load " + Quoting.quoteIfNeeded(snapshot)).utf8), source: "<arguments>", line: 1)
        guard status == .completed, asTemplate else { return status }
        _ = show(session.keepSnapshotAsTemplate(), source: "<arguments>", line: 1, text: "")
        syncJournal()
        return status
    }

    /// A NUL byte or invalid UTF-8 in a line, with where it is.
    static func checkBytes(_ bytes: [UInt8]) -> Diagnostic? {
        if let nul = bytes.firstIndex(of: 0) {
            // Ranges index the decoded text, where invalid bytes before the NUL became U+FFFD.
            let at = String(decoding: bytes[..<nul], as: UTF8.self).utf8.count
            return Diagnostic(Message.nulByte, at: SourceRange(at, at + 1))
        }
        if bytes.allSatisfy({ $0 < 0x80 }) { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error:
                // Ranges index the decoded text, where the bad bytes became one
                // U+FFFD (three bytes); the valid prefix decodes unchanged.
                return Diagnostic(Message.invalidUTF8, at: SourceRange(offset, offset + 3))
            }
        }
    }

    private func show(_ outcome: Outcome, source: String, line: Int, text: String) -> RunStatus {
        switch outcome {
        case .none:
            return .completed
        case .message(let m):
            notice(say(m))
        case .text(let t):
            return emit { try $0.write(t) }
        case .table(let table):
            var table = table
            let window = window()
            var options = RenderOptions(format: session.format, width: window?.columns, expanded: session.expanded, language: session.language)
            // Bars only where a person reads a table on a terminal.
            if interactive, session.format == .table, let w = window?.columns {
                (table, options.bars) = TerminalCharts.withBars(table, terminalWidth: w, plain: plainBars)
            }
            let cancellation = session.cancellation
            return emit { sink in try TableRenderer.write(table, options, to: sink.write, stop: { cancellation.isRequested }) }
        case .card(let table):
            let width = window()?.columns
            return emit { try $0.write(TableRenderer.renderCard(table, format: self.session.format, width: width, language: self.session.language)) }
        case .sequence(let parts):
            for p in parts {
                let status = show(p, source: source, line: line, text: text)
                if status != .completed { return status }
            }
        case .runScript(let file):
            return runScript(file, source: source, line: line, text: text)
        case .confirm(let question, let retry):
            guard let confirm, confirm(say(question) + " ") else {
                notice(say(Message.notDone))
                return .completed
            }
            return runLine(Array(retry.utf8), source: source, line: line)
        case .quit:
            return .quit
        }
        return .completed
    }

    /// Writes one result through a `ResultSink`: at an interactive terminal, a pager takes it once it is taller or wider than the window.
    ///
    /// Ctrl-C stops it part-way, as does leaving the pager.
    private func emit(_ body: (ResultSink) throws -> Void) -> RunStatus {
        let w = interactive ? window() : nil
        let sink = ResultSink(
            output: output, window: w.map { ResultSink.Window(columns: $0.columns, rows: $0.rows, pager: pagerCommand) },
            mode: session.pager, cancellation: session.cancellation)
        defer { sink.finish() }
        do {
            try body(sink)
        } catch is Interrupted {
            return .interrupted
        } catch {
            // The user left the pager: the rest is not wanted, and that is no failure.
        }
        return .completed
    }

    /// A confirmation or notice ("loaded demo: ...", "added lead 1"): on
    /// standard output beside tables, on standard error in csv, tsv and json,
    /// so that a machine format pipes as nothing but itself; none with `-q`.
    private func notice(_ text: String) {
        if quiet { return }
        switch session.format {
        case .csv, .tsv, .json: output.writeError(text + "\n")
        case .table, .markdown: output.write(text + "\n")
        }
    }

    private func runScript(_ file: Located<String>, source: String, line: Int, text: String) -> RunStatus {
        guard depth < Runner.maxDepth else {
            report(Diagnostic(Message.runTooDeep(Runner.maxDepth), at: file.range), source: source, line: line, text: text)
            return .failed
        }
        let path = session.resolve(file.value)
        guard var script = FileLineSource(path: path, name: file.value, cancellation: session.cancellation) else {
            report(
                Diagnostic(Message.cannotRead(file.value, Message.systemError(errno)), at: file.range),
                source: source, line: line, text: text)
            return .failed
        }
        defer { script.close() }
        depth += 1
        defer { depth -= 1 }
        let wasInteractive = interactive
        interactive = false
        defer { interactive = wasInteractive }
        return run(&script)
    }

    /// Opens this session's journal in its data directory, and offers the work a crashed session left there.
    public func startJournal() {
        let directory = session.dataDirectory
        let abandoned = Journal.abandoned(in: directory)
        do {
            journal = try Journal(
                directory: directory, base: nil, started: session.environment.clock(),
                workingDirectory: session.directory)
        } catch {
            output.writeError("stagesh: " + say(Message.journalFailed(error.message)) + "\n")
        }
        if let newest = abandoned.last {
            session.pendingRecovery = newest
            output.writeError(
                say(
                    Message.foundJournal(
                        newest.commands.count, endedAfter: newest.started.display,
                        base: newest.base, more: abandoned.count - 1)) + "\n")
        }
    }

    /// Appends the session's new changes to the journal and fsyncs it; starts
    /// it afresh after a save or load; deletes journals whose work it now holds.
    public func syncJournal() {
        guard let journal else { return }
        do {
            if session.generation != journalGeneration {
                try journal.restart(
                    base: session.journalBase, savesTo: session.journalSavesTo,
                    started: session.environment.clock(),
                    replacing: session.finishedJournals)
                journalGeneration = session.generation
            }
            let log = session.changeLog
            if log.count > journal.recorded { try journal.record(log[journal.recorded...]) }
            for path in session.finishedJournals { unlink(path) }
            session.journalsRemoved()
        } catch {
            output.writeError(say(Message.journalFailed(error.message)) + "\n")
        }
    }

    /// `error:` in bold red and `hint:` in cyan at the start of their lines, as `language` writes them.
    static func coloured(_ text: String, in language: Language = .english) -> String {
        let error = Message.errorPrefix.text(in: language) + " ", hint = Message.hintPrefix.text(in: language) + " "
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix(error) { return TerminalStyle.boldRed.apply(error.dropLast()) + " " + line.dropFirst(error.count) }
            if line.hasPrefix(hint) { return TerminalStyle.cyan.apply(hint.dropLast()) + " " + line.dropFirst(hint.count) }
            return String(line)
        }.joined(separator: "\n")
    }

    /// A message in the session's language.
    public func say(_ message: Message) -> String { message.text(in: session.language) }

    private func report(_ error: Error, source: String, line: Int, text: String) {
        failures += 1
        let d = error as? Diagnostic ?? Diagnostic(.verbatim(String(describing: error)))
        if interactive {
            let text = DiagnosticFormatter.formatInteractive(d, text: text, promptWidth: promptWidth, language: session.language)
            output.writeError(colour ? Runner.coloured(text, in: session.language) : text)
        } else {
            output.writeError(DiagnosticFormatter.format(d, source: source, line: line, text: text, language: session.language))
        }
    }
}
