import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// stagesh's reports beside the same questions asked in SQL.
///
/// A generated pipeline is exported to the canonical CSVs, loaded into an
/// in-memory sqlite3 database by the `sqlite3` command-line tool, and the six
/// queries of `Tests/Fixtures/queries.sql` are compared with the reports of
/// the same session, number for number, to the rounding the queries use.
/// `make test` installs sqlite3; without it these tests fail, never skip.
@Suite("Reports agree with SQL")
struct ReportCrossCheckTests {
    /// (records, seed): empty, one record (won / lost / open), and real sizes.
    static let pipelines: [(Int, UInt64)] = [(0, 1), (1, 10), (1, 1), (1, 35), (500, 1), (3000, 7), (20000, 42)]

    @Test("reports match queries.sql", arguments: pipelines)
    func reportsMatchSQL(count: Int, seed: UInt64) throws {
        let sqlite = try #require(CrossCheck.sqlite3(), CrossCheck.missingSQLite)
        var s = testSession()
        let dir = try makeTemporaryDirectory("crosscheck").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        s.directory = dir
        run(&s, "generate \(count) seed \(seed)")
        run(&s, "export records \"\(dir)/records.csv\"")
        run(&s, "export events \"\(dir)/events.csv\"")
        let sql = try CrossCheck.answers(sqlite: sqlite, records: "\(dir)/records.csv", events: "\(dir)/events.csv", in: dir)
        #expect(sql.keys.sorted() == ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"])

        // Q1 and Q4: funnel now / value, and entered, per stage.
        let funnel = try table(&s, "funnel")
        let stage = try funnel.column("stage"), now = try funnel.column("now")
        let value = try funnel.column("value"), entered = try funnel.column("entered")
        let stages = funnel.rows.map { CrossCheck.label($0[stage]) }
        let q1 = try CrossCheck.keyed(sql["Q1"], "Q1"), q4 = try CrossCheck.keyed(sql["Q4"], "Q4")
        for name in q1.keys { #expect(stages.contains(name), "Q1 has stage \(name), funnel has not") }
        for (name, row) in zip(stages, funnel.rows) {
            let expectedNow = try q1[name].map { try CrossCheck.number($0[0]) } ?? 0
            let expectedValue = try q1[name].map { try CrossCheck.number($0[1]) } ?? 0
            let expectedEntered = try q4[name].map { try CrossCheck.number($0[0]) } ?? 0
            #expect(CrossCheck.number(row[now]) == expectedNow, "Q1 count, stage \(name)")
            #expect(CrossCheck.number(row[value]) == expectedValue, "Q1 value, stage \(name)")
            #expect(CrossCheck.number(row[entered]) == expectedEntered, "Q4 entered, stage \(name)")
        }
        for name in q4.keys { #expect(stages.contains(name), "Q4 has stage \(name), funnel has not") }

        // Q2: win rate by owner, to two decimals; NULL (no closed record) is `–`.
        let winrate = try table(&s, "winrate by owner")
        let owner = try winrate.column("owner"), rate = try winrate.column("win rate")
        let q2 = try CrossCheck.keyed(sql["Q2"], "Q2")
        let owners = winrate.rows.map { CrossCheck.label($0[owner]) }
        #expect(Set(owners) == Set(q2.keys), "winrate by owner groups vs Q2 owners")
        #expect(owners.count == Set(owners).count, "an owner appears twice in winrate by owner")
        for (name, row) in zip(owners, winrate.rows) {
            guard let expected = q2[name]?[0] else { continue }
            CrossCheck.expectEqual(row[rate], sql: expected, "Q2 win rate, owner \(name)")
        }

        // Q3: mean days to Won (the won row of cycle).
        let cycle = try table(&s, "cycle")
        let outcome = try cycle.column("outcome"), mean = try cycle.column("mean days")
        let wonRow = try #require(cycle.rows.first { $0[outcome] == .text(Message.outcomeWon.english) }, "cycle has no won row")
        let q3 = try #require(sql["Q3"]?.first, "Q3 gave no row")
        CrossCheck.expectEqual(wonRow[mean], sql: q3[0], "Q3 mean days to Won")

        // Q5: mean days of closed spells per stage; a stage without any is `–`.
        let dwell = try table(&s, "dwell")
        let dwellStage = try dwell.column("stage"), dwellMean = try dwell.column("mean days")
        let q5 = try CrossCheck.keyed(sql["Q5"], "Q5")
        let dwellStages = dwell.rows.map { CrossCheck.label($0[dwellStage]) }
        for name in q5.keys { #expect(dwellStages.contains(name), "Q5 has stage \(name), dwell has not") }
        for (name, row) in zip(dwellStages, dwell.rows) {
            CrossCheck.expectEqual(row[dwellMean], sql: q5[name]?[0] ?? "NULL", "Q5 mean days, stage \(name)")
        }

        // Q6: open records unchanged for more than 30 days, per stage.
        let stuck = try table(&s, "stuck over 30d by stage")
        let stuckStage = try stuck.column("stage"), stuckCount = try stuck.column("stuck")
        let q6 = try CrossCheck.keyed(sql["Q6"], "Q6")
        let stuckStages = stuck.rows.map { CrossCheck.label($0[stuckStage]) }
        for name in q6.keys { #expect(stuckStages.contains(name), "Q6 has stage \(name), stuck has not") }
        for (name, row) in zip(stuckStages, stuck.rows) {
            let expected = try q6[name].map { try CrossCheck.number($0[0]) } ?? 0
            #expect(CrossCheck.number(row[stuckCount]) == expected, "Q6 stuck, stage \(name)")
        }

        // No report of this pipeline shows NaN or infinity anywhere.
        for line in [
            "funnel", "funnel strict", "winrate", "winrate by owner", "cycle", "cycle by owner", "dwell",
            "stuck", "stuck over 30d by stage", "conversion", "forecast", "forecast by owner", "calibrate",
        ] {
            let t = try table(&s, line)
            for row in t.rows {
                #expect(row.count == t.columns.count, "\(line): a row of \(row.count) cells under \(t.columns.count) columns")
                for cell in row { #expect(CrossCheck.isFinite(cell), "\(line): \(cell)") }
            }
        }
    }

    /// Zero denominators read `–` (`Cell.undefined`), never NaN or 0.
    @Test("empty pipeline: every ratio is –")
    func emptyPipeline() throws {
        var s = testSession()
        run(&s, "generate 0 seed 1")
        let funnel = try table(&s, "funnel")
        #expect(funnel.rows.count == 7)
        for row in funnel.rows {
            #expect(row[try funnel.column("now")] == .integer(0))
            #expect(row[try funnel.column("reached")] == .integer(0))
            #expect(row[try funnel.column("% of first")] == .undefined)
            // A lost stage is no step after won: it has no previous.
            let lost = row[try funnel.column("stage")] == .text("Lost")
            #expect(row[try funnel.column("% of previous")] == (lost ? .null : .undefined))
        }
        let winrate = try table(&s, "winrate")
        #expect(winrate.rows == [[.integer(0), .integer(0), .integer(0), .undefined, .undefined, .undefined, .null]])
        #expect(try table(&s, "winrate by owner").rows.isEmpty)
        let cycle = try table(&s, "cycle")
        for row in cycle.rows.prefix(2) {
            #expect(row[try cycle.column("records")] == .integer(0))
            #expect(row[try cycle.column("mean days")] == .undefined)
            #expect(row[try cycle.column("median days")] == .undefined)
            #expect(row[try cycle.column("p90 days")] == .undefined)
        }
        let dwell = try table(&s, "dwell")
        for row in dwell.rows {
            #expect(row[try dwell.column("mean days")] == .undefined)
            #expect(row[try dwell.column("open mean days")] == .undefined)
        }
        let conversion = try table(&s, "conversion")
        for row in conversion.rows { #expect(row[try conversion.column("conversion")] == .undefined) }
        let calibrate = try table(&s, "calibrate")
        for row in calibrate.rows {
            #expect(row[try calibrate.column("observed")] == .undefined)
            #expect(row[try calibrate.column("suggested")] == .undefined)
        }
        #expect(try table(&s, "forecast").rows == [[.integer(0), .total(0), .total(0)]])
        #expect(try table(&s, "stuck").rows.isEmpty)
        #expect(try table(&s, "stuck over 30d by stage").rows.isEmpty)
    }

    /// One open record: no closed record, so win rate and cycle are `–`;
    /// the stages after its own have no one to be a share of.
    @Test("one open record: – where nothing is closed")
    func oneOpenRecord() throws {
        var s = testSession()
        run(&s, "generate 1 seed 35")  // a lead that is still in Contacted
        #expect(s.pipeline[s.store.stages[0]].name == "Contacted")
        let winrate = try table(&s, "winrate")
        #expect(winrate.rows == [[.integer(0), .integer(0), .integer(0), .undefined, .undefined, .undefined, .null]])
        let byOwner = try table(&s, "winrate by owner")
        #expect(byOwner.rows.count == 1)
        #expect(byOwner.rows.first?[try byOwner.column("win rate")] == .undefined)
        let cycle = try table(&s, "cycle")
        #expect(cycle.rows[0][try cycle.column("mean days")] == .undefined)
        #expect(cycle.rows[1][try cycle.column("mean days")] == .undefined)
        #expect(cycle.rows[2][try cycle.column("records")] == .integer(1))
        let funnel = try table(&s, "funnel")
        let previous = try funnel.column("% of previous"), first = try funnel.column("% of first")
        // New 1, Contacted 1, then nobody: Qualified is 0% of Contacted, later stages have no previous
        // (Lost is no step: none at all).
        #expect(funnel.rows.map { $0[first] } == [.percent(100), .percent(100)] + Array(repeating: .percent(0), count: 5))
        #expect(funnel.rows.map { $0[previous] }.prefix(3) == [.percent(100), .percent(100), .percent(0)])
        #expect(funnel.rows.map { $0[previous] }.dropFirst(3) == [.undefined, .undefined, .undefined, .null])
        let calibrate = try table(&s, "calibrate")
        #expect(calibrate.rows.allSatisfy { $0[4] == .undefined && $0[5] == .undefined })
    }
}

/// The plumbing of the cross-check: sqlite3, and reading answers.
enum CrossCheck {
    static let missingSQLite: Comment = """
        sqlite3 is not installed, and the report cross-check needs the sqlite3 command-line tool: \
        run `make test`, which installs it (Debian package sqlite3), or `apt-get install sqlite3`
        """

    /// The sqlite3 executable on PATH, if any.
    static func sqlite3() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/sqlite3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The queries of queries.sql by their `-- Qn` names.
    static func queries() throws -> [(String, String)] {
        let text = try fixtureText("Tests/Fixtures/queries.sql")
        var out: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- Q"), let name = line.dropFirst(3).split(separator: " ").first {
                out.append((String(name), ""))
            } else if !out.isEmpty, !line.hasPrefix("--") {
                out[out.count - 1].1 += line + "\n"
            }
        }
        return out
    }

    /// Each query's rows (tab-separated fields; NULL as `NULL`), by query name.
    static func answers(sqlite: String, records: String, events: String, in dir: String) throws -> [String: [[String]]] {
        let queries = try queries()
        var script = """
            .bail on
            .mode csv
            .import --csv "\(records)" records
            .import --csv "\(events)" stage_events
            .mode list
            .separator "\\t" "\\n"
            .nullvalue NULL
            .headers off

            """
        for (name, sql) in queries { script += ".print \"@@ \(name)\"\n" + sql }
        let out = try run(sqlite, script: script, in: dir)
        var answers: [String: [[String]]] = [:]
        var current: String?
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@@ ") {
                current = String(line.dropFirst(3))
                answers[current!] = []
            } else if let current, !line.isEmpty {
                answers[current]!.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
        }
        return answers
    }

    /// What sqlite3 printed running `script` over an in-memory database; a failure is recorded and thrown.
    static func run(_ sqlite: String, script: String, in dir: String) throws -> String {
        let scriptPath = dir + "/script.sql", outPath = dir + "/out.txt", errPath = dir + "/err.txt"
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite)
        process.arguments = [":memory:"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: scriptPath))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        process.waitUntilExit()
        let err = try String(contentsOfFile: errPath, encoding: .utf8)
        struct SQLiteFailed: Error {}
        guard process.terminationStatus == 0, err.isEmpty else {
            Issue.record("sqlite3 exited \(process.terminationStatus): \(err)")
            throw SQLiteFailed()
        }
        return try String(contentsOfFile: outPath, encoding: .utf8)
    }

    /// Rows keyed by their first field, the rest as the value.
    static func keyed(_ rows: [[String]]?, _ name: String) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for row in try #require(rows, "\(name) gave no answer") {
            #expect(out[row[0]] == nil, "\(name): \(row[0]) twice")
            out[row[0]] = Array(row.dropFirst())
        }
        return out
    }

    static func number(_ text: String) throws -> Double {
        try #require(Double(text), "not a number: \(text)")
    }

    /// A report cell as a number, to the decimals it shows (nil for `–`, blank, text).
    static func number(_ cell: Cell) -> Double? {
        switch cell {
        case .integer(let n): return Double(n)
        case .total(let cents): return Double(Amount.format(cents: cents, grouping: false))
        case .number, .percent: return Double(TableRenderer.text(cell, for: .csv))
        default: return nil
        }
    }

    /// A group or stage cell as SQL shows it (a missing value is the empty string).
    static func label(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .text(let s): return s
        default: return TableRenderer.text(cell, for: .csv)
        }
    }

    static func isFinite(_ cell: Cell) -> Bool {
        switch cell {
        case .number(let v, _), .percent(let v), .bar(let v, _): return v.isFinite
        default: return true
        }
    }

    /// A rounded report cell against a rounded SQL number; SQL NULL must be `–`.
    static func expectEqual(_ cell: Cell, sql: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if sql == "NULL" {
            #expect(cell == .undefined, "\(what): SQL has no value (NULL), report shows \(cell)", sourceLocation: sourceLocation)
            return
        }
        guard let expected = Double(sql) else {
            Issue.record("\(what): SQL gave \(sql)", sourceLocation: sourceLocation)
            return
        }
        #expect(number(cell) == expected, "\(what): report \(cell), SQL \(sql)", sourceLocation: sourceLocation)
    }
}

extension Table {
    /// The index of the column named `name`.
    func column(_ name: String) throws -> Int {
        try #require(columns.firstIndex { $0.name == name }, "no column \(name) in \(columns.map(\.name))")
    }
}
