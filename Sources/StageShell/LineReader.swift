import Foundation
import StageCore

/// What reading one line at the prompt gave.
public enum ReadResult: Equatable {
    case line(String)
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
    /// Ctrl-C: the line was discarded.
    case interrupted
}

/// Reads lines at a prompt; libedit on a capable terminal, plain reading otherwise.
public protocol LineReader: AnyObject {
    func read(prompt: Prompt) -> ReadResult
    /// Adds a finished command to the history (and saves it, where there is one).
    func remember(_ command: String)
}

/// Plain line reading for `TERM=dumb` and `--interactive` on a pipe: no escape sequences.
public final class PlainReader: LineReader {
    private var input: FileLineSource
    private let output: StandardOutput
    /// Set by Ctrl-C, which discards the line being read.
    private let cancellation: CancellationToken

    public init(output: StandardOutput, cancellation: CancellationToken) {
        self.output = output
        self.cancellation = cancellation
        input = FileLineSource(descriptor: 0, name: "<stdin>", cancellation: cancellation)
    }

    public func read(prompt: Prompt) -> ReadResult {
        output.write(prompt.plain)
        output.flush()
        // As the line editor does: a Ctrl-C before this prompt stopped its command, not the next one.
        cancellation.clear()
        guard let bytes = input.nextLine() else {
            if cancellation.isRequested {
                cancellation.clear()
                output.write("\n")
                return .interrupted
            }
            return .endOfInput
        }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    public func remember(_ command: String) {}
}
