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
        styled = "\u{1}\u{1B}[1m\u{1}" + plain.dropLast() + "\u{1}\u{1B}[0m\u{1} "
    }
}

/// Whether to use colour: on a terminal, unless NO_COLOR is set or TERM is dumb.
public enum ColourPolicy {
    public static func enabled(environment: [String: String], terminal: Bool) -> Bool {
        guard terminal else { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
