import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// Each report beside its own SQL (`Tests/Fixtures/reports/*.sql`), on generated pipelines.
///
/// A file's first line names the command it answers (`-- stagesh: funnel`). The pipeline is
/// exported to the canonical CSVs (`export records`, `export events`, and `export history`
/// when the query reads `field_history`), loaded into sqlite3 and queried; the rows must be the
/// report's rows in CSV, cell by cell: text exactly, numbers to the report's two decimals, SQL
/// NULL where the report prints nothing. `make bench` runs the same files in DuckDB.
@Suite("Reports agree with their SQL")
struct ReportSQLTests {
    /// (records, seed): empty, one record, and real sizes.
    static let pipelines: [(Int, UInt64)] = [(0, 1), (1, 10), (1, 35), (500, 1), (3000, 7), (20000, 42)]

    /// The SQL files, by name.
    static let files: [String] = {
        let dir = repositoryPath("Tests/Fixtures/reports")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted()
    }()

    @Test("a report equals its SQL", arguments: files, pipelines)
    func reportEqualsSQL(file: String, pipeline: (Int, UInt64)) throws {
        try check(file, pipeline)
    }

    /// Past 200,000 events the funnel splits its ledger pass between the cores: the parts' results
    /// must join into the same answer.
    @Test("the funnel's ledger pass in parts equals its SQL")
    func funnelInParts() throws {
        try check("funnel.sql", (70_000, 3))
    }

    func check(_ file: String, _ pipeline: (Int, UInt64)) throws {
        let sqlite = try #require(CrossCheck.sqlite3(), CrossCheck.missingSQLite)
        let sql = try fixtureText("Tests/Fixtures/reports/\(file)")
        let first = sql.split(separator: "\n").first ?? ""
        let command = try #require(
            first.hasPrefix("-- stagesh: ") ? String(first.dropFirst(12)) : nil, "\(file): its first line must be -- stagesh: COMMAND")
        var s = testSession()
        let dir = try makeTemporaryDirectory("reportsql").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        s.directory = dir
        run(&s, "generate \(pipeline.0) seed \(pipeline.1)")
        var tables = [("records", "records.csv"), ("stage_events", "events.csv")]
        if sql.contains("field_history") { tables.append(("field_history", "history.csv")) }
        for (name, csv) in tables {
            let set = name == "stage_events" ? "events" : name == "field_history" ? "history" : "records"
            run(&s, "export \(set) \"\(dir)/\(csv)\"")
        }
        let want = try Self.sqliteRows(sqlite, sql, tables: tables, in: dir)
        let report = try table(&s, command)
        let got = TableRenderer.render(report, format: .csv).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst().filter { !$0.isEmpty }.map { Self.fields(String($0)) }
        let label = "\(command) on generate \(pipeline.0) seed \(pipeline.1)"
        #expect(got.count == want.count, "\(label): \(got.count) rows, SQL \(want.count)")
        for (i, (g, w)) in zip(got, want).enumerated() {
            #expect(g.count == w.count, "\(label), row \(i + 1): \(g) against SQL \(w)")
            for (a, b) in zip(g, w) where !Self.same(a, b) {
                Issue.record("\(label), row \(i + 1): report \(g), SQL \(w)")
                break
            }
        }
    }

    /// Whether a report's CSV field and SQL's agree: equal text, numbers within half a cent of a
    /// percent, or both empty (SQL NULL).
    static func same(_ report: String, _ sql: String) -> Bool {
        if report == sql { return true }
        if let a = Double(report), let b = Double(sql) { return abs(a - b) < 0.0101 }
        return false
    }

    /// The query's rows as CSV fields (NULL as the empty field, as the report's CSV prints nothing).
    static func sqliteRows(_ sqlite: String, _ sql: String, tables: [(String, String)], in dir: String) throws -> [[String]] {
        var script = ".bail on\n.mode csv\n"
        for (name, csv) in tables { script += ".import --csv \"\(dir)/\(csv)\" \(name)\n" }
        script += ".headers off\n.nullvalue ''\n" + sql + "\n"
        return try CrossCheck.run(sqlite, script: script, in: dir).split(whereSeparator: \.isNewline).map { fields(String($0)) }
    }

    /// The fields of one CSV line (RFC 4180 quotes; no field here spans lines).
    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            switch (c, quoted) {
            case ("\"", true):
                // A doubled quote inside quotes is one quote; a single one ends the quoting.
                var peek = chars
                if peek.next() == "\"" {
                    field.append("\"")
                    chars = peek
                } else {
                    quoted = false
                }
            case ("\"", false): quoted = true
            case (",", false):
                out.append(field)
                field = ""
            case ("\r", false): break
            default: field.append(c)
            }
        }
        out.append(field)
        return out
    }
}
