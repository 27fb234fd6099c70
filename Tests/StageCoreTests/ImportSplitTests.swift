import Foundation
import Testing

@testable import StageCore

/// Big files are read by two workers, each from one half; these tests split
/// small files (`CSVSplit.threshold` 0) and expect exactly what one worker
/// gives: the same session, and the same first error at the same line.
@Suite struct ImportSplitTests {
    /// Runs `lines` in a fresh session over `files`, read whole and read split;
    /// returns both transcripts (messages, or the error) and exports.
    static func both(_ files: [String: String], _ lines: [String]) throws -> (whole: String, split: String) {
        func once(threshold: Int) throws -> String {
            var (s, dir) = try ImportTests.session(files)
            defer { try? FileManager.default.removeItem(at: dir) }
            var out: [String] = []
            try CSVSplit.$threshold.withValue(threshold) {
                for line in lines {
                    do {
                        out.append(try ImportTests.run(&s, line))
                    } catch let d as Diagnostic {
                        out.append("error: " + d.message.english)
                    }
                }
            }
            _ = try ImportTests.run(&s, "export records out.csv")
            _ = try ImportTests.run(&s, "export events out-events.csv")
            out.append(try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8))
            out.append(try String(contentsOf: dir.appendingPathComponent("out-events.csv"), encoding: .utf8))
            return out.joined(separator: "\n")
        }
        return (try once(threshold: .max), try once(threshold: 0))
    }

    /// A generated pipeline's two CSV files.
    static func generated(_ count: Int, seed: Int) throws -> (records: String, events: String) {
        var (s, dir) = try ImportTests.session()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try ImportTests.run(&s, "generate \(count) seed \(seed)")
        _ = try ImportTests.run(&s, "export records r.csv")
        _ = try ImportTests.run(&s, "export events e.csv")
        return (
            try String(contentsOf: dir.appendingPathComponent("r.csv"), encoding: .utf8),
            try String(contentsOf: dir.appendingPathComponent("e.csv"), encoding: .utf8)
        )
    }

    static let imports = ["import records r.csv", "import events e.csv", "funnel", "dwell"]

    @Test func aGeneratedPipelineReadsTheSame() throws {
        let (records, events) = try Self.generated(3_000, seed: 5)
        let (whole, split) = try Self.both(["r.csv": records, "e.csv": events], Self.imports)
        #expect(!whole.contains("error:"))
        #expect(whole == split)
    }

    /// Each case breaks one line near the end of a file, in the second half.
    @Test(arguments: [
        ("r.csv", "Contacted", "Nowhere"),  // an unknown stage
        ("r.csv", "2026-", "2026-13-"),  // an impossible date
        ("e.csv", "manual", "magic"),  // an unknown cause
    ])
    func anErrorInTheSecondHalfNamesItsLine(file: String, from: String, to: String) throws {
        var (records, events) = try Self.generated(2_000, seed: 9)
        var lines = (file == "r.csv" ? records : events).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = try #require(lines.indices.reversed().first { $0 < lines.count - 5 && lines[$0].contains(from) })
        lines[target] = lines[target].replacingOccurrences(of: from, with: to)
        if file == "r.csv" { records = lines.joined(separator: "\n") } else { events = lines.joined(separator: "\n") }
        let (whole, split) = try Self.both(["r.csv": records, "e.csv": events], Self.imports)
        #expect(whole.contains(":\(target + 1):"))
        #expect(whole == split)
    }

    @Test func aDuplicateAcrossTheHalvesNamesBothLines() throws {
        let (records, events) = try Self.generated(2_000, seed: 3)
        var lines = records.split(separator: "\n").map(String.init)
        // The last record takes the first record's id.
        let firstId = lines[1].prefix { $0 != "," }
        lines[lines.count - 1] = String(firstId + lines[lines.count - 1].drop { $0 != "," })
        let (whole, split) = try Self.both(["r.csv": lines.joined(separator: "\n") + "\n", "e.csv": events], Self.imports)
        #expect(whole.contains("line 2"))
        #expect(whole.contains(":\(lines.count):"))
        #expect(whole == split)
    }

    @Test func aQuotedLineBreakAtTheMiddleIsReadWhole() throws {
        let (records, events) = try Self.generated(1_000, seed: 4)
        var lines = records.split(separator: "\n").map(String.init)
        // A name of many lines around the middle of the file: the split guess falls inside it.
        let middle = lines.count / 2
        var fields = lines[middle].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[2] = "\"" + Array(repeating: "a long, \"\"quoted\"\" name", count: 4_000).joined(separator: "\n") + "\""
        lines[middle] = fields.joined(separator: ",")
        let (whole, split) = try Self.both(["r.csv": lines.joined(separator: "\n") + "\n", "e.csv": events], Self.imports)
        #expect(!whole.contains("error:"))
        #expect(whole == split)
    }

    /// Records imported into a session that has records already: both parts are
    /// appended to the store, and an id the session has is refused on its line.
    @Test(arguments: [false, true])
    func intoASessionWithRecords(clash: Bool) throws {
        let (records, events) = try Self.generated(2_000, seed: 6)
        var lines = records.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        let first = ([header] + lines.prefix(100)).joined(separator: "\n") + "\n"
        var rest = Array(lines.dropFirst(100))
        if clash { rest[rest.count - 2] = "7" + String(rest[rest.count - 2].drop { $0 != "," }) }
        let (whole, split) = try Self.both(
            ["a.csv": first, "b.csv": ([header] + rest).joined(separator: "\n") + "\n", "e.csv": events],
            ["import records a.csv", "import records b.csv", "import events e.csv", "funnel by owner", "count by owner"])
        #expect(whole.contains("error:") == clash)
        #expect(whole == split)
    }

    @Test func eventsOutOfOrderReadTheSame() throws {
        let (records, events) = try Self.generated(2_000, seed: 8)
        var lines = events.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        lines.reverse()
        let (whole, split) = try Self.both(
            ["r.csv": records, "e.csv": ([header] + lines).joined(separator: "\n") + "\n"], Self.imports)
        #expect(!whole.contains("error:"))
        #expect(whole == split)
    }

    @Test func anUnknownRecordInTheSecondHalfNamesItsLine() throws {
        let (records, events) = try Self.generated(2_000, seed: 2)
        var lines = events.split(separator: "\n").map(String.init)
        lines[lines.count - 3] = "999999" + String(lines[lines.count - 3].drop { $0 != "," })
        let (whole, split) = try Self.both(["r.csv": records, "e.csv": lines.joined(separator: "\n") + "\n"], Self.imports)
        #expect(whole.contains(":\(lines.count - 2):"))
        #expect(whole == split)
    }
}

/// The byte-level readers the importers use instead of Strings.
@Suite struct FieldTextTests {
    @Test(arguments: Cause.allCases)
    func everyCauseReadsFromItsBytesInAnyCase(cause: Cause) {
        for text in [cause.name, cause.name.uppercased()] {
            var text = text
            #expect(text.withUTF8 { Cause(utf8: $0) } == cause)
        }
    }

    @Test(
        arguments: [
            ("1234", 123_400), ("1234.5", 123_450), ("0.07", 7), ("999999999999999", 99_999_999_999_999_900),
        ] as [(String, Int64)])
    func plainAmounts(text: String, cents: Int64) {
        var text = text
        #expect(text.withUTF8 { FieldText.plainAmount($0) } == cents)
    }

    /// Anything else goes to the full number parser.
    @Test(arguments: ["", "-5", "1,234", "12_000", "1.5k", "1.234", "1000000000000000", ".5", "5."])
    func notPlainAmounts(text: String) {
        var text = text
        #expect(text.withUTF8 { FieldText.plainAmount($0) } == nil)
    }

    @Test(arguments: [
        ("plain ascii", FieldText.Form.nfc), ("Công ty – Đặng", .nfc), ("Nguye\u{0302}\u{0303}n", .needsNormalizing),
        ("emoji 🙂", .needsNormalizing),
    ])
    func forms(text: String, form: FieldText.Form) {
        var text = text
        #expect(text.withUTF8 { FieldText.form($0) } == form)
    }

    @Test(arguments: [[0xFF], [0xC3], [0xE1, 0xBB], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { FieldText.form($0) } == .invalid)
    }
}

/// Order statistics without sorting, against a sort.
@Suite struct SelectionTests {
    /// Sorted-array quantiles, as the reports computed them before.
    static func sortedQuantile(_ values: [Int64], _ q: Double) -> Double {
        let s = values.sorted()
        let position = q * Double(s.count - 1)
        let lo = Int(position.rounded(.down)), hi = min(lo + 1, s.count - 1)
        return Double(s[lo]) + (Double(s[hi]) - Double(s[lo])) * (position - Double(lo))
    }

    @Test(arguments: [1, 2, 3, 5, 10, 11, 100, 1_001, 20_000])
    func quantilesEqualSortedOnes(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let shapes: [[Int64]] = [
            (0..<count).map { _ in Int64.random(in: -1_000...1_000_000, using: &generator) },
            (0..<count).map { Int64($0) },  // sorted
            (0..<count).map { Int64(count - $0) },  // reversed
            Array(repeating: 7, count: count),  // all equal
            (0..<count).map { Int64($0 % 3) },  // few values
        ]
        for values in shapes {
            var a = values
            let got = quantiles(&a, [0.5, 0.9])
            #expect(got == [Self.sortedQuantile(values, 0.5), Self.sortedQuantile(values, 0.9)])
            #expect(a.sorted() == values.sorted())
        }
    }
}
