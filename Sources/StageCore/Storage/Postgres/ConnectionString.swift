/// A libpq connection string or URI with its password taken out, for everything that
/// shows or keeps a connection string: messages, the history, the journal.
///
/// libpq reads a password from `PGPASSWORD` or `~/.pgpass` as well; one typed in the
/// string is the one place stagesh sees it, and it goes no further than libpq.
public enum ConnectionString {
    /// `text` with the value of every `password=` keyword (in a keyword/value string or a
    /// URI's query) and a URI's `user:password@` password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        var out = redactingURIPasswords(text)
        out = redactingKeyword("password", in: out)
        return out
    }

    /// A command line as history keeps it: each `import odoo` connection string in it redacted,
    /// everything else as typed.
    public static func redactedCommands(in line: String) -> String { redactingCommands(in: line).text }

    /// `redactedCommands(in:)`, and where a byte offset of `line` lands in the redacted text
    /// (so that a diagnostic's caret still points at the same token).
    public static func redactingCommands(in line: String) -> (text: String, offset: (Int) -> Int) {
        guard line.range(of: "odoo", options: .caseInsensitive) != nil else { return (line, { $0 }) }
        guard let commands = try? Lexer.commands(Lexer.tokenize(line)) else { return (redacted(line), { $0 }) }
        var bytes = Array(line.utf8)
        var edits: [(start: Int, end: Int, delta: Int)] = []
        // From the last, so that earlier ranges stay where they are.
        for tokens in commands.reversed() {
            guard tokens.count >= 3, tokens[0].isKeyword("import"), tokens[1].isKeyword("odoo") else { continue }
            let dsn = tokens[2]
            let shown = redacted(dsn.text)
            guard shown != dsn.text else { continue }
            let replacement = Array(Quoting.quoted(shown).utf8)
            bytes.replaceSubrange(dsn.range.start..<dsn.range.end, with: replacement)
            edits.append((dsn.range.start, dsn.range.end, replacement.count - (dsn.range.end - dsn.range.start)))
        }
        let map: (Int) -> Int = { offset in
            var shift = 0
            for e in edits {
                if offset >= e.end {
                    shift += e.delta
                } else if offset > e.start {
                    // Inside a replaced token: as far into its replacement, at most its end.
                    shift += min(0, (e.end - e.start + e.delta) - (offset - e.start))
                }
            }
            return offset + shift
        }
        return (String(decoding: bytes, as: UTF8.self), map)
    }

    /// `postgres://user:secret@host` → `postgres://user:***@host`, wherever such a URI appears in `text`.
    private static func redactingURIPasswords(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', space or quote; its user info at the last '@' in it.
            let authorityEnd = rest.firstIndex { "/? \t\"'".contains($0) } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result += authority[...colon] + "***" + authority[at...]
            } else {
                result += authority
            }
            rest = rest[authorityEnd...]
        }
        return result + rest
    }

    /// Replaces the value of `keyword=value` (a bare word, a libpq `'quoted value'`, or a URI
    /// query parameter up to the next `&`) with `***`.
    private static func redactingKeyword(_ keyword: String, in text: String) -> String {
        let chars = Array(text)
        let key = Array(keyword)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            // A keyword starts a word: after a space, quote, '?', '&' or at the start.
            let starts = i == 0 || " \t\"'?&".contains(chars[i - 1])
            if starts, i + key.count < chars.count, Array(chars[i..<i + key.count]).map({ Character($0.lowercased()) }) == key {
                var j = i + key.count
                while j < chars.count && (chars[j] == " " || chars[j] == "\t") { j += 1 }
                if j < chars.count && chars[j] == "=" {
                    j += 1
                    while j < chars.count && (chars[j] == " " || chars[j] == "\t") { j += 1 }
                    out += chars[i..<j]
                    out += "***"
                    if j < chars.count && chars[j] == "'" {
                        // libpq's quoting: backslash escapes, a quote ends it.
                        j += 1
                        while j < chars.count && chars[j] != "'" { j += chars[j] == "\\" ? 2 : 1 }
                        j = min(j + 1, chars.count)
                    } else {
                        while j < chars.count && !" \t&\"".contains(chars[j]) { j += 1 }
                    }
                    i = j
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return String(out)
    }
}
