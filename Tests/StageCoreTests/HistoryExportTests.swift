import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `export history FILE`: every field event as `record_id, changed_at, field, old, new`, which `import events` reads back.
@Suite struct HistoryExportTests {
    /// Each change is a row, in the records export's units: amounts plain, dates ISO, names; deleted records left out.
    @Test func writesEachChangeOfLiveRecords() throws {
        try withTestSession("history") { s, dir in
            run(
                &s,
                [
                    "now 2026-01-01", "add opp Deal value=1000 owner=Lan expected_close=2026-02-01",
                    "now 2026-01-05", "set 1 value=1500.5 expected_close=2026-03-01",
                    "now 2026-01-09", "set 1 owner=\"Trần Minh\" currency=USD",
                    "add lead X", "set 2 value=5", "delete 2",
                ])
            #expect(message(run(&s, "export history h.csv")) == "exported 4 field events to h.csv")
            let csv = try String(contentsOfFile: dir + "/h.csv", encoding: .utf8)
            #expect(
                csv == """
                    record_id,changed_at,field,old,new
                    1,2026-01-05T00:00:00Z,value,1000,1500.50
                    1,2026-01-05T00:00:00Z,expected_close,2026-02-01T00:00:00Z,2026-03-01T00:00:00Z
                    1,2026-01-09T00:00:00Z,owner,Lan,Trần Minh
                    1,2026-01-09T00:00:00Z,currency,,USD

                    """)
            run(&s, "export history h.json")
            let json = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: dir + "/h.json") ?? Data()) as? [[String: Any]]
            #expect(json?.count == 4)
            #expect(json?[0]["old"] as? String == "1000" && json?[0]["new"] as? String == "1500.50")
            #expect(json?[3]["old"] is NSNull)
        }
    }

    /// A record's changes come out in time order even when the ledger holds them otherwise (a clock set back).
    @Test func writesEachRecordsChangesInTimeOrder() throws {
        try withTestSession("history-order") { s, dir in
            run(
                &s,
                [
                    "now 2026-01-01", "add opp A value=1", "add opp B value=1",
                    "now 2026-01-09", "set 1 value=2", "now 2026-01-03", "set 2 value=3", "set 1 value=4",
                    "export history h.csv",
                ])
            let csv = try String(contentsOfFile: dir + "/h.csv", encoding: .utf8)
            #expect(
                csv.split(separator: "\n").dropFirst() == [
                    "1,2026-01-03T00:00:00Z,value,2,4", "1,2026-01-09T00:00:00Z,value,1,2", "2,2026-01-03T00:00:00Z,value,1,3",
                ])
        }
    }

    /// Each record's field events by id, in time order, as `history` words them.
    static func fieldHistory(_ store: RecordStore) -> [String: [String]] {
        var out: [String: [String]] = [:]
        let f = store.fieldEvents
        for i in f.byRecord(slots: store.slotCount) {
            let e = f[Int(i)]
            out[store.ids[Int(e.record)], default: []].append(
                "\(e.at) \(e.field.name) \(Queries.fieldText(e.field, e.old, store)) \(Queries.fieldText(e.field, e.new, store)) \(e.cause.name)")
        }
        return out
    }

    /// Generated, exported as records, stage events and field history, and imported into a new session: every
    /// record's history, and every report (now and as of earlier moments), are the same.
    @Test(arguments: [(1_500, 3), (3_000, 42)])
    func roundTripsAGeneratedPipeline(count: Int, seed: Int) throws {
        try withTestSession("history-roundtrip") { s, dir in
            run(&s, ["generate \(count) seed \(seed)", "export records r.csv", "export events e.csv", "export history h.csv"])
            #expect(s.store.fieldEvents.count > count * 8 / 10)
            var t = testSession(directory: dir)
            run(&t, ["import records r.csv", "import events e.csv"])
            let imported = messages(run(&t, "import events h.csv"))
            #expect(imported.first?.hasPrefix("imported \(s.store.fieldEvents.count) field events") == true, "\(imported)")
            // Every record's field events, as `history` shows them; and `history` and `show` of every 25th record.
            #expect(Self.fieldHistory(s.store) == Self.fieldHistory(t.store))
            for r in stride(from: 0, to: s.store.slotCount, by: 25) {
                let id = s.store.ids[r]
                for line in ["history \(id)", "show \(id)"] {
                    let a = try table(&s, line), b = try table(&t, line)
                    #expect(a == b, "\(line)")
                }
            }
            for report in [
                "funnel", "winrate by owner", "cycle", "dwell", "stuck by stage", "forecast by month",
                "forecast as of 2026-03-01", "funnel as of 2025-10-01", "winrate as of 2026-06-15 by owner",
                "count by owner sum(value)", "list where expected_close < 2026-12-01 order by id limit 50",
                "losses", "losses by stage as of 2026-05-01", "transitions since 2026-01-01", "slippage by owner",
                "slippage as of 2026-04-01", "slippage by month(expected_close) as of 2026-09-01",
            ] {
                let a = try table(&s, report), b = try table(&t, report)
                #expect(a == b, "\(report)")
            }
        }
    }
}
