/// Writes a diagnostic as the contract shows it: where, what, the line, a caret, hints.
/// (`error:` and `hint:` in the language of messages: `lỗi:`, `gợi ý:` in Vietnamese.)
///
/// ```
/// stagesh: script.stg:3:12: error: unknown stage "Negociation"
///     move 12 to Negociation
///                ^~~~~~~~~~~
/// hint: did you mean "Negotiation"?
/// ```
public enum DiagnosticFormatter {
    /// The most of a long line shown around the error, in columns.
    static let window = 100

    /// The full form for scripts: source, line, column, the quoted line and a caret.
    public static func format(_ d: Diagnostic, source: String, line: Int, text: String, language: Language = .english) -> String {
        let (column, excerpt, caret) = locateShown(d.range, in: text)
        var out = "stagesh: \(source):\(line):\(column): \(prefix(d, language))\(d.message.text(in: language))\n"
        if d.range != nil {
            out += "    \(excerpt)\n    \(caret)\n"
        }
        for h in d.hints { out += Message.hintPrefix.text(in: language) + " " + h.text(in: language) + "\n" }
        return out
    }

    /// The interactive form: the caret goes under the line just typed after a prompt of `promptWidth` columns.
    public static func formatInteractive(_ d: Diagnostic, text: String, promptWidth: Int, language: Language = .english) -> String {
        var out = ""
        if d.range != nil {
            let (_, excerpt, caret) = locate(d.range, in: text)
            if excerpt == displayText(text) {
                out += String(repeating: " ", count: promptWidth) + caret + "\n"
            } else {
                let (_, excerpt, caret) = locateShown(d.range, in: text)
                out += "    \(excerpt)\n    \(caret)\n"
            }
        }
        out += prefix(d, language) + d.message.text(in: language) + "\n"
        for h in d.hints { out += Message.hintPrefix.text(in: language) + " " + h.text(in: language) + "\n" }
        return out
    }

    /// `error: ` or `warning: ` in the language of messages.
    static func prefix(_ d: Diagnostic, _ language: Language) -> String {
        (d.severity == .error ? Message.errorPrefix : Message.warningPrefix).text(in: language) + " "
    }

    /// Tabs and control characters as one visible column each, so the caret lines up.
    static func displayText(_ s: some StringProtocol) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// `locate` on the line as it may be shown: a connection string's password is never repeated.
    static func locateShown(_ range: SourceRange?, in text: String) -> (Int, String, String) {
        let (shown, offset) = ConnectionString.redactingCommands(in: text)
        guard shown != text else { return locate(range, in: text) }
        return locate(range.map { SourceRange(offset($0.start), offset($0.end)) }, in: shown)
    }

    /// The 1-based column (in characters), the excerpt shown and the caret line under it.
    static func locate(_ range: SourceRange?, in text: String) -> (Int, String, String) {
        let utf8 = text.utf8
        guard let range else { return (1, displayText(text), "") }
        let startByte = min(max(range.start, 0), utf8.count)
        let endByte = min(max(range.end, startByte), utf8.count)
        let startIndex = utf8.index(utf8.startIndex, offsetBy: startByte)
        let endIndex = utf8.index(utf8.startIndex, offsetBy: endByte)
        let before = text[..<startIndex]
        let column = before.count + 1
        var prefix = displayText(before)
        let marked = displayText(text[startIndex..<endIndex])
        var suffix = displayText(text[endIndex...])
        if DisplayWidth.of(prefix) > window {
            prefix = "…" + String(prefix.suffix(window / 2))
        }
        if DisplayWidth.of(suffix) > window {
            suffix = String(suffix.prefix(window / 2)) + "…"
        }
        let markedShown = DisplayWidth.of(marked) > window ? String(marked.prefix(window)) + "…" : marked
        let caretWidth = max(1, DisplayWidth.of(markedShown))
        let caret = String(repeating: " ", count: DisplayWidth.of(prefix)) + "^" + String(repeating: "~", count: caretWidth - 1)
        return (column, prefix + markedShown + suffix, caret)
    }
}
