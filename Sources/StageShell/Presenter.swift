import Foundation
import StageCore

/// `--play FILE`: presents a script as if typed at the prompt.
///
/// Comment lines are shown as narration; each command is typed out at the
/// prompt a character at a time, run, and followed by a wait for Enter. While
/// it types and waits, the keyboard is read raw (`RawKeyboard`): other keys
/// are swallowed, Enter mid-line prints the rest of the command at once, and
/// `q` or Ctrl-C stops the play. After the last step the session is handed to
/// the interactive shell as the play left it; with `--no-wait` the script runs
/// straight through and the presenter exits.
final class Presenter {
    /// One step of a presentation.
    enum Step: Equatable {
        /// A comment, without its `#` (and the space after it).
        case narration(String)
        /// A command line (joined when it continued), and its first line's number.
        case command([UInt8], line: Int)
    }

    /// How a play ended.
    enum End: Equatable {
        /// Every step was shown.
        case finished
        /// `q`, Ctrl-C or Ctrl-D stopped it.
        case stopped
        /// A command quit the shell.
        case quit
    }

    let runner: Runner
    let output: StandardOutput
    let reader: LineReader
    let colour: Bool
    /// The process's environment variables, for the terminal set-up.
    let environment: [String: String]
    /// Milliseconds between typed characters.
    let delay: Int
    /// Whether to wait for Enter between steps (off with `--no-wait`).
    let wait: Bool
    /// Sleeps for some milliseconds; replaceable in tests.
    var pause: (Int) -> Void = { ms in if ms > 0 { usleep(useconds_t(ms) * 1000) } }
    private lazy var shell = InteractiveShell(runner: runner, reader: reader, colour: colour, environment: environment)
    /// The lesson's own temporary data directory, when the user named none;
    /// once live, `save` into it says where it is.
    var lessonDirectory: String?
    /// The script's name, for diagnostics.
    private var scriptName = "<play>"

    init(
        runner: Runner, output: StandardOutput, reader: LineReader, colour: Bool, environment: [String: String],
        delay: Int = 35, wait: Bool = true
    ) {
        self.runner = runner
        self.output = output
        self.reader = reader
        self.colour = colour
        self.environment = environment
        self.delay = max(0, delay)
        self.wait = wait
    }

    /// Plays the script at `path`, then (unless `--no-wait`) goes on as the
    /// interactive shell; returns how the session ended.
    func run(path: String, version: String) -> RunStatus {
        guard var source = FileLineSource(path: path, name: path, cancellation: cancellation) else {
            output.writeError("stagesh: " + runner.say(Message.cannotRead(path, Message.systemError(errno))) + "\n")
            return .failed
        }
        scriptName = path
        let steps = Presenter.steps(&source)
        source.close()
        let failuresBefore = runner.failures
        let end = play(steps)
        output.flush()
        if end == .quit { return .quit }
        if !wait {
            if end == .stopped { return .interrupted }
            return runner.failures > failuresBefore ? .failed : .completed
        }
        if end == .stopped { output.write(runner.say(Message.playStopped) + "\n") }
        cancellation.clear()
        // Keys pressed during the play are not the first live command.
        RawKeyboard.discardPending()
        runner.session.lessonDirectory = lessonDirectory
        return shell.run(output: output, version: version)
    }

    /// What the presenter shows while it waits for Enter.
    static let waitHint = "⏎"

    /// The lesson to play for `path`: with Vietnamese messages, `DIR/vi/NAME`
    /// when there is one beside `DIR/NAME` (Examples/vi/ holds the Vietnamese lessons).
    static func lesson(_ path: String, in language: Language) -> String {
        guard language != .english else { return path }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let translated = directory + language.code + "/" + (slash.map { String(path[path.index(after: $0)...]) } ?? path)
        return FileManager.default.fileExists(atPath: translated) ? translated : path
    }

    /// A new, empty data directory for a lesson, or nil (with errno set) when none can be made.
    static func makeLessonDirectory() -> String? {
        var template = Array((FileManager.default.temporaryDirectory.path + "/stagesh-lesson-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!).map { String(cString: $0) } }
    }

    /// At the end: the lesson's directory removed, or kept (and said so) when
    /// the user saved into it after the play.
    static func finish(lessonDirectory: String, session: Session, output: StandardOutput) {
        if session.savedInLessonDirectory {
            output.write(Message.lessonDirectoryKept(lessonDirectory).text(in: session.language) + "\n")
        } else {
            try? FileManager.default.removeItem(atPath: lessonDirectory)
        }
    }

    /// The steps of a script: blank lines dropped, comments as narration (but
    /// not a first line `# stagesh-args: ...`), lines ending in `\` joined to the next.
    static func steps(_ source: inout some LineSource) -> [Step] {
        var steps: [Step] = []
        var lineNumber = 0
        while let bytes = source.nextLine() {
            lineNumber += 1
            let first = lineNumber
            let trimmed = bytes.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if trimmed.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            if lineNumber == 1 && bytes.starts(with: ScriptDirectives.prefix.utf8) { continue }
            if trimmed.first == UInt8(ascii: "#") {
                var text = trimmed.dropFirst()
                if text.first == UInt8(ascii: " ") { text = text.dropFirst() }
                steps.append(.narration(String(decoding: text, as: UTF8.self)))
                continue
            }
            steps.append(.command(Continuation.join(bytes, from: &source, line: &lineNumber), line: first))
        }
        return steps
    }

    /// Shows every step; between a command and the next step, waits for Enter.
    func play(_ steps: [Step]) -> End {
        prepareRunner()
        for (index, step) in steps.enumerated() {
            if cancellation.isRequested { return stop() }
            switch step {
            case .narration(let text):
                output.write(narration(text) + "\n")
                output.flush()
            case .command(let bytes, let line):
                let prompt = currentPrompt()
                runner.promptWidth = DisplayWidth.of(prompt.plain)
                output.write(colour ? TerminalStyle.bold.apply(prompt.plain.dropLast()) + " " : prompt.plain)
                if !type(String(decoding: bytes, as: UTF8.self)) { return stop() }
                output.write("\n")
                output.flush()
                cancellation.clear()
                let status = runner.runLine(bytes, source: scriptName, line: line)
                output.flush()
                switch status {
                case .quit: return .quit
                case .interrupted:
                    output.writeError(runner.say(Message.interrupted) + "\n")
                    return stop()
                case .completed, .failed: break
                }
                if wait && index < steps.count - 1 && !waitForEnter() { return stop() }
            }
        }
        return .finished
    }

    /// What the interactive shell sets up, so that the play's commands run as typed ones.
    private func prepareRunner() {
        // No pager: a lesson shows its output in place and goes on.
        runner.attachTerminal(colour: colour, environment: environment, pager: nil) { [unowned self] question in
            self.shell.ask(question)
        }
    }

    /// Set by Ctrl-C: the session's token.
    private var cancellation: CancellationToken { runner.session.cancellation }

    private func stop() -> End {
        cancellation.clear()
        output.write("\n")
        output.flush()
        return .stopped
    }

    /// The prompt the shell would show now.
    private func currentPrompt() -> Prompt {
        shell.prompt(continuation: false)
    }

    /// A comment as narration: dimmed italic in colour, plain otherwise.
    func narration(_ text: String) -> String {
        colour && !text.isEmpty ? TerminalStyle.dimItalic.apply(text) : text
    }

    /// Types `text` a character at a time; false when `q` or Ctrl-C stopped it.
    ///
    /// At a terminal, Enter prints the rest of the command at once and any
    /// other key is swallowed, so that nothing typed shows up in the command.
    private func type(_ text: String) -> Bool {
        let raw = RawKeyboard.enter()
        defer { if raw { RawKeyboard.restore() } }
        var rest = Substring(text)
        while let ch = rest.popFirst() {
            if cancellation.isRequested { return false }
            output.write(String(ch))
            guard delay > 0 || raw else { continue }
            output.flush()
            guard raw else {
                pause(delay)
                continue
            }
            switch key(within: delay) {
            case .enter:
                output.write(String(rest))
                return !cancellation.isRequested
            case .stop: return false
            case .other, nil: continue
            }
        }
        return !cancellation.isRequested
    }

    /// Enter or a stop key pressed within `milliseconds`; every other key is swallowed.
    ///
    /// Nil when the time is up or Ctrl-C was pressed.
    private func key(within milliseconds: Int) -> RawKeyboard.Key? {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            let left = now >= deadline ? 0 : Int((deadline - now) / 1_000_000)
            switch RawKeyboard.key(within: left) {
            case .other: if left == 0 { return nil }
            case let key: return key
            }
        }
    }

    /// Waits for Enter; false when the user asked to stop (`q`, Ctrl-C, Ctrl-D).
    private func waitForEnter() -> Bool {
        guard RawKeyboard.enter() else { return waitForLine() }
        defer { RawKeyboard.restore() }
        output.write(colour ? TerminalStyle.dim.apply(Presenter.waitHint) + " " : Presenter.waitHint + " ")
        output.flush()
        while true {
            // A Ctrl-C that lands just before the wait begins interrupts nothing: look at the
            // token every tenth of a second rather than waiting on the keyboard alone.
            if cancellation.isRequested { return false }
            switch RawKeyboard.key(within: 100) {
            case .enter:
                output.write("\n")
                return true
            case .stop: return false
            case .other, nil: continue
            }
        }
    }

    /// Waits for a line when standard input is not a terminal (`--interactive` on a pipe):
    /// `q` stops, anything else goes on.
    private func waitForLine() -> Bool {
        let prompt = Prompt(name: "", unsaved: false, continuation: false, colour: false)
            .replacingText(Presenter.waitHint + " ")
        switch reader.read(prompt: prompt) {
        case .line(let answer):
            return answer.trimmingCharacters(in: .whitespaces).lowercased() != "q"
        case .interrupted, .endOfInput:
            return false
        }
    }
}
