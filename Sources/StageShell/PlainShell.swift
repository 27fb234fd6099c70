import Foundation
import StageCore

/// The interactive loop: a prompt, a line, its output, until quit or end of input.
public final class InteractiveShell {
    let runner: Runner
    public var snapshotName: String?

    public init(runner: Runner) {
        self.runner = runner
    }

    /// The prompt of the contract: `stagesh> `, with `*` before `>` while changes are unsaved.
    public var prompt: String {
        (snapshotName ?? "stagesh") + (runner.session.unsavedChanges > 0 ? "*" : "") + "> "
    }

    public func banner(version: String) -> String {
        let s = runner.session
        return Messages.banner(version: version, records: s.store.liveCount, stages: s.pipeline.liveStages.count) + "\n"
    }

    /// Asks before Ctrl-D drops unsaved changes; another Ctrl-D also means yes.
    func confirmQuit(_ input: inout FileLineSource, _ output: StandardOutput) -> Bool {
        output.write(Messages.unsavedOnQuit)
        output.flush()
        guard let answer = input.nextLine() else {
            output.write("\n")
            return !Interrupts.pending
        }
        let text = String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
        return Messages.isYes(text)
    }

    /// Runs until `quit` or end of input; returns the exit status.
    public func run(output: StandardOutput, version: String) -> Int32 {
        runner.interactive = true
        runner.width = { Terminal.width() }
        runner.interrupted = { Interrupts.pending }
        output.write(banner(version: version))
        var input = FileLineSource(descriptor: 0, name: "<stdin>")
        var line = 0
        while true {
            Interrupts.clear()
            let p = prompt
            runner.promptWidth = DisplayWidth.of(p)
            output.write(p)
            output.flush()
            guard let bytes = input.nextLine() else {
                output.write("\n")
                // Ctrl-C discards the line and gives a fresh prompt; it never quits.
                if Interrupts.pending { continue }
                if runner.session.unsavedChanges > 0 && !confirmQuit(&input, output) { continue }
                output.flush()
                return 0
            }
            line += 1
            let status = runner.runLine(bytes, source: "<stdin>", line: line)
            output.flush()
            if status == .quit { return 0 }
            if status == .interrupted { output.writeError(Messages.interrupted + "\n") }
        }
    }
}
