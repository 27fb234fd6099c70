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
    /// The file, whose bytes most texts are read from when said.
    private let bytes: [UInt8]
    /// Each key's text as the file writes it: where it stands in `bytes`, or (for a text over
    /// several lines) the text joined; a template is read from it when it is said.
    private let sources: [String: Source]
    /// Where each key is, for a catalogue's tests and errors.
    let lines: [String: Int]

    fileprivate enum Source: Sendable {
        case bytes(Range<Int>)
        case text(String)
    }

    /// The catalogue a file's bytes hold, or the first line that is not an entry.
    ///
    /// Read as bytes, not as `String` lines: every catalogue is read at start-up.
    init(_ bytes: [UInt8]) throws(CatalogueError) {
        let estimate = bytes.count / 48
        var lines: [String: Int] = Dictionary(minimumCapacity: estimate)
        var sources: [String: Source] = Dictionary(minimumCapacity: estimate)
        var last: String?
        for (number, line) in Catalogue.lines(of: bytes) {
            let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
            if trimmed.first == UInt8(ascii: "|"), trimmed.count < line.count {
                guard let key = last else { throw CatalogueError(line: number, reason: "a continuation before any entry") }
                var text = trimmed.dropFirst()
                if text.first == UInt8(ascii: " ") { text = text.dropFirst() }
                sources[key] = .text(Catalogue.text(bytes, sources[key]!) + "\n" + Catalogue.text(text))
                continue
            }
            guard let equals = Catalogue.separator(line) else { throw CatalogueError(line: number, reason: "expected KEY = TEXT") }
            let key = String(decoding: line[line.startIndex..<equals], as: UTF8.self)
            guard !key.isEmpty, !key.contains(" "), sources[key] == nil else {
                throw CatalogueError(line: number, reason: sources[key] == nil ? "a key is one word" : "\(key) is given twice")
            }
            sources[key] = .bytes(Catalogue.trimmed(line[min(equals + 3, line.endIndex)...]))
            lines[key] = number
            last = key
        }
        guard let code = sources["language.code"].map({ Catalogue.text(bytes, $0) }), !code.isEmpty else {
            throw CatalogueError(line: 0, reason: "no language.code entry")
        }
        self.code = code
        self.bytes = bytes
        self.sources = sources
        self.lines = lines
    }

    /// The `language.code` a catalogue file's bytes give, found without reading the rest.
    static func code(of bytes: [UInt8]) -> String? {
        let marker = Array("language.code = ".utf8)
        return lines(of: bytes).first { $0.1.starts(with: marker) }.map { text($0.1.dropFirst(marker.count)) }
    }

    /// A file's lines, numbered from 1, without their line ends (`\n` or `\r\n`).
    fileprivate static func lines(of bytes: [UInt8]) -> some Sequence<(Int, ArraySlice<UInt8>)> {
        AnySequence { () -> AnyIterator<(Int, ArraySlice<UInt8>)> in
            var start = 0
            var number = 0
            return AnyIterator { () -> (Int, ArraySlice<UInt8>)? in
                guard start < bytes.count else { return nil }
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                var line = bytes[start..<end]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                start = end + 1
                number += 1
                return (number, line)
            }
        }
    }

    /// Every key the catalogue holds.
    var keys: [String] { Array(sources.keys) }

    /// The template of `key`, read only when it is said.
    ///
    /// A session says a handful of the catalogue's texts; reading all of them would cost every
    /// start. A text that is not a template (which `check` and the tests catch) is said as written.
    func template(_ key: String) -> Template? {
        guard let source = sources[key].map({ Catalogue.text(bytes, $0) }) else { return nil }
        return (try? Template(source)) ?? Template(literal: source)
    }

    /// Reads every text as a template: the first that is not one, with its line.
    func check() throws(CatalogueError) {
        for (key, source) in sources {
            do throws(TemplateError) {
                _ = try Template(Catalogue.text(bytes, source))
            } catch {
                throw CatalogueError(line: lines[key] ?? 0, reason: "\(key): \(error.reason)")
            }
        }
    }

    /// The text of a term (`word.lead`, `field.owner`), if this catalogue has it.
    func term(_ key: String) -> String? { template(key).map { $0.fill([], words: { _, _ in nil }) } }
}

/// Why a catalogue file could not be read: a mistake in the file, found by its tests.
struct CatalogueError: Error, Sendable, CustomStringConvertible {
    let line: Int
    let reason: String
    var description: String { "line \(line): \(reason)" }
}

extension Catalogue {
    /// Where ` = ` parts a line's key from its text (a line may end in ` =`: an empty text).
    fileprivate static func separator(_ line: ArraySlice<UInt8>) -> Int? {
        var i = line.startIndex
        while i + 1 < line.endIndex {
            if line[i] == UInt8(ascii: " ") && line[i + 1] == UInt8(ascii: "=")
                && (i + 2 == line.endIndex || line[i + 2] == UInt8(ascii: " "))
            {
                return i
            }
            i += 1
        }
        return nil
    }

    /// A text as a catalogue line holds it, its trailing blanks dropped.
    fileprivate static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes[trimmed(bytes)], as: UTF8.self)
    }

    /// Where a text stands in a line, its trailing blanks dropped.
    fileprivate static func trimmed(_ bytes: ArraySlice<UInt8>) -> Range<Int> {
        var end = bytes.endIndex
        while end > bytes.startIndex && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        return bytes.startIndex..<end
    }

    /// The text a source holds.
    fileprivate static func text(_ bytes: [UInt8], _ source: Source) -> String {
        switch source {
        case .bytes(let range): return String(decoding: bytes[range], as: UTF8.self)
        case .text(let text): return text
        }
    }
}
