import Foundation

/// Finds the nearest known word to a mistyped one, for "did you mean" hints.
public enum Suggest {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        // Nothing long is a typo of a name, and distances cost length squared.
        guard word.utf8.count <= 64 else { return nil }
        let key = Array(Names.fold(word))
        guard !key.isEmpty else { return nil }
        var best: (String, Int)?
        // Sorted, so that ties go the same way on every run (candidates may come from a Set).
        for c in candidates.sorted() {
            let folded = Array(Names.fold(c))
            // A typed prefix of a longer name is the likeliest intent.
            let d = folded.starts(with: key) && key.count >= 3 ? 0 : distance(key, folded)
            if d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        guard let (name, d) = best else { return nil }
        // One edit in a short word, two in a longer one, three beyond.
        let limit = key.count <= 3 ? 1 : key.count <= 8 ? 2 : 3
        return d <= limit ? name : nil
    }

    /// Damerau-Levenshtein (optimal string alignment) distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
