import Testing

@testable import StageCore

@Suite struct LexerTests {
    /// A line and the tokens it must give: kind, text and UTF-8 byte range.
    struct TokenCase: Sendable, CustomTestStringConvertible {
        let line: String
        let tokens: [Token]
        let label: String
        init(_ label: String, _ line: String, _ tokens: [Token]) {
            self.label = label
            self.line = line
            self.tokens = tokens
        }
        var testDescription: String { label }
    }

    static func w(_ text: String, _ start: Int, _ end: Int) -> Token { Token(.word, text, SourceRange(start, end)) }
    static func s(_ text: String, _ start: Int, _ end: Int) -> Token { Token(.string, text, SourceRange(start, end)) }
    static func op(_ text: String, _ start: Int, _ end: Int) -> Token { Token(.comparison, text, SourceRange(start, end)) }
    static func lp(_ at: Int) -> Token { Token(.leftParen, "(", SourceRange(at, at + 1)) }
    static func rp(_ at: Int) -> Token { Token(.rightParen, ")", SourceRange(at, at + 1)) }
    static func comma(_ at: Int) -> Token { Token(.comma, ",", SourceRange(at, at + 1)) }
    static func semi(_ at: Int) -> Token { Token(.semicolon, ";", SourceRange(at, at + 1)) }

    static let cases: [TokenCase] = [
        TokenCase("empty line", "", []),
        TokenCase("blanks only", "  \t  ", []),
        TokenCase(
            "bare words", "move 12 to Negotiation",
            [w("move", 0, 4), w("12", 5, 7), w("to", 8, 10), w("Negotiation", 11, 22)]),
        TokenCase(
            "tabs and repeated spaces", "list\t  leads",
            [w("list", 0, 4), w("leads", 7, 12)]),
        TokenCase(
            "ids, numbers, dates and paths are words", "move D0000001 to Won on 2026-03-02T10:15 x 1.5k seeds/demo/records.csv -30d",
            [
                w("move", 0, 4), w("D0000001", 5, 13), w("to", 14, 16), w("Won", 17, 20), w("on", 21, 23),
                w("2026-03-02T10:15", 24, 40), w("x", 41, 42), w("1.5k", 43, 47),
                w("seeds/demo/records.csv", 48, 70), w("-30d", 71, 75),
            ]),
        TokenCase(
            "a home path after a space is a word, ~ elsewhere compares", "run ~/x.stg name ~/y n~/z",
            [
                w("run", 0, 3), w("~/x.stg", 4, 11), w("name", 12, 16), w("~/y", 17, 20),
                w("n", 21, 22), op("~", 22, 23), w("/z", 23, 25),
            ]),
        TokenCase(
            "double-quoted string", "move 12 to \"Proposal Sent\"",
            [w("move", 0, 4), w("12", 5, 7), w("to", 8, 10), s("Proposal Sent", 11, 26)]),
        TokenCase(
            "single-quoted string", "move 12 to 'Proposal Sent'",
            [w("move", 0, 4), w("12", 5, 7), w("to", 8, 10), s("Proposal Sent", 11, 26)]),
        TokenCase(
            "empty string", "set 1 owner=\"\"",
            [w("set", 0, 3), w("1", 4, 5), w("owner", 6, 11), op("=", 11, 12), s("", 12, 14)]),
        TokenCase("escaped double quote", #""a\"b""#, [s("a\"b", 0, 6)]),
        TokenCase("escaped single quote", #"'it\'s'"#, [s("it's", 0, 7)]),
        TokenCase("escaped backslash", #""x\\y""#, [s("x\\y", 0, 6)]),
        TokenCase("tab, newline and carriage return escapes", #""t\tn\nr\r""#, [s("t\tn\nr\r", 0, 11)]),
        TokenCase("other quote kind inside a string", #"'say "hi"' "it's""#, [s("say \"hi\"", 0, 10), s("it's", 11, 17)]),
        TokenCase("string glued to words", #"owner="Lan"x"#, [w("owner", 0, 5), op("=", 5, 6), s("Lan", 6, 11), w("x", 11, 12)]),
        TokenCase(
            "every comparison, spaced", "a = 1 b != 2 c < 3 d <= 4 e > 5 f >= 6 g ~ h",
            [
                w("a", 0, 1), op("=", 2, 3), w("1", 4, 5),
                w("b", 6, 7), op("!=", 8, 10), w("2", 11, 12),
                w("c", 13, 14), op("<", 15, 16), w("3", 17, 18),
                w("d", 19, 20), op("<=", 21, 23), w("4", 24, 25),
                w("e", 26, 27), op(">", 28, 29), w("5", 30, 31),
                w("f", 32, 33), op(">=", 34, 36), w("6", 37, 38),
                w("g", 39, 40), op("~", 41, 42), w("h", 43, 44),
            ]),
        TokenCase(
            "every comparison, glued", "a=1 b!=2 c<3 d<=4 e>5 f>=6 g~h",
            [
                w("a", 0, 1), op("=", 1, 2), w("1", 2, 3),
                w("b", 4, 5), op("!=", 5, 7), w("2", 7, 8),
                w("c", 9, 10), op("<", 10, 11), w("3", 11, 12),
                w("d", 13, 14), op("<=", 14, 16), w("4", 16, 17),
                w("e", 18, 19), op(">", 19, 20), w("5", 20, 21),
                w("f", 22, 23), op(">=", 23, 25), w("6", 25, 26),
                w("g", 27, 28), op("~", 28, 29), w("h", 29, 30),
            ]),
        TokenCase(
            "parentheses and commas", "stage in (New, \"Proposal Sent\")",
            [
                w("stage", 0, 5), w("in", 6, 8), lp(9), w("New", 10, 13), comma(13),
                s("Proposal Sent", 15, 30), rp(30),
            ]),
        TokenCase(
            "group key with a period", "count by month(created),owner",
            [
                w("count", 0, 5), w("by", 6, 8), w("month", 9, 14), lp(14), w("created", 15, 22), rp(22),
                comma(23), w("owner", 24, 29),
            ]),
        TokenCase(
            "nested parentheses", "((a=1))",
            [lp(0), lp(1), w("a", 2, 3), op("=", 3, 4), w("1", 4, 5), rp(5), rp(6)]),
        TokenCase(
            "semicolons are tokens", "undo;redo ; list",
            [w("undo", 0, 4), semi(4), w("redo", 5, 9), semi(10), w("list", 12, 16)]),
        TokenCase(
            "comment after a command", "list leads # all of them",
            [w("list", 0, 4), w("leads", 5, 10)]),
        TokenCase("comment glued to a word", "list#leads", [w("list", 0, 4)]),
        TokenCase("comment only", "# nothing here; list", []),
        TokenCase(
            "hash and semicolon inside quotes", "add lead \"#1; best\" # note",
            [w("add", 0, 3), w("lead", 4, 8), s("#1; best", 9, 19)]),
        TokenCase(
            "Vietnamese in a quoted stage name", "move 7 to \"Đã liên hệ\" # ghi chú",
            [w("move", 0, 4), w("7", 5, 6), w("to", 7, 9), s("Đã liên hệ", 10, 27)]),
        TokenCase(
            "Vietnamese names and assignments", "add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\"",
            [
                w("add", 0, 3), w("lead", 4, 8), s("Công ty An Phát", 9, 28), w("owner", 29, 34), op("=", 34, 35),
                s("Nguyễn Lan", 35, 49),
            ]),
        TokenCase(
            "Vietnamese bare words", "owner ~ Nguyễn and Đã",
            [w("owner", 0, 5), op("~", 6, 7), w("Nguyễn", 8, 16), w("and", 17, 20), w("Đã", 21, 25)]),
        TokenCase(
            "decomposed Vietnamese keeps its bytes", "x Nguye\u{0302}\u{0303}n y",
            [w("x", 0, 1), w("Nguye\u{0302}\u{0303}n", 2, 12), w("y", 13, 14)]),
        TokenCase("load! first on its line", "load! x", [w("load!", 0, 5), w("x", 6, 7)]),
        TokenCase(
            "load! after a semicolon", "save x; load! x",
            [w("save", 0, 4), w("x", 5, 6), semi(6), w("load!", 8, 13), w("x", 14, 15)]),
        TokenCase(
            "CJK word", "account=東京商事 ok",
            [w("account", 0, 7), op("=", 7, 8), w("東京商事", 8, 20), w("ok", 21, 23)]),
        // Curly marks are three bytes each (two for guillemets): ranges count bytes.
        TokenCase(
            "curly double quotes", "owner=“Nguyễn Lan”",
            [w("owner", 0, 5), op("=", 5, 6), s("Nguyễn Lan", 6, 24)]),
        TokenCase(
            "curly single quotes", "move 1 to ‘Proposal Sent’ x",
            [w("move", 0, 4), w("1", 5, 6), w("to", 7, 9), s("Proposal Sent", 10, 29), w("x", 30, 31)]),
        TokenCase("German low-high quotes", "a „Lan“ „Lan”", [w("a", 0, 1), s("Lan", 2, 11), s("Lan", 12, 21)]),
        TokenCase("Swedish quotes, a right mark opening", "a ”Lan” ’Lan’", [w("a", 0, 1), s("Lan", 2, 11), s("Lan", 12, 21)]),
        TokenCase(
            "guillemets, French spaces inside dropped", "a «Lan» « Lan » «\u{00A0}Lan\u{202F}»",
            [w("a", 0, 1), s("Lan", 2, 9), s("Lan", 10, 19), s("Lan", 20, 32)]),
        TokenCase(
            "an apostrophe inside a word is part of it", "owner=O’Brien x", [w("owner", 0, 5), op("=", 5, 6), w("O’Brien", 6, 15), w("x", 16, 17)]),
        TokenCase("an apostrophe inside curly double quotes is text", "“O’Brien’s”", [s("O’Brien’s", 0, 19)]),
        TokenCase("an opener takes only its own closers", "‘say “hi”’ “it’s”", [s("say “hi”", 0, 18), s("it’s", 19, 31)]),
        TokenCase("curly quotes inside straight quotes are text", #""“Lan”" 'x’y'"#, [s("“Lan”", 0, 11), s("x’y", 12, 19)]),
        TokenCase(
            "curly string in a list", "stage in (“Won”,‘Lost’)",
            [w("stage", 0, 5), w("in", 6, 8), lp(9), s("Won", 10, 19), comma(19), s("Lost", 20, 30), rp(30)]),
        TokenCase("escapes in curly strings", #"“a\"b\n”"#, [s("a\"b\n", 0, 12)]),
    ]

    @Test(arguments: cases)
    func tokens(_ c: TokenCase) throws {
        let tokens = try Lexer.tokenize(c.line)
        #expect(tokens == c.tokens)
        // Every non-string token's text is exactly its bytes of the line.
        let bytes = Array(c.line.utf8)
        for t in tokens where t.kind != .string {
            #expect(String(decoding: bytes[t.range.start..<t.range.end], as: UTF8.self) == t.text)
        }
    }

    /// A line and the commands `Lexer.commands` splits it into, as token texts.
    struct SplitCase: Sendable, CustomTestStringConvertible {
        let line: String
        let commands: [[String]]
        var testDescription: String { line.isEmpty ? "(empty)" : line }
        init(_ line: String, _ commands: [[String]]) {
            self.line = line
            self.commands = commands
        }
    }

    static let splits: [SplitCase] = [
        SplitCase("", []),
        SplitCase("list", [["list"]]),
        SplitCase("undo; redo", [["undo"], ["redo"]]),
        SplitCase("undo;redo;list leads", [["undo"], ["redo"], ["list", "leads"]]),
        SplitCase("; ;", []),
        SplitCase(";;add lead A;;  ;move 1 to Contacted;", [["add", "lead", "A"], ["move", "1", "to", "Contacted"]]),
        SplitCase("add lead \"a;b\"; list", [["add", "lead", "a;b"], ["list"]]),
        SplitCase("list; # count; stages", [["list"]]),
        SplitCase("now 2026-03-02 ; list where value >= 1k", [["now", "2026-03-02"], ["list", "where", "value", ">=", "1k"]]),
    ]

    @Test(arguments: splits)
    func commands(_ c: SplitCase) throws {
        let commands = Lexer.commands(try Lexer.tokenize(c.line))
        #expect(commands.map { $0.map(\.text) } == c.commands)
        #expect(commands.allSatisfy { $0.allSatisfy { $0.kind != .semicolon } })
    }

    @Test func commandsKeepSourceRanges() throws {
        let commands = Lexer.commands(try Lexer.tokenize("undo; move 1 to Won"))
        #expect(commands.count == 2)
        #expect(commands[1].first?.range == SourceRange(6, 10))
        #expect(commands[1].last?.range == SourceRange(16, 19))
    }

    /// A line the lexer refuses, with the diagnostic's message and range.
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let line: String
        let message: Message
        let range: SourceRange
        var testDescription: String { line }
        init(_ line: String, _ message: Message, _ range: SourceRange) {
            self.line = line
            self.message = message
            self.range = range
        }
    }

    static let errors: [ErrorCase] = [
        ErrorCase("add lead \"Acme", Message.unterminatedString, SourceRange(9, 14)),
        ErrorCase("add lead 'Acme", Message.unterminatedString, SourceRange(9, 14)),
        ErrorCase(#"add lead "Acme\""#, Message.unterminatedString, SourceRange(9, 16)),
        ErrorCase(#"add lead "a\qb""#, Message.unknownEscape(#"\q"#), SourceRange(11, 13)),
        ErrorCase("list where a ! b", Message.unexpected("!"), SourceRange(13, 14)),
        ErrorCase("list where a !", Message.unexpected("!"), SourceRange(13, 14)),
        ErrorCase("move 7 to \"Đã liên hệ", Message.unterminatedString, SourceRange(10, 26)),
        ErrorCase("owner = “Lan", Message.unterminatedString, SourceRange(8, 14)),
        ErrorCase("owner = “Lan“", Message.unterminatedString, SourceRange(8, 17)),
        ErrorCase(#"add lead “a\é”"#, Message.unknownEscape(#"\é"#), SourceRange(13, 16)),
        ErrorCase("list where stage == Won", Message.unknownOperator("=="), SourceRange(17, 19)),
        ErrorCase("list where stage<>Won", Message.unknownOperator("<>"), SourceRange(16, 18)),
        ErrorCase("list where value => 5", Message.unknownOperator("=>"), SourceRange(17, 19)),
        ErrorCase("list where value =< 5", Message.unknownOperator("=<"), SourceRange(17, 19)),
    ]

    @Test(arguments: errors)
    func refused(_ c: ErrorCase) {
        #expect {
            _ = try Lexer.tokenize(c.line)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.message == c.message && d.range == c.range
        }
    }

    @Test(arguments: [
        ("list where a ! = b", Message.hintNotEqual),
        ("list where a != b and ! b = 1", Message.hintNegation),
        ("list where !(a = 1)", Message.hintNegation),
    ])
    func strayBangHints(_ line: String, _ hint: Message) {
        do {
            _ = try Lexer.tokenize(line)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == Message.unexpected("!"))
            #expect(error.hints == [hint])
        }
    }

    @Test(arguments: [
        ("list where stage == Won", Message.hintEqual),
        ("list where stage <> Won", Message.hintNotEqual),
        ("list where value => 5", Message.hintDidYouMean(">=")),
        ("list where value =< 5", Message.hintDidYouMean("<=")),
    ])
    func foreignOperatorHints(_ line: String, _ hint: Message) {
        do {
            _ = try Lexer.tokenize(line)
            Issue.record("expected an error")
        } catch {
            #expect(error.hints == [hint])
        }
    }

    @Test func unterminatedCurlyStringHintsItsCloser() {
        for (line, closer) in [("a “b", "”"), ("a „b", "“"), ("a ‘b", "’"), ("a «b", "»")] {
            do {
                _ = try Lexer.tokenize(line)
                Issue.record("expected an error for \(line)")
            } catch {
                #expect(error.hints == [Message.hintCloseQuote(Character(closer))])
            }
        }
    }

    /// The caret of a diagnostic after curly quotes and Vietnamese: columns are characters, not bytes.
    @Test func caretAfterCurlyQuotes() throws {
        let line = "add lead “Đông Á” stage=Negociation"
        let tokens = try Lexer.tokenize(line)
        let stage = try #require(tokens.last)
        let d = Diagnostic(.verbatim("unknown stage"), at: stage.range)
        #expect(
            DiagnosticFormatter.format(d, source: "s.stg", line: 1, text: line) == """
                stagesh: s.stg:1:25: error: unknown stage
                    add lead “Đông Á” stage=Negociation
                                            ^~~~~~~~~~~

                """)
    }

    @Test(arguments: [
        "Negotiation", "Proposal Sent", "Đã liên hệ", "a\"b", "x#y", "a;b", "it's", "tab\there", "", "(x)", "a=b",
        "“Lan”", "’90s", "«x»", "O’Brien",
    ])
    func quotedNamesReadBack(_ name: String) throws {
        let tokens = try Lexer.tokenize(Quoting.quoteIfNeeded(name))
        #expect(tokens.count == 1)
        #expect(tokens.first?.text == name)
    }
}
