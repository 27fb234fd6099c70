import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `import records|events` with delimiters, stage maps, `create stages`, guessed dates, presets and dry runs.
///
/// Each test writes its files to a fresh directory; the preset samples are
/// the repository's `seeds/crm/*.csv`.
@Suite struct ImportTests {
    /// A session whose directory holds `files` (and copies of the CRM samples); the caller removes the directory.
    static func session(_ files: [String: String] = [:]) throws -> (Session, URL) {
        let dir = try makeTemporaryDirectory("import", files: files)
        for crm in ["odoo", "salesforce", "hubspot"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("seeds/crm/\(crm).csv"),
                to: dir.appendingPathComponent("\(crm).csv"))
        }
        return (testSession(directory: dir.path), dir)
    }

    /// The text of the outcomes: messages, and each table as `name=count` lines.
    static func text(_ outcomes: [Outcome]) -> String {
        var out: [String] = []
        func add(_ o: Outcome) {
            switch o {
            case .message(let m): out.append(m.english)
            case .table(let t):
                for row in t.rows {
                    out.append(
                        row.map { c -> String in
                            switch c {
                            case .text(let s): return s
                            case .integer(let n): return String(n)
                            default: return "\(c)"
                            }
                        }.joined(separator: "="))
                }
            case .sequence(let all): all.forEach(add)
            default: out.append("\(o)")
            }
        }
        outcomes.forEach(add)
        return out.joined(separator: "\n")
    }

    static func run(_ s: inout Session, _ line: String) throws -> String { text(try s.execute(line: line)) }

    /// Records per current stage, by stage name.
    static func perStage(_ s: Session) -> [String: Int] {
        var counts: [String: Int] = [:]
        for r in 0..<s.store.slotCount { counts[s.pipeline[s.store.stages[r]].name, default: 0] += 1 }
        return counts
    }

    /// The diagnostic a line fails with: its message and hints.
    static func failure(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> (String, [String]) {
        StageTestSupport.failure(&s, line, sourceLocation: sourceLocation).map { ($0.message.english, $0.hints.map(\.english)) } ?? ("", [])
    }

    // MARK: Presets and their sample files

    @Test func odooPreset() throws {
        var (s, dir) = try Self.session()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(&s, "import records odoo.csv preset odoo") == "imported 24 records from odoo.csv")
        #expect(Self.perStage(s) == ["New": 6, "Qualified": 4, "Proposal Sent": 8, "Won": 6])
        // A won row's ledger: created into the first opportunity stage, then won at its close date, imported.
        let slot = Int(s.store.slot(of: "__export__.crm_lead_103_9857")!)
        let events = (0..<s.store.eventCount).map { s.store.event($0) }.filter { Int($0.record) == slot }
        #expect(events.map { s.pipeline[$0.to].name } == ["Negotiation", "Won"])
        #expect(events.map(\.cause) == [.create, .import])
        #expect(Timestamp(seconds: events[1].at).iso8601.hasPrefix("2026-02-09T08:30"))
    }

    @Test func salesforcePreset() throws {
        var (s, dir) = try Self.session()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A byte-order mark, semicolons, \r\n and M/D/YYYY dates.
        #expect(try Self.run(&s, "import records salesforce.csv preset salesforce") == "imported 30 records from salesforce.csv")
        #expect(Self.perStage(s) == ["New": 4, "Qualified": 2, "Negotiation": 5, "Proposal Sent": 9, "Won": 5, "Lost": 5])
        // An open deal's Close Date is when it should close, not a move.
        let slot = Int(s.store.slot(of: "0065g00000003AbQAAU")!)
        #expect(s.store.stages[slot] == s.pipeline.stage(named: "Proposal Sent"))
        #expect(s.store.created[slot] == Timestamp(year: 2026, month: 2, day: 25)!.seconds)
        // Columns the preset does not name are custom fields.
        #expect(s.store.customFieldNames.values.sorted() == ["Fiscal Period", "Probability (%)"])
    }

    @Test func hubspotPreset() throws {
        var (s, dir) = try Self.session()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(&s, "import records hubspot.csv preset hubspot") == "imported 28 records from hubspot.csv")
        #expect(Self.perStage(s) == ["Contacted": 6, "Qualified": 3, "Negotiation": 5, "Proposal Sent": 3, "Won": 3, "Lost": 8])
    }

    @Test func presetDryRun() throws {
        var (s, dir) = try Self.session()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = fingerprint(s)
        #expect(
            try Self.run(&s, "import records salesforce.csv preset salesforce dry-run") == """
                dry run: 30 records of salesforce.csv would be imported; nothing was changed
                New=4
                Qualified=2
                Negotiation=5
                Proposal Sent=9
                Won=5
                Lost=5
                no problems found
                """)
        #expect(fingerprint(s) == before)
    }

    @Test func unknownPresetIsRefused() throws {
        var (s, dir) = try Self.session()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, _) = Self.failure(&s, "import records odoo.csv preset zoho")
        #expect(message == #"expected one of odoo, salesforce, hubspot, found "zoho""#)
        #expect(s.store.slotCount == 0)
    }

    // MARK: Delimiters

    @Test func semicolonsAreDetected() throws {
        var (s, dir) = try Self.session(["semi.csv": "id;name;stage;created_at\r\n1;An;New;2026-01-02\r\n2;\"Bình; Co\";Won;2026-01-03\r\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(&s, "import records semi.csv") == "imported 2 records from semi.csv")
        #expect(s.store.names[1] == "Bình; Co")
    }

    @Test func tabsAndBarsAreDetected() throws {
        var (s, dir) = try Self.session(["tab.tsv": "id\tname\tstage\n1\tA\tNew\n", "bar.csv": "id|name|stage\n2|B, Co|Contacted\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(&s, "import records tab.tsv") == "imported 1 record from tab.tsv")
        #expect(try Self.run(&s, "import records bar.csv") == "imported 1 record from bar.csv")
        #expect(s.store.names[1] == "B, Co")
    }

    @Test func oneColumnHeaderOverDelimitedRows() throws {
        var (s, dir) = try Self.session(["one.csv": "id\n1;An;New\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, hints) = Self.failure(&s, "import records one.csv")
        #expect(message == "one.csv:2: the header has one column, but this line has fields separated by semicolons")
        #expect(hints == ["separate the header's column names the same way as the rows"])
        #expect(s.store.slotCount == 0)
    }

    // MARK: Broken files: nothing imported

    @Test func missingColumn() throws {
        var (s, dir) = try Self.session(["f.csv": "id;name\n1;A\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, hints) = Self.failure(&s, "import records f.csv")
        #expect(message == #"f.csv:1: missing column "stage""#)
        #expect(hints.count == 1)
        #expect(s.store.slotCount == 0)
    }

    @Test func badDate() throws {
        var (s, dir) = try Self.session(["f.csv": "id,name,stage,created_at\n1,A,New,2026-01-02\n2,B,New,soon\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, _) = Self.failure(&s, "import records f.csv")
        #expect(message.hasPrefix(#"f.csv:3: column "created_at": "#))
        #expect(message.contains("soon"))
        #expect(s.store.slotCount == 0)
    }

    @Test func ambiguousDatesNeedALayout() throws {
        var (s, dir) = try Self.session(["f.csv": "id,name,stage,created_at\n1,A,New,3/4/2026\n2,B,New,1/2/2026\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, hints) = Self.failure(&s, "import records f.csv")
        #expect(message == #"f.csv:2: column "created_at": "3/4/2026" could be day/month or month/day, and no date in the column tells which"#)
        #expect(hints == ["give the layout, like: dates D/M/YYYY or dates M/D/YYYY"])
        #expect(s.store.slotCount == 0)
        #expect(try Self.run(&s, "import records f.csv dates D/M/YYYY") == "imported 2 records from f.csv")
        #expect(s.store.created[0] == Timestamp(year: 2026, month: 4, day: 3)!.seconds)
    }

    @Test func datesAreGuessedPerColumn() throws {
        var (s, dir) = try Self.session([
            "f.csv": """
            id,name,stage,created_at,expected_close
            1,A,New,3/4/2026,2026/05/01
            2,B,New,1/22/2026,01.06.2026
            3,C,New,2026-01-02 10:15:30,2026-07-01 09:00

            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Self.run(&s, "import records f.csv") == "imported 3 records from f.csv")
        // 1/22 makes the column month-first: 3/4 is March 4.
        #expect(s.store.created[0] == Timestamp(year: 2026, month: 3, day: 4)!.seconds)
        #expect(s.store.created[2] == Timestamp(year: 2026, month: 1, day: 2, hour: 10, minute: 15, second: 30)!.seconds)
        #expect(s.store.expectedClose[1] == Timestamp(year: 2026, month: 6, day: 1)!.seconds)
    }

    @Test func mixedDayAndMonthFirst() throws {
        var (s, dir) = try Self.session(["f.csv": "id,name,stage,created_at\n1,A,New,13/4/2026\n2,B,New,1/22/2026\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, _) = Self.failure(&s, "import records f.csv")
        #expect(
            message
                == #"f.csv:3: column "created_at": the column has a day-first date ("13/4/2026" on line 2) and a month-first one ("1/22/2026" on line 3)"#
        )
    }

    @Test func duplicateId() throws {
        var (s, dir) = try Self.session(["f.csv": "id;name;stage\n1;A;New\n2;B;New\n1;C;New\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, _) = Self.failure(&s, "import records f.csv")
        #expect(message == #"f.csv:4: column "id": id "1" is already used on line 2"#)
        #expect(s.store.slotCount == 0)
    }

    // MARK: Stages

    @Test func unknownStageWithoutCreate() throws {
        var (s, dir) = try Self.session(["f.csv": "id,name,stage\n1,A,New\n2,B,Demo booked\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = fingerprint(s)
        let (message, _) = Self.failure(&s, "import records f.csv")
        #expect(message == #"f.csv:3: column "stage": unknown stage "Demo booked""#)
        #expect(fingerprint(s) == before)
    }

    @Test func createStagesAndUndoBoth() throws {
        var (s, dir) = try Self.session([
            "f.csv": """
            id,kind,name,stage
            1,lead,A,New
            2,lead,B,Demo booked
            3,,C,Pilot
            4,,D,Closed Won
            5,,E,Đã thua

            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        // The pipeline and the records, without the undo history.
        func data(_ s: Session) -> String { String(fingerprint(s).split(separator: "clock ")[0]) }
        let before = data(s)
        #expect(
            try Self.run(&s, "import records f.csv create stages")
                == #"imported 5 records from f.csv; added stages "Demo booked", "Pilot", "Closed Won", "Đã thua""#)
        let p = s.pipeline
        #expect(p.leadOrder.map { p[$0].name } == ["New", "Contacted", "Qualified", "Demo booked"])
        #expect(p.opportunityOrder.map { p[$0].name } == ["Negotiation", "Proposal Sent", "Pilot", "Won", "Lost", "Closed Won", "Đã thua"])
        #expect(p[p.stage(named: "Closed Won")!].outcome == .won)
        #expect(p[p.stage(named: "Đã thua")!].outcome == .lost)
        #expect(p[p.stage(named: "Pilot")!].outcome == .open)
        let after = data(s)
        #expect(try Self.run(&s, "undo") == "undid import")
        #expect(data(s) == before)
        _ = try s.execute(line: "redo")
        #expect(data(s) == after)
    }

    @Test func stageLabelsAreMapped() throws {
        var (s, dir) = try Self.session([
            "r.csv": "id,name,stage\n1,A,Prospect\n2,B,\u{110}a\u{303} li\u{EA}n h\u{1EC7}\n",
            "e.csv": "record_id,from_stage,to_stage,changed_at\n1,,prospect,2026-01-01\n2,,Prospect,2026-01-01\n2,prospect,Đã liên hệ,2026-01-05\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        // Case-insensitive, NFC: the decomposed label in the file matches the composed one typed.
        #expect(
            try Self.run(&s, "import records r.csv stages PROSPECT=New \"Đã liên hệ\"=Contacted")
                == "imported 2 records from r.csv")
        #expect(Self.perStage(s) == ["New": 1, "Contacted": 1])
        #expect(
            try Self.run(&s, "import events e.csv stages prospect=New \"Đã liên hệ\"=Contacted")
                == "imported 3 stage events of 2 records from e.csv")
    }

    @Test func mapAndStagesInAnyOrder() throws {
        var (s, dir) = try Self.session(["f.csv": "Ref,Title,Phase,Opened\n7,A,Prospect,02.01.2026\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try Self.run(&s, "import records f.csv stages Prospect=New map Ref=id Title=name Phase=stage Opened=created")
                == "imported 1 record from f.csv")
        #expect(s.store.created[0] == Timestamp(year: 2026, month: 1, day: 2)!.seconds)
    }

    // MARK: Dry runs

    @Test func dryRunReportsProblemsAndChangesNothing() throws {
        var (s, dir) = try Self.session([
            "f.csv": """
            id,name,stage,created_at,value
            1,A,New,2026-01-02,100
            2,B,Nowhere,2026-01-02,100
            3,C,Won,2026-01-02,abc
            4,D,Won,2026-02-30,5
            1,E,Won,2026-01-02,5
            6,F,Lost,yesterday,5
            7,G,Nope,2026-01-02,5
            8,H,Qualified,2026-01-02,5

            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "add lead X")
        let before = fingerprint(s)
        let out = try Self.run(&s, "import records f.csv dry-run")
        // Id 1 is taken by the session's lead X; only H is fine.
        #expect(
            out == """
                dry run: 1 record of f.csv would be imported; nothing was changed
                Qualified=1
                7 problems of 6 kinds found:
                  f.csv:2: column "id": id "1" is already taken (2 rows: lines 2, 6)
                  f.csv:3: column "stage": unknown stage "Nowhere"
                    hint: stages are: "New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"
                    hint: name the stage it stands for with stages Nowhere=STAGE, or add `create stages`
                  f.csv:4: column "value": "abc" is not a number
                    hint: amounts look like 12000, 1234.56, 1,234.56, 1.234,56 or $1,234.56
                  f.csv:5: column "created_at": impossible date "2026-02-30": February 2026 has 28 days
                    hint: dates in CSV files are ISO-8601, like 2026-03-02T10:15:00Z
                  f.csv:7: column "created_at": "yesterday" is not a date
                    hint: dates in CSV files are ISO-8601, like 2026-03-02T10:15:00Z
                  f.csv:8: column "stage": unknown stage "Nope"
                    hint: stages are: "New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"
                    hint: name the stage it stands for with stages Nope=STAGE, or add `create stages`
                as it is, the import would stop at the first problem and import nothing
                """)
        #expect(fingerprint(s) == before)
    }

    @Test func dryRunOfAGoodFileWithNewStages() throws {
        var (s, dir) = try Self.session(["f.csv": "id,name,stage\n1,A,New\n2,B,Pilot\n3,C,Pilot\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = fingerprint(s)
        #expect(
            try Self.run(&s, "import records f.csv create stages dry-run") == """
                dry run: 3 records of f.csv would be imported; nothing was changed
                New=1
                Pilot=2
                stage that would be added: "Pilot"
                no problems found
                """)
        #expect(fingerprint(s) == before)
    }

    @Test func dryRunOfAFileWithoutItsColumns() throws {
        var (s, dir) = try Self.session(["f.csv": "id,name\n1,A\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try Self.run(&s, "import records f.csv dry-run") == """
                dry run: 0 records of f.csv would be imported; nothing was changed
                1 problem found:
                  f.csv:1: missing column "stage"
                    hint: the file's columns are: id, name
                as it is, the import would stop at the first problem and import nothing
                """)
    }
}
