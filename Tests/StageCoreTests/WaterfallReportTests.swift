import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `waterfall` on hand-built ledgers: every bucket, the deals that fill it, and the identity that ties them together.
///
/// The ledgers are built with the clock frozen (`now DATE`), so that `set` records its field events on the day
/// chosen; stage moves take `on DATE` or the clock.
@Suite("Waterfall report")
struct WaterfallReportTests {
    /// One deal per bucket, between FROM = 2026-09-01 and TO = 2026-10-01; with `for 2026-Q4` the expected closes
    /// decide too (every deal is expected on 2026-10-15 unless said).
    static let everyBucket = [
        "now 2026-08-01",
        "add opp \"A stays\" value=100 expected_close=2026-10-15 owner=Lan",
        "add opp \"B won\" value=200 expected_close=2026-10-15 owner=Lan",
        "add opp \"C lost\" value=300 expected_close=2026-10-15 owner=Minh",
        "add opp \"D pushed\" value=400 expected_close=2026-10-15 owner=Minh",
        "add opp \"E up\" value=500 expected_close=2026-10-15 owner=Lan",
        "add opp \"F down\" value=600 expected_close=2026-10-15 owner=Minh",
        "add opp \"G reopened\" value=700 expected_close=2026-10-15 owner=Lan",
        "won 7",
        "add lead \"H converted\" value=800 owner=Minh",
        "move 8 to Contacted", "move 8 to Qualified",
        "add opp \"I pulled in\" value=900 expected_close=2027-01-15 owner=Lan",
        "now 2026-09-10",
        "won 2", "lost 3",
        "set 4 expected_close=2027-02-01",
        "set 5 value=550", "set 6 value=450",
        "move 7 to Negotiation",
        "convert 8",
        "set 9 expected_close=2026-11-20",
        "add opp \"J created\" value=1000 expected_close=2026-12-01 owner=Minh",
        "add opp \"K created and won\" value=1100 expected_close=2026-12-01 owner=Lan",
        "now 2026-09-15", "set 11 value=1200",
        "now 2026-09-20", "won 11",
        // After its close, before TO: K counts at its value when it was won, 1,200.
        "now 2026-09-25", "set 11 value=1500",
        // After TO: no bucket sees these.
        "now 2026-10-20", "set 1 value=9999", "won 10",
        "now 2026-11-29",
    ]

    typealias Row = (deals: Int64?, value: String)

    /// The summary as bucket → (deals, value as CSV prints it), checking the identity on the way.
    static func summary(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Row] {
        let t = try table(&s, line, sourceLocation: sourceLocation)
        #expect(t.columns.map(\.name) == ["bucket", "deals", "value"], sourceLocation: sourceLocation)
        #expect(t.rows.count == 10, sourceLocation: sourceLocation)
        var out: [String: Row] = [:]
        for row in t.rows {
            guard case .text(let name) = row[0] else { continue }
            let deals: Int64? = if case .integer(let n) = row[1] { n } else { nil }
            out[name] = (deals, TableRenderer.text(row[2], for: .csv))
        }
        expectIdentity(t, sourceLocation: sourceLocation)
        return out
    }

    /// Every waterfall of `t` (one per group and currency: ten rows each) adds up to its `end`, deals and cents.
    static func expectIdentity(_ t: Table, sourceLocation: SourceLocation = #_sourceLocation) {
        let bucket = t.columns.firstIndex { $0.name == "bucket" }!
        let deals = bucket + 1, value = bucket + 2
        #expect(t.rows.count % 10 == 0, sourceLocation: sourceLocation)
        for start in stride(from: 0, to: t.rows.count, by: 10) {
            let rows = t.rows[start..<(start + 10)]
            #expect(rows.map { $0[bucket] } == WaterfallBucket.allCases.map { .text($0.label.english) }, sourceLocation: sourceLocation)
            var count: Int64 = 0
            var cents: Int128 = 0
            for row in rows.dropLast() {
                if case .integer(let n) = row[deals] { count += n }
                if case .total(let c) = row[value] { cents += c }
            }
            #expect(rows.last![deals] == .integer(count), "deals add up to end", sourceLocation: sourceLocation)
            #expect(rows.last![value] == .total(cents), "value adds up to end", sourceLocation: sourceLocation)
            // value up and down count no deals; the others count some, signed as they add.
            #expect(rows[start + 7][deals] == .null && rows[start + 8][deals] == .null, sourceLocation: sourceLocation)
            for (i, b) in WaterfallBucket.allCases.enumerated() {
                if case .total(let c) = rows[start + i][value] {
                    #expect(b.subtracts ? c <= 0 : c >= 0, "\(b.name) has the wrong sign", sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// The ids a `show BUCKET` lists, with the value each adds there.
    static func shown(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        let t = try table(&s, line, sourceLocation: sourceLocation)
        let id = try t.column("id"), value = try t.column("value")
        var out: [String: String] = [:]
        for row in t.rows { out[TableRenderer.text(row[id], for: .csv)] = TableRenderer.text(row[value], for: .csv) }
        return out
    }

    @Test("every bucket, without a period")
    func everyBucketWithoutPeriod() throws {
        var s = testSession(running: Self.everyBucket)
        let w = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01")
        // Open at FROM: A B C D E F I (G was won, H a lead, J and K not there yet).
        #expect(w["start"]! == (7, "3000"))
        // H converted, J created, K created and won inside the window.
        #expect(w["created"]! == (3, "3000"))
        #expect(w["pulled in"]! == (0, "0"))
        #expect(w["reopened"]! == (1, "700"))
        #expect(w["pushed out"]! == (0, "0"))
        #expect(w["won"]! == (-2, "-1400"))
        #expect(w["lost"]! == (-1, "-300"))
        #expect(w["value up"]! == (nil, "50"))
        #expect(w["value down"]! == (nil, "-150"))
        // A D E F G H I J, at their values at TO.
        #expect(w["end"]! == (8, "4900"))
        #expect(try Self.shown(&s, "waterfall 2026-09-01 2026-10-01 show created") == ["8": "800", "10": "1000", "11": "1200"])
        #expect(try Self.shown(&s, "waterfall 2026-09-01 2026-10-01 show won") == ["2": "-200", "11": "-1200"])
    }

    @Test("every bucket, for a period: expected closes pushed out of it and pulled into it")
    func everyBucketForPeriod() throws {
        var s = testSession(running: Self.everyBucket)
        let w = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4")
        // I is expected in 2027 at FROM; H has no expected close.
        #expect(w["start"]! == (6, "2100"))
        #expect(w["created"]! == (2, "2200"))
        #expect(w["pulled in"]! == (1, "900"))
        #expect(w["reopened"]! == (1, "700"))
        #expect(w["pushed out"]! == (-1, "-400"))
        #expect(w["won"]! == (-2, "-1400"))
        #expect(w["lost"]! == (-1, "-300"))
        #expect(w["value up"]! == (nil, "50"))
        #expect(w["value down"]! == (nil, "-150"))
        #expect(w["end"]! == (6, "3700"))
        let cases: [(String, [String: String])] = [
            ("start", ["1": "100", "2": "200", "3": "300", "4": "400", "5": "500", "6": "600"]),
            ("created", ["10": "1000", "11": "1200"]),
            ("pulled in", ["9": "900"]),
            ("pulled_in", ["9": "900"]),
            ("reopened", ["7": "700"]),
            ("pushed out", ["4": "-400"]),
            ("PUSHED_OUT", ["4": "-400"]),
            ("won", ["2": "-200", "11": "-1200"]),
            ("lost", ["3": "-300"]),
            ("value up", ["5": "50"]),
            ("value down", ["6": "-150"]),
            ("end", ["1": "100", "5": "550", "6": "450", "7": "700", "9": "900", "10": "1000"]),
        ]
        for (bucket, expected) in cases {
            #expect(try Self.shown(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4 show \(bucket)") == expected, "\(bucket)")
        }
    }

    @Test("show lists a bucket's deals with their values and expected closes at FROM and TO")
    func showColumns() throws {
        var s = testSession(running: Self.everyBucket)
        run(&s, "format csv")
        let pushed = try table(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4 show pushed out")
        #expect(
            pushed.columns.map(\.name) == [
                "id", "name", "owner", "stage", "value at from", "value at to", "close at from", "close at to", "value",
            ])
        #expect(
            TableRenderer.render(pushed, format: .csv)
                == """
                id,name,owner,stage,value at from,value at to,close at from,close at to,value
                4,D pushed,Minh,Negotiation,400,400,2026-10-15T00:00:00Z,2027-02-01T00:00:00Z,-400

                """)
        // K did not exist at FROM: nothing at FROM; its value at TO is the one set after it was won.
        let won = try table(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4 show won")
        #expect(
            won.rows.map { $0.map { TableRenderer.text($0, for: .csv) } } == [
                ["2", "B won", "Lan", "Won", "200", "200", "2026-10-15T00:00:00Z", "2026-10-15T00:00:00Z", "-200"],
                ["11", "K created and won", "Lan", "Won", "", "1500", "", "2026-12-01T00:00:00Z", "-1200"],
            ])
        // The value column is the chart's: a bar per deal.
        #expect(won.barColumn == 8)
        // by: the group first, each group's deals.
        let byOwner = try table(&s, "waterfall 2026-09-01 2026-10-01 show start by owner")
        #expect(byOwner.columns.first?.name == "owner")
        #expect(byOwner.rows.map { TableRenderer.text($0[0], for: .csv) } == ["Lan", "Lan", "Lan", "Lan", "Minh", "Minh", "Minh"])
    }

    @Test("a deal closed and reopened inside the window, one closed before and after, one reopened and lost again")
    func reopening() throws {
        var s = testSession(running: [
            "now 2026-08-01",
            "add opp \"in and out\" value=100",  // 1: won and reopened inside: start and end
            "add opp \"closed throughout\" value=200",  // 2: won before FROM, still won: nowhere
            "won 2",
            "add opp \"reopened and lost\" value=300",  // 3: lost before FROM, reopened and lost again: nowhere
            "lost 3",
            "add opp \"reopened\" value=400",  // 4: lost before FROM, open at TO: reopened
            "lost 4",
            "won 1 on 2026-09-05", "move 1 to Negotiation on 2026-09-06",
            "move 3 to Negotiation on 2026-09-07", "lost 3 on 2026-09-08",
            "move 4 to \"Proposal Sent\" on 2026-09-09",
        ])
        let w = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01")
        #expect(w["start"]! == (1, "100"))
        #expect(w["reopened"]! == (1, "400"))
        #expect(w["won"]! == (0, "0") && w["lost"]! == (0, "0") && w["created"]! == (0, "0"))
        #expect(w["end"]! == (2, "500"))
    }

    @Test("a deal created and closed inside the window counts at its scope when it closed")
    func createdAndClosedInside() throws {
        var s = testSession(running: [
            "now 2026-09-05",
            "add opp \"in Q4 when lost\" value=100 expected_close=2026-11-01",
            "add opp \"out of Q4 when won\" value=200 expected_close=2026-11-01",
            "add lead \"converted and won\" value=300 expected_close=2026-12-01",
            "move 3 to Contacted", "move 3 to Qualified", "convert 3",
            "now 2026-09-10", "set 2 expected_close=2027-01-10",
            "now 2026-09-20", "lost 1", "won 2", "won 3",
            // Back in Q4 after its close: it was out of Q4 when it was won.
            "now 2026-09-25", "set 2 expected_close=2026-11-15",
        ])
        let all = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01")
        #expect(all["created"]! == (3, "600") && all["won"]! == (-2, "-500") && all["lost"]! == (-1, "-100"))
        #expect(all["start"]! == (0, "0") && all["end"]! == (0, "0"))
        let q4 = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4")
        #expect(q4["created"]! == (2, "400") && q4["won"]! == (-1, "-300") && q4["lost"]! == (-1, "-100"))
        // Closed after TO: created, and in the pipeline at TO.
        let early = try Self.summary(&s, "waterfall 2026-09-01 2026-09-15")
        #expect(early["created"]! == (3, "600") && early["end"]! == (3, "600") && early["won"]! == (0, "0"))
    }

    @Test("a lead converted after FROM is created, at its value at TO")
    func convertedLead() throws {
        var s = testSession(running: [
            "now 2026-08-01",
            "add lead L value=500 expected_close=2026-11-01", "move 1 to Contacted", "move 1 to Qualified",
            "now 2026-09-10", "convert 1", "set 1 value=650",
        ])
        let w = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4")
        #expect(w["created"]! == (1, "650") && w["end"]! == (1, "650"))
        // Converted after TO: nothing.
        let before = try Self.summary(&s, "waterfall 2026-08-01 2026-09-01")
        #expect(before["end"]! == (0, "0") && before["created"]! == (0, "0"))
    }

    @Test("values up and down, a value set and unset, exact cents")
    func valueChanges() throws {
        var s = testSession(running: [
            "now 2026-08-01",
            "add opp up value=100.25", "add opp down value=200.50", "add opp same value=300",
            "add opp \"no value at FROM\"", "add opp \"no value at TO\" value=50",
            "now 2026-09-10",
            "set 1 value=101", "set 2 value=0.01", "set 3 value=400", "set 4 value=70.07", "set 5 value=\"\"",
            // The same again: back where it was at FROM.
            "now 2026-09-11", "set 3 value=300",
        ])
        let w = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01")
        #expect(w["start"]! == (5, "650.75"))
        #expect(w["value up"]! == (nil, "70.82"))
        #expect(w["value down"]! == (nil, "-250.49"))
        #expect(w["end"]! == (5, "471.08"))
        #expect(try Self.shown(&s, "waterfall 2026-09-01 2026-10-01 show value up") == ["1": "0.75", "4": "70.07"])
        #expect(try Self.shown(&s, "waterfall 2026-09-01 2026-10-01 show value_down") == ["2": "-200.49", "5": "-50"])
    }

    @Test("FROM and TO as periods: FROM a period's start, TO its end")
    func periodsAsMoments() throws {
        var s = testSession(running: Self.everyBucket)
        let byPeriods = try table(&s, "waterfall 2026-Q3 2026-Q3 for 2026-Q4")
        let byDates = try table(&s, "waterfall 2026-07-01 2026-10-01 for 2026-Q4")
        #expect(byPeriods.rows == byDates.rows)
        #expect(try table(&s, "waterfall 2026-09 2026-09").rows == (try table(&s, "waterfall 2026-09-01 2026-10-01")).rows)
        // `this quarter` is the clock's: 2026-Q4.
        #expect(
            try table(&s, "waterfall 2026-09-01 2026-10-01 for this quarter").rows
                == (try table(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4")).rows)
        // FROM = TO: nothing changes.
        let still = try Self.summary(&s, "waterfall 2026-09-12 2026-09-12")
        #expect(still["start"]! == still["end"]!)
        for b in ["created", "pulled in", "reopened", "pushed out", "won", "lost"] { #expect(still[b]! == (0, "0")) }
    }

    @Test("start and end are the open pipeline as of FROM and TO (forecast as of agrees)")
    func agreesWithForecastAsOf() throws {
        var s = testSession(running: Self.everyBucket)
        for (from, to) in [("2026-08-01", "2026-11-29"), ("2026-09-01", "2026-10-01"), ("2026-09-12", "2026-10-25")] {
            let w = try Self.summary(&s, "waterfall \(from) \(to)")
            for (bucket, moment) in [("start", from), ("end", to)] {
                let f = try table(&s, "forecast as of \(moment)")
                #expect(w[bucket]!.deals == { if case .integer(let n) = f.rows[0][0] { n } else { -1 } }(), "\(bucket) \(moment)")
                #expect(w[bucket]!.value == TableRenderer.text(f.rows[0][1], for: .csv), "\(bucket) \(moment)")
            }
            let q4 = try Self.summary(&s, "waterfall \(from) \(to) for 2026-Q4")
            for (bucket, moment) in [("start", from), ("end", to)] {
                let f = try table(&s, "forecast where expected_close in 2026-Q4 as of \(moment)")
                let deals: Int64 = if case .integer(let n) = f.rows.first?[0] { n } else { 0 }
                #expect(q4[bucket]!.deals == deals, "\(bucket) \(moment) for Q4")
            }
        }
    }

    @Test("where and by: one waterfall per group, each adding up")
    func whereAndBy() throws {
        var s = testSession(running: Self.everyBucket)
        let all = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4")
        let byOwner = try table(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4 by owner")
        #expect(byOwner.columns.map(\.name) == ["owner", "bucket", "deals", "value"])
        #expect(byOwner.rows.count == 20)
        Self.expectIdentity(byOwner)
        // The groups' buckets add up to the whole's.
        for (i, b) in WaterfallBucket.allCases.enumerated() {
            var cents: Int128 = 0
            for g in 0..<2 { if case .total(let c) = byOwner.rows[g * 10 + i][3] { cents += c } }
            #expect(Amount.format(cents: cents, grouping: false) == all[b.label.english]!.value, "\(b.name)")
        }
        let lan = try Self.summary(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4 where owner = Lan")
        #expect(lan["start"]! == (3, "800") && lan["won"]! == (-2, "-1400") && lan["end"]! == (4, "2250"))
        #expect(try table(&s, "waterfall 2026-09-01 2026-10-01 order by value desc limit 1").rows.first?[0] == .text("end"))
    }

    @Test("deals in several currencies: a waterfall per currency")
    func currencies() throws {
        var s = testSession(running: [
            "now 2026-08-01", "add opp a value=100 currency=USD", "add opp b value=200 currency=EUR",
            "now 2026-09-10", "add opp c value=50 currency=USD", "won 2",
        ])
        let t = try table(&s, "waterfall 2026-09-01 2026-10-01")
        #expect(t.columns.map(\.name) == ["currency", "bucket", "deals", "value"])
        #expect(t.rows.count == 20)
        Self.expectIdentity(t)
        #expect(t.rows[0][0] == .text("EUR") && t.rows[5] == [.text("EUR"), .text("won"), .integer(-1), .total(-20_000)])
        #expect(t.rows[19] == [.text("USD"), .text("end"), .integer(2), .total(15_000)])
    }

    @Test("every output format; the terminal bars; rows said in Vietnamese")
    func formats() throws {
        var s = testSession(running: Self.everyBucket)
        let t = try table(&s, "waterfall 2026-09-01 2026-10-01 for 2026-Q4")
        #expect(t.barColumn == 2)
        #expect(
            TableRenderer.render(t, format: .csv)
                == """
                bucket,deals,value
                start,6,2100
                created,2,2200
                pulled in,1,900
                reopened,1,700
                pushed out,-1,-400
                won,-2,-1400
                lost,-1,-300
                value up,,50
                value down,,-150
                end,6,3700

                """)
        let json = TableRenderer.render(t, format: .json)
        #expect(json.contains("{\"bucket\": \"value up\", \"deals\": null, \"value\": 50}"))
        #expect(TableRenderer.render(t, format: .tsv).contains("pushed out\t-1\t-400\n"))
        #expect(TableRenderer.render(t, format: .markdown).contains("| pushed out |    -1 |   -400 |"))
        // A bar per row, the deals out drawn apart.
        var charted = t
        charted.columns.append(Column(""))
        for i in charted.rows.indices { charted.rows[i].append(.bar(ChartSVG.magnitude(t.rows[i][2])! / 3700)) }
        let drawn = TableRenderer.render(charted, RenderOptions(format: .table, bars: Bars(width: 10)))
        #expect(drawn.contains(" end        |     6 |  3,700 | ██████████\n"))
        #expect(drawn.contains(" pushed out |    -1 |   -400 | ░\n") && drawn.contains(" won        |    -2 | -1,400 | ░░░░\n"))
        var vi = testSession(running: Self.everyBucket)
        vi.language = .vietnamese
        let rows = try table(&vi, "waterfall 2026-09-01 2026-10-01").rows.map { $0[0] }
        #expect(rows.first == .text("đầu kỳ") && rows.last == .text("cuối kỳ"))
    }

    @Test("export chart and export report take FROM TO and the clauses; the chart draws deals out left of zero")
    func exports() throws {
        try withTestSession("waterfall-export") { s, dir in
            run(&s, Self.everyBucket)
            run(&s, "export chart waterfall w.svg 2026-09-01 2026-10-01 for 2026-Q4")
            let svg = try String(contentsOfFile: dir + "/w.svg", encoding: .utf8)
            #expect(svg.components(separatedBy: "<rect class=\"bar negative\"").count - 1 == 4)
            #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 6)
            #expect(svg.contains(">-2,000</text>") && svg.contains(">4,000</text>"))
            run(&s, "export report waterfall w.csv 2026-09-01 2026-10-01 for 2026-Q4 show pushed out")
            let csv = try String(contentsOfFile: dir + "/w.csv", encoding: .utf8)
            #expect(csv.hasSuffix("4,D pushed,Minh,Negotiation,400,400,2026-10-15T00:00:00Z,2027-02-01T00:00:00Z,-400\n"))
            run(&s, "export report waterfall w.json where owner = Lan 2026-09-01 2026-10-01")
            #expect(try String(contentsOfFile: dir + "/w.json", encoding: .utf8).contains("{\"bucket\": \"start\", \"deals\": 4, \"value\": 1700}"))
            // Without FROM and TO: said, not guessed.
            let e = try #require(failure(&s, "export chart waterfall w.svg where owner = Lan"))
            #expect(e.message == Message.waterfallNeedsMoments)
        }
    }

    @Test("bad input: one clear message, where it is")
    func badInput() throws {
        var s = testSession(running: Self.everyBucket)
        func located(_ line: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
            guard let e = failure(&s, line, sourceLocation: sourceLocation) else { return nil }
            let bytes = Array(line.utf8)
            let range = e.range.map { r in String(decoding: bytes[min(r.start, bytes.count)..<min(r.end, bytes.count)], as: UTF8.self) }
            #expect(range == text, "\(line): \(e.message.english)", sourceLocation: sourceLocation)
            return e
        }
        let backwards = located("waterfall 2026-10-01 2026-09-01", "2026-10-01 2026-09-01")
        #expect(backwards?.message.english == "FROM (2026-10-01) comes after TO (2026-09-01); give the earlier moment first")
        #expect(located("waterfall 2026-09-01 2026-10-01 as of 2026-10-01", "2026-10-01")?.message == Message.waterfallAsOf)
        #expect(located("waterfall 2026-09-01 2026-10-01 for banana", "banana")?.message == Message.notAPeriod("banana"))
        _ = located("waterfall 2026-09-01 2026-10-01 show banana", "banana")
        _ = located("waterfall 2026-09-01 2026-10-01 show pushed", "pushed")
        _ = located("waterfall banana 2026-10-01", "banana")
        _ = located("waterfall 2026-09-01", "")
        _ = located("waterfall 2026-13-01 2026-10-01", "2026-13-01")
        _ = located("waterfall 2026-09-01 2026-10-01 by owner, source", "source")
        _ = located("waterfall 2026-09-01 2026-10-01 where nosuchfield > 3", "nosuchfield")
        _ = located("waterfall 2026-09-01 2026-10-01 order by banana", "banana")
    }

    @Test("an empty session and one of leads only: ten zero rows")
    func empty() throws {
        var s = testSession()
        let w = try Self.summary(&s, "waterfall 2026-01-01 2026-11-29 for 2026")
        for b in WaterfallBucket.allCases { #expect(w[b.label.english]!.value == "0") }
        #expect(try table(&s, "waterfall 2026-01-01 2026-11-29 by owner").rows.isEmpty)
        run(&s, "add lead x value=5")
        #expect(try Self.summary(&s, "waterfall 2026-01-01 2026-12-31")["end"]! == (0, "0"))
    }
}
