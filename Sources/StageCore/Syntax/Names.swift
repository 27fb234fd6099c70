import Foundation

/// How names are compared: case-insensitively after Unicode NFC normalisation.
public enum Names {
    /// The key two names share when they match: NFC, lower-cased.
    public static func key(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// A key that also ignores accents (`~` and suggestions): "Đã liên hệ" → "da lien he".
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
    }

    /// `s` in NFC, the form names are stored in.
    public static func normalized(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return s.precomposedStringWithCanonicalMapping
    }
}
