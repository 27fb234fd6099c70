import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// Periods (`FIELD in PERIOD`, `since`/`until`/`as of` a period): whole
/// calendar units in UTC around the session clock, weeks from Monday.
@Suite struct PeriodTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Timestamp { Timestamp(year: y, month: m, day: d)! }

    /// Wednesday 2026-12-30, late in the day: close to a week's, a month's, a quarter's and a year's end.
    static let now = Timestamp(year: 2026, month: 12, day: 30, hour: 23, minute: 59)!

    @Test(arguments: [
        (PeriodSpec.relative(offset: 0, unit: .day), day(2026, 12, 30), day(2026, 12, 31)),
        (.relative(offset: -1, unit: .day), day(2026, 12, 29), day(2026, 12, 30)),
        (.relative(offset: 1, unit: .day), day(2026, 12, 31), day(2027, 1, 1)),
        (.relative(offset: 0, unit: .week), day(2026, 12, 28), day(2027, 1, 4)),
        (.relative(offset: -1, unit: .week), day(2026, 12, 21), day(2026, 12, 28)),
        (.relative(offset: 1, unit: .week), day(2027, 1, 4), day(2027, 1, 11)),
        (.relative(offset: 0, unit: .month), day(2026, 12, 1), day(2027, 1, 1)),
        (.relative(offset: -1, unit: .month), day(2026, 11, 1), day(2026, 12, 1)),
        (.relative(offset: 1, unit: .month), day(2027, 1, 1), day(2027, 2, 1)),
        (.relative(offset: 0, unit: .quarter), day(2026, 10, 1), day(2027, 1, 1)),
        (.relative(offset: -1, unit: .quarter), day(2026, 7, 1), day(2026, 10, 1)),
        (.relative(offset: 1, unit: .quarter), day(2027, 1, 1), day(2027, 4, 1)),
        (.relative(offset: -1, unit: .year), day(2025, 1, 1), day(2026, 1, 1)),
        (.relative(offset: 1, unit: .year), day(2027, 1, 1), day(2028, 1, 1)),
        (.year(2024), day(2024, 1, 1), day(2025, 1, 1)),
        (.quarter(year: 2026, quarter: 4), day(2026, 10, 1), day(2027, 1, 1)),
        (.quarter(year: 2026, quarter: 1), day(2026, 1, 1), day(2026, 4, 1)),
        (.month(year: 2024, month: 2), day(2024, 2, 1), day(2024, 3, 1)),
        (.month(year: 2026, month: 12), day(2026, 12, 1), day(2027, 1, 1)),
        (.day(year: 2024, month: 2, day: 29), day(2024, 2, 29), day(2024, 3, 1)),
    ])
    func intervals(period: PeriodSpec, start: Timestamp, end: Timestamp) {
        let interval = period.interval(now: Self.now)
        #expect(interval.start == start)
        #expect(interval.end == end)
    }

    @Test func lastMonthInJanuaryIsLastYearsDecember() {
        let interval = PeriodSpec.relative(offset: -1, unit: .month).interval(now: Self.day(2027, 1, 15))
        #expect(interval.start == Self.day(2026, 12, 1))
        #expect(interval.end == Self.day(2027, 1, 1))
        let q = PeriodSpec.relative(offset: -1, unit: .quarter).interval(now: Self.day(2027, 2, 1))
        #expect(q.start == Self.day(2026, 10, 1))
    }

    /// A Monday is the first day of its own week, a Sunday the last.
    @Test func weeksStartOnMonday() {
        let monday = PeriodSpec.relative(offset: 0, unit: .week).interval(now: Self.day(2026, 11, 30))
        #expect(monday.start == Self.day(2026, 11, 30))
        let sunday = PeriodSpec.relative(offset: 0, unit: .week).interval(now: Timestamp(year: 2026, month: 11, day: 29, hour: 23)!)
        #expect(sunday.start == Self.day(2026, 11, 23))
        #expect(sunday.end == Self.day(2026, 11, 30))
    }

    /// R0 to R7, created around the turns of the year and of the quarters, three with a close date.
    static func session() -> Session {
        let created = [
            "2025-12-31T23:59", "2026-01-01", "2026-09-30T12:00", "2026-10-01", "2026-11-15",
            "2026-12-28", "2026-12-30T08:00", "2027-01-02",
        ]
        return testSession(
            clock: now,
            running: created.enumerated().map { i, created in
                "add opp R\(i) created=\(created) value=\(1000 * (i + 1))"
            } + ["set 1 expected_close=2027-01-15; set 2 expected_close=2027-03-31; set 3 expected_close=2027-04-01"])
    }

    @Test(arguments: [
        ("created in 2026", ["R1", "R2", "R3", "R4", "R5", "R6"]),
        ("created in 2026-Q4", ["R3", "R4", "R5", "R6"]),
        ("created in 2026-q3", ["R2"]),
        ("created in 2026-12", ["R5", "R6"]),
        ("created in 2026-12-30", ["R6"]),
        ("created in this week", ["R5", "R6", "R7"]),
        ("created in last month", ["R4"]),
        ("created in this quarter", ["R3", "R4", "R5", "R6"]),
        ("created in last year", ["R0"]),
        ("created in next year", ["R7"]),
        ("created in today", ["R6"]),
        ("created in yesterday", []),
        ("created not in 2026", ["R0", "R7"]),
        ("expected_close in next month", ["R0"]),
        ("expected_close in next quarter", ["R0", "R1"]),
        ("expected_close in next quarter or expected_close in 2027-04", ["R0", "R1", "R2"]),
        ("not (created in 2026) and value < 2k", ["R0"]),
        // `since` a period is its start, `until` its end; a date is 00:00 of its day.
        ("created since 2026-12", ["R5", "R6", "R7"]),
        ("created until 2026", ["R0", "R1", "R2", "R3", "R4", "R5", "R6"]),
        ("created since 2026-10-01 and created until 2026-11", ["R3", "R4"]),
        ("created since this week", ["R5", "R6", "R7"]),
        ("created until 2026-01-01", ["R0"]),
        ("expected_close since next year", ["R0", "R1", "R2"]),
    ])
    func filters(condition: String, expected: [String]) throws {
        var s = Self.session()
        #expect(Self.listNames(&s, condition) == expected)
    }

    static func listNames(_ s: inout Session, _ condition: String) -> [String] {
        guard case .table(let t)? = try? s.execute(line: "list where \(condition) order by created").last else { return [] }
        let name = t.columns.firstIndex { $0.name == "name" }!
        return t.rows.map { if case .text(let n) = $0[name] { n } else { "?" } }
    }

    @Test(arguments: [
        ("name in last month", "in PERIOD needs a date field; name is not one"),
        ("name since 2026", "since needs a date field; name is not one"),
        ("created until 2026-Q7", "\"2026-Q7\" is not a period"),
        ("created in 2026-Q5", "\"2026-Q5\" is not a period"),
        ("created in 2026-13", "\"2026-13\" is not a period"),
        ("created in 2026-02-30", "2026-02-30"),
        ("created in last fortnight", "unknown period \"fortnight\""),
        ("created in soon", "expected \"(\" or a period, found \"soon\""),
    ])
    func badPeriods(condition: String, message: String) throws {
        var s = Self.session()
        do {
            _ = try s.execute(line: "count where \(condition)")
            Issue.record("accepted \(condition)")
        } catch {
            #expect(error.message.english.contains(message), "\(error.message)")
            #expect(error.range != nil)
        }
    }

    /// `since` a period is its start; `until` and `as of` a period its end; a day stays a moment at 00:00.
    @Test func sinceUntilAndAsOfTakePeriods() throws {
        func query(_ clauses: String) throws -> ReportQuery {
            let (_, command) = try Parser.parseLine("winrate \(clauses)")[0]
            guard let report = command as? ReportCommand<WinRateReport> else { throw Diagnostic(.verbatim("not a report")) }
            return report.query
        }
        let q = try query("since 2026-Q3 until last month")
        #expect(q.since?.value.resolve(now: Self.now) == Self.day(2026, 7, 1))
        #expect(q.until?.value.resolve(now: Self.now) == Self.day(2026, 12, 1))
        let d = try query("since 2026-07-01 until 2026-09-30")
        #expect(d.since?.value.resolve(now: Self.now) == Self.day(2026, 7, 1))
        #expect(d.until?.value.resolve(now: Self.now) == Self.day(2026, 9, 30))
        let a = try query("as of 2026")
        #expect(a.asOf?.value.resolve(now: Self.now) == Self.day(2027, 1, 1))
        let t = try query("since this week")
        #expect(t.since?.value.resolve(now: Self.now) == Self.day(2026, 12, 28))
    }

    /// The state `as of` a quarter is the state when it ended.
    @Test func asOfAPeriodIsItsEnd() throws {
        var s = Self.session()
        let quarter = try s.execute(line: "funnel as of 2026-Q3")
        let moment = try s.execute(line: "funnel as of 2026-10-01")
        guard case .table(let a)? = quarter.last, case .table(let b)? = moment.last else { Issue.record("no tables"); return }
        #expect(a == b)
    }
}
