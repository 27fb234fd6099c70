/// An exact money amount, held in hundredths so sums never drift.
///
/// CRM values are currency; two decimals is what Salesforce, HubSpot and Odoo
/// keep by default, and integer cents make `sum(value)` exact up to 9.2e16.
public struct Amount: Sendable, Hashable, Comparable {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(units: Int64) { self.cents = units * 100 }

    public static func < (a: Amount, b: Amount) -> Bool { a.cents < b.cents }

    /// Plain decimal text without grouping: `12000`, `12000.50`, `-3.25`.
    public var plain: String { Amount.format(cents: Int128(cents), grouping: false) }

    /// Decimal text with thousands separators: `12,000`, `1,234.50`.
    public var grouped: String { Amount.format(cents: Int128(cents), grouping: true) }

    /// Formats a wide cent count (sums of many amounts) as decimal text.
    public static func format(cents: Int128, grouping: Bool) -> String {
        let negative = cents < 0
        let magnitude = negative ? -cents : cents
        let whole = magnitude / 100
        let fraction = Int(magnitude % 100)
        var digits = String(whole)
        if grouping && digits.count > 3 {
            var out = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            digits = out
        }
        var text = negative ? "-" + digits : digits
        if fraction != 0 {
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return text
    }
}
