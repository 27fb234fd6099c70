import StageTestSupport
import Testing

@testable import StageCore

@Suite struct ParserTests {
    static func command(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> any Command {
        try parse(line, sourceLocation: sourceLocation).1
    }

    static func ts(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0) -> Timestamp {
        Timestamp(year: y, month: m, day: d, hour: h, minute: min)!
    }

    /// An expression written back with full parentheses, to check its shape.
    static func render(_ e: Expression) -> String {
        switch e {
        case .comparison(let field, let op, let value): return "\(field.value)\(op.value.rawValue)\(value.text)"
        case .membership(let field, let values, let negated):
            return "\(field.value) \(negated ? "not in" : "in") [\(values.map(\.text).joined(separator: ","))]"
        case .period(let field, let period, let negated):
            return "\(field.value) \(negated ? "not in" : "in") \(period.value)"
        case .bound(let field, let moment, let since):
            return "\(field.value) \(since ? "since" : "until") \(moment.value)"
        case .and(let a, let b): return "(\(render(a)) and \(render(b)))"
        case .or(let a, let b): return "(\(render(a)) or \(render(b)))"
        case .not(let a): return "not \(render(a))"
        }
    }

    static func assignments(_ fields: [Assignment]) -> [String] { fields.map { "\($0.field.value)=\($0.value.text)" } }

    // MARK: routing: each line to its command

    @Test(
        arguments: [
            ("add lead Acme", "add lead"),
            ("add opportunity Acme", "add opportunity"),
            ("add opp Acme", "add opportunity"),
            ("set 1 owner=Lan", "set"),
            ("delete 1", "delete"),
            ("move 1 to Won", "move"),
            ("convert 1", "convert"),
            ("won 1", "won"),
            ("lost 1", "lost"),
            ("log call 1", "log"),
            ("show 1", "show"),
            ("history 1", "history"),
            ("list", "list"),
            ("count", "count"),
            ("stages", "stages"),
            ("stage add lead Cold", "stage add"),
            ("stage rename Won to Closed", "stage rename"),
            ("stage set Won probability=100", "stage set"),
            ("stage remove Won", "stage remove"),
            ("policy", "policy"),
            ("rules", "rules"),
            ("rule add on call move to Won", "rule add"),
            ("rule remove 1", "rule remove"),
            ("undo", "undo"),
            ("redo", "redo"),
            ("now", "now"),
            ("import records r.csv", "import"),
            ("export events e.csv", "export"),
            ("format", "format"),
            ("echo", "echo"),
            ("timer", "timer"),
            ("run script.stg", "run"),
            ("help", "help"),
            ("quit", "quit"),
            ("exit", "quit"),
            ("MOVE 1 TO won", "move"),
            ("Add Opp x", "add opportunity"),
            ("STAGE ADD LEAD Cold", "stage add"),
            ("Quit", "quit"),
        ] as [(String, String)])
    func routes(_ line: String, _ name: String) throws {
        #expect(try parse(line).0.name == name)
    }

    // MARK: records

    @Test func addLead() throws {
        let cmd = try Self.command("add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web")
        guard let add = cmd as? AddLeadCommand else { Issue.record("\(cmd)"); return }
        let (name, fields) = (add.name, add.fields)
        #expect(name.value == "Công ty An Phát")
        #expect(name.range == SourceRange(9, 28))
        #expect(Self.assignments(fields) == ["owner=Nguyễn Lan", "value=45k", "source=web"])
        #expect(fields[0].field.range == SourceRange(29, 34))
    }

    @Test(arguments: [
        "add opp \"CRM rollout\" account=Acme value=1.2m", "add opportunity \"CRM rollout\" account=Acme value=1.2m",
        "ADD OPP \"CRM rollout\" account=Acme value=1.2m",
    ])
    func addOpportunity(_ line: String) throws {
        let cmd = try Self.command(line)
        guard let add = cmd as? AddOpportunityCommand else { Issue.record("\(cmd)"); return }
        let (name, fields) = (add.name, add.fields)
        #expect(name.value == "CRM rollout")
        #expect(Self.assignments(fields) == ["account=Acme", "value=1.2m"])
    }

    @Test func addWithoutFields() throws {
        guard let add = try Self.command("add lead Acme") as? AddLeadCommand else { Issue.record("not add lead"); return }
        let (name, fields) = (add.name, add.fields)
        #expect(name.value == "Acme")
        #expect(fields.isEmpty)
    }

    @Test func set() throws {
        let cmd = try Self.command("set 12 owner=\"Trần Minh\" value=60000 region=\"\"")
        guard let set = cmd as? SetCommand else { Issue.record("\(cmd)"); return }
        let (id, fields) = (set.id, set.fields)
        #expect(id.value == "12")
        #expect(Self.assignments(fields) == ["owner=Trần Minh", "value=60000", "region="])
    }

    @Test func delete() throws {
        guard let id = (try Self.command("delete D0000001") as? DeleteCommand)?.id else { Issue.record("not delete"); return }
        #expect(id.value == "D0000001")
        #expect(id.range == SourceRange(7, 15))
    }

    @Test func move() throws {
        let cmd = try Self.command("move 12 to \"Proposal Sent\"")
        guard let move = cmd as? MoveCommand else { Issue.record("\(cmd)"); return }
        let (id, stage, on, because) = (move.id, move.stage, move.on, move.because)
        #expect(id.value == "12")
        #expect(stage.value == "Proposal Sent")
        #expect(stage.range == SourceRange(11, 26))
        #expect(on == nil)
        #expect(because == nil)
    }

    @Test func moveOnBecause() throws {
        let cmd = try Self.command("move 12 to Negotiation on 2026-03-02 because \"new budget\"")
        guard let move = cmd as? MoveCommand else { Issue.record("\(cmd)"); return }
        let (id, stage, on, because) = (move.id, move.stage, move.on, move.because)
        #expect(id.value == "12")
        #expect(stage.value == "Negotiation")
        #expect(on?.value == .absolute(Self.ts(2026, 3, 2)))
        #expect(on?.range == SourceRange(26, 36))
        #expect(because == "new budget")
    }

    @Test(
        arguments: [
            ("move 1 to Won on yesterday", DateSpec.startOfToday(offsetDays: -1)),
            ("move 1 to Won on -2d", .now(offsetSeconds: -2 * 86_400)),
            ("move 1 to Won on 2026-03-02T10:15", .absolute(ts(2026, 3, 2, 10, 15))),
        ] as [(String, DateSpec)])
    func moveDates(_ line: String, _ date: DateSpec) throws {
        guard let move = try Self.command(line) as? MoveCommand else { Issue.record("not move"); return }
        let on = move.on
        #expect(on?.value == date)
    }

    @Test func convert() throws {
        guard let converted = try Self.command("convert 7") as? ConvertCommand else { Issue.record("not convert"); return }
        let (id, on) = (converted.id, converted.on)
        #expect(id.value == "7")
        #expect(on == nil)
        guard let converted2 = try Self.command("convert 7 on 2026-03-01") as? ConvertCommand else { Issue.record("not convert"); return }
        let on2 = converted2.on
        #expect(on2?.value == .absolute(Self.ts(2026, 3, 1)))
    }

    @Test func won() throws {
        guard let won = try Self.command("won 12 on today") as? WonCommand else { Issue.record("not won"); return }
        let (id, on) = (won.id, won.on)
        #expect(id.value == "12")
        #expect(on?.value == .startOfToday(offsetDays: 0))
    }

    @Test func lost() throws {
        guard let lost = try Self.command("lost 12 because \"price too high\"") as? LostCommand else {
            Issue.record("not lost"); return
        }
        let (id, on, because) = (lost.id, lost.on, lost.because)
        #expect(id.value == "12")
        #expect(on == nil)
        #expect(because == "price too high")
        guard let lost2 = try Self.command("lost 12 on 2026-03-02T10:15 because price") as? LostCommand else {
            Issue.record("not lost"); return
        }
        let (on2, because2) = (lost2.on, lost2.because)
        #expect(on2?.value == .absolute(Self.ts(2026, 3, 2, 10, 15)))
        #expect(because2 == "price")
    }

    @Test func log() throws {
        let cmd = try Self.command("log call 12 note \"asked for a demo\"")
        guard let logged = cmd as? LogCommand else { Issue.record("\(cmd)"); return }
        let (activity, id, on, note) = (logged.activity, logged.id, logged.on, logged.note)
        #expect(activity.value == "call")
        #expect(id.value == "12")
        #expect(on == nil)
        #expect(note == "asked for a demo")
        guard let logged2 = try Self.command("log quote 12 on 2026-03-02") as? LogCommand else { Issue.record("not log"); return }
        let (a2, on2, note2) = (logged2.activity, logged2.on, logged2.note)
        #expect(a2.value == "quote")
        #expect(on2?.value == .absolute(Self.ts(2026, 3, 2)))
        #expect(note2 == nil)
    }

    @Test func showAndHistory() throws {
        guard let id = (try Self.command("show 12") as? ShowCommand)?.id else { Issue.record("not show"); return }
        #expect(id.value == "12")
        guard let id2 = (try Self.command("history D7") as? HistoryCommand)?.id else { Issue.record("not history"); return }
        #expect(id2.value == "D7")
    }

    // MARK: queries

    @Test(
        arguments: [
            ("list", KindFilter.all), ("list all", .all), ("list leads", .only(.lead)),
            ("list opportunities", .only(.opportunity)), ("list opps", .only(.opportunity)), ("LIST LEADS", .only(.lead)),
            ("count leads", .only(.lead)), ("count opportunities by stage", .only(.opportunity)),
        ] as [(String, KindFilter)])
    func kinds(_ line: String, _ kinds: KindFilter) throws {
        let command = try Self.command(line)
        guard let q = (command as? ListCommand)?.query ?? (command as? CountCommand)?.query else { Issue.record("not a query"); return }
        #expect(q.kinds == kinds)
    }

    @Test func listAllClauses() throws {
        let cmd = try Self.command("list opportunities where stage = Negotiation and value >= 100k order by value desc limit 10")
        guard let q = (cmd as? ListCommand)?.query else { Issue.record("\(cmd)"); return }
        #expect(q.kinds == .only(.opportunity))
        #expect(q.filter.map(Self.render) == "(stage=Negotiation and value>=100k)")
        #expect(q.order.map(\.field.value) == ["value"])
        #expect(q.order.map(\.descending) == [true])
        #expect(q.limit?.value == 10)
        #expect(q.groups.isEmpty)
    }

    @Test func orderByKeys() throws {
        guard let q = (try Self.command("list order by value desc, name") as? ListCommand)?.query else { Issue.record("not list"); return }
        #expect(q.order.map(\.field.value) == ["value", "name"])
        #expect(q.order.map(\.descending) == [true, false])
        guard let q2 = (try Self.command("list order by stage asc,created DESC limit 3") as? ListCommand)?.query else {
            Issue.record("not list"); return
        }
        #expect(q2.order.map(\.field.value) == ["stage", "created"])
        #expect(q2.order.map(\.descending) == [false, true])
        #expect(q2.limit?.value == 3)
    }

    @Test func countByPeriodAndField() throws {
        guard let q = (try Self.command("count by month(created), owner") as? CountCommand)?.query else { Issue.record("not count"); return }
        #expect(q.groups.map(\.field.value) == ["created", "owner"])
        #expect(q.groups.map(\.period) == [.month, nil])
        #expect(q.groups[0].range == SourceRange(9, 23))
        #expect(q.filter == nil)
    }

    @Test(arguments: Period.allCases)
    func countByEveryPeriod(_ period: Period) throws {
        guard let q = (try Self.command("count by \(period.rawValue)(closed)") as? CountCommand)?.query else { Issue.record("not count"); return }
        #expect(q.groups.map(\.field.value) == ["closed"])
        #expect(q.groups.map(\.period) == [period])
    }

    @Test func countWhereBy() throws {
        guard let q = (try Self.command("count opportunities where owner ~ lan by month(created)") as? CountCommand)?.query else {
            Issue.record("not count"); return
        }
        #expect(q.kinds == .only(.opportunity))
        #expect(q.filter.map(Self.render) == "owner~lan")
        #expect(q.groups.map(\.field.value) == ["created"])
        #expect(q.groups.map(\.period) == [.month])
    }

    // MARK: expressions

    @Test(
        arguments: [
            ("a = 1", "a=1"),
            ("a != 1", "a!=1"),
            ("a < 1", "a<1"),
            ("a <= 1", "a<=1"),
            ("a > 1", "a>1"),
            ("a >= 1", "a>=1"),
            ("owner ~ \"nguyen\"", "owner~nguyen"),
            ("value>=100k", "value>=100k"),
            ("a = 1 or b = 2 and c = 3", "(a=1 or (b=2 and c=3))"),
            ("a = 1 and b = 2 or c = 3", "((a=1 and b=2) or c=3)"),
            ("a = 1 or b = 2 or c = 3", "((a=1 or b=2) or c=3)"),
            ("a = 1 and b = 2 and c = 3", "((a=1 and b=2) and c=3)"),
            ("not a = 1 and b = 2", "(not a=1 and b=2)"),
            ("not a = 1 or b = 2", "(not a=1 or b=2)"),
            ("a = 1 or not b = 2 and c = 3", "(a=1 or (not b=2 and c=3))"),
            ("not not a = 1", "not not a=1"),
            ("not (a = 1 or b = 2)", "not (a=1 or b=2)"),
            ("(a = 1 or b = 2) and c = 3", "((a=1 or b=2) and c=3)"),
            ("a = 1 and (b = 2 or c = 3)", "(a=1 and (b=2 or c=3))"),
            ("((a = 1))", "a=1"),
            ("stage in (New, \"Proposal Sent\")", "stage in [New,Proposal Sent]"),
            ("stage in (Won)", "stage in [Won]"),
            ("stage not in (Won, Lost)", "stage not in [Won,Lost]"),
            ("stage not in (Won, Lost) and value > 10k", "(stage not in [Won,Lost] and value>10k)"),
            ("not stage in (Won)", "not stage in [Won]"),
            ("a = 1 or stage in (New,Won) and b = 2", "(a=1 or (stage in [New,Won] and b=2))"),
            ("NOT a = 1 AND b = 2 OR c = 3", "((not a=1 and b=2) or c=3)"),
            ("stage NOT IN (Won)", "stage not in [Won]"),
            ("name = \"a and b\"", "name=a and b"),
        ] as [(String, String)])
    func expression(_ text: String, _ shape: String) throws {
        guard let q = (try Self.command("list where \(text)") as? ListCommand)?.query else { Issue.record("not list"); return }
        #expect(q.filter.map(Self.render) == shape)
    }

    @Test func comparisonKeepsRanges() throws {
        guard let q = (try Self.command("list where value >= 100k") as? ListCommand)?.query,
            case .comparison(let field, let op, let value)? = q.filter
        else { Issue.record("no comparison"); return }
        #expect(field.range == SourceRange(11, 16))
        #expect(op.value == .greaterOrEqual)
        #expect(op.range == SourceRange(17, 19))
        #expect(value.range == SourceRange(20, 24))
    }

    // MARK: pipeline

    @Test(
        arguments: [("stages", nil), ("stages leads", RecordKind.lead), ("stages opportunities", .opportunity), ("stages opps", .opportunity)]
            as [(String, RecordKind?)])
    func stages(_ line: String, _ kind: RecordKind?) throws {
        guard let stages = try Self.command(line) as? StagesCommand else { Issue.record("not stages"); return }
        let k = stages.kind
        #expect(k == kind)
    }

    @Test func stageAdd() throws {
        let cmd = try Self.command("stage add opportunity Demo after Negotiation probability 50")
        guard let add = cmd as? StageAddCommand else { Issue.record("\(cmd)"); return }
        let (kind, name, placement, probability, outcome) = (add.kind, add.name, add.placement, add.probability, add.outcome)
        #expect(kind == .opportunity)
        #expect(name.value == "Demo")
        guard case .after(let anchor) = placement else { Issue.record("placement \(placement)"); return }
        #expect(anchor.value == "Negotiation")
        #expect(probability?.value == 5_000)
        #expect(outcome == .open)
    }

    @Test func stageAddClosedAtEnd() throws {
        guard let add = try Self.command("stage add lead Disqualified lost") as? StageAddCommand else {
            Issue.record("not stage add"); return
        }
        let (kind, name, placement, probability, outcome) = (add.kind, add.name, add.placement, add.probability, add.outcome)
        #expect(kind == .lead)
        #expect(name.value == "Disqualified")
        guard case .end = placement else { Issue.record("placement \(placement)"); return }
        #expect(probability == nil)
        #expect(outcome == .lost)
    }

    @Test func stageAddBefore() throws {
        guard let add = try Self.command("stage add opp Pilot before \"Proposal Sent\" probability 12.5 won") as? StageAddCommand else {
            Issue.record("not stage add"); return
        }
        let (kind, placement, probability, outcome) = (add.kind, add.placement, add.probability, add.outcome)
        #expect(kind == .opportunity)
        guard case .before(let anchor) = placement else { Issue.record("placement \(placement)"); return }
        #expect(anchor.value == "Proposal Sent")
        #expect(probability?.value == 1_250)
        #expect(outcome == .won)
    }

    @Test func stageRename() throws {
        guard let rename = try Self.command("stage rename \"Proposal Sent\" to Quoted") as? StageRenameCommand else {
            Issue.record("not stage rename"); return
        }
        let (from, to) = (rename.from, rename.to)
        #expect(from.value == "Proposal Sent")
        #expect(to.value == "Quoted")
    }

    @Test func stageSet() throws {
        guard let stageSet = try Self.command("stage set Negotiation probability=35") as? StageSetCommand else {
            Issue.record("not stage set"); return
        }
        let (name, fields) = (stageSet.name, stageSet.fields)
        #expect(name.value == "Negotiation")
        #expect(Self.assignments(fields) == ["probability=35"])
    }

    @Test func stageRemove() throws {
        guard let name = (try Self.command("stage remove \"Đã liên hệ\"") as? StageRemoveCommand)?.name else {
            Issue.record("not stage remove"); return
        }
        #expect(name.value == "Đã liên hệ")
    }

    @Test(
        arguments: [
            ("policy", nil), ("policy free", Policy.free), ("policy forward", .forward), ("policy strict", .strict),
            ("POLICY STRICT", .strict),
        ] as [(String, Policy?)])
    func policy(_ line: String, _ policy: Policy?) throws {
        guard let p = try Self.command(line) as? PolicyCommand else { Issue.record("not policy"); return }
        #expect(p.policy == policy)
    }

    @Test func rules() throws {
        guard try Self.command("rules") is RulesCommand else { Issue.record("not rules"); return }
    }

    @Test func ruleAddWithCondition() throws {
        let cmd = try Self.command("rule add on meeting when stage = Qualified move to Negotiation")
        guard let rule = cmd as? RuleAddCommand else { Issue.record("\(cmd)"); return }
        let (activity, condition, text, stage) = (rule.activity, rule.condition, rule.conditionText, rule.stage)
        #expect(activity.value == "meeting")
        #expect(condition.map(Self.render) == "stage=Qualified")
        #expect(text == "stage = Qualified")
        #expect(stage.value == "Negotiation")
    }

    @Test func ruleAddConditionText() throws {
        guard
            let rule = try Self.command("rule add on call when (value>=100k or owner ~ 'Lan') and not stage in (Won,Lost) move to \"Proposal Sent\"")
                as? RuleAddCommand
        else {
            Issue.record("not rule add"); return
        }
        let (condition, text, stage) = (rule.condition, rule.conditionText, rule.stage)
        #expect(condition.map(Self.render) == "((value>=100k or owner~Lan) and not stage in [Won,Lost])")
        #expect(text == "(value >= 100k or owner ~ \"Lan\") and not stage in (Won, Lost)")
        #expect(stage.value == "Proposal Sent")
    }

    @Test func ruleAddWithoutCondition() throws {
        guard let rule = try Self.command("RULE ADD ON quote MOVE TO \"Proposal Sent\"") as? RuleAddCommand else {
            Issue.record("not rule add"); return
        }
        let (activity, condition, text, stage) = (rule.activity, rule.condition, rule.conditionText, rule.stage)
        #expect(activity.value == "quote")
        #expect(condition == nil)
        #expect(text == nil)
        #expect(stage.value == "Proposal Sent")
    }

    @Test func ruleRemove() throws {
        guard let n = (try Self.command("rule remove 2") as? RuleRemoveCommand)?.number else { Issue.record("not rule remove"); return }
        #expect(n.value == 2)
    }

    // MARK: session

    @Test func undoRedoQuit() throws {
        guard try Self.command("undo") is UndoCommand else { Issue.record("not undo"); return }
        guard try Self.command("REDO") is RedoCommand else { Issue.record("not redo"); return }
        guard try Self.command("quit") is QuitCommand else { Issue.record("not quit"); return }
        guard try Self.command("exit") is QuitCommand else { Issue.record("exit is not quit"); return }
    }

    @Test func now() throws {
        func setting(_ line: String) throws -> ClockSetting? { (try Self.command(line) as? NowCommand)?.setting }
        guard case .show? = try setting("now") else { Issue.record("now"); return }
        guard case .clear? = try setting("now clear") else { Issue.record("now clear"); return }
        guard case .clear? = try setting("now CLEAR") else { Issue.record("now CLEAR"); return }
        guard case .freeze(let d)? = try setting("now 2026-11-29") else { Issue.record("now DATE"); return }
        #expect(d.value == .absolute(Self.ts(2026, 11, 29)))
        guard case .freeze(let d2)? = try setting("now -1d") else { Issue.record("now -1d"); return }
        #expect(d2.value == .now(offsetSeconds: -86_400))
        guard case .freeze(let d3)? = try setting("now today") else { Issue.record("now today"); return }
        #expect(d3.value == .startOfToday(offsetDays: 0))
    }

    @Test func importData() throws {
        guard let imported = try Self.command("import records seeds/demo/records.csv") as? ImportCommand else {
            Issue.record("not import"); return
        }
        let (set, file, options) = (imported.dataSet, imported.file, imported.options)
        #expect(set == .records)
        #expect(file.value == "seeds/demo/records.csv")
        #expect(options.mapping.isEmpty && options.stageMap.isEmpty)
        #expect(options.dates == nil && !options.dryRun && !options.createStages)
        guard let imported2 = try Self.command("import events \"my events.csv\" map id=record_id changed=changed_at") as? ImportCommand else {
            Issue.record("not import"); return
        }
        let (set2, file2, options2) = (imported2.dataSet, imported2.file, imported2.options)
        #expect(set2 == .events)
        #expect(file2.value == "my events.csv")
        #expect(options2.mapping == ["id": "record_id", "changed": "changed_at"])
    }

    /// `import records|events FILE [map COLUMN=FIELD ...] [dates FORMAT]`, and the CRM clauses.
    @Test func importWithDatesFormat() throws {
        guard let imported = try Self.command("import records crm.csv map \"Deal Name\"=name dates DD/MM/YYYY") as? ImportCommand else {
            Issue.record("not import"); return
        }
        let (set, file, options) = (imported.dataSet, imported.file, imported.options)
        #expect(set == .records)
        #expect(file.value == "crm.csv")
        #expect(options.mapping == ["deal name": "name"])
        #expect(options.dates?.text == "DD/MM/YYYY")
        guard let imported2 = try Self.command("import records x.csv stages Won=Lost map a=name create stages dry-run") as? ImportCommand else {
            Issue.record("not import"); return
        }
        let crm = imported2.options
        #expect(crm.stageMap == ["won": "Lost"] && crm.mapping == ["a": "name"])
        #expect(crm.createStages && crm.dryRun)
    }

    @Test func export() throws {
        guard let exported = try Self.command("export records /tmp/records.csv") as? ExportCommand else { Issue.record("not export"); return }
        let (set, file) = (exported.dataSet, exported.file)
        #expect(set == .records)
        #expect(file.value == "/tmp/records.csv")
        guard let exported2 = try Self.command("export events e.csv") as? ExportCommand, case .events = exported2.dataSet else {
            Issue.record("not export events"); return
        }
        let file2 = exported2.file
        #expect(file2.value == "e.csv")
    }

    @Test(
        arguments: [
            ("format", nil), ("format json", OutputFormat.json), ("format TABLE", .table), ("format csv", .csv),
            ("format tsv", .tsv), ("format markdown", .markdown),
        ] as [(String, OutputFormat?)])
    func format(_ line: String, _ format: OutputFormat?) throws {
        guard let f = try Self.command(line) as? FormatCommand else { Issue.record("not format"); return }
        #expect(f.format == format)
    }

    @Test(arguments: [("echo", nil), ("echo on", true), ("echo off", false), ("echo ON", true)] as [(String, Bool?)])
    func echo(_ line: String, _ on: Bool?) throws {
        guard let echo = try Self.command(line) as? EchoCommand else { Issue.record("not echo"); return }
        let e = echo.on
        #expect(e == on)
        guard let timer = try Self.command(line.replacingOccurrences(of: "echo", with: "timer")) as? TimerCommand else {
            Issue.record("not timer"); return
        }
        let t = timer.on
        #expect(t == on)
    }

    @Test func run() throws {
        guard let file = (try Self.command("run Examples/01-first-steps.stg") as? RunCommand)?.file else { Issue.record("not run"); return }
        #expect(file.value == "Examples/01-first-steps.stg")
    }

    @Test(arguments: [("help", nil), ("help move", "move"), ("help stage add", "stage add"), ("help stage", "stage")] as [(String, String?)])
    func help(_ line: String, _ topic: String?) throws {
        guard let help = try Self.command(line) as? HelpCommand else { Issue.record("not help"); return }
        let t = help.topic
        #expect(t == topic)
    }

    @Test func severalCommandsOnALine() throws {
        let commands = try Parser.parseLine("add lead A; move 1 to Contacted ;list")
        #expect(commands.map(\.0.name) == ["add lead", "move", "list"])
    }

    // MARK: refusals

    @Test(
        arguments: [
            ("mvoe 1 to Won", Message.unknownCommand("mvoe"), [Message.hintDidYouMean("move")]),
            ("stage frob X", Message.unknownSubcommand("stage", "frob"), nil),
            ("move 1 Won", Message.expected(.verbatim("\"to\""), found: "Won"), nil),
            ("list where value >", Message.expectedAtEnd(Message.aValue), nil),
            ("policy lenient", Message.expectedOneOf(["free", "forward", "strict"], found: "lenient"), nil),
            ("move 1 to Proposal Sent", Message.unexpected("Sent"), nil),
            ("list where (a = 1", Message.unclosedParen, nil),
            ("count by fortnight(created)", Message.unknownPeriod("fortnight"), nil),
            ("list limit ten", Message.notAWholeNumber("ten"), nil),
            ("set 1", Message.expectedAtEnd(.verbatim("FIELD=VALUE")), nil),
            ("set 1 owner Lan", Message.expectedAssignment(found: "owner"), nil),
            ("add lead", Message.expectedAtEnd(.verbatim("NAME")), nil),
            ("list where stage in Won", Message.expected(Message.aListOrPeriod, found: "Won"), nil),
            ("= 1", Message.expectedCommand(found: "="), nil),
        ] as [(String, Message, [Message]?)])
    func refused(_ line: String, _ message: Message, _ hints: [Message]?) {
        guard let d = parseFailure(line) else { return }
        #expect(d.message == message)
        if let hints { #expect(d.hints == hints) }
    }

    @Test func unquotedNameWithSpaceHints() {
        guard let d = parseFailure("move 1 to Proposal Sent") else { return }
        #expect(d.hints.contains(Message.hintQuoteSpaces("Proposal Sent")))
        #expect(d.range == SourceRange(19, 23))
    }

    // MARK: help text and the command table

    @Test(
        arguments: [
            ("move", "move ID to STAGE [on DATE] [because TEXT]"),
            ("add lead", "add lead NAME [FIELD=VALUE ...]"),
            ("add opportunity", "add opportunity NAME [FIELD=VALUE ...]"),
            ("set", "set ID FIELD=VALUE [FIELD=VALUE ...]"),
            ("delete", "delete ID"),
            ("convert", "convert ID [on DATE]"),
            ("lost", "lost ID [on DATE] [because TEXT]"),
            ("log", "log ACTIVITY ID [on DATE] [note TEXT]"),
            ("rule add", "rule add on ACTIVITY [when EXPR] move to STAGE"),
            ("rule remove", "rule remove N"),
            ("stage rename", "stage rename NAME to NEW"),
            ("policy", "policy [free|forward|strict]"),
            ("undo", "undo"),
            ("export", "export records|events|history FILE"),
        ] as [(String, String)])
    func synopsis(_ name: String, _ synopsis: String) throws {
        let spec = try #require(CommandTable.standard.spec(named: name.split(separator: " ").map(String.init)))
        #expect(spec.synopsis == synopsis)
    }

    @Test func listSynopsisHasEveryClause() throws {
        let spec = try #require(CommandTable.standard.spec(named: ["list"]))
        #expect(spec.synopsis.hasPrefix("list ["))
        #expect(spec.synopsis.hasSuffix("[where EXPR] [order by FIELD [asc|desc], ...] [limit N]"))
        let count = try #require(CommandTable.standard.spec(named: ["count"]))
        #expect(
            count.synopsis.hasSuffix(
                "[where EXPR] [by FIELD[, FIELD]] [sum|avg|min|max|median(FIELD) ...] [order by FIELD [asc|desc], ...] [limit N]"))
    }

    @Test func aliasesResolveToTheirSpec() throws {
        #expect(CommandTable.standard.spec(named: ["add", "opp"])?.name == "add opportunity")
        #expect(CommandTable.standard.spec(named: ["exit"])?.name == "quit")
        #expect(CommandTable.standard.spec(named: ["MOVE"])?.name == "move")
    }

    @Test func commandNamesAreUnique() {
        let names = CommandTable.standard.names.map { $0.0.joined(separator: " ") }
        #expect(Set(names).count == names.count)
    }

    /// Every command the table declares documents itself with a summary and
    /// examples, and every example parses into that same command: help stays true.
    @Test(arguments: CommandTable.standard.specs.map(\.name))
    func everySpecHasWorkingExamples(_ name: String) throws {
        let spec = try #require(CommandTable.standard.specs.first { $0.name == name })
        for language in Language.all {
            #expect(!spec.summary(in: language).trimmingCharacters(in: .whitespaces).isEmpty, "\(name) has no summary in \(language.code)")
        }
        #expect(!spec.examples.isEmpty, "\(name) has no example")
        for example in spec.examples {
            do {
                let commands = try Parser.parseLine(example)
                #expect(commands.count == 1, "\(example)")
                #expect(commands.first?.0.name == spec.name, "\(example) parses as \(commands.first?.0.name ?? "nothing")")
            } catch {
                Issue.record("example \"\(example)\" of \(name) does not parse: \(error.message)")
            }
        }
    }

    @Test func helpPageShowsSynopsisAndExamples() throws {
        let spec = try #require(CommandTable.standard.spec(named: ["move"]))
        let page = Help.page(spec)
        #expect(page.hasPrefix(spec.synopsis + "\n"))
        for example in spec.examples { #expect(page.contains(example)) }
        let overview = Help.overview(.standard)
        for spec in CommandTable.standard.specs { #expect(overview.contains(spec.name), "\(spec.name) missing from help") }
    }
}
