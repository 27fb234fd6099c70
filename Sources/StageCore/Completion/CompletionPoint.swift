/// Where Tab was pressed: the command's complete tokens and the word being typed.
struct CompletionPoint {
    /// The complete tokens of the command the cursor is in (after the last `;`), before the typed word.
    var tokens: [Token]
    var word: TypedWord

    /// The point at UTF-8 offset `cursor` of `line`, or nil where nothing can
    /// be completed (inside a comment, or after text the lexer refuses).
    ///
    /// Only the text before the cursor is read. An unterminated quote there is
    /// the word being typed; the rest goes through the real lexer, so that
    /// completion reads a line exactly as the parser will.
    static func locate(_ line: String, cursor: Int) -> CompletionPoint? {
        let all = Array(line.utf8)
        var end = max(0, min(cursor, all.count))
        // A cursor inside a multi-byte character stands before it.
        while end > 0 && end < all.count && all[end] & 0xC0 == 0x80 { end -= 1 }
        let bytes = all[0..<end]
        guard let openQuote = scan(bytes) else { return nil }
        let lexEnd = openQuote?.0 ?? end
        guard var tokens = try? Lexer.tokenize(String(decoding: bytes[0..<lexEnd], as: UTF8.self)) else { return nil }
        if let semicolon = tokens.lastIndex(where: { $0.kind == .semicolon }) {
            tokens.removeSubrange(...semicolon)
        }
        let word: TypedWord
        if let (q, length) = openQuote {
            word = TypedWord(
                range: q..<end, text: unescape(bytes[(q + length)...]),
                quote: quoteMark(bytes, at: q), source: String(decoding: bytes[q...], as: UTF8.self))
        } else if let last = tokens.last, last.isValue, last.range.end == end {
            tokens.removeLast()
            let start = last.range.start
            word = TypedWord(
                range: start..<end, text: last.text,
                quote: last.kind == .string ? quoteMark(bytes, at: start) : nil,
                source: String(decoding: bytes[start...], as: UTF8.self))
        } else {
            word = .empty(at: end)
        }
        return CompletionPoint(tokens: tokens, word: word)
    }

    /// The quote a completed string is written with: the one typed, or a
    /// straight `"` in place of a curly mark, whose closer differs from it.
    private static func quoteMark(_ bytes: ArraySlice<UInt8>, at i: Int) -> Character {
        TypographicQuote.opening(bytes, at: i) == nil ? Character(Unicode.Scalar(bytes[i])) : "\""
    }

    /// Finds a quote left open at the end, as the lexer reads quotes: its offset and the length of its opening mark.
    ///
    /// Returns nil inside a comment, `.some(nil)` when every quote is closed.
    private static func scan(_ bytes: ArraySlice<UInt8>) -> (Int, Int)?? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "#") { return nil }
            let start = i
            let closes: (Int) -> Int?
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                closes = { bytes[$0] == b ? 1 : nil }
                i += 1
            } else if let quote = TypographicQuote.opening(bytes, at: i) {
                closes = { quote.closing(bytes, at: $0) }
                i += quote.length
            } else {
                // A word or a delimiter: a curly mark inside a word is text, as the lexer reads it.
                i += 1
                if !Lexer.isDelimiter(b) {
                    while i < bytes.endIndex && !Lexer.isDelimiter(bytes[i]) { i += 1 }
                }
                continue
            }
            let opening = i - start
            var closed = false
            while i < bytes.endIndex {
                if let length = closes(i) { closed = true; i += length; break }
                i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            if !closed { return .some((start, opening)) }
        }
        return .some(nil)
    }

    /// The text of an open quoted string so far: escapes resolved as the lexer
    /// does, an unknown escape kept as typed and a lone trailing backslash dropped.
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            guard i + 1 < bytes.endIndex else { break }
            let e = bytes[i + 1]
            if let byte = Lexer.escaped(e) { out.append(byte) } else { out += [c, e] }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }
}
