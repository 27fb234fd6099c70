import Foundation
import StageTestSupport
import Testing

@testable import StageCore
@testable import StageShell

/// In csv, tsv and json, standard output holds the results alone: notices
/// ("loaded demo: ...", "added lead 1", "imported ...") go to standard error,
/// so `stagesh demo.json -c 'list' --format json | jq .` parses.
@Suite struct MachineFormatStreamTests {
    /// Runs `lines` after `format FORMAT` on the bundled demo snapshot.
    static func run(_ format: String, _ lines: [String]) -> BufferOutput {
        let output = BufferOutput()
        let runner = Runner(session: testSession(directory: repositoryRoot.path), output: output)
        for (i, line) in (["format \(format)", "load! seeds/demo.json"] + lines).enumerated() {
            _ = runner.runLine(Array(line.utf8), source: "t.stg", line: i + 1)
        }
        return output
    }

    @Test func jsonParses() throws {
        let output = Self.run("json", ["add lead X", "list limit 2", "count by stage"])
        #expect(output.standardError.contains("loaded demo"))
        #expect(output.standardError.contains("added lead"))
        // Two JSON documents, one per command, each on its own lines.
        let documents = output.standardOutput.components(separatedBy: "\n]\n").filter { !$0.isEmpty }.map { $0 + "\n]" }
        #expect(documents.count == 2)
        for d in documents {
            let parsed = try JSONSerialization.jsonObject(with: Data(d.utf8))
            #expect(parsed is [Any])
        }
    }

    @Test(arguments: [("csv", ","), ("tsv", "\t")])
    func delimitedFormatsHoldOnlyTheirRows(format: String, delimiter: String) {
        let output = Self.run(format, ["list limit 2"])
        let lines = output.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains(delimiter) })
        #expect(output.standardError.contains("loaded demo"))
    }

    @Test func tablesKeepTheirNoticesBesideThem() {
        let output = Self.run("table", ["list limit 2"])
        #expect(output.standardOutput.hasPrefix("loaded demo"))
        #expect(output.standardError == "")
    }
}
