import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// The moment every generation here is stopped at: 2026-11-29 00:00 UTC.
private let generatorNow = Timestamp(year: 2026, month: 11, day: 29)!

private func generated(_ count: Int, seed: UInt64 = 42, into w: Workspace = Workspace())
    throws -> (store: RecordStore, records: Int, events: Int)
{
    try PipelineGenerator.generate(count: count, seed: seed, now: generatorNow, into: w)
}

/// A session with a frozen clock that has run `lines`.
private func session(_ lines: [String]) -> Session {
    testSession(clock: Timestamp(year: 2026, month: 3, day: 1, hour: 9)!, running: lines)
}

/// Every way a generated record's ledger or fields can be wrong, from slot `first` on.
private func problems(_ st: RecordStore, _ p: Pipeline, from first: Int = 0) -> [String] {
    var out: [String] = []
    let now = generatorNow.seconds, day = Timestamp.secondsPerDay
    let live = Set(p.liveStages)
    let start = p.leadOrder.first { !p[$0].isClosed } ?? p.opportunityOrder.first { !p[$0].isClosed }!
    let qualified = p.lastOpenStage(.lead), converted = p.firstStage(.opportunity)
    let lost = p.closedStage(.opportunity, .lost), leadLost = p.closedStage(.lead, .lost) ?? lost
    let owners = Set(PipelineGenerator.family.flatMap { f in PipelineGenerator.given.map { "\(f) \($0)" } })
    let sources = Set(PipelineGenerator.sources)
    for r in first..<st.slotCount {
        let id = st.ids[r]
        func problem(_ text: String) { out.append("\(id): \(text)") }
        let events = st.events(of: r).map { st.event($0) }
        guard let creation = events.first else { problem("no events"); continue }
        if creation.from != noStage || creation.cause != .create || creation.to != start { problem("bad creation \(creation)") }
        if creation.at != st.created[r] { problem("creation at \(creation.at), created \(st.created[r])") }
        if !(now - 730 * day..<now).contains(st.created[r]) { problem("created \(st.created[r]) out of range") }
        if events.last!.to != st.stages[r] { problem("last event ends in \(events.last!.to), stage \(st.stages[r])") }
        // The first moment the record was an open opportunity, if ever.
        var deal: Int64? = creation.to != noStage && p[creation.to].kind == .opportunity ? creation.at : nil
        for (e, next) in zip(events, events.dropFirst()) {
            if next.from != e.to { problem("event from \(next.from) after one to \(e.to)") }
            if next.at <= e.at { problem("time \(next.at) not after \(e.at)") }
            if next.at > now { problem("time \(next.at) after now") }
            if !live.contains(next.to) || p[next.to].kind == .lead && p[next.to].isClosed && next.to != leadLost {
                problem("moved to stage \(next.to)")
            }
            // Only a record given up is lost with a reason: a lead for no response, a deal for no decision.
            let reason = next.reason == 0 ? nil : st.pool[next.reason]
            if reason != nil && p[next.to].outcome != .lost { problem("a reason for a move to \(next.to)") }
            if reason != nil && reason != (p[next.from].kind == .lead ? "no response" : "no decision") { problem("reason \(reason!)") }
            let fromKind = p[next.from].kind, toKind = p[next.to].kind
            if fromKind == .lead && toKind == .opportunity && next.to != leadLost {
                if next.cause != .convert { problem("lead → opportunity with cause \(next.cause.name)") }
                if next.from != qualified || next.to != converted { problem("converted from \(next.from) to \(next.to)") }
            } else if fromKind == .lead && next.to == leadLost {
                if reason == nil || next.cause != .manual { problem("a lead lost without being given up") }
            } else {
                if fromKind != toKind { problem("opportunity became a lead") }
                if next.cause != .manual { problem("move with cause \(next.cause.name)") }
            }
            if deal == nil && toKind == .opportunity && !p[next.to].isClosed { deal = next.at }
        }
        // An expected close exactly for deals: a whole day, not before the one it became a deal,
        // and for a closed deal not more than 14 days after its close.
        let expected = st.expectedClose[r]
        if let deal {
            if expected == missing || expected % day != 0 || expected < deal - deal % day { problem("expected close \(expected)") }
            if p[st.stages[r]].isClosed && expected > events.last!.at + 14 * day { problem("expected close long after the close") }
        } else if expected != missing {
            problem("expected close \(expected) of a record never a deal")
        }
        if !st.alive[r] || st.slot(of: id) != Int32(r) { problem("not indexed") }
        let account = st.pool[st.accounts[r]]
        if st.names[r] != "\(account) – deal \(id)" { problem("name \(st.names[r])") }
        if account.isEmpty || !PipelineGenerator.accountKinds.contains(where: { account.hasPrefix($0 + " ") }) {
            problem("account \(account)")
        }
        if !owners.contains(st.pool[st.owners[r]]) { problem("owner \(st.pool[st.owners[r]])") }
        if !sources.contains(st.pool[st.sources[r]]) { problem("source \(st.pool[st.sources[r]])") }
        if st.values[r] < 0 || st.values[r] % 100_000 != 0 { problem("value \(st.values[r]) cents") }
        if st.custom[Int32(r)] != nil { problem("extra fields") }
    }
    return out
}

/// Every way a generated record's field events can be wrong: out of time order or of the record's open life,
/// a chain of changes that does not link up, or a last change that is not the record's current value.
private func fieldProblems(_ st: RecordStore, _ p: Pipeline, from first: Int = 0) -> [String] {
    var out: [String] = []
    let now = generatorNow.seconds, day = Timestamp.secondsPerDay
    var byRecord = [[Int]](repeating: [], count: st.slotCount)
    for i in 0..<st.fieldEvents.count { byRecord[Int(st.fieldEvents.record[i])].append(i) }
    for r in first..<st.slotCount {
        let id = st.ids[r]
        func problem(_ text: String) { out.append("\(id): \(text)") }
        let events = byRecord[r].map { st.fieldEvents[$0] }
        let end = p[st.stages[r]].isClosed ? st.changed(r) : now
        // The first moment the record was an open opportunity, if ever.
        let deal = st.events(of: r).map { st.event($0) }.first { p[$0.to].kind == .opportunity && !p[$0.to].isClosed }?.at
        var last: [TrackedField: Int64] = [:]
        for (i, e) in events.enumerated() {
            if e.cause != .import { problem("cause \(e.cause.name)") }
            if i > 0 && e.at < events[i - 1].at { problem("field event at \(e.at) before \(events[i - 1].at)") }
            if e.at <= st.created[r] || e.at > end { problem("\(e.field.name) changed at \(e.at), outside \(st.created[r])...\(end)") }
            if e.old == e.new { problem("\(e.field.name) changed to itself") }
            if let before = last[e.field], before != e.old { problem("\(e.field.name) changed from \(e.old), not \(before)") }
            last[e.field] = e.new
            switch e.field {
            case .value:
                if deal == nil || e.at <= deal! { problem("value changed while not a deal") }
                if e.old <= 0 || e.new <= 0 || e.old % 100_000 != 0 || e.new % 100_000 != 0 { problem("value \(e.old) → \(e.new)") }
            case .expectedClose:
                if deal == nil || e.at < deal! { problem("expected close changed before a deal") }
                if e.new % day != 0 || e.old != missing && e.old % day != 0 { problem("expected close not a day") }
                if e.old != missing && e.old < e.at - e.at % day - 400 * day { problem("expected close \(e.old) long before") }
            case .owner:
                if e.old <= 0 || Int(e.old) >= st.pool.count || st.pool[UInt32(e.old)].isEmpty { problem("owner code \(e.old)") }
            case .probability, .currency:
                problem("\(e.field.name) changed")
            }
        }
        if let v = last[.value], v != st.values[r] { problem("value \(st.values[r]), last changed to \(v)") }
        if let v = last[.expectedClose], v != st.expectedClose[r] { problem("expected close \(st.expectedClose[r]), last changed to \(v)") }
        if let v = last[.owner], v != Int64(st.owners[r]) { problem("owner \(st.owners[r]), last changed to \(v)") }
    }
    return out
}

/// The stage changes seen, as "From>To" by stage name.
private func transitions(_ st: RecordStore, _ p: Pipeline) -> Set<String> {
    var out: Set<String> = []
    for e in 0..<st.eventCount where st.eventFrom[e] != noStage {
        out.insert("\(p[st.eventFrom[e]].name)>\(p[st.eventTo[e]].name)")
    }
    return out
}

/// Every stage some record entered.
private func reached(_ st: RecordStore, _ p: Pipeline) -> Set<String> {
    Set(st.eventTo.map { p[$0].name })
}

private func expectSameColumns(_ a: RecordStore, _ b: RecordStore, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Array(a.ids) == Array(b.ids), sourceLocation: sourceLocation)
    #expect((0..<a.slotCount).map { a.names[$0] } == (0..<b.slotCount).map { b.names[$0] }, sourceLocation: sourceLocation)
    #expect(a.pool.strings == b.pool.strings, sourceLocation: sourceLocation)
    #expect(a.accounts == b.accounts, sourceLocation: sourceLocation)
    #expect(a.owners == b.owners, sourceLocation: sourceLocation)
    #expect(a.sources == b.sources, sourceLocation: sourceLocation)
    #expect(a.values == b.values, sourceLocation: sourceLocation)
    #expect(a.created == b.created, sourceLocation: sourceLocation)
    #expect(a.expectedClose == b.expectedClose, sourceLocation: sourceLocation)
    #expect(a.stages == b.stages, sourceLocation: sourceLocation)
    #expect(a.alive == b.alive, sourceLocation: sourceLocation)
    #expect(a.lastEvent == b.lastEvent, sourceLocation: sourceLocation)
    #expect(a.eventRecord == b.eventRecord, sourceLocation: sourceLocation)
    #expect(a.eventFrom == b.eventFrom, sourceLocation: sourceLocation)
    #expect(a.eventTo == b.eventTo, sourceLocation: sourceLocation)
    #expect(a.eventAt == b.eventAt, sourceLocation: sourceLocation)
    #expect(a.eventCause == b.eventCause, sourceLocation: sourceLocation)
    #expect(a.eventReason == b.eventReason, sourceLocation: sourceLocation)
    #expect(a.eventPrevious == b.eventPrevious, sourceLocation: sourceLocation)
    #expect(a.liveCount == b.liveCount && a.nextId == b.nextId, sourceLocation: sourceLocation)
}

/// FNV-1a over every field event, to pin them across machines (apart from `digest`, which they must not change).
private func fieldDigest(_ st: RecordStore) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix<T: FixedWidthInteger>(_ x: T) {
        var v = UInt64(truncatingIfNeeded: x)
        for _ in 0..<8 { h = (h ^ (v & 0xFF)) &* 0x0000_0100_0000_01b3; v >>= 8 }
    }
    let f = st.fieldEvents
    for i in 0..<f.count {
        mix(f.record[i]); mix(f.field[i]); mix(f.at[i]); mix(f.cause[i])
        // Owners by name: pool codes are the store's own.
        if f.field[i] == TrackedField.owner.rawValue {
            for b in st.pool[UInt32(f.old[i])].utf8 { mix(b) }
            for b in st.pool[UInt32(f.new[i])].utf8 { mix(b) }
        } else {
            mix(f.old[i]); mix(f.new[i])
        }
    }
    return h
}

/// FNV-1a over every generated column, to pin the output across machines.
private func digest(_ st: RecordStore) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix<T: FixedWidthInteger>(_ x: T) {
        var v = UInt64(truncatingIfNeeded: x)
        for _ in 0..<8 { h = (h ^ (v & 0xFF)) &* 0x0000_0100_0000_01b3; v >>= 8 }
    }
    func mix(_ s: String) { for b in s.utf8 { mix(b) }; mix(UInt8(0)) }
    for r in 0..<st.slotCount {
        mix(st.ids[r]); mix(st.names[r])
        mix(st.pool[st.accounts[r]]); mix(st.pool[st.owners[r]]); mix(st.pool[st.sources[r]])
        mix(st.values[r]); mix(st.created[r]); mix(st.expectedClose[r]); mix(st.stages[r])
    }
    for e in 0..<st.eventCount {
        mix(st.eventRecord[e]); mix(st.eventFrom[e]); mix(st.eventTo[e]); mix(st.eventAt[e]); mix(st.eventCause[e])
        mix(st.eventReason[e] == 0 ? "" : st.pool[st.eventReason[e]])
    }
    return h
}

@Suite struct PipelineGeneratorTests {
    @Test func sameSeedGivesIdenticalStores() throws {
        let a = try generated(2_000, seed: 7), b = try generated(2_000, seed: 7)
        #expect(a.records == b.records && a.events == b.events)
        expectSameColumns(a.store, b.store)
    }

    @Test func differentSeedsDiffer() throws {
        let a = try generated(1_000, seed: 1).store, b = try generated(1_000, seed: 2).store
        #expect(Array(a.ids) == Array(b.ids))
        #expect(a.created != b.created)
        #expect(a.values != b.values)
        #expect((0..<1_000).map { a.names[$0] } != (0..<1_000).map { b.names[$0] })
        #expect(a.eventAt != b.eventAt)
    }

    /// The same bits on every machine: the PRNG and the math are our own.
    @Test func outputIsPinned() throws {
        let (store, records, events) = try generated(1_000, seed: 42)
        #expect(records == 1_000)
        #expect(events == 3_429)
        #expect(digest(store) == 16_583_621_983_444_675_929)
        #expect(Array(store.ids.prefix(3)) == ["1", "2", "3"])
        #expect(store.fieldEvents.count == 1_017)
        #expect(fieldDigest(store) == 7_754_490_426_076_574_629)
    }

    /// Field events link up from the first to the record's current values, inside its open life, on any pipeline.
    @Test func fieldEventsAreValid() throws {
        let (store, _, _) = try generated(5_000, seed: 11)
        let found = fieldProblems(store, .standard)
        #expect(found.isEmpty, "\(found.prefix(5))")
        for setup in [
            ["stage add lead Disqualified lost"], ["stage add lead Demo after Qualified"],
            ["stage remove Contacted", "stage add opportunity Contract after \"Proposal Sent\""],
        ] {
            let s = session(setup)
            let (store, _, _) = try PipelineGenerator.generate(count: 3_000, seed: 12, now: generatorNow, into: s.workspace)
            let found = fieldProblems(store, s.pipeline)
            #expect(found.isEmpty, "\(setup): \(found.prefix(5))")
        }
        // Created as deals: their first date is no event, and its pushes start from one made up.
        var p = Pipeline.standard
        p.leadOrder = []
        let deals = try PipelineGenerator.generate(count: 2_000, seed: 4, now: generatorNow, into: Workspace(pipeline: p)).store
        let problems = fieldProblems(deals, p)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(deals.fieldEvents.count > 1_000)
    }

    /// About one field event a record: expected closes pushed more often than pulled in, by days to weeks,
    /// some deals several times; values up and down; a few owners changed.
    @Test func fieldEventsAreBelievable() throws {
        let (store, _, _) = try generated(20_000, seed: 6)
        let f = store.fieldEvents, day = Timestamp.secondsPerDay
        #expect((0.85...1.2).contains(Double(f.count) / 20_000), "\(f.count) field events")
        var pushes = 0, pulls = 0, set = 0, ups = 0, downs = 0, owners = 0, pushDays: [Int64] = []
        var pushesOf: [Int32: Int] = [:]
        for i in 0..<f.count {
            switch TrackedField(rawValue: f.field[i])! {
            case .expectedClose where f.old[i] == missing: set += 1
            case .expectedClose where f.new[i] > f.old[i]:
                pushes += 1
                pushDays.append((f.new[i] - f.old[i]) / day)
                pushesOf[f.record[i], default: 0] += 1
            case .expectedClose: pulls += 1
            case .value: if f.new[i] > f.old[i] { ups += 1 } else { downs += 1 }
            case .owner: owners += 1
            default: break
            }
        }
        #expect(pushes > pulls && pulls > 0 && set > 0, "pushes \(pushes), pulls \(pulls)")
        #expect(ups > 0 && downs > ups, "value up \(ups), down \(downs)")
        #expect((200...1_200).contains(owners), "owner changes \(owners)")
        #expect(pushesOf.values.filter { $0 >= 3 }.count > 100, "deals pushed three times or more")
        let weeks = pushDays.filter { (7...56).contains($0) }.count
        #expect(Double(weeks) / Double(pushes) > 0.9, "pushes of 1-8 weeks: \(weeks) of \(pushes)")
    }

    @Test(arguments: [0, 1, 1_000])
    func generatesCount(_ count: Int) throws {
        let (store, records, events) = try generated(count)
        #expect(records == count)
        #expect(store.slotCount == count && store.liveCount == count)
        #expect(store.eventCount == events)
        #expect(events >= count)
        #expect(Array(store.ids) == (0..<count).map { String($0 + 1) })
        #expect(store.nextId == String(count + 1))
        let found = problems(store, .standard)
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    @Test func zeroRecordsLeaveTheStoreAsItWas() throws {
        let s = session(["add lead X owner=Lan"])
        let (store, records, events) = try PipelineGenerator.generate(count: 0, seed: 1, now: generatorNow, into: s.workspace)
        #expect(records == 0 && events == 0)
        expectSameColumns(store, s.store)
    }

    @Test func idsContinueAfterExistingRecords() throws {
        let s = session(["add lead X owner=\"Nguyễn An\" value=5k"])
        let before = s.store
        let (store, records, _) = try PipelineGenerator.generate(count: 100, seed: 3, now: generatorNow, into: s.workspace)
        #expect(records == 100)
        #expect(Array(store.ids) == ["1"] + (2...101).map { String($0) })
        #expect(store.nextId == "102")
        // The existing record and its ledger are untouched, and so is the session.
        #expect(store.row(0) == before.row(0))
        #expect(store.events(of: 0).map { store.event($0) } == before.events(of: 0).map { before.event($0) })
        #expect(s.store.slotCount == 1 && s.store.eventCount == 1)
        // An owner typed earlier is shared, not duplicated.
        #expect(store.pool.strings.filter { $0 == "Nguyễn An" }.count == 1)
        let found = problems(store, s.pipeline, from: 1)
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    @Test func idsSkipDeletedRecords() throws {
        let s = session(["add lead X", "add lead Y", "add opp Z", "delete 3"])
        let (store, _, _) = try PipelineGenerator.generate(count: 5, seed: 3, now: generatorNow, into: s.workspace)
        #expect(Array(store.ids.suffix(5)) == ["4", "5", "6", "7", "8"])
        #expect(store.names[3].hasSuffix(" – deal 4"))
        #expect(store.nextId == "9")
    }

    @Test func ledgersAreValid() throws {
        let (store, _, events) = try generated(5_000, seed: 11)
        let found = problems(store, .standard)
        #expect(found.isEmpty, "\(found.prefix(5))")
        // Between three and four stage entries a record, as the reference gives.
        #expect((3.0...3.7).contains(Double(events) / 5_000))
    }

    @Test func everyDefaultStageIsReachedAndOnlyTheFlowsMovesHappen() throws {
        let p = Pipeline.standard
        let (store, _, _) = try generated(5_000, seed: 5)
        #expect(reached(store, p) == Set(p.stageNames))
        #expect(
            transitions(store, p) == [
                "New>Contacted", "New>Qualified", "Contacted>Qualified", "Qualified>Negotiation",
                "Negotiation>Proposal Sent", "Negotiation>Lost",
                "Proposal Sent>Won", "Proposal Sent>Lost", "Proposal Sent>Negotiation",
                // Leads given up, lost where they stood.
                "New>Lost", "Contacted>Lost", "Qualified>Lost",
            ])
        // Kind follows the stage: converted and given-up records are opportunities, the rest leads.
        let converted = Set((0..<store.eventCount).filter { store.eventCause[$0] == Cause.convert.rawValue }.map { store.eventRecord[$0] })
        let givenUp = Set(
            (0..<store.eventCount).filter {
                store.eventFrom[$0] != noStage && p[store.eventFrom[$0]].kind == .lead && p[store.eventTo[$0]].isClosed
            }
            .map { store.eventRecord[$0] })
        #expect(converted.isDisjoint(with: givenUp))
        for r in 0..<store.slotCount {
            #expect((p[store.stages[r]].kind == .opportunity) == (converted.contains(Int32(r)) || givenUp.contains(Int32(r))))
        }
    }

    @Test func wonShareOfClosedDealsIsPlausible() throws {
        let p = Pipeline.standard
        let (store, _, _) = try generated(5_000, seed: 9)
        let converted = Set((0..<store.eventCount).filter { store.eventCause[$0] == Cause.convert.rawValue }.map { store.eventRecord[$0] })
        let closedDeals = (0..<store.slotCount).filter { converted.contains(Int32($0)) && p[store.stages[$0]].isClosed }
        let won = closedDeals.filter { p[store.stages[$0]].outcome == .won }.count
        #expect(closedDeals.count > 500)
        // Of the deals closed, about a third won, as in the reference; of all records, about one in eleven.
        let share = Double(won) / Double(closedDeals.count)
        #expect((0.25...0.40).contains(share), "won share of closed deals \(share)")
        let allWon = Double(store.stages.filter { p[$0].outcome == .won }.count) / 5_000
        #expect((0.05...0.15).contains(allWon), "won share of records \(allWon)")
    }

    /// A team at work: records are created up to now, most open records moved
    /// within 30 days, and the rest are given up rather than left for good.
    @Test func openRecordsAreRecentAndAMinorityIsStuck() throws {
        let p = Pipeline.standard
        let (store, _, _) = try generated(20_000, seed: 3)
        let now = generatorNow.seconds, month = 30 * Timestamp.secondsPerDay
        let recent = store.created.filter { $0 >= now - month }.count
        #expect((0.03...0.06).contains(Double(recent) / 20_000), "created in the last 30 days: \(recent)")
        let open = (0..<store.slotCount).filter { !p[store.stages[$0]].isClosed }
        let stuck = open.filter { now - store.event(Int(store.lastEvent[$0])).at > month }
        #expect(open.count > 500)
        let share = Double(stuck.count) / Double(open.count)
        #expect((0.15...0.40).contains(share), "stuck share of open records \(share)")
        // Every open stage has stuck records and moving ones.
        for stage in p.liveStages where !p[stage].isClosed {
            let here = open.filter { store.stages[$0] == stage }, stuckHere = stuck.filter { store.stages[$0] == stage }
            #expect(!stuckHere.isEmpty && stuckHere.count < here.count, "\(p[stage].name)")
        }
    }

    /// Open deals expect to close in the coming weeks, some overdue; closed
    /// deals near their close, some after it (slipped).
    @Test func expectedClosesAreBelievable() throws {
        let p = Pipeline.standard
        let (store, _, _) = try generated(20_000, seed: 6)
        let now = generatorNow.seconds, day = Timestamp.secondsPerDay
        let deals = (0..<store.slotCount).filter { store.expectedClose[$0] != missing }
        let open = deals.filter { !p[store.stages[$0]].isClosed }
        #expect(open.count == store.stages.filter { p[$0].kind == .opportunity && !p[$0].isClosed }.count)
        let overdue = open.filter { store.expectedClose[$0] < now }.count
        let soon = open.filter { (now..<now + 90 * day).contains(store.expectedClose[$0]) }.count
        #expect((0.03...0.25).contains(Double(overdue) / Double(open.count)), "overdue \(overdue) of \(open.count)")
        #expect(Double(soon) / Double(open.count) > 0.7, "in the next 90 days: \(soon) of \(open.count)")
        let closed = deals.filter { p[store.stages[$0]].isClosed }
        // Before the day it closed.
        let slipped = closed.filter {
            let at = store.event(Int(store.lastEvent[$0])).at
            return store.expectedClose[$0] < at - at % day
        }.count
        #expect((0.05...0.50).contains(Double(slipped) / Double(closed.count)), "slipped \(slipped) of \(closed.count)")
    }

    /// With a lost stage of their own, given-up leads go there and stay leads.
    @Test func leadsAreGivenUpIntoTheirOwnLostStage() throws {
        let s = session(["stage add lead Disqualified lost"])
        let p = s.pipeline
        let (store, _, _) = try PipelineGenerator.generate(count: 3_000, seed: 12, now: generatorNow, into: s.workspace)
        let found = problems(store, p)
        #expect(found.isEmpty, "\(found.prefix(5))")
        let disqualified = try #require(p.stage(named: "Disqualified"))
        #expect(transitions(store, p).isSuperset(of: ["New>Disqualified", "Contacted>Disqualified", "Qualified>Disqualified"]))
        #expect(transitions(store, p).isDisjoint(with: ["New>Lost", "Contacted>Lost", "Qualified>Lost"]))
        #expect(store.stages.contains(disqualified))
    }

    @Test func customisedPipelineUsesItsOwnStages() throws {
        let s = session(["stage add lead Demo after Qualified", "stage rename Negotiation to \"Đàm phán\""])
        let p = s.pipeline
        let (store, records, _) = try PipelineGenerator.generate(count: 5_000, seed: 21, now: generatorNow, into: s.workspace)
        #expect(records == 5_000)
        let found = problems(store, p)
        #expect(found.isEmpty, "\(found.prefix(5))")
        #expect(reached(store, p) == Set(p.stageNames))
        #expect(
            transitions(store, p) == [
                "New>Contacted", "New>Demo", "Contacted>Qualified", "Qualified>Demo", "Demo>Đàm phán",
                "Đàm phán>Proposal Sent", "Đàm phán>Lost",
                "Proposal Sent>Won", "Proposal Sent>Lost", "Proposal Sent>Đàm phán",
                "New>Lost", "Contacted>Lost", "Qualified>Lost", "Demo>Lost",
            ])
        // Conversions leave from the new last lead stage only.
        for e in 0..<store.eventCount where store.eventCause[e] == Cause.convert.rawValue {
            #expect(p[store.eventFrom[e]].name == "Demo")
        }
    }

    @Test func pipelineWithStagesRemovedAndAnOpportunityStageAdded() throws {
        let s = session([
            "stage remove Contacted", "stage add opportunity Contract after \"Proposal Sent\"",
            "stage rename Won to Signed",
        ])
        let p = s.pipeline
        let (store, _, _) = try PipelineGenerator.generate(count: 5_000, seed: 8, now: generatorNow, into: s.workspace)
        let found = problems(store, p)
        #expect(found.isEmpty, "\(found.prefix(5))")
        #expect(reached(store, p) == Set(p.stageNames))
        #expect(
            transitions(store, p) == [
                "New>Qualified", "Qualified>Negotiation",
                "Negotiation>Proposal Sent", "Negotiation>Lost", "Proposal Sent>Contract", "Proposal Sent>Lost",
                "Contract>Signed", "Contract>Lost", "Contract>Proposal Sent",
                "New>Lost", "Qualified>Lost",
            ])
        #expect(!reached(store, p).contains("Contacted"))
    }

    @Test func opportunityOnlyPipelineCreatesOpportunities() throws {
        let std = Pipeline.standard
        var p = std
        p.leadOrder = []
        let (store, _, _) = try PipelineGenerator.generate(
            count: 500, seed: 4, now: generatorNow,
            into: Workspace(pipeline: p))
        let found = problems(store, p)
        #expect(found.isEmpty, "\(found.prefix(5))")
        #expect(store.stages.allSatisfy { p[$0].kind == .opportunity })
        #expect(!store.eventCause.contains(Cause.convert.rawValue))
    }

    @Test func refusesWhatItCannotDo() throws {
        #expect(throws: PipelineGenerator.Failure.negativeCount(-1)) { try generated(-1) }
        var closedOnly = Pipeline.standard
        closedOnly.leadOrder = []
        closedOnly.opportunityOrder = [5, 6]
        #expect(throws: PipelineGenerator.Failure.noOpenStage) {
            try PipelineGenerator.generate(count: 1, seed: 1, now: generatorNow, into: Workspace(pipeline: closedOnly))
        }
        var big = RecordStore()
        big.largestId = Int(Int32.max) - 10
        #expect(throws: PipelineGenerator.Failure.tooMany(10)) {
            try PipelineGenerator.generate(count: 10, seed: 1, now: generatorNow, into: Workspace(store: big))
        }
        let (store, _, _) = try PipelineGenerator.generate(count: 9, seed: 1, now: generatorNow, into: Workspace(store: big))
        #expect(store.ids.last == String(Int32.max - 1))
    }

    @Test func mathIsAccurate() {
        for x in [1e-15, 0.001, 0.3, 0.5, 0.7071, 1, 1.5, 2, 10, 12345.678] {
            let l = Determinate.log(x), expected = Foundation.log(x)
            #expect(abs(l - expected) <= 4 * expected.ulp.magnitude + 1e-300, "log \(x)")
        }
        for x in [-5.0, -0.3, 0, 0.2, 1, 8.2, 14.5] {
            let e = Determinate.exp(x), expected = Foundation.exp(x)
            #expect(abs(e - expected) <= 4 * expected.ulp, "exp \(x)")
        }
        var rng = Xoshiro256StarStar(seed: 1)
        var sum = 0.0, sumSquares = 0.0, expSum = 0.0
        for _ in 0..<100_000 {
            let z = rng.normal()
            sum += z; sumSquares += z * z
            expSum += rng.exponential()
        }
        #expect(abs(sum / 100_000) < 0.02)
        #expect(abs(sumSquares / 100_000 - 1) < 0.02)
        #expect(abs(expSum / 100_000 - 1) < 0.02)
    }
}
