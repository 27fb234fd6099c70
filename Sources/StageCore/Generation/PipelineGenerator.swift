/// `generate N [seed S]`: adds a believable synthetic pipeline to the store,
/// the same records on every machine for the same seed.
///
/// The model follows the reference generator (`gen_pipeline.py`) in its
/// stages, moves, waits and fields, but keeps a team's pipeline worked, as
/// a real one is, so that most open records are recent and `stuck` finds
/// a minority:
/// - each record is created at a uniform moment in the 730 days before `now`
///   (up to `now` itself), into the first open lead stage;
/// - it then walks the pipeline: at each open stage it draws what happens next
///   from that stage's row of weights below, and a move happens after an
///   exponential wait with the stage's mean days, plus a minute; a move that
///   would happen after `now` does not happen, so the record stays where it is;
/// - where the reference lets a record stay for good, the team gives it up
///   after a quiet spell (an exponential wait, mean 30 days for a lead, 45 for
///   a deal): it is lost where it stood, with the reason "no response" (a lead)
///   or "no decision" (a deal). A lead is lost to its own kind's lost stage
///   when the pipeline has one, else to the opportunity lost stage, as an Odoo
///   lead archived where it stood is imported;
/// - an opportunity has an expected close: 14-56 days ahead when it becomes
///   one, 7-35 days ahead when it enters the last open opportunity stage (the
///   proposal); each time the date passes while the deal is open, its owner
///   notices within 1-10 days and, three times in four, pushes it to 7-42 days
///   after that (else it stays overdue); at the close, a date still more than
///   14 days ahead becomes the close day, and one already past stays: the deal
///   slipped. Dates are whole days (00:00 UTC), drawn uniformly;
/// - value: a lognormal (μ 8.2, σ 1) in whole thousands; an account ("KIND
///   WORD n"), an owner (a Vietnamese family and given name) and a source;
///   name "ACCOUNT – deal ID".
///
/// The flow (weights out of 100; "give up" is the quiet spell above):
/// ```
/// New            Contacted 60, Qualified 5, give up 35
/// Contacted      Qualified 55, give up 45
/// Qualified      Negotiation 75 (convert), give up 25
/// Negotiation    Proposal Sent 68, Lost 22, give up 10
/// Proposal Sent  Won 45, Lost 42, Negotiation 5, give up 8
/// ```
/// The opportunity rows are the reference's; the lead rows give up more often
/// than the reference stays, so that a record makes as many moves on average
/// (about 3.4 stage entries, creation included) with every give-up a move.
/// The flow works with any pipeline, because each row is defined by the
/// stage's place in its kind's open stages, which in the default pipeline
/// gives exactly the table above:
/// - the first open lead stage (New): on to the next 60, straight to the last
///   open lead stage 5, give up 35;
/// - every other open lead stage but the last (Contacted): on to the next 55,
///   give up 45 — so each added lead stage is one more continue-probability;
/// - the last open lead stage (Qualified, the one `convert` needs): converts
///   to the first opportunity stage 75 (cause `convert`, as `convert` does),
///   give up 25;
/// - every open opportunity stage but the last (Negotiation): on to the next
///   68, the lost stage 22, give up 10;
/// - the last open opportunity stage (Proposal Sent): the won stage 45, the
///   lost stage 42, back to the open stage before it 5, give up 8.
/// The won and lost stages are those `won` and `lost` move to (the first of
/// each outcome); a move whose stage does not exist (no lost stage, no
/// earlier stage to go back to, no opportunity stage to convert to) is a
/// stay. A lead pipeline of one stage converts from it; with no open lead
/// stage, records start in the first open opportunity stage. Closed lead
/// stages are entered only by a give-up. The mean days in a stage are those
/// of the default stage of that name and kind (New 3, Contacted 7, Qualified
/// 5, Negotiation 14, Proposal Sent 10; names compared as everywhere), else
/// those of the default stage in the same place (a renamed Negotiation keeps
/// 14 days, a stage added after Qualified gets Qualified's 5).
///
/// Every record's ledger is a creation (cause `create`, at its created time)
/// then its moves (cause `manual`, or `convert` for the lead → opportunity
/// move), in whole seconds, strictly increasing, none after `now`. Like
/// imported history, the generated moves are a record of what happened and
/// are not checked against the policy (the reference flow skips Contacted
/// now and then, and goes back from Proposal Sent to Negotiation).
///
/// New records take the store's next free integer ids (`nextId` and up,
/// deleted records' ids never reused). Randomness comes from xoshiro256**
/// seeded through SplitMix64, and the logarithm and exponential it needs are
/// computed here from IEEE-754 `+ - * /` and square root alone, so the output
/// does not depend on the platform's math library or the Swift version.
enum PipelineGenerator {
    /// Why nothing was generated.
    enum Failure: Error, Equatable, Sendable {
        case negativeCount(Int)
        /// The store cannot take that many more records (ids and slots are 32-bit).
        case tooMany(Int)
        /// The pipeline has no open stage to create records in.
        case noOpenStage

        var message: String {
            switch self {
            case .negativeCount(let n): "cannot generate \(n) records"
            case .tooMany(let n): "cannot generate \(n) records: the store would hold more than \(Int32.max - 1)"
            case .noOpenStage: "the pipeline has no open stage to create records in"
            }
        }
    }

    static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    static let given = [
        "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Khánh", "Lan", "Linh", "Minh",
        "Nam", "Ngọc", "Phúc", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Uyên", "Việt", "Xuân", "Yến",
    ]
    static let sources = ["web", "referral", "event", "cold-call", "partner"]
    static let words = [
        "An Phát", "Hưng Thịnh", "Minh Long", "Sao Việt", "Đại Dương", "Phú Quý", "Thành Công",
        "Tân Tiến", "Hoà Bình", "Kim Ngân", "Bảo Tín", "Việt Á", "Nam Sơn", "Gia Huy", "Trường Hải",
    ]
    static let accountKinds = ["Công ty TNHH", "Công ty CP", "Tập đoàn", "Acme", "Global", "Tech"]
    /// Owners drawn (duplicates then dropped), as the reference does.
    static let ownerDraws = 40

    static let day: Int64 = 86_400
    /// Creation times fall in [now - 730 days, now).
    static let historyDays: Int64 = 730
    /// Mean days of the quiet spell before a lead, or a deal, is given up.
    static let leadQuietDays = 30.0, dealQuietDays = 45.0
    /// The reasons a given-up lead, and a given-up deal, are lost with.
    static let leadGivenUp = "no response", dealGivenUp = "no decision"

    /// Mean days in each default stage, by name and kind.
    static let defaultMeanDays: [(name: String, kind: RecordKind, days: Double)] = [
        ("New", .lead, 3), ("Contacted", .lead, 7), ("Qualified", .lead, 5),
        ("Negotiation", .opportunity, 14), ("Proposal Sent", .opportunity, 10),
    ]

    /// Returns the workspace's store with `count` generated records added after its own; the workspace itself is not changed.
    ///
    /// Throws `Interrupted` once `cancellation` is requested.
    static func generate(
        count: Int, seed: UInt64, now: Timestamp, into w: Workspace,
        cancellation: CancellationToken = CancellationToken()
    ) throws -> (store: RecordStore, records: Int, events: Int) {
        guard count >= 0 else { throw Failure.negativeCount(count) }
        let flow = try Flow(pipeline: w.pipeline)
        var store = w.store
        guard count > 0 else { return (store, 0, 0) }
        let firstNumber = store.largestId + 1
        guard count <= Int(Int32.max) - 1 - store.slotCount, count <= Int(Int32.max) - firstNumber else {
            throw Failure.tooMany(count)
        }

        var rng = Xoshiro256StarStar(seed: seed)
        // Owners, then accounts, drawn before any record (as the reference does).
        var owners: [String] = []
        var ownerKeys: Set<String> = []
        for _ in 0..<ownerDraws {
            let name = Names.normalized(family[rng.below(family.count)] + " " + given[rng.below(given.count)])
            if ownerKeys.insert(Names.key(name)).inserted { owners.append(name) }
        }
        let accountCount = max(50, count / 200)
        var accounts: [String] = []
        accounts.reserveCapacity(accountCount)
        for i in 0..<accountCount {
            let kind = accountKinds[rng.below(accountKinds.count)], word = words[rng.below(words.count)]
            accounts.append(Names.normalized("\(kind) \(word) \(i)"))
        }
        // A record's name is its account's bytes, this, and its id.
        let dealInfix = Array(" – deal ".utf8)
        let accountBytes = accounts.map { Array($0.utf8) }
        // Pool codes, interned when first used (0: not yet; no name here is empty).
        var ownerCodes = [UInt32](repeating: 0, count: owners.count)
        var accountCodes = [UInt32](repeating: 0, count: accounts.count)
        var sourceCodes = [UInt32](repeating: 0, count: sources.count)

        let meanAccountBytes = accountBytes.reduce(0) { $0 + $1.count } / accountBytes.count
        let newNameBytes = meanAccountBytes + dealInfix.count + String(firstNumber + count).utf8.count
        let slots = store.slotCount + count
        store.reserve(
            records: slots,
            events: store.eventCount + Int(flow.expectedEvents * Double(count) * 1.01) + 64,
            nameBytes: (store.names.byteCount + newNameBytes * count) / slots + 1)

        let nowSeconds = now.seconds
        let start = nowSeconds - historyDays * day
        let window = UInt64(historyDays * day)
        // Interned when first given (0: not yet).
        var givenUpCodes: (lead: UInt32, deal: UInt32) = (0, 0)
        var moves: [LedgerEvent] = []
        var nameBuffer: [UInt8] = []
        nameBuffer.reserveCapacity(128)
        var number = firstNumber
        var events = 0

        for made in 0..<count {
            if made & 0xFFFF == 0xFFFF && cancellation.isRequested { throw Interrupted() }
            var id = String(number)
            while store.slot(of: id) != nil {
                number += 1
                guard number < Int(Int32.max) else { throw Failure.tooMany(count) }
                id = String(number)
            }
            let r = Int32(store.slotCount)

            // The ledger, and the expected close of a deal along it.
            let created = start + Int64(rng.below(window))
            var stage = flow.start
            var t = created
            var expected = flow.rows[Int(stage)].deal ? Self.plan(from: created, &rng) : missing
            moves.removeAll(keepingCapacity: true)
            while true {
                let row = flow.rows[Int(stage)]
                if row.count == 0 { break }
                let x = rng.below(row.total)
                var o = Int(row.first)
                while x >= flow.options[o].upTo { o += 1 }
                let option = flow.options[o]
                if option.target == noStage { break }
                let t2 = t + Int64(rng.exponential() * (option.givesUp ? row.quietSeconds : row.meanSeconds)) + 60
                if t2 > nowSeconds { break }
                var reason: UInt32 = 0
                if option.givesUp && row.deal {
                    if givenUpCodes.deal == 0 { givenUpCodes.deal = store.intern(dealGivenUp) }
                    reason = givenUpCodes.deal
                } else if option.givesUp {
                    if givenUpCodes.lead == 0 { givenUpCodes.lead = store.intern(leadGivenUp) }
                    reason = givenUpCodes.lead
                }
                if expected != missing { expected = Self.pushed(expected, before: t2, &rng) }
                let next = flow.rows[Int(option.target)]
                if next.closed {
                    // Closed well ahead of its date: the date becomes the close day (one past stays: it slipped).
                    if expected != missing && expected > t2 + 14 * day { expected = t2 - t2 % day }
                } else if expected == missing && next.deal {
                    expected = Self.plan(from: t2, &rng)
                } else if next.proposal {
                    // The proposal went out: a nearer date, 7-35 days ahead.
                    expected = t2 - t2 % day + Int64(7 + rng.below(29)) * day
                }
                moves.append(
                    LedgerEvent(
                        record: r, from: stage, to: option.target, at: t2, cause: option.cause,
                        reason: reason))
                stage = option.target
                t = t2
            }
            if expected != missing && !flow.rows[Int(stage)].closed { expected = Self.pushed(expected, before: nowSeconds, &rng) }

            // The fields.
            let units = Int64(Determinate.exp(8.2 + 1.0 * rng.normal()))
            let a = rng.below(accounts.count), o = rng.below(owners.count), s = rng.below(sources.count)
            if accountCodes[a] == 0 { accountCodes[a] = store.internName(accounts[a]) }
            if ownerCodes[o] == 0 { ownerCodes[o] = store.internName(owners[o]) }
            if sourceCodes[s] == 0 { sourceCodes[s] = store.internName(sources[s]) }
            nameBuffer.removeAll(keepingCapacity: true)
            nameBuffer.append(contentsOf: accountBytes[a])
            nameBuffer.append(contentsOf: dealInfix)
            nameBuffer.append(contentsOf: id.utf8)

            // The bytes as they are: an id of digits, and a name of NFC parts
            // each starting with a character that composes with nothing before it.
            let row = RecordRow(
                id: "", name: "", account: accountCodes[a], owner: ownerCodes[o],
                source: sourceCodes[s], value: units * 1_000 * 100, created: created,
                expectedClose: expected, stage: flow.start)
            id.withUTF8 { i in nameBuffer.withUnsafeBufferPointer { n in store.appendRecord(row, id: i, name: n) } }
            store.appendEvent(LedgerEvent(record: r, from: noStage, to: flow.start, at: created, cause: .create))
            for m in moves { store.appendEvent(m) }
            events += 1 + moves.count
            number += 1
        }
        return (store, count, events)
    }

    /// A deal's first expected close: 14-56 days after the day it became one.
    private static func plan(from t: Int64, _ rng: inout Xoshiro256StarStar) -> Int64 {
        t - t % day + Int64(14 + rng.below(43)) * day
    }

    /// `expected` after its owner's pushes while the deal stays open until
    /// `end`: each time the date has passed, noticed 1-10 days later, and
    /// pushed to 7-42 days after that three times in four (else left overdue).
    private static func pushed(_ expected: Int64, before end: Int64, _ rng: inout Xoshiro256StarStar) -> Int64 {
        var expected = expected
        while expected < end && rng.below(4) != 0 {
            let noticed = expected + Int64(1 + rng.below(10)) * day
            if noticed >= end { break }
            expected = noticed + Int64(7 + rng.below(36)) * day
        }
        return expected
    }

    /// The flow mapped onto one pipeline: a row of weighted options per stage.
    struct Flow {
        struct Row {
            /// Index of the row's first option in `options`, and how many.
            var first: Int32 = 0
            var count: Int32 = 0
            var total: UInt64 = 0
            var meanSeconds: Double = 0
            /// The mean wait before the record is given up.
            var quietSeconds: Double = 0
            /// An open opportunity stage: a record there has an expected close.
            var deal = false
            /// The last open opportunity stage, where the proposal goes out.
            var proposal = false
            var closed = false
        }

        struct Option {
            /// The running total of weights up to and including this option.
            var upTo: UInt64
            /// `noStage`: the record stays where it is.
            var target: StageID
            var cause: Cause
            /// The record is given up: lost after the row's quiet spell, with a reason.
            var givesUp = false
        }

        /// Where records are created.
        let start: StageID
        /// By `StageID`; closed and removed stages have an empty row.
        private(set) var rows: [Row]
        private(set) var options: [Option] = []
        /// Events per record the walk gives on average, `now` aside (for sizing).
        private(set) var expectedEvents = 1.0

        init(pipeline p: Pipeline) throws {
            let leads = p.leadOrder.filter { !p[$0].isClosed }
            let opportunities = p.opportunityOrder.filter { !p[$0].isClosed }
            guard let start = leads.first ?? opportunities.first else { throw Failure.noOpenStage }
            self.start = start
            rows = Array(repeating: Row(), count: p.stages.count)
            let won = p.closedStage(.opportunity, .won) ?? noStage
            let lost = p.closedStage(.opportunity, .lost) ?? noStage
            // Where a lead is given up, as the Odoo preset loses an archived lead.
            let leadLost = p.closedStage(.lead, .lost) ?? lost
            let convertTo = p.firstStage(.opportunity) ?? noStage
            let lead = PipelineGenerator.leadQuietDays, deal = PipelineGenerator.dealQuietDays

            // Role mean days: first lead, middle lead, last lead, opportunity, last opportunity.
            for (i, stage) in leads.enumerated() {
                let giveUp = Choice(target: leadLost, cause: .manual, givesUp: true)
                if i == leads.count - 1 {
                    add(
                        stage, days: Self.meanDays(p[stage], role: 5), quietDays: lead,
                        [(.init(target: convertTo, cause: .convert), 75), (giveUp, 25)])
                } else if i == 0 {
                    add(
                        stage, days: Self.meanDays(p[stage], role: 3), quietDays: lead,
                        [(.init(target: leads[1]), 60), (.init(target: leads[leads.count - 1]), 5), (giveUp, 35)])
                } else {
                    add(
                        stage, days: Self.meanDays(p[stage], role: 7), quietDays: lead,
                        [(.init(target: leads[i + 1]), 55), (giveUp, 45)])
                }
            }
            for (j, stage) in opportunities.enumerated() {
                let giveUp = Choice(target: lost, cause: .manual, givesUp: true)
                if j == opportunities.count - 1 {
                    let back = j > 0 ? opportunities[j - 1] : noStage
                    add(
                        stage, days: Self.meanDays(p[stage], role: 10), quietDays: deal,
                        [(.init(target: won), 45), (.init(target: lost), 42), (.init(target: back), 5), (giveUp, 8)])
                    rows[Int(stage)].proposal = true
                } else {
                    add(
                        stage, days: Self.meanDays(p[stage], role: 14), quietDays: deal,
                        [(.init(target: opportunities[j + 1]), 68), (.init(target: lost), 22), (giveUp, 10)])
                }
                rows[Int(stage)].deal = true
            }
            for stage in p.liveStages where p[stage].isClosed { rows[Int(stage)].closed = true }
            expectedEvents = estimateEvents()
        }

        private static func meanDays(_ stage: Stage, role: Double) -> Double {
            let key = Names.key(stage.name)
            return PipelineGenerator.defaultMeanDays.first { $0.kind == stage.kind && Names.key($0.name) == key }?.days ?? role
        }

        /// One way out of a stage; `noStage` stays.
        private struct Choice {
            var target: StageID
            var cause = Cause.manual
            var givesUp = false
        }

        private mutating func add(_ stage: StageID, days: Double, quietDays: Double, _ choices: [(Choice, UInt64)]) {
            var row = Row(
                first: Int32(options.count), count: Int32(choices.count), total: 0,
                meanSeconds: days * Double(PipelineGenerator.day),
                quietSeconds: quietDays * Double(PipelineGenerator.day))
            for (choice, weight) in choices {
                row.total += weight
                let stays = choice.target == noStage
                options.append(
                    Option(
                        upTo: row.total, target: choice.target, cause: stays ? .manual : choice.cause,
                        givesUp: choice.givesUp && !stays))
            }
            rows[Int(stage)] = row
        }

        /// The expected number of stage entries per record, creation included,
        /// by pushing the chance of being in each stage along the rows.
        private func estimateEvents() -> Double {
            var mass = [Double](repeating: 0, count: rows.count)
            mass[Int(start)] = 1
            var total = 1.0
            for _ in 0..<1_000 {
                var next = [Double](repeating: 0, count: rows.count)
                var moved = 0.0
                for (s, row) in rows.enumerated() where mass[s] > 0 && row.count > 0 {
                    var below: UInt64 = 0
                    for o in options[Int(row.first)..<Int(row.first + row.count)] {
                        let share = mass[s] * Double(o.upTo - below) / Double(row.total)
                        below = o.upTo
                        if o.target != noStage { next[Int(o.target)] += share; moved += share }
                    }
                }
                total += moved
                mass = next
                if moved < 1e-9 { break }
            }
            return total
        }
    }
}
