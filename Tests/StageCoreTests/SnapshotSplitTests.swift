import Foundation
import Testing

@testable import StageCore

/// Big snapshots are read by two workers, one from each half of the records;
/// these tests split small ones (`SnapshotReader.splitThreshold` 0) and expect
/// exactly what one worker gives: the same session, or the same first error
/// at the same JSON path.
@Suite struct SnapshotSplitTests {
    /// A saved session of generated records, with deletions, custom fields,
    /// activities, rules and reasons spread over both halves.
    static func savedText() throws -> String {
        var (s, dir) = try ImportTests.session()
        for line in [
            "generate 2000 seed 11", "rule add on demo move to Contacted",
            "set 3 region=North", "set 1990 region=South tier=gold", "delete 10", "delete 1500",
            "add opp \"Ann \\\"the deal\\\" – Ω\" value=5k", "log quote 2001 note \"sent v2\"",
            "lost 2001 because \"price too high\"", "add lead Zed", "log demo 2002",
            "move 2002 to Qualified because \"budget \\\"approved\\\"\"",
            "save \(dir.path)/split.json",
        ] {
            _ = try ImportTests.run(&s, line)
        }
        return try String(contentsOf: dir.appendingPathComponent("split.json"), encoding: .utf8)
    }

    /// Loads `text` read whole and read split: the session's fingerprint and
    /// `check`, or the error, for each.
    static func both(_ text: String) throws -> (whole: String, split: String) {
        func once(threshold: Int) throws -> String {
            var (s, dir) = try ImportTests.session(["doc.json": text])
            let text = SnapshotReader.$splitThreshold.withValue(threshold) {
                do {
                    _ = try s.execute(line: "load! \(dir.path)/doc.json")
                    return fingerprint(s) + "\n" + (try ImportTests.run(&s, "check"))
                } catch let d as Diagnostic {
                    return "error: " + d.message.english
                } catch {
                    return "error: \(error)"
                }
            }
            return text.replacingOccurrences(of: dir.path, with: "DIR")
        }
        return (try once(threshold: .max), try once(threshold: 0))
    }

    /// The lines of the records array, one record each, and the index of the first.
    static func recordLines(_ text: String) throws -> (lines: [String], first: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("{\"id\":") })
        return (lines, first)
    }

    @Test func aSavedSessionLoadsTheSame() throws {
        let (whole, split) = try Self.both(try Self.savedText())
        #expect(!whole.contains("error:"))
        #expect(whole.contains("consistent: 2000 records"))
        #expect(whole.contains("region=South"))
        #expect(whole == split)
    }

    /// Each case breaks one record near the end, in the second half, and the
    /// message must name that record's index in the whole array.
    @Test(arguments: [
        ("\"stage\":\"", "\"stage\":\"Nowhere", "unknown stage"),
        ("\"created\":\"", "\"created\":\"2026-13-", "created"),
        ("\"create\"]", "\"magic\"]", "magic"),
        ("\"id\":\"", "\"id\":\"two words ", "id"),
    ])
    func anErrorInTheSecondHalfNamesItsRecord(from: String, to: String, problem: String) throws {
        var (lines, first) = try Self.recordLines(try Self.savedText())
        let target = try #require(lines.indices.reversed().first { $0 < lines.count - 8 && lines[$0].contains(from) })
        lines[target] = lines[target].replacingOccurrences(of: from, with: to)
        let (whole, split) = try Self.both(lines.joined(separator: "\n"))
        #expect(whole.contains("$.records[\(target - first)]"), "\(whole)")
        #expect(whole.contains(problem))
        #expect(whole == split)
    }

    @Test func anErrorInTheFirstHalfComesFirst() throws {
        var (lines, first) = try Self.recordLines(try Self.savedText())
        lines[first + 1] = lines[first + 1].replacingOccurrences(of: "\"stage\":\"", with: "\"stage\":\"Nowhere")
        lines[lines.count - 10] = lines[lines.count - 10].replacingOccurrences(of: "\"stage\":\"", with: "\"stage\":\"Elsewhere")
        let (whole, split) = try Self.both(lines.joined(separator: "\n"))
        #expect(whole.contains("$.records[1].stage"), "\(whole)")
        #expect(whole == split)
    }

    /// The record before the last takes the first record's id: named at its
    /// own index, whether or not a later record, or the same one, is broken too.
    @Test(arguments: ["alone", "a later record broken", "its name missing", "its ledger missing"])
    func aDuplicateAcrossTheHalvesIsNamedAtTheSecond(_ variant: String) throws {
        var (lines, first) = try Self.recordLines(try Self.savedText())
        let last = try #require(lines.indices.last { lines[$0].hasPrefix("{\"id\":") })
        let firstId = try #require(lines[first].split(separator: ",").first)
        lines[last - 1] = String(firstId) + lines[last - 1].drop { $0 != "," }
        switch variant {
        case "a later record broken": lines[last] = lines[last].replacingOccurrences(of: "\"stage\":\"", with: "\"stage\":\"Nowhere")
        case "its name missing":
            lines[last - 1] = lines[last - 1].replacingOccurrences(of: #""name":"(?:[^"\\]|\\.)*","#, with: "", options: .regularExpression)
        case "its ledger missing":
            lines[last - 1] = lines[last - 1].replacingOccurrences(of: #","ledger":\[\[.*?\]\]"#, with: "", options: .regularExpression)
        default: break
        }
        let (whole, split) = try Self.both(lines.joined(separator: "\n"))
        #expect(whole.contains("$.records[\(last - 1 - first)].id"), "\(whole)")
        #expect(whole.contains("already taken"))
        #expect(whole == split)
        if variant.hasPrefix("its") { #expect(lines[last - 1].contains("\"name\"") != (variant == "its name missing")) }
        if variant == "its ledger missing" { #expect(!lines[last - 1].contains("ledger")) }
    }

    /// Records laid out over many lines: the cut falls inside a record, so the
    /// first worker reads on alone.
    @Test func aSnapshotLaidOutByHandLoadsTheSame() throws {
        let text = try Self.savedText().replacingOccurrences(of: ",\"", with: ",\n    \"")
        let (whole, split) = try Self.both(text)
        #expect(whole.contains("consistent: 2000 records"))
        #expect(whole == split)
    }

    /// A long log after a few records: the middle falls past the records array.
    @Test func aCutPastTheRecordsIsIgnored() throws {
        let entries = (0..<3000).map { "\"note \($0)\"" }.joined(separator: ",\n")
        let text = try Self.savedText().replacingOccurrences(of: "\"log\":[", with: "\"log\":[\n" + entries + ",\n")
        let (whole, split) = try Self.both(text)
        #expect(whole.contains("consistent: 2000 records"))
        #expect(whole == split)
    }

    @Test func aLaterErrorIsShiftedToItsIndex() {
        let e = SnapshotError(path: "$.records[12].ledger[3]", problem: .verbatim("p"))
        #expect(e.shifted(in: "$.records", by: 1000).path == "$.records[1012].ledger[3]")
        #expect(SnapshotError(path: "$.records", problem: .verbatim("p")).shifted(in: "$.records", by: 5).path == "$.records")
        #expect(SnapshotError(path: "$.log[2]", problem: .verbatim("p")).shifted(in: "$.records", by: 5).path == "$.log[2]")
    }
}
