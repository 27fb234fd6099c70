/// Matches candidates against the typed word as they come, keeps the first
/// ones in order, and joins them into a `Completion`.
///
/// Streaming, so that a million record ids cost no array of a million
/// matches: each candidate is matched, folded into the common prefix, and
/// kept only while it can still be among the first `limit`.
struct CandidateRanker {
    /// The most candidates a completion lists; a million ids would drown the screen.
    static let limit = 1_000

    /// The key a candidate and the typed word are matched and sorted by:
    /// NFC, case and accents folded ("Nguyễn" → "nguyen").
    static func key(_ s: String) -> String {
        // Most candidates (ids, keywords, field names) are lower-case ASCII
        // already; one pass over the bytes spares them the normalisers.
        var upper = false
        for b in s.utf8 {
            if b >= 0x80 { return Names.fold(Names.normalized(s)) }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { upper = true }
        }
        return upper ? s.lowercased() : s
    }

    private struct Match {
        var key: String
        var value: String
        var text: String
        var appendSpace: Bool

        static func < (a: Match, b: Match) -> Bool {
            if a.key != b.key { return a.key < b.key }
            if a.value != b.value { return a.value < b.value }
            return a.text < b.text
        }
    }

    let word: TypedWord
    private let typedKey: String
    private var kept: [Match] = []
    /// The last of the first `limit` matches once that many were seen: later ones past it are dropped.
    private var bar: Match?
    /// The common prefix of every match's text, listed or not, so that
    /// inserting it never rules out a candidate past the cap.
    private var common: String?
    /// The text of the first match while every match has had that same text.
    private var only: String?
    private var differ = false

    init(word: TypedWord) {
        self.word = word
        typedKey = CandidateRanker.key(word.text)
    }

    mutating func add(_ c: Candidate) {
        // Quoted, a keyword would be read as a name.
        guard !c.value.isEmpty, word.quote == nil || c.quotable else { return }
        let k = CandidateRanker.key(c.value)
        guard k.hasPrefix(typedKey) else { return }
        let text = c.replacement(quote: word.quote)
        if let common {
            self.common = CandidateRanker.sharedPrefix(common, text)
            if text != only { differ = true }
        } else {
            common = text
            only = text
        }
        let m = Match(key: k, value: c.value, text: text, appendSpace: c.appendSpace)
        if let bar, !(m < bar) { return }
        kept.append(m)
        if kept.count >= 2 * CandidateRanker.limit { trim() }
    }

    mutating func add(_ candidates: [Candidate]) {
        for c in candidates { add(c) }
    }

    /// Sorts the kept matches, drops duplicates and all past the limit.
    private mutating func trim() {
        kept.sort(by: <)
        var unique: [Match] = []
        unique.reserveCapacity(kept.count)
        for m in kept where unique.last?.text != m.text { unique.append(m) }
        kept = Array(unique.prefix(CandidateRanker.limit))
        if kept.count == CandidateRanker.limit { bar = kept.last }
    }

    mutating func completion() -> Completion {
        trim()
        let unique = kept.count == 1 && !differ
        return Completion(
            range: word.range, candidates: kept.map(\.text), commonPrefix: safePrefix(),
            appendSpace: unique && kept[0].appendSpace)
    }

    /// The longest common prefix of two strings, on Character boundaries.
    static func sharedPrefix(_ a: String, _ b: String) -> String {
        if a.isEmpty || b.hasPrefix(a) { return a }
        var end = a.startIndex
        var j = b.startIndex
        while end < a.endIndex, j < b.endIndex, a[end] == b[j] {
            a.formIndex(after: &end)
            b.formIndex(after: &j)
        }
        return String(a[..<end])
    }

    /// The common prefix when it still matches the typed word, else the typed word as it stands.
    private func safePrefix() -> String {
        guard var prefix = common else { return word.source }
        var inner = prefix
        if let quote = prefix.first, quote == "\"" || quote == "'" {
            // A prefix that stops inside an escape would leave a stray backslash.
            if prefix.reversed().prefix(while: { $0 == "\\" }).count % 2 == 1 { prefix.removeLast() }
            inner = CompletionPoint.unescape(ArraySlice(prefix.dropFirst().utf8))
        }
        return CandidateRanker.key(inner).hasPrefix(typedKey) ? prefix : word.source
    }
}
