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
/// - field events (cause `import`, about one a record): each change of the
///   expected close above (set when a lead becomes a deal, the proposal's date,
///   each push, the close day), and, from a random stream of their own so that
///   nothing above changes, pushes made before the date passed (a deal that
///   slips is re-forecast, by 1-8 weeks, often more than once), a deal's value
///   changed up or down while open, and now and then an owner changed. They are
///   made up backwards from the current values, which the last change of each
///   field leaves, and fall between the record's creation and its close (or
///   `now`), in time order.
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
        // Field changes the walk does not make come from a stream of their own, so that
        // every record, stage event and value drawn from `rng` stays as it was.
        var fieldRng = Xoshiro256StarStar(seed: seed ^ fieldStreamKey)
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
        store.fieldEvents.reserve(store.fieldEvents.count + Int(fieldEventsPerRecord * Double(count)) + 64)

        let nowSeconds = now.seconds
        let start = nowSeconds - historyDays * day
        let window = UInt64(historyDays * day)
        // Interned when first given (0: not yet).
        var givenUpCodes: (lead: UInt32, deal: UInt32) = (0, 0)
        var moves: [LedgerEvent] = []
        // One record's field changes, in the order made (sorted by time before they are stored).
        var changes: [FieldEvent] = []
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
            // When the record became an open deal (`missing`: never).
            var dealSince = expected != missing ? created : missing
            // A deal's date at creation, which no event sets.
            let firstDate = expected
            moves.removeAll(keepingCapacity: true)
            changes.removeAll(keepingCapacity: true)
            func change(_ field: TrackedField, at: Int64, _ old: Int64, _ new: Int64) {
                changes.append(FieldEvent(record: r, field: field, at: at, cause: .import, old: old, new: new))
            }
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
                if expected != missing { expected = Self.pushed(expected, before: t2, &rng, &changes, record: r) }
                let next = flow.rows[Int(option.target)]
                let before = expected
                if next.closed {
                    // Closed well ahead of its date: the date becomes the close day (one past stays: it slipped).
                    if expected != missing && expected > t2 + 14 * day { expected = t2 - t2 % day }
                } else if expected == missing && next.deal {
                    expected = Self.plan(from: t2, &rng)
                    dealSince = t2
                } else if next.proposal {
                    // The proposal went out: a nearer date, 7-35 days ahead.
                    expected = t2 - t2 % day + Int64(7 + rng.below(29)) * day
                }
                if expected != before { change(.expectedClose, at: t2, before, expected) }
                moves.append(
                    LedgerEvent(
                        record: r, from: stage, to: option.target, at: t2, cause: option.cause,
                        reason: reason))
                stage = option.target
                t = t2
            }
            let closed = flow.rows[Int(stage)].closed
            if expected != missing && !closed { expected = Self.pushed(expected, before: nowSeconds, &rng, &changes, record: r) }

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

            // Changes of value and owner, made up backwards from the values drawn above, which stay the current ones.
            let end = closed ? t : nowSeconds
            if dealSince != missing && end > dealSince {
                Self.addPushes(&changes, record: r, dealSince: dealSince, firstDate: firstDate, end: end, &fieldRng)
                Self.valueChanges(row.value, from: dealSince, to: end, &fieldRng) { change(.value, at: $0, $1, $2) }
            }
            if end > created && fieldRng.below(100) < ownerChangePercent {
                let at = created + 1 + Int64(fieldRng.below(UInt64(end - created)))
                // Only owners already in the pool: a new name here would renumber the pool codes that follow.
                let k = fieldRng.below(owners.count)
                if k != o && ownerCodes[k] != 0 { change(.owner, at: at, Int64(ownerCodes[k]), Int64(ownerCodes[o])) }
            }
            Self.store(&changes, into: &store)
            events += 1 + moves.count
            number += 1
        }
        return (store, count, events)
    }

    /// A deal's first expected close: 14-56 days after the day it became one.
    private static func plan(from t: Int64, _ rng: inout Xoshiro256StarStar) -> Int64 {
        t - t % day + Int64(14 + rng.below(43)) * day
    }

    /// `expected` after its owner's pushes while the deal stays open until `end`.
    ///
    /// Each time the date has passed, it is noticed 1-10 days later, and
    /// pushed to 7-42 days after that three times in four (else left overdue).
    /// Each push is a field event at the moment it was noticed.
    private static func pushed(
        _ expected: Int64, before end: Int64, _ rng: inout Xoshiro256StarStar, _ changes: inout [FieldEvent], record r: Int32
    ) -> Int64 {
        var expected = expected
        while expected < end && rng.below(4) != 0 {
            let noticed = expected + Int64(1 + rng.below(10)) * day
            if noticed >= end { break }
            let old = expected
            expected = noticed + Int64(7 + rng.below(36)) * day
            changes.append(FieldEvent(record: r, field: .expectedClose, at: noticed, cause: .import, old: old, new: expected))
        }
        return expected
    }

    /// Adds the pushes an owner makes before a date has passed: a deal that slips is re-forecast.
    ///
    /// While the expected close holds one date `d` (from
    /// the change that set it, or the moment the record became a deal, to the
    /// next change or the end), one push 22 times in 100 and two 10 times, each by
    /// 1-8 weeks (as many as fit), at uniform moments inside that spell, ending at `d`. The
    /// change that set `d` sets the earliest of them instead, never a day
    /// before the spell starts; so the date after each spell, and the current
    /// one, stay the walk's.
    private static func addPushes(
        _ changes: inout [FieldEvent], record r: Int32, dealSince: Int64, firstDate: Int64, end: Int64,
        _ rng: inout Xoshiro256StarStar
    ) {
        // The walk's changes, all of the expected close, in time order; the spells are read before any is added.
        let walked = changes.count
        let createdAsDeal = firstDate != missing
        guard walked > 0 || createdAsDeal else { return }
        // Spell k holds the date set by change k - 1 (spell 0: a deal's first date, set at creation with no event).
        for k in (createdAsDeal ? 0 : 1)...walked {
            let start = k == 0 ? dealSince : changes[k - 1].at
            let stop = k < walked ? changes[k].at : end
            let x = rng.below(100)
            let wanted = x < 22 ? 1 : x < 32 ? 2 : 0
            // Spell 0's date, the walk's first, is no event: its pushes end at it, and the first made up is no event either.
            let last = k == 0 ? firstDate : changes[k - 1].new
            guard wanted > 0, stop - start > 2, last != missing else { continue }
            // Whole weeks between the day after the spell starts and the date.
            let room = (last - (start - start % day + day)) / (7 * day)
            let n = min(wanted, Int(room))
            guard n > 0 else { continue }
            var t1 = start + 1 + Int64(rng.below(UInt64(stop - start - 1)))
            var t2 = start + 1 + Int64(rng.below(UInt64(stop - start - 1)))
            if t1 > t2 { swap(&t1, &t2) }
            let w1 = 1 + Int64(rng.below(UInt64(min(8, room - Int64(n - 1)))))
            if n == 2 && t1 < t2 {
                let w2 = 1 + Int64(rng.below(UInt64(min(8, room - w1))))
                let first = last - (w1 + w2) * 7 * day, middle = last - w2 * 7 * day
                if k > 0 { changes[k - 1].new = first }
                changes.append(FieldEvent(record: r, field: .expectedClose, at: t1, cause: .import, old: first, new: middle))
                changes.append(FieldEvent(record: r, field: .expectedClose, at: t2, cause: .import, old: middle, new: last))
            } else {
                let first = last - w1 * 7 * day
                if k > 0 { changes[k - 1].new = first }
                changes.append(FieldEvent(record: r, field: .expectedClose, at: t2, cause: .import, old: first, new: last))
            }
        }
    }

    /// The key the field stream's seed is the record stream's seed XOR-ed with.
    static let fieldStreamKey: UInt64 = 0x6669_656C_6473_2121
    /// Records whose owner changed once, in percent.
    static let ownerChangePercent = 3
    /// Field events per record on average, for sizing (about 1 with the default pipeline).
    static let fieldEventsPerRecord = 1.05

    /// The changes of a deal's value while it was open, from `start` to `end`, made
    /// up backwards from `current` (which the last change leaves): none 70 times in
    /// 100, one 24, two 5, three 1; each changes the amount by 5-40% up (four times
    /// in ten) or down, in whole thousands, at a uniform moment, the moments apart.
    private static func valueChanges(
        _ current: Int64, from start: Int64, to end: Int64, _ rng: inout Xoshiro256StarStar,
        _ add: (_ at: Int64, _ old: Int64, _ new: Int64) -> Void
    ) {
        let x = rng.below(100)
        let n = min(x < 70 ? 0 : x < 94 ? 1 : x < 99 ? 2 : 3, Int(end - start))
        guard n > 0 else { return }
        let span = UInt64(end - start)
        // Three moments at most, sorted, and apart so that the chain of changes has one order.
        var t0 = start + 1 + Int64(rng.below(span)), t1 = end, t2 = end
        if n > 1 { t1 = start + 1 + Int64(rng.below(span)) }
        if n > 2 { t2 = start + 1 + Int64(rng.below(span)) }
        if t0 > t1 { swap(&t0, &t1) }
        if t1 > t2 { swap(&t1, &t2) }
        if t0 > t1 { swap(&t0, &t1) }
        if n > 1 && t1 <= t0 || n > 2 && t2 <= t1 { return }
        // Backwards from the current amount: each change's old amount is the one before it.
        var v = (current / unitCents, Int64(0), Int64(0), Int64(0))
        func before(_ new: Int64, _ rng: inout Xoshiro256StarStar) -> Int64 {
            let percent = Int64(5 + rng.below(36))
            let old = rng.below(10) < 4 ? new * 100 / (100 + percent) : new * 100 / (100 - percent)
            let kept = max(old, 1)
            return kept == new ? new + 1 : kept
        }
        // v.k: the amount after the last k changes are undone.
        v.1 = before(v.0, &rng)
        if n > 1 { v.2 = before(v.1, &rng) }
        if n > 2 { v.3 = before(v.2, &rng) }
        switch n {
        case 1:
            add(t0, v.1 * unitCents, v.0 * unitCents)
        case 2:
            add(t0, v.2 * unitCents, v.1 * unitCents)
            add(t1, v.1 * unitCents, v.0 * unitCents)
        default:
            add(t0, v.3 * unitCents, v.2 * unitCents)
            add(t1, v.2 * unitCents, v.1 * unitCents)
            add(t2, v.1 * unitCents, v.0 * unitCents)
        }
    }

    /// A generated value's unit: a thousand, in cents.
    static let unitCents: Int64 = 1_000 * 100

    /// Stores one record's field changes in time order (a stable sort of a few), but those that change nothing (a
    /// date moved back by the pushes made up after it to where it was).
    private static func store(_ changes: inout [FieldEvent], into store: inout RecordStore) {
        guard !changes.isEmpty else { return }
        for i in 1..<changes.count {
            let e = changes[i]
            var j = i
            while j > 0 && changes[j - 1].at > e.at {
                changes[j] = changes[j - 1]
                j -= 1
            }
            changes[j] = e
        }
        for e in changes where e.old != e.new { store.fieldEvents.append(e) }
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
