/// A libpq connection string or URI with its password taken out, for everything that
/// shows or keeps a connection string: messages, the history, the journal.
///
/// libpq reads a password from `PGPASSWORD` or `~/.pgpass` as well; one typed in the
/// string is the one place stagesh sees it, and it goes no further than libpq. Shown, a
/// password is `***`; kept (history, journal), it is left out altogether, so that running
/// the command again (`recover` replaying the journal) takes the password libpq finds.
public enum ConnectionString {
    /// `text` with the value of every `password=` keyword (in a keyword/value string or a
    /// URI's query) and a URI's `user:password@` password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        var found: [String] = []
        return redactingKeyword("password", in: redactingURIPasswords(text, with: "***", found: &found), with: "***", found: &found)
    }

    /// `text` without its passwords: no `password=` keyword, a URI's `user@` without `:password`.
    public static func withoutPassword(_ text: String) -> String {
        var found: [String] = []
        return redactingKeyword("password", in: redactingURIPasswords(text, with: nil, found: &found), with: nil, found: &found)
    }

    /// libpq's or the server's `reason` with any password of `dsn` in it starred: libpq repeats
    /// a malformed URI, or a bad percent-encoding, as it was written.
    public static func scrubbed(_ reason: String, of dsn: String) -> String {
        var out = reason.replacingOccurrences(of: dsn, with: redacted(dsn))
        for secret in passwords(in: dsn) where secret.count > 1 {
            out = out.replacingOccurrences(of: secret, with: "***")
        }
        return out
    }

    /// The passwords a connection string holds, as written and percent-decoded.
    static func passwords(in dsn: String) -> [String] {
        var found: [String] = []
        _ = redactingKeyword("password", in: redactingURIPasswords(dsn, with: "***", found: &found), with: "***", found: &found)
        var all: [String] = []
        for f in found {
            all.append(f)
            if let decoded = f.removingPercentEncoding, decoded != f { all.append(decoded) }
            // A libpq-quoted value holds the password between its quotes, with backslash escapes.
            if f.hasPrefix("'") {
                var inner = Substring(f).dropFirst()
                if inner.hasSuffix("'") { inner = inner.dropLast() }
                all.append(inner.replacingOccurrences(of: "\\'", with: "'"))
            }
        }
        return all.filter { !$0.isEmpty }
    }

    /// A command line as history keeps it: each `import odoo` connection string in it without
    /// its password, everything else as typed.
    public static func redactedCommands(in line: String) -> String { redactingCommands(in: line, starred: false).text }

    /// The line with each `import odoo` connection string's password starred (or, not
    /// `starred`, left out), and where a byte offset of `line` lands in the new text (so that
    /// a diagnostic's caret still points at the same token).
    public static func redactingCommands(in line: String, starred: Bool = true) -> (text: String, offset: (Int) -> Int) {
        let redact: (String) -> String = { starred ? redacted($0) : withoutPassword($0) }
        guard line.range(of: "odoo", options: .caseInsensitive) != nil else { return (line, { $0 }) }
        guard let commands = try? Lexer.commands(Lexer.tokenize(line)) else { return (redact(line), { $0 }) }
        var bytes = Array(line.utf8)
        var edits: [(start: Int, end: Int, delta: Int)] = []
        // From the last, so that earlier ranges stay where they are.
        for tokens in commands.reversed() {
            guard tokens.count >= 3, tokens[0].isKeyword("import"), tokens[1].isKeyword("odoo") else { continue }
            let dsn = tokens[2]
            let shown = redact(dsn.text)
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

    /// `postgres://user:secret@host` → `postgres://user:***@host` (or `postgres://user@host`
    /// without a `replacement`), wherever such a URI appears in `text`.
    private static func redactingURIPasswords(_ text: String, with replacement: String?, found: inout [String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', space or quote; its user info at the last '@' in it.
            let authorityEnd = rest.firstIndex { "/? \t\"'".contains($0) } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                found.append(String(authority[authority.index(after: colon)..<at]))
                result += replacement.map { authority[...colon] + $0 } ?? authority[..<colon]
                result += authority[at...]
            } else {
                result += authority
            }
            rest = rest[authorityEnd...]
        }
        return result + rest
    }

    /// Replaces the value of `keyword=value` (a bare word, a libpq `'quoted value'`, or a URI
    /// query parameter up to the next `&`) with `replacement`, or without one drops the
    /// keyword, its value and the separator after them.
    private static func redactingKeyword(
        _ keyword: String, in text: String, with replacement: String?, found: inout [String]
    ) -> String {
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
                    if let replacement {
                        out += chars[i..<j]
                        out += replacement
                    }
                    let value = j
                    if j < chars.count && chars[j] == "'" {
                        // libpq's quoting: backslash escapes, a quote ends it.
                        j += 1
                        while j < chars.count && chars[j] != "'" { j += chars[j] == "\\" ? 2 : 1 }
                        j = min(j + 1, chars.count)
                    } else {
                        while j < chars.count && !" \t&\"".contains(chars[j]) { j += 1 }
                    }
                    found.append(String(chars[value..<j]))
                    if replacement == nil {
                        // Its separator goes too: `a=1 password=x b=2` → `a=1 b=2`, `?password=x&a=1` → `?a=1`.
                        if j < chars.count && (chars[j] == " " || chars[j] == "\t" || chars[j] == "&") {
                            j += 1
                        } else {
                            while let last = out.last, last == " " || last == "\t" || last == "&" { out.removeLast() }
                            if out.last == "?" { out.removeLast() }
                        }
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
