/// A span of time as written after `in`, `since` or `until`: `last month`, `next quarter`,
/// `2026`, `2026-Q4`, `2026-11` or `2026-11-29`.
///
/// Relative periods are whole calendar units around the session clock (UTC; weeks start on
/// Monday), so `last month` on 2026-11-29 is 2026-10-01 up to 2026-11-01.
public enum PeriodSpec: Sendable, Equatable {
    /// `this` (0), `last` (-1) or `next` (1) `unit`.
    case relative(offset: Int, unit: Period)
    case year(Int)
    case quarter(year: Int, quarter: Int)
    case month(year: Int, month: Int)
    case day(year: Int, month: Int, day: Int)

    /// The words before a unit in a relative period, with their offsets.
    static let relativeWords: [String: Int] = ["this": 0, "last": -1, "next": 1]

    /// The half-open interval [start, end) this period covers for a session whose clock reads `now`.
    public func interval(now: Timestamp) -> (start: Timestamp, end: Timestamp) {
        switch self {
        case .year(let y):
            return (Self.civil(y, 1, 1), Self.civil(y + 1, 1, 1))
        case .quarter(let y, let q):
            return (Self.civil(y, 3 * q - 2, 1), Self.monthStart(y, 3 * q + 1))
        case .month(let y, let m):
            return (Self.civil(y, m, 1), Self.monthStart(y, m + 1))
        case .day(let y, let m, let d):
            let start = Self.civil(y, m, d)
            return (start, Timestamp(seconds: start.seconds + Timestamp.secondsPerDay))
        case .relative(let offset, let unit):
            let c = now.civil
            switch unit {
            case .day:
                let start = now.startOfDay.seconds + Int64(offset) * Timestamp.secondsPerDay
                return (Timestamp(seconds: start), Timestamp(seconds: start + Timestamp.secondsPerDay))
            case .week:
                let days = now.startOfDay.seconds / Timestamp.secondsPerDay
                let weekday = ((days + 3) % 7 + 7) % 7  // Monday = 0; 1970-01-01 was a Thursday
                let start = (days - weekday + Int64(7 * offset)) * Timestamp.secondsPerDay
                return (Timestamp(seconds: start), Timestamp(seconds: start + 7 * Timestamp.secondsPerDay))
            case .month:
                return (Self.monthStart(c.year, c.month + offset), Self.monthStart(c.year, c.month + offset + 1))
            case .quarter:
                let first = (c.month - 1) / 3 * 3 + 1 + 3 * offset
                return (Self.monthStart(c.year, first), Self.monthStart(c.year, first + 3))
            case .year:
                return (Self.civil(c.year + offset, 1, 1), Self.civil(c.year + offset + 1, 1, 1))
            }
        }
    }

    /// The first moment of month `month` of `year`, where a month outside 1...12 rolls into a
    /// neighbouring year (13 is next January, 0 last December).
    static func monthStart(_ year: Int, _ month: Int) -> Timestamp {
        let m0 = month - 1
        let y = year + (m0 >= 0 ? m0 / 12 : (m0 - 11) / 12)
        return civil(y, m0 - (y - year) * 12 + 1, 1)
    }

    private static func civil(_ y: Int, _ m: Int, _ d: Int) -> Timestamp {
        Timestamp(seconds: Timestamp.daysFromCivil(year: y, month: m, day: d) * Timestamp.secondsPerDay)
    }

    /// Reads a period written as one token (`2026`, `2026-Q4`, `2026-11`, `2026-11-29`, or the two words `last month` joined by the parser); nil when
    /// the text is no period at all.
    ///
    /// Throws for a period-shaped text that names none (`2026-Q5`, `2026-13`). With `namedDays`, `today`, `yesterday`
    /// and `tomorrow` are days too (after `in`; elsewhere they are moments).
    static func parse(_ token: Token, namedDays: Bool = false) throws(Diagnostic) -> PeriodSpec? {
        let text = token.text
        if namedDays, let offset = ["yesterday": -1, "today": 0, "tomorrow": 1][text.lowercased()] {
            return .relative(offset: offset, unit: .day)
        }
        let words = text.lowercased().split(separator: " ")
        if words.count == 2, let offset = relativeWords[String(words[0])] {
            guard let unit = Period(rawValue: String(words[1])) else {
                throw Diagnostic(
                    Message.unknownPeriod(String(words[1])), at: token.range,
                    hint: Message.hintOneOf(Period.allCases.map(\.rawValue)))
            }
            return .relative(offset: offset, unit: unit)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), first.allSatisfy(\.isASCII) else { return nil }
        func number(_ s: Substring, digits: Int) -> Int? {
            s.count == digits && s.allSatisfy { $0.isASCII && $0.isNumber } ? Int(s) : nil
        }
        switch parts.count {
        case 1:
            return .year(year)
        case 2 where parts[1].first == "Q" || parts[1].first == "q":
            guard let q = number(parts[1].dropFirst(), digits: 1), (1...4).contains(q) else {
                throw Diagnostic(Message.notAPeriod(text), at: token.range, hint: Message.hintPeriods)
            }
            return .quarter(year: year, quarter: q)
        case 2:
            guard let m = number(parts[1], digits: 2) else { return nil }
            guard (1...12).contains(m) else { throw Diagnostic(Message.notAPeriod(text), at: token.range, hint: Message.hintPeriods) }
            return .month(year: year, month: m)
        case 3:
            guard let m = number(parts[1], digits: 2), let d = number(parts[2], digits: 2) else { return nil }
            guard Timestamp(year: year, month: m, day: d) != nil else {
                throw Diagnostic(Message.impossibleDate(text, year: year, month: m, day: d), at: token.range)
            }
            return .day(year: year, month: m, day: d)
        default:
            return nil
        }
    }
}

extension DateSpec {
    /// Whether `text` may begin a date or a period (`2026-09-01`, `-30d`, `today`, `last month`), so that a clause
    /// that opens with one is told from a keyword.
    static func mayStartMoment(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["today", "yesterday", "tomorrow", "now"].contains(lower) || PeriodSpec.relativeWords[lower] != nil { return true }
        var scalars = lower.unicodeScalars.makeIterator()
        guard var first = scalars.next() else { return false }
        if first == "-" || first == "+" { first = scalars.next() ?? " " }
        return ("0"..."9").contains(first)
    }

    /// A date or a period written as one token (`since 2026-Q3`, `until last month`): a period
    /// means its start, or its end when `atEnd`; a day is a date, 00:00 as everywhere.
    static func moment(_ token: Token, atEnd: Bool) throws(Diagnostic) -> DateSpec {
        if let period = try PeriodSpec.parse(token) {
            if case .day = period {} else { return .period(period, atEnd: atEnd) }
        }
        return try ValueParser.date(token)
    }
}
