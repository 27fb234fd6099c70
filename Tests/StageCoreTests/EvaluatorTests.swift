import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// One ledger event as tests write it: stage names and the displayed time.
struct EvaluatorEvent: Equatable, CustomStringConvertible {
    var from: String?
    var to: String
    var at: String
    var cause: String
    var reason: String?

    init(_ from: String?, _ to: String, _ at: String, _ cause: String, _ reason: String? = nil) {
        self.from = from
        self.to = to
        self.at = at
        self.cause = cause
        self.reason = reason
    }

    var description: String { "\(from ?? "-") -> \(to) at \(at) (\(cause)\(reason.map { ", \($0)" } ?? ""))" }
}

/// A session with a frozen clock, and helpers to run lines and read their outcomes.
struct EvaluatorHarness {
    var s: Session

    init(now: String = "2026-03-01T09:00") {
        s = testSession(clock: EvaluatorHarness.time(now))
    }

    static func time(_ text: String) -> Timestamp {
        switch ValueParser.isoTimestamp(text) {
        case .success(let t): return t
        case .failure: fatalError("bad test time \(text)")
        }
    }

    /// Runs a line that must succeed.
    @discardableResult
    mutating func run(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Outcome] {
        StageTestSupport.run(&s, line, sourceLocation: sourceLocation)
    }

    mutating func run(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        StageTestSupport.run(&s, lines, sourceLocation: sourceLocation)
    }

    /// The messages a line that must succeed gives, one per line.
    mutating func message(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        run(line, sourceLocation: sourceLocation).compactMap { outcome -> String? in
            if case .message(let m) = outcome { return m.text(in: s.language) }
            Issue.record("\(line) gave \(outcome), not a message", sourceLocation: sourceLocation)
            return nil
        }.joined(separator: "\n")
    }

    /// The table (or card) a line that must succeed gives; an empty one when it gave none.
    mutating func table(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Table {
        (try? StageTestSupport.table(&s, line, sourceLocation: sourceLocation)) ?? Table(columns: [])
    }

    /// The first column of a `list`: record ids in the order listed.
    mutating func ids(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        table(line, sourceLocation: sourceLocation).rows.map { row in
            if case .text(let id)? = row.first { return id }
            return "?"
        }
    }

    /// The diagnostic of a line that must fail.
    mutating func error(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic {
        failure(&s, line, sourceLocation: sourceLocation) ?? Diagnostic(.verbatim("(no error)"))
    }

    /// A record's ledger, oldest first.
    func ledger(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) -> [EvaluatorEvent] {
        guard let r = s.store.slot(of: id) else {
            Issue.record("no record \(id)", sourceLocation: sourceLocation)
            return []
        }
        let st = s.store, p = s.pipeline
        return st.events(of: Int(r)).map { e in
            let ev = st.event(e)
            return EvaluatorEvent(
                ev.from == noStage ? nil : p[ev.from].name, p[ev.to].name,
                ev.at == missing ? "-" : Timestamp(seconds: ev.at).display, ev.cause.name,
                ev.reason == 0 ? nil : st.pool[ev.reason])
        }
    }

    func stage(_ id: String) -> String? {
        s.store.slot(of: id).map { s.pipeline[s.store.stages[Int($0)]].name }
    }

    /// Everything a command may change, written out, to compare sessions before and after.
    var fingerprint: String {
        let st = s.store, p = s.pipeline
        var out = "policy \(p.policy.rawValue)\n"
        for id in p.liveStages {
            let x = p[id]
            out += "stage \(id) \(x.name) \(x.kind.name) \(x.probability.map(String.init) ?? "-") \(x.outcome.name)\n"
        }
        for rule in p.rules { out += "rule \(rule.text(in: p))\n" }
        for r in 0..<st.slotCount {
            let custom = (st.custom[Int32(r)] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            out +=
                "record \(st.ids[r]) alive=\(st.alive[r]) name=\(st.names[r]) account=\(st.pool[st.accounts[r]])"
                + " owner=\(st.pool[st.owners[r]]) source=\(st.pool[st.sources[r]]) value=\(st.values[r])"
                + " created=\(st.created[r]) expected=\(st.expectedClose[r]) stage=\(p[st.stages[r]].name) custom=[\(custom)]\n"
            for e in st.events(of: r) {
                let ev = st.event(e)
                out +=
                    "  \(ev.from == noStage ? "-" : p[ev.from].name) -> \(p[ev.to].name) at \(ev.at) \(ev.cause.name)"
                    + " \(ev.reason == 0 ? "" : st.pool[ev.reason])\n"
            }
        }
        for a in st.activities { out += "activity \(st.ids[Int(a.record)]) \(st.pool[a.kind]) \(a.at) \(a.note ?? "")\n" }
        out += "custom fields \(st.customFieldNames.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })\n"
        out += "events \(st.eventCount) live \(st.liveCount) next \(st.nextId)\n"
        return out
    }
}

@Suite struct EvaluatorTests {
    typealias Ev = EvaluatorEvent
    typealias Harness = EvaluatorHarness

    static let now = "2026-03-01 09:00"

    static func t(_ text: String) -> Timestamp { Harness.time(text) }

    // MARK: records and their ledger

    @Test func addRecords() {
        var h = Harness()
        #expect(h.message("add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web") == "added lead 1")
        #expect(h.ledger("1") == [Ev(nil, "New", Self.now, "create")])
        #expect(h.message("add opp \"CRM rollout\" account=Acme value=1.2m created=2026-01-05") == "added opportunity 2")
        #expect(h.ledger("2") == [Ev(nil, "Negotiation", "2026-01-05", "create")])
        #expect(h.message("add opportunity X stage=\"proposal sent\"") == "added opportunity 3")
        #expect(h.ledger("3") == [Ev(nil, "Proposal Sent", Self.now, "create")])
        #expect(h.message("add lead Y created=-2d") == "added lead 4")
        #expect(h.ledger("4") == [Ev(nil, "New", "2026-02-27 09:00", "create")])

        let list = h.table("list")
        #expect(list.columns.map(\.name) == ["id", "kind", "name", "account", "owner", "source", "value", "stage", "created", "changed"])
        #expect(
            list.rows.first == [
                .text("1"), .text("lead"), .text("Công ty An Phát"), .null, .text("Nguyễn Lan"), .text("web"),
                .amount(Amount(cents: 4_500_000)), .text("New"), .time(Self.t("2026-03-01T09:00")), .time(Self.t("2026-03-01T09:00")),
            ])
        #expect(
            list.rows[1] == [
                .text("2"), .text("opportunity"), .text("CRM rollout"), .text("Acme"), .null, .null,
                .amount(Amount(cents: 120_000_000)), .text("Negotiation"), .time(Self.t("2026-01-05")), .time(Self.t("2026-01-05")),
            ])
    }

    @Test func addIdsAndRefusals() {
        var h = Harness()
        #expect(h.message("add lead A id=D0000001") == "added lead D0000001")
        #expect(h.message("add lead B") == "added lead 1")
        #expect(h.message("add lead C id=10") == "added lead 10")
        #expect(h.message("add lead D") == "added lead 11")
        let before = h.fingerprint
        #expect(h.error("add lead E id=10").message == Message.duplicateId("10"))
        #expect(h.error("add lead F stage=Negotiation").message == Message.stageOfOtherKind("Negotiation", "opportunity", "lead"))
        #expect(h.error("add lead \" \"").message == Message.emptyName)
        #expect(h.error("add lead G value=-5").message == Message.negativeValue("-5"))
        #expect(h.error("add lead H value=abc").message == Message.notANumber("abc"))
        #expect(h.error("add lead I owner=a owner=b").message == Message.duplicateField("owner"))
        #expect(h.error("add lead J stage=Nowhere").message == Message.unknownStage("Nowhere"))
        #expect(h.fingerprint == before)
    }

    @Test func namesAreStoredInNFC() {
        var h = Harness()
        h.run("add lead \"Nguye\u{0302}\u{0303}n\" owner=\"Tra\u{0302}\u{0300}n Minh\"")
        #expect(h.s.store.names[0] == "Nguyễn")
        #expect(h.s.store.names[0].unicodeScalars.count == "Nguyễn".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(h.ids("list where name = \"Nguyễn\" and owner = \"trần minh\"") == ["1"])
    }

    /// `show` gives each number its unit for people: days, the record's currency; probability is a
    /// percentage cell.
    ///
    /// The names stay the contract's.
    @Test func showUnits() {
        var h = Harness()
        h.run(["add opp A value=28k currency=VND created=2025-11-26T09:00", "add opp B value=5k created=2026-02-27T21:00"])
        func units(_ id: String, in language: Language = .english) -> [String: String] {
            let card = h.table("show \(id)")
            return Dictionary(uniqueKeysWithValues: card.columns.compactMap { c in c.unit.map { (c.name, $0.text(in: language)) } })
        }
        #expect(units("1") == ["age": "days", "days_in_stage": "days", "value": "VND"])
        #expect(units("2") == ["age": "days", "days_in_stage": "days"])
        let card = h.table("show 2")
        #expect(card.rows[0][card.columns.firstIndex { $0.name == "age" }!] == .number(1.5, decimals: 2))
        #expect(card.rows[0][card.columns.firstIndex { $0.name == "probability" }!] == .percent(40))
        #expect(units("1", in: .vietnamese) == ["age": "ngày", "days_in_stage": "ngày", "value": "VND"])
    }

    @Test func set() {
        var h = Harness()
        h.run("add lead A owner=Lan value=10k")
        #expect(h.message("set 1 owner=\"Trần Minh\" value=60000 region=north") == "updated 1 (3 fields)")
        let row = h.table("list").rows[0]
        #expect(row[4] == .text("Trần Minh"))
        #expect(row[6] == .amount(Amount(cents: 6_000_000)))
        let card = h.table("show 1")
        let region = card.columns.firstIndex { $0.name == "region" }
        #expect(region.map { card.rows[0][$0] } == .text("north"))
        #expect(h.ledger("1") == [Ev(nil, "New", Self.now, "create")])

        #expect(h.message("set 1 value=\"\" region=\"\"") == "updated 1 (2 fields)")
        #expect(h.table("list").rows[0][6] == .null)
        #expect(h.ids("list where region = north").isEmpty)

        let before = h.fingerprint
        let stage = h.error("set 1 stage=Won")
        #expect(stage.message == Message.setStage)
        #expect(stage.hints == [Message.hintMove])
        #expect(h.error("set 1 kind=opportunity").message == Message.followsFromStage("kind"))
        #expect(h.error("set 1 owner=a owner=b").message == Message.duplicateField("owner"))
        #expect(h.error("set 1 owner=x value=abc").message == Message.notANumber("abc"))
        #expect(h.error("set 99 owner=x").message == Message.unknownRecord("99"))
        #expect(h.fingerprint == before)
    }

    /// a ledger starts with its creation event at the record's
    /// creation time; `set created=` either keeps the two in step or is refused.
    @Test func createdStaysTheCreationEventsTime() {
        var h = Harness()
        h.run("add lead A")
        _ = try? h.s.execute(line: "set 1 created=2026-01-01")
        let created = h.table("list").rows[0][8]
        let first = h.s.store.events(of: 0).first.map { h.s.store.event($0).at }
        #expect(created == first.map { .time(Timestamp(seconds: $0)) })
    }

    @Test func delete() {
        var h = Harness()
        h.run(["add lead A", "add lead B"])
        #expect(h.message("delete 1") == "deleted 1")
        #expect(h.ids("list") == ["2"])
        #expect(h.error("show 1").message == Message.unknownRecord("1"))
        #expect(h.error("move 1 to Contacted").message == Message.unknownRecord("1"))
        #expect(h.table("count").rows == [[.integer(1)]])
        #expect(h.message("undo") == "undid delete")
        #expect(h.ids("list") == ["1", "2"])
    }

    @Test func move() {
        var h = Harness(now: "2026-03-05T09:00")
        h.run("add lead A created=2026-03-01T09:00")
        #expect(h.message("move 1 to Contacted on 2026-03-01T09:00 because \"called back\"") == "moved 1 from New to Contacted")
        #expect(h.message("move 1 to qualified on 2026-03-02T10:15") == "moved 1 from Contacted to Qualified")
        #expect(
            h.ledger("1") == [
                Ev(nil, "New", Self.now, "create"),
                Ev("New", "Contacted", Self.now, "manual", "called back"),
                Ev("Contacted", "Qualified", "2026-03-02 10:15", "manual"),
            ])
        #expect(h.ids("list where reason = \"called back\"").isEmpty)  // reason is the last change's
        let before = h.fingerprint
        #expect(h.error("move 1 to Qualified").message == Message.alreadyInStage("1", "Qualified"))
        let kind = h.error("move 1 to Won")
        #expect(kind.message.english == "\"Won\" is an opportunity stage and 1 is a lead")
        #expect(kind.hints == [Message.hintConvert("1", "Qualified")])
        let typo = h.error("move 1 to Negociation")
        #expect(typo.message == Message.unknownStage("Negociation"))
        #expect(typo.hints == [Message.hintDidYouMean("Negotiation")])
        #expect(typo.range == SourceRange(10, 21))
        h.run("policy free")
        #expect(h.error("move 1 to New on 2026-03-01").message == Message.beforeLastChange("1", "2026-03-02 10:15"))
        h.run("now 2026-03-02")
        let clock = h.error("move 1 to New")
        #expect(clock.message == Message.clockBeforeLastChange("1", "2026-03-02 10:15", "2026-03-02"))
        #expect(clock.hints == [Message.hintOnDate])
        h.run("policy forward")
        #expect(h.error("move 2 to New").message == Message.unknownRecord("2"))
        #expect(h.fingerprint == before)
    }

    @Test func convert() {
        var h = Harness()
        h.run(["add lead A", "move 1 to Qualified on 2026-03-02"])
        #expect(h.message("convert 1 on 2026-03-05") == "converted 1 into an opportunity in Negotiation")
        #expect(
            h.ledger("1") == [
                Ev(nil, "New", Self.now, "create"),
                Ev("New", "Qualified", "2026-03-02", "manual"),
                Ev("Qualified", "Negotiation", "2026-03-05", "convert"),
            ])
        #expect(h.table("list").rows[0][1] == .text("opportunity"))
        #expect(h.error("convert 1").message == Message.alreadyOpportunity("1"))
        h.run("add lead B")
        let early = h.error("convert 2")
        #expect(early.message == Message.notQualified("2", "New", "Qualified"))
        #expect(early.hints == [Message.hintMoveExplicitly("2", "Qualified")])
    }

    @Test func wonAndLost() {
        var h = Harness()
        h.run(["add opp A", "add opp B", "add lead C"])
        #expect(h.message("won 1 on 2026-03-02") == "moved 1 from Negotiation to Won")
        #expect(h.ledger("1") == [Ev(nil, "Negotiation", Self.now, "create"), Ev("Negotiation", "Won", "2026-03-02", "manual")])
        #expect(h.message("lost 2 because \"price too high\"") == "moved 2 from Negotiation to Lost")
        #expect(h.ledger("2") == [Ev(nil, "Negotiation", Self.now, "create"), Ev("Negotiation", "Lost", Self.now, "manual", "price too high")])
        #expect(h.ids("list where reason ~ price") == ["2"])
        let lead = h.error("won 3")
        #expect(lead.message == Message.noClosedStage("lead", "won"))
        #expect(lead.hints == [Message.hintConvertFirst("3")])
        #expect(h.error("lost 2").message == Message.alreadyInStage("2", "Lost"))
    }

    @Test func logAndTheDefaultRule() {
        var h = Harness()
        h.run(["add opp A", "add lead L"])
        #expect(h.message("log call 1 note \"asked for a demo\"") == "logged call for 1")
        #expect(h.stage("1") == "Negotiation")
        #expect(h.ledger("1") == [Ev(nil, "Negotiation", Self.now, "create")])
        #expect(h.s.store.activities.count == 1)
        #expect(h.s.store.activities.first?.note == "asked for a demo")

        #expect(h.message("log QUOTE 1 on 2026-03-02") == "logged quote for 1\nrule 1: moved 1 from Negotiation to Proposal Sent")
        #expect(h.ledger("1") == [Ev(nil, "Negotiation", Self.now, "create"), Ev("Negotiation", "Proposal Sent", "2026-03-02", "rule")])
        #expect(h.s.store.activities.count == 2)

        // Already there: the activity is kept, nothing moves.
        #expect(h.message("log quote 1 on 2026-03-03") == "logged quote for 1")
        #expect(h.ledger("1").count == 2)
        // A rule to an opportunity stage never moves a lead.
        #expect(h.message("log quote 2") == "logged quote for 2")
        #expect(h.stage("2") == "New")

        let history = h.table("history 1")
        #expect(history.columns.map(\.name) == ["time", "event", "from", "to", "cause", "note"])
        #expect(history.rows.count == 5)
        #expect(
            history.rows.contains([.time(Self.t("2026-03-01T09:00")), .text("call"), .null, .null, .text("activity"), .text("asked for a demo")]))
        #expect(
            history.rows.contains([.time(Self.t("2026-03-02")), .text("stage"), .text("Negotiation"), .text("Proposal Sent"), .text("rule"), .null]))
        #expect(history.rows.first == [.time(Self.t("2026-03-01T09:00")), .text("stage"), .null, .text("Negotiation"), .text("create"), .null])
        #expect(history.rows.last == [.time(Self.t("2026-03-03")), .text("quote"), .null, .null, .text("activity"), .null])
        // The quote comes before the move it caused.
        let quote = history.rows.firstIndex { $0[1] == .text("quote") }
        let ruleMove = history.rows.firstIndex { $0[4] == .text("rule") }
        #expect(quote != nil && ruleMove != nil && quote! < ruleMove!)
    }

    @Test func logBeforeLastChangeIsRefusedWhenARuleWouldMove() {
        var h = Harness()
        h.run(["add opp A", "move 1 to Won on 2026-03-05", "policy free"])
        let before = h.fingerprint
        #expect(h.error("log quote 1 on 2026-03-02").message == Message.beforeLastChange("1", "2026-03-05"))
        #expect(h.fingerprint == before)
    }

    // MARK: policies

    struct PolicyCase: Sendable, CustomTestStringConvertible {
        let policy: String
        let setup: [String]
        let command: String
        /// The refusal, or nil when the command must succeed.
        let refusal: String?
        init(_ policy: String, _ setup: [String], _ command: String, _ refusal: String?) {
            self.policy = policy
            self.setup = setup
            self.command = command
            self.refusal = refusal
        }
        var testDescription: String { "\(policy): \(setup.joined(separator: "; ")); \(command)" }
    }

    static let rule1 = "rule 1 (on quote move to \"Proposal Sent\")"

    static let policyCases: [PolicyCase] = [
        // forward
        PolicyCase("forward", ["add lead L"], "move 1 to Contacted", nil),
        PolicyCase("forward", ["add lead L"], "move 1 to Qualified", nil),
        PolicyCase(
            "forward", ["add lead L", "move 1 to Qualified"], "move 1 to Contacted",
            "policy forward refuses moving 1 back from Qualified to Contacted"),
        PolicyCase("forward", ["add opp O"], "move 1 to Won", nil),
        PolicyCase("forward", ["add opp O"], "won 1", nil),
        PolicyCase(
            "forward", ["add opp O", "move 1 to \"Proposal Sent\""], "move 1 to Negotiation",
            "policy forward refuses moving 1 back from Proposal Sent to Negotiation"),
        PolicyCase("forward", ["add opp O", "won 1"], "move 1 to Negotiation", nil),
        PolicyCase("forward", ["add opp O", "won 1"], "move 1 to \"Proposal Sent\"", nil),
        PolicyCase("forward", ["add opp O", "won 1"], "lost 1", nil),
        PolicyCase("forward", ["add opp O", "lost 1"], "won 1", nil),
        PolicyCase(
            "forward", ["add opp O", "won 1"], "log quote 1",
            "policy forward refuses moving 1 out of the closed stage Won to Proposal Sent by \(rule1); only an explicit move may"),
        PolicyCase(
            "forward", ["add opp O", "move 1 to \"Proposal Sent\"", "rule add on call move to Negotiation"], "log call 1",
            "policy forward refuses moving 1 back from Proposal Sent to Negotiation by rule 2 (on call move to Negotiation)"),
        PolicyCase("forward", ["add lead L"], "move 1 to Negotiation", "\"Negotiation\" is an opportunity stage and 1 is a lead"),
        PolicyCase("forward", ["add opp O"], "move 1 to New", "\"New\" is a lead stage and 1 is an opportunity"),
        // free
        PolicyCase("free", ["add lead L", "move 1 to Qualified"], "move 1 to New", nil),
        PolicyCase("free", ["add opp O", "move 1 to \"Proposal Sent\""], "move 1 to Negotiation", nil),
        PolicyCase("free", ["add opp O", "won 1"], "log quote 1", nil),
        PolicyCase("free", ["add opp O", "move 1 to \"Proposal Sent\"", "rule add on call move to Negotiation"], "log call 1", nil),
        PolicyCase("free", ["add lead L"], "move 1 to Won", "\"Won\" is an opportunity stage and 1 is a lead"),
        PolicyCase("free", ["add opp O"], "move 1 to Qualified", "\"Qualified\" is a lead stage and 1 is an opportunity"),
        // strict
        PolicyCase("strict", ["add lead L"], "move 1 to Contacted", nil),
        PolicyCase(
            "strict", ["add lead L"], "move 1 to Qualified",
            "policy strict refuses moving 1 from New to Qualified: it would skip Contacted"),
        PolicyCase(
            "strict", ["add opp O"], "move 1 to Won",
            "policy strict refuses moving 1 from Negotiation to Won: it would skip Proposal Sent"),
        PolicyCase(
            "strict", ["add opp O"], "won 1",
            "policy strict refuses moving 1 from Negotiation to Won: it would skip Proposal Sent"),
        PolicyCase("strict", ["add opp O", "move 1 to \"Proposal Sent\""], "won 1", nil),
        PolicyCase("strict", ["add opp O"], "lost 1", nil),
        PolicyCase("strict", ["add opp O"], "move 1 to Lost", nil),
        PolicyCase("strict", ["add opp O", "move 1 to \"Proposal Sent\""], "lost 1 because budget", nil),
        PolicyCase(
            "strict", ["add opp O", "move 1 to \"Proposal Sent\""], "move 1 to Negotiation",
            "policy strict refuses moving 1 back from Proposal Sent to Negotiation"),
        PolicyCase("strict", ["add opp O", "move 1 to \"Proposal Sent\"", "won 1"], "move 1 to Negotiation", nil),
        PolicyCase("strict", ["add opp O", "lost 1"], "move 1 to \"Proposal Sent\"", nil),
        PolicyCase(
            "strict", ["add opp O", "lost 1"], "log quote 1",
            "policy strict refuses moving 1 out of the closed stage Lost to Proposal Sent by \(rule1); only an explicit move may"),
        PolicyCase("strict", ["stage add lead Disqualified lost", "add lead L"], "lost 1", nil),
        PolicyCase("strict", ["stage add lead Disqualified lost", "add lead L", "move 1 to Contacted"], "lost 1", nil),
        PolicyCase(
            "strict", ["rule add on meeting move to Won", "add opp O"], "log meeting 1",
            "policy strict refuses moving 1 from Negotiation to Won by rule 2 (on meeting move to Won): it would skip Proposal Sent"),
        PolicyCase("strict", ["add lead L", "move 1 to Contacted", "move 1 to Qualified"], "convert 1", nil),
        PolicyCase("strict", ["stage add opportunity Demo after Negotiation", "add opp O", "move 1 to Demo"], "log quote 1", nil),
        PolicyCase(
            "strict", ["stage add opportunity Demo after Negotiation", "add opp O"], "log quote 1",
            "policy strict refuses moving 1 from Negotiation to Proposal Sent by \(rule1): it would skip Demo"),
        PolicyCase("strict", ["add lead L"], "move 1 to Negotiation", "\"Negotiation\" is an opportunity stage and 1 is a lead"),
    ]

    @Test(arguments: policyCases)
    func policy(_ c: PolicyCase) {
        var h = Harness()
        h.run("policy \(c.policy)")
        h.run(c.setup)
        let before = h.fingerprint
        if let refusal = c.refusal {
            #expect(h.error(c.command).message.english == refusal)
            #expect(h.fingerprint == before, "a refused command must leave the session as it was")
        } else {
            h.run(c.command)
            #expect(h.fingerprint != before)
        }
    }

    @Test func policyCommand() {
        var h = Harness()
        #expect(h.message("policy") == "policy is forward")
        #expect(h.message("policy strict") == "policy set to strict")
        #expect(h.message("policy") == "policy is strict")
        #expect(h.s.pipeline.policy == .strict)
        #expect(h.message("undo") == "undid policy")
        #expect(h.s.pipeline.policy == .forward)
    }

    // MARK: rules

    @Test func rulesWithConditions() {
        var h = Harness()
        #expect(
            h.message("rule add on meeting when value >= 100k move to \"Proposal Sent\"")
                == "added rule 2: on meeting when value >= 100k move to \"Proposal Sent\"")
        let rules = h.table("rules")
        #expect(rules.columns.map(\.name) == ["rule", "on", "when", "move to"])
        #expect(
            rules.rows == [
                [.integer(1), .text("quote"), .null, .text("Proposal Sent")],
                [.integer(2), .text("meeting"), .text("value >= 100k"), .text("Proposal Sent")],
            ])
        h.run(["add opp Small value=50k", "add opp Big value=150k", "add opp Unknown"])
        #expect(h.message("log meeting 1") == "logged meeting for 1")
        #expect(h.message("log meeting 2") == "logged meeting for 2\nrule 2: moved 2 from Negotiation to Proposal Sent")
        #expect(h.message("log meeting 3") == "logged meeting for 3")
        #expect(h.stage("1") == "Negotiation")
        #expect(h.stage("2") == "Proposal Sent")
        #expect(h.stage("3") == "Negotiation")
        #expect(h.ledger("2").last == Ev("Negotiation", "Proposal Sent", Self.now, "rule"))

        h.run("rule add on call when stage = New move to Contacted")
        h.run("add lead L")
        #expect(h.message("log call 4") == "logged call for 4\nrule 3: moved 4 from New to Contacted")
        #expect(h.message("log call 4") == "logged call for 4")
        #expect(h.stage("4") == "Contacted")

        #expect(h.message("rule remove 1") == "removed rule 1: on quote move to \"Proposal Sent\"")
        #expect(h.message("log quote 1") == "logged quote for 1")
        #expect(h.stage("1") == "Negotiation")
        #expect(h.table("rules").rows.map { $0[1] } == [.text("meeting"), .text("call")])

        #expect(h.error("rule remove 9").message == Message.noSuchRule(9, 2))
        let field = h.error("rule add on x when valu = 1 move to Won")
        #expect(field.message == Message.unknownField("valu"))
        #expect(field.hints == [Message.hintDidYouMean("value")])
        #expect(h.error("rule add on x move to Nowhere").message == Message.unknownStage("Nowhere"))
        #expect(h.error("rule add on x when value >= lots move to Won").message == Message.notANumber("lots"))
        #expect(h.table("rules").rows.count == 2)
    }

    @Test func ruleActivitiesMatchCaseInsensitively() {
        var h = Harness()
        h.run(["rule add on Meeting move to \"Proposal Sent\"", "add opp A"])
        #expect(h.message("log MEETING 1") == "logged meeting for 1\nrule 2: moved 1 from Negotiation to Proposal Sent")
    }

    // MARK: undo and redo

    struct UndoCase: Sendable, CustomTestStringConvertible {
        let name: String
        let setup: [String]
        let command: String
        init(_ name: String, _ command: String, setup: [String] = []) {
            self.name = name
            self.setup = setup
            self.command = command
        }
        var testDescription: String { command }
    }

    static let undoBase = [
        "add lead A owner=Lan value=10k",
        "add opp B value=100k",
        "add lead C",
        "move 3 to Contacted",
        "move 3 to Qualified",
    ]

    static let undoCases: [UndoCase] = [
        UndoCase("add lead", "add lead \"New one\" owner=Minh region=north"),
        UndoCase("add opportunity", "add opp Deal value=5k stage=\"Proposal Sent\""),
        UndoCase("set", "set 1 owner=\"Trần Minh\" value=60000 region=south name=Renamed"),
        UndoCase("delete", "delete 2"),
        UndoCase("move", "move 1 to Contacted because called"),
        UndoCase("convert", "convert 3"),
        UndoCase("won", "won 2"),
        UndoCase("lost", "lost 2 because price"),
        UndoCase("log", "log call 1 note hello"),
        UndoCase("log", "log quote 2"),
        UndoCase("stage add", "stage add opportunity Demo after Negotiation probability 50"),
        UndoCase("stage rename", "stage rename \"Proposal Sent\" to Quoted"),
        UndoCase("stage set", "stage set Negotiation probability=35"),
        UndoCase("stage remove", "stage remove Cold", setup: ["stage add lead Cold"]),
        UndoCase("policy", "policy strict"),
        UndoCase("rule add", "rule add on meeting when value >= 1k move to \"Proposal Sent\""),
        UndoCase("rule remove", "rule remove 1"),
    ]

    @Test(arguments: undoCases)
    func undoRedo(_ c: UndoCase) {
        var h = Harness()
        h.run(Self.undoBase + c.setup)
        let before = h.fingerprint
        h.run(c.command)
        let after = h.fingerprint
        #expect(after != before)
        #expect(h.message("undo") == "undid \(c.name)")
        #expect(h.fingerprint == before)
        #expect(h.message("redo") == "redid \(c.name)")
        #expect(h.fingerprint == after)
        #expect(h.message("undo") == "undid \(c.name)")
        #expect(h.fingerprint == before)
    }

    @Test func undoALogWhoseRuleMovedTheRecord() {
        var h = Harness()
        h.run("add opp A")
        h.run("log quote 1 note \"sent v1\"")
        #expect(h.stage("1") == "Proposal Sent")
        #expect(h.s.store.activities.count == 1)
        #expect(h.message("undo") == "undid log")
        #expect(h.stage("1") == "Negotiation")
        #expect(h.s.store.activities.isEmpty)
        #expect(h.ledger("1") == [Ev(nil, "Negotiation", Self.now, "create")])
        #expect(h.table("history 1").rows.count == 1)
        #expect(h.ids("list where stage = Negotiation") == ["1"])
        #expect(h.message("redo") == "redid log")
        #expect(h.stage("1") == "Proposal Sent")
        #expect(h.s.store.activities.count == 1)
        #expect(h.ledger("1").last == Ev("Negotiation", "Proposal Sent", Self.now, "rule"))
    }

    @Test func undoStackOrderAndClearing() {
        var h = Harness()
        #expect(h.error("undo").message == Message.nothingToUndo)
        #expect(h.error("redo").message == Message.nothingToRedo)
        h.run(["add lead A", "add lead B", "move 1 to Contacted"])
        #expect(h.message("undo") == "undid move")
        #expect(h.message("undo") == "undid add lead")
        #expect(h.ids("list") == ["1"])
        #expect(h.stage("1") == "New")
        #expect(h.message("redo") == "redid add lead")
        #expect(h.ids("list") == ["1", "2"])
        // A new change clears what could be redone.
        h.run("add opp C")
        #expect(h.error("redo").message == Message.nothingToRedo)
        #expect(h.stage("1") == "New")
        #expect(h.message("undo") == "undid add opportunity")
        #expect(h.message("undo") == "undid add lead")
        #expect(h.message("undo") == "undid add lead")
        #expect(h.ids("list").isEmpty)
        #expect(h.error("undo").message == Message.nothingToUndo)
        #expect(h.message("add lead D") == "added lead 1")
    }

    @Test func onlyChangesAreUndone() {
        var h = Harness()
        h.run("add lead A")
        h.run(["list", "count by stage", "now 2026-12-01", "format json", "rules", "stages", "policy", "history 1", "show 1"])
        _ = h.error("move 1 to Won")
        #expect(h.message("undo") == "undid add lead")
        #expect(h.ids("list").isEmpty)
        #expect(h.s.format == .json)
        #expect(h.s.frozenClock == Self.t("2026-12-01"))
    }

    /// a command either fully applies or leaves the session unchanged.
    @Test func failedCommandLeavesNoCustomFieldBehind() {
        var h = Harness()
        _ = h.error("add lead X region=north value=abc")
        #expect(h.s.store.customFieldNames.isEmpty)
        #expect(h.error("list where region = north").message == Message.unknownField("region"))
    }

    @Test func undoForgetsANewCustomField() {
        var h = Harness()
        h.run(["add lead X region=north", "add lead Y", "set 2 tier=gold"])
        #expect(h.ids("list where region = north or tier = gold") == ["1", "2"])
        h.run(["undo", "undo", "undo"])
        #expect(h.error("list where region = north").message == Message.unknownField("region"))
        #expect(h.error("list where tier = gold").message == Message.unknownField("tier"))
    }

    // MARK: list filters

    /// Six records covering every field type, with the clock at 2026-03-01T09:00.
    static func fixture() -> Harness {
        var h = Harness()
        h.run([
            "add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web created=2026-01-10 region=north",
            "add lead \"Beta Corp\" owner=\"Trần Minh\" created=2026-02-20",
            "add lead Gamma value=20k created=2026-02-25",
            "move 3 to Contacted on 2026-02-26",
            "add opp \"Delta ERP\" owner=\"Nguyễn Lan\" value=150k account=Delta created=2025-12-01 expected_close=2026-04-30",
            "move 4 to \"Proposal Sent\" on 2026-01-15",
            "add opp Epsilon owner=\"Lê Hoa\" value=1.5k created=2026-02-01",
            "won 5 on 2026-02-15",
            "add opp Zeta owner=\"Trần Minh\" value=100k created=2026-02-10 region=south",
            "lost 6 on 2026-02-28 because \"price too high\"",
        ])
        return h
    }

    @Test(
        arguments: [
            // text
            ("name = gamma", ["3"]),
            ("name = \"công ty an phát\"", ["1"]),
            ("name != Gamma", ["1", "2", "4", "5", "6"]),
            ("name < C", ["2"]),
            ("name >= Delta", ["3", "4", "5", "6"]),
            ("name ~ \"an phat\"", ["1"]),
            ("name ~ erp", ["4"]),
            ("owner ~ \"nguyen\"", ["1", "4"]),
            ("owner ~ \"NGUYEN LAN\"", ["1", "4"]),
            ("owner ~ \"Nguye\u{0302}\u{0303}n\"", ["1", "4"]),
            ("owner = \"nguyễn lan\"", ["1", "4"]),
            ("owner = \"Nguye\u{0302}\u{0303}n Lan\"", ["1", "4"]),
            ("owner != \"Trần Minh\"", ["1", "3", "4", "5"]),
            ("owner in (\"Lê Hoa\", \"Nguyễn Lan\")", ["1", "4", "5"]),
            ("owner not in (\"Lê Hoa\", \"Nguyễn Lan\")", ["2", "3", "6"]),
            ("owner ~ tran", ["2", "6"]),
            ("account = delta", ["4"]),
            ("account != Delta", ["1", "2", "3", "5", "6"]),
            ("source = WEB", ["1"]),
            ("region = north", ["1"]),
            ("region != north", ["2", "3", "4", "5", "6"]),
            ("region ~ TH", ["1", "6"]),
            ("reason ~ price", ["6"]),
            ("reason = \"Price Too High\"", ["6"]),
            ("id = 3", ["3"]),
            ("id > 4", ["5", "6"]),
            ("id in (1, 6)", ["1", "6"]),
            // amounts
            ("value >= 100k", ["4", "6"]),
            ("value > 100000", ["4"]),
            ("value < 50000", ["1", "3", "5"]),
            ("value = 1.5k", ["5"]),
            ("value = 1500", ["5"]),
            ("value != 20k", ["1", "2", "4", "5", "6"]),
            ("value <= 20_000", ["3", "5"]),
            ("value in (45k, 150k)", ["1", "4"]),
            ("probability >= 50", ["4", "5"]),
            ("probability = 0", ["6"]),
            ("probability < 10", ["1", "2", "6"]),
            // dates
            ("created < 2026-02-01", ["1", "4"]),
            ("created >= 2026-02-01", ["2", "3", "5", "6"]),
            ("created = 2026-02-20", ["2"]),
            ("created > -30d", ["2", "3", "5", "6"]),
            ("created <= 2026-01-10T00:00", ["1", "4"]),
            ("changed >= 2026-02-26", ["3", "6"]),
            ("changed >= yesterday", ["6"]),
            ("closed <= 2026-02-20", ["5"]),
            ("closed > 2026-01-01", ["5", "6"]),
            ("closed != 2026-02-15", ["1", "2", "3", "4", "6"]),
            ("expected_close < 2026-05-01", ["4"]),
            ("expected_close != 2026-04-30", ["1", "2", "3", "5", "6"]),
            // days
            ("age > 30", ["1", "4"]),
            ("age >= 2w", ["1", "4", "5", "6"]),
            ("age < 10", ["2", "3"]),
            ("days_in_stage < 5", ["3", "6"]),
            ("days_in_stage <= 36h", ["6"]),
            // stages
            ("stage = contacted", ["3"]),
            ("stage = \"proposal sent\"", ["4"]),
            ("stage != New", ["3", "4", "5", "6"]),
            ("stage > Qualified", ["4", "5", "6"]),
            ("stage < Contacted", ["1", "2"]),
            ("stage >= Won", ["5", "6"]),
            ("stage <= Negotiation", ["1", "2", "3"]),
            ("stage in (New, Won)", ["1", "2", "5"]),
            ("stage not in (Won, Lost)", ["1", "2", "3", "4"]),
            ("stage ~ sent", ["4"]),
            // kinds
            ("kind = lead", ["1", "2", "3"]),
            ("kind != opportunity", ["1", "2", "3"]),
            ("kind = opps", ["4", "5", "6"]),
            ("kind in (lead)", ["1", "2", "3"]),
            // combinations
            ("kind = opportunity and value >= 100k or stage = New", ["1", "2", "4", "6"]),
            ("kind = opportunity and (value >= 100k or stage = Won)", ["4", "5", "6"]),
            ("not owner ~ nguyen and kind = lead", ["2", "3"]),
            ("not (value >= 100k)", ["1", "2", "3", "5"]),
            ("owner = \"Trần Minh\" and not region = south", ["2"]),
        ] as [(String, [String])])
    func listWhere(_ expression: String, _ ids: [String]) {
        var h = Self.fixture()
        #expect(h.ids("list where \(expression)") == ids)
        let count = h.table("count where \(expression)").rows
        #expect(count == [[.integer(Int64(ids.count))]])
    }

    @Test(
        arguments: [
            ("list leads where value > 1k", ["1", "3"]),
            ("list opportunities", ["4", "5", "6"]),
            ("list opps where stage != Won", ["4", "6"]),
            ("list all where kind = lead", ["1", "2", "3"]),
            // order by and limit
            ("list order by value desc", ["4", "6", "1", "3", "5", "2"]),
            ("list order by value", ["5", "3", "1", "6", "4", "2"]),
            ("list order by owner, name", ["5", "1", "4", "2", "6", "3"]),
            ("list order by owner desc, name desc", ["6", "2", "4", "1", "5", "3"]),
            ("list order by stage desc, id", ["6", "5", "4", "3", "1", "2"]),
            ("list order by created limit 2", ["4", "1"]),
            ("list order by closed", ["5", "6", "1", "2", "3", "4"]),
            ("list order by age desc limit 1", ["4"]),
            ("list order by days_in_stage", ["6", "3", "2", "5", "4", "1"]),
            ("list where kind = lead order by name desc limit 2", ["3", "1"]),
            ("list limit 2", ["1", "2"]),
            ("list limit 0", []),
            ("list limit 100", ["1", "2", "3", "4", "5", "6"]),
        ] as [(String, [String])])
    func listClauses(_ line: String, _ ids: [String]) {
        var h = Self.fixture()
        #expect(h.ids(line) == ids)
    }

    @Test func listRowCells() {
        var h = Self.fixture()
        let t = h.table("list where id = 4")
        #expect(
            t.rows == [
                [
                    .text("4"), .text("opportunity"), .text("Delta ERP"), .text("Delta"), .text("Nguyễn Lan"), .null,
                    .amount(Amount(cents: 15_000_000)), .text("Proposal Sent"), .time(Self.t("2025-12-01")), .time(Self.t("2026-01-15")),
                ]
            ])
        #expect(t.footer == Message.rowCount(1))
    }

    @Test func idsOrderNumerically() {
        var h = Harness()
        for i in 1...11 { h.run("add lead L\(i)") }
        #expect(h.ids("list order by id desc limit 3") == ["11", "10", "9"])
        #expect(h.ids("list where id >= 9") == ["9", "10", "11"])
        #expect(h.ids("list order by name limit 3") == ["1", "10", "11"])
    }

    @Test(
        arguments: [
            ("list where value > abc", Message.notANumber("abc")),
            ("list where regoin = x", Message.unknownField("regoin")),
            ("list where stage = Negociation", Message.unknownStage("Negociation")),
            ("list where kind = thing", Message.notAKind("thing")),
            ("list where value ~ 5", Message.operatorNotFor("~", "value")),
            ("list where created ~ 2026-01-01", Message.operatorNotFor("~", "created")),
            ("list where kind < lead", Message.operatorNotFor("<", "kind")),
            ("list where created > someday", Message.notADate("someday")),
            ("list where age > soon", Message.notADuration("soon")),
            ("list order by colour", Message.unknownField("colour")),
            ("list limit -1", Message.negativeLimit),
            ("count by month(owner)", Message.periodNeedsDate("month", "owner")),
            ("count by shoe", Message.unknownField("shoe")),
        ] as [(String, Message)])
    func queryRefused(_ line: String, _ message: Message) {
        var h = Self.fixture()
        #expect(h.error(line).message == message)
    }

    @Test func filterHints() {
        var h = Self.fixture()
        #expect(h.error("list where regoin = x").hints == [Message.hintDidYouMean("region")])
        #expect(h.error("list where stage = Negociation").hints == [Message.hintDidYouMean("Negotiation")])
    }

    @Test func stageNamesMatchInNFC() {
        var h = Self.fixture()
        h.run("stage rename Contacted to \"Đã liên hệ\"")
        #expect(h.ids("list where stage = \"Đa\u{0303} lie\u{0302}n he\u{0323}\u{0302}\"") == ["3"])
        #expect(h.ids("list where stage ~ \"da lien he\"") == ["3"])
        h.run("move 1 to \"đã liên hệ\"")
        #expect(h.stage("1") == "Đã liên hệ")
    }

    // MARK: count

    /// A count table's rows without groups of zero, which a report may or may not list.
    static func nonZero(_ t: Table) -> [[Cell]] { t.rows.filter { $0.last != .integer(0) } }

    @Test func countAll() {
        var h = Self.fixture()
        let t = h.table("count")
        #expect(t.columns.map(\.name) == ["count"])
        #expect(t.rows == [[.integer(6)]])
        #expect(h.table("count leads").rows == [[.integer(3)]])
        #expect(h.table("count opportunities where value >= 100k").rows == [[.integer(2)]])
    }

    @Test func countByStageInPipelineOrder() {
        var h = Self.fixture()
        h.run("add opp Late created=2026-02-27")
        let t = h.table("count by stage")
        #expect(t.columns.map(\.name) == ["stage", "count"])
        #expect(
            Self.nonZero(t) == [
                [.text("New"), .integer(2)], [.text("Contacted"), .integer(1)], [.text("Negotiation"), .integer(1)],
                [.text("Proposal Sent"), .integer(1)], [.text("Won"), .integer(1)], [.text("Lost"), .integer(1)],
            ])
        let names = t.rows.compactMap { row -> String? in if case .text(let s) = row[0] { s } else { nil } }
        #expect(names == h.s.pipeline.stageNames.filter(names.contains))
        #expect(Self.nonZero(h.table("count leads by stage")) == [[.text("New"), .integer(2)], [.text("Contacted"), .integer(1)]])
    }

    @Test func countByOwner() {
        var h = Self.fixture()
        let t = h.table("count by owner")
        #expect(t.columns.map(\.name) == ["owner", "count"])
        #expect(
            t.rows == [
                [.text("Lê Hoa"), .integer(1)], [.text("Nguyễn Lan"), .integer(2)], [.text("Trần Minh"), .integer(2)], [.null, .integer(1)],
            ])
    }

    /// owners are matched case-insensitively after NFC normalisation.
    @Test func countByOwnerGroupsSpellingsOfOneOwner() {
        var h = Harness()
        h.run(["add lead A owner=\"Trần Minh\"", "add lead B owner=\"trần minh\"", "add lead C owner=\"TRẦN MINH\""])
        #expect(h.ids("list where owner = \"Trần Minh\"") == ["1", "2", "3"])
        let rows = h.table("count by owner").rows
        #expect(rows.count == 1)
        #expect(rows.first?.last == .integer(3))
    }

    @Test func countByPeriods() {
        var h = Self.fixture()
        let month = h.table("count by month(created)")
        #expect(month.columns.map(\.name) == ["month(created)", "count"])
        #expect(month.rows == [[.text("2025-12"), .integer(1)], [.text("2026-01"), .integer(1)], [.text("2026-02"), .integer(4)]])
        #expect(
            h.table("count by week(closed)").rows == [[.text("2026-W07"), .integer(1)], [.text("2026-W09"), .integer(1)], [.null, .integer(4)]])
        #expect(h.table("count by quarter(created)").rows == [[.text("2025-Q4"), .integer(1)], [.text("2026-Q1"), .integer(5)]])
        #expect(h.table("count by year(created)").rows == [[.text("2025"), .integer(1)], [.text("2026"), .integer(5)]])
        #expect(
            h.table("count opportunities by day(changed)").rows == [
                [.text("2026-01-15"), .integer(1)], [.text("2026-02-15"), .integer(1)], [.text("2026-02-28"), .integer(1)],
            ])
    }

    @Test func countByTwoKeys() {
        var h = Self.fixture()
        let t = h.table("count by kind, stage")
        #expect(t.columns.map(\.name) == ["kind", "stage", "count"])
        #expect(
            Self.nonZero(t) == [
                [.text("lead"), .text("New"), .integer(2)], [.text("lead"), .text("Contacted"), .integer(1)],
                [.text("opportunity"), .text("Proposal Sent"), .integer(1)], [.text("opportunity"), .text("Won"), .integer(1)],
                [.text("opportunity"), .text("Lost"), .integer(1)],
            ])
        #expect(
            h.table("count where kind = opportunity by month(created), owner").rows == [
                [.text("2025-12"), .text("Nguyễn Lan"), .integer(1)],
                [.text("2026-02"), .text("Lê Hoa"), .integer(1)],
                [.text("2026-02"), .text("Trần Minh"), .integer(1)],
            ])
    }

    // MARK: pipeline configuration

    static func names(_ t: Table) -> [String] {
        t.rows.map { if case .text(let s) = $0[0] { s } else { "?" } }
    }

    @Test func stagesTable() {
        var h = Self.fixture()
        let t = h.table("stages")
        #expect(t.columns.map(\.name) == ["stage", "kind", "order", "probability", "outcome", "records"])
        #expect(
            t.rows == [
                [.text("New"), .text("lead"), .integer(1), .percent(5), .text("open"), .integer(2)],
                [.text("Contacted"), .text("lead"), .integer(2), .percent(10), .text("open"), .integer(1)],
                [.text("Qualified"), .text("lead"), .integer(3), .percent(20), .text("open"), .integer(0)],
                [.text("Negotiation"), .text("opportunity"), .integer(1), .percent(40), .text("open"), .integer(0)],
                [.text("Proposal Sent"), .text("opportunity"), .integer(2), .percent(60), .text("open"), .integer(1)],
                [.text("Won"), .text("opportunity"), .integer(3), .percent(100), .text("won"), .integer(1)],
                [.text("Lost"), .text("opportunity"), .integer(4), .percent(0), .text("lost"), .integer(1)],
            ])
        #expect(Self.names(h.table("stages leads")) == ["New", "Contacted", "Qualified"])
    }

    @Test func stageAdd() {
        var h = Harness()
        #expect(h.message("stage add opportunity Demo after Negotiation probability 50") == "added opportunity stage Demo at position 2")
        let opps = h.table("stages opportunities")
        #expect(Self.names(opps) == ["Negotiation", "Demo", "Proposal Sent", "Won", "Lost"])
        #expect(opps.rows[1] == [.text("Demo"), .text("opportunity"), .integer(2), .percent(50), .text("open"), .integer(0)])
        #expect(h.message("stage add lead Disqualified lost") == "added lead stage Disqualified at position 4")
        #expect(h.message("stage add lead Nurture") == "added lead stage Nurture at position 4")
        #expect(h.message("stage add opp Pilot before \"Proposal Sent\" probability 12.5") == "added opportunity stage Pilot at position 3")
        let leads = h.table("stages leads")
        #expect(Self.names(leads) == ["New", "Contacted", "Qualified", "Nurture", "Disqualified"])
        #expect(leads.rows[4] == [.text("Disqualified"), .text("lead"), .integer(5), .percent(0), .text("lost"), .integer(0)])
        #expect(Self.names(h.table("stages opportunities")) == ["Negotiation", "Demo", "Pilot", "Proposal Sent", "Won", "Lost"])
        #expect(h.table("stages opportunities").rows[2][3] == .percent(12.5))
        #expect(h.error("stage add lead new").message == Message.stageExists("New", "lead"))
        #expect(h.error("stage add lead Won").message == Message.stageExists("Won", "opportunity"))
        #expect(h.error("stage add lead X before Won").message == Message.stageOfOtherKind("Won", "opportunity", "lead"))
        #expect(h.error("stage add lead X probability 120").message == Message.probabilityRange("120"))
        // A record can use the new stage at once.
        h.run(["add opp A", "move 1 to Demo"])
        #expect(h.stage("1") == "Demo")
    }

    @Test func stageRename() {
        var h = Harness()
        h.run(["add opp A", "move 1 to \"Proposal Sent\""])
        #expect(h.message("stage rename \"proposal sent\" to Quoted") == "renamed stage Proposal Sent to Quoted")
        #expect(h.stage("1") == "Quoted")
        #expect(h.ids("list where stage = quoted") == ["1"])
        #expect(h.ledger("1").last == Ev("Negotiation", "Quoted", Self.now, "manual"))
        #expect(h.table("rules").rows == [[.integer(1), .text("quote"), .null, .text("Quoted")]])
        #expect(h.message("stage rename quoted to QUOTED") == "renamed stage Quoted to QUOTED")
        #expect(h.error("stage rename QUOTED to won").message == Message.stageExists("Won", "opportunity"))
        #expect(h.error("stage rename Nowhere to X").message == Message.unknownStage("Nowhere"))
    }

    @Test func stageSet() {
        var h = Harness()
        #expect(h.message("stage set Negotiation probability=35") == "updated stage Negotiation")
        #expect(h.table("stages opportunities").rows[0][3] == .percent(35))
        #expect(h.ids("list where probability = 35").isEmpty)
        h.run("add opp A")
        #expect(h.ids("list where probability = 35") == ["1"])
        #expect(h.error("stage set Negotiation probability=150").message == Message.probabilityRange("150"))
        #expect(h.error("stage set Negotiation colour=red").message == Message.unknownStageSetting("colour"))
        #expect(h.table("stages opportunities").rows[0][3] == .percent(35))
    }

    @Test func stageRemove() {
        var h = Harness()
        h.run(["stage add opportunity Demo after Negotiation", "stage add opportunity Trial after Demo"])
        #expect(h.message("stage remove Trial") == "removed stage Trial")
        #expect(Self.names(h.table("stages opportunities")) == ["Negotiation", "Demo", "Proposal Sent", "Won", "Lost"])
        h.run(["add opp A", "move 1 to Demo"])
        let inUse = h.error("stage remove Demo")
        #expect(inUse.message == Message.stageInUse("Demo", 1))
        #expect(inUse.hints == [Message.hintMoveRecordsFirst("Demo")])
        h.run("move 1 to \"Proposal Sent\"")
        #expect(h.error("stage remove Demo").message == Message.stageInHistory("Demo", 2))
        h.run("add opp B")
        #expect(h.error("stage remove Negotiation").message == Message.stageInUse("Negotiation", 1))
        // Proposal Sent is the default rule's target once no record is in it.
        h.run(["policy free", "move 1 to Negotiation", "move 1 to Demo"])
        #expect(h.error("stage remove \"Proposal Sent\"").message == Message.stageInHistory("Proposal Sent", 2))
        var fresh = Harness()
        let rule = fresh.error("stage remove \"Proposal Sent\"")
        #expect(rule.message == Message.stageInRule("Proposal Sent", 1))
        #expect(rule.hints == [Message.hintRemoveRule(1)])
        fresh.run("rule remove 1")
        #expect(fresh.message("stage remove \"Proposal Sent\"") == "removed stage Proposal Sent")
        #expect(fresh.error("move 1 to \"Proposal Sent\"").message == Message.unknownRecord("1"))
        fresh.run("add opp A")
        #expect(fresh.error("move 1 to \"Proposal Sent\"").message == Message.unknownStage("Proposal Sent"))
    }

    // MARK: session

    @Test func now() {
        var h = Harness()
        #expect(h.message("now") == "2026-03-01 09:00 (frozen)")
        #expect(h.message("now 2026-11-29") == "clock frozen at 2026-11-29")
        #expect(h.s.frozenClock == Self.t("2026-11-29"))
        #expect(h.message("now -1d") == "clock frozen at 2026-11-28")
        #expect(h.message("now 2026-11-29T10:15") == "clock frozen at 2026-11-29 10:15")
        #expect(h.message("now yesterday") == "clock frozen at 2026-11-28")
        #expect(h.message("now today") == "clock frozen at 2026-11-28")
        h.run("add lead A")
        #expect(h.ledger("1") == [Ev(nil, "New", "2026-11-28", "create")])
        #expect(h.message("now clear") == Message.clockCleared.english)
        #expect(h.s.frozenClock == nil)
        #expect(!h.message("now").hasSuffix("(frozen)"))
    }

    @Test func format() {
        var h = Harness()
        #expect(h.message("format") == "table")
        let outcomes = h.run("format json")
        guard outcomes.count == 1, case Outcome.none = outcomes[0] else { Issue.record("format json gave \(outcomes)"); return }
        #expect(h.s.format == .json)
        #expect(h.message("format") == "json")
        h.run("format MARKDOWN")
        #expect(h.s.format == .markdown)
        #expect(h.error("format xml").message == Message.expectedOneOf(OutputFormat.allCases.map(\.rawValue), found: "xml"))
        #expect(h.s.format == .markdown)
    }

    // MARK: CSV export and import

    /// A session using every kind of stage change, custom fields, awkward names and a deleted record.
    static func roundTripSession() -> Harness {
        var h = Harness(now: "2026-01-20T12:00")
        h.run([
            "add lead \"Công ty An Phát, chi nhánh \\\"Hà Nội\\\"\" owner=\"Nguyễn Lan\" value=45k source=web region=north expected_close=2026-06-30 created=2026-01-05T08:00",
            "move 1 to Contacted on 2026-01-06 because \"called back, twice\"",
            "move 1 to Qualified on 2026-01-08T14:30",
            "convert 1 on 2026-01-09",
            "add opp \"Delta ERP\" account=\"Delta Co.\" owner=\"Trần Minh\" value=150k created=2025-12-01T10:00",
            "move 2 to \"Proposal Sent\" on 2026-01-10",
            "won 2 on 2026-01-15T16:45:30",
            "add opp Zeta value=1.5k created=2026-01-02",
            "lost 3 on 2026-01-03 because \"price too high\"",
            "move 3 to Negotiation on 2026-01-04 because reopened",
            "add lead \"Deleted one\"",
            "delete 4",
            "add lead \"Plain\\nsecond line\" created=2026-01-01 source=referral tier=\"gold, plus\"",
            "add opp \"Empty value\" owner=\"Lê Hoa\"",
        ])
        return h
    }

    @Test func exportImportRoundTrip() throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var a = Self.roundTripSession()
        a.s.directory = dir
        #expect(a.message("export records records.csv") == Message.exported(5, .records, "records.csv").english)
        #expect(a.message("export events events.csv") == Message.exported(12, .events, "events.csv").english)

        var b = Harness(now: "2026-01-20T12:00")
        b.s.directory = dir
        #expect(b.message("import records records.csv") == "imported 5 records from records.csv")
        #expect(b.message("import events events.csv") == "imported 12 stage events of 5 records from events.csv")

        #expect(b.table("list") == a.table("list"))
        #expect(b.table("list").rows.count == 5)
        for id in ["1", "2", "3", "5", "6"] {
            #expect(b.table("history \(id)") == a.table("history \(id)"), "history \(id)")
            #expect(b.table("show \(id)") == a.table("show \(id)"), "show \(id)")
            #expect(b.ledger(id) == a.ledger(id), "ledger \(id)")
        }
        #expect(b.table("count by stage") == a.table("count by stage"))
        #expect(
            b.ledger("1") == [
                Ev(nil, "New", "2026-01-05 08:00", "create"),
                Ev("New", "Contacted", "2026-01-06", "manual", "called back, twice"),
                Ev("Contacted", "Qualified", "2026-01-08 14:30", "manual"),
                Ev("Qualified", "Negotiation", "2026-01-09", "convert"),
            ])
        #expect(b.ledger("2").last == Ev("Proposal Sent", "Won", "2026-01-15 16:45:30", "manual"))
        #expect(
            b.ledger("3") == [
                Ev(nil, "Negotiation", "2026-01-02", "create"),
                Ev("Negotiation", "Lost", "2026-01-03", "manual", "price too high"),
                Ev("Lost", "Negotiation", "2026-01-04", "manual", "reopened"),
            ])

        // Exporting the imported session gives the same files again.
        b.run(["export records records2.csv", "export events events2.csv"])
        let read = { (name: String) in try String(contentsOfFile: dir + "/" + name, encoding: .utf8) }
        #expect(try read("records2.csv") == read("records.csv"))
        #expect(try read("events2.csv") == read("events.csv"))
    }

    static let recordsCSV = """
        id,name,stage,owner,created_at,updated_at
        L1,Lead new,New,Lan,2026-01-01T00:00:00Z,2026-01-05T00:00:00Z
        W1,Won deal,Won,Minh,2026-01-02T00:00:00Z,2026-02-01T10:00:00Z
        X1,Lost without a date,Lost,,2026-01-03T00:00:00Z,
        C1,Converted,Negotiation,,2026-01-04T00:00:00Z,2026-01-04T00:00:00Z

        """

    @Test func importRecordsLedger() throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Self.recordsCSV, to: dir + "/records.csv")
        var h = Harness()
        h.s.directory = dir
        #expect(h.message("import records records.csv") == "imported 4 records from records.csv")
        // An open record in its kind's first stage: created there, nothing else.
        #expect(h.ledger("L1") == [Ev(nil, "New", "2026-01-01", "create")])
        // A closed record with a date: created into its kind's first stage, then moved.
        #expect(h.ledger("W1") == [Ev(nil, "Negotiation", "2026-01-02", "create"), Ev("Negotiation", "Won", "2026-02-01 10:00", "import")])
        #expect(h.ledger("X1") == [Ev(nil, "Lost", "2026-01-03", "create")])
        #expect(h.ledger("C1") == [Ev(nil, "Negotiation", "2026-01-04", "create")])
        // Kind follows the stage.
        #expect(h.table("list").rows.map { $0[1] } == [.text("lead"), .text("opportunity"), .text("opportunity"), .text("opportunity")])
        #expect(h.table("list where id = W1").rows.first?[9] == .time(Self.t("2026-02-01T10:00")))
    }

    @Test func importRecordsUsesTheCloseDate() throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(
            """
            id,name,stage,created_at,updated_at,closed_at
            W2,Won later,Won,2026-01-02T00:00:00Z,2026-03-01T00:00:00Z,2026-02-10T12:00:00Z
            L2,Lost,lost,2026-01-02T00:00:00Z,,2026-01-20T00:00:00Z

            """, to: dir + "/closed.csv")
        var h = Harness()
        h.s.directory = dir
        #expect(h.message("import records closed.csv") == "imported 2 records from closed.csv")
        #expect(h.ledger("W2") == [Ev(nil, "Negotiation", "2026-01-02", "create"), Ev("Negotiation", "Won", "2026-02-10 12:00", "import")])
        #expect(h.ledger("L2") == [Ev(nil, "Negotiation", "2026-01-02", "create"), Ev("Negotiation", "Lost", "2026-01-20", "import")])
    }

    @Test func importRecordsCountsMovesThePolicyWouldRefuse() throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Self.recordsCSV, to: dir + "/records.csv")
        var h = Harness()
        h.s.directory = dir
        h.run("policy strict")
        #expect(
            h.message("import records records.csv")
                == "imported 4 records from records.csv; 1 of its moves would have been refused by policy strict (kept as they happened)")
        #expect(h.ledger("W1").last == Ev("Negotiation", "Won", "2026-02-01 10:00", "import"))
    }

    static let eventsCSV = """
        record_id,from_stage,to_stage,changed_at
        W1,Proposal Sent,Won,2026-02-01T10:00:00Z
        W1,,Negotiation,2026-01-02T00:00:00Z
        W1,Negotiation,Proposal Sent,2026-01-10T00:00:00Z
        C1,,New,2025-12-20T00:00:00Z
        W1,Proposal Sent,Negotiation,2026-01-12T00:00:00Z
        W1,Negotiation,Proposal Sent,2026-01-15T00:00:00Z
        C1,New,Contacted,2025-12-22T00:00:00Z
        C1,Contacted,Qualified,2025-12-28T00:00:00Z
        C1,Qualified,Negotiation,2026-01-04T00:00:00Z

        """

    @Test(arguments: [
        ("forward", "; 1 of its moves would have been refused by policy forward (kept as they happened)"),
        ("strict", "; 1 of its moves would have been refused by policy strict (kept as they happened)"),
        ("free", ""),
    ])
    func importEvents(_ policy: String, _ note: String) throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Self.recordsCSV, to: dir + "/records.csv")
        try write(Self.eventsCSV, to: dir + "/events.csv")
        var h = Harness()
        h.s.directory = dir
        h.run(["policy \(policy)", "import records records.csv"])
        let untouched = (h.ledger("L1"), h.ledger("X1"))
        #expect(h.message("import events events.csv") == "imported 9 stage events of 2 records from events.csv" + note)
        #expect(
            h.ledger("W1") == [
                Ev(nil, "Negotiation", "2026-01-02", "create"),
                Ev("Negotiation", "Proposal Sent", "2026-01-10", "import"),
                Ev("Proposal Sent", "Negotiation", "2026-01-12", "import"),
                Ev("Negotiation", "Proposal Sent", "2026-01-15", "import"),
                Ev("Proposal Sent", "Won", "2026-02-01 10:00", "import"),
            ])
        #expect(
            h.ledger("C1") == [
                Ev(nil, "New", "2025-12-20", "create"),
                Ev("New", "Contacted", "2025-12-22", "import"),
                Ev("Contacted", "Qualified", "2025-12-28", "import"),
                Ev("Qualified", "Negotiation", "2026-01-04", "convert"),
            ])
        #expect(h.ledger("L1") == untouched.0)
        #expect(h.ledger("X1") == untouched.1)
        #expect(h.table("list where id = C1").rows.first?[8] == .time(Self.t("2025-12-20")))
        #expect(h.stage("W1") == "Won")
    }

    @Test func importEventsWithSkipsUnderStrict() throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Self.recordsCSV, to: dir + "/records.csv")
        try write(
            """
            record_id,from_stage,to_stage,changed_at,cause,reason
            C1,,New,2025-12-20T00:00:00Z,,
            C1,New,Qualified,2025-12-22T00:00:00Z,manual,skipped a step
            C1,Qualified,Negotiation,2026-01-04T00:00:00Z,,

            """, to: dir + "/events.csv")
        var h = Harness()
        h.s.directory = dir
        h.run(["import records records.csv", "policy strict"])
        #expect(
            h.message("import events events.csv")
                == "imported 3 stage events of 1 record from events.csv; 1 of its moves would have been refused by policy strict (kept as they happened)"
        )
        #expect(
            h.ledger("C1") == [
                Ev(nil, "New", "2025-12-20", "create"),
                Ev("New", "Qualified", "2025-12-22", "manual", "skipped a step"),
                Ev("Qualified", "Negotiation", "2026-01-04", "convert"),
            ])
    }

    @Test(
        arguments: [
            (
                "record_id,from_stage,to_stage,changed_at\nZ9,,New,2026-01-01T00:00:00Z\n",
                "events.csv:2: column \"record_id\": unknown record \"Z9\""
            ),
            (
                "record_id,from_stage,to_stage,changed_at\nL1,,New,2026-01-01T00:00:00Z\nL1,New,Contacted,2026-01-02T00:00:00Z\n",
                "events.csv:3: column \"to_stage\": the events of L1 end in Contacted, but the record is in New"
            ),
            (
                "record_id,from_stage,to_stage,changed_at\nL1,New,Contacted,2026-01-02T00:00:00Z\n",
                "events.csv:2: column \"from_stage\": the events of L1 do not start with a creation (an empty from_stage)"
            ),
            (
                "record_id,from_stage,to_stage,changed_at\nL1,,Nowhere,2026-01-01T00:00:00Z\n",
                "events.csv:2: column \"to_stage\": unknown stage \"Nowhere\""
            ),
        ] as [(String, String)])
    func importEventsRefused(_ csv: String, _ message: String) throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Self.recordsCSV, to: dir + "/records.csv")
        try write(csv, to: dir + "/events.csv")
        var h = Harness()
        h.s.directory = dir
        h.run("import records records.csv")
        let before = h.fingerprint
        #expect(h.error("import events events.csv").message.english == message)
        #expect(h.fingerprint == before)
    }

    @Test func importUndoAndRedo() throws {
        let dir = try makeTemporaryDirectory("evaluator").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(Self.recordsCSV, to: dir + "/records.csv")
        try write(Self.eventsCSV, to: dir + "/events.csv")
        var h = Harness()
        h.s.directory = dir
        h.run("add lead Existing")
        let empty = h.fingerprint
        h.run("import records records.csv")
        let records = h.fingerprint
        h.run("import events events.csv")
        let events = h.fingerprint
        #expect(Set([empty, records, events]).count == 3)
        #expect(h.message("undo") == "undid import")
        #expect(h.fingerprint == records)
        #expect(h.message("undo") == "undid import")
        #expect(h.fingerprint == empty)
        #expect(h.message("redo") == "redid import")
        #expect(h.fingerprint == records)
        #expect(h.message("redo") == "redid import")
        #expect(h.fingerprint == events)
    }
}
