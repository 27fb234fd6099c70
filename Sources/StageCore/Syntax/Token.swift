/// What a token is.
public enum TokenKind: Sendable, Equatable {
    /// A bare word: a keyword, name, number, date or id.
    case word
    /// A quoted string, its escapes resolved.
    case string
    /// A comparison: `=`, `!=`, `<`, `<=`, `>`, `>=` or `~`.
    case comparison
    case leftParen, rightParen, comma, semicolon
}

/// A token of a command line with its source range.
public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    /// The token's value: a quoted string without quotes and with escapes resolved.
    public var text: String
    public var range: SourceRange

    public init(_ kind: TokenKind, _ text: String, _ range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }

    /// Whether this is the bare word `keyword`, compared case-insensitively.
    public func isKeyword(_ keyword: String) -> Bool {
        kind == .word && text.count == keyword.count && text.lowercased() == keyword
    }

    /// Whether this token can stand for a value (a word or a quoted string).
    public var isValue: Bool { kind == .word || kind == .string }
}
