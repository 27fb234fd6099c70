import Foundation
import StageTestSupport
import Testing

@testable import StageCore

@Suite struct ValueParserTests {
    static func word(_ text: String) -> Token { Token(.word, text, SourceRange(0, text.utf8.count)) }

    static func ts(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0, _ s: Int = 0) -> Timestamp {
        Timestamp(year: y, month: m, day: d, hour: h, minute: min, second: s)!
    }

    // MARK: amounts

    @Test(
        arguments: [
            ("12000", 1_200_000), ("12_000", 1_200_000), ("1_000_000", 100_000_000),
            ("1.5k", 150_000), ("1.5K", 150_000), ("2m", 200_000_000), ("2M", 200_000_000), ("1.2m", 120_000_000),
            ("1b", 100_000_000_000), ("0.5", 50), ("0.05", 5), (".5", 50), ("12.34", 1_234), ("12.3", 1_230),
            ("0", 0), ("-3.25", -325), ("+7", 700), ("1.2345k", 123_450), ("1.23456k", 123_456), ("12.340", 1_234), ("45k", 4_500_000),
            ("92233720368547758.07", Int64.max),
        ] as [(String, Int64)])
    func amount(_ text: String, _ cents: Int64) {
        #expect(ValueParser.amount(text) == Amount(cents: cents))
    }

    @Test(arguments: [
        "12.345", "0.001", "1.234567k", "0.000001k",  // more than two decimals
        "92233720368547758.08", "100000000000000000", "99999999999b", "9999999999999999999999",  // overflow
        "", "abc", "k", "12x", "1.2.3", ".", "1,000", "_12", "-", "1e3", "12 000", "--1",
    ])
    func amountRefused(_ text: String) {
        #expect(ValueParser.amount(text) == nil)
    }

    @Test func amountTokenDiagnostic() {
        #expect {
            _ = try ValueParser.amount(Token(.word, "12.345", SourceRange(4, 10)))
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.message == Message.notANumber("12.345") && d.range == SourceRange(4, 10) && d.hints == [Message.hintNumbers]
        }
    }

    @Test(arguments: [("35", 3_500), ("12.5", 1_250), ("0", 0), ("100", 10_000)] as [(String, Int)])
    func probability(_ text: String, _ hundredths: Int) throws {
        #expect(try ValueParser.probability(Self.word(text)) == hundredths)
    }

    @Test(arguments: ["101", "-1", "abc", "12.345"])
    func probabilityRefused(_ text: String) {
        #expect(throws: Diagnostic.self) { try ValueParser.probability(Self.word(text)) }
    }

    // Whole numbers are written as every number is (`limit 1k`, `generate 1m`), as long as they are whole.
    @Test(
        arguments: [("10", 10), ("1_000", 1_000), ("0", 0), ("-1", -1), ("1k", 1_000), ("1.5k", 1_500), ("2m", 2_000_000)]
            as [(String, Int)])
    func integer(_ text: String, _ value: Int) throws {
        #expect(try ValueParser.integer(Self.word(text)) == value)
    }

    @Test(arguments: ["ten", "1.5", "1.0001k", "", "k"])
    func integerRefused(_ text: String) {
        #expect(throws: Diagnostic.self) { try ValueParser.integer(Self.word(text)) }
    }

    // MARK: thousands separators

    @Test(arguments: [
        ("100,000", ["100k", "100_000"]), ("1,500,000", ["1.5m", "1_500_000"]), ("1,250,000", ["1.25m", "1_250_000"]),
        ("1,234,567", ["1_234_567"]), ("-2,500", ["-2.5k", "-2_500"]), ("+2,500", ["2.5k", "2_500"]),
        ("1,000.50", ["1_000.50"]), ("500,000", ["500k", "500_000"]), ("3,000,000,000", ["3b", "3_000_000_000"]),
        ("1.000.000", ["1m", "1_000_000"]), ("1 000 000", ["1m", "1_000_000"]),
        ("1\u{00A0}000", ["1k", "1_000"]), ("12\u{202F}500", ["12.5k", "12_500"]),
    ])
    func thousandsForms(_ text: String, _ forms: [String]) {
        #expect(ThousandsSeparators.forms(text) == forms)
    }

    // A single point is a decimal point; groups other than the first are three digits; one kind of separator.
    @Test(arguments: ["1.000", "1.5", "1000", "1,00", "1,0000", "1234,000", ",000", "1,000 000", "1,000.", "1.000.000.5", "abc", "", "1,000x"])
    func notThousands(_ text: String) {
        #expect(ThousandsSeparators.forms(text) == nil)
    }

    /// The line, where its parse fails, and the diagnostic's range and hint.
    @Test(arguments: [
        ("count where value > 100,000", SourceRange(20, 27), "100k or 100_000"),
        ("count where value > 1 000 000 and stage = Won", SourceRange(20, 29), "1m or 1_000_000"),
        ("add lead X value=1,234,567.50 owner=Lan", SourceRange(17, 29), "1_234_567.50"),
        ("rule add on call when value > 100,000 move to Won", SourceRange(30, 37), "100k or 100_000"),
        ("list where (value >= -2,500)", SourceRange(21, 27), "-2.5k or -2_500"),
        ("list limit 1,000", SourceRange(11, 16), "1k or 1_000"),
        ("count where value > 1.000.000", SourceRange(20, 29), "1m or 1_000_000"),
    ])
    func thousandsInCommands(_ line: String, _ range: SourceRange, _ forms: String) throws {
        var s = testSession(clock: nil)
        do {
            _ = try s.execute(line: line)
            Issue.record("expected an error")
        } catch {
            let written = String(decoding: Array(line.utf8)[range.start..<range.end], as: UTF8.self)
            #expect(error.message == Message.thousandsSeparators(written))
            #expect(error.range == range)
            #expect(error.hints.map(\.english) == ["write " + forms])
        }
    }

    /// Where commas and spaces mean what they always mean, nothing changes.
    @Test(arguments: ["list where value in (100,200)", "count by owner,source", "list limit 1k", "list where value > 1.000"])
    func commasThatAreNotSeparators(_ line: String) throws {
        var s = testSession(clock: nil)
        _ = try s.execute(line: line)
    }

    // MARK: durations

    @Test(
        arguments: [
            ("14d", 14 * 86_400), ("2w", 14 * 86_400), ("36h", 36 * 3_600), ("90m", 90 * 60),
            ("1d", 86_400), ("0d", 0), ("1.5d", 129_600), ("14D", 14 * 86_400), ("3W", 21 * 86_400), ("0.5h", 1_800),
        ] as [(String, Int64)])
    func duration(_ text: String, _ seconds: Int64) throws {
        #expect(ValueParser.duration(text) == seconds)
        #expect(try ValueParser.duration(Self.word(text)) == seconds)
    }

    @Test(arguments: ["14", "d", "14y", "14s", "-3d", "+3d", "1e3d", "abc", "", "1 d", "1.2.3d"])
    func durationRefused(_ text: String) {
        #expect(ValueParser.duration(text) == nil)
        #expect(throws: Diagnostic.self) { try ValueParser.duration(Self.word(text)) }
    }

    // MARK: dates

    @Test(
        arguments: [
            ("2026-03-02", ts(2026, 3, 2)),
            ("2026-03-02T10:15", ts(2026, 3, 2, 10, 15)),
            ("2026-03-02 10:15", ts(2026, 3, 2, 10, 15)),
            ("2026-03-02T10:15:30", ts(2026, 3, 2, 10, 15, 30)),
            ("2026-03-02T10:15:30Z", ts(2026, 3, 2, 10, 15, 30)),
            ("2026-03-02T10:15Z", ts(2026, 3, 2, 10, 15)),
            ("2026-03-02T10:15:30.250Z", ts(2026, 3, 2, 10, 15, 30)),
            ("2026-03-02T10:15:30+00:00", ts(2026, 3, 2, 10, 15, 30)),
            ("2026-03-02T23:59:59Z", ts(2026, 3, 2, 23, 59, 59)),
            ("2026-12-31T00:00", ts(2026, 12, 31)),
            ("2024-02-29", ts(2024, 2, 29)),
            ("2000-02-29", ts(2000, 2, 29)),
            ("2400-02-29", ts(2400, 2, 29)),
            ("1969-12-31T23:59:59Z", ts(1969, 12, 31, 23, 59, 59)),
            ("1900-03-01", ts(1900, 3, 1)),
        ] as [(String, Timestamp)])
    func absoluteDate(_ text: String, _ expected: Timestamp) throws {
        #expect(try ValueParser.date(Self.word(text)) == .absolute(expected))
        #expect(try ValueParser.isoTimestamp(text).get() == expected)
    }

    @Test(
        arguments: [
            ("2026-03-02", 1_772_409_600), ("2000-03-01", 951_868_800), ("1970-01-01", 0), ("1969-12-31", -86_400),
            ("1600-03-01", -11_670_912_000), ("0001-01-01", -62_135_596_800), ("2024-02-29", 1_709_164_800),
            ("1900-03-01", -2_203_891_200), ("9999-12-31", 253_402_214_400),
        ] as [(String, Int64)])
    func epochSeconds(_ text: String, _ seconds: Int64) throws {
        #expect(try ValueParser.isoTimestamp(text).get().seconds == seconds)
    }

    /// Texts that are dates of days that do not exist.
    @Test(
        arguments: [
            ("2023-02-29", 2023, 2, 29), ("1900-02-29", 1900, 2, 29), ("2100-02-29", 2100, 2, 29),
            ("2026-04-31", 2026, 4, 31), ("2026-13-01", 2026, 13, 1), ("2026-00-10", 2026, 0, 10),
            ("2026-03-00", 2026, 3, 0), ("2026-01-32", 2026, 1, 32),
        ] as [(String, Int, Int, Int)])
    func impossibleDate(_ text: String, _ y: Int, _ m: Int, _ d: Int) {
        switch ValueParser.isoTimestamp(text) {
        case .success(let t): Issue.record("\(text) read as \(t.iso8601)")
        case .failure(let problem):
            #expect(problem.isImpossible)
            #expect(problem.message(text) == Message.impossibleDate(text, year: y, month: m, day: d))
        }
        #expect(throws: Diagnostic.self) { try ValueParser.date(Self.word(text)) }
    }

    @Test func impossibleDateMessage() {
        #expect(
            Message.impossibleDate("2023-02-29", year: 2023, month: 2, day: 29).english
                == "impossible date \"2023-02-29\": February 2023 has 28 days")
        #expect(
            Message.impossibleDate("2024-02-30", year: 2024, month: 2, day: 30).english
                == "impossible date \"2024-02-30\": February 2024 has 29 days")
    }

    @Test(arguments: ["2026-03-02T24:00", "2026-03-02T10:60", "2026-03-02T23:59:60", "2026-03-02T99:00"])
    func impossibleTime(_ text: String) {
        guard case .failure(let problem) = ValueParser.isoTimestamp(text) else {
            Issue.record("\(text) accepted")
            return
        }
        #expect(!problem.isImpossible)
        #expect(problem.message(text) == Message.impossibleTime(text))
    }

    @Test(arguments: [
        "2026-3-2", "20260302", "2026/03/02", "2026-03-02T10", "2026-03-02T10:5", "2026-03-02x", "2026-03-02T10:15:3",
        "2026-03-02T10:15+7", "next week", "", "26-03-02", "2026-03-02T", "2026-03-02T10:15:30ZZ",
    ])
    func malformedDate(_ text: String) {
        guard case .failure(let problem) = ValueParser.isoTimestamp(text) else {
            Issue.record("\(text) accepted")
            return
        }
        #expect(problem.message(text) == Message.notADate(text))
        #expect {
            _ = try ValueParser.date(Self.word(text))
        } throws: { error in
            (error as? Diagnostic)?.hints == [Message.hintDates]
        }
    }

    /// Relative dates as written, and what they mean when the clock reads 2026-03-10T15:30.
    @Test(
        arguments: [
            ("today", DateSpec.startOfToday(offsetDays: 0), ts(2026, 3, 10)),
            ("TODAY", .startOfToday(offsetDays: 0), ts(2026, 3, 10)),
            ("yesterday", .startOfToday(offsetDays: -1), ts(2026, 3, 9)),
            ("Tomorrow", .startOfToday(offsetDays: 1), ts(2026, 3, 11)),
            ("now", .now(offsetSeconds: 0), ts(2026, 3, 10, 15, 30)),
            ("-30d", .now(offsetSeconds: -30 * 86_400), ts(2026, 2, 8, 15, 30)),
            ("+2w", .now(offsetSeconds: 14 * 86_400), ts(2026, 3, 24, 15, 30)),
            ("-36h", .now(offsetSeconds: -36 * 3_600), ts(2026, 3, 9, 3, 30)),
            ("+90m", .now(offsetSeconds: 90 * 60), ts(2026, 3, 10, 17, 0)),
            ("2026-01-05", .absolute(ts(2026, 1, 5)), ts(2026, 1, 5)),
        ] as [(String, DateSpec, Timestamp)])
    func relativeDate(_ text: String, _ spec: DateSpec, _ resolved: Timestamp) throws {
        let parsed = try ValueParser.date(Self.word(text))
        #expect(parsed == spec)
        #expect(parsed.resolve(now: Self.ts(2026, 3, 10, 15, 30)) == resolved)
    }

    /// Relative dates across month ends and leap days.
    @Test(
        arguments: [
            ("yesterday", ts(2024, 3, 1, 8), ts(2024, 2, 29)),
            ("yesterday", ts(2023, 3, 1, 8), ts(2023, 2, 28)),
            ("tomorrow", ts(2024, 2, 28, 23, 59, 59), ts(2024, 2, 29)),
            ("tomorrow", ts(2026, 12, 31, 12), ts(2027, 1, 1)),
            ("-1d", ts(2024, 3, 1, 6), ts(2024, 2, 29, 6)),
            ("+1w", ts(2024, 2, 25), ts(2024, 3, 3)),
            ("today", ts(1969, 12, 31, 23, 59, 59), ts(1969, 12, 31)),
            ("today", ts(1960, 6, 15, 0, 0, 1), ts(1960, 6, 15)),
            ("yesterday", ts(1970, 1, 1, 0, 0, 0), ts(1969, 12, 31)),
        ] as [(String, Timestamp, Timestamp)])
    func relativeDateAcrossMonths(_ text: String, _ now: Timestamp, _ resolved: Timestamp) throws {
        #expect(try ValueParser.date(Self.word(text)).resolve(now: now) == resolved)
    }

    // MARK: leap years and civil dates

    @Test(
        arguments: [
            (2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (2400, true), (1600, true), (1996, true),
        ] as [(Int, Bool)])
    func leapYear(_ year: Int, _ leap: Bool) {
        #expect(Timestamp.isLeap(year) == leap)
        #expect(Timestamp.daysIn(month: 2, year: year) == (leap ? 29 : 28))
        #expect((Timestamp(year: year, month: 2, day: 29) != nil) == leap)
    }

    @Test func daysInMonths() {
        let expected = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for m in 1...12 { #expect(Timestamp.daysIn(month: m, year: 2026) == expected[m - 1]) }
    }

    @Test(arguments: [(2026, 0, 1), (2026, 13, 1), (2026, 1, 0), (2026, 4, 31), (2026, 2, 29)] as [(Int, Int, Int)])
    func timestampRefusesImpossibleDays(_ y: Int, _ m: Int, _ d: Int) {
        #expect(Timestamp(year: y, month: m, day: d) == nil)
    }

    @Test func timestampRefusesImpossibleTimes() {
        #expect(Timestamp(year: 2026, month: 1, day: 1, hour: 24) == nil)
        #expect(Timestamp(year: 2026, month: 1, day: 1, minute: 60) == nil)
        #expect(Timestamp(year: 2026, month: 1, day: 1, hour: -1) == nil)
    }

    /// Day ranges, each walked day by day: the civil date of every day is the
    /// day after the previous one's, and converts back to the same moment.
    @Test(
        arguments: [
            (-719_468 - 400, -719_468 + 400),  // around 0000-03-01
            (-141_714 - 800, -141_714 + 800),  // around 1582-01-01
            (-25_567 - 800, -25_567 + 800),  // around 1900
            (-1_500, 1_500),  // around 1970
            (10_957 - 1_500, 10_957 + 1_500),  // around 2000
            (20_454 - 800, 20_454 + 800),  // around 2026
            (157_054 - 800, 157_054 + 800),  // around 2400
        ] as [(Int64, Int64)])
    func civilRoundTrip(_ from: Int64, _ to: Int64) {
        var previous = Timestamp(seconds: (from - 1) * 86_400).civil
        for day in from...to {
            for secondOfDay: Int64 in [0, 45_296, 86_399] {
                let t = Timestamp(seconds: day * 86_400 + secondOfDay)
                let c = t.civil
                #expect(c.hour == Int(secondOfDay / 3_600) && c.minute == Int(secondOfDay % 3_600 / 60) && c.second == Int(secondOfDay % 60))
                let back = Timestamp(year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second)
                if back != t {
                    Issue.record("day \(day) second \(secondOfDay): civil \(c) converts back to \(String(describing: back?.seconds))")
                    return
                }
                #expect(t.startOfDay == Timestamp(seconds: day * 86_400))
            }
            let c = Timestamp(seconds: day * 86_400).civil
            let expectedNext: (Int, Int, Int) =
                previous.day < Timestamp.daysIn(month: previous.month, year: previous.year)
                ? (previous.year, previous.month, previous.day + 1)
                : previous.month < 12 ? (previous.year, previous.month + 1, 1) : (previous.year + 1, 1, 1)
            if (c.year, c.month, c.day) != expectedNext {
                Issue.record("day \(day) is \(c.year)-\(c.month)-\(c.day), expected \(expectedNext) after \(previous)")
                return
            }
            previous = c
        }
    }

    /// The same days as Foundation's Gregorian calendar (after its Julian cut-over).
    @Test func civilMatchesFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for day in stride(from: Int64(-100_000), through: 100_000, by: 97) {
            let t = Timestamp(seconds: day * 86_400 + 3_661)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second],
                from: Date(timeIntervalSince1970: TimeInterval(t.seconds)))
            let c = t.civil
            #expect(
                c.year == parts.year && c.month == parts.month && c.day == parts.day
                    && c.hour == parts.hour && c.minute == parts.minute && c.second == parts.second,
                "day \(day): \(c) vs \(parts)")
        }
    }

    @Test(
        arguments: [
            (Int64(-1), "1969-12-31T23:59:59Z", "1969-12-31 23:59:59"),
            (0, "1970-01-01T00:00:00Z", "1970-01-01"),
            (1_772_446_500, "2026-03-02T10:15:00Z", "2026-03-02 10:15"),
            (1_772_446_530, "2026-03-02T10:15:30Z", "2026-03-02 10:15:30"),
            (-62_135_596_800, "0001-01-01T00:00:00Z", "0001-01-01"),
            (-86_401, "1969-12-30T23:59:59Z", "1969-12-30 23:59:59"),
        ] as [(Int64, String, String)])
    func timestampText(_ seconds: Int64, _ iso: String, _ display: String) throws {
        let t = Timestamp(seconds: seconds)
        #expect(t.iso8601 == iso)
        #expect(t.display == display)
        #expect(try ValueParser.isoTimestamp(iso).get() == t)
    }

    @Test(arguments: [(Int64(-1), Int64(-86_400)), (-86_400, -86_400), (-86_401, -172_800), (86_399, 0), (86_400, 86_400)] as [(Int64, Int64)])
    func startOfDay(_ seconds: Int64, _ start: Int64) {
        #expect(Timestamp(seconds: seconds).startOfDay.seconds == start)
    }

    // MARK: ISO weeks

    @Test(
        arguments: [
            (ts(2026, 1, 1), 2026, 1),  // Thursday
            (ts(2026, 3, 2), 2026, 10),
            (ts(2026, 2, 15, 23, 59), 2026, 7),
            (ts(2026, 2, 28), 2026, 9),
            (ts(2021, 1, 3), 2020, 53),  // Sunday of the last week of 2020
            (ts(2020, 12, 31), 2020, 53),
            (ts(2024, 12, 30), 2025, 1),  // Monday belonging to 2025
            (ts(2018, 12, 31), 2019, 1),
            (ts(2027, 1, 1), 2026, 53),  // Friday
            (ts(2015, 12, 31), 2015, 53),
            (ts(2016, 1, 3), 2015, 53),
            (ts(2016, 1, 4), 2016, 1),
            (ts(2010, 1, 3), 2009, 53),
            (ts(2004, 12, 31), 2004, 53),
            (ts(1970, 1, 1), 1970, 1),
            (ts(1969, 12, 31), 1970, 1),  // Wednesday, before the epoch
            (ts(1969, 12, 28), 1969, 52),  // Sunday, before the epoch
            (ts(1900, 1, 1), 1900, 1),
        ] as [(Timestamp, Int, Int)])
    func isoWeek(_ t: Timestamp, _ year: Int, _ week: Int) {
        let (y, w) = Grouping.isoWeek(t)
        #expect(y == year)
        #expect(w == week)
    }

    @Test func isoWeekMatchesFoundation() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for day in stride(from: Int64(-40_000), through: 40_000, by: 13) {
            let t = Timestamp(seconds: day * 86_400 + 7_200)
            let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: Date(timeIntervalSince1970: TimeInterval(t.seconds)))
            let (y, w) = Grouping.isoWeek(t)
            #expect(y == parts.yearForWeekOfYear && w == parts.weekOfYear, "\(t.iso8601): \(y)-W\(w)")
        }
    }
}
