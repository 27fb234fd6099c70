/// A prompt as text, and as libedit draws it in colour.
public struct Prompt: Equatable {
    public var plain: String
    /// The coloured form, with escape sequences between `\u{1}` markers so that
    /// libedit leaves them out of the width (EL_PROMPT_ESC).
    public var styled: String

    /// The prompt of the contract: `stagesh> `, `NAME> `, `*` before `>` while
    /// changes are unsaved; a continued command gets `stagesh-> `.
    public init(name: String, unsaved: Bool, continuation: Bool, colour: Bool) {
        let marker = continuation ? "-" : unsaved ? "*" : ""
        plain = name + marker + "> "
        guard colour else {
            styled = plain
            return
        }
        // One escape before and one after the visible text, and the closing
        // one before the last space: libedit drops escapes at the very end.
        styled = TerminalStyle.bold.applyInPrompt(plain.dropLast()) + " "
    }
}
