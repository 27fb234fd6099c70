import Foundation

/// One language's texts: every message's template, keyed by message id, and
/// the words it translates.
///
/// A catalogue is a text file in `Catalogues/`, one entry per line:
///
/// ```
/// # a comment
/// unknownStage = unknown stage {1}
/// helpDetails.funnel = Reached counts records that entered the stage at least once,
///     | with the share of the first stage and of the previous one.
/// word.lead = khách hàng tiềm năng
/// ```
///
/// The text is what follows ` = ` to the end of the line (trailing blanks
/// dropped); a line starting with blanks and `| ` continues the entry on a new
/// line. `Template` says what the braces mean. Keys that are not message ids
/// are terms: `word.X` translates a word a message carries, `field.X` a field's
/// heading, `period.X` a period's name, `help.X` and `helpDetails.X` a
/// command's help.
struct Catalogue: Sendable {
    /// The language's code (`en`, `vi`): its `language.code` entry.
    let code: String
    let templates: [String: Template]
    /// Where each key is, for a catalogue's tests and errors.
    let lines: [String: Int]

    /// The catalogue a file's bytes hold, or the first line that is not an entry.
    init(_ bytes: [UInt8]) throws(CatalogueError) {
        var templates: [String: Template] = [:]
        var lines: [String: Int] = [:]
        var sources: [String: String] = [:]
        var last: String?
        for (n, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.last == "\r" ? raw.dropLast() : raw[...]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.first == "|", trimmed.count < line.count {
                guard let key = last else { throw CatalogueError(line: n + 1, reason: "a continuation before any entry") }
                let text = trimmed.dropFirst()
                sources[key]! += "\n" + String(text.first == " " ? text.dropFirst() : text).trailingBlanksDropped
                continue
            }
            guard let equals = line.range(of: " = ") ?? (line.hasSuffix(" =") ? line.range(of: " =", options: .backwards) : nil) else {
                throw CatalogueError(line: n + 1, reason: "expected KEY = TEXT")
            }
            let key = String(line[..<equals.lowerBound])
            guard !key.isEmpty, !key.contains(" "), sources[key] == nil else {
                throw CatalogueError(line: n + 1, reason: sources[key] == nil ? "a key is one word" : "\(key) is given twice")
            }
            sources[key] = String(line[equals.upperBound...]).trailingBlanksDropped
            lines[key] = n + 1
            last = key
        }
        for (key, source) in sources {
            do throws(TemplateError) {
                templates[key] = try Template(source)
            } catch {
                throw CatalogueError(line: lines[key] ?? 0, reason: "\(key): \(error.reason)")
            }
        }
        guard case .literal(let code)? = templates["language.code"]?.parts.first else {
            throw CatalogueError(line: 0, reason: "no language.code entry")
        }
        self.code = code
        self.templates = templates
        self.lines = lines
    }

    /// The text of a term (`word.lead`, `field.owner`), if this catalogue has it.
    func term(_ key: String) -> String? { templates[key].map { $0.fill([], words: { _, _ in nil }) } }

    /// A message in this language; an id the catalogue lacks is said in English.
    func text(_ message: Message) -> String {
        guard let template = templates[message.id.rawValue] else {
            return code == Language.english.code ? message.id.rawValue : Language.english.catalogue.text(message)
        }
        let values = message.arguments.map(render)
        return template.fill(values) { index, form in
            guard index <= message.arguments.count, case .word(let w) = message.arguments[index - 1] else { return nil }
            return term("word.\(w).\(form)")
        }
    }

    /// One value of a message, as this language says it.
    func render(_ argument: MessageArgument) -> String {
        switch argument {
        case .text(let t): return t
        case .word(let w): return term("word.\(w)") ?? w
        case .message(let m): return m.map { $0.text(in: Language(self)) } ?? ""
        case .quoted(let s):
            if s.utf8.count > 80 { return text(Message(.quotedLong, .text(String(s.prefix(60))), .text(String(s.count)))) }
            return text(Message(.quoted, .text(s)))
        }
    }
}

/// Why a catalogue file could not be read: a mistake in the file, found by its tests.
struct CatalogueError: Error, Sendable, CustomStringConvertible {
    let line: Int
    let reason: String
    var description: String { "line \(line): \(reason)" }
}

extension String {
    fileprivate var trailingBlanksDropped: String {
        var s = Substring(self)
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
