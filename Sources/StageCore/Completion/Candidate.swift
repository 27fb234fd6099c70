/// One thing Tab may offer, before it is matched, quoted and ranked.
struct Candidate {
    /// The text matched against what was typed: a name without quotes, a keyword, a path.
    var value: String
    /// Text written after the (possibly quoted) value: `=` for `FIELD=`, `(` for `month(`.
    var suffix = ""
    /// Whether the value may be written as a quoted string.
    ///
    /// Keywords and command names may not: quoted, they would be read as names.
    var quotable: Bool
    var appendSpace = true
    /// Whether a quoted value stays open for more typing (a directory path).
    var leavesQuoteOpen = false

    /// A keyword, command word or operator, written as is.
    static func word(_ w: String) -> Candidate { Candidate(value: w, quotable: false) }

    /// A name or value, quoted when the lexer would not read it back whole.
    static func name(_ n: String) -> Candidate { Candidate(value: n, quotable: true) }

    /// A field name on the left of an assignment: `owner=`, `"Deal Size"=`.
    static func assignment(_ field: String) -> Candidate {
        Candidate(value: field, suffix: "=", quotable: true, appendSpace: false)
    }

    /// A file path; a directory (ending in `/`) waits for the rest of the path.
    static func path(_ p: String) -> Candidate {
        let directory = p.hasSuffix("/")
        return Candidate(value: p, quotable: true, appendSpace: !directory, leavesQuoteOpen: directory)
    }

    /// The text that replaces the typed word: quoted like the typed word when
    /// it opened a quote, else only when the value needs quoting.
    func replacement(quote: Character?) -> String {
        guard quotable else { return value + suffix }
        var body: String
        if let quote {
            body = String(quote)
            for c in value {
                switch c {
                case "\\": body += "\\\\"
                case "\n": body += "\\n"
                case "\t": body += "\\t"
                case quote: body += "\\" + String(c)
                default: body.append(c)
                }
            }
            if !leavesQuoteOpen { body.append(quote) }
        } else {
            body = Quoting.quoteIfNeeded(value)
            if leavesQuoteOpen && body != value { body.removeLast() }
        }
        return body + suffix
    }
}
