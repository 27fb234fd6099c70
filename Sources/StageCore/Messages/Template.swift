/// One message's text in one language, with places for its values.
///
/// `{1}` is the first value; `{1:a}` a word's form named `a` (`a lead`,
/// `an opportunity` in English); `{1|one|other}` the first text when the value
/// is 1 and the second otherwise (English plurals; `other` may hold `{1}`);
/// `{1?text}` the text when the value is not empty. `\{`, `\}`, `\|`, `\\` and
/// `\n` stand for themselves and a newline.
struct Template: Sendable {
    indirect enum Part: Sendable {
        case literal(String)
        case value(Int, form: String?)
        case choice(Int, one: [Part], other: [Part])
        case ifPresent(Int, [Part])
    }

    let parts: [Part]

    /// The template of `source`, or why it is not one.
    init(_ source: String) throws(TemplateError) {
        // Most texts (help, terms) are plain: no need to read them a character at a time.
        if !source.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "\\") }) {
            parts = source.isEmpty ? [] : [.literal(source)]
            return
        }
        var scalars = Array(source.unicodeScalars)[...]
        parts = try Template.parse(&scalars, until: [])
        if !scalars.isEmpty { throw TemplateError("unexpected \"\(scalars.first!)\"") }
    }

    /// A text with no places, said as it is.
    init(literal text: String) { parts = text.isEmpty ? [] : [.literal(text)] }

    /// The highest value index the template uses (0 when none).
    var arity: Int { Template.arity(parts) }

    /// The value indexes the template uses.
    var indexes: Set<Int> { Template.indexes(parts) }

    private static func indexes(_ parts: [Part]) -> Set<Int> {
        var out = Set<Int>()
        for p in parts {
            switch p {
            case .literal: break
            case .value(let i, _): out.insert(i)
            case .choice(let i, let one, let other): out.insert(i); out.formUnion(indexes(one)); out.formUnion(indexes(other))
            case .ifPresent(let i, let inner): out.insert(i); out.formUnion(indexes(inner))
            }
        }
        return out
    }

    private static func arity(_ parts: [Part]) -> Int { indexes(parts).max() ?? 0 }

    private static func parse(_ s: inout ArraySlice<Unicode.Scalar>, until stops: Set<Unicode.Scalar>) throws(TemplateError) -> [Part] {
        var parts: [Part] = []
        var text = String.UnicodeScalarView()
        func flush() { if !text.isEmpty { parts.append(.literal(String(text))); text = String.UnicodeScalarView() } }
        while let c = s.first {
            if stops.contains(c) { break }
            s.removeFirst()
            switch c {
            case "\\":
                guard let e = s.popFirst() else { throw TemplateError("a \\ at the end") }
                text.append(e == "n" ? "\n" : e)
            case "{":
                flush()
                var digits = ""
                while let d = s.first, d.properties.numericType != nil { digits.unicodeScalars.append(d); s.removeFirst() }
                guard let index = Int(digits), index > 0 else { throw TemplateError("{ without a value number") }
                switch s.popFirst() {
                case "}": parts.append(.value(index, form: nil))
                case ":":
                    var form = ""
                    while let f = s.first, f != "}" { form.unicodeScalars.append(f); s.removeFirst() }
                    guard s.popFirst() == "}" else { throw TemplateError("unclosed {\(index):") }
                    parts.append(.value(index, form: form))
                case "|":
                    let one = try parse(&s, until: ["|"])
                    guard s.popFirst() == "|" else { throw TemplateError("{\(index)| needs two choices") }
                    let other = try parse(&s, until: ["}"])
                    guard s.popFirst() == "}" else { throw TemplateError("unclosed {\(index)|") }
                    parts.append(.choice(index, one: one, other: other))
                case "?":
                    let inner = try parse(&s, until: ["}"])
                    guard s.popFirst() == "}" else { throw TemplateError("unclosed {\(index)?") }
                    parts.append(.ifPresent(index, inner))
                default: throw TemplateError("unclosed {\(index)")
                }
            default:
                text.append(c)
            }
        }
        flush()
        return parts
    }

    /// The text with the values put in; `render` says a value, `form` a word's form.
    func fill(_ values: [String], words: (Int, String) -> String?) -> String {
        var out = ""
        Template.fill(parts, values, words, into: &out)
        return out
    }

    private static func fill(_ parts: [Part], _ values: [String], _ words: (Int, String) -> String?, into out: inout String) {
        for p in parts {
            switch p {
            case .literal(let t): out += t
            case .value(let i, let form):
                out += form.flatMap { words(i, $0) } ?? (i <= values.count ? values[i - 1] : "")
            case .choice(let i, let one, let other):
                fill(i <= values.count && values[i - 1] == "1" ? one : other, values, words, into: &out)
            case .ifPresent(let i, let inner):
                if i <= values.count && !values[i - 1].isEmpty { fill(inner, values, words, into: &out) }
            }
        }
    }
}

/// Why a catalogue's text is not a template.
struct TemplateError: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
