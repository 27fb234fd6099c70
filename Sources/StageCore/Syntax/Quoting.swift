/// Writes values back in the language's syntax.
public enum Quoting {
    /// `name` as a bare word when the lexer would read it back whole, else quoted.
    public static func quoteIfNeeded(_ name: String) -> String {
        if !name.isEmpty && name.utf8.allSatisfy({ !Lexer.isDelimiter($0) }) && !TypographicQuote.startsString(name) { return name }
        return quoted(name)
    }

    /// `text` in double quotes, escaped so that the lexer reads it back as it is.
    public static func quoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
        return "\"\(escaped)\""
    }
}
