import CEditLine
import CEditLineShim
import Foundation
import StageCore

/// Line editing, history and completion through libedit's native API.
///
/// libedit calls back through C function pointers that cannot capture
/// context, so the one active reader is reached through `EditLineReader.active`;
/// a shell has one prompt at a time.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let colour: Bool
    private let output: StandardOutput
    /// Set by Ctrl-C, which discards the line being edited.
    private let cancellation: CancellationToken
    /// Offers completions for a line and a cursor (a UTF-8 byte offset).
    public var complete: (String, Int) -> Completion?

    nonisolated(unsafe) static var active: EditLineReader?
    nonisolated(unsafe) private static var promptText: UnsafeMutablePointer<CChar>?

    /// Sets up libedit on standard input and output; nil when it cannot start.
    public init?(
        historyPath: String?, historySize: Int, colour: Bool, output: StandardOutput,
        cancellation: CancellationToken, complete: @escaping (String, Int) -> Completion?
    ) {
        EditLineReader.setUTF8Locale()
        guard let input = fdopen(0, "r"), let out = fdopen(1, "w"), let err = fdopen(2, "w"),
            // The program's name, not argv[0]'s path: an ~/.editrc line `stagesh:bind -v`
            // applies to stagesh, and `debug:bind -v` does not (libedit matches the name as a regex).
            let el = stagesh_el_init("stagesh", input, out, err),
            let h = stagesh_history_init()
        else { return nil }
        editLine = el
        history = h
        self.historyPath = historyPath
        self.colour = colour
        self.output = output
        self.cancellation = cancellation
        self.complete = complete
        stagesh_history_set_size(h, Int32(clamping: historySize))
        stagesh_history_unique(h, 1)
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            stagesh_history_load(h, historyPath)
        }
        stagesh_el_set_editor(el, "emacs")
        // libedit restores the terminal around signals and follows SIGWINCH.
        stagesh_el_set_signal(el, 1)
        stagesh_el_set_history(el, h)
        if colour {
            stagesh_el_set_prompt_esc(el, { _ in EditLineReader.promptText }, 1)
        } else {
            stagesh_el_set_prompt(el, { _ in EditLineReader.promptText })
        }
        stagesh_el_add_function(el, "stagesh-complete", "complete the word at the cursor") { _, _ in
            EditLineReader.active?.completeAtCursor() ?? UInt8(CC_ERROR)
        }
        // The user's $EDITRC or ~/.editrc, as every libedit program reads it.
        stagesh_el_source(el)
        // After it: its `bind -v` or `bind -e` resets every key, Tab included.
        stagesh_el_bind(el, "^I", "stagesh-complete")
        EditLineReader.active = self
    }

    deinit {
        el_end(editLine)
        stagesh_history_end(history)
        if EditLineReader.active === self { EditLineReader.active = nil }
    }

    /// libedit needs a UTF-8 locale to edit, move and delete by character.
    static func setUTF8Locale() {
        if let l = setlocale(LC_CTYPE, ""), String(cString: l).uppercased().contains("UTF") { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }

    public func read(prompt: Prompt) -> ReadResult {
        output.flush()
        free(EditLineReader.promptText)
        EditLineReader.promptText = strdup(colour ? prompt.styled : prompt.plain)
        var count: Int32 = 0
        cancellation.clear()
        guard let raw = el_gets(editLine, &count), count > 0 else {
            if cancellation.isRequested || (count < 0 && errno == EINTR) {
                cancellation.clear()
                el_reset(editLine)
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func remember(_ command: String) {
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        stagesh_history_enter(history, command)
        // Saved after every command, so a crash keeps what was typed.
        if let historyPath { stagesh_history_save(history, historyPath) }
    }

    /// The Tab key: a unique match completes; several complete their common
    /// prefix, or are listed below the line when there is none to add.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let start = info.buffer else { return UInt8(CC_ERROR) }
        let cursorBytes = info.cursor - start
        let lineBytes = info.lastchar - start
        let line = String(
            decoding: UnsafeBufferPointer(
                start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self),
                count: lineBytes), as: UTF8.self)
        guard let completion = complete(line, cursorBytes), !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let typed = String(decoding: Array(line.utf8)[completion.range.lowerBound..<cursorBytes], as: UTF8.self)
        if completion.candidates.count == 1 {
            replace(typed, with: completion.candidates[0] + (completion.appendSpace ? " " : ""))
            return UInt8(CC_REFRESH)
        }
        if completion.commonPrefix.count > typed.count {
            replace(typed, with: completion.commonPrefix)
            return UInt8(CC_REFRESH)
        }
        FileHandle.standardOutput.write(Data(("\n" + EditLineReader.columns(completion.candidates, width: Terminal.width() ?? 80)).utf8))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ typed: String, with text: String) {
        // el_deletestr counts characters as libedit does: one per code point.
        el_deletestr(editLine, Int32(typed.unicodeScalars.count))
        el_insertstr(editLine, text)
    }

    /// Candidates laid out in sorted columns, down then across, as libedit lists them.
    static func columns(_ items: [String], width: Int) -> String {
        let cellWidth = (items.map(DisplayWidth.of).max() ?? 0) + 2
        let perRow = max(1, width / max(1, cellWidth))
        let rows = (items.count + perRow - 1) / perRow
        var out = ""
        for r in 0..<rows {
            var line = ""
            for c in 0..<perRow {
                let i = c * rows + r
                guard i < items.count else { break }
                let item = items[i]
                line += item + (c == perRow - 1 || i + rows >= items.count ? "" : String(repeating: " ", count: cellWidth - DisplayWidth.of(item)))
            }
            out += line + "\n"
        }
        return out
    }
}
