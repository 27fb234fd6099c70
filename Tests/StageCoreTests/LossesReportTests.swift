import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `losses`: records now lost, by reason, by lost-at stage or by a field, on hand-built ledgers.
@Suite struct LossesReportTests {
    /// Seven records, six of them lost in every way a record can be:
    /// 1 lost at Negotiation (price), reopened into Proposal Sent, lost there again (budget);
    /// 2 created lost, with no reason and no open stage before; 3 a lead lost at Contacted
    /// into the leads' own lost stage (spam); 4 lost at Proposal Sent (price); 5 won, then lost
    /// (timing): its last open stage is Negotiation; 6 open; 7 lost at Negotiation (price).
    static let lines = [
        "policy free", "now 2026-01-01", "stage add lead Disqualified lost",
        "add opp A value=100 owner=Lan", "add opp B value=200 stage=Lost owner=Lan", "add lead C value=50 owner=Minh",
        "add opp D value=400 owner=Minh", "add opp E value=1000 owner=Lan", "add opp F value=700 owner=Minh",
        "add opp G value=300 owner=Minh",
        "now 2026-01-05", "lost 1 because price", "move 3 to Contacted", "move 4 to \"Proposal Sent\"", "won 5",
        "lost 7 because price",
        "now 2026-01-10", "move 1 to \"Proposal Sent\"", "lost 4 because price", "lost 5 because timing",
        "move 3 to Disqualified because spam",
        "now 2026-01-15", "lost 1 because budget",
    ]

    static func session() -> Session { testSession(running: lines) }

    /// The rows as CSV prints them, without the header.
    static func csv(_ t: Table) -> [String] {
        TableRenderer.render(t, format: .csv).split(separator: "\n").dropFirst().map(String.init)
    }

    @Test func byReasonRanksTheReasonsAndCountsNoneAsSuch() throws {
        var s = Self.session()
        let t = try table(&s, "losses")
        #expect(t.columns.map(\.name) == ["reason", "count", "value", "share"])
        #expect(
            Self.csv(t) == [
                "price,2,700,33.33", "budget,1,100,16.67", "spam,1,50,16.67", "timing,1,1000,16.67", ",1,200,16.67",
            ])
        // No reason reads – to people; `by reason` is the default.
        #expect(t.rows.last?.first == .undefined)
        #expect(TableRenderer.render(t, format: .table).contains(" –      |     1 |   200 | 16.67%"))
        #expect(try table(&s, "losses by reason").rows == t.rows)
    }

    /// The last open stage before the loss: reopened and lost again, won then lost, a lead into
    /// its own lost stage, and a record created lost (no stage: –, last).
    @Test func byStageIsTheLastOpenStageBeforeTheLoss() throws {
        var s = Self.session()
        let t = try table(&s, "losses by stage")
        #expect(t.columns.map(\.name) == ["lost at", "count", "value", "share"])
        #expect(Self.csv(t) == ["Contacted,1,50,16.67", "Negotiation,2,1300,33.33", "Proposal Sent,2,500,33.33", ",1,200,16.67"])
        #expect(t.rows.last?.first == .undefined)
    }

    @Test func byAnyFieldWhereOrderAndLimit() throws {
        var s = Self.session()
        #expect(try Self.csv(table(&s, "losses by owner")) == ["Lan,3,1300,50.00", "Minh,3,750,50.00"])
        #expect(try Self.csv(table(&s, "losses where value >= 400")) == ["price,1,400,50.00", "timing,1,1000,50.00"])
        // Shares are of the losses selected.
        #expect(
            try Self.csv(table(&s, "losses by stage where owner = Minh")) == [
                "Contacted,1,50,33.33", "Negotiation,1,300,33.33", "Proposal Sent,1,400,33.33",
            ])
        #expect(try Self.csv(table(&s, "losses order by value desc limit 2")) == ["timing,1,1000,16.67", "price,2,700,33.33"])
        #expect(try Self.csv(table(&s, "losses by kind")) == ["lead,1,50,16.67", "opportunity,5,2000,83.33"])
    }

    /// As of a moment: the records lost then, with the reason and stage of the loss then.
    @Test func asOfCountsTheLossesThen() throws {
        var s = Self.session()
        #expect(try Self.csv(table(&s, "losses as of 2026-01-06")) == ["price,2,400,66.67", ",1,200,33.33"])
        #expect(try Self.csv(table(&s, "losses by stage as of 2026-01-06")) == ["Negotiation,2,400,66.67", ",1,200,33.33"])
        // Record 1 is open again on the 12th.
        #expect(
            try Self.csv(table(&s, "losses by stage as of 2026-01-12")) == [
                "Contacted,1,50,20.00", "Negotiation,2,1300,40.00", "Proposal Sent,1,400,20.00", ",1,200,20.00",
            ])
        #expect(try table(&s, "losses as of 2025-12-31").rows.isEmpty)
    }

    /// Two currencies never add up: a value column each.
    @Test func valuesSplitByCurrency() throws {
        var s = testSession(running: [
            "now 2026-01-01", "add opp X value=100 currency=USD", "add opp Y value=200 currency=EUR", "add opp Z value=50",
            "lost 1 because price", "lost 2 because price", "lost 3",
        ])
        let t = try table(&s, "losses")
        #expect(t.columns.map(\.name) == ["reason", "count", "value EUR", "value USD", "value –", "share"])
        #expect(Self.csv(t) == ["price,2,200,100,0,66.67", ",1,0,0,50,33.33"])
    }

    @Test func everyFormatAndTheChart() throws {
        try withTestSession("losses") { s, dir in
            run(&s, Self.lines)
            let t = try table(&s, "losses by stage")
            #expect(t.barColumn == 1)
            let json = TableRenderer.render(t, format: .json)
            #expect(json.contains(#"{"lost at": "Contacted", "count": 1, "value": 50, "share": 16.67}"#))
            #expect(json.contains(#"{"lost at": null, "count": 1, "value": 200, "share": 16.67}"#))
            #expect(TableRenderer.render(t, format: .markdown).contains("| Proposal Sent |     2 |   500 | 33.33% |"))
            #expect(TableRenderer.render(t, format: .tsv).contains("Negotiation\t2\t1300\t33.33"))
            #expect(message(run(&s, "export chart losses l.svg by stage")) == "wrote the losses chart to l.svg")
            let svg = try String(contentsOfFile: dir + "/l.svg", encoding: .utf8)
            #expect(svg.contains("Proposal Sent") && svg.contains("<svg"))
            run(&s, "export report losses l.csv by stage")
            #expect(try String(contentsOfFile: dir + "/l.csv", encoding: .utf8).hasPrefix("lost at,count,value,share\nContacted,1,50,16.67\n"))
        }
    }

    @Test func vietnameseHeadings() throws {
        var s = testSession(language: .vietnamese)
        run(&s, Self.lines)
        let text = TableRenderer.render(try table(&s, "losses by stage"), format: .table, language: .vietnamese)
        #expect(text.hasPrefix(" mất ở         | số lượng | giá trị | tỷ trọng"))
    }
}
