import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// One completion case: a line (the cursor at its end unless given) and what Tab must offer there.
///
/// `prefix`, `space` and `range` are checked when given.
struct CompletionCase: Sendable, CustomTestStringConvertible {
    let name: String
    let line: String
    let cursor: Int?
    let candidates: [String]
    let prefix: String?
    let space: Bool?
    let range: Range<Int>?

    init(
        _ name: String, _ line: String, cursor: Int? = nil, _ candidates: [String],
        prefix: String? = nil, space: Bool? = nil, range: Range<Int>? = nil
    ) {
        self.name = name
        self.line = line
        self.cursor = cursor
        self.candidates = candidates
        self.prefix = prefix
        self.space = space
        self.range = range
    }

    var testDescription: String { name }
}

@Suite struct CompleterTests {
    /// The session every case completes against: Vietnamese owners and accounts,
    /// a custom field with a space, a deleted record, a logged and a ruled activity.
    static let setup = [
        "add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" account=\"Công ty An Phát\" source=web region=north",
        "add lead \"Trà Xanh\" owner=\"Nguyễn Minh\" account=\"Trà Xanh\" source=referral",
        "add opp \"CRM rollout\" owner=\"Trần Minh\" account=Acme value=1.2m \"Deal Size\"=big",
        "add lead Hoa owner=\"Lê Hoa\" id=D0000001",
        "add lead Lena owner=Lena id=10 account=\"O'Brien & Co\"",
        "add lead Gone owner=\"Nguyễn Xóa\" account=Deleted source=gone id=11",
        "delete 11",
        "log meeting 1",
        "log demo 3",
        "rule add on workshop move to Qualified",
    ]

    static func session(_ lines: [String] = setup, sourceLocation: SourceLocation = #_sourceLocation) -> Session {
        testSession(
            clock: Timestamp(year: 2026, month: 3, day: 1, hour: 9)!, directory: "/fake", running: lines,
            sourceLocation: sourceLocation)
    }

    /// A file system of two directories, listed whole: the completer does the matching.
    static let tree: [String: [String]] = [
        "": ["notes.txt", "Sales Data.csv", "script.stg", "seeds/", "My Docs/"],
        "seeds/": ["demo/", "demo.csv", "big.csv"],
    ]

    static func fakeFiles(_ partial: String, _ directory: String) -> [String] {
        #expect(directory == "/fake")
        let dir = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        return (tree[dir] ?? []).map { dir + $0 }
    }

    static func complete(_ line: String, cursor: Int? = nil, in s: Session) -> Completion {
        Completer.complete(line, cursor: cursor ?? line.utf8.count, session: s, files: fakeFiles)
    }

    static let stages = ["Contacted", "Lost", "Negotiation", "New", "\"Proposal Sent\"", "Qualified", "Won"]
    static let ids = ["1", "10", "2", "3", "D0000001"]
    static let owners = ["\"Lê Hoa\"", "Lena", "\"Nguyễn Lan\"", "\"Nguyễn Minh\"", "\"Trần Minh\""]
    static let fields = [
        "account", "age", "changed", "closed", "created", "currency", "days_in_stage", "\"Deal Size\"",
        "expected_close", "id", "kind", "name", "owner", "probability", "reason", "region",
        "source", "stage", "value",
    ]
    static let settable = [
        "account=", "created=", "currency=", "\"Deal Size\"=", "expected_close=", "name=", "owner=",
        "region=", "source=", "value=",
    ]

    static let cases: [CompletionCase] = [
        // command names and their second words
        CompletionCase("command prefix", "sta", ["stage", "stages"], prefix: "stage", space: false, range: 0..<3),
        CompletionCase("unique command", "mo", ["move"], prefix: "move", space: true),
        CompletionCase("alias among names", "ex", ["exit", "expanded", "export"], prefix: "ex"),
        CompletionCase("commands ignore case", "HIS", ["history"], prefix: "history", space: true),
        CompletionCase("second words", "stage ", ["add", "remove", "rename", "set"], prefix: "", space: false, range: 6..<6),
        CompletionCase("second word prefix", "stage a", ["add"], prefix: "add", space: true, range: 6..<7),
        CompletionCase("add kinds with alias", "add ", ["lead", "opp", "opportunity"]),
        CompletionCase("kinds ignore case", "ADD O", ["opp", "opportunity"], prefix: "opp", space: false),
        CompletionCase("rule subcommands", "rule ", ["add", "remove"]),
        CompletionCase("unknown command", "frobnicate ", []),
        CompletionCase("help command", "help st", ["stage", "stages", "stuck"]),
        CompletionCase("help second word", "help stage r", ["remove", "rename"], prefix: "re"),
        CompletionCase("help complete name", "help move ", []),
        // keywords of the grammar
        CompletionCase("move needs to", "move 1 ", ["to"], prefix: "to", space: true),
        CompletionCase("list clauses", "list ", ["all", "leads", "limit", "opportunities", "opps", "order", "where"]),
        CompletionCase("list after kind", "list leads ", ["limit", "order", "where"]),
        CompletionCase("keyword prefix", "LIST WH", ["where"], prefix: "where"),
        CompletionCase("order by", "list order ", ["by"]),
        CompletionCase("move options", "move 1 to Won ", ["because", "on"]),
        CompletionCase("date after on", "move 1 to Won on ", ["today", "yesterday"]),
        CompletionCase("log options", "log call 1 ", ["note", "on"]),
        CompletionCase("stage add options", "stage add lead Demo ", ["after", "before", "lost", "probability", "won"]),
        CompletionCase("now clear or date", "now ", ["clear", "today", "yesterday"]),
        CompletionCase("format names", "format ", ["csv", "json", "markdown", "table", "tsv"]),
        CompletionCase("policy prefix", "policy f", ["forward", "free"], prefix: "f"),
        CompletionCase("stages kinds", "stages ", ["leads", "opportunities", "opps", "set"]),
        CompletionCase("stages set kinds", "stages set ", ["lead", "leads", "opportunities", "opportunity", "opps"]),
        CompletionCase(
            "stages set names", "stages set opportunities Negotiation, ",
            ["Contacted", "Lost", "Negotiation", "New", "\"Proposal Sent\"", "Qualified", "Won"]),
        CompletionCase("import data sets", "import ", ["events", "odoo", "records"]),
        CompletionCase("import odoo clauses", "import odoo \"dbname=crm\" ", ["dry-run", "lang"]),
        CompletionCase("echo on off", "echo o", ["off", "on"], prefix: "o"),
        CompletionCase("quoted word is no keyword", "list \"wh", []),
        // stage names
        CompletionCase("every stage", "move 1 to ", stages),
        CompletionCase("stage with a space", "move 1 to Pro", ["\"Proposal Sent\""], prefix: "\"Proposal Sent\"", space: true, range: 10..<13),
        CompletionCase("stage in open quote", "move 1 to \"Pro", ["\"Proposal Sent\""], prefix: "\"Proposal Sent\"", space: true, range: 10..<14),
        CompletionCase("open quote keeps its style", "move 1 to \"neg", ["\"Negotiation\""]),
        CompletionCase("single quote", "move 1 to 'pro", ["'Proposal Sent'"]),
        CompletionCase("stage common prefix", "move 1 to n", ["Negotiation", "New"], prefix: "Ne", space: false),
        CompletionCase("stage after keywords ignore case", "MOVE 1 TO pro", ["\"Proposal Sent\""]),
        CompletionCase("cursor mid-line", "move 1 to Pro because late", cursor: 13, ["\"Proposal Sent\""], range: 10..<13),
        CompletionCase("rename takes a stage", "stage rename q", ["Qualified"]),
        CompletionCase("new name is text", "stage rename New to ", []),
        // record ids
        CompletionCase("live ids", "show ", ids),
        CompletionCase("id prefix skips deleted", "show 1", ["1", "10"], prefix: "1", space: false),
        CompletionCase("id ignores case", "history d", ["D0000001"], prefix: "D0000001", space: true),
        CompletionCase("id after activity", "log meeting ", ids),
        // activities
        CompletionCase("activities", "log ", ["call", "demo", "email", "meeting", "quote", "workshop"]),
        CompletionCase("activity of a rule", "rule add on w", ["workshop"]),
        CompletionCase("rule continues", "rule add on quote ", ["move", "when"]),
        // where: fields, operators, values, continuations
        CompletionCase(
            "fields in where", "list where ",
            [
                "account", "age", "changed", "closed", "created", "currency", "days_in_stage",
                "\"Deal Size\"", "expected_close", "id", "kind", "name", "not", "owner", "probability", "reason", "region",
                "source", "stage", "value",
            ]),
        CompletionCase("field prefix", "list where o", ["owner"]),
        CompletionCase("custom field", "count where re", ["reason", "region"]),
        CompletionCase("custom field with a space", "count where \"de", ["\"Deal Size\""]),
        CompletionCase("operators", "list where owner ", ["!=", "<", "<=", "=", ">", ">=", "in", "not", "since", "until", "~"]),
        CompletionCase("not in", "list where owner not ", ["in"]),
        CompletionCase(
            "owners without accents", "list where owner = nguy", ["\"Nguyễn Lan\"", "\"Nguyễn Minh\""],
            prefix: "\"Nguyễn ", space: false),
        CompletionCase("owner in open quote", "list where owner ~ \"trần", ["\"Trần Minh\""], range: 19..<26),
        CompletionCase("owners decomposed", "list where owner = nguye\u{0302}\u{0303}", ["\"Nguyễn Lan\"", "\"Nguyễn Minh\""], range: 19..<28),
        CompletionCase("every live owner", "list where owner != ", owners),
        CompletionCase("prefix kept when quoting differs", "list where owner = le", ["\"Lê Hoa\"", "Lena"], prefix: "le", space: false),
        CompletionCase("account with spaces", "list where account = c", ["\"Công ty An Phát\""], prefix: "\"Công ty An Phát\"", space: true),
        CompletionCase("quote inside a value", "list where account = o", ["\"O'Brien & Co\""]),
        CompletionCase("escape in single quotes", "list where account = 'o", ["'O\\'Brien & Co'"]),
        CompletionCase("source right after =", "list where source=", ["referral", "web"], range: 18..<18),
        CompletionCase("stage values", "list where stage != q", ["Qualified"]),
        CompletionCase("kind values", "list where kind = ", ["lead", "opportunity"]),
        CompletionCase("no values for numbers", "list where value > ", []),
        CompletionCase("in list", "count where owner in (", owners),
        CompletionCase("in list after comma", "count where owner in (\"Nguyễn Lan\", tr", ["\"Trần Minh\""]),
        CompletionCase("after a comparison", "list where stage = New ", ["and", "limit", "or", "order"]),
        CompletionCase("after an in list", "list where owner in (Lena) ", ["and", "limit", "or", "order"]),
        CompletionCase("count after where", "count where stage = New ", ["and", "avg", "by", "limit", "max", "median", "min", "or", "order", "sum"]),
        CompletionCase("rule after when", "rule add on quote when value > 1k ", ["and", "move", "or"]),
        CompletionCase("or or order", "list where stage = New or", ["or", "order"], prefix: "or"),
        CompletionCase("not and parentheses", "list where not (own", ["owner"]),
        CompletionCase("after parentheses", "list where (stage = New or owner = Lena) ", ["and", "limit", "or", "order"]),
        // assignments
        CompletionCase("set fields", "set 1 ", settable, prefix: "", space: false),
        CompletionCase("set field prefix", "set 1 ow", ["owner="], prefix: "owner=", space: false),
        CompletionCase(
            "add fields", "add lead Foo ",
            [
                "account=", "created=", "currency=", "\"Deal Size\"=", "expected_close=", "id=",
                "name=", "owner=", "region=", "source=", "stage=", "value=",
            ]),
        CompletionCase("add name is text", "add lead ", []),
        CompletionCase("owner values", "set 1 owner=", owners, range: 12..<12),
        CompletionCase("owner value in open quote", "set 1 owner=\"Ngu", ["\"Nguyễn Lan\"", "\"Nguyễn Minh\""], range: 12..<16),
        CompletionCase("range after Vietnamese text", "set 1 owner=\"Nguyễn Lan\" account=C", ["\"Công ty An Phát\""], range: 35..<36),
        CompletionCase("lead stages for add lead", "add lead Foo stage=", ["Contacted", "New", "Qualified"]),
        CompletionCase("opportunity stages for add opp", "add opp Foo stage=", ["Lost", "Negotiation", "\"Proposal Sent\"", "Won"]),
        CompletionCase("no stage for set", "set 1 stage=", []),
        CompletionCase("stage settings", "stage set Negotiation ", ["probability="], space: false),
        CompletionCase(
            "import map fields", "import records a.csv map Name=",
            [
                "account", "active", "changed", "closed", "created",
                "currency", "expected_close", "id", "kind", "name", "owner", "reason", "source", "stage", "value",
            ]),
        CompletionCase("import events map", "import events a.csv map x=to", ["to_stage"]),
        CompletionCase(
            "after import map", "import records a.csv map x=name ",
            ["create", "dates", "dry-run", "encoding", "map", "preset", "sheet", "stages", "strict"]),
        // by and order by
        CompletionCase("group keys", "count by mo", ["month("], prefix: "month(", space: false),
        CompletionCase(
            "periods and fields", "count by ",
            [
                "account", "age", "changed", "closed", "created", "currency", "day(",
                "days_in_stage", "\"Deal Size\"", "expected_close", "id", "kind", "month(", "name", "owner", "probability",
                "quarter(", "reason", "region", "source", "stage", "value", "week(", "year(",
            ]),
        CompletionCase("date fields in a period", "count by month(", ["changed", "closed", "created", "expected_close"]),
        CompletionCase("next group key", "count by owner, s", ["source", "stage"]),
        CompletionCase("after a period", "count by month(created), o", ["owner"]),
        CompletionCase("order keys", "list order by ", fields),
        CompletionCase("order direction", "list order by value ", ["asc", "desc", "limit"]),
        CompletionCase("next order key", "list order by value desc, ow", ["owner"]),
        // periods and aggregates
        CompletionCase("a period after in", "count where created in ", ["last", "next", "this", "today", "yesterday"]),
        CompletionCase("a unit after last", "count where created in last ", ["day", "month", "quarter", "week", "year"]),
        CompletionCase(
            "after a period", "count where created in last month ",
            ["and", "avg", "by", "limit", "max", "median", "min", "or", "order", "sum"]),
        CompletionCase("since a period", "winrate since last ", ["day", "month", "quarter", "week", "year"]),
        CompletionCase("a field since a period", "count where created since ", ["last", "next", "this", "today", "yesterday"]),
        CompletionCase("aggregates after by", "count by owner su", ["sum"]),
        CompletionCase("field of an aggregate", "count sum(va", ["value"]),
        // Any clause may follow another; that each comes once is the parser's rule.
        CompletionCase("report order and limit", "winrate by owner ", ["as", "by", "limit", "order", "since", "until", "where"]),
        // files
        CompletionCase("files", "import records ", ["\"My Docs/", "notes.txt", "\"Sales Data.csv\"", "script.stg", "seeds/"]),
        CompletionCase("directory waits", "run se", ["seeds/"], prefix: "seeds/", space: false),
        CompletionCase("inside a directory", "run seeds/d", ["seeds/demo.csv", "seeds/demo/"], prefix: "seeds/demo", space: false),
        CompletionCase("file needs quotes", "export events \"Sa", ["\"Sales Data.csv\""], space: true),
        CompletionCase("directory with a space stays open", "run my", ["\"My Docs/"], prefix: "\"My Docs/", space: false),
        CompletionCase("no common prefix", "run s", ["\"Sales Data.csv\"", "script.stg", "seeds/"], prefix: "s"),
        // partial and finished words
        CompletionCase("keyword being typed", "move 1 t", ["to"], prefix: "to", space: true, range: 7..<8),
        CompletionCase("field inside a period", "count by month(cr", ["created"], range: 15..<17),
        CompletionCase("closed quote completes itself", "list where owner = \"Nguyễn Lan\"", ["\"Nguyễn Lan\""], space: true),
        CompletionCase("trailing backslash in open quote", "set 1 owner=\"Nguy\\", ["\"Nguyễn Lan\"", "\"Nguyễn Minh\""], range: 12..<18),
        // A curly quote from a phone opens a string; the completion writes straight quotes over it.
        CompletionCase("stage in an open curly quote", "move 1 to “Pro", ["\"Proposal Sent\""], prefix: "\"Proposal Sent\"", range: 10..<16),
        CompletionCase("owner in an open German quote", "set 1 owner=„Ngu", ["\"Nguyễn Lan\"", "\"Nguyễn Minh\""], range: 12..<18),
        CompletionCase("closed curly quote completes itself", "list where owner = “Trần Minh”", ["\"Trần Minh\""], space: true),
        CompletionCase("apostrophe inside a word opens nothing", "list where account = O’B", [], range: 21..<26),
        CompletionCase("number position", "stage add lead Demo probability ", []),
        CompletionCase("integer position", "list limit ", []),
        CompletionCase("rule number", "rule remove ", []),
        // several commands on a line, comments, refusals
        CompletionCase("after a semicolon", "list; mo", ["move"], range: 6..<8),
        CompletionCase("second command's keywords", "echo on; format j", ["json"]),
        CompletionCase("semicolon inside quotes", "echo \"a;b\"; sh", ["show"], range: 12..<14),
        CompletionCase("inside a comment", "list # wh", []),
        CompletionCase("text position", "log call 1 note ", []),
        CompletionCase("lexer refuses", "list where owner ! ", []),
        CompletionCase("nothing matches", "move 1 to Zz", [], prefix: "Zz", space: false, range: 10..<12),
    ]

    @Test(arguments: cases)
    func completes(_ c: CompletionCase) {
        let result = Self.complete(c.line, cursor: c.cursor, in: Self.session())
        #expect(result.candidates == c.candidates)
        if let prefix = c.prefix { #expect(result.commonPrefix == prefix) }
        if let space = c.space { #expect(result.appendSpace == space) }
        if let range = c.range { #expect(result.range == range) }
        // Inserting the common prefix never loses what was typed.
        let typed = String(decoding: Array(c.line.utf8)[result.range], as: UTF8.self)
        #expect(result.commonPrefix == typed || !result.candidates.isEmpty)
    }

    @Test func emptyLineOffersEveryCommand() {
        let s = Self.session([])
        let expected = Set(CommandTable.standard.names.map { $0.0[0] }).sorted()
        #expect(Self.complete("", in: s).candidates == expected)
        #expect(Self.complete("help ", in: s).candidates == expected)
        #expect(expected.contains("exit") && expected.contains("stage"))
    }

    @Test func rangeCountsBytesNotCharacters() {
        let line = "set 1 owner=\"Nguyễn Lan\" account=C"
        let result = Self.complete(line, in: Self.session())
        #expect(line.count == 34)
        #expect(result.range == line.utf8.count - 1..<line.utf8.count)
    }

    /// More than a thousand matches: the first thousand are listed, but the
    /// common prefix covers them all, so inserting it keeps every id reachable.
    @Test func manyIdsAreCapped() {
        let s = Self.session((0..<1_200).map { "add lead n\($0) id=X\(String(format: "%04d", $0))" })
        let result = Self.complete("show x", in: s)
        #expect(result.candidates.count == 1_000)
        #expect(result.candidates.first == "X0000")
        #expect(result.candidates.last == "X0999")
        #expect(result.commonPrefix == "X")
        let narrow = Self.complete("show X11", in: s)
        #expect(narrow.candidates.count == 100)
        #expect(narrow.commonPrefix == "X11")
    }

    @Test func listsARealDirectory() throws {
        let fm = FileManager.default
        let dir = try makeTemporaryDirectory("completer").path
        try fm.createDirectory(atPath: dir + "/alpha", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        for file in ["a.csv", "B.stg", ".secret", "alpha/x.stg"] {
            #expect(fm.createFile(atPath: dir + "/" + file, contents: Data()))
        }
        #expect(Completer.listDirectory("a", dir).sorted() == ["a.csv", "alpha/"])
        #expect(Completer.listDirectory("", dir).sorted() == ["B.stg", "a.csv", "alpha/"])
        #expect(Completer.listDirectory(".", dir) == [".secret"])
        #expect(Completer.listDirectory("alpha/", dir) == ["alpha/x.stg"])
        #expect(Completer.listDirectory(dir + "/b", "/nowhere") == [dir + "/B.stg"])
        #expect(Completer.listDirectory("missing/", dir) == [])

        var s = Self.session([])
        s.directory = dir
        let result = Completer.complete("run al", cursor: 6, session: s)
        #expect(result.candidates == ["alpha/"])
        #expect(result.appendSpace == false)
    }
}
