import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `cohort` and `velocity` on hand-built ledgers with a frozen clock, cell by cell (as
/// `ReportTests` writes cells: `–` undefined, empty null, `%` a percentage).
@Suite("Cohort and velocity on hand-built ledgers")
struct CohortVelocityTests {
    // MARK: - Ledgers

    /// Records created in January and February 2026, won, lost and reopened around the window.
    ///
    /// January: A won after 55 days, B after exactly 90 days, C 90 days and a second after its
    /// creation, D won after 7 days then reopened and lost, E a lead created in January's last
    /// second, still open. February: F lost.
    static let cohorts = [
        "add opp A owner=Lan created=2026-01-05",
        "won 1 on 2026-03-01",
        "add opp B owner=Lan created=2026-01-10",
        "won 2 on 2026-04-10",
        "add opp C owner=Minh created=2026-01-20",
        "won 3 on 2026-04-20T00:00:01",
        "add opp D owner=Minh created=2026-01-25",
        "won 4 on 2026-02-01",
        "move 4 to Negotiation on 2026-02-05",
        "lost 4 on 2026-02-10",
        "add lead E created=2026-01-31T23:59:59",
        "add opp F created=2026-02-01",
        "lost 6 on 2026-02-15",
    ]

    /// February's cohort ends 2026-03-01; with the 90-day window it is mature only after 2026-05-30.
    static let cohortClock = Timestamp(year: 2026, month: 5, day: 30)!

    /// Opportunities won and lost before and during 2026, three open ones and a lead.
    ///
    /// W0 won (30 days) and L0 lost before 2026; in 2026 W1 won in 10 days, W2 in 30 (on
    /// 2026-03-03), L1 lost; three open opportunities O1–O3 and a lead.
    static let velocity = [
        "add opp W0 value=9999 created=2025-11-01",
        "won 1 on 2025-12-01",
        "add opp L0 created=2025-12-01",
        "lost 2 on 2025-12-20",
        "add opp W1 owner=Lan value=1000 created=2026-01-01",
        "won 3 on 2026-01-11",
        "add opp W2 owner=Minh value=2001 created=2026-02-01",
        "won 4 on 2026-03-03",
        "add opp L1 owner=Lan created=2026-01-05",
        "lost 5 on 2026-02-10",
        "add opp O1 owner=Lan value=500 created=2026-01-15",
        "add opp O2 owner=Minh created=2026-01-15",
        "move 7 to \"Proposal Sent\" on 2026-02-01",
        "add opp O3 created=2026-01-15",
        "add lead Lead created=2026-01-15",
    ]

    static let velocityClock = Timestamp(year: 2026, month: 6, day: 1)!

    static let cohortColumns = [
        "cohort", "records", "won", "lost", "open", "won in window", "rate", "low", "high", "note", "mature",
    ]
    static let velocityColumns = [
        "open", "won", "lost", "win rate", "avg won value", "cycle days", "per day", "per 30 days",
    ]

    // MARK: - Cases

    static let cases: [ReportCase] = [
        ReportCase(
            "cohort: first win within 90 days, the boundary in, a second past it out; a reopened win keeps",
            cohorts, at: cohortClock, "cohort", columns: cohortColumns,
            [
                ["2026-01", "5", "3", "1", "1", "3", "60.00%", "23.07%", "88.24%", "n < 20", "true"],
                // Its end plus 90 days is now, not before it: not mature yet.
                ["2026-02", "1", "0", "1", "0", "0", "0.00%", "0.00%", "79.35%", "n < 20", "false"],
            ]),
        ReportCase(
            "cohort by month is the default period", cohorts, at: cohortClock, "cohort by month",
            [
                ["2026-01", "5", "3", "1", "1", "3", "60.00%", "23.07%", "88.24%", "n < 20", "true"],
                ["2026-02", "1", "0", "1", "0", "0", "0.00%", "0.00%", "79.35%", "n < 20", "false"],
            ]),
        ReportCase(
            "cohort window 55d: exactly 55 days is in", cohorts, at: cohortClock, "cohort window 55d",
            [
                ["2026-01", "5", "3", "1", "1", "2", "40.00%", "11.76%", "76.93%", "n < 20", "true"],
                ["2026-02", "1", "0", "1", "0", "0", "0.00%", "0.00%", "79.35%", "n < 20", "true"],
            ]),
        ReportCase(
            "cohort window 54d: A's 55 days are out", cohorts, at: cohortClock, "cohort window 54d",
            [
                ["2026-01", "5", "3", "1", "1", "1", "20.00%", "*", "*", "n < 20", "true"],
                ["2026-02", "1", "0", "1", "0", "0", "0.00%", "0.00%", "79.35%", "n < 20", "true"],
            ]),
        ReportCase(
            "cohort by quarter", cohorts, at: cohortClock, "cohort by quarter",
            [["2026-Q1", "6", "3", "2", "1", "3", "50.00%", "18.76%", "81.24%", "n < 20", "false"]]),
        ReportCase(
            "cohort by week: ISO weeks from Monday", cohorts, at: cohortClock, "cohort by week",
            [
                ["2026-W02", "2", "2", "0", "0", "2", "100.00%", "34.24%", "100.00%", "n < 20", "true"],
                ["2026-W04", "2", "1", "1", "0", "1", "50.00%", "9.45%", "90.55%", "n < 20", "true"],
                ["2026-W05", "2", "0", "1", "1", "0", "0.00%", "0.00%", "65.76%", "n < 20", "true"],
            ]),
        ReportCase(
            "cohort by owner: monthly cohorts per owner", cohorts, at: cohortClock, "cohort by owner",
            columns: ["owner"] + cohortColumns,
            [
                ["Lan", "2026-01", "2", "2", "0", "0", "2", "100.00%", "34.24%", "100.00%", "n < 20", "true"],
                ["Minh", "2026-01", "2", "1", "1", "0", "1", "50.00%", "9.45%", "90.55%", "n < 20", "true"],
                ["", "2026-01", "1", "0", "0", "1", "0", "0.00%", "0.00%", "79.35%", "n < 20", "true"],
                ["", "2026-02", "1", "0", "1", "0", "0", "0.00%", "0.00%", "79.35%", "n < 20", "false"],
            ]),
        ReportCase(
            "cohort where: the shared clauses apply", cohorts, at: cohortClock,
            "cohort by quarter where owner = Minh window 10d",
            [["2026-Q1", "2", "1", "1", "0", "1", "50.00%", "9.45%", "90.55%", "n < 20", "true"]]),
        ReportCase(
            "cohort order by and limit", cohorts, at: cohortClock, "cohort by week order by rate desc limit 1",
            [["2026-W02", "2", "2", "0", "0", "2", "100.00%", "34.24%", "100.00%", "n < 20", "true"]]),
        // A was won at 2026-03-01 00:00, which `as of 2026-03-01` includes; B and C were open then.
        ReportCase(
            "cohort as of: stages, first wins and maturity then", cohorts, at: cohortClock, "cohort as of 2026-03-01",
            [
                ["2026-01", "5", "1", "1", "3", "2", "40.00%", "11.76%", "76.93%", "n < 20", "false"],
                ["2026-02", "1", "0", "1", "0", "0", "0.00%", "0.00%", "79.35%", "n < 20", "false"],
            ]),
        ReportCase("cohort of nothing", [], at: cohortClock, "cohort", columns: cohortColumns, []),

        ReportCase(
            "velocity over all time", velocity, at: velocityClock, "velocity", columns: velocityColumns,
            [["3", "3", "2", "60.00%", "4333.33", "23.33", "334.29", "10028.57"]]),
        ReportCase(
            "velocity since: records closed since then", velocity, at: velocityClock, "velocity since 2026-01-01",
            [["3", "2", "1", "66.67%", "1500.50", "20.00", "150.05", "4501.50"]]),
        // W1 was won at 2026-01-11 00:00: `since` takes the moment itself, a second later does not.
        ReportCase(
            "velocity since the moment of a win", velocity, at: velocityClock, "velocity since 2026-01-11",
            [["3", "2", "1", "66.67%", "1500.50", "20.00", "150.05", "4501.50"]]),
        ReportCase(
            "velocity since a second after a win", velocity, at: velocityClock, "velocity since 2026-01-11T00:00:01",
            [["3", "1", "1", "50.00%", "2001", "30.00", "100.05", "3001.50"]]),
        // Before 2026-03-01 W2 was still open: four open, and only W1 and L1 closed.
        ReportCase(
            "velocity until: the pipeline as it stood then", velocity, at: velocityClock,
            "velocity since 2026-01-01 until 2026-03-01",
            [["4", "1", "1", "50.00%", "1000", "10.00", "200", "6000"]]),
        // W2 was won at 2026-03-03 00:00: `until` leaves that moment out, a second later takes it.
        ReportCase(
            "velocity until the moment of a win", velocity, at: velocityClock, "velocity since 2026-01-01 until 2026-03-03",
            [["4", "1", "1", "50.00%", "1000", "10.00", "200", "6000"]]),
        ReportCase(
            "velocity until a second after a win", velocity, at: velocityClock,
            "velocity since 2026-01-01 until 2026-03-03T00:00:01",
            [["3", "2", "1", "66.67%", "1500.50", "20.00", "150.05", "4501.50"]]),
        ReportCase(
            "velocity: an earlier as of wins over until", velocity, at: velocityClock,
            "velocity since 2026-01-01 until 2026-03-03T00:00:01 as of 2026-03-01",
            [["4", "1", "1", "50.00%", "1000", "10.00", "200", "6000"]]),
        ReportCase(
            "velocity by owner", velocity, at: velocityClock, "velocity by owner", columns: ["owner"] + velocityColumns,
            [
                ["Lan", "1", "1", "1", "50.00%", "1000", "10.00", "50", "1500"],
                ["Minh", "1", "1", "0", "100.00%", "2001", "30.00", "66.70", "2001"],
                ["", "1", "1", "1", "50.00%", "9999", "30.00", "166.65", "4999.50"],
            ]),
        ReportCase(
            "velocity where", velocity, at: velocityClock, "velocity where owner = Lan",
            [["1", "1", "1", "50.00%", "1000", "10.00", "50", "1500"]]),

        // Undefined parts make the result –, never 0.
        ReportCase(
            "velocity of nothing", [], at: velocityClock, "velocity", columns: velocityColumns,
            [["0", "0", "0", "–", "–", "–", "–", "–"]]),
        ReportCase(
            "velocity with nothing closed", ["add opp A value=100 created=2026-01-01"], at: velocityClock, "velocity",
            [["1", "0", "0", "–", "–", "–", "–", "–"]]),
        ReportCase(
            "velocity with nothing won: a win rate of 0 but no won value", ["add opp A created=2026-01-01", "lost 1 on 2026-01-05", "add opp B"],
            at: velocityClock, "velocity", [["1", "0", "1", "0.00%", "–", "–", "–", "–"]]),
        ReportCase(
            "velocity with wins of no value",
            ["add opp A created=2026-01-01", "won 1 on 2026-01-11", "add opp B created=2026-01-02"],
            at: velocityClock, "velocity", [["1", "1", "0", "100.00%", "–", "10.00", "–", "–"]]),
        ReportCase(
            "velocity with wins in no time: no days to divide by",
            ["add opp A value=100 created=2026-01-01", "won 1 on 2026-01-01", "add opp B created=2026-01-02"],
            at: velocityClock, "velocity", [["1", "1", "0", "100.00%", "100", "0.00", "–", "–"]]),
        ReportCase(
            "velocity with no open opportunity is 0", ["add opp A value=100 created=2026-01-01", "won 1 on 2026-01-11", "add lead L"],
            at: velocityClock, "velocity", [["0", "1", "0", "100.00%", "100", "10.00", "0", "0"]]),
        // A won deal reopened is open again, and no win; before it was reopened it was.
        ReportCase(
            "velocity: a reopened deal is open",
            ["add opp R value=700 created=2026-01-01", "won 1 on 2026-01-05", "move 1 to Negotiation on 2026-01-07"],
            at: velocityClock, "velocity", [["1", "0", "0", "–", "–", "–", "–", "–"]]),
        ReportCase(
            "velocity until before the reopening",
            ["add opp R value=700 created=2026-01-01", "won 1 on 2026-01-05", "move 1 to Negotiation on 2026-01-07"],
            at: velocityClock, "velocity until 2026-01-06", [["0", "1", "0", "100.00%", "700", "4.00", "0", "0"]]),
        // Two currencies never add up: a row each, records without one last.
        ReportCase(
            "velocity with currencies: a row each",
            [
                "add opp A value=100 currency=USD created=2026-01-01", "add opp B value=200 currency=EUR created=2026-01-01",
                "won 2 on 2026-01-05", "add opp C value=50 created=2026-01-03", "won 3 on 2026-01-09",
                "add opp D value=10 currency=USD created=2026-01-01", "won 4 on 2026-01-11",
            ],
            at: velocityClock, "velocity", columns: ["currency"] + velocityColumns,
            [
                ["EUR", "0", "1", "0", "100.00%", "200", "4.00", "0", "0"],
                ["USD", "1", "1", "0", "100.00%", "10", "10.00", "1", "30"],
                ["–", "0", "1", "0", "100.00%", "50", "6.00", "0", "0"],
            ]),
    ]

    @Test("report cells", arguments: cases)
    func reportCells(_ c: ReportCase) throws {
        try c.check()
    }

    // MARK: - As of

    /// The moment a ledger line happened: its `created=` or its `on DATE`; nil for a line without one.
    static func moment(_ line: String) throws -> Int64? {
        let words = line.split(separator: " ").map(String.init)
        for (i, word) in words.enumerated() {
            let text: String
            if word.hasPrefix("created=") {
                text = String(word.dropFirst("created=".count))
            } else if i > 0 && words[i - 1] == "on" {
                text = word
            } else {
                continue
            }
            return try ValueParser.date(text).resolve(now: testNow).seconds
        }
        return nil
    }

    static let asOfMoments = [
        "2026-01-01", "2026-01-20", "2026-02-01", "2026-02-01T00:00:01", "2026-02-12", "2026-03-01", "2026-03-02",
        "2026-03-03", "2026-04-10", "2026-04-20", "2026-04-20T00:00:01", "2026-05-01",
    ]

    /// `as of D` is the report of a session where only what happened up to D did, its clock at D.
    @Test("as of D equals the report on the ledger cut at D", arguments: asOfMoments)
    func asOfEqualsTruncatedSession(_ date: String) throws {
        let at = try ValueParser.date(date).resolve(now: testNow)
        for (ledger, clock, reports) in [
            (Self.cohorts, Self.cohortClock, ["cohort", "cohort by week window 30d", "cohort by owner"]),
            (Self.velocity, Self.velocityClock, ["velocity", "velocity since 2026-01-05", "velocity by owner"]),
        ] {
            var full = testSession(clock: clock, running: ledger)
            let cut = try ledger.filter { try Self.moment($0).map { $0 <= at.seconds } ?? true }
            var truncated = testSession(clock: at, running: cut)
            for report in reports {
                let then = try StageTestSupport.table(&full, "\(report) as of \(date)")
                let now = try StageTestSupport.table(&truncated, report)
                #expect(
                    then == now,
                    "\(report) as of \(date):\n\(ReportLedger.text(then.rows.map { $0.map(ReportLedger.show) }))\ncut at \(date):\n\(ReportLedger.text(now.rows.map { $0.map(ReportLedger.show) }))"
                )
            }
        }
    }

    // MARK: - Records without a creation time

    /// An imported record with no creation time is in no cohort and no cycle, and said so under the table.
    @Test func recordsWithoutCreationTime() throws {
        try withTemporaryDirectory("cohort") { dir in
            try write(
                """
                id,name,kind,stage,value,created_at
                X1,No date won,opportunity,Won,500,
                X2,No date open,opportunity,Negotiation,100,
                X3,Dated,opportunity,Negotiation,100,2026-01-02T00:00:00Z
                """, to: dir + "/records.csv")
            var s = testSession(clock: Self.velocityClock, directory: dir, running: ["import records records.csv"])
            let cohort = try StageTestSupport.table(&s, "cohort")
            #expect(
                cohort.rows.map { $0.map(ReportLedger.show) } == [["2026-01", "1", "0", "0", "1", "0", "0.00%", "0.00%", "79.35%", "n < 20", "true"]])
            #expect(cohort.footer?.text(in: .english).contains("2 records have no creation time: left out of every cohort.") == true)
            #expect(cohort.footer?.text(in: .vietnamese).contains("2 bản ghi không có thời điểm tạo") == true)
            let velocity = try StageTestSupport.table(&s, "velocity")
            #expect(velocity.rows.map { $0.map(ReportLedger.show) } == [["2", "1", "0", "100.00%", "500", "–", "–", "–"]])
            #expect(velocity.footer?.text(in: .english).contains("1 won record has no creation time: left out of the cycle days.") == true)
            // Under `limit` the row count says what is shown, the note stays.
            let limited = try StageTestSupport.table(&s, "cohort limit 0")
            #expect(limited.footer?.text(in: .english).hasPrefix("(0 rows)\n2 records have no creation time") == true)
        }
    }

    // MARK: - Clauses, exports, charts

    /// `by` a period word is the cohorts' period wherever the report is run: its command,
    /// `export report` and `export chart`; a custom field named so stays a field.
    @Test func periodsAndExports() throws {
        try withTemporaryDirectory("cohort") { dir in
            var s = testSession(clock: Self.cohortClock, directory: dir, running: Self.cohorts)
            let byQuarter = try StageTestSupport.table(&s, "cohort by quarter window 60d")
            run(&s, "export report cohort q.csv by quarter window 60d")
            let csv = try String(contentsOfFile: dir + "/q.csv", encoding: .utf8)
            #expect(csv == TableRenderer.render(byQuarter, format: .csv))
            #expect(csv.hasPrefix("cohort,records,won,lost,open,won in window,rate,low,high,note,mature\n2026-Q1,6,"))
            run(&s, "format json")
            #expect(TableRenderer.render(byQuarter, format: .json).contains("\"mature\": false"))
            run(&s, "export chart cohort c.svg by week window 30d")
            let svg = try String(contentsOfFile: dir + "/c.svg", encoding: .utf8)
            #expect(svg.contains("2026-W02") && svg.contains("2026-W05") && svg.hasPrefix("<?xml"))
            // A terminal draws its bars on the rate.
            let weeks = try StageTestSupport.table(&s, "cohort by week")
            #expect(weeks.barColumn == weeks.columns.firstIndex { $0.name == "rate" })
            run(&s, "export report velocity v.csv since 2026-01-01 by owner")
            #expect(try String(contentsOfFile: dir + "/v.csv", encoding: .utf8).hasPrefix("owner,open,won,lost,win rate,"))
        }
        var s = testSession(clock: Self.cohortClock, running: Self.cohorts + ["set 1 month=spring", "set 2 month=summer"])
        let byField = try StageTestSupport.table(&s, "cohort by month")
        #expect(byField.columns.first?.name == "month")
        #expect(byField.rows.map { ReportLedger.show($0[0]) } == ["spring", "summer", "", ""])
    }

    @Test func badClauses() throws {
        var s = testSession(clock: Self.cohortClock, running: Self.cohorts)
        #expect(failure(&s, "cohort window soon")?.message.id == .notADuration)
        #expect(failure(&s, "cohort window")?.message.id == .expectedAtEnd)
        #expect(failure(&s, "cohort by month, owner")?.message.id == .reportOneGroup)
        #expect(failure(&s, "cohort since 2026-01-01")?.message.id == .unexpected)
        #expect(failure(&s, "velocity window 30d")?.message.id == .unexpected)
        #expect(failure(&s, "velocity since someday")?.message.id != nil)
        #expect(failure(&s, "cohort order by nothing")?.message.id == .unknownColumn)
    }

    /// Headings read in Vietnamese; the contract's names stay in CSV.
    @Test func vietnameseHeadings() throws {
        let vi = Language.vietnamese
        var s = testSession(clock: Self.cohortClock, running: Self.cohorts)
        let cohort = try StageTestSupport.table(&s, "cohort")
        #expect(cohort.columns.map { $0.heading(in: vi) }.contains("thắng trong hạn"))
        #expect(cohort.columns.map { $0.heading(in: vi) }.contains("đủ hạn"))
        let velocity = try StageTestSupport.table(&s, "velocity")
        #expect(
            velocity.columns.map { $0.heading(in: vi) } == [
                "đang mở", "thắng", "thua", "tỷ lệ thắng", "giá trị thắng TB", "số ngày chu kỳ", "mỗi ngày", "mỗi 30 ngày",
            ])
    }
}
