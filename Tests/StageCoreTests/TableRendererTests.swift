import Testing

@testable import StageCore

@Suite struct TableRendererTests {
    /// Vietnamese, CJK, a comma/quote-bearing text, a control-character text and every null.
    static let deals = Table(
        columns: [
            Column("id", alignment: .right), Column("name"), Column("value", alignment: .right),
            Column("win", alignment: .right), Column("created"), Column("note"),
        ],
        rows: [
            [
                .integer(1), .text("Nguyễn Văn An"), .amount(Amount(cents: 1_200_050)), .percent(37.41),
                .time(Timestamp(year: 2026, month: 3, day: 2, hour: 10, minute: 15)!), .text("says \"hi\", bye"),
            ],
            [
                .integer(12_000), .text("東京商事"), .amount(Amount(cents: -325)), .percent(5),
                .time(Timestamp(year: 2026, month: 3, day: 2)!), .null,
            ],
            [.integer(-1234), .text("Đã liên hệ"), .null, .null, .null, .text("a|b\tc\nd")],
        ],
        footer: .verbatim("(3 rows)")
    )

    static let expected: [(OutputFormat, String)] = [
        (
            .table,
            """
                 id | name          |     value |    win | created          | note
            --------+---------------+-----------+--------+------------------+----------------
                  1 | Nguyễn Văn An | 12,000.50 | 37.41% | 2026-03-02 10:15 | says "hi", bye
             12,000 | 東京商事      |     -3.25 |  5.00% | 2026-03-02       |
             -1,234 | Đã liên hệ    |           |        |                  | a|b\\tc\\nd
            (3 rows)

            """
        ),
        (
            .csv,
            """
            id,name,value,win,created,note
            1,Nguyễn Văn An,12000.50,37.41,2026-03-02T10:15:00Z,"says ""hi"", bye"
            12000,東京商事,-3.25,5.00,2026-03-02T00:00:00Z,
            -1234,Đã liên hệ,,,,"a|b\tc
            d"

            """
        ),
        (
            .tsv,
            """
            id\tname\tvalue\twin\tcreated\tnote
            1\tNguyễn Văn An\t12000.50\t37.41\t2026-03-02T10:15:00Z\tsays "hi", bye
            12000\t東京商事\t-3.25\t5.00\t2026-03-02T00:00:00Z\t
            -1234\tĐã liên hệ\t\t\t\ta|b\\tc\\nd

            """
        ),
        (
            .json,
            """
            [
              {"id": 1, "name": "Nguyễn Văn An", "value": 12000.50, "win": 37.41, \
            "created": "2026-03-02T10:15:00Z", "note": "says \\"hi\\", bye"},
              {"id": 12000, "name": "東京商事", "value": -3.25, "win": 5.00, \
            "created": "2026-03-02T00:00:00Z", "note": null},
              {"id": -1234, "name": "Đã liên hệ", "value": null, "win": null, \
            "created": null, "note": "a|b\\tc\\nd"}
            ]

            """
        ),
        (
            .markdown,
            """
            |     id | name          |     value |    win | created          | note           |
            | -----: | ------------- | --------: | -----: | ---------------- | -------------- |
            |      1 | Nguyễn Văn An | 12,000.50 | 37.41% | 2026-03-02 10:15 | says "hi", bye |
            | 12,000 | 東京商事      |     -3.25 |  5.00% | 2026-03-02       |                |
            | -1,234 | Đã liên hệ    |           |        |                  | a\\|b\\tc\\nd     |

            """
        ),
    ]

    @Test(arguments: expected)
    func renderEachFormat(_ format: OutputFormat, _ text: String) {
        #expect(TableRenderer.render(Self.deals, format: format) == text)
    }

    @Test func psqlLayout() {
        let table = Table(
            columns: [Column("id", alignment: .right), Column("name"), Column("stage")],
            rows: [
                [.integer(1), .text("Acme"), .text("New")],
                [.integer(12), .text("Bảo Tín 7"), .text("Proposal Sent")],
            ],
            footer: .verbatim("(2 rows)")
        )
        #expect(
            TableRenderer.render(table, format: .table) == """
                 id | name      | stage
                ----+-----------+---------------
                  1 | Acme      | New
                 12 | Bảo Tín 7 | Proposal Sent
                (2 rows)

                """)
    }

    @Test func decomposedVietnameseAlignsLikeComposed() {
        let nfc = Table(columns: [Column("name"), Column("n")], rows: [[.text("Nguyễn"), .integer(1)], [.text("An"), .integer(2)]])
        let nfd = Table(
            columns: [Column("name"), Column("n")], rows: [[.text("Nguye\u{0302}\u{0303}n"), .integer(1)], [.text("An"), .integer(2)]])
        let lines = TableRenderer.render(nfd, format: .table).split(separator: "\n")
        #expect(lines.map { DisplayWidth.of(String($0)) } == [11, 12, 11, 11])
        #expect(TableRenderer.render(nfc, format: .table) == TableRenderer.render(nfd, format: .table))
    }

    @Test(
        arguments: [
            (Cell.null, OutputFormat.table, ""), (.null, .csv, ""), (.null, .json, "null"),
            (.text("a,b"), .table, "a,b"), (.text("a,b"), .csv, "\"a,b\""), (.text("a\\b"), .tsv, "a\\\\b"),
            (.text("x\r\ny"), .table, "x\\r\\ny"), (.text("\u{1B}[31m"), .table, "\\x1B[31m"),
            (.text("\u{1}\u{8}\u{C}é"), .json, "\"\\u0001\\b\\fé\""),
            (.integer(12_000), .table, "12,000"), (.integer(-1234), .table, "-1,234"),
            (.integer(999), .table, "999"), (.integer(12_000), .csv, "12000"), (.integer(12_000), .json, "12000"),
            (.integer(Int64.min), .table, "-9,223,372,036,854,775,808"),
            (.amount(Amount(units: 12_000)), .table, "12,000"), (.amount(Amount(units: 12_000)), .csv, "12000"),
            (.amount(Amount(cents: 123_450)), .markdown, "1,234.50"), (.amount(Amount(cents: 123_450)), .json, "1234.50"),
            (.total(Int128(Int64.max) * 10), .table, "922,337,203,685,477,580.70"),
            (.total(-1_000_000), .csv, "-10000"),
            (.number(3.5, decimals: 2), .table, "3.50"), (.number(1234.567, decimals: 2), .table, "1,234.57"),
            (.number(1234.567, decimals: 2), .csv, "1234.57"), (.number(-0.001, decimals: 2), .table, "0.00"),
            (.number(-2.5, decimals: 0), .json, "-3"), (.number(7, decimals: 1), .json, "7.0"),
            (.number(.nan, decimals: 2), .json, "null"),
            (.percent(37.41), .table, "37.41%"), (.percent(37.41), .csv, "37.41"), (.percent(100), .json, "100.00"),
            (.percent(0.005), .tsv, "0.01"),
            (.time(Timestamp(year: 2026, month: 1, day: 5)!), .table, "2026-01-05"),
            (.time(Timestamp(year: 2026, month: 1, day: 5)!), .csv, "2026-01-05T00:00:00Z"),
            (.time(Timestamp(year: 2026, month: 1, day: 5, hour: 9, minute: 30)!), .json, "\"2026-01-05T09:30:00Z\""),
            (.bool(true), .table, "yes"), (.bool(false), .markdown, "no"),
            (.bool(true), .csv, "true"), (.bool(false), .json, "false"),
        ] as [(Cell, OutputFormat, String)])
    func cellText(_ cell: Cell, _ format: OutputFormat, _ text: String) {
        #expect(TableRenderer.text(cell, for: format) == text)
    }

    @Test func shrinksWidestTextColumnsToFit() {
        let table = Table(
            columns: [Column("id", alignment: .right), Column("name"), Column("note")],
            rows: [[.integer(1), .text("Công ty TNHH Thương mại Sài Gòn"), .text("日本語のメモがここにあります")]]
        )
        let text = TableRenderer.render(table, format: .table, width: 40)
        #expect(
            text == """
                 id | name            | note
                ----+-----------------+-----------------
                  1 | Công ty TNHH T… | 日本語のメモが…

                """)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
        // A table that already fits is left alone.
        #expect(TableRenderer.render(table, format: .table, width: 200) == TableRenderer.render(table, format: .table))
    }

    @Test func aTableThatCannotFitIsLeftWhole() {
        let table = Table(
            columns: [Column("amount", alignment: .right), Column("name"), Column("closed"), Column("stage")],
            rows: [
                [
                    .amount(Amount(units: 1_234_567_890)), .text("Nguyễn Văn An Holdings"),
                    .time(Timestamp(year: 2026, month: 3, day: 2)!), .text("Qualified"),
                ]
            ]
        )
        // Text narrows to 8 columns at the least, and numbers and dates not at all: 10 columns are out
        // of reach, so nothing is cut (a pager scrolls it sideways, a terminal wraps it).
        #expect(TableRenderer.render(table, format: .table, width: 10) == TableRenderer.render(table, format: .table))
        // Within reach, text is cut only as far as needed, the widest first.
        #expect(
            TableRenderer.render(table, format: .table, width: 56) == """
                        amount | name          | closed     | stage
                ---------------+---------------+------------+-----------
                 1,234,567,890 | Nguyễn Văn A… | 2026-03-02 | Qualified

                """)
    }

    @Test func expandedShowsARecordPerBlock() {
        let table = Table(
            columns: [Column("id", alignment: .right), Column("name"), Column("days in stage", alignment: .right)],
            rows: [
                [.integer(1), .text("Công ty An Phát"), .number(12.5, decimals: 2)],
                [.integer(2), .text("Acme"), .null],
            ], footer: .verbatim("(2 rows)"))
        #expect(
            TableRenderer.render(table, RenderOptions(format: .table, width: 40, expanded: .on)) == """
                -[ RECORD 1 ]-+----------------
                id            | 1
                name          | Công ty An Phát
                days in stage | 12.50
                -[ RECORD 2 ]-+----------------
                id            | 2
                name          | Acme
                days in stage |
                (2 rows)

                """)
        // Names narrower than the label: one rule.
        let short = Table(columns: [Column("id"), Column("note")], rows: [[.integer(7), .text("a long note here")]])
        #expect(
            TableRenderer.render(short, RenderOptions(format: .table, expanded: .on)) == """
                -[ RECORD 1 ]----------
                id   | 7
                note | a long note here

                """)
    }

    /// `auto` expands only a table wider than the window; `off` cuts text to fit, when it can.
    @Test func expandedAutoWhenWiderThanTheWindow() {
        let narrow = RenderOptions(format: .table, width: 20, expanded: .auto)
        #expect(TableRenderer.render(Self.deals, narrow).hasPrefix("-[ RECORD 1 ]"))
        #expect(TableRenderer.render(Self.deals, narrow).split(separator: "\n").count == 3 * 7 + 1)
        let wide = RenderOptions(format: .table, width: 200, expanded: .auto)
        #expect(TableRenderer.render(Self.deals, wide) == TableRenderer.render(Self.deals, format: .table))
        #expect(TableRenderer.render(Table(columns: [Column("id")]), RenderOptions(format: .table, expanded: .on)) == "(0 rows)\n")
    }

    /// A table that makes its rows as they are printed prints as the same table with stored rows,
    /// in every format, a batch at a time; `stop` ends it between batches.
    @Test func madeRowsPrintAsStoredOnes() throws {
        let n = TableRenderer.batchSize * 2 + 7
        let columns = [Column("id", alignment: .right), Column("name")]
        let made = Table(columns: columns, count: n, footer: .verbatim("(\(n) rows)")) { i in [.integer(Int64(i)), .text("deal \(i)")] }
        let stored = Table(columns: columns, rows: (0..<n).map { [.integer(Int64($0)), .text("deal \($0)")] }, footer: .verbatim("(\(n) rows)"))
        for format in OutputFormat.allCases {
            var pieces = 0
            var text = ""
            try TableRenderer.write(
                made, RenderOptions(format: format),
                to: {
                    text += $0; pieces += 1
                }, stop: { false })
            #expect(text == TableRenderer.render(stored, format: format), "\(format)")
            #expect(pieces >= 3, "\(format): written a batch at a time")
        }
        var written = 0
        #expect(throws: Interrupted.self) {
            try TableRenderer.write(made, RenderOptions(format: .csv), to: { _ in written += 1 }, stop: { written >= 1 })
        }
        #expect(written == 1)
    }

    @Test func cardShowsFirstRowVertically() {
        #expect(
            TableRenderer.renderCard(Self.deals, format: .table) == """
                 id      | 1
                 name    | Nguyễn Văn An
                 value   | 12,000.50
                 win     | 37.41%
                 created | 2026-03-02 10:15
                 note    | says "hi", bye

                """)
        let second = Table(columns: Self.deals.columns, rows: [Self.deals.rows[2]])
        #expect(
            TableRenderer.renderCard(second, format: .table) == """
                 id      | -1,234
                 name    | Đã liên hệ
                 value   |
                 win     |
                 created |
                 note    | a|b\\tc\\nd

                """)
    }

    @Test(arguments: [OutputFormat.csv, .tsv, .json, .markdown])
    func cardMatchesRenderOutsideTables(_ format: OutputFormat) {
        #expect(TableRenderer.renderCard(Self.deals, format: format) == TableRenderer.render(Self.deals, format: format))
    }

    /// Units follow a card's values for people (table, Markdown); an empty value
    /// gets none; csv, tsv and json print the bare value under the contract's name.
    @Test func cardUnits() {
        let card = Table(
            columns: [
                Column("age", alignment: .right, unit: .verbatim("days")), Column("value", alignment: .right, unit: .verbatim("VND")),
                Column("days_in_stage", alignment: .right, unit: .verbatim("days")), Column("id"),
            ],
            rows: [[.number(452.256, decimals: 2), .amount(Amount(cents: 2_800_000)), .null, .text("3")]])
        #expect(
            TableRenderer.renderCard(card, format: .table) == """
                 age           | 452.26 days
                 value         | 28,000 VND
                 days_in_stage |
                 id            | 3

                """)
        #expect(
            TableRenderer.renderCard(card, format: .markdown) == """
                |         age |      value | days_in_stage | id  |
                | ----------: | ---------: | ------------: | --- |
                | 452.26 days | 28,000 VND |               | 3   |

                """)
        #expect(TableRenderer.renderCard(card, format: .csv) == "age,value,days_in_stage,id\n452.26,28000,,3\n")
        #expect(TableRenderer.renderCard(card, format: .tsv) == "age\tvalue\tdays_in_stage\tid\n452.26\t28000\t\t3\n")
        #expect(
            TableRenderer.renderCard(card, format: .json)
                == "[\n  {\"age\": 452.26, \"value\": 28000, \"days_in_stage\": null, \"id\": \"3\"}\n]\n")
        // Cut to the window like any value, the unit with it.
        #expect(TableRenderer.renderCard(card, format: .table, width: 24).hasPrefix(" age           | 452.26 …\n"))
    }

    @Test(
        arguments: [
            (OutputFormat.table, " 名前 | n\n------+---\n(0 rows)\n"),
            (.csv, "名前,n\n"), (.tsv, "名前\tn\n"), (.json, "[]\n"),
            (.markdown, "| 名前 | n   |\n| ---- | --- |\n"),
        ] as [(OutputFormat, String)])
    func emptyTable(_ format: OutputFormat, _ text: String) {
        let table = Table(columns: [Column("名前"), Column("n")], footer: .verbatim("(0 rows)"))
        #expect(TableRenderer.render(table, format: format) == text)
        #expect(TableRenderer.renderCard(table, format: .table) == "")
    }

    @Test(arguments: OutputFormat.allCases)
    func noColumnsRendersNothing(_ format: OutputFormat) {
        #expect(TableRenderer.render(Table(columns: []), format: format) == "")
    }
}
