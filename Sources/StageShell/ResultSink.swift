import StageCore

/// Where one command's results go: straight to the output, or through a pager once they turn
/// out taller or wider than the terminal window (always, with `pager on`).
///
/// Output is held only until that is known (at most a window's worth of lines), so a long
/// result reaches the pager as it is made and a short one is printed as it always was.
final class ResultSink {
    /// The terminal a pager would show output on.
    struct Window {
        var columns: Int
        var rows: Int
        /// The command to page with; nil pages nothing.
        var pager: String?
    }

    private let output: OutputSink
    private let window: Window?
    private let mode: DisplayMode
    /// Set by Ctrl-C, which stops the output part-way.
    private let cancellation: CancellationToken
    private var held = ""
    private var lines = 0
    private var pager: Pager?
    /// True once the output goes straight through (not a terminal, `pager off`, or no pager).
    private var direct: Bool

    init(output: OutputSink, window: Window?, mode: DisplayMode, cancellation: CancellationToken) {
        self.output = output
        self.window = window
        self.mode = mode
        self.cancellation = cancellation
        direct = window?.pager == nil || mode == .off
    }

    func write(_ text: String) throws {
        if let pager { return try pager.write(text, cancellation: cancellation) }
        if direct { return try pass(text) }
        held += text
        guard let window else { return }
        // A line for the prompt after the output: a window's worth of lines is already too many.
        lines += text.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
        let tooWide = text.split(separator: "\n").contains { DisplayWidth.of(String($0)) > window.columns }
        guard mode == .on || lines >= window.rows || tooWide else { return }
        if let command = window.pager, let started = Pager(command: command) {
            pager = started
            let text = held
            held = ""
            try started.write(text, cancellation: cancellation)
        } else {
            direct = true
            let text = held
            held = ""
            try pass(text)
        }
    }

    /// Writes `text` to the output a piece at a time, each handed on at once, so that Ctrl-C
    /// stops a long result within a piece's time at the terminal, not a whole batch's.
    private func pass(_ text: String) throws {
        var rest = Substring(text)
        while !rest.isEmpty {
            if cancellation.isRequested { throw Interrupted() }
            let bytes = rest.utf8
            var end = bytes.index(bytes.startIndex, offsetBy: min(Self.piece, bytes.count))
            if end < bytes.endIndex, let newline = bytes[end...].firstIndex(of: 10) { end = bytes.index(after: newline) }
            output.write(String(rest[..<end]))
            output.flush()
            rest = rest[end...]
        }
    }

    /// About a screenful of table lines, in bytes.
    static let piece = 8_192

    /// Prints what was held (it fitted the window), or waits until the user leaves the pager.
    func finish() {
        if let pager {
            pager.finish()
        } else if !held.isEmpty {
            output.write(held)
            held = ""
        }
    }
}
