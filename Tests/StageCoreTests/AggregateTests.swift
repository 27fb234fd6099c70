import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `count … sum(F) avg(F) min(F) max(F) median(F)` and `order by`/`limit` on `count` and every report.
///
/// Expected values are worked out by hand from the records below.
@Suite struct AggregateTests {
    static func session(_ lines: [String]) -> Session {
        testSession(clock: Timestamp(year: 2026, month: 12, day: 1)!, running: lines)
    }

    /// Lan: 1,000.00, 2,500.50 and 0.01; Minh: 0.02 and one without a value; Hà: none at all.
    static let records = [
        "add opp A owner=Lan value=1000 created=2026-01-01",
        "add opp B owner=Lan value=2500.50 created=2026-03-01",
        "add opp C owner=Lan value=0.01 created=2026-02-01",
        "add opp D owner=Minh value=0.02 created=2026-11-01",
        "add opp E owner=Minh created=2026-11-21",
        "add lead F owner=Hà created=2026-11-30",
    ]

    /// The table as text per row, the way a person reads it.
    static func text(_ t: Table) -> [String] {
        t.rows.map { row in row.map { CellText.plain($0) }.joined(separator: "|") }
    }

    @Test func moneyStaysExact() throws {
        var s = Self.session(Self.records)
        let t = try table(&s, "count by owner sum(value) avg(value) min(value) max(value) median(value)")
        #expect(t.columns.map(\.name) == ["owner", "count", "sum(value)", "avg(value)", "min(value)", "max(value)", "median(value)"])
        // Lan: 3,500.51 / 3 = 1,166.836… -> 1,166.84; the median is the middle value, 1,000.
        // Minh: one value; (0.02) / 1. Hà: no values, so every aggregate is empty.
        #expect(
            Self.text(t) == [
                "Hà|1|||||",
                "Lan|3|3500.51|1166.84|0.01|2500.50|1000",
                "Minh|2|0.02|0.02|0.02|0.02|0.02",
            ])
    }

    /// An even count's median is the mean of the two middle values, a half cent to the even cent.
    @Test func medianOfAnEvenCountRoundsHalfToEven() throws {
        var s = Self.session(["add opp A value=0.01", "add opp B value=0.02", "add opp C value=0.04", "add opp D value=0.05"])
        // (0.02 + 0.04) / 2 = 0.03 exactly; avg 0.12 / 4 = 0.03.
        #expect(Self.text(try table(&s, "count median(value) avg(value)")) == ["4|0.03|0.03"])
        _ = try s.execute(line: "delete 4")
        // 0.01, 0.02, 0.04: avg 0.07 / 3 = 0.02333 -> 0.02; median 0.02.
        #expect(Self.text(try table(&s, "count median(value) avg(value)")) == ["3|0.02|0.02"])
        _ = try s.execute(line: "delete 3")
        // 0.01, 0.02: median and avg 0.015 -> 0.02 (the even cent).
        #expect(Self.text(try table(&s, "count median(value) avg(value)")) == ["2|0.02|0.02"])
        _ = try s.execute(line: "set 2 value=0.04")
        // 0.01, 0.04: 0.025 -> 0.02 (the even cent, not 0.03).
        #expect(Self.text(try table(&s, "count median(value) avg(value)")) == ["2|0.02|0.02"])
    }

    @Test func datesAndDays() throws {
        var s = Self.session(Self.records)
        let t = try table(&s, "count opportunities min(created) max(created) median(created) avg(age)")
        // Ages on 2026-12-01: 334, 275, 303, 30 and 10 days; created median 2026-03-01.
        #expect(Self.text(t) == ["5|2026-01-01T00:00:00Z|2026-11-21T00:00:00Z|2026-03-01T00:00:00Z|190.40"])
    }

    @Test func noRecordsGiveOneEmptyRowWithoutBy() throws {
        var s = Self.session(Self.records)
        #expect(Self.text(try table(&s, "count where value > 1m sum(value) avg(age)")) == ["0||"])
        #expect(Self.text(try table(&s, "count where value > 1m by owner sum(value)")) == [])
    }

    @Test(arguments: [
        ("count sum(created)", "sum() needs a number; created is a date"),
        ("count avg(stage)", "avg() needs a number or a date; stage is neither"),
        ("count median(owner)", "median() needs a number or a date; owner is neither"),
        ("count sum(nosuch)", "unknown field"),
        ("count by owner order by nosuch", "no column \"nosuch\""),
        ("count limit -1", "limit must not be negative"),
    ])
    func errors(line: String, message: String) throws {
        var s = Self.session(Self.records)
        do {
            _ = try s.execute(line: line)
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.message.english.contains(message), "\(error.message)")
            #expect(error.range != nil)
        }
    }

    @Test func countOrderedAndLimited() throws {
        var s = Self.session(Self.records)
        let t = try table(&s, "count by owner sum(value) order by sum(value) desc limit 2")
        #expect(Self.text(t) == ["Lan|3|3500.51", "Minh|2|0.02"])
        #expect(t.footer?.english == "(2 rows)")
        // Empty cells go last whichever way the order runs; ties keep the report's order.
        let asc = try table(&s, "count by owner sum(value) order by \"sum(value)\"")
        #expect(Self.text(asc) == ["Minh|2|0.02", "Lan|3|3500.51", "Hà|1|"])
        let ties = try table(&s, "count by kind, owner order by count desc, owner")
        #expect(Self.text(ties) == ["opportunity|Lan|3", "opportunity|Minh|2", "lead|Hà|1"])
    }

    /// Every report takes `order by` one of its own columns and `limit`.
    @Test(arguments: ReportKind.allCases)
    func everyReportOrdersAndLimits(kind: ReportKind) throws {
        var s = Self.session(["generate 300 seed 7"])
        // A report with arguments of its own (waterfall's FROM TO) runs as its first example.
        let line = kind.report.grammar.canBeEmpty ? kind.name : kind.report.examples[0]
        let whole = try table(&s, line)
        guard let column = whole.columns.last(where: { $0.alignment == .right }) else { return }
        let ordered = try table(&s, "\(line) order by \(Quoting.quoteIfNeeded(column.name)) desc limit 2")
        #expect(ordered.rows.count == min(2, whole.rows.count))
        let i = whole.columns.firstIndex(of: column)!
        let expected = whole.rows.map { SortKey($0[i]) }.filter { $0 != .null }.sorted(by: >).prefix(2)
        let got = ordered.rows.map { SortKey($0[i]) }.filter { $0 != .null }
        #expect(Array(expected) == got, "\(kind.name) by \(column.name)")
    }
}
