import Foundation
import StageCore

/// The interactive loop: a prompt, a command, its output, until quit or Ctrl-D.
final class InteractiveShell {
    let runner: Runner
    let reader: LineReader
    let colour: Bool
    /// The process's environment variables: `TERM`, and the pager to use.
    let environment: [String: String]

    init(runner: Runner, reader: LineReader, colour: Bool, environment: [String: String]) {
        self.runner = runner
        self.reader = reader
        self.colour = colour
        self.environment = environment
    }

    func prompt(continuation: Bool) -> Prompt {
        Prompt(
            name: runner.session.snapshot?.name ?? "stagesh", unsaved: runner.session.unsavedChanges > 0,
            continuation: continuation, colour: colour)
    }

    func banner(version: String) -> String {
        let s = runner.session
        return Message.banner(version: version, records: s.store.liveCount, stages: s.pipeline.liveStages.count).text(in: s.language) + "\n"
    }

    /// Runs until `quit` or Ctrl-D.
    func run(output: StandardOutput, version: String) -> RunStatus {
        runner.attachTerminal(colour: colour, environment: environment, pager: Pager.command(environment: environment)) {
            [unowned self] question in self.ask(question)
        }
        output.write(banner(version: version))
        var number = 0
        while true {
            let text: String
            // The reader clears Ctrl-C before it reads a line, not after: one pressed the moment
            // Enter was must stop the command, not vanish.
            switch readCommand() {
            case .nothing: continue
            case .end:
                output.write("\n")
                // Another Ctrl-D at the question also means yes.
                if runner.session.unsavedChanges > 0 && !ask(runner.say(Message.unsavedOnQuit) + " ", endMeans: true) { continue }
                output.flush()
                return .completed
            case .command(let command): text = command
            }
            number += 1
            // A connection string's password stays out of the history file.
            reader.remember(ConnectionString.redactedCommands(in: text))
            runner.promptWidth = DisplayWidth.of(prompt(continuation: false).plain)
            let status = runner.runLine(Array(text.utf8), source: "<stdin>", line: number)
            output.flush()
            // `quit` asks as Ctrl-D does: unsaved work is only in the journal, which a clean end deletes.
            if status == .quit {
                if runner.session.unsavedChanges > 0 && !ask(runner.say(Message.unsavedOnQuit) + " ", endMeans: true) { continue }
                return .quit
            }
            if status == .interrupted { output.writeError(runner.say(Message.interrupted) + "\n") }
        }
    }

    /// What the user entered at the prompt.
    private enum Input {
        case command(String)
        /// Ctrl-C: the line was discarded.
        case nothing
        /// Ctrl-D on an empty line.
        case end
    }

    /// One command, joining lines that end in `\`.
    private func readCommand() -> Input {
        var parts: [String] = []
        while true {
            switch reader.read(prompt: prompt(continuation: !parts.isEmpty)) {
            case .interrupted:
                return .nothing
            case .endOfInput:
                return parts.isEmpty ? .end : .command(parts.joined(separator: " "))
            case .line(let line):
                if let continued = Continuation.strip(line) {
                    parts.append(continued)
                    continue
                }
                parts.append(line)
                return .command(parts.joined(separator: " "))
            }
        }
    }

    /// Asks a yes/no question at the prompt; Ctrl-C means no.
    func ask(_ question: String, endMeans: Bool = false) -> Bool {
        switch reader.read(
            prompt: Prompt(name: "", unsaved: false, continuation: false, colour: false)
                .replacingText(question))
        {
        case .line(let answer): return Language.isYes(answer.trimmingCharacters(in: .whitespaces))
        case .endOfInput: return endMeans
        case .interrupted: return false
        }
    }
}

/// Lines that end in a backslash continue on the next line.
public enum Continuation {
    /// The line without its continuing backslash, or nil when it does not continue.
    public static func strip(_ line: String) -> String? {
        strip(bytes: Array(line.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A command that starts with `first` and goes on over the lines after it
    /// while each ends in `\`; `line` counts the lines taken.
    public static func join(_ first: [UInt8], from source: inout some LineSource, line: inout Int) -> [UInt8] {
        var bytes = first
        while let continued = strip(bytes: bytes), let next = source.nextLine() {
            bytes = continued + [UInt8(ascii: " ")] + next
            line += 1
        }
        return bytes
    }

    /// The same on raw bytes, so a script's invalid UTF-8 still reaches the byte check.
    public static func strip(bytes: [UInt8]) -> [UInt8]? {
        var end = bytes.count
        while end > 0 && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: "\\"), end < 2 || bytes[end - 2] != UInt8(ascii: "\\") else { return nil }
        end -= 1
        while end > 0 && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        return Array(bytes[..<end])
    }
}

extension Prompt {
    /// A question asked at the prompt, in place of the prompt.
    func replacingText(_ text: String) -> Prompt {
        var p = self
        p.plain = text
        p.styled = text
        return p
    }
}
