/// A moment in UTC, in whole seconds since 1970-01-01T00:00:00Z.
///
/// Civil-date arithmetic is done here by hand (Howard Hinnant's algorithms)
/// because Foundation's Calendar is slow per call and the ledger holds
/// millions of times.
public struct Timestamp: Sendable, Hashable, Comparable {
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    public static let secondsPerDay: Int64 = 86_400

    /// The timestamp of a civil date and time; nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...12).contains(month), day >= 1, day <= Timestamp.daysIn(month: month, year: year),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil parts of this moment.
    public var civil: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secs = Int(seconds - days * 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = Int(doy - (153 * mp + 2) / 5 + 1)
        let m = Int(mp < 10 ? mp + 3 : mp - 9)
        let y = Int(yoe + era * 400) + (m <= 2 ? 1 : 0)
        return (y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
    }

    /// 00:00 of this moment's day.
    public var startOfDay: Timestamp {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return Timestamp(seconds: days * 86_400)
    }

    /// ISO-8601 UTC, the form CSV and JSON carry: `2026-03-02T10:15:00Z`.
    public var iso8601: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    /// The form tables show: the date alone at midnight, else date and time.
    public var display: String {
        let c = civil
        let date = "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))"
        if c.hour == 0 && c.minute == 0 && c.second == 0 { return date }
        let time = "\(pad(c.hour)):\(pad(c.minute))"
        return c.second == 0 ? "\(date) \(time)" : "\(date) \(time):\(pad(c.second))"
    }

    /// The date part alone: `2026-03-02`.
    public var dateText: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))"
    }
}

@inline(__always)
func pad(_ value: Int, _ width: Int = 2) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
