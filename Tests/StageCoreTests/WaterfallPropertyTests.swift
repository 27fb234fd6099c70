import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `waterfall` on many pipelines: the identity on random windows, start and end against `forecast as of`, and the
/// report beside `Tests/Fixtures/reports/waterfall.sql` in sqlite3.
///
/// Random pipelines are built by random commands on a frozen clock (deals added, converted, valued, re-dated, moved
/// on, closed, reopened, deleted), so they carry the field events a waterfall replays; generated ones (`generate`)
/// add size.
@Suite("Waterfall on random pipelines")
struct WaterfallPropertyTests {
    static let first = Timestamp(year: 2026, month: 6, day: 1)!
    static let owners = ["Lan", "Minh", "Hoa"]

    /// A pipeline of `days` days from 2026-06-01, a few random commands a day at increasing times; commands the
    /// pipeline refuses (a move out of order, a record deleted) are skipped.
    static func randomSession(seed: UInt64, days: Int = 150, perDay: Int = 6) -> Session {
        var rng = SplitMix64(seed: seed)
        var s = testSession(clock: first, checkInvariants: false)
        var records = 0
        func day(_ t: Int64) -> String { Timestamp(seconds: t).iso8601 }
        for d in 0..<days {
            var t = first.seconds + Int64(d) * 86_400
            for _ in 0..<perDay {
                t += Int64(rng.below(14_400))
                _ = try? s.execute(line: "now \(day(t))")
                let id = records == 0 ? 1 : 1 + rng.below(records)
                let close = rng.chance(15) ? "" : " expected_close=\(day(t + Int64(rng.below(180) - 30) * 86_400).prefix(10))"
                let value = rng.chance(5) ? "" : " value=\(rng.below(100_000)).\(rng.below(100))"
                let owner = " owner=\(owners[rng.below(owners.count)])"
                let line: String
                switch rng.below(20) {
                case 0, 1: line = "add opp deal\(records + 1)\(value)\(close)\(owner)"
                case 2: line = "add lead lead\(records + 1)\(value)\(close)\(owner)"
                case 3: line = "move \(id) to \(["Contacted", "Qualified"][rng.below(2)])"
                case 4: line = "convert \(id)"
                case 5: line = "move \(id) to \"Proposal Sent\""
                case 6, 7: line = "set \(id)\(value.isEmpty ? " value=\"\"" : value)"
                case 8, 9: line = "set \(id)\(close.isEmpty ? " expected_close=\"\"" : close)"
                case 10, 11: line = "won \(id)"
                case 12, 13: line = "lost \(id)"
                case 14, 15: line = "move \(id) to Negotiation"
                case 16: line = rng.chance(20) ? "delete \(id)" : "set \(id)\(owner)"
                default: line = "set \(id)\(value)\(close)"
                }
                if (try? s.execute(line: line)) != nil && line.hasPrefix("add ") { records += 1 }
            }
        }
        _ = try? s.execute(line: "now 2026-11-29")
        return s
    }

    /// A random moment between 2026-05-01 and 2026-12-31: a date, a date and time, or a period.
    static func moment(_ rng: inout SplitMix64) -> String {
        switch rng.below(6) {
        case 0: return ["2026-Q2", "2026-Q3", "2026-Q4", "2026-07", "2026-09", "2026-11"][rng.below(6)]
        case 1: return Timestamp(seconds: first.seconds + Int64(rng.below(200 * 86_400))).iso8601
        default: return String(Timestamp(seconds: first.seconds - 30 * 86_400 + Int64(rng.below(240)) * 86_400).iso8601.prefix(10))
        }
    }

    /// FROM and TO resolved as the report resolves them: a period FROM its start, a period TO its end.
    static func resolve(_ text: String, atEnd: Bool) throws -> Int64 {
        let token = Token(.word, text, SourceRange(0, text.utf8.count))
        return try DateSpec.moment(token, atEnd: atEnd).resolve(now: testNow).seconds
    }

    /// A random `waterfall` line: a window in order, and perhaps a period, a filter, a group.
    static func command(_ rng: inout SplitMix64) throws -> String {
        var a = moment(&rng), b = moment(&rng)
        if try resolve(a, atEnd: false) > resolve(b, atEnd: true) { swap(&a, &b) }
        while try resolve(a, atEnd: false) > resolve(b, atEnd: true) { a = "2026-05-01" }
        var line = "waterfall \(a) \(b)"
        if rng.chance(50) { line += " for " + ["2026-Q3", "2026-Q4", "2026-10", "2026", "next quarter"][rng.below(5)] }
        if rng.chance(30) { line += [" where owner = Lan", " where value > 50000", " where stage = Won"][rng.below(3)] }
        if rng.chance(30) { line += [" by owner", " by stage", " by month(created)"][rng.below(3)] }
        return line
    }

    @Test("the identity holds on random windows of random pipelines", arguments: [1, 2, 3, 4] as [UInt64])
    func identityOnRandomPipelines(seed: UInt64) throws {
        var s = Self.randomSession(seed: seed)
        #expect(s.store.fieldEvents.count > 100)
        var rng = SplitMix64(seed: seed &* 7919)
        for _ in 0..<40 {
            let line = try Self.command(&rng)
            let t = try table(&s, line)
            WaterfallReportTests.expectIdentity(t)
            // Without a group or a period, the ends are the open pipeline then.
            if !line.contains(" by ") && !line.contains(" for ") && !line.contains(" where ") {
                let parts = line.split(separator: " ").map(String.init)
                let from = try Self.resolve(parts[1], atEnd: false), to = try Self.resolve(parts[2], atEnd: true)
                for (row, moment) in [(0, from), (9, to)] {
                    let f = try table(&s, "forecast as of \(Timestamp(seconds: moment).iso8601)")
                    #expect(t.rows[row][1] == f.rows[0][0] && t.rows[row][2] == f.rows[0][1], "\(line): row \(row)")
                }
            }
            // Each bucket's records add up to it.
            if !line.contains(" by ") {
                let showable = WaterfallBucket.allCases.filter { $0 != .start && $0 != .end }
                let b = showable[rng.below(showable.count)]
                let shown = try table(&s, line + " show \(b.name)")
                var cents: Int128 = 0
                for row in shown.rows { if case .total(let c) = row[try shown.column("value")] { cents += c } }
                #expect(t.rows[b.rawValue][2] == .total(cents), "\(line) show \(b.name)")
                if !b.valueOnly { #expect(t.rows[b.rawValue][1] == .integer(Int64(b.subtracts ? -shown.rows.count : shown.rows.count))) }
            }
        }
    }

    @Test("the identity holds on generated pipelines", arguments: [(300, 3), (2000, 11), (5000, 42)] as [(Int, UInt64)])
    func identityOnGeneratedPipelines(count: Int, seed: UInt64) throws {
        var s = testSession(running: ["generate \(count) seed \(seed)"])
        var rng = SplitMix64(seed: seed)
        for _ in 0..<25 { WaterfallReportTests.expectIdentity(try table(&s, try Self.command(&rng))) }
    }

    @Test("random pipelines agree with waterfall.sql", arguments: [1, 5, 6] as [UInt64])
    func agreesWithSQL(seed: UInt64) throws {
        let sqlite = try #require(CrossCheck.sqlite3(), CrossCheck.missingSQLite)
        let sql = try fixtureText("Tests/Fixtures/reports/waterfall.sql")
        let command = String(try #require(sql.split(separator: "\n").first?.dropFirst("-- stagesh: ".count)))
        var s = Self.randomSession(seed: seed, days: 180, perDay: 10)
        let dir = try makeTemporaryDirectory("waterfallsql").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        run(&s, "export records \"\(dir)/records.csv\"")
        run(&s, "export events \"\(dir)/events.csv\"")
        run(&s, "export history \"\(dir)/history.csv\"")
        let tables = [("records", "records.csv"), ("stage_events", "events.csv"), ("field_history", "history.csv")]
        let want = try ReportSQLTests.sqliteRows(sqlite, sql, tables: tables, in: dir)
        let report = try table(&s, command)
        let got = TableRenderer.render(report, format: .csv).split(separator: "\n").dropFirst().map { ReportSQLTests.fields(String($0)) }
        #expect(got.count == 10 && want.count == 10)
        for (g, w) in zip(got, want) {
            #expect(g.count == w.count && zip(g, w).allSatisfy { ReportSQLTests.same($0, $1) }, "report \(g), SQL \(w)")
        }
        // Something moved in every bucket of such a busy pipeline.
        for row in report.rows { #expect(row[2] != .total(0), "\(row)") }
    }
}
