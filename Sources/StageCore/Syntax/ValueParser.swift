/// Reads numbers, dates and durations as the language writes them.
public enum ValueParser {
    /// `12000`, `12_000`, `1.5k`, `2m`, `-3.25`: an exact amount in cents.
    public static func amount(_ token: Token) throws(Diagnostic) -> Amount {
        guard let a = amount(token.text) else {
            throw ThousandsSeparators.diagnostic(token.text, at: token.range)
                ?? Diagnostic(Message.notANumber(token.text), at: token.range, hint: Message.hintNumbers)
        }
        return a
    }

    /// Parses an amount, or nil when the text is not one.
    public static func amount(_ text: String) -> Amount? {
        var bytes = Array(text.utf8.filter { $0 != UInt8(ascii: "_") })
        guard !bytes.isEmpty, text.utf8.first != UInt8(ascii: "_") else { return nil }
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        var scale = 0  // power of ten the suffix multiplies by
        if let last = bytes.last {
            switch last | 0x20 {
            case UInt8(ascii: "k"): scale = 3
            case UInt8(ascii: "m"): scale = 6
            case UInt8(ascii: "b"): scale = 9
            default: break
            }
            if scale > 0 { bytes.removeLast() }
        }
        guard !bytes.isEmpty else { return nil }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var seenPoint = false
        for b in bytes {
            if b == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                digits.append(b - UInt8(ascii: "0"))
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        // cents = digits * 10^(scale + 2 - fractionDigits), exact or refused.
        var exponent = scale + 2 - fractionDigits
        while exponent < 0 {
            guard digits.last == 0 else { return nil }
            digits.removeLast()
            exponent += 1
        }
        var cents: Int64 = 0
        for d in digits {
            let (m, o1) = cents.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            cents = s
        }
        for _ in 0..<exponent {
            let (m, o) = cents.multipliedReportingOverflow(by: 10)
            if o { return nil }
            cents = m
        }
        return Amount(cents: negative ? -cents : cents)
    }

    /// A probability in percent (`35`, `12.5`), as hundredths of a percent.
    public static func probability(_ token: Token) throws(Diagnostic) -> Int {
        let a = try amount(token)
        guard a.cents >= 0 && a.cents <= 10_000 else {
            throw Diagnostic(Message.probabilityRange(token.text), at: token.range)
        }
        return Int(a.cents)
    }

    /// A whole number, such as a `limit` or a rule number: `1000`, `1_000`, `1k`.
    public static func integer(_ token: Token) throws(Diagnostic) -> Int {
        let text = token.text.replacingOccurrences(of: "_", with: "")
        if let n = Int(text) { return n }
        if let a = amount(token.text), a.cents % 100 == 0 { return Int(a.cents / 100) }
        throw ThousandsSeparators.diagnostic(token.text, at: token.range)
            ?? Diagnostic(Message.notAWholeNumber(token.text), at: token.range)
    }

    /// `14d`, `2w`, `36h`, `90m` (minutes): a length of time in seconds.
    public static func duration(_ token: Token) throws(Diagnostic) -> Int64 {
        guard let s = duration(token.text) else {
            throw Diagnostic(Message.notADuration(token.text), at: token.range, hint: Message.hintDurations)
        }
        return s
    }

    static func duration(_ text: String) -> Int64? {
        let lower = text.lowercased()
        guard let unit = lower.last else { return nil }
        let factor: Double
        switch unit {
        case "d": factor = 86_400
        case "w": factor = 7 * 86_400
        case "h": factor = 3_600
        case "m": factor = 60
        default: return nil
        }
        let number = lower.dropLast()
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let n = Double(number), n.isFinite, n < 1e9
        else { return nil }
        return Int64((n * factor).rounded())
    }

    /// A date: `2026-03-02`, `2026-03-02T10:15[:30][Z]`, `today`, `yesterday`,
    /// `tomorrow`, `now`, or an offset from now such as `-30d` or `+2w`.
    public static func date(_ token: Token) throws(Diagnostic) -> DateSpec {
        do {
            return try date(token.text)
        } catch {
            var located = error
            located.range = token.range
            throw located
        }
    }

    /// A date written outside a command (`--now`), read as a command's date is; the diagnostic names no place.
    public static func date(_ text: String) throws(Diagnostic) -> DateSpec {
        switch text.lowercased() {
        case "today": return .startOfToday(offsetDays: 0)
        case "yesterday": return .startOfToday(offsetDays: -1)
        case "tomorrow": return .startOfToday(offsetDays: 1)
        case "now": return .now(offsetSeconds: 0)
        default: break
        }
        if let first = text.first, first == "-" || first == "+", let d = duration(String(text.dropFirst())) {
            return .now(offsetSeconds: first == "-" ? -d : d)
        }
        switch isoTimestamp(text) {
        case .success(let t): return .absolute(t)
        case .failure(let problem):
            throw Diagnostic(problem.message(text), at: nil, hint: problem.isImpossible ? nil : Message.hintDates)
        }
    }

    /// Why a text is not a timestamp.
    public enum DateProblem: Error, Sendable {
        case malformed
        case impossible(year: Int, month: Int, day: Int)
        case badTime

        public var isImpossible: Bool {
            if case .impossible = self { return true }
            return false
        }

        public func message(_ text: String) -> Message {
            switch self {
            case .malformed: return Message.notADate(text)
            case .impossible(let y, let m, let d): return Message.impossibleDate(text, year: y, month: m, day: d)
            case .badTime: return Message.impossibleTime(text)
            }
        }
    }

    /// Reads ISO-8601 UTC: `YYYY-MM-DD`, with `T` or a space and `HH:MM[:SS]`, and an optional `Z`.
    public static func isoTimestamp(_ text: String) -> Result<Timestamp, DateProblem> {
        var text = text
        return text.withUTF8 { isoTimestamp(utf8: $0) }
    }

    /// The byte-level reader behind `isoTimestamp`, also used by CSV import.
    public static func isoTimestamp(utf8 b: UnsafeBufferPointer<UInt8>) -> Result<Timestamp, DateProblem> {
        @inline(__always) func digit(_ i: Int) -> Int? {
            guard i < b.count else { return nil }
            let v = Int(b[i]) - 48
            return (0...9).contains(v) ? v : nil
        }
        @inline(__always) func number(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for i in from..<from + n {
                guard let d = digit(i) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard b.count >= 10, let year = number(0, 4), b[4] == UInt8(ascii: "-"),
            let month = number(5, 2), b[7] == UInt8(ascii: "-"), let day = number(8, 2)
        else { return .failure(.malformed) }
        var hour = 0, minute = 0, second = 0
        var i = 10
        if i < b.count && (b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ")) {
            guard let h = number(i + 1, 2), i + 3 < b.count, b[i + 3] == UInt8(ascii: ":"),
                let m = number(i + 4, 2)
            else { return .failure(.malformed) }
            hour = h; minute = m
            i += 6
            if i < b.count && b[i] == UInt8(ascii: ":") {
                guard let s = number(i + 1, 2) else { return .failure(.malformed) }
                second = s
                i += 3
                // Fractions of a second are dropped: the ledger keeps whole seconds.
                if i < b.count && b[i] == UInt8(ascii: ".") {
                    i += 1
                    while digit(i) != nil { i += 1 }
                }
            }
        }
        // A UTC offset, as APIs write it (`+00:00`, `+0000`, `-05:00`), makes the time UTC.
        var offset = 0
        if i < b.count && b[i] == UInt8(ascii: "Z") {
            i += 1
        } else if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")), let h = number(i + 1, 2) {
            let sign = b[i] == UInt8(ascii: "+") ? 1 : -1
            let colon = i + 3 < b.count && b[i + 3] == UInt8(ascii: ":")
            guard let m = number(i + (colon ? 4 : 3), 2), h <= 23, m <= 59 else { return .failure(.malformed) }
            offset = sign * (h * 3_600 + m * 60)
            i += colon ? 6 : 5
        }
        guard i == b.count else { return .failure(.malformed) }
        guard (1...12).contains(month), day >= 1, day <= Timestamp.daysIn(month: month, year: year) else {
            return .failure(.impossible(year: year, month: month, day: day))
        }
        guard let t = Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second),
            second < 60
        else { return .failure(.badTime) }
        return .success(offset == 0 ? t : Timestamp(seconds: t.seconds - Int64(offset)))
    }
}
