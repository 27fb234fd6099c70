import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `export report` and `export chart` write what the report shows, in the format the extension names.
@Suite struct ExportReportTests {
    /// Two opportunities in `dir`, one won and one lost.
    static func session(_ dir: String) -> Session {
        testSession(
            directory: dir,
            running: [
                "add opp A owner=Lan value=1000", "add opp B owner=Minh value=2000", "won 1", "lost 2 because price",
            ])
    }

    @Test(arguments: [
        ("w.csv", "owner,won,lost,closed,win rate,low,high,note\nLan,1,0,1,100.00,20.65,100.00,n < 20\nMinh,0,1,1,0.00,0.00,79.35,n < 20\n"),
        (
            "w.tsv",
            "owner\twon\tlost\tclosed\twin rate\tlow\thigh\tnote\nLan\t1\t0\t1\t100.00\t20.65\t100.00\tn < 20\nMinh\t0\t1\t1\t0.00\t0.00\t79.35\tn < 20\n"
        ),
        (
            "w.json",
            "[\n  {\"owner\": \"Lan\", \"won\": 1, \"lost\": 0, \"closed\": 1, \"win rate\": 100.00, \"low\": 20.65, \"high\": 100.00, \"note\": \"n < 20\"},\n  {\"owner\": \"Minh\", \"won\": 0, \"lost\": 1, \"closed\": 1, \"win rate\": 0.00, \"low\": 0.00, \"high\": 79.35, \"note\": \"n < 20\"}\n]\n"
        ),
        ("w", "owner,won,lost,closed,win rate,low,high,note\nLan,1,0,1,100.00,20.65,100.00,n < 20\nMinh,0,1,1,0.00,0.00,79.35,n < 20\n"),
    ])
    func formatByExtension(_ file: String, _ expected: String) throws {
        try withTemporaryDirectory("export") { dir in
            var s = Self.session(dir)
            let before = s.unsavedChanges
            let out = try s.execute(line: "export report winrate \(file) by owner")
            guard case .message(let m) = out.first else { Issue.record("no message"); return }
            #expect(m.english == "wrote the winrate report (2 rows) to \(file)")
            #expect(String(decoding: FileManager.default.contents(atPath: dir + "/" + file) ?? Data(), as: UTF8.self) == expected)
            #expect(s.unsavedChanges == before)
        }
    }

    @Test func markdownKeepsTableText() throws {
        try withTemporaryDirectory("export") { dir in
            var s = Self.session(dir)
            _ = try s.execute(line: "export report funnel f.md opportunities")
            let text = String(decoding: FileManager.default.contents(atPath: dir + "/f.md") ?? Data(), as: UTF8.self)
            #expect(text.hasPrefix("| stage "))
            #expect(text.contains("| Won "))
            #expect(text.contains("50.00%"))
        }
    }

    @Test func chartIsSVG() throws {
        try withTemporaryDirectory("export") { dir in
            var s = Self.session(dir)
            _ = try s.execute(line: "export chart conversion c.svg")
            let text = String(decoding: FileManager.default.contents(atPath: dir + "/c.svg") ?? Data(), as: UTF8.self)
            #expect(text.hasPrefix("<?xml"))
            #expect(text.contains("<svg"))
        }
    }

    @Test func unwritablePlace() throws {
        try withTemporaryDirectory("export") { dir in
            var s = Self.session(dir)
            #expect(throws: Diagnostic.self) { try s.execute(line: "export report cycle /proc/stagesh-nowhere/x.csv") }
            do {
                _ = try s.execute(line: "export report cycle missing-dir/x.csv")
                Issue.record("expected a failure")
            } catch {
                #expect((error as? Diagnostic)?.message.english == "cannot write missing-dir/x.csv: no such file or directory")
            }
        }
    }
}

/// `export records|events FILE.json`: the CSV's columns as an array of objects.
@Suite struct ExportJSONTests {
    @Test func recordsAndEventsAsJSON() throws {
        try withTemporaryDirectory("export") { dir in
            var s = ExportReportTests.session(dir)
            _ = try s.execute(line: "set 2 value=\"\"")
            _ = try s.execute(line: "export records r.json")
            _ = try s.execute(line: "export events e.json")
            let records = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: dir + "/r.json") ?? Data()) as? [[String: Any]]
            let events = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: dir + "/e.json") ?? Data()) as? [[String: Any]]
            #expect(records?.count == 2)
            #expect(records?[0]["value"] as? Int == 1000)
            #expect(records?[1]["value"] is NSNull)
            #expect(records?[0]["stage"] as? String == "Won")
            #expect(events?.count == 4)
            #expect(events?[0]["from_stage"] is NSNull)
            #expect(events?[3]["reason"] as? String == "price")
        }
    }
}
