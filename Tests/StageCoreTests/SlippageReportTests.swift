import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `slippage`: expected close dates pushed later and pulled in, from the expected_close field events.
@Suite struct SlippageReportTests {
    /// Deal 1 (Lan) pushed 14 days, pushed 14 days again, then pulled in 9 days; deal 2 (Minh)
    /// pulled in 9 days, then pushed 18.5 days; deal 3 (Minh) gets its first date (neither); lead 4
    /// (Lan) never has one.
    static let lines = [
        "now 2026-01-01", "add opp A expected_close=2026-02-01 owner=Lan", "add opp B expected_close=2026-03-01 owner=Minh",
        "add opp C owner=Minh", "add lead D owner=Lan",
        "now 2026-01-10", "set 1 expected_close=2026-02-15", "set 2 expected_close=2026-02-20", "set 3 expected_close=2026-04-01",
        "now 2026-01-20", "set 1 expected_close=2026-03-01", "set 2 expected_close=2026-03-10T12:00",
        "now 2026-02-01", "set 1 expected_close=2026-02-20",
    ]

    static func csv(_ t: Table) -> [String] {
        TableRenderer.render(t, format: .csv).split(separator: "\n").dropFirst().map(String.init)
    }

    @Test func pushesAndPullsOfTheExpectedClose() throws {
        var s = testSession(running: Self.lines)
        let t = try table(&s, "slippage")
        #expect(t.columns.map(\.name) == ["records", "pushed", "pushes", "days pushed", "days per push", "pulled in"])
        #expect(Self.csv(t) == ["3,2,3,46.50,15.50,2"])
        #expect(
            TableRenderer.render(t, format: .json).contains(
                #"{"records": 3, "pushed": 2, "pushes": 3, "days pushed": 46.50, "days per push": 15.50, "pulled in": 2}"#))
        #expect(TableRenderer.render(t, format: .table).hasPrefix(" records | pushed | pushes | days pushed | days per push | pulled in\n"))
    }

    @Test func byWhereOrderAndLimit() throws {
        var s = testSession(running: Self.lines)
        #expect(try Self.csv(table(&s, "slippage by owner")) == ["Lan,1,1,2,28.00,14.00,1", "Minh,2,1,1,18.50,18.50,1"])
        #expect(try Self.csv(table(&s, "slippage where owner = Minh")) == ["2,1,1,18.50,18.50,1"])
        #expect(try Self.csv(table(&s, "slippage by owner order by \"days pushed\" desc limit 1")) == ["Lan,1,1,2,28.00,14.00,1"])
        // Leads have no dates: a group without one counts nothing, and has no mean.
        #expect(try Self.csv(table(&s, "slippage by kind")) == ["lead,0,0,0,0.00,,0", "opportunity,3,2,3,46.50,15.50,2"])
    }

    /// As of a moment: the changes made by then, over the records as they stood.
    @Test func asOfCountsTheChangesMadeByThen() throws {
        var s = testSession(running: Self.lines)
        #expect(try Self.csv(table(&s, "slippage as of 2026-01-15")) == ["3,1,1,14.00,14.00,1"])
        #expect(try Self.csv(table(&s, "slippage as of 2026-01-05")) == ["2,0,0,0.00,,0"])
        #expect(try Self.csv(table(&s, "slippage as of 2026-01-25")) == ["3,2,3,46.50,15.50,1"])
        // An owner as it was: Minh's deal moved to Lan after the 15th.
        run(&s, ["now 2026-02-10", "set 2 owner=Lan"])
        #expect(try Self.csv(table(&s, "slippage by owner as of 2026-02-05")) == ["Lan,1,1,2,28.00,14.00,1", "Minh,2,1,1,18.50,18.50,1"])
        #expect(try Self.csv(table(&s, "slippage by owner")) == ["Lan,2,2,3,46.50,15.50,2", "Minh,1,0,0,0.00,,0"])
    }

    /// Imported histories: Salesforce's close date rows count as any other change.
    @Test func importedFieldHistory() throws {
        try withTestSession(
            "slippage",
            files: [
                "h.csv": """
                record_id,changed_at,field,old,new
                1,2026-01-12,CloseDate,2026-02-01,2026-02-08
                1,2026-01-13,Amount,1000,1200
                2,2026-01-14,CloseDate,2026-03-01,2026-02-01

                """
            ]
        ) { (s: inout Session, _: String) throws in
            run(
                &s,
                ["now 2026-01-01", "add opp A expected_close=2026-02-08 value=1200", "add opp B expected_close=2026-02-01", "import events h.csv"])
            #expect(try Self.csv(table(&s, "slippage")) == ["2,1,1,7.00,7.00,1"])
        }
    }

    @Test func theChart() throws {
        try withTestSession("slippage-chart") { (s: inout Session, dir: String) throws in
            run(&s, Self.lines)
            #expect(message(run(&s, "export chart slippage s.svg by owner")) == "wrote the slippage chart to s.svg")
            #expect(try String(contentsOfFile: dir + "/s.svg", encoding: .utf8).contains("Minh"))
        }
    }
}
