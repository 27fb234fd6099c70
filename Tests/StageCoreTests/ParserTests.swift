import StageTestSupport
import Testing
@testable import StageCore

@Suite struct ParserTests {
    static func command(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Command {
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

    @Test(arguments: [
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
        guard case .add(let kind, let name, let fields) = cmd else { Issue.record("\(cmd)"); return }
        #expect(kind == .lead)
        #expect(name.value == "Công ty An Phát")
        #expect(name.range == SourceRange(9, 28))
        #expect(Self.assignments(fields) == ["owner=Nguyễn Lan", "value=45k", "source=web"])
        #expect(fields[0].field.range == SourceRange(29, 34))
    }

    @Test(arguments: ["add opp \"CRM rollout\" account=Acme value=1.2m", "add opportunity \"CRM rollout\" account=Acme value=1.2m",
                      "ADD OPP \"CRM rollout\" account=Acme value=1.2m"])
    func addOpportunity(_ line: String) throws {
        let cmd = try Self.command(line)
        guard case .add(let kind, let name, let fields) = cmd else { Issue.record("\(cmd)"); return }
        #expect(kind == .opportunity)
        #expect(name.value == "CRM rollout")
        #expect(Self.assignments(fields) == ["account=Acme", "value=1.2m"])
    }

    @Test func addWithoutFields() throws {
        guard case .add(.lead, let name, let fields) = try Self.command("add lead Acme") else { Issue.record("not add lead"); return }
        #expect(name.value == "Acme")
        #expect(fields.isEmpty)
    }

    @Test func set() throws {
        let cmd = try Self.command("set 12 owner=\"Trần Minh\" value=60000 region=\"\"")
        guard case .set(let id, let fields) = cmd else { Issue.record("\(cmd)"); return }
        #expect(id.value == "12")
        #expect(Self.assignments(fields) == ["owner=Trần Minh", "value=60000", "region="])
    }

    @Test func delete() throws {
        guard case .delete(let id) = try Self.command("delete D0000001") else { Issue.record("not delete"); return }
        #expect(id.value == "D0000001")
        #expect(id.range == SourceRange(7, 15))
    }

    @Test func move() throws {
        let cmd = try Self.command("move 12 to \"Proposal Sent\"")
        guard case .move(let id, let stage, let on, let because) = cmd else { Issue.record("\(cmd)"); return }
        #expect(id.value == "12")
        #expect(stage.value == "Proposal Sent")
        #expect(stage.range == SourceRange(11, 26))
        #expect(on == nil)
        #expect(because == nil)
    }

    @Test func moveOnBecause() throws {
        let cmd = try Self.command("move 12 to Negotiation on 2026-03-02 because \"new budget\"")
        guard case .move(let id, let stage, let on, let because) = cmd else { Issue.record("\(cmd)"); return }
        #expect(id.value == "12")
        #expect(stage.value == "Negotiation")
        #expect(on?.value == .absolute(Self.ts(2026, 3, 2)))
        #expect(on?.range == SourceRange(26, 36))
        #expect(because == "new budget")
    }

    @Test(arguments: [
        ("move 1 to Won on yesterday", DateSpec.startOfToday(offsetDays: -1)),
        ("move 1 to Won on -2d", .now(offsetSeconds: -2 * 86_400)),
        ("move 1 to Won on 2026-03-02T10:15", .absolute(ts(2026, 3, 2, 10, 15))),
    ] as [(String, DateSpec)])
    func moveDates(_ line: String, _ date: DateSpec) throws {
        guard case .move(_, _, let on, _) = try Self.command(line) else { Issue.record("not move"); return }
        #expect(on?.value == date)
    }

    @Test func convert() throws {
        guard case .convert(let id, let on) = try Self.command("convert 7") else { Issue.record("not convert"); return }
        #expect(id.value == "7")
        #expect(on == nil)
        guard case .convert(_, let on2) = try Self.command("convert 7 on 2026-03-01") else { Issue.record("not convert"); return }
        #expect(on2?.value == .absolute(Self.ts(2026, 3, 1)))
    }

    @Test func won() throws {
        guard case .won(let id, let on) = try Self.command("won 12 on today") else { Issue.record("not won"); return }
        #expect(id.value == "12")
        #expect(on?.value == .startOfToday(offsetDays: 0))
    }

    @Test func lost() throws {
        guard case .lost(let id, let on, let because) = try Self.command("lost 12 because \"price too high\"") else {
            Issue.record("not lost"); return
        }
        #expect(id.value == "12")
        #expect(on == nil)
        #expect(because == "price too high")
        guard case .lost(_, let on2, let because2) = try Self.command("lost 12 on 2026-03-02T10:15 because price") else {
            Issue.record("not lost"); return
        }
        #expect(on2?.value == .absolute(Self.ts(2026, 3, 2, 10, 15)))
        #expect(because2 == "price")
    }

    @Test func log() throws {
        let cmd = try Self.command("log call 12 note \"asked for a demo\"")
        guard case .log(let activity, let id, let on, let note) = cmd else { Issue.record("\(cmd)"); return }
        #expect(activity.value == "call")
        #expect(id.value == "12")
        #expect(on == nil)
        #expect(note == "asked for a demo")
        guard case .log(let a2, _, let on2, let note2) = try Self.command("log quote 12 on 2026-03-02") else { Issue.record("not log"); return }
        #expect(a2.value == "quote")
        #expect(on2?.value == .absolute(Self.ts(2026, 3, 2)))
        #expect(note2 == nil)
    }

    @Test func showAndHistory() throws {
        guard case .show(let id) = try Self.command("show 12") else { Issue.record("not show"); return }
        #expect(id.value == "12")
        guard case .history(let id2) = try Self.command("history D7") else { Issue.record("not history"); return }
        #expect(id2.value == "D7")
    }

    // MARK: queries

    @Test(arguments: [
        ("list", KindFilter.all), ("list all", .all), ("list leads", .only(.lead)),
        ("list opportunities", .only(.opportunity)), ("list opps", .only(.opportunity)), ("LIST LEADS", .only(.lead)),
        ("count leads", .only(.lead)), ("count opportunities by stage", .only(.opportunity)),
    ] as [(String, KindFilter)])
    func kinds(_ line: String, _ kinds: KindFilter) throws {
        switch try Self.command(line) {
        case .list(let q), .count(let q): #expect(q.kinds == kinds)
        default: Issue.record("not a query")
        }
    }

    @Test func listAllClauses() throws {
        let cmd = try Self.command("list opportunities where stage = Negotiation and value >= 100k order by value desc limit 10")
        guard case .list(let q) = cmd else { Issue.record("\(cmd)"); return }
        #expect(q.kinds == .only(.opportunity))
        #expect(q.filter.map(Self.render) == "(stage=Negotiation and value>=100k)")
        #expect(q.order.map(\.field.value) == ["value"])
        #expect(q.order.map(\.descending) == [true])
        #expect(q.limit?.value == 10)
        #expect(q.groups.isEmpty)
    }

    @Test func orderByKeys() throws {
        guard case .list(let q) = try Self.command("list order by value desc, name") else { Issue.record("not list"); return }
        #expect(q.order.map(\.field.value) == ["value", "name"])
        #expect(q.order.map(\.descending) == [true, false])
        guard case .list(let q2) = try Self.command("list order by stage asc,created DESC limit 3") else { Issue.record("not list"); return }
        #expect(q2.order.map(\.field.value) == ["stage", "created"])
        #expect(q2.order.map(\.descending) == [false, true])
        #expect(q2.limit?.value == 3)
    }

    @Test func countByPeriodAndField() throws {
        guard case .count(let q) = try Self.command("count by month(created), owner") else { Issue.record("not count"); return }
        #expect(q.groups.map(\.field.value) == ["created", "owner"])
        #expect(q.groups.map(\.period) == [.month, nil])
        #expect(q.groups[0].range == SourceRange(9, 23))
        #expect(q.filter == nil)
    }

    @Test(arguments: Period.allCases)
    func countByEveryPeriod(_ period: Period) throws {
        guard case .count(let q) = try Self.command("count by \(period.rawValue)(closed)") else { Issue.record("not count"); return }
        #expect(q.groups.map(\.field.value) == ["closed"])
        #expect(q.groups.map(\.period) == [period])
    }

    @Test func countWhereBy() throws {
        guard case .count(let q) = try Self.command("count opportunities where owner ~ lan by month(created)") else {
            Issue.record("not count"); return
        }
        #expect(q.kinds == .only(.opportunity))
        #expect(q.filter.map(Self.render) == "owner~lan")
        #expect(q.groups.map(\.field.value) == ["created"])
        #expect(q.groups.map(\.period) == [.month])
    }

    // MARK: expressions

    @Test(arguments: [
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
        guard case .list(let q) = try Self.command("list where \(text)") else { Issue.record("not list"); return }
        #expect(q.filter.map(Self.render) == shape)
    }

    @Test func comparisonKeepsRanges() throws {
        guard case .list(let q) = try Self.command("list where value >= 100k"),
              case .comparison(let field, let op, let value)? = q.filter else { Issue.record("no comparison"); return }
        #expect(field.range == SourceRange(11, 16))
        #expect(op.value == .greaterOrEqual)
        #expect(op.range == SourceRange(17, 19))
        #expect(value.range == SourceRange(20, 24))
    }

    // MARK: pipeline

    @Test(arguments: [("stages", nil), ("stages leads", RecordKind.lead), ("stages opportunities", .opportunity), ("stages opps", .opportunity)]
          as [(String, RecordKind?)])
    func stages(_ line: String, _ kind: RecordKind?) throws {
        guard case .stages(let k) = try Self.command(line) else { Issue.record("not stages"); return }
        #expect(k == kind)
    }

    @Test func stageAdd() throws {
        let cmd = try Self.command("stage add opportunity Demo after Negotiation probability 50")
        guard case .stageAdd(let kind, let name, let placement, let probability, let outcome) = cmd else { Issue.record("\(cmd)"); return }
        #expect(kind == .opportunity)
        #expect(name.value == "Demo")
        guard case .after(let anchor) = placement else { Issue.record("placement \(placement)"); return }
        #expect(anchor.value == "Negotiation")
        #expect(probability?.value == 5_000)
        #expect(outcome == .open)
    }

    @Test func stageAddClosedAtEnd() throws {
        guard case .stageAdd(let kind, let name, let placement, let probability, let outcome) = try Self.command("stage add lead Disqualified lost") else {
            Issue.record("not stage add"); return
        }
        #expect(kind == .lead)
        #expect(name.value == "Disqualified")
        guard case .end = placement else { Issue.record("placement \(placement)"); return }
        #expect(probability == nil)
        #expect(outcome == .lost)
    }

    @Test func stageAddBefore() throws {
        guard case .stageAdd(let kind, _, let placement, let probability, let outcome) =
            try Self.command("stage add opp Pilot before \"Proposal Sent\" probability 12.5 won") else { Issue.record("not stage add"); return }
        #expect(kind == .opportunity)
        guard case .before(let anchor) = placement else { Issue.record("placement \(placement)"); return }
        #expect(anchor.value == "Proposal Sent")
        #expect(probability?.value == 1_250)
        #expect(outcome == .won)
    }

    @Test func stageRename() throws {
        guard case .stageRename(let from, let to) = try Self.command("stage rename \"Proposal Sent\" to Quoted") else {
            Issue.record("not stage rename"); return
        }
        #expect(from.value == "Proposal Sent")
        #expect(to.value == "Quoted")
    }

    @Test func stageSet() throws {
        guard case .stageSet(let name, let fields) = try Self.command("stage set Negotiation probability=35") else {
            Issue.record("not stage set"); return
        }
        #expect(name.value == "Negotiation")
        #expect(Self.assignments(fields) == ["probability=35"])
    }

    @Test func stageRemove() throws {
        guard case .stageRemove(let name) = try Self.command("stage remove \"Đã liên hệ\"") else { Issue.record("not stage remove"); return }
        #expect(name.value == "Đã liên hệ")
    }

    @Test(arguments: [("policy", nil), ("policy free", Policy.free), ("policy forward", .forward), ("policy strict", .strict),
                      ("POLICY STRICT", .strict)] as [(String, Policy?)])
    func policy(_ line: String, _ policy: Policy?) throws {
        guard case .policy(let p) = try Self.command(line) else { Issue.record("not policy"); return }
        #expect(p == policy)
    }

    @Test func rules() throws {
        guard case .rules = try Self.command("rules") else { Issue.record("not rules"); return }
    }

    @Test func ruleAddWithCondition() throws {
        let cmd = try Self.command("rule add on meeting when stage = Qualified move to Negotiation")
        guard case .ruleAdd(let activity, let condition, let text, let stage) = cmd else { Issue.record("\(cmd)"); return }
        #expect(activity.value == "meeting")
        #expect(condition.map(Self.render) == "stage=Qualified")
        #expect(text == "stage = Qualified")
        #expect(stage.value == "Negotiation")
    }

    @Test func ruleAddConditionText() throws {
        guard case .ruleAdd(_, let condition, let text, let stage) =
            try Self.command("rule add on call when (value>=100k or owner ~ 'Lan') and not stage in (Won,Lost) move to \"Proposal Sent\"") else {
            Issue.record("not rule add"); return
        }
        #expect(condition.map(Self.render) == "((value>=100k or owner~Lan) and not stage in [Won,Lost])")
        #expect(text == "(value >= 100k or owner ~ \"Lan\") and not stage in (Won, Lost)")
        #expect(stage.value == "Proposal Sent")
    }

    @Test func ruleAddWithoutCondition() throws {
        guard case .ruleAdd(let activity, let condition, let text, let stage) =
            try Self.command("RULE ADD ON quote MOVE TO \"Proposal Sent\"") else { Issue.record("not rule add"); return }
        #expect(activity.value == "quote")
        #expect(condition == nil)
        #expect(text == nil)
        #expect(stage.value == "Proposal Sent")
    }

    @Test func ruleRemove() throws {
        guard case .ruleRemove(let n) = try Self.command("rule remove 2") else { Issue.record("not rule remove"); return }
        #expect(n.value == 2)
    }

    // MARK: session

    @Test func undoRedoQuit() throws {
        guard case .undo = try Self.command("undo") else { Issue.record("not undo"); return }
        guard case .redo = try Self.command("REDO") else { Issue.record("not redo"); return }
        guard case .quit = try Self.command("quit") else { Issue.record("not quit"); return }
        guard case .quit = try Self.command("exit") else { Issue.record("exit is not quit"); return }
    }

    @Test func now() throws {
        guard case .now(.show) = try Self.command("now") else { Issue.record("now"); return }
        guard case .now(.clear) = try Self.command("now clear") else { Issue.record("now clear"); return }
        guard case .now(.clear) = try Self.command("now CLEAR") else { Issue.record("now CLEAR"); return }
        guard case .now(.freeze(let d)) = try Self.command("now 2026-11-29") else { Issue.record("now DATE"); return }
        #expect(d.value == .absolute(Self.ts(2026, 11, 29)))
        guard case .now(.freeze(let d2)) = try Self.command("now -1d") else { Issue.record("now -1d"); return }
        #expect(d2.value == .now(offsetSeconds: -86_400))
        guard case .now(.freeze(let d3)) = try Self.command("now today") else { Issue.record("now today"); return }
        #expect(d3.value == .startOfToday(offsetDays: 0))
    }

    @Test func importData() throws {
        guard case .importData(let set, let file, let options) = try Self.command("import records seeds/demo/records.csv") else {
            Issue.record("not import"); return
        }
        #expect(set == .records)
        #expect(file.value == "seeds/demo/records.csv")
        #expect(options.mapping.isEmpty && options.stageMap.isEmpty)
        #expect(options.dates == nil && !options.dryRun && !options.createStages)
        guard case .importData(let set2, let file2, let options2) =
            try Self.command("import events \"my events.csv\" map id=record_id changed=changed_at") else { Issue.record("not import"); return }
        #expect(set2 == .events)
        #expect(file2.value == "my events.csv")
        #expect(options2.mapping == ["id": "record_id", "changed": "changed_at"])
    }

    /// `import records|events FILE [map COLUMN=FIELD ...] [dates FORMAT]`, and the CRM clauses.
    @Test func importWithDatesFormat() throws {
        guard case .importData(let set, let file, let options) =
            try Self.command("import records crm.csv map \"Deal Name\"=name dates DD/MM/YYYY") else {
            Issue.record("not import"); return
        }
        #expect(set == .records)
        #expect(file.value == "crm.csv")
        #expect(options.mapping == ["deal name": "name"])
        #expect(options.dates?.text == "DD/MM/YYYY")
        guard case .importData(_, _, let crm) =
            try Self.command("import records x.csv stages Won=Lost map a=name create stages dry-run") else {
            Issue.record("not import"); return
        }
        #expect(crm.stageMap == ["won": "Lost"] && crm.mapping == ["a": "name"])
        #expect(crm.createStages && crm.dryRun)
    }

    @Test func export() throws {
        guard case .export(let set, let file) = try Self.command("export records /tmp/records.csv") else { Issue.record("not export"); return }
        #expect(set == .records)
        #expect(file.value == "/tmp/records.csv")
        guard case .export(.events, let file2) = try Self.command("export events e.csv") else { Issue.record("not export events"); return }
        #expect(file2.value == "e.csv")
    }

    @Test(arguments: [("format", nil), ("format json", OutputFormat.json), ("format TABLE", .table), ("format csv", .csv),
                      ("format tsv", .tsv), ("format markdown", .markdown)] as [(String, OutputFormat?)])
    func format(_ line: String, _ format: OutputFormat?) throws {
        guard case .format(let f) = try Self.command(line) else { Issue.record("not format"); return }
        #expect(f == format)
    }

    @Test(arguments: [("echo", nil), ("echo on", true), ("echo off", false), ("echo ON", true)] as [(String, Bool?)])
    func echo(_ line: String, _ on: Bool?) throws {
        guard case .echo(let e) = try Self.command(line) else { Issue.record("not echo"); return }
        #expect(e == on)
        guard case .timer(let t) = try Self.command(line.replacingOccurrences(of: "echo", with: "timer")) else { Issue.record("not timer"); return }
        #expect(t == on)
    }

    @Test func run() throws {
        guard case .run(let file) = try Self.command("run Examples/01-first-steps.stg") else { Issue.record("not run"); return }
        #expect(file.value == "Examples/01-first-steps.stg")
    }

    @Test(arguments: [("help", nil), ("help move", "move"), ("help stage add", "stage add"), ("help stage", "stage")] as [(String, String?)])
    func help(_ line: String, _ topic: String?) throws {
        guard case .help(let t, _) = try Self.command(line) else { Issue.record("not help"); return }
        #expect(t == topic)
    }

    @Test func severalCommandsOnALine() throws {
        let commands = try Parser.parseLine("add lead A; move 1 to Contacted ;list")
        #expect(commands.map(\.0.name) == ["add lead", "move", "list"])
    }

    // MARK: refusals

    @Test(arguments: [
        ("mvoe 1 to Won", Messages.unknownCommand("mvoe"), [Messages.hintDidYouMean("move")]),
        ("stage frob X", Messages.unknownSubcommand("stage", "frob"), nil),
        ("move 1 Won", Messages.expected("\"to\"", found: "Won"), nil),
        ("list where value >", Messages.expectedAtEnd(Messages.aValue), nil),
        ("policy lenient", Messages.expectedOneOf(["free", "forward", "strict"], found: "lenient"), nil),
        ("move 1 to Proposal Sent", Messages.unexpected("Sent"), nil),
        ("list where (a = 1", Messages.unclosedParen, nil),
        ("count by fortnight(created)", Messages.unknownPeriod("fortnight"), nil),
        ("list limit ten", Messages.notAWholeNumber("ten"), nil),
        ("set 1", Messages.expectedAtEnd("FIELD=VALUE"), nil),
        ("set 1 owner Lan", Messages.expectedAssignment(found: "owner"), nil),
        ("add lead", Messages.expectedAtEnd("NAME"), nil),
        ("list where stage in Won", Messages.expected(Messages.aListOrPeriod, found: "Won"), nil),
        ("= 1", Messages.expectedCommand(found: "="), nil),
    ] as [(String, String, [String]?)])
    func refused(_ line: String, _ message: String, _ hints: [String]?) {
        guard let d = parseFailure(line) else { return }
        #expect(d.message == message)
        if let hints { #expect(d.hints == hints) }
    }

    @Test func unquotedNameWithSpaceHints() {
        guard let d = parseFailure("move 1 to Proposal Sent") else { return }
        #expect(d.hints.contains(Messages.hintQuoteSpaces("Proposal Sent")))
        #expect(d.range == SourceRange(19, 23))
    }

    // MARK: help text and the command table

    @Test(arguments: [
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
        ("export", "export records|events FILE"),
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
        #expect(count.synopsis.hasSuffix("[where EXPR] [by FIELD[, FIELD]] [sum|avg|min|max|median(FIELD) ...] [order by FIELD [asc|desc], ...] [limit N]"))
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
        #expect(!spec.summary.trimmingCharacters(in: .whitespaces).isEmpty)
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
