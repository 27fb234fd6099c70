/// The ANSI styles the shell colours text with: every escape sequence it writes comes from here.
enum TerminalStyle: String {
    /// The prompt.
    case bold = "1"
    /// `error:`.
    case boldRed = "1;31"
    /// `hint:`.
    case cyan = "36"
    /// `--play`'s "press Enter" hint.
    case dim = "2"
    /// `--play`'s narration.
    case dimItalic = "2;3"

    /// The sequence that turns the style on.
    var start: String { "\u{1B}[" + rawValue + "m" }

    /// The sequence that turns every style off.
    static let reset = "\u{1B}[0m"

    /// `text` in this style, with every style off after it.
    func apply(_ text: some StringProtocol) -> String { start + text + Self.reset }

    /// The same for a libedit prompt: each sequence between `\u{1}` markers, so that libedit
    /// leaves them out of the prompt's width (EL_PROMPT_ESC).
    func applyInPrompt(_ text: some StringProtocol) -> String {
        "\u{1}" + start + "\u{1}" + text + "\u{1}" + Self.reset + "\u{1}"
    }
}
