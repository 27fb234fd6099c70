/// Splits a command line into tokens, each with its source range.
///
/// `#` outside quotes starts a comment; `;` is a token so that a line can hold
/// several commands. Quoted strings take `\n`, `\t`, `\\`, `\"`, `\'` escapes;
/// the curly quotes a phone or a word processor types quote too (`TypographicQuote`).
public enum Lexer {
    /// The byte the escape `\e` stands for (`\n`, `\t`, `\r`, `\\`, `\"`, `\'`); nil for any other.
    static func escaped(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "n"): 10
        case UInt8(ascii: "t"): 9
        case UInt8(ascii: "r"): 13
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): e
        default: nil
        }
    }

    public static func tokenize(_ line: String) throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(line.utf8)
        var i = 0
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: bytes[from..<to], as: UTF8.self)
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                i += 1
            case UInt8(ascii: "#"):
                return tokens
            case UInt8(ascii: ";"):
                tokens.append(Token(.semicolon, ";", SourceRange(i, i + 1))); i += 1
            case UInt8(ascii: "("):
                tokens.append(Token(.leftParen, "(", SourceRange(i, i + 1))); i += 1
            case UInt8(ascii: ")"):
                tokens.append(Token(.rightParen, ")", SourceRange(i, i + 1))); i += 1
            case UInt8(ascii: ","):
                tokens.append(Token(.comma, ",", SourceRange(i, i + 1))); i += 1
            case UInt8(ascii: "~")
            where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
                && (i == 0 || bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: "\t")):
                // `~/data.csv` after a space is a path in the home directory, not "contains".
                let start = i
                i += 1
                while i < bytes.count && !isDelimiter(bytes[i]) { i += 1 }
                tokens.append(Token(.word, text(start, i), SourceRange(start, i)))
            case UInt8(ascii: "="), UInt8(ascii: "~"):
                if let d = foreignOperator(bytes, at: i) { throw d }
                tokens.append(Token(.comparison, text(i, i + 1), SourceRange(i, i + 1))); i += 1
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"):
                if let d = foreignOperator(bytes, at: i) { throw d }
                let two = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "=")
                if b == UInt8(ascii: "!") && !two, let last = tokens.last, last.kind == .word, last.range.end == i,
                    tokens.count == 1 || tokens[tokens.count - 2].kind == .semicolon
                {
                    // `load!`: a command forced past its question, first on its line or after a `;`.
                    tokens[tokens.count - 1] = Token(.word, last.text + "!", SourceRange(last.range.start, i + 1))
                    i += 1
                    continue
                }
                if b == UInt8(ascii: "!") && !two {
                    // After a field (`owner ! Lan`) it meant !=; where a condition
                    // starts (`where !(...)`) it meant not.
                    let startsCondition =
                        tokens.last.map { t in
                            t.kind != .word || ["where", "when", "and", "or", "not"].contains(t.text.lowercased())
                        } ?? true
                    throw Diagnostic(
                        Message.unexpected("!"), at: SourceRange(i, i + 1),
                        hint: startsCondition ? Message.hintNegation : Message.hintNotEqual)
                }
                let end = two ? i + 2 : i + 1
                tokens.append(Token(.comparison, text(i, end), SourceRange(i, end)))
                i = end
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let start = i
                i += 1
                let value = try string(bytes, &i, openedAt: start, closer: Character(Unicode.Scalar(b))) { bytes[$0] == b ? 1 : nil }
                tokens.append(Token(.string, value, SourceRange(start, i)))
            default:
                let start = i
                if let quote = TypographicQuote.opening(bytes, at: i) {
                    i += quote.length
                    let value = try string(bytes, &i, openedAt: start, closer: quote.closer) { quote.closing(bytes, at: $0) }
                    tokens.append(Token(.string, quote.text(value), SourceRange(start, i)))
                    continue
                }
                while i < bytes.count && !isDelimiter(bytes[i]) { i += 1 }
                tokens.append(Token(.word, text(start, i), SourceRange(start, i)))
            }
        }
        return tokens
    }

    /// Reads a quoted string from `i`, just past its opening quote at `start`,
    /// through the closing quote (`closes` gives its length where one stands),
    /// resolving escapes; `i` ends past the closing quote.
    private static func string(
        _ bytes: [UInt8], _ i: inout Int, openedAt start: Int, closer: Character,
        closes: (Int) -> Int?
    ) throws(Diagnostic) -> String {
        var value: [UInt8] = []
        while i < bytes.count {
            if let length = closes(i) {
                i += length
                return String(decoding: value, as: UTF8.self)
            }
            let c = bytes[i]
            if c == UInt8(ascii: "\\") && i + 1 < bytes.count {
                let e = bytes[i + 1]
                switch Lexer.escaped(e) {
                case let byte?: value.append(byte)
                case nil:
                    // The escape as written, a multi-byte character after the backslash whole.
                    var end = i + 2
                    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
                    throw Diagnostic(
                        Message.unknownEscape(String(decoding: bytes[i..<end], as: UTF8.self)),
                        at: SourceRange(i, end), hint: Message.hintEscapes)
                }
                i += 2
                continue
            }
            value.append(c)
            i += 1
        }
        throw Diagnostic(Message.unterminatedString, at: SourceRange(start, bytes.count), hint: Message.hintCloseQuote(closer))
    }

    /// Operators of other languages at `i`: `==` and `<>` (SQL, C), `=<` and `=>`,
    /// refused with the one stagesh writes, rather than read as two operators.
    private static func foreignOperator(_ bytes: [UInt8], at i: Int) -> Diagnostic? {
        guard i + 1 < bytes.count else { return nil }
        let hint: Message
        switch (bytes[i], bytes[i + 1]) {
        case (UInt8(ascii: "="), UInt8(ascii: "=")): hint = Message.hintEqual
        case (UInt8(ascii: "<"), UInt8(ascii: ">")): hint = Message.hintNotEqual
        case (UInt8(ascii: "="), UInt8(ascii: "<")): hint = Message.hintDidYouMean("<=")
        case (UInt8(ascii: "="), UInt8(ascii: ">")): hint = Message.hintDidYouMean(">=")
        default: return nil
        }
        let op = String(decoding: bytes[i..<i + 2], as: UTF8.self)
        return Diagnostic(Message.unknownOperator(op), at: SourceRange(i, i + 2), hint: hint)
    }

    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"),
            UInt8(ascii: "#"), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "<"),
            UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// Splits a line's tokens into the commands separated by `;`.
    public static func commands(_ tokens: [Token]) -> [[Token]] {
        var out: [[Token]] = []
        var current: [Token] = []
        for t in tokens {
            if t.kind == .semicolon {
                if !current.isEmpty { out.append(current) }
                current = []
            } else {
                current.append(t)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
