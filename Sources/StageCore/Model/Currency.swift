/// A currency as records carry it: its ISO 4217 code (`USD`, `EUR`, `VND`).
///
/// Sums never add two currencies; a report whose records have several
/// splits its value columns by currency.
enum Currency {
    /// Symbols that stand for one currency only where CRMs write them.
    static let symbols: [String: String] = ["$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₫": "VND", "₹": "INR", "₩": "KRW"]

    /// The code a text names: three letters in any case, or a known symbol; nil otherwise.
    static func code(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let code = symbols[t] { return code }
        guard t.count == 3, t.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return nil }
        return t.uppercased()
    }
}
