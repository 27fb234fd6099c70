import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `insights`: planted gaps found with their numbers, no finding where nothing was planted.
///
/// The expected z-test p-values were computed apart from the report, in Python:
/// pooled p = (k1 + k2) / (n1 + n2), z = (k1/n1 − k2/n2) / √(p(1 − p)(1/n1 + 1/n2)),
/// p-value = erfc(|z| / √2).
@Suite("Insights")
struct InsightsTests {
    /// 150 opportunities created in Negotiation, 130 closed from there on 2026-02-01.
    ///
    /// Lan wins 3 of 30, Minh 42 of 70, Hoa 15 of 30; Minh has 20 more deals, open, that
    /// `lateClosings` wins on 2026-03-01 (for `as of`).
    static func ledger(lateClosings: Bool = true, field: String = "owner", extra: (Int) -> String = { _ in "" }) -> [String] {
        var lines: [String] = []
        var id = 0
        func deals(_ owner: String, won: Int, lost: Int, late: Int = 0) {
            for i in 0..<(won + lost + late) {
                id += 1
                lines.append("add opp \(owner)\(i) \(field)=\(owner) created=2026-01-01\(extra(id))")
                if i < won {
                    lines.append("won \(id) on 2026-02-01")
                } else if i < won + lost {
                    lines.append("lost \(id) on 2026-02-01")
                } else if lateClosings {
                    lines.append("won \(id) on 2026-03-01")
                }
            }
        }
        deals("Lan", won: 3, lost: 27)
        deals("Minh", won: 42, lost: 28, late: 20)
        deals("Hoa", won: 15, lost: 15)
        return lines
    }

    static func session(_ lines: [String]) -> Session {
        var s = testSession()
        for line in lines { run(&s, line) }
        return s
    }

    @Test("a planted gap is found, ranked by the deals it is worth, with both rates and p")
    func plantedGap() throws {
        var s = Self.session(Self.ledger(lateClosings: false))
        let t = try table(&s, "insights")
        #expect(
            t.columns.map(\.name) == [
                "step", "field", "value", "records", "converted", "rate", "low", "high", "note", "rest records", "rest converted",
                "rest rate", "p value", "deals",
            ])
        let rows = t.rows.map { row in row.map { TableRenderer.text($0, for: .csv) } }
        // 9 tests (3 steps with records × 3 owners). Minh's 20 open deals entered Negotiation:
        // Negotiation → Won is 42 of 90 for him (p 0.041, which does not stand), Hoa's gaps (p 0.63)
        // and the proposal step's (no one sent one: p 1) neither. Lan's deals: 30 × (47.50% − 10.00%) = 11.25.
        #expect(
            rows == [
                ["win rate", "owner", "Minh", "70", "42", "60.00", "48.29", "70.67", "", "60", "18", "30.00", "0.0006", "21.0"],
                ["win rate", "owner", "Lan", "30", "3", "10.00", "3.46", "25.62", "", "100", "57", "57.00", "5.9e-06", "14.1"],
                ["Negotiation → Won", "owner", "Lan", "30", "3", "10.00", "3.46", "25.62", "", "120", "57", "47.50", "0.0002", "11.3"],
            ])
        let footer = try #require(t.footer).text(in: .english)
        #expect(footer.contains("9 comparisons, 3 findings at a 5% false discovery rate"))
        #expect(
            footer.contains(
                "2. win rate, owner = Lan: 10.00% (3 of 30) against 57.00% (57 of 100) for the rest, p = 5.9e-06: about 14.1"))
        #expect(footer.contains("1. win rate, owner = Minh: 60.00% (42 of 70) against 30.00% (18 of 60) for the rest, p = 0.0006"))
    }

    @Test("a custom field is a segment; one with more than 50 values is not")
    func customFields() throws {
        // The same gaps in a custom field, and a reference number unique to each deal.
        var s = Self.session(Self.ledger(lateClosings: false, field: "segment", extra: { " ref=R\($0)" }))
        let t = try table(&s, "insights")
        #expect(
            t.rows.map { TableRenderer.text($0[1], for: .csv) + " " + TableRenderer.text($0[2], for: .csv) } == [
                "segment Minh", "segment Lan", "segment Lan",
            ])
        #expect(try #require(t.footer).text(in: .english).contains("9 comparisons"))
    }

    @Test("min leaves out segments with fewer records on either side")
    func minimum() throws {
        var s = Self.session(Self.ledger(lateClosings: false))
        // Lan and Hoa have 30 records each: below 31 they are no segment, and Minh's rest is 60.
        // Three tests are left (p 1, 0.041 and 0.0006): only the last stands at 5% over three.
        let t = try table(&s, "insights min 31")
        #expect(t.rows.map { TableRenderer.text($0[0], for: .csv) + " " + TableRenderer.text($0[2], for: .csv) } == ["win rate Minh"])
        #expect(try table(&s, "insights min 61").rows.isEmpty)
    }

    @Test("as of replays the ledger: the same as a session that stopped then")
    func asOf() throws {
        var later = Self.session(Self.ledger(lateClosings: true))
        var then = Self.session(Self.ledger(lateClosings: false))
        let replayed = try table(&later, "insights as of 2026-02-15")
        #expect(replayed.rows == (try table(&then, "insights")).rows)
        #expect(replayed.rows.count == 3)
        // Minh's 20 late wins change the numbers today.
        #expect(try table(&later, "insights").rows != replayed.rows)
    }

    @Test("by and a minimum below 1 are refused with their place")
    func refused() {
        var s = Self.session(Self.ledger(lateClosings: false))
        let byOwner = failure(&s, "insights by owner")
        #expect(byOwner?.id == .insightsNoGroup)
        let zero = failure(&s, "insights min 0")
        #expect(zero?.id == .insightsMinimum)
    }

    /// Generated pipelines plant no segment effect: at a 5% false discovery rate, a pipeline
    /// shows any finding with a chance of at most 5% (all nulls true), so 20 seeds allow one or two.
    @Test("no planted effect, no findings (over 20 seeds)")
    func nullPipelines() throws {
        var withFindings = 0
        var tests = 0
        for seed in 1...20 {
            var s = testSession()
            run(&s, "generate 1500 seed \(seed)")
            let t = try table(&s, "insights")
            if !t.rows.isEmpty { withFindings += 1 }
            let footer = try #require(t.footer).text(in: .english)
            if let n = footer.split(separator: "\n").dropFirst().first?.split(separator: " ").first(where: { Int($0) != nil }) {
                tests += Int(n)!
            }
        }
        #expect(tests > 20 * 100, "each pipeline makes hundreds of comparisons")
        #expect(withFindings <= 2, "\(withFindings) of 20 effect-free pipelines had findings")
    }
}
