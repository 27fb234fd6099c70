import Foundation
import StageTestSupport
import Testing

@testable import StageCore

// Snapshots and the journal: round trips at several sizes, every way
// a file can be bad (each with its exact message and JSON path, the session left
// as it was), the version 1 upgrade, atomic saves that fail, the session
// commands around snapshots, and the journal with recover/discard.
//
// Every test works in its own temporary directory, which is both the session's
// data directory and its working directory, and removes it at the end.

// MARK: - Sessions

private let clock0 = Timestamp(year: 2026, month: 3, day: 1, hour: 9)!

/// A session on a frozen clock whose data directory and working directory are `dir`.
private func makeSession(_ dir: String, clock: Timestamp? = clock0) -> Session {
    testSession(clock: clock, directory: dir, dataDirectory: dir)
}

// MARK: - Fingerprints

/// What a snapshot must carry, independent of storage layout: the pipeline by stage names, every live
/// record with every field, its whole ledger (from, to, time, cause, reason), its activities and its
/// field events, in record order.
///
/// Stage ids, slot numbers and event numbering may differ after a load; nothing
/// here may.
func content(_ s: Session) -> [String] {
    var out: [String] = []
    let p = s.pipeline, st = s.store
    func stageName(_ id: StageID) -> String { id == noStage ? "-" : p[id].name }
    func time(_ t: Int64) -> String { t == missing ? "?" : Timestamp(seconds: t).iso8601 }
    out.append("policy \(p.policy.rawValue)")
    for id in p.leadOrder + p.opportunityOrder {
        let x = p[id]
        out.append(
            "stage \(x.name)|\(x.kind.name)|\(x.probability.map(String.init) ?? "-")|\(x.outcome.name)|\(x.staleAfter.map(String.init) ?? "-")")
    }
    for r in p.rules {
        out.append("rule on=\(r.activity) when=\(r.conditionText ?? "-") parsed=\(r.condition != nil) to=\(p[r.target].name) text=\(r.text(in: p))")
    }
    out.append("customFieldNames \(st.customFieldNames.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
    out.append("live \(st.liveCount) nextId \(st.nextId)")
    var activities: [Int32: [Activity]] = [:]
    for a in st.activities { activities[a.record, default: []].append(a) }
    for r in 0..<st.slotCount where st.alive[r] {
        let custom = (st.custom[Int32(r)] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        out.append(
            """
            record id=\(st.ids[r]) name=\(st.names[r].debugDescription) account=\(st.pool[st.accounts[r]]) \
            owner=\(st.pool[st.owners[r]]) source=\(st.pool[st.sources[r]]) value=\(st.values[r]) currency=\(st.pool[st.currency(r)]) \
            created=\(time(st.created[r])) expectedClose=\(time(st.expectedClose[r])) stage=\(stageName(st.stages[r])) \
            changed=\(time(st.changed(r))) custom=\(custom)
            """)
        for e in st.events(of: r) {
            out.append(
                """
                  event \(stageName(st.eventFrom[e])) -> \(stageName(st.eventTo[e])) at=\(time(st.eventAt[e])) \
                cause=\((Cause(rawValue: st.eventCause[e]) ?? .manual).name) reason=\(st.pool[st.eventReason[e]].debugDescription)
                """)
        }
        for a in activities[Int32(r)] ?? [] {
            out.append("  activity \(st.pool[a.kind]) at=\(time(a.at)) note=\(a.note?.debugDescription ?? "-")")
        }
        for e in st.fieldEvents.events(of: r).map({ st.fieldEvents[$0] }) {
            func value(_ v: Int64) -> String { e.field == .owner || e.field == .currency ? st.pool[UInt32(v)] : String(v) }
            out.append("  field \(e.field.name) at=\(time(e.at)) cause=\(e.cause.name) old=\(value(e.old)) new=\(value(e.new))")
        }
    }
    out.append("clock \(s.frozenClock.map { $0.iso8601 } ?? "-")")
    return out
}

/// Two long line lists are equal; on a difference, shows the first one rather than both lists.
private func expectSameLines(_ a: [String], _ b: [String], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if a == b { return }
    let n = min(a.count, b.count)
    if let i = (0..<n).first(where: { a[$0] != b[$0] }) {
        Issue.record("\(label): line \(i) differs:\n  before: \(a[i])\n  after:  \(b[i])", sourceLocation: sourceLocation)
    } else {
        Issue.record(
            "\(label): \(a.count) lines before, \(b.count) after; first extra: \(a.count > n ? a[n] : b[n])",
            sourceLocation: sourceLocation)
    }
}

// MARK: - A deterministic generator of pipelines

/// A CSV field, quoted when it must be.
private func csv(_ s: String) -> String {
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
}

/// `s` in decomposed form (NFD), as some keyboards and exports write Vietnamese.
private func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }

/// Writes `records.csv` and `events.csv` for `n` records in the canonical columns.
///
/// Records get numeric ids 1...n; some have an unknown creation date, values with
/// cents, names with quotes, commas and newlines, Vietnamese names in decomposed
/// form; about half get their ledger from the events file (some converted from a
/// lead), the rest from `updated_at` or nothing.
private func writeGenerated(_ n: Int, in dir: String) throws {
    var g = SplitMix64(seed: 0x5EED_0000 &+ UInt64(n))
    let leads = ["New", "Contacted", "Qualified"]
    let owners = ["Lan", "Minh", nfd("Đức"), "Hoa", "Tuấn", ""]
    let sources = ["Web", "Referral", "Event", "Cold call", ""]
    let names = ["Company", nfd("Công ty Phú Mỹ"), "Acme \"Big\", Ltd", "Multi\nline", "Back\\slash", "Tab\there"]
    var records = "id,kind,name,account,owner,source,value,stage,created_at,updated_at\n"
    var events = "record_id,from_stage,to_stage,changed_at\n"
    records.reserveCapacity(n * 110)
    events.reserveCapacity(n * 80)
    let start = Timestamp(year: 2025, month: 1, day: 1)!.seconds
    for i in 1...max(n, 1) where n > 0 {
        // The path this record took, oldest first.
        var path: [String]
        switch g.below(10) {
        case 0...3: path = Array(leads.prefix(1 + g.below(3)))
        case 4...5: path = leads + ["Negotiation"] + (g.below(2) == 0 ? ["Proposal Sent"] : []) + [g.pick(["Won", "Lost", "Proposal Sent"])]
        default:
            path = ["Negotiation"]
            if g.below(2) == 0 { path.append("Proposal Sent") }
            if g.below(3) == 0 { path.append(g.pick(["Won", "Lost"])) }
        }
        if path.last == path.dropLast().last { path.removeLast() }
        let isLead = leads.contains(path.last!)
        let unknownCreated = i % 47 == 3
        let created = start + Int64(i) * 2_220 + Int64(g.below(3_600))
        let fromEvents = !unknownCreated && i % 2 == 0
        var value = ""
        if !isLead || g.below(4) == 0 {
            switch g.below(5) {
            case 0: value = ""
            case 1: value = "\(g.below(100_000))"
            case 2: value = "\(g.below(100_000)).\(g.below(10))"
            default: value = "\(g.below(1_000_000)).\(String(format: "%02d", g.below(100)))"
            }
        }
        var updated = ""
        let first = isLead ? "New" : (fromEvents ? path[0] : "Negotiation")
        if !fromEvents && path.last != first && g.below(3) > 0 {
            updated = Timestamp(seconds: created + Int64(1 + g.below(2_000)) * 3_600).iso8601
        }
        let name = i % 7 == 0 ? "\(g.pick(names)) \(i)" : "Company \(i)"
        let account = g.below(3) == 0 ? "" : (g.below(5) == 0 ? nfd("Tập đoàn \(g.below(40))") : "Account \(g.below(200))")
        records += [
            String(i), isLead ? "lead" : "opportunity", csv(name), csv(account), csv(g.pick(owners)), csv(g.pick(sources)),
            value, path.last!, unknownCreated ? "" : Timestamp(seconds: created).iso8601, updated,
        ].joined(separator: ",")
        records += "\n"
        if fromEvents {
            var at = created
            for (k, stage) in path.enumerated() {
                events += "\(i),\(k == 0 ? "" : path[k - 1]),\(stage),\(Timestamp(seconds: at).iso8601)\n"
                at += Int64(1 + g.below(500)) * 3_600
            }
        }
    }
    try write(records, to: dir + "/records.csv")
    try write(events, to: dir + "/events.csv")
    // A few records every size gets: an unknown creation date, ids that are not
    // numbers, a decomposed Vietnamese name, a name with a newline, cents.
    try write(
        """
        id,kind,name,account,owner,source,value,stage,created_at,updated_at
        X-1,lead,\(nfd("Nguyễn Thị Hoà")),,\(nfd("Đức")),Web,,Contacted,,
        X-2,opportunity,"Quote ""this"", then\nthat",ACME,Lan,,1234.56,Negotiation,2025-06-01T10:00:00Z,
        X-3,opportunity,Cents,,Minh,,0.05,Won,2025-06-02T00:00:00Z,2025-06-20T12:30:00Z

        """, to: dir + "/extra.csv")
}

/// The commands every round trip runs after importing: custom fields, stages,
/// probabilities, rules with conditions, moves by hand and by rule, lost with a
/// reason, activities with notes, a deleted record, a strict policy.
private func runCommands(_ s: inout Session, generated n: Int) {
    var hour: Int64 = 0
    func at(_ lines: [String]) {
        for line in lines {
            hour += 1
            s.frozenClock = Timestamp(seconds: clock0.seconds + hour * 3_600 + 17)
            run(&s, [line])
        }
    }
    func nextId() -> String { s.store.nextId }
    at([
        "import records records.csv",
        "import events events.csv",
        "import records extra.csv",
        "stage add lead \"\(nfd("Đã gặp"))\" after Contacted",
        "stage add opp \"Chờ ký\" after \"Proposal Sent\" probability 80",
        "stage set Negotiation probability=12.5",
        "rule add on call when value >= 1000 and owner = Lan move to \"Proposal Sent\"",
        "rule add on meeting when name ~ \"\\\"VIP\\\"\" or source in (Web, \"Cold call\") move to \"Chờ ký\"",
    ])
    let a = nextId()
    at([#"add lead "Nguyễn \"Tí\" \\ back\nslash\tTab" owner=Lan value=1234.56 region=Bắc"#])
    let b = nextId()
    at(["add opp \"\(nfd("Công ty Đức Phát"))\" owner=\"\(nfd("Đức"))\" account=\"ACME, Inc.\" value=99.5 priority=high"])
    let c = nextId()
    at(["add opp \"Big \\\"VIP\\\" deal\" value=5000 owner=Lan source=Web expected_close=2026-06-30"])
    let d = nextId()
    at(["add opp D value=0.05"])
    let temp = nextId()
    at(["add lead Temp", "delete \(temp)"])
    let e = nextId()
    at(["add lead \"After the deleted one\""])
    at([
        "set \(a) region=\"Miền Nam\"",
        "move \(a) to Contacted",
        "move \(a) to \"Đã gặp\"",
        "move \(a) to Qualified because \"met \\\"twice\\\"\"",
        "convert \(a)",
        "log email \(e)",
        "log quote \(b) note \"gửi báo giá\\nlần 2\\t(tab)\"",
        "log call \(b)",
        "log call \(c)",
        "log meeting \(d) note \(nfd("\"họp\""))",
        "lost \(c) because \"giá cao \\\"quá\\\"\"",
        "won \(d)",
        "set \(e) created=2026-01-15",
    ])
    if n > 0 {
        at(["set 1 region=Tây", "log call 1 on 2026-02-01 note \"hỏi giá\""])
    }
    at(["policy strict"])
}

// MARK: - Hand-written documents

/// A valid version 2 snapshot, written by hand in exactly the writer's layout.
private let handV2 = #"""
    {"format":"stagesh-snapshot","version":2,
    "saved_at":"2026-03-01T09:00:00Z","clock":"2026-03-01T09:00:00Z",
    "summary":{"records":3,"open":2,"won":0,"lost":1,"events":8},
    "pipeline":{"policy":"strict","stages":[
    {"name":"New","kind":"lead","probability":0,"outcome":"open"},
    {"name":"Contacted","kind":"lead","probability":5,"outcome":"open"},
    {"name":"Đã gặp","kind":"lead","probability":7.5,"outcome":"open"},
    {"name":"Qualified","kind":"lead","probability":10,"outcome":"open"},
    {"name":"Negotiation","kind":"opportunity","probability":12.5,"outcome":"open"},
    {"name":"Proposal Sent","kind":"opportunity","probability":60,"outcome":"open"},
    {"name":"Won","kind":"opportunity","probability":100,"outcome":"won"},
    {"name":"Lost","kind":"opportunity","probability":0,"outcome":"lost"}],
    "rules":[
    {"on":"quote","move_to":"Proposal Sent"},
    {"on":"call","when":"value >= 1000 and owner = Lan","move_to":"Proposal Sent"}]},
    "next_id":3,
    "custom_fields":["Region"],
    "records":[
    {"id":"1","name":"Nguyễn \"Tí\" \\ a\nb\tc","account":"ACME, Inc.","owner":"Lan","source":"Web","value":1234.56,"stage":"Lost","custom":{"Region":"Miền Bắc"},"ledger":[["New",null,"create"],["Contacted","2026-01-02T10:00:00Z","manual"],["Qualified","2026-01-03T00:00:00Z","manual"],["Negotiation","2026-01-04T00:00:00Z","convert"],["Lost","2026-01-05T00:00:00Z","manual","giá \"cao\""]],"activities":[["call","2026-01-02T11:00:00Z","hỏi giá"],["email","2026-01-03T12:00:00Z"]]},
    {"id":"2","name":"Beta","value":0.05,"created":"2026-01-10T08:30:00Z","expected_close":"2026-06-30T00:00:00Z","stage":"Proposal Sent","ledger":[["Negotiation","2026-01-10T08:30:00Z","create"],["Proposal Sent","2026-01-11T00:00:00Z","rule"]],"activities":[["quote","2026-01-11T00:00:00Z"]]},
    {"id":"D-3","name":"Gamma","owner":"Lan","created":"2026-02-01T00:00:00Z","stage":"New","ledger":[["New","2026-02-01T00:00:00Z","create"]]}],
    "log":[
    "add lead Beta",
    "import records /tmp/x.csv"]}

    """#

/// The same snapshot in version 1, where each ledger event is an object with its from-stage.
private let handV1 = #"""
    {"format":"stagesh-snapshot","version":1,
    "saved_at":"2026-03-01T09:00:00Z","clock":"2026-03-01T09:00:00Z",
    "summary":{"records":3,"open":2,"won":0,"lost":1,"events":8},
    "pipeline":{"policy":"strict","stages":[
    {"name":"New","kind":"lead","probability":0,"outcome":"open"},
    {"name":"Contacted","kind":"lead","probability":5,"outcome":"open"},
    {"name":"Đã gặp","kind":"lead","probability":7.5,"outcome":"open"},
    {"name":"Qualified","kind":"lead","probability":10,"outcome":"open"},
    {"name":"Negotiation","kind":"opportunity","probability":12.5,"outcome":"open"},
    {"name":"Proposal Sent","kind":"opportunity","probability":60,"outcome":"open"},
    {"name":"Won","kind":"opportunity","probability":100,"outcome":"won"},
    {"name":"Lost","kind":"opportunity","probability":0,"outcome":"lost"}],
    "rules":[
    {"on":"quote","move_to":"Proposal Sent"},
    {"on":"call","when":"value >= 1000 and owner = Lan","move_to":"Proposal Sent"}]},
    "custom_fields":["Region"],
    "records":[
    {"id":"1","name":"Nguyễn \"Tí\" \\ a\nb\tc","account":"ACME, Inc.","owner":"Lan","source":"Web","value":1234.56,"stage":"Lost","custom":{"Region":"Miền Bắc"},"ledger":[{"from":null,"to":"New","at":null,"cause":"create","reason":null},{"from":"New","to":"Contacted","at":"2026-01-02T10:00:00Z","cause":"manual"},{"from":"Contacted","to":"Qualified","at":"2026-01-03T00:00:00Z","cause":"manual"},{"from":"Qualified","to":"Negotiation","at":"2026-01-04T00:00:00Z","cause":"convert"},{"from":"Negotiation","to":"Lost","at":"2026-01-05T00:00:00Z","cause":"manual","reason":"giá \"cao\""}],"activities":[["call","2026-01-02T11:00:00Z","hỏi giá"],["email","2026-01-03T12:00:00Z"]]},
    {"id":"2","name":"Beta","value":0.05,"created":"2026-01-10T08:30:00Z","expected_close":"2026-06-30T00:00:00Z","stage":"Proposal Sent","ledger":[{"from":null,"to":"Negotiation","at":"2026-01-10T08:30:00Z","cause":"create"},{"from":"Negotiation","to":"Proposal Sent","at":"2026-01-11T00:00:00Z","cause":"rule","reason":null}],"activities":[["quote","2026-01-11T00:00:00Z"]]},
    {"id":"D-3","name":"Gamma","owner":"Lan","created":"2026-02-01T00:00:00Z","stage":"New","ledger":[{"to":"New","at":"2026-02-01T00:00:00Z","cause":"create","from":null}]}],
    "log":[
    "add lead Beta",
    "import records /tmp/x.csv"]}

    """#

/// `handV2` with `old` replaced by `new`, which must occur in it exactly once.
private func variant(_ old: String, _ new: String, in doc: String = handV2) -> String {
    precondition(doc.components(separatedBy: old).count == 2, "\(old) is not in the document exactly once")
    return doc.replacingOccurrences(of: old, with: new)
}

/// `handV2` with bytes spliced in place of `old`.
private func variant(_ old: String, bytes new: [UInt8]) -> [UInt8] {
    let parts = handV2.components(separatedBy: old)
    precondition(parts.count == 2, "\(old) is not in the document exactly once")
    return Array(parts[0].utf8) + new + Array(parts[1].utf8)
}

// MARK: - 1. Round trips

struct RoundTripCase: Sendable, CustomTestStringConvertible {
    var records: Int
    var commands: Bool
    var testDescription: String { "\(records) generated records" + (commands ? " and the command script" : ", nothing else") }
}

/// A case of names and values that must survive a round trip.
struct SpecialCase: Sendable, CustomTestStringConvertible {
    var name: String
    var lines: [String]
    var files: [String: String] = [:]
    var testDescription: String { name }
}

@Suite struct SnapshotRoundTripTests {
    static let sizes: [RoundTripCase] = [
        RoundTripCase(records: 0, commands: false),
        RoundTripCase(records: 0, commands: true),
        RoundTripCase(records: 1, commands: true),
        RoundTripCase(records: 100, commands: true),
        RoundTripCase(records: 5_000, commands: true),
        RoundTripCase(records: 50_000, commands: true),
    ]

    /// save → load gives the same session; save → load → save gives the same bytes.
    @Test(arguments: sizes)
    func roundTrip(_ c: RoundTripCase) throws {
        try withTemporaryDirectory("snapshot-rt") { dir in
            try writeGenerated(c.records, in: dir)
            var s = makeSession(dir)
            if c.commands {
                runCommands(&s, generated: c.records)
            } else if c.records > 0 {
                run(&s, ["import records records.csv", "import events events.csv"])
            }
            #expect(s.store.liveCount == c.records + (c.commands ? 8 : 0))
            let before = content(s)

            let saved = run(&s, ["save rt"])
            let path = dir + "/rt.json"
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
            #expect(message(saved) == Message.saved("rt", records: s.store.liveCount, bytes: size).english)
            #expect(s.unsavedChanges == 0 && s.changeLog.isEmpty)
            #expect(content(s) == before, "save changed the session")

            // The summary at the head of the file counts what the session holds.
            let info = try SnapshotFiles.summary(path)
            let (records, open, won, lost, events) = SnapshotWriter.summary(s.workspace)
            #expect(info.records == records && info.open == open && info.won == won && info.lost == lost && info.events == events)
            #expect(info.records == s.store.liveCount)

            var loaded = makeSession(dir, clock: Timestamp(year: 2030, month: 1, day: 1)!)
            let outcome = run(&loaded, ["load rt"])
            #expect(message(outcome) == Message.loaded("rt", records: s.store.liveCount, savedAt: s.now.display).english)
            expectSameLines(before, content(loaded), "save → load")
            #expect(loaded.snapshot == SnapshotLocation(name: "rt", path: path))
            #expect(loaded.unsavedChanges == 0)

            // save → load → save: the same bytes but for the log, which the second
            // save starts afresh; one more round gives exactly the same file.
            run(&loaded, ["save rt2"])
            run(&loaded, ["load rt2", "save rt3"])
            let first = try #require(bytes(of: path)), second = try #require(bytes(of: dir + "/rt2.json"))
            let third = try #require(bytes(of: dir + "/rt3.json"))
            #expect(second == third, "save → load → save is not byte-identical")
            let logKey = Array(",\n\"log\":[".utf8)
            func beforeLog(_ b: [UInt8]) -> ArraySlice<UInt8> {
                guard let i = (0...(b.count - logKey.count)).last(where: { b[$0..<$0 + logKey.count].elementsEqual(logKey) }) else { return b[...] }
                return b[..<i]
            }
            #expect(beforeLog(first) == beforeLog(second), "the second save orders or writes the data differently")
            #expect(second.suffix(10).elementsEqual(Array(",\n\"log\":[]}\n".utf8).suffix(10)))
        }
    }

    /// A save killed before its rename leaves `NAME.tmp-PID`; the next save to
    /// that name deletes it (under the directory's lock, no live save has one).
    @Test func aSaveDeletesTheTemporaryFilesOfKilledOnes() throws {
        try withTemporaryDirectory("snapshot") { dir in
            for name in ["base.json.tmp-4242", "base.json.tmp-17", "base.json.tmp-notapid", "other.json.tmp-4242", "base.json.tmp-"] {
                try write("{\"format\":\"stagesh-snap", to: dir + "/" + name)
            }
            var s = makeSession(dir)
            run(&s, ["add lead A", "save base"])
            let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }.sorted()
            #expect(left == ["base.json.tmp-", "base.json.tmp-notapid", "other.json.tmp-4242"])
            #expect(FileManager.default.fileExists(atPath: dir + "/base.json"))
        }
    }

    /// The deleted record is not saved; its id is not in the file.
    @Test func deletedRecordIsNotSaved() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead Keep", "add lead Gone", "add lead Also", "delete 2", "save d"])
            let whole = String(decoding: try #require(bytes(of: dir + "/d.json")), as: UTF8.self)
            // The records, not the log (which holds "add lead Gone" and "delete 2").
            let text = whole.components(separatedBy: "\"log\":[")[0]
            #expect(text.contains("Keep") && text.contains("Also"))
            #expect(!text.contains("Gone"))
            #expect(!text.contains("\"id\":\"2\""))
            var loaded = makeSession(dir)
            run(&loaded, ["load d"])
            #expect(loaded.store.slotCount == 2)
            #expect(Array(loaded.store.ids) == ["1", "3"])
            #expect(loaded.store.slot(of: "2") == nil)
        }
    }

    /// After deleting the record with the highest id, the next `add` must give the
    /// same id whether or not the session was saved and loaded in between: the
    /// journal replays `add` on the loaded snapshot and relies on it.
    @Test func nextIdSurvivesARoundTripAfterDeletingTheLast() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A", "add lead B", "delete 2", "save n"])
            var loaded = makeSession(dir)
            run(&loaded, ["load n"])
            #expect(
                loaded.store.nextId == s.store.nextId,
                "nextId is \(s.store.nextId) before the save and \(loaded.store.nextId) after the load")
            let direct = message(run(&s, ["add lead C"]))
            let afterLoad = message(run(&loaded, ["add lead C"]))
            #expect(direct == afterLoad)
        }
    }

    /// `load` puts the snapshot's frozen clock back; a snapshot saved on the
    /// system clock leaves the loading session's clock alone.
    @Test func loadRestoresTheFrozenClock() throws {
        try withTemporaryDirectory("snapshot") { dir in
            let frozen = Timestamp(year: 2026, month: 5, day: 17, hour: 13, minute: 45, second: 7)!
            var s = makeSession(dir, clock: frozen)
            run(&s, ["add lead A", "save frozen"])
            #expect(try SnapshotFiles.load(dir + "/frozen.json").1.clock == frozen)
            #expect(try SnapshotFiles.load(dir + "/frozen.json").1.savedAt == frozen)

            var other = makeSession(dir, clock: Timestamp(year: 2031, month: 1, day: 1)!)
            run(&other, ["load frozen"])
            #expect(other.frozenClock == frozen)
            other.frozenClock = nil
            run(&other, ["load frozen"])
            #expect(other.frozenClock == frozen)

            var live = makeSession(dir, clock: nil)
            run(&live, ["add lead B", "save live"])
            let info = try SnapshotFiles.load(dir + "/live.json").1
            #expect(info.clock == nil)
            let text = String(decoding: try #require(bytes(of: dir + "/live.json")), as: UTF8.self)
            #expect(text.contains("\"clock\":null"))
            var third = makeSession(dir, clock: frozen)
            run(&third, ["load live"])
            #expect(third.frozenClock == frozen)
        }
    }

    static let specialCases: [SpecialCase] = [
        SpecialCase(
            name: "record names with quotes, backslashes, newlines, tabs, CR, DEL and U+2028",
            lines: [
                #"add lead "q\"uote \\ back\nnew\ttab\rcr""#,
                "add lead \"del\u{7F} sep\u{2028} emoji 🙂 nul-free\"",
                #"add lead '\'single\''"#,
            ]),
        SpecialCase(
            name: "Vietnamese names typed decomposed are stored composed",
            lines: [
                "add lead \"\(nfd("Trần Thị Hoà"))\" owner=\"\(nfd("Đức"))\" account=\"\(nfd("Công ty Phú Mỹ"))\"",
                "add lead \"Trần Thị Hoà\" owner=\"Đức\"",
                "log call 1 note \"\(nfd("gọi lại"))\"",
            ]),
        SpecialCase(
            name: "a stage name with a quote",
            lines: [
                #"stage add lead "Say \"hi\"" after New"#, "add lead A", #"move 1 to "Say \"hi\"""#,
            ]),
        SpecialCase(
            name: "a stage name with a backslash",
            lines: [
                #"stage add lead "In\\Out" after New"#, "add lead A", #"move 1 to "In\\Out""#,
            ]),
        SpecialCase(
            name: "a stage name with a tab",
            lines: [
                #"stage add opp "Chờ\tký" after Negotiation"#, "add opp A", #"move 1 to "Chờ\tký""#,
            ]),
        SpecialCase(
            name: "a rule targeting a stage with a quote",
            lines: [
                #"stage add opp "Sent \"Q\"" after Negotiation"#, #"rule add on fax move to "Sent \"Q\"""#,
            ]),
        SpecialCase(
            name: "a custom field name with a backslash",
            lines: [
                #"add lead A a\b=1"#
            ]),
        SpecialCase(
            name: "a custom field from a CSV header with a quote",
            lines: [
                "import records quoted.csv"
            ], files: ["quoted.csv": "id,name,stage,\"Say \"\"hi\"\"\"\n1,A,New,yes\n"]),
        SpecialCase(
            name: "a rule whose condition has quotes and escapes",
            lines: [
                #"rule add on call when name ~ "\"VIP\"" and owner in ("Lan", 'Đức') move to Won"#
            ]),
        SpecialCase(
            name: "an activity kind with a space",
            lines: [
                #"add opp A"#, #"rule add on "site visit" move to "Proposal Sent""#, #"log "site visit" 1"#,
            ]),
        SpecialCase(
            name: "a lost reason and a note with every escape",
            lines: [
                "add opp A", #"lost 1 because "a\"b\\c\nd\te""#, #"log call 1 note "x\"y\\z\nw\tv""#,
            ]),
        SpecialCase(
            name: "values with cents and large values",
            lines: [
                "add opp A value=0.01", "add opp B value=12.5", "add opp C value=1234567890123.45", "add opp D value=0",
            ]),
    ]

    /// Names and values that need escaping survive a round trip unchanged.
    @Test(arguments: specialCases)
    func specialNames(_ c: SpecialCase) throws {
        try withTemporaryDirectory("snapshot-special") { dir in
            for (name, text) in c.files { try write(text, to: dir + "/" + name) }
            var s = makeSession(dir)
            run(&s, c.lines)
            let before = content(s)
            run(&s, ["save special"])
            var loaded = makeSession(dir)
            do {
                let (w, _) = try SnapshotFiles.load(dir + "/special.json")
                loaded.replaceWorkspace(w)
                loaded.frozenClock = s.frozenClock
            } catch let error as SnapshotFileError {
                Issue.record("a snapshot stagesh wrote does not load: \(error.message)")
                return
            }
            expectSameLines(before, content(loaded), c.name)
        }
    }

    /// Imported events that carry their own cause column still give a loadable snapshot.
    @Test func importedCausesRoundTrip() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write("id,name,stage,created_at\n1,A,Contacted,2026-01-01T00:00:00Z\n", to: dir + "/r.csv")
            try write(
                """
                record_id,from_stage,to_stage,changed_at,cause,reason
                1,,New,2026-01-01T00:00:00Z,,
                1,New,Contacted,2026-01-02T00:00:00Z,manual,called back

                """, to: dir + "/e.csv")
            var s = makeSession(dir)
            run(&s, ["import records r.csv", "import events e.csv", "save causes"])
            let before = content(s)
            var loaded = makeSession(dir)
            run(&loaded, ["load causes"])
            expectSameLines(before, content(loaded), "imported causes")
        }
    }
}

// MARK: - 2. Bad files

/// A bad snapshot and the exact message `SnapshotFiles.load` gives for it.
struct BadFileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () -> [UInt8]
    var expected: String

    init(_ name: String, _ text: @autoclosure @escaping @Sendable () -> String, _ expected: String) {
        self.name = name
        self.bytes = { Array(text().utf8) }
        self.expected = expected
    }

    init(_ name: String, bytes: @escaping @Sendable () -> [UInt8], _ expected: String) {
        self.name = name
        self.bytes = bytes
        self.expected = expected
    }

    var testDescription: String { name }
}

private let mebibytes16 = 16 << 20

@Suite struct SnapshotBadFileTests {
    /// A session with data, saved as `base`, whose fingerprint a failed load must keep.
    static func baseSession(_ dir: String) -> Session {
        var s = makeSession(dir)
        run(
            &s,
            [
                "add lead Acme owner=Lan value=1000 region=North", "add opp Beta value=12.5",
                "move 1 to Contacted", "log quote 2 note hi", "lost 2 because price",
            ])
        for i in 0..<30 { run(&s, ["add lead \"Lead \(i)\" owner=Minh value=\(i * 100).25"]) }
        run(&s, ["save base"])
        return s
    }

    static let cases: [BadFileCase] = [
        // The file as a whole
        BadFileCase("empty file", "", "the file is empty"),
        BadFileCase("only whitespace", " \n\t ", "$: not a stagesh snapshot (found the end of the file at the start)"),
        BadFileCase("an array at the top", "[1,2]", "$: not a stagesh snapshot (found an array at the start)"),
        BadFileCase(
            "deep nesting, 100,000 [", String(repeating: "[", count: 100_000),
            "$: not a stagesh snapshot (found an array at the start)"),
        BadFileCase(
            "deep nesting inside the pipeline",
            #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","pipeline":"#
                + String(repeating: "[", count: 100_000),
            "$.pipeline: expected an object, found an array"),
        BadFileCase(
            "deep nesting of objects inside the pipeline",
            #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","pipeline":{"stages":"#
                + String(repeating: "{\"a\":", count: 100_000),
            "$.pipeline.stages: expected an array, found an object"),
        BadFileCase(
            "first key is not format", variant(#"{"format":"stagesh-snapshot","version":2,"#, #"{"version":2,"format":"stagesh-snapshot","#),
            "$.version: not a stagesh snapshot (found an object at the start)"),
        BadFileCase(
            "another format", variant(#""format":"stagesh-snapshot""#, #""format":"other""#),
            #"$.format: format "other" is not "stagesh-snapshot""#),
        BadFileCase("trailing garbage after the document", handV2 + "x", "$: text after the end of the snapshot"),
        BadFileCase("a second document after the first", handV2 + "{}", "$: text after the end of the snapshot"),

        // Versions
        BadFileCase(
            "future version 4", variant(#""version":2,"#, #""version":4,"#),
            "$.version: snapshot version 4 is newer than this stagesh reads (version 3); upgrade stagesh to open it"),
        BadFileCase(
            "version 0", variant(#""version":2,"#, #""version":0,"#),
            "$.version: snapshot version 0 is older than any this stagesh reads (from version 1)"),
        BadFileCase("version 2.5", variant(#""version":2,"#, #""version":2.5,"#), "$.version: not a whole number: 2.5"),
        BadFileCase("version -1", variant(#""version":2,"#, #""version":-1,"#), "$.version: number out of range: -1"),
        BadFileCase("version missing", variant(#""version":2,"#, ""), #"$.saved_at: missing key "version""#),

        // Wrong types
        BadFileCase(
            "version as a string", variant(#""version":2,"#, #""version":"2","#),
            "$.version: expected a number, found a string"),
        BadFileCase(
            "value as a string", variant(#""value":1234.56"#, #""value":"12""#),
            "$.records[0].value: expected a number, found a string"),
        BadFileCase(
            "ledger as an object", variant(#""ledger":[["New","2026-02-01T00:00:00Z","create"]]"#, #""ledger":{}"#),
            "$.records[2].ledger: expected an array, found an object"),
        BadFileCase(
            "name as a number", variant(#""name":"Beta""#, #""name":12"#),
            "$.records[1].name: expected a string, found a number"),
        BadFileCase(
            "clock as a boolean", variant(#""clock":"2026-03-01T09:00:00Z""#, #""clock":true"#),
            "$.clock: expected a string, found a boolean"),
        BadFileCase(
            "records as null", variant("\"records\":[\n", "\"records\":null,\"x\":[\n"),
            "$.records: expected an array, found null"),
        BadFileCase(
            "stages as an object", variant("\"stages\":[\n", "\"stages\":{\n"),
            "$.pipeline.stages: expected an array, found an object"),
        BadFileCase(
            "a version 1 event in a version 2 file",
            variant(#"[["New","2026-02-01T00:00:00Z","create"]]"#, #"[{"to":"New","at":"2026-02-01T00:00:00Z","cause":"create"}]"#),
            "$.records[2].ledger[0]: expected an array, found an object"),
        BadFileCase(
            "a version 2 event in a version 1 file",
            variant(
                #"[{"to":"New","at":"2026-02-01T00:00:00Z","cause":"create","from":null}]"#,
                #"[["New","2026-02-01T00:00:00Z","create"]]"#, in: handV1),
            "$.records[2].ledger[0]: expected an object, found an array"),

        // Numbers
        BadFileCase("value 1e400", variant(#""value":1234.56"#, #""value":1e400"#), "$.records[0].value: invalid number: 1e400"),
        BadFileCase("version 1e400", variant(#""version":2,"#, #""version":1e400,"#), "$.version: invalid number: 1e400"),
        BadFileCase(
            "value 99999999999999999999", variant(#""value":1234.56"#, #""value":99999999999999999999"#),
            "$.records[0].value: number out of range: 99999999999999999999"),
        BadFileCase(
            "value with 3 decimals", variant(#""value":1234.56"#, #""value":12.345"#),
            "$.records[0].value: more than two decimals: 12.345"),
        BadFileCase("negative value", variant(#""value":1234.56"#, #""value":-5"#), "$.records[0].value: value must not be negative: -5"),
        BadFileCase("value 12.", variant(#""value":1234.56"#, #""value":12."#), "$.records[0].value: invalid number: 12."),
        BadFileCase("value -", variant(#""value":1234.56"#, #""value":-"#), "$.records[0].value: invalid number: -"),
        BadFileCase(
            "probability over 100", variant(#""probability":60"#, #""probability":100.01"#),
            "$.pipeline.stages[5].probability: " + Message.probabilityRange("100.01").english),

        // Keys
        BadFileCase("unknown key at the top", variant("\"log\":[", "\"extra\":1,\"log\":["), #"$.extra: unknown key "extra""#),
        BadFileCase(
            "unknown key in a record", variant(#""id":"2","#, #""id":"2","colour":"red","#),
            #"$.records[1].colour: unknown key "colour""#),
        BadFileCase(
            "unknown key in a stage", variant(#"{"name":"New","kind":"lead","#, #"{"name":"New","color":1,"kind":"lead","#),
            #"$.pipeline.stages[0].color: unknown key "color""#),
        BadFileCase(
            "unknown key in the pipeline", variant(#""pipeline":{"policy":"strict","#, #""pipeline":{"policy":"strict","owner":1,"#),
            #"$.pipeline.owner: unknown key "owner""#),
        BadFileCase(
            "duplicate key at the top", variant(#""clock":"2026-03-01T09:00:00Z","#, #""clock":"2026-03-01T09:00:00Z","clock":null,"#),
            #"$.clock: key "clock" appears twice"#),
        BadFileCase(
            "duplicate ledger key in a record",
            variant(
                #""ledger":[["New","2026-02-01T00:00:00Z","create"]]"#,
                #""ledger":[["New","2026-02-01T00:00:00Z","create"]],"ledger":[["New","2026-02-01T00:00:00Z","create"]]"#),
            #"$.records[2].ledger: key "ledger" appears twice"#),
        BadFileCase(
            "duplicate name key in a record", variant(#""name":"Gamma""#, #""name":"Gamma","name":"Delta""#),
            #"$.records[2].name: key "name" appears twice"#),
        BadFileCase(
            "duplicate stages key in the pipeline", variant("\"rules\":[\n", "\"stages\":[],\"rules\":[\n"),
            #"$.pipeline.stages: key "stages" appears twice"#),

        // Records
        BadFileCase("duplicate ids", variant(#""id":"D-3""#, #""id":"2""#), #"$.records[2].id: id "2" is already taken"#),
        BadFileCase("an id with a space", variant(#""id":"D-3""#, #""id":"D 3""#), "$.records[2].id: " + Message.badId("D 3").english),
        BadFileCase("missing id", variant(#""id":"D-3","#, ""), #"$.records[2]: missing key "id""#),
        BadFileCase("an empty id", variant(#""id":"D-3""#, #""id":"""#), "$.records[2].id: " + Message.badId("").english),
        BadFileCase("an id with an escaped tab", variant(#""id":"D-3""#, #""id":"D\t3""#), "$.records[2].id: " + Message.badId("D\t3").english),
        BadFileCase(
            "an id with a no-break space", variant(#""id":"D-3""#, "\"id\":\"D\u{A0}3\""), "$.records[2].id: " + Message.badId("D\u{A0}3").english),
        BadFileCase(
            "a duplicate id written with an escape", variant(#""id":"D-3""#, #""id":"\u0032""#),
            #"$.records[2].id: id "2" is already taken"#),
        BadFileCase(
            "unknown stage of a record", variant(#""stage":"New""#, #""stage":"Nowhere""#),
            #"$.records[2].stage: unknown stage "Nowhere""#),
        BadFileCase(
            "unknown stage in a ledger", variant(#"[["New","2026-02-01T00:00:00Z","create"]]"#, #"[["Nowhere","2026-02-01T00:00:00Z","create"]]"#),
            #"$.records[2].ledger[0]: unknown stage "Nowhere""#),
        BadFileCase("duplicate stage", variant(#"{"name":"Lost","#, #"{"name":"won","#), #"$.pipeline.stages[7]: stage "won" appears twice"#),
        BadFileCase(
            "unknown stage kind", variant(#"{"name":"New","kind":"lead""#, #"{"name":"New","kind":"vendor""#),
            #"$.pipeline.stages[0].kind: "vendor" is not one of lead, opportunity"#),
        BadFileCase(
            "an empty stage name", variant(#"{"name":"New","#, #"{"name":"  ","#),
            "$.pipeline.stages[0].name: " + Message.emptyStageName.english),
        BadFileCase(
            "unknown policy", variant(#""policy":"strict""#, #""policy":"lax""#),
            #"$.pipeline.policy: "lax" is not one of free, forward, strict"#),

        // Ledgers
        BadFileCase(
            "a ledger out of time order",
            variant(#"["Proposal Sent","2026-01-11T00:00:00Z","rule"]"#, #"["Proposal Sent","2026-01-09T00:00:00Z","rule"]"#),
            "$.records[1].ledger[1]: event at 2026-01-09T00:00:00Z comes before the previous one (2026-01-10T08:30:00Z)"),
        BadFileCase(
            "a ledger not ending in the record's stage", variant(#""stage":"New""#, #""stage":"Contacted""#),
            #"$.records[2]: the ledger of "D-3" ends in New, but its stage is Contacted"#),
        BadFileCase(
            "a ledger not starting with a creation", variant(#""2026-02-01T00:00:00Z","create"]]"#, #""2026-02-01T00:00:00Z","manual"]]"#),
            "$.records[2].ledger[0]: a ledger must start with a creation event"),
        BadFileCase(
            "a second creation", variant(#""2026-01-11T00:00:00Z","rule"]"#, #""2026-01-11T00:00:00Z","create"]"#),
            "$.records[1].ledger[1]: only the first event of a ledger is a creation"),
        BadFileCase("an empty ledger", variant(#"[["New","2026-02-01T00:00:00Z","create"]]"#, "[]"), #"$.records[2]: record "D-3" has no ledger"#),
        BadFileCase(
            "a creation not at the created time", variant(#""created":"2026-01-10T08:30:00Z""#, #""created":"2026-01-10T08:31:00Z""#),
            #"$.records[1]: the creation event of "2" is not at its created time"#),
        BadFileCase(
            "an unknown cause", variant(#""2026-01-11T00:00:00Z","rule"]"#, #""2026-01-11T00:00:00Z","magic"]"#),
            #"$.records[1].ledger[1]: "magic" is not one of create, manual, rule, convert, import"#),
        BadFileCase(
            "a later event without a time", variant(#"["Proposal Sent","2026-01-11T00:00:00Z","rule"]"#, #"["Proposal Sent",null,"rule"]"#),
            "$.records[1].ledger[1]: expected a string, found null"),

        // Field events
        BadFileCase(
            "an unknown tracked field", variant(#""create"]]}"#, #""create"]],"fields":[["colour",null,"manual",1,2]]}"#),
            #"$.records[2].fields[0]: "colour" is not one of value, expected_close, probability, owner, currency"#),
        BadFileCase(
            "an owner change to a number", variant(#""create"]]}"#, #""create"]],"fields":[["owner",null,"manual",null,5]]}"#),
            "$.records[2].fields[0]: expected a string, found a number"),
        BadFileCase(
            "a field event without its new value", variant(#""create"]]}"#, #""create"]],"fields":[["value",null,"manual",1]]}"#),
            #"$.records[2].fields[0]: expected ",", found "]" at byte 1931"#),

        // Rules
        BadFileCase(
            "a rule whose when does not parse", variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"(value >= 1000""#),
            "$.pipeline.rules[1].when: unclosed parenthesis"),
        BadFileCase(
            "a rule whose when compares a number with a word", variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"value >= abc""#),
            "$.pipeline.rules[1].when: " + typedRuleMessage("value >= abc")),
        BadFileCase(
            "a rule whose when names an unknown field", variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"nosuchfield = 3""#),
            "$.pipeline.rules[1].when: " + typedRuleMessage("nosuchfield = 3")),
        BadFileCase(
            "a rule whose when has a second command",
            variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"value >= 1000 move to Won; policy free""#),
            #"$.pipeline.rules[1].when: unexpected "move""#),
        BadFileCase(
            "a rule to an unknown stage", variant(#"{"on":"quote","move_to":"Proposal Sent"}"#, #"{"on":"quote","move_to":"Nowhere"}"#),
            #"$.pipeline.rules[0].move_to: unknown stage "Nowhere""#),
        BadFileCase(
            "a rule naming a gone stage and an unknown field",
            variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"stage = Demo or nosuchfield = 3""#),
            "$.pipeline.rules[1].when: " + typedRuleMessage("nosuchfield = 3")),
        BadFileCase(
            "a rule on no activity", variant(#"{"on":"quote","move_to""#, #"{"on":"","move_to""#),
            "$.pipeline.rules[0]: " + Message.emptyActivity.english),
        BadFileCase(
            "a rule without move_to", variant(#"{"on":"quote","move_to":"Proposal Sent"}"#, #"{"on":"quote"}"#),
            #"$.pipeline.rules[0]: missing key "move_to""#),

        // Order and presence of the parts
        BadFileCase(
            "missing pipeline", #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","clock":null,"log":[]}"#,
            #"$: missing key "pipeline""#),
        BadFileCase(
            "records before the pipeline",
            #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","records":[],"pipeline":{"stages":[]}}"#,
            "$.records: the pipeline must come before the records"),
        BadFileCase(
            "no records key at all",
            #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","pipeline":{"stages":[{"name":"N","kind":"lead"},{"name":"O","kind":"opportunity"}]}}"#,
            #"$: missing key "records""#),

        // Strings
        BadFileCase(
            "invalid UTF-8 inside a string", bytes: { variant(#""name":"Beta""#, bytes: Array(#""name":"Be"#.utf8) + [0xFF] + Array(#"ta""#.utf8)) },
            "$.records[1].name: invalid UTF-8"),
        BadFileCase(
            "invalid UTF-8 inside an escaped string",
            bytes: { variant(#""name":"Beta""#, bytes: Array(#""name":"B\ne"#.utf8) + [0xC3] + Array(#"ta""#.utf8)) },
            "$.records[1].name: invalid UTF-8"),
        BadFileCase(
            "invalid UTF-8 inside an owner",
            bytes: { variant(#""owner":"Lan","created""#, bytes: Array(#""owner":"L"#.utf8) + [0xE1, 0x80] + Array(#"an","created""#.utf8)) },
            "$.records[2].owner: invalid UTF-8"),
        BadFileCase(
            "a raw tab inside a string", variant(#""name":"Beta""#, "\"name\":\"Be\tta\""), "$.records[1].name: a control character inside a string"),
        BadFileCase("an unknown escape", variant(#""name":"Beta""#, #""name":"Be\qta""#), "$.records[1].name: invalid escape in a string"),
        BadFileCase("a lone surrogate", variant(#""name":"Beta""#, #""name":"Be\ud800ta""#), "$.records[1].name: invalid escape in a string"),
        BadFileCase(
            "a string cut by the end of the file",
            #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","log":["abc"#,
            "$.log[0]: unterminated string"),
        BadFileCase(
            "a huge format string", #"{"format":""# + String(repeating: "A", count: mebibytes16) + #"","version":2}"#,
            "$.format: " + Message.snapshotWrongFormat(String(repeating: "A", count: mebibytes16)).english),
        BadFileCase(
            "a huge unterminated string", #"{"format":""# + String(repeating: "A", count: mebibytes16),
            "$.format: unterminated string"),
    ]

    /// The message `rule add on call when WHEN move to "Proposal Sent"` gives when
    /// typed: a snapshot's rule is checked exactly as a typed one (docs/snapshot-format.md).
    static func typedRuleMessage(_ when: String) -> String {
        var s = testSession(clock: nil)
        do {
            _ = try s.execute(line: "rule add on call when \(when) move to \"Proposal Sent\"")
            return "(the typed rule was accepted)"
        } catch {
            return error.message.english
        }
    }

    /// A `when` that ends in a comment cannot retarget the rule: `move_to` is
    /// where it moves records, or the file is refused.
    @Test func ruleConditionCannotCommentOutTheTarget() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write(variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"value >= 1000 move to Won #""#), to: dir + "/r.json")
            do {
                let (w, _) = try SnapshotFiles.load(dir + "/r.json")
                let rule = try #require(w.pipeline.rules.last)
                #expect(
                    w.pipeline[rule.target].name == "Proposal Sent",
                    "the snapshot says move_to \"Proposal Sent\"; the loaded rule is: \(rule.text(in: w.pipeline))")
            } catch let error as SnapshotFileError {
                #expect(error.message.english.hasPrefix("$.pipeline.rules[1].when: "), "\(error.message)")
            }
        }
    }

    /// States the commands reach that the reader once refused to load (a
    /// snapshot that `save` wrote always loads): a kind without stages
    /// (`stage remove`), a rule naming a stage since renamed or removed, a rule
    /// on a blank activity (`rule add on " "`), a blank record name and an
    /// opportunity's history moving back to a lead stage (both from `import`).
    @Test(arguments: [
        (
            "no lead stages",
            #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","pipeline":{"stages":[{"name":"O","kind":"opportunity"}]},"records":[]}"#
        ),
        ("no stages at all", #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","pipeline":{"stages":[]},"records":[]}"#),
        ("a rule naming a gone stage", variant(#""when":"value >= 1000 and owner = Lan""#, #""when":"stage in (Demo, New) and owner = Lan""#)),
        ("a rule on a blank activity", variant(#"{"on":"quote","move_to""#, #"{"on":" ","move_to""#)),
        ("a blank name", variant(#""name":"Gamma""#, #""name":" \t ""#)),
        ("a name of Unicode spaces", variant(#""name":"Gamma""#, "\"name\":\"\u{3000}\u{A0}\"")),
        ("an empty name", variant(#""name":"Gamma""#, #""name":"""#)),
        (
            "an opportunity moved back to a lead",
            variant(
                #"[["New","2026-02-01T00:00:00Z","create"]]"#,
                #"[["Negotiation","2026-02-01T00:00:00Z","create"],["New","2026-02-02T00:00:00Z","import"]]"#)
        ),
    ])
    func onceRefusedNowLoads(_ name: String, _ text: String) throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write(text, to: dir + "/ok.json")
            var s = makeSession(dir)
            run(&s, ["load ok", "save again", "load! again"])
            // Saved again, it reads back the same.
            let first = content(s)
            run(&s, ["save again2", "load! again2"])
            #expect(content(s) == first, "\(name)")
        }
    }

    /// The hand-written document the cases start from is itself valid.
    @Test func handWrittenDocumentLoads() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write(handV2, to: dir + "/hand.json")
            let (w, info) = try SnapshotFiles.load(dir + "/hand.json")
            #expect(w.store.liveCount == 3)
            #expect(w.store.created[0] == missing)
            #expect(w.store.values[1] == 5)
            #expect(w.pipeline.policy == .strict)
            #expect(w.pipeline.rules.count == 2)
            #expect(info.log == ["add lead Beta", "import records /tmp/x.csv"])
            #expect(info.clock == clock0 && info.savedAt == clock0)

            // Written back, it is the same text but for the log.
            var s = makeSession(dir)
            run(&s, ["load hand", "save again"])
            let again = String(decoding: try #require(bytes(of: dir + "/again.json")), as: UTF8.self)
            // A version 2 file is written back as version 3, the same otherwise.
            let expected =
                handV2.components(separatedBy: ",\n\"log\":[")[0].replacingOccurrences(of: "\"version\":2,", with: "\"version\":3,")
                + ",\n\"log\":[]}\n"
            #expect(again == expected)
        }
    }

    /// Each bad file fails with its exact message, through `SnapshotFiles.load`
    /// and through `load`, and leaves the session exactly as it was.
    @Test(arguments: cases)
    func badFile(_ c: BadFileCase) throws {
        try withTemporaryDirectory("snapshot-bad") { dir in
            let data = c.bytes()
            try write(data, to: dir + "/bad.json")
            do {
                _ = try SnapshotFiles.load(dir + "/bad.json")
                Issue.record("the file loaded")
            } catch let error as SnapshotFileError {
                #expect(error.message.english == c.expected)
            }
            var s = Self.baseSession(dir)
            let before = fingerprint(s)
            if let d = failure(&s, "load bad.json") {
                #expect(d.message.english == "cannot load bad.json: " + c.expected)
                #expect(d.message.english.utf8.count < 1_000, "the message is \(d.message.english.utf8.count) bytes long")
            }
            #expect(fingerprint(s) == before, "a failed load changed the session")
        }
    }

    /// A 16 MiB key: refused, with a message of a readable length.
    @Test func hugeKey() throws {
        try withTemporaryDirectory("snapshot") { dir in
            let key = String(repeating: "k", count: mebibytes16)
            try write(#"{"format":"stagesh-snapshot","version":2,""# + key + #"":1}"#, to: dir + "/key.json")
            var s = Self.baseSession(dir)
            let before = fingerprint(s)
            if let d = failure(&s, "load key.json") {
                #expect(d.message.english.hasPrefix("cannot load key.json: $."))
                #expect(d.message.english.contains("unknown key"))
                #expect(d.message.english.utf8.count < 1_000, "the message is \(d.message.english.utf8.count) bytes long")
            }
            #expect(fingerprint(s) == before)
        }
    }

    /// A huge valid string (a 16 MiB record name) loads.
    @Test func hugeValidString() throws {
        try withTemporaryDirectory("snapshot") { dir in
            let name = String(repeating: "n", count: mebibytes16)
            try write(variant(#""name":"Gamma""#, "\"name\":\"\(name)\""), to: dir + "/big.json")
            let (w, _) = try SnapshotFiles.load(dir + "/big.json")
            #expect(w.store.names[2] == name)
        }
    }

    /// A snapshot cut at 20 evenly spread offsets: each fails cleanly.
    @Test func truncated() throws {
        try withTemporaryDirectory("snapshot-trunc") { dir in
            let base = Self.baseSession(dir)
            let whole = try #require(bytes(of: dir + "/base.json"))
            // Up to the last "}" is removed in every cut: only a newline may follow it.
            let limit = whole.count - 2
            let before = fingerprint(base)
            for k in 0..<20 {
                let cut = limit * k / 20
                try write(Array(whole[..<cut]), to: dir + "/cut.json")
                var s = base
                if let d = failure(&s, "load cut.json") {
                    #expect(d.message.english.hasPrefix("cannot load cut.json: "), "cut at \(cut)")
                    #expect(d.message.english.count > "cannot load cut.json: ".count + 5, "cut at \(cut): \(d.message.english)")
                    if cut > 0 { #expect(d.message.english.contains("$"), "cut at \(cut) names no path: \(d.message.english)") }
                }
                #expect(fingerprint(s) == before, "cut at \(cut)")
            }
        }
    }

    /// One bit flipped at 50 positions: each either loads or fails with a message; none crashes.
    @Test func bitFlips() throws {
        try withTemporaryDirectory("snapshot-flip") { dir in
            let base = Self.baseSession(dir)
            let whole = try #require(bytes(of: dir + "/base.json"))
            let before = fingerprint(base)
            var loaded = 0, failed = 0
            for k in 0..<50 {
                var flipped = whole
                let at = (whole.count - 1) * k / 49
                flipped[at] ^= UInt8(1 << (k % 8))
                try write(flipped, to: dir + "/flip.json")
                var s = base
                do {
                    _ = try s.execute(line: "load flip.json")
                    loaded += 1
                    // What loaded is a sound session: it saves and loads back the same.
                    let got = content(s)
                    run(&s, ["save flip2"])
                    var again = makeSession(dir)
                    run(&again, ["load flip2"])
                    expectSameLines(got, content(again), "flip at \(at)")
                } catch let error as Diagnostic {
                    failed += 1
                    #expect(error.message.english.hasPrefix("cannot load flip.json: "), "flip at \(at)")
                    #expect(error.message.english.utf8.count < 1_000)
                    #expect(fingerprint(s) == before, "flip at \(at) changed the session")
                }
            }
            #expect(loaded + failed == 50)
            #expect(failed > 0)
        }
    }

    /// 100 MB of random bytes fails, with a short message.
    @Test func hundredMegabytesOfGarbage() throws {
        try withTemporaryDirectory("snapshot-garbage") { dir in
            let count = 100_000_000
            var g = SplitMix64(seed: 42)
            var data = Data(count: count)
            data.withUnsafeMutableBytes { (p: UnsafeMutableRawBufferPointer) in
                var i = 0
                while i + 8 <= count {
                    p.storeBytes(of: g.next(), toByteOffset: i, as: UInt64.self)
                    i += 8
                }
                while i < count { p[i] = UInt8(truncatingIfNeeded: g.next()); i += 1 }
                // Something a JSON reader might take a first step into.
                p[0] = UInt8(ascii: "{")
            }
            try data.write(to: URL(fileURLWithPath: dir + "/garbage.json"))
            var s = Self.baseSession(dir)
            let before = fingerprint(s)
            if let d = failure(&s, "load garbage.json") {
                #expect(d.message.english.hasPrefix("cannot load garbage.json: $"))
                #expect(d.message.english.utf8.count < 300, "\(d.message.english.utf8.count) bytes")
            }
            #expect(fingerprint(s) == before)
        }
    }

    /// A directory and a missing file, by name and by path.
    @Test func directoryAndMissingFile() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try FileManager.default.createDirectory(atPath: dir + "/folder.json", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
            var s = Self.baseSession(dir)
            let before = fingerprint(s)
            #expect(failure(&s, "load folder")?.message.english == "cannot load folder: it is a directory")
            #expect(failure(&s, "load ./sub")?.message.english == "cannot load ./sub: it is a directory")
            #expect(failure(&s, "load nope")?.message.english == "cannot load nope: no such file or directory")
            #expect(failure(&s, "load ./missing/x.json")?.message.english == "cannot load ./missing/x.json: no such file or directory")
            #expect(failure(&s, "diff nope")?.message.english == "cannot load nope: no such file or directory")
            #expect(fingerprint(s) == before)
        }
    }
}

// MARK: - 3. Version 1

@Suite struct SnapshotVersionOneTests {
    /// A version 1 file loads into the same session as its version 2 equivalent,
    /// and is written back as version 2, byte for byte the same.
    @Test func upgradesToTheSameSession() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write(handV1, to: dir + "/v1.json")
            try write(handV2, to: dir + "/v2.json")
            var one = makeSession(dir), two = makeSession(dir)
            run(&one, ["load v1"])
            run(&two, ["load v2"])
            #expect(one.store.liveCount == 3)
            expectSameLines(content(two), content(one), "version 1 against version 2")
            #expect(try SnapshotFiles.load(dir + "/v1.json").1 == SnapshotFiles.load(dir + "/v2.json").1)
            run(&one, ["save one"])
            run(&two, ["save two"])
            let a = try #require(bytes(of: dir + "/one.json")), b = try #require(bytes(of: dir + "/two.json"))
            #expect(a == b)
            #expect(String(decoding: a, as: UTF8.self).hasPrefix(#"{"format":"stagesh-snapshot","version":3,"#))
        }
    }

    struct ChainCase: Sendable, CustomTestStringConvertible {
        var name: String
        var old: String
        var new: String
        var expected: String
        var testDescription: String { name }
    }

    static let chains: [ChainCase] = [
        ChainCase(
            name: "a move from the wrong stage",
            old: #"{"from":"Contacted","to":"Qualified""#, new: #"{"from":"New","to":"Qualified""#,
            expected: #"$.records[0].ledger[2]: the event moves from "New", but the previous event left the record in "Contacted""#),
        ChainCase(
            name: "an unknown from-stage",
            old: #"{"from":"Negotiation","to":"Lost""#, new: #"{"from":"Nego","to":"Lost""#,
            expected: #"$.records[0].ledger[4].from: unknown stage "Nego""#),
        ChainCase(
            name: "an event without to",
            old: #"{"from":"Negotiation","to":"Lost","at""#, new: #"{"from":"Negotiation","at""#,
            expected: #"$.records[0].ledger[4]: missing key "to""#),
        ChainCase(
            name: "an unknown key in an event",
            old: #"{"from":null,"to":"Negotiation","#, new: #"{"from":null,"by":"Lan","to":"Negotiation","#,
            expected: #"$.records[1].ledger[0].by: unknown key "by""#),
    ]

    /// A version 1 file whose from-chain is broken is refused with its path.
    @Test(arguments: chains)
    func brokenChain(_ c: ChainCase) throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write(variant(c.old, c.new, in: handV1), to: dir + "/v1.json")
            var s = SnapshotBadFileTests.baseSession(dir)
            let before = fingerprint(s)
            #expect(failure(&s, "load v1")?.message.english == "cannot load v1: " + c.expected)
            #expect(fingerprint(s) == before)
        }
    }

    static let fromNowhere: [ChainCase] = [
        ChainCase(
            name: "a first event that moves from a stage",
            old: #"{"to":"New","at":"2026-02-01T00:00:00Z","cause":"create","from":null}"#,
            new: #"{"to":"New","at":"2026-02-01T00:00:00Z","cause":"create","from":"New"}"#,
            expected: "$.records[2].ledger[0]: "),
        ChainCase(
            name: "a later event that moves from nowhere",
            old: #"{"from":"Negotiation","to":"Proposal Sent""#, new: #"{"from":null,"to":"Proposal Sent""#,
            expected: "$.records[1].ledger[1]: "),
    ]

    /// A version 1 event whose from-stage is wrongly null, or wrongly set on the
    /// creation: refused with its path, in words that name no empty stage ("").
    @Test(arguments: fromNowhere)
    func chainFromNowhere(_ c: ChainCase) throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write(variant(c.old, c.new, in: handV1), to: dir + "/v1.json")
            do {
                _ = try SnapshotFiles.load(dir + "/v1.json")
                Issue.record("loaded")
            } catch let error as SnapshotFileError {
                #expect(error.message.english.hasPrefix(c.expected), "\(error.message)")
                #expect(!error.message.english.contains("\"\""), "an empty stage name in: \(error.message)")
            }
        }
    }
}

// MARK: - 4. Atomic saves that fail

/// Runs a tool; its exit status and what it printed.
private func runTool(_ path: String, _ arguments: [String]) -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { return (-1, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

private func tool(_ name: String) -> String {
    ["/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? name
}

@Suite struct SnapshotSaveFailureTests {
    /// A path under /proc cannot be written: a clear message, the session as it
    /// was (unsaved marker and change log included), nothing written.
    @Test func saveUnderProc() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A", "add lead B"])
            let before = fingerprint(s)
            let d = failure(&s, "save /proc/stagesh-test/x.json")
            let reasons = ["no such file or directory", "permission denied", "the file system is read-only"]
            #expect(reasons.map { "cannot save /proc/stagesh-test/x.json: " + $0 }.contains(d?.message.english ?? ""), "\(d?.message.english ?? "-")")
            #expect(fingerprint(s) == before)
            #expect(s.unsavedChanges == 2 && s.changeLog.count == 2 && s.snapshot == nil)
            #expect(!FileManager.default.fileExists(atPath: "/proc/stagesh-test"))

            // Also straight into /proc itself, where the directory exists.
            let e = failure(&s, "save /proc/x.json")
            #expect(reasons.map { "cannot save /proc/x.json: " + $0 }.contains(e?.message.english ?? ""), "\(e?.message.english ?? "-")")
            #expect(fingerprint(s) == before)
            #expect(!FileManager.default.fileExists(atPath: "/proc/x.json"))
        }
    }

    /// A directory where the snapshot should go: the rename fails, the
    /// directory and the session stay as they were, no temporary file is left.
    @Test func saveOntoADirectory() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try FileManager.default.createDirectory(atPath: dir + "/taken.json", withIntermediateDirectories: true)
            var s = makeSession(dir)
            run(&s, ["add lead A"])
            let before = fingerprint(s)
            #expect(failure(&s, "save taken")?.message.english == "cannot save taken: it is a directory")
            #expect(fingerprint(s) == before)
            let entries = try FileManager.default.contentsOfDirectory(atPath: dir)
            #expect(entries == ["taken.json"], "left behind: \(entries)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/taken.json").isEmpty)
        }
    }

    /// A full disk: a tmpfs of 64 KB.
    ///
    /// The save fails with "no space left on the device", the old snapshot
    /// stays whole and no temporary file is left.
    @Test func saveOnAFullDevice() throws {
        try withTemporaryDirectory("snapshot-tmpfs") { dir in
            let mountPoint = dir + "/small"
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            let (status, output) = runTool(tool("mount"), ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint])
            guard status == 0 else {
                Issue.record(
                    "skipped: mount -t tmpfs is not permitted here (\(status): \(output.trimmingCharacters(in: .whitespacesAndNewlines)))",
                    severity: .warning)
                try Test.cancel("mount -t tmpfs is not permitted")
            }
            defer {
                let (u, out) = runTool(tool("umount"), [mountPoint])
                if u != 0 { Issue.record("umount \(mountPoint) failed: \(out)") }
            }
            var small = makeSession(dir)
            run(&small, ["add lead Small", "save small/snap.json"])
            let old = try #require(bytes(of: mountPoint + "/snap.json"))

            var rows = "id,name,stage,owner,value,created_at\n"
            for i in 1...2_000 { rows += "\(i),Record number \(i) with a longer name,New,Owner \(i % 17),\(i).50,2026-01-01T00:00:00Z\n" }
            try write(rows, to: dir + "/big.csv")
            var big = makeSession(dir)
            run(&big, ["import records big.csv"])
            let before = fingerprint(big)
            let d = failure(&big, "save small/snap.json")
            #expect(d?.message.english == "cannot save small/snap.json: no space left on the device")
            #expect(fingerprint(big) == before)
            #expect(big.unsavedChanges == 1 && big.snapshot == nil)
            #expect(bytes(of: mountPoint + "/snap.json") == old, "the old snapshot changed")
            let left = try FileManager.default.contentsOfDirectory(atPath: mountPoint)
            #expect(left == ["snap.json"], "left behind: \(left)")
            #expect(try SnapshotFiles.load(mountPoint + "/snap.json").0.store.liveCount == 1)
        }
    }
}

// MARK: - 5. The session commands around snapshots

struct ResolveCase: Sendable, CustomTestStringConvertible {
    var written: String
    /// Expected name and path, with `D` for the data directory and `W` for the working directory; nil when refused.
    var expected: (name: String, path: String)?
    var testDescription: String { written.debugDescription }
}

@Suite struct SnapshotSessionTests {
    @Test func snapshotsListing() throws {
        try withTemporaryDirectory("snapshot-list") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A", "add opp B", "won 2", "add opp C", "lost 3", "save alpha"])
            s.frozenClock = Timestamp(year: 2026, month: 4, day: 2, hour: 8, minute: 30)!
            run(&s, ["add lead D", "save beta"])
            try write("not json", to: dir + "/gamma.json")
            try write(handV2, to: dir + "/.hidden.json")
            try write("x", to: dir + "/notes.txt")
            try FileManager.default.createDirectory(atPath: dir + "/folder.json", withIntermediateDirectories: true)
            let t = try #require(table(run(&s, ["snapshots"])))
            #expect(t.columns.map(\.name) == ["name", "saved_at", "records", "open", "won", "lost", "bytes"])
            func size(_ name: String) -> Int64 { Int64(bytes(of: dir + "/\(name).json")?.count ?? -1) }
            #expect(
                t.rows == [
                    [.text("alpha"), .time(clock0), .integer(3), .integer(1), .integer(1), .integer(1), .integer(size("alpha"))],
                    [
                        .text("beta"), .time(Timestamp(year: 2026, month: 4, day: 2, hour: 8, minute: 30)!), .integer(4), .integer(2),
                        .integer(1), .integer(1), .integer(size("beta")),
                    ],
                    [.text("gamma"), .null, .null, .null, .null, .null, .integer(8)],
                ])
            #expect(t.footer == Message.rowCount(3))
        }
    }

    @Test func emptyListing() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir + "/does-not-exist")
            let t = try #require(table(run(&s, ["snapshots"])))
            #expect(t.rows.isEmpty)
        }
    }

    static let resolveCases: [ResolveCase] = [
        ResolveCase(written: "demo", expected: ("demo", "D/demo.json")),
        ResolveCase(written: "Q3-review_v1.2", expected: ("Q3-review_v1.2", "D/Q3-review_v1.2.json")),
        ResolveCase(written: "x.json", expected: ("x", "W/x.json")),
        ResolveCase(written: "sub/q3.json", expected: ("q3", "W/sub/q3.json")),
        ResolveCase(written: "./plain", expected: ("plain", "W/./plain")),
        ResolveCase(written: "/abs/dir/file.json", expected: ("file", "/abs/dir/file.json")),
        ResolveCase(written: "/abs/dir/noext", expected: ("noext", "/abs/dir/noext")),
        ResolveCase(written: "a b", expected: nil),
        ResolveCase(written: "", expected: nil),
        ResolveCase(written: ".", expected: nil),
        ResolveCase(written: "..", expected: nil),
        ResolveCase(written: "ồ", expected: nil),
        ResolveCase(written: "a:b", expected: nil),
        ResolveCase(written: "tab\there", expected: nil),
    ]

    @Test(arguments: resolveCases)
    func resolve(_ c: ResolveCase) {
        let s = testSession(clock: nil, directory: "/work/dir", dataDirectory: "/data/stagesh")
        let got = SnapshotLocation.resolve(c.written, session: s)
        let expected = c.expected.map {
            SnapshotLocation(
                name: $0.name,
                path: $0.path.replacingOccurrences(of: "D/", with: "/data/stagesh/")
                    .replacingOccurrences(of: "W/", with: "/work/dir/"))
        }
        #expect(got == expected)
    }

    @Test func homePathsResolve() {
        var s = Session(checkInvariants: true, environment: SessionEnvironment(workingDirectory: "/work/dir", home: "/home/lan"))
        #expect(SnapshotLocation.resolve("~/snaps/a.json", session: s) == SnapshotLocation(name: "a", path: "/home/lan/snaps/a.json"))
        // Without a home, `~/` is a directory name like any other.
        s.environment.home = nil
        #expect(SnapshotLocation.resolve("~/snaps/a.json", session: s) == SnapshotLocation(name: "a", path: "/work/dir/~/snaps/a.json"))
    }

    /// A bad name through the commands: message and hint.
    @Test func badNameThroughCommands() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A", "save ok"])
            for line in ["save \"a b\"", "load \"a b\"", "load! \"a b\"", "diff \"a b\"", "diff ok \"a b\"", "save .."] {
                let d = failure(&s, line)
                #expect(d?.message == Message.badSnapshotName(line.hasSuffix("..") ? ".." : "a b"), "\(line)")
                #expect(d?.hints == [Message.hintSnapshotNames], "\(line)")
            }
            let entries = try FileManager.default.contentsOfDirectory(atPath: dir)
            #expect(entries == ["ok.json"], "written: \(entries)")
        }
    }

    @Test func diffWithOneAndTwoNames() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead Acme", "add opp Beta value=100", "save monday"])
            run(&s, ["move 1 to Contacted", "won 2", "add lead Gamma"])
            func rows(_ line: String) -> [[Cell]] { (table(run(&s, [line])) ?? Table(columns: [], rows: [])).rows }
            let expected: [[Cell]] = [
                [.text("1"), .text("Acme"), .text("advanced"), .text("New"), .text("Contacted")],
                [.text("2"), .text("Beta"), .text("won"), .text("Negotiation"), .text("Won")],
                [.text("3"), .text("Gamma"), .text("added"), .null, .text("New")],
            ]
            #expect(rows("diff monday") == expected)
            run(&s, ["save friday"])
            #expect(rows("diff monday friday") == expected)
            #expect(rows("diff friday monday").count == 3)
            #expect(rows("diff friday").isEmpty)
            #expect(rows("diff monday.json ./friday.json") == expected)
        }
    }

    @Test func loadRefusesWithUnsavedChanges() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A", "save base", "add lead B"])
            let before = fingerprint(s)
            let d = failure(&s, "load base")
            #expect(d?.message.english == "there is 1 unsaved change; load would discard it")
            #expect(d?.hints.map(\.english) == ["save first, or discard them with: load! base"])
            #expect(fingerprint(s) == before)
            run(&s, ["add lead C"])
            let d2 = failure(&s, "load base")
            #expect(d2?.message.english == "there are 2 unsaved changes; load would discard them")

            // At a prompt it asks instead, with the forced command to run on yes.
            s.canAsk = true
            let asked = run(&s, ["load base"])
            guard case .confirm(let question, let retry)? = asked.first else {
                Issue.record("no question: \(asked)")
                return
            }
            #expect(question.english == "2 unsaved changes will be lost; load anyway? [y/N]")
            #expect(retry == "load! base")
            #expect(s.store.liveCount == 3)

            // load! discards them.
            s.canAsk = false
            #expect(message(run(&s, ["load! base"])) == Message.loaded("base", records: 1, savedAt: clock0.display).english)
            #expect(s.store.liveCount == 1 && s.unsavedChanges == 0 && s.changeLog.isEmpty)
            #expect(s.snapshot?.name == "base")
            // Undo does not reach past a load.
            #expect(failure(&s, "undo")?.message == Message.nothingToUndo)
        }
    }

    /// A snapshot that is missing or does not read is said at once, before
    /// unsaved changes are asked about (at a prompt) or refused for (in a script).
    @Test func loadChecksTheFileBeforeUnsavedChanges() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write("{\"format\": \"stagesh-snapshot\", \"version\": 1, \"pipe", to: dir + "/broken.json")
            var s = makeSession(dir)
            run(&s, ["add lead A"])
            let before = fingerprint(s)
            for canAsk in [false, true] {
                s.canAsk = canAsk
                let missing = failure(&s, "load nosuch")
                #expect(missing?.message.english.hasPrefix("cannot load nosuch: ") == true, "asking: \(canAsk)")
                #expect(missing?.range == SourceRange(5, 11))
                let broken = failure(&s, "load broken")
                #expect(broken?.message.english.hasPrefix("cannot load broken: ") == true, "asking: \(canAsk)")
                #expect(fingerprint(s) == before)
            }
            // A snapshot that reads is still asked about.
            run(&s, ["save good", "add lead B"])
            guard case .confirm? = run(&s, ["load good"]).first else {
                Issue.record("load of a good snapshot with unsaved changes should ask")
                return
            }
            #expect(s.store.liveCount == 2)
        }
    }

    @Test func saveWithoutANameWhenNoneIsOpen() throws {
        try withTemporaryDirectory("snapshot") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A"])
            let before = fingerprint(s)
            let d = failure(&s, "save")
            #expect(d?.message.english == "no snapshot is open to save to")
            #expect(d?.hints.map(\.english) == ["give it a name: save NAME"])
            #expect(fingerprint(s) == before)
            let entries = try FileManager.default.contentsOfDirectory(atPath: dir)
            #expect(entries.isEmpty, "written: \(entries)")
        }
    }

    /// After `save`: the snapshot is named, nothing is unsaved, the change log is
    /// empty; the snapshot's log holds the commands since the previous save, an
    /// import's file as an absolute path.
    @Test func saveStateAndLog() throws {
        try withTemporaryDirectory("snapshot") { dir in
            try write("id,name,stage\n10,Imported,New\n", to: dir + "/more.csv")
            var s = makeSession(dir)
            run(&s, ["add lead A", "list", "add opp B; won 2", "stages"])
            #expect(s.unsavedChanges == 3)
            #expect(s.changeLog.map(\.text) == ["add lead A", "add opp B", "won 2"])
            run(&s, ["save first"])
            #expect(s.snapshot == SnapshotLocation(name: "first", path: dir + "/first.json"))
            #expect(s.unsavedChanges == 0)
            #expect(s.changeLog.isEmpty)
            #expect(try SnapshotFiles.load(dir + "/first.json").1.log == ["add lead A", "add opp B", "won 2"])

            s.frozenClock = Timestamp(year: 2026, month: 3, day: 2)!
            run(&s, ["import records more.csv", "move 10 to Contacted because \"called\"", "count", "save"])
            #expect(s.snapshot?.name == "first")
            #expect(s.unsavedChanges == 0 && s.changeLog.isEmpty)
            let info = try SnapshotFiles.load(dir + "/first.json").1
            #expect(info.log == ["import records more.csv", "move 10 to Contacted because \"called\""])
            #expect(info.savedAt == Timestamp(year: 2026, month: 3, day: 2)!)

            // A save to another name switches the open snapshot.
            run(&s, ["add lead C", "save second"])
            #expect(s.snapshot?.name == "second")
            #expect(try SnapshotFiles.load(dir + "/second.json").1.log == ["add lead C"])
            // Saving with no changes writes an empty log.
            run(&s, ["save"])
            #expect(try SnapshotFiles.load(dir + "/second.json").1.log == [])
        }
    }
}

// MARK: - 6. The journal

private func journalFiles(_ dir: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/journal")) ?? []).filter { $0.hasSuffix(".journal") }.sorted()
}

@Suite struct SnapshotJournalTests {
    static let t1 = Timestamp(year: 2026, month: 3, day: 1, hour: 10)!
    static let t2 = Timestamp(year: 2026, month: 3, day: 1, hour: 11, minute: 5)!
    static let t3 = Timestamp(year: 2026, month: 3, day: 2, hour: 8)!

    @Test func writesHeaderAndEntries() throws {
        try withTemporaryDirectory("snapshot-journal") { dir in
            let j = try Journal(directory: dir, base: dir + "/base.json", started: clock0, workingDirectory: "/work/here")
            #expect(j.path.hasPrefix(dir + "/journal/") && j.path.hasSuffix(".journal"))
            let header = "# stagesh journal 1\n# base: \(dir)/base.json\n# directory: /work/here\n# started: 2026-03-01T09:00:00Z\n"
            #expect(String(decoding: bytes(of: j.path) ?? [], as: UTF8.self) == header)
            let commands = [LoggedCommand(at: Self.t1, text: "add lead \"A\tB\""), LoggedCommand(at: Self.t2, text: "move 1 to Contacted")]
            try j.record(commands[...])
            try j.record(ArraySlice<LoggedCommand>())
            #expect(j.recorded == 2)
            // Written through before `record` returns: another reader sees it at once.
            #expect(
                String(decoding: bytes(of: j.path) ?? [], as: UTF8.self)
                    == header + "2026-03-01T10:00:00Z\tadd lead \"A\tB\"\n2026-03-01T11:05:00Z\tmove 1 to Contacted\n")
            let read = try #require(Journal.read(j.path))
            #expect(read == JournalContents(path: j.path, base: dir + "/base.json", directory: "/work/here", started: clock0, commands: commands))

            // restart empties it down to a new header.
            try j.restart(base: nil, started: Self.t3)
            #expect(j.recorded == 0)
            #expect(
                String(decoding: bytes(of: j.path) ?? [], as: UTF8.self)
                    == "# stagesh journal 1\n# base: -\n# directory: /work/here\n# started: 2026-03-02T08:00:00Z\n")
            #expect(Journal.read(j.path) == JournalContents(path: j.path, base: nil, directory: "/work/here", started: Self.t3, commands: []))
            j.remove()
            #expect(!FileManager.default.fileExists(atPath: j.path))
        }
    }

    @Test func readDropsATornLastLine() throws {
        try withTemporaryDirectory("snapshot-journal") { dir in
            let path = dir + "/torn.journal"
            let good = "# stagesh journal 1\n# base: -\n# directory: /w\n# started: 2026-03-01T09:00:00Z\n2026-03-01T10:00:00Z\tadd lead A\n"
            try write(good + "2026-03-01T11:05:00Z\tmove 1 to Cont", to: path)
            let read = try #require(Journal.read(path))
            #expect(read.commands == [LoggedCommand(at: Self.t1, text: "add lead A")])
            #expect(read.base == nil && read.directory == "/w" && read.started == clock0)
            // Torn inside the time, or right after it.
            try write(good + "2026-03-01T1", to: path)
            #expect(Journal.read(path)?.commands.count == 1)
            try write(good + "2026-03-01T11:05:00Z\t", to: path)
            #expect(Journal.read(path)?.commands.count == 1)
            // Torn inside the header: not a journal.
            try write("# stagesh jour", to: path)
            #expect(Journal.read(path) == nil)
            try write("", to: path)
            #expect(Journal.read(path) == nil)
            #expect(Journal.read(dir + "/missing.journal") == nil)
        }
    }

    @Test func abandonedSkipsLockedJournals() throws {
        try withTemporaryDirectory("snapshot-journal") { dir in
            #expect(Journal.abandoned(in: dir).isEmpty)
            var a: Journal? = try Journal(directory: dir, base: nil, started: Self.t1, workingDirectory: dir)
            try a!.record([LoggedCommand(at: Self.t1, text: "add lead A")][...])
            let aPath = a!.path
            let b = try Journal(directory: dir, base: dir + "/b.json", started: Self.t2, workingDirectory: dir)
            try b.record([LoggedCommand(at: Self.t2, text: "add lead B")][...])
            #expect(aPath != b.path)

            // flock locks belong to the open file description: another descriptor
            // in this same process cannot take a lock a live journal holds.
            let fd = open(aPath, O_RDONLY)
            #expect(fd >= 0)
            #expect(flock(fd, LOCK_EX | LOCK_NB) == -1)
            #expect(errno == EWOULDBLOCK)
            close(fd)

            #expect(Journal.abandoned(in: dir).isEmpty, "a live journal was offered")
            #expect(journalFiles(dir).count == 2)

            // A's shell "dies": its descriptor closes and the lock is free.
            a = nil
            let found = Journal.abandoned(in: dir)
            #expect(
                found == [
                    JournalContents(
                        path: aPath, base: nil, directory: dir, started: Self.t1,
                        commands: [LoggedCommand(at: Self.t1, text: "add lead A")])
                ])

            // A free journal with no commands is deleted, not offered; a locked one is kept.
            var c: Journal? = try Journal(directory: dir, base: nil, started: Self.t3, workingDirectory: dir)
            let cPath = c!.path
            c = nil
            let again = Journal.abandoned(in: dir)
            #expect(again.map(\.path) == [aPath])
            #expect(!FileManager.default.fileExists(atPath: cPath))
            #expect(FileManager.default.fileExists(atPath: b.path))

            // Oldest first, by the time each session started.
            var d: Journal? = try Journal(directory: dir, base: nil, started: Timestamp(year: 2026, month: 2, day: 1)!, workingDirectory: dir)
            try d!.record([LoggedCommand(at: Self.t1, text: "add lead D")][...])
            let dPath = d!.path
            d = nil
            #expect(Journal.abandoned(in: dir).map(\.path) == [dPath, aPath])
            _ = b
        }
    }

    /// A shell that recovered journal A wrote its own journal B (which replaces A) and died before deleting
    /// A: the next start offers B alone and drops A, whose work B carries on.
    ///
    /// A B torn before it holds all of A's commands does not hide A.
    @Test func aRecoveredJournalIsNotOfferedAgain() throws {
        try withTemporaryDirectory("snapshot-journal") { dir in
            let commands = [LoggedCommand(at: Self.t1, text: "add lead A"), LoggedCommand(at: Self.t2, text: "move 1 to Contacted")]
            var a: Journal? = try Journal(directory: dir, base: nil, started: Self.t1, workingDirectory: dir)
            try a!.record(commands[...])
            let aPath = a!.path
            a = nil

            // B holds only the first of A's commands so far: both are offered.
            var b: Journal? = try Journal(directory: dir, base: nil, started: Self.t3, workingDirectory: dir)
            try b!.restart(base: nil, started: Self.t3, replacing: [aPath])
            try b!.record(commands[..<1])
            #expect(Journal.read(b!.path)?.replaces == [aPath])
            let bPath = b!.path
            // While B's shell lives, A stays: B does not hold A's work yet.
            #expect(Journal.abandoned(in: dir).map(\.path) == [aPath])

            // B has taken A's commands over, and its shell is still running:
            // A is not offered to another shell.
            try b!.record(commands[1...])
            #expect(Journal.abandoned(in: dir).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: aPath))

            // B's shell dies: B alone is offered.
            b = nil
            let found = Journal.abandoned(in: dir)
            #expect(found.map(\.path) == [bPath])
            #expect(found.first?.commands == commands)
        }
    }

    /// The base session every recovery test starts from, saved as `base`.
    static func base(_ dir: String) -> Session {
        var s = makeSession(dir)
        run(&s, ["add lead Acme owner=Lan", "add opp Beta value=100", "add lead Gone", "save base"])
        return s
    }

    static let journalCommands: [LoggedCommand] = [
        LoggedCommand(at: t1, text: "add lead Zed owner=Minh region=Nam"),
        LoggedCommand(at: t2, text: "move 1 to Contacted because \"called\""),
        LoggedCommand(at: t2, text: "log quote 2 note \"sent\""),
        LoggedCommand(at: t3, text: "import records more.csv"),
        LoggedCommand(at: t3, text: "stage add opp \"Chờ ký\" after \"Proposal Sent\""),
        LoggedCommand(at: t3, text: "delete 3"),
        LoggedCommand(at: t3, text: "add opp Late value=12.5"),
        LoggedCommand(at: t3, text: "won 11"),
    ]

    /// What running the commands directly gives: the base loaded, each command at
    /// its clock, from `work` (where `more.csv` is).
    static func direct(_ dir: String, _ commands: [LoggedCommand], base: String? = "base", work: String? = nil) -> Session {
        var s = makeSession(dir)
        if let work { s.directory = work }
        if let base { run(&s, ["load \(base)"]) }
        for c in commands {
            s.frozenClock = c.at
            run(&s, [c.text])
        }
        return s
    }

    /// A shell runs commands from its working directory, journaling each as the
    /// runner does, and crashes; `abandoned` finds its journal and `recover` in a
    /// session elsewhere replays it into the same session.
    @Test func recoverReplaysTheJournal() throws {
        try withTemporaryDirectory("snapshot-recover") { dir in
            _ = Self.base(dir)
            let work = dir + "/work"
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            try write("id,name,stage,created_at\n10,Imported,Contacted,2026-02-01T00:00:00Z\n", to: work + "/more.csv")

            var live = makeSession(dir)
            live.directory = work
            run(&live, ["load base"])
            var j: Journal? = try Journal(directory: dir, base: live.snapshot?.path, started: Self.t1, workingDirectory: work)
            for c in Self.journalCommands {
                live.frozenClock = c.at
                run(&live, [c.text])
                if live.changeLog.count > j!.recorded { try j!.record(live.changeLog[j!.recorded...]) }
            }
            #expect(live.changeLog.map(\.at) == Self.journalCommands.map(\.at))
            let journalPath = j!.path
            j = nil  // the crash: the lock goes with the process, the file stays
            let found = Journal.abandoned(in: dir)
            #expect(found.map(\.commands) == [live.changeLog])
            #expect(found.first?.directory == work)

            var s = makeSession(dir, clock: Timestamp(year: 2027, month: 1, day: 1)!)
            s.directory = dir + "/elsewhere"
            s.pendingRecovery = found.first
            let outcome = run(&s, ["recover"])
            #expect(message(outcome) == Message.recovered(8, base: dir + "/base.json").english)

            var expected = live
            expected.frozenClock = s.frozenClock
            expectSameLines(content(expected), content(s), "recovered against direct")
            #expect(s.store.slot(of: "10") != nil, "the import ran from the journal's directory")
            #expect(s.frozenClock == Timestamp(year: 2027, month: 1, day: 1)!, "the session's own clock is back")
            #expect(s.directory == dir + "/elsewhere", "the session's own directory is back")
            #expect(s.pendingRecovery == nil)
            #expect(s.snapshot == SnapshotLocation(name: "base", path: dir + "/base.json"))
            #expect(s.finishedJournals == [journalPath])
            // The recovered work is unsaved, and is exactly the journal's commands:
            // this session's own journal will hold them (and not "recover", which
            // could not be replayed after a second crash).
            #expect(s.unsavedChanges == 8)
            #expect(s.changeLog == live.changeLog, "\(s.changeLog.map(\.text))")
            // And it saves like the direct session.
            run(&s, ["save recovered"])
            run(&expected, ["save directly"])
            let a = try SnapshotFiles.load(dir + "/recovered.json"), b = try SnapshotFiles.load(dir + "/directly.json")
            var la = makeSession(dir), lb = makeSession(dir)
            la.replaceWorkspace(a.0)
            lb.replaceWorkspace(b.0)
            expectSameLines(content(lb), content(la), "saved recovered against saved direct")
            #expect(a.1.log == b.1.log, "the recovered snapshot's log differs from the direct one's")
        }
    }

    /// Recovery after the highest id was deleted and saved: `add` in the journal
    /// got the id after it, and replaying must give the same id.
    @Test func recoverAfterDeletingTheHighestId() throws {
        try withTemporaryDirectory("snapshot-recover") { dir in
            var live = makeSession(dir)
            run(&live, ["add lead A", "add lead B", "delete 2", "save base"])
            let commands = [LoggedCommand(at: Self.t1, text: "add lead C"), LoggedCommand(at: Self.t2, text: "move 3 to Contacted")]
            for c in commands {
                live.frozenClock = c.at
                run(&live, [c.text])
            }
            var s = makeSession(dir)
            s.pendingRecovery = JournalContents(path: dir + "/journal/x.journal", base: dir + "/base.json", started: Self.t1, commands: commands)
            do {
                _ = try s.execute(line: "recover")
                live.frozenClock = s.frozenClock
                expectSameLines(content(live), content(s), "recovered against the live session")
            } catch let error as Diagnostic {
                Issue.record("recover failed: \(error.message)")
            }
        }
    }

    @Test func recoverOntoAnEmptySession() throws {
        try withTemporaryDirectory("snapshot-recover") { dir in
            let commands = [LoggedCommand(at: Self.t1, text: "add lead A"), LoggedCommand(at: Self.t2, text: "add opp B; won 2")]
            var s = makeSession(dir)
            s.pendingRecovery = JournalContents(path: dir + "/journal/j.journal", base: nil, started: Self.t1, commands: commands)
            #expect(message(run(&s, ["recover"])) == Message.recovered(2, base: nil).english)
            var expected = Self.direct(dir, commands, base: nil)
            expected.frozenClock = s.frozenClock
            expectSameLines(content(expected), content(s), "recovered onto nothing")
            #expect(s.snapshot == nil)
        }
    }

    /// A journal whose base is gone, or whose command no longer runs: recover
    /// fails with a message and leaves the session and the pending work alone.
    @Test func recoverFailures() throws {
        try withTemporaryDirectory("snapshot-recover") { dir in
            _ = Self.base(dir)
            var s = makeSession(dir)
            run(&s, ["add lead Mine"])
            s.pendingRecovery = JournalContents(
                path: dir + "/journal/j.journal", base: dir + "/gone.json", started: Self.t1,
                commands: [LoggedCommand(at: Self.t1, text: "add lead A")])
            var before = fingerprint(s)
            #expect(failure(&s, "recover")?.message.english == "cannot load \(dir)/gone.json: no such file or directory")
            #expect(fingerprint(s) == before)

            s.pendingRecovery = JournalContents(
                path: dir + "/journal/j.journal", base: dir + "/base.json", started: Self.t1,
                commands: [
                    LoggedCommand(at: Self.t1, text: "add lead A"),
                    LoggedCommand(at: Self.t2, text: "move 99 to Contacted"),
                ])
            before = fingerprint(s)
            let d = failure(&s, "recover")
            #expect(
                d?.message.english.hasPrefix("could not replay command 2 of the journal (move 99 to Contacted): ") == true,
                "\(d?.message.english ?? "-")")
            #expect(fingerprint(s) == before)
        }
    }

    @Test func discardDropsThePendingWork() throws {
        try withTemporaryDirectory("snapshot-recover") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead Mine"])
            s.pendingRecovery = JournalContents(
                path: dir + "/journal/j.journal", base: nil, started: Self.t1,
                commands: Array(Self.journalCommands.prefix(2)))
            let before = content(s)
            #expect(message(run(&s, ["discard"])) == "discarded 2 unsaved commands")
            #expect(s.pendingRecovery == nil)
            #expect(s.finishedJournals == [dir + "/journal/j.journal"])
            #expect(content(s) == before)
            #expect(s.unsavedChanges == 1 && s.changeLog.map(\.text) == ["add lead Mine"])
            #expect(failure(&s, "recover")?.message.english == "there is no unsaved work to recover")
            #expect(failure(&s, "discard")?.message.english == "there is no unsaved work to recover")
        }
    }

    @Test func recoverWithNothingPending() throws {
        try withTemporaryDirectory("snapshot-recover") { dir in
            var s = makeSession(dir)
            run(&s, ["add lead A"])
            let before = fingerprint(s)
            #expect(failure(&s, "recover")?.message.english == "there is no unsaved work to recover")
            #expect(failure(&s, "discard")?.message.english == "there is no unsaved work to recover")
            #expect(fingerprint(s) == before)
        }
    }
}
