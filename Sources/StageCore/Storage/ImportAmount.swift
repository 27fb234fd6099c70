/// Reads an amount as CRMs and spreadsheets write it into an export.
///
/// Beyond the plain `1234.56`: a currency symbol or ISO code before or after
/// (`$1,234.56`, `USD 1,234.56`, `1.234,56 €`, `45000000 ₫`), thousands
/// separators, a decimal comma, and more than two decimals (currency
/// conversion writes `9225.225`), rounded half-even to the cent as a ledger
/// would. A negative amount or anything else is not an amount.
enum ImportAmount {
    /// What a field holds: cents, and whether they had to be rounded.
    struct Reading: Equatable {
        var cents: Int64
        var rounded: Bool
        var negative = false
        /// The currency the text names (`USD 1,234.56`, `1.234,56 €`), as an ISO code.
        var currency: String?
    }

    /// Currency symbols that stand before or after the number.
    private static let symbols: [String] = ["$", "€", "£", "¥", "₫", "₹", "₩", "₽", "₺", "฿", "₱", "R$", "CHF", "kr"]

    /// The amount in `text`, or nil when it is not one.
    static func read(_ text: String) -> Reading? {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        // A currency before or after: a symbol, or three capital letters apart from the number.
        var currency: String?
        for sym in symbols {
            if s.hasPrefix(sym) { s = s.dropFirst(sym.count) } else if s.hasSuffix(sym) { s = s.dropLast(sym.count) } else { continue }
            currency = Currency.symbols[sym]
            break
        }
        s = Substring(s.trimmingCharacters(in: .whitespaces))
        if s.count > 4, let space = s.firstIndex(of: " "), s.distance(from: s.startIndex, to: space) == 3,
            s[..<space].allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            currency = String(s[..<space])
            s = s[s.index(after: space)...]
        } else if s.count > 4, let space = s.lastIndex(of: " "), s.distance(from: space, to: s.endIndex) == 4,
            s[s.index(after: space)...].allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            currency = String(s[s.index(after: space)...])
            s = s[..<space]
        }
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        } else if s.first == "(" && s.last == ")" {
            // Accounting style: (1,234.00) is negative.
            negative = true
            s = s.dropFirst().dropLast()
        }
        guard let (whole, fraction) = split(s) else { return nil }
        guard whole.count <= 15, !(whole.isEmpty && fraction.isEmpty) else { return nil }
        var cents: Int64 = 0
        for d in whole { cents = cents * 10 + Int64(d) }
        let kept = fraction.prefix(2)
        for d in kept { cents = cents * 10 + Int64(d) }
        for _ in kept.count..<2 { cents *= 10 }
        let rest = fraction.dropFirst(2)
        var rounded = false
        if !rest.isEmpty && rest.contains(where: { $0 != 0 }) {
            rounded = true
            // Half-even: above half rounds up, exactly half rounds to the even cent.
            let first = rest.first!
            let beyond = rest.dropFirst().contains { $0 != 0 }
            if first > 5 || (first == 5 && (beyond || cents % 2 == 1)) { cents += 1 }
        }
        return Reading(cents: cents, rounded: rounded, negative: negative && cents != 0, currency: currency)
    }

    /// The digits before and after the decimal separator, thousands separators dropped.
    ///
    /// A `.` is the decimal point unless it occurs twice (`1.234.567`) or a
    /// `,` follows it (`1.234,56`); a `,` is a thousands separator when groups
    /// of three digits follow each, else the decimal comma (`1234,5`).
    private static func split(_ s: Substring) -> (whole: [UInt8], fraction: [UInt8])? {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        let dots = bytes.indices.filter { bytes[$0] == UInt8(ascii: ".") }
        let commas = bytes.indices.filter { bytes[$0] == UInt8(ascii: ",") }
        let spaces = bytes.indices.filter { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "'") }
        var decimal: Int?
        var thousands: [Int] = spaces
        switch (dots.count, commas.count) {
        case (0, 0): break
        case (1, 0): decimal = dots[0]
        case (_, 0): thousands += dots
        case (0, 1):
            // "1,234" is a thousand; "1234,5" and "1,23" use a decimal comma.
            let after = bytes.count - commas[0] - 1
            if after == 3 && commas[0] > 0 && commas[0] <= 3 { thousands += commas } else { decimal = commas[0] }
        case (0, _): thousands += commas
        default:
            guard let lastDot = dots.last, let lastComma = commas.last else { return nil }
            if lastDot > lastComma {
                guard dots.count == 1 else { return nil }
                decimal = lastDot
                thousands += commas
            } else {
                guard commas.count == 1 else { return nil }
                decimal = lastComma
                thousands += dots
            }
        }
        // Thousands separators stand between groups of three digits.
        let wholeEnd = decimal ?? bytes.count
        let groupMarks = thousands.sorted()
        if !groupMarks.isEmpty {
            guard groupMarks.first! > 0, groupMarks.first! <= 3, groupMarks.last! < wholeEnd else { return nil }
            var previous = groupMarks.first!
            for m in groupMarks.dropFirst() {
                guard m - previous == 4 else { return nil }
                previous = m
            }
            guard wholeEnd - previous == 4 else { return nil }
        }
        var whole: [UInt8] = [], fraction: [UInt8] = []
        for (i, b) in bytes.enumerated() {
            if i == decimal || thousands.contains(i) { continue }
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
            if let decimal, i > decimal { fraction.append(b - 48) } else { whole.append(b - 48) }
        }
        while whole.first == 0 && whole.count > 1 { whole.removeFirst() }
        if decimal != nil && fraction.isEmpty && whole.isEmpty { return nil }
        return (whole, fraction)
    }
}
