/// Command lines drawn from a stream of bytes, for the session fuzzer
/// (Fuzz/Sources/FuzzSession) and the snapshot round-trip property test.
///
/// Each line is chosen for the session it will run in: it names the stages,
/// records and rules that session has (spelled in another case or in
/// decomposed form now and then), so most lines are commands the session
/// accepts, and the rest are near misses it must refuse cleanly. The mix
/// leans towards what changes the pipeline (stages added, removed, renamed,
/// replaced; policies; rules), as those are the states least covered by
/// hand-written tests. The same bytes and the same session give the same
/// line, so a seed replays a whole sequence.
///
/// Compiled into StageCore, internal, so that the fuzz package (which
/// imports StageCore `@testable`) and the tests share one copy.
struct CommandSequenceGenerator {
    private let bytes: [UInt8]
    private var position = 0

    /// A generator reading `bytes`; once they run out it reads zeros, and `isExhausted` tells.
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A generator reading `count` bytes drawn from `seed`.
    init(seed: UInt64, count: Int = 4_096) {
        var random = Xoshiro256StarStar(seed: seed)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            var word = random.next()
            for _ in 0..<8 where bytes.count < count {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        self.bytes = bytes
    }

    var isExhausted: Bool { position >= bytes.count }

    /// What the session fuzzer's every input starts from: leads and
    /// opportunities in every stage, with histories and generated records.
    static let seedLines = [
        "add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web",
        "add lead \"Bình Minh\" owner=\"Trần Minh\" value=8k source=referral",
        "add opportunity \"Đông Á renewal\" owner=\"Trần Minh\" value=120k",
        "add opp Delta value=30k owner=Mai",
        "move 1 to Contacted", "move 1 to Qualified", "convert 1", "log quote 1 note \"v1\"",
        "won 4", "lost 3 because \"price\"",
        "generate 20 seed 3",
    ]

    /// Files the `import` lines read, which whoever runs the lines writes to
    /// the session's directory first: what a CRM export may hold that typed
    /// commands cannot make (a record without a name, stages to create, a
    /// history that moves an opportunity back to a lead stage, ties in time,
    /// field events of every tracked field).
    static let importFiles: [(name: String, text: String)] = [
        (
            "gen-records.csv",
            #"""
            id,kind,name,account,owner,source,value,currency,stage,created_at,updated_at,Region
            C1,lead,,Acme,Lan,web,,,New,2026-01-01,,north
            C2,opportunity," ",,Minh,,1200.50,USD,Negotiation,2026-01-02T09:00:00Z,2026-02-01,
            C3,opportunity,"Công ty ""Q""",,,,99,VND,Won,2026-01-03T10:00:00Z,,"Hà Nội"
            C4,lead,Tab,,,,,,Qualified,,,
            C5,opportunity,Late,,,,5,,Negotiation,2026-01-05,,

            """#
        ),
        (
            "gen-new-stages.csv",
            #"""
            id,kind,name,stage,created_at
            N1,opportunity,Alpha,Chờ ký,2026-02-01
            N2,opportunity,Beta,Demo Day,2026-02-02
            N3,lead,Gamma,Đang tìm hiểu,2026-02-03
            N4,opportunity,Delta,won,2026-02-04

            """#
        ),
        (
            "gen-events.csv",
            #"""
            record_id,from_stage,to_stage,changed_at
            C1,,New,2026-01-01
            C2,,Negotiation,2026-01-02T09:00:00Z
            C2,Negotiation,Won,2026-01-10
            C2,Won,Negotiation,2026-01-20
            C2,Negotiation,New,2026-01-25
            C2,New,Negotiation,2026-02-01
            C3,,Negotiation,2026-01-03T10:00:00Z
            C3,Negotiation,Won,2026-01-03T10:00:00Z
            C5,,Qualified,2026-01-05
            C5,Qualified,Negotiation,2026-01-06

            """#
        ),
        (
            "gen-history.csv",
            #"""
            record_id,to_stage,changed_at,value,probability,owner,expected_close
            C2,Negotiation,2026-01-02T09:00:00Z,1000,10,Minh,2026-03-01
            C2,Negotiation,2026-01-05,1100,20,Lan,2026-03-15
            C2,Won,2026-01-09,1200.50,100,Lan,
            C2,Negotiation,2026-01-20,1200.50,40,"Nguyễn Lan",2026-04-01
            C5,Qualified,2026-01-05,,,,
            C5,Negotiation,2026-01-06,5,50,Mai,

            """#
        ),
        (
            "gen-field-history.csv",
            #"""
            record_id,changed_at,field,old,new
            C2,2026-01-03,Amount,1000,1050
            C3,2026-01-03T10:00:00Z,Owner,,Mai
            C3,2026-01-04,CurrencyIsoCode,USD,EUR
            C5,2026-01-06,CloseDate,,2026-02-01

            """#
        ),
    ]

    /// Whether a command stays inside the session's own directories, on a
    /// frozen clock, and small: what a generated or fuzzed line may run.
    static func allowed(_ command: any Command) -> Bool {
        if let generate = command as? GenerateCommand { return generate.count.value <= 200 }
        if let now = command as? NowCommand, case .clear = now.setting { return false }
        return command.files.allSatisfy { !$0.value.contains("/") && !$0.value.hasPrefix("~") }
    }

    // MARK: Drawing from the bytes

    private mutating func byte() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }

    /// A whole number in 0..<n.
    private mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        if n <= 256 { return Int(byte()) % n }
        return (Int(byte()) << 8 | Int(byte())) % n
    }

    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    private mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }

    // MARK: Lines

    /// The kinds of line, with their weights out of the sum.
    private enum Kind: CaseIterable {
        case stageAdd, stageRemove, stageRename, stageSet, stagesSet, policy, ruleAdd, ruleRemove
        case add, move, convert, won, lost, delete, set, log, undo, redo, now, generate, importData, query

        var weight: Int {
            switch self {
            case .stageAdd: 10
            case .stageRemove: 10
            case .stageRename: 7
            case .stageSet: 5
            case .stagesSet: 4
            case .policy: 3
            case .ruleAdd: 6
            case .ruleRemove: 3
            case .add: 12
            case .move: 8
            case .convert: 3
            case .won, .lost: 3
            case .delete: 4
            case .set: 6
            case .log: 6
            case .undo: 5
            case .redo: 3
            case .now: 3
            case .generate: 1
            case .importData: 3
            case .query: 1
            }
        }

        static let total = allCases.reduce(0) { $0 + $1.weight }
    }

    /// The next line to run in `session`.
    mutating func next(for session: Session) -> String {
        var n = below(Kind.total)
        let kind = Kind.allCases.first { k in
            if n < k.weight { return true }
            n -= k.weight
            return false
        }!
        let p = session.pipeline
        switch kind {
        case .stageAdd:
            var line = "stage add \(pick(["lead", "opportunity", "opp"])) \(newStageName(p))"
            if !p.liveStages.isEmpty && chance(40) { line += " \(pick(["before", "after"])) \(stageName(p))" }
            if chance(40) { line += " probability \(pick(["0", "15", "50", "35.5", "100", "5", "150"]))" }
            if chance(25) { line += " \(pick(["won", "lost"]))" }
            return line
        case .stageRemove:
            return "stage remove \(chance(70) ? emptyStageName(session) : stageName(p))"
        case .stageRename:
            guard !p.liveStages.isEmpty else { return "stage rename \(stageName(p)) to \(newStageName(p))" }
            let id = pick(p.liveStages)
            // A change of case alone takes another road through `stage rename`.
            let to = chance(20) ? quoted(p[id].name.uppercased()) : newStageName(p)
            return "stage rename \(spelled(p[id].name)) to \(to)"
        case .stageSet:
            let setting = pick([
                "probability=\(pick(["0", "20", "55.5", "100", "10", "101"]))", "stale=\(pick(["14d", "2w", "36h", "\"\""]))",
                "probability=10 stale=3d",
            ])
            return "stage set \(stageName(p)) \(setting)"
        case .stagesSet:
            return stagesSet(session)
        case .policy:
            return "policy \(pick(["free", "forward", "strict"]))"
        case .ruleAdd:
            var line = "rule add on \(activity())"
            if chance(50) { line += " when \(condition(session))" }
            return line + " move to \(stageName(p))"
        case .ruleRemove:
            return "rule remove \(chance(80) && !p.rules.isEmpty ? 1 + below(p.rules.count) : below(p.rules.count + 2))"
        case .add:
            let kind = pick(["lead", "opp", "opportunity"])
            var line = "add \(kind) \(chance(90) ? pick(recordNames) : pick(blankNames))"
            for _ in 0..<below(4) { line += " " + assignment(session, adding: true) }
            return line
        case .move:
            let (id, kind) = record(session)
            var line = "move \(id) to \(chance(80) ? stageName(p, of: kind) : stageName(p))"
            if chance(30) { line += " on \(date(session))" }
            if chance(20) { line += " because \(pick(reasons))" }
            return line
        case .convert:
            return "convert \(record(session, preferring: .lead).id)" + (chance(20) ? " on \(date(session))" : "")
        case .won:
            return "won \(record(session, preferring: .opportunity).id)" + (chance(20) ? " on \(date(session))" : "")
        case .lost:
            var line = "lost \(record(session, preferring: .opportunity).id)"
            if chance(20) { line += " on \(date(session))" }
            if chance(60) { line += " because \(pick(reasons))" }
            return line
        case .delete:
            return "delete \(record(session).id)"
        case .set:
            var line = "set \(record(session).id)"
            for _ in 0...below(2) { line += " " + assignment(session, adding: false) }
            return line
        case .log:
            var line = "log \(activity()) \(record(session).id)"
            if chance(25) { line += " on \(date(session))" }
            if chance(40) { line += " note \(pick(reasons))" }
            return line
        case .undo:
            return "undo"
        case .redo:
            // Mostly where there is something to redo, so that it runs.
            return session.redoStack.isEmpty && chance(80) ? "undo" : "redo"
        case .now:
            // Mostly forward, a few hours to days; now and then back in time.
            let base = session.frozenClock ?? Timestamp(year: 2026, month: 11, day: 29)!
            let step = chance(85) ? Int64(1 + below(96)) * 3_600 : -Int64(1 + below(60)) * 86_400
            return "now \(clockText(Timestamp(seconds: base.seconds + step)))"
        case .generate:
            return "generate \(1 + below(8)) seed \(below(100))"
        case .importData:
            // The events once their records are in, mostly: before, they are refused.
            if session.store.slot(of: "C2") != nil && chance(60) {
                return "import events \(pick(["gen-events.csv", "gen-history.csv", "gen-field-history.csv"]))"
            }
            return pick([
                "import records gen-records.csv", "import records gen-new-stages.csv create stages",
                "import records gen-records.csv; import events gen-events.csv",
                "import records gen-records.csv; import events gen-history.csv",
                "import records gen-new-stages.csv", "import events gen-events.csv",
            ])
        case .query:
            return pick(["stages", "rules", "count by stage", "funnel", "check"])
        }
    }

    /// `stages set`: the kind's stages kept, dropped, reordered or joined by new ones.
    private mutating func stagesSet(_ session: Session) -> String {
        let p = session.pipeline
        let kind: RecordKind = chance(50) ? .lead : .opportunity
        var open = p.order(kind).filter { !p[$0].isClosed }.map { p[$0].name }
        let closed = p.order(kind).filter { p[$0].isClosed }.map { p[$0].name }
        if !open.isEmpty && chance(40) { open.remove(at: below(open.count)) }
        if chance(40) { open.insert(newStageName(p, quoting: false), at: below(open.count + 1)) }
        if open.count > 1 && chance(30) { open.swapAt(0, below(open.count)) }
        if open.isEmpty { open = [newStageName(p, quoting: false)] }
        var line = "stages set \(kind == .lead ? pick(["leads", "lead"]) : pick(["opportunities", "opps"])) "
        line += open.map(quoted).joined(separator: ", ")
        if chance(60) { line += " won \(quoted(closed.first ?? pick(["Won", "Thắng"])))" }
        if chance(60) { line += " lost \(quoted(closed.last ?? pick(["Lost", "Thua"])))" }
        return line
    }

    // MARK: Words

    private static let newStageNames = [
        "Nurture", "Demo", "Demo booked", "Đã liên hệ", "Chờ duyệt", "On Hold", "Disqualified", "Proposal Sent",
        "Won", "Lost", "New", "Closed Won", "Khách \"VIP\"", "a", "Tab\there", "back\\slash", "lead", "to", "x;y",
        "#hash", "Giai đoạn 1", "Đàm phán".decomposedStringWithCanonicalMapping, "Qualified", "Negotiation",
    ]
    private let blankNames = ["\"\"", "\" \"", "\"\u{3000}\""]
    private let recordNames = [
        "A", "\"Công ty An Phát\"", "\"Acme, Inc\"", "\"Quote \\\"this\\\"\"",
        "\"Line\\nbreak\"", "Zeta", "Bình", "\"Hòa\"".decomposedStringWithCanonicalMapping,
    ]
    private let reasons = ["price", "\"too expensive\"", "\"\"", "\" \"", "\"giá cao\"", "\"a \\\"b\\\"\"", "\"tab\\there\""]
    private let customFields = ["region", "Region", "priority", "Khu_vực", "Khu_vực".decomposedStringWithCanonicalMapping, "x1"]

    private func quoted(_ name: String) -> String { Quoting.quoteIfNeeded(name) }

    /// A name no live stage has yet (mostly), quoted as the language needs.
    private mutating func newStageName(_ p: Pipeline, quoting: Bool = true) -> String {
        var name = pick(Self.newStageNames)
        if chance(60) && p.stage(named: name) != nil { name += " \(below(20))" }
        return quoting ? quoted(name) : name
    }

    /// A live stage's name (of `kind`, if it has any) as a user might type
    /// it; now and then a stage the pipeline does not have.
    private mutating func stageName(_ p: Pipeline, of kind: RecordKind? = nil) -> String {
        let live = kind.map { p.order($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? p.liveStages
        guard !live.isEmpty, chance(92) else { return quoted(pick(Self.newStageNames)) }
        return spelled(p[pick(live)].name)
    }

    /// A live stage no live record is in, when there is one: what `stage remove` can take.
    private mutating func emptyStageName(_ s: Session) -> String {
        let p = s.pipeline, st = s.store
        var used = Set<StageID>()
        for r in 0..<st.slotCount where st.alive[r] { used.insert(st.stages[r]) }
        let empty = p.liveStages.filter { !used.contains($0) }
        guard !empty.isEmpty else { return stageName(p) }
        return spelled(p[pick(empty)].name)
    }

    /// A name as typed: as it is, in lower case, or decomposed.
    private mutating func spelled(_ name: String) -> String {
        switch below(10) {
        case 0: quoted(name.lowercased())
        case 1: quoted(name.decomposedStringWithCanonicalMapping)
        case 2: Quoting.quoted(name)  // even where a bare word would do
        default: quoted(name)
        }
    }

    /// A live record's id and kind, mostly one of `kind` when given; else a
    /// deleted record's id, or one that never was.
    private mutating func record(_ s: Session, preferring kind: RecordKind? = nil) -> (id: String, kind: RecordKind?) {
        let st = s.store, p = s.pipeline
        guard st.slotCount > 0, chance(97) else { return (pick(["1", "x", "99"]), nil) }
        var live = (0..<st.slotCount).filter { st.alive[$0] }
        if let kind, chance(85) {
            let ofKind = live.filter { p[st.stages[$0]].kind == kind }
            if !ofKind.isEmpty { live = ofKind }
        }
        let r = live.isEmpty || chance(5) ? below(st.slotCount) : pick(live)
        return (quoted(st.ids[r]), p[st.stages[r]].kind)
    }

    private mutating func activity() -> String {
        pick(["call", "email", "meeting", "quote", "demo", "Call", "\"gọi điện\"", "\" \"", "\"\"", "QUOTE"])
    }

    /// A `when` condition, often naming a live stage (which a later rename or removal may leave behind) or a custom field.
    private mutating func condition(_ s: Session) -> String {
        let p = s.pipeline
        switch below(9) {
        case 0: return "value >= \(pick(["10k", "0", "1.5k"]))"
        case 1: return "kind = \(pick(["lead", "opportunity"]))"
        case 2: return "owner ~ \(pick(["lan", "\"Trần\""]))"
        case 3: return "stage = \(stageName(p))"
        case 4: return "stage in (\(stageName(p)), \(stageName(p)))"
        case 5: return "not (stage <= \(stageName(p))) and value > 5k"
        case 6: return "\(pick(customFields)) = \(pick(["north", "\"Hà Nội\""]))"
        case 7: return "expected_close < 2027-01-01 or source = web"
        default: return "(value < 1k or owner = Mai) and stage != \(stageName(p))"
        }
    }

    private mutating func date(_ s: Session) -> String {
        let base = s.frozenClock ?? Timestamp(year: 2026, month: 11, day: 29)!
        switch below(6) {
        case 0: return pick(["today", "yesterday", "-3d", "-30d"])
        case 1: return pick(["2026-01-01", "2027-01-01", "2025-06-15"])
        default: return clockText(Timestamp(seconds: base.seconds - Int64(below(72)) * 3_600))
        }
    }

    private func clockText(_ t: Timestamp) -> String {
        let c = t.civil
        return "\(t.dateText)T\(pad(c.hour)):\(pad(c.minute))"
    }

    /// `FIELD=VALUE` for `add` or `set`.
    private mutating func assignment(_ s: Session, adding: Bool) -> String {
        let fields =
            adding
            ? ["owner", "value", "source", "account", "expected_close", "created", "stage", "custom", "id", "custom", "currency"]
            : ["owner", "value", "source", "account", "expected_close", "created", "name", "custom", "custom", "probability", "kind", "currency"]
        switch pick(fields) {
        case "owner": return "owner=" + pick(["Lan", "\"Nguyễn Lan\"", "Mai", "\"\"", "\"Trần Minh\"".decomposedStringWithCanonicalMapping])
        case "value": return "value=" + pick(["0", "45k", "1.5k", "12_000", "99.99", "\"\"", "-5", "2m"])
        case "source": return "source=" + pick(["web", "referral", "\"\"", "Web"])
        case "account": return "account=" + pick(["Acme", "\"Tập đoàn 7\"", "\"\""])
        case "expected_close": return "expected_close=" + pick(["2026-12-31", "-30d", "today", "\"\"", "2027-03-01T10:00"])
        case "created": return "created=" + pick(["2026-01-05", "-2d", "2027-06-01", "2026-11-29T10:15", "\"\""])
        case "stage": return "stage=" + stageName(s.pipeline)
        case "name": return "name=" + pick(recordNames)
        case "id": return "id=" + pick(["D0000001", "42", "2147483646", "99999999999", "x-1", "\"a b\"", "7"])
        case "probability": return "probability=" + pick(["50", "\"\""])
        case "kind": return "kind=lead"
        case "currency": return "currency=" + pick(["USD", "eur", "€", "\"\"", "VND", "dollars"])
        default: return "\(pick(customFields))=\(pick(["north", "\"Hà Nội\"", "\"\"", "\"multi\\nline\"", "42"]))"
        }
    }
}
