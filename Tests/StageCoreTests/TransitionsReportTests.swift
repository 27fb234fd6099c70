import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `transitions`: stage moves per pair of stages, a matrix at a terminal and long rows elsewhere.
@Suite struct TransitionsReportTests {
    /// Two records' moves on the 3rd, 5th, 7th, 9th and 11th of January.
    ///
    /// Lead 1 (Lan) goes New → Contacted → Qualified, converts, and is lost; deal 2 (Minh) goes to
    /// Proposal Sent, back to Negotiation, to Proposal Sent again (the same pair twice), is won,
    /// and reopened out of Won.
    static let lines = [
        "policy free", "now 2026-01-01", "add lead A owner=Lan", "add opp B owner=Minh",
        "now 2026-01-03", "move 1 to Contacted", "move 2 to \"Proposal Sent\"",
        "now 2026-01-05", "move 1 to Qualified", "move 2 to Negotiation",
        "now 2026-01-07", "convert 1", "move 2 to \"Proposal Sent\"",
        "now 2026-01-09", "won 2",
        "now 2026-01-11", "move 2 to Negotiation", "lost 1",
    ]

    static func csv(_ t: Table) -> [String] {
        TableRenderer.render(t, format: .csv).split(separator: "\n").dropFirst().map(String.init)
    }

    @Test func longRowsCountMovesAndTheRecordsThatMadeThem() throws {
        var s = testSession(running: Self.lines)
        let t = try table(&s, "transitions")
        #expect(t.columns.map(\.name) == ["from", "to", "moves", "records"])
        #expect(
            Self.csv(t) == [
                "New,Contacted,1,1", "Contacted,Qualified,1,1", "Qualified,Negotiation,1,1", "Negotiation,Proposal Sent,2,1",
                "Negotiation,Lost,1,1", "Proposal Sent,Negotiation,1,1", "Proposal Sent,Won,1,1", "Won,Negotiation,1,1",
            ])
        #expect(TableRenderer.render(t, format: .json).contains(#"{"from": "Negotiation", "to": "Proposal Sent", "moves": 2, "records": 1}"#))
        #expect(TableRenderer.render(t, format: .markdown).contains("| Won           | Negotiation   |     1 |       1 |"))
        #expect(TableRenderer.render(t, format: .tsv).hasPrefix("from\tto\tmoves\trecords\nNew\tContacted\t1\t1\n"))
    }

    /// At a terminal: from-stages down, to-stages across, totals, and the moves back marked.
    @Test func aTerminalShowsAMatrixWithMovesBackMarked() throws {
        var s = testSession(running: Self.lines)
        let text = TableRenderer.render(try table(&s, "transitions"), format: .table)
        #expect(
            text == """
                 from \\ to     | Contacted | Qualified | Negotiation | Proposal Sent | Won | Lost | total
                ---------------+-----------+-----------+-------------+---------------+-----+------+-------
                 New           |       1   |           |             |               |     |      |   1
                 Contacted     |           |       1   |             |               |     |      |   1
                 Qualified     |           |           |         1   |               |     |      |   1
                 Negotiation   |           |           |             |           2   |     |  1   |   3
                 Proposal Sent |           |           |         1 ← |               | 1   |      |   2
                 Won           |           |           |         1 ← |               |     |      |   1
                 total         |       1   |       1   |         3   |           2   | 1   |  1   |   9
                (9 moves by 2 records; rows: from, columns: to)
                ← a move back: to an earlier stage, or out of a closed stage (reopened).

                """)
    }

    /// `since` counts from its moment on, `until` up to before its moment; moves outside are left out.
    @Test func theWindowIsSinceInclusiveUntilExclusive() throws {
        var s = testSession(running: Self.lines)
        #expect(
            try Self.csv(table(&s, "transitions since 2026-01-05 until 2026-01-09")) == [
                "Contacted,Qualified,1,1", "Qualified,Negotiation,1,1", "Negotiation,Proposal Sent,1,1", "Proposal Sent,Negotiation,1,1",
            ])
        #expect(try Self.csv(table(&s, "transitions since 2026-01-09")) == ["Negotiation,Lost,1,1", "Proposal Sent,Won,1,1", "Won,Negotiation,1,1"])
        #expect(try Self.csv(table(&s, "transitions until 2026-01-03T00:00:01")) == ["New,Contacted,1,1", "Negotiation,Proposal Sent,1,1"])
        #expect(try table(&s, "transitions since 2026-02-01").rows.isEmpty)
    }

    @Test func whereAndBySelectAndGroupRecords() throws {
        var s = testSession(running: Self.lines)
        let t = try table(&s, "transitions by owner")
        #expect(t.columns.map(\.name) == ["owner", "from", "to", "moves", "records"])
        #expect(
            Self.csv(t) == [
                "Lan,New,Contacted,1,1", "Lan,Contacted,Qualified,1,1", "Lan,Qualified,Negotiation,1,1", "Lan,Negotiation,Lost,1,1",
                "Minh,Negotiation,Proposal Sent,2,1", "Minh,Proposal Sent,Negotiation,1,1", "Minh,Proposal Sent,Won,1,1",
                "Minh,Won,Negotiation,1,1",
            ])
        let matrix = TableRenderer.render(t, format: .table)
        #expect(matrix.contains(" Lan   | total         |       1   |       1   |         1   |               |     |  1   |   4"))
        #expect(matrix.contains(" Minh  | Won           |           |           |         1 ← |"))
        #expect(try Self.csv(table(&s, "transitions where owner = Lan")).count == 4)
        // Record 1 is an opportunity now: `where` reads the records as they are at the report's moment.
        #expect(try table(&s, "transitions where kind = lead").rows.isEmpty)
        #expect(try table(&s, "transitions where kind = lead as of 2026-01-06").rows.count == 2)
        let empty = TableRenderer.render(try table(&s, "transitions where kind = lead"), format: .table)
        #expect(empty.hasSuffix("(0 moves by 0 records; rows: from, columns: to)\n"))
    }

    /// `order by` and `limit` rank the long rows, which a terminal then shows as they are.
    @Test func orderAndLimitRankTheLongRows() throws {
        var s = testSession(running: Self.lines)
        let t = try table(&s, "transitions order by moves desc limit 2")
        #expect(t.alignedLayout == nil)
        #expect(Self.csv(t) == ["Negotiation,Proposal Sent,2,1", "New,Contacted,1,1"])
        #expect(TableRenderer.render(t, format: .table).hasPrefix(" from        | to            | moves | records\n"))
    }

    /// As of a moment: only the moves made by then.
    @Test func asOfCountsTheMovesMadeByThen() throws {
        var s = testSession(running: Self.lines)
        #expect(
            try Self.csv(table(&s, "transitions as of 2026-01-06")) == [
                "New,Contacted,1,1", "Contacted,Qualified,1,1", "Negotiation,Proposal Sent,1,1", "Proposal Sent,Negotiation,1,1",
            ])
        #expect(
            try Self.csv(table(&s, "transitions since 2026-01-05 as of 2026-01-06")) == ["Contacted,Qualified,1,1", "Proposal Sent,Negotiation,1,1"])
    }

    /// A move back goes to a lower rank: out of a closed stage, to an earlier open stage, or from an opportunity to a lead.
    @Test func movesBack() {
        let p = Pipeline.standard
        func id(_ name: String) -> StageID { p.stage(named: name)! }
        #expect(TransitionsReport.isBack(id("Proposal Sent"), id("Negotiation"), p))
        #expect(TransitionsReport.isBack(id("Won"), id("Negotiation"), p))
        #expect(TransitionsReport.isBack(id("Lost"), id("Proposal Sent"), p))
        #expect(TransitionsReport.isBack(id("Negotiation"), id("Qualified"), p))
        #expect(!TransitionsReport.isBack(id("Qualified"), id("Negotiation"), p))
        #expect(!TransitionsReport.isBack(id("New"), id("Lost"), p))
        #expect(!TransitionsReport.isBack(id("Won"), id("Lost"), p))
        #expect(!TransitionsReport.isBack(id("New"), id("Qualified"), p))
    }

    @Test func theChartHasABarPerPair() throws {
        try withTestSession("transitions") { s, dir in
            run(&s, Self.lines)
            #expect(message(run(&s, "export chart transitions t.svg since 2026-01-05")) == "wrote the transitions chart to t.svg")
            let svg = try String(contentsOfFile: dir + "/t.svg", encoding: .utf8)
            #expect(svg.contains("Negotiation → Proposal Sent") && svg.contains("Won → Negotiation"))
            #expect(!svg.contains("New → Contacted"))
        }
    }

    /// Sparse tallies (a `by` of more groups than dense ones take) count what dense ones do.
    @Test func sparseTalliesCountTheSame() throws {
        var s = testSession()
        run(&s, "generate 4000 seed 3")
        let c = try ReportContext(s, ReportQuery(), needsChanged: false)
        func sorted(_ t: (cells: [TransitionsReport.Pair], movers: Int)) -> [String] {
            t.cells.map { "\($0.group) \($0.from) \($0.to) \($0.moves) \($0.records)" }.sorted() + ["\(t.movers)"]
        }
        let since = Timestamp(year: 2026, month: 1, day: 1)!.seconds
        let dense = sorted(TransitionsReport.tally(c, since: since, until: nil))
        #expect(dense.count > 10)
        #expect(sorted(TransitionsReport.tally(c, since: since, until: nil, denseLimit: 0)) == dense)
        // By id: a group per record, summed over the records, each pair's moves are the report's without `by`.
        var moves: [String: Int64] = [:]
        for row in try table(&s, "transitions by id").rows {
            guard case .text(let a) = row[1], case .text(let b) = row[2], case .integer(let m) = row[3] else { continue }
            moves["\(a),\(b)", default: 0] += m
        }
        for line in try Self.csv(table(&s, "transitions")) {
            let f = line.split(separator: ",").map(String.init)
            #expect(moves["\(f[0]),\(f[1])"] == Int64(f[2]), "\(line)")
        }
    }
}
