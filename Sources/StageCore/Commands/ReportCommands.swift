/// The stage reports: what managers open stagesh for.
enum ReportCommands {
    static let by: Grammar = .sequence([.keyword("by"), .groupKeys])
    static let asOf: Grammar = .sequence([.keyword("as"), .keyword("of"), .argument(.asOf, .moment)])
    static let since: Grammar = .sequence([.keyword("since"), .argument(.since, .moment)])
    static let until: Grammar = .sequence([.keyword("until"), .argument(.until, .moment)])
    static let filter: Grammar = .sequence([.keyword("where"), .expression(.condition)])

    /// The clauses every report shares, then its own.
    static func clauses(_ own: [Grammar]) -> Grammar { .clauses(own + [filter, by, asOf, Clauses.orderBy, Clauses.limitN]) }

    static func query(_ c: Captures) throws(Diagnostic) -> ReportQuery {
        var q = ReportQuery()
        q.kinds = c.kindFilter
        q.strict = c.has("strict")
        q.filter = c.expressions[.condition]?.0
        if c.groups.count > 1 {
            throw Diagnostic(Messages.reportOneGroup, at: c.groups[1].range)
        }
        q.group = c.groups.first
        // A period in `as of` and `until` means its end: `as of 2026-Q3` is the state when Q3 ended.
        q.asOf = try c.moment(.asOf, atEnd: true)
        q.since = try c.moment(.since, atEnd: false)
        q.until = try c.moment(.until, atEnd: true)
        q.order = c.order
        q.limit = try c.integer(.number)
        q.from = c.located(.from)
        q.to = c.located(.to)
        q.stage = c.located(.stage)
        if let t = c.token(.duration) { q.over = Located(try ValueParser.duration(t), t.range) }
        return q
    }

    /// The reports that carry a chart.
    static let charted: [ReportKind] = [.funnel, .conversion, .dwell]

    static let all: [CommandSpec] = [
        CommandSpec(
            "funnel", group: .reports,
            grammar: .sequence([
                .optional(.oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps"), .keyword("all")])),
                .optional(.keyword("strict")), clauses([]),
            ]),
            summary: "per stage: records there now (count, value) and records that ever reached it",
            details: """
            Reached counts records that entered the stage at least once (a skipped stage is not reached), with
            the share of the first stage and of the previous one. strict counts only records that passed every
            earlier stage in order.
            """,
            summaryVi: "theo từng giai đoạn: số bản ghi hiện có (số lượng, giá trị) và số bản ghi từng đạt tới",
            detailsVi: """
            Đã đạt là số bản ghi từng vào giai đoạn ít nhất một lần (giai đoạn bị bỏ qua thì không tính), kèm
            tỷ lệ so với giai đoạn đầu và giai đoạn trước. strict chỉ đếm các bản ghi đã đi qua mọi giai đoạn
            trước đó theo đúng thứ tự.
            """,
            examples: ["funnel", "funnel opportunities by owner", "funnel as of 2026-06-30"]
        ) { c throws(Diagnostic) in .report(.funnel, try query(c)) },
        CommandSpec(
            "conversion", group: .reports,
            grammar: clauses([.sequence([.keyword("from"), .argument(.from, .stage)]),
                              .sequence([.keyword("to"), .argument(.to, .stage)])]),
            summary: "of records that entered a stage, the share that later entered another",
            details: "Without from/to: every consecutive pair of stages, and each stage to the won stage.",
            summaryVi: "trong số bản ghi đã vào một giai đoạn, tỷ lệ sau đó vào giai đoạn khác",
            detailsVi: "Không có from/to: mọi cặp giai đoạn liên tiếp, và từng giai đoạn đến giai đoạn thắng.",
            examples: ["conversion", "conversion from Negotiation to Won", "conversion from Negotiation by owner"]
        ) { c throws(Diagnostic) in .report(.conversion, try query(c)) },
        CommandSpec(
            "winrate", group: .reports, grammar: clauses([since, until]),
            summary: "won / (won + lost) over closed records",
            details: "since/until keep the records closed in that window.",
            summaryVi: "tỷ lệ thắng: thắng / (thắng + thua) trên các bản ghi đã đóng",
            detailsVi: "since/until chỉ giữ các bản ghi đóng trong khoảng thời gian đó.",
            examples: ["winrate by owner", "winrate since 2026-01-01 until 2026-07-01"]
        ) { c throws(Diagnostic) in .report(.winrate, try query(c)) },
        CommandSpec(
            "cycle", group: .reports, grammar: clauses([]),
            summary: "days from creation to won and to lost: count, mean, median, p90",
            summaryVi: "số ngày từ lúc tạo đến khi thắng và đến khi thua: số lượng, trung bình, trung vị, p90",
            examples: ["cycle", "cycle by source"]
        ) { c throws(Diagnostic) in .report(.cycle, try query(c)) },
        CommandSpec(
            "dwell", group: .reports, grammar: clauses([]),
            summary: "days spent in each stage: closed spells and open ones",
            summaryVi: "số ngày nằm ở mỗi giai đoạn: các lượt đã kết thúc và các lượt đang mở",
            examples: ["dwell", "dwell where owner ~ lan"]
        ) { c throws(Diagnostic) in .report(.dwell, try query(c)) },
        CommandSpec(
            "stuck", group: .reports,
            grammar: clauses([.sequence([.keyword("over"), .argument(.duration, .duration)]),
                              .sequence([.keyword("in"), .argument(.stage, .stage)])]),
            summary: "open records whose last stage change is older than a threshold",
            details: """
            The threshold is `over DURATION`, else the stage's own (`stage set NAME stale=14d`), else 30 days.
            One row per record, oldest first; `by FIELD` counts them instead.
            """,
            summaryVi: "các bản ghi đang mở có lần đổi giai đoạn cuối cũ hơn một ngưỡng",
            detailsVi: """
            Ngưỡng là `over DURATION`, nếu không thì ngưỡng riêng của giai đoạn (`stage set NAME stale=14d`), nếu không thì 30 ngày.
            Mỗi bản ghi một dòng, cũ nhất trước; `by FIELD` thì đếm theo nhóm.
            """,
            examples: ["stuck", "stuck over 30d by stage", "stuck in Negotiation over 2w"]
        ) { c throws(Diagnostic) in .report(.stuck, try query(c)) },
        CommandSpec(
            "forecast", group: .reports, grammar: clauses([]),
            summary: "open opportunities' value weighted by stage probability",
            details: "by month groups by the month of expected_close; any other field works too.",
            summaryVi: "giá trị các cơ hội đang mở, nhân theo xác suất của giai đoạn",
            detailsVi: "by month nhóm theo tháng của expected_close; trường nào khác cũng được.",
            examples: ["forecast", "forecast by month", "forecast by owner"]
        ) { c throws(Diagnostic) in .report(.forecast, try query(c)) },
        CommandSpec(
            "export chart", group: .reports,
            grammar: .sequence([.argument(.report, .choice(charted.map(\.rawValue))), .argument(.file, .file),
                                clauses([.sequence([.keyword("from"), .argument(.from, .stage)]),
                                         .sequence([.keyword("to"), .argument(.to, .stage)])])]),
            summary: "write a report's chart as a standalone SVG file",
            details: "For funnel, conversion and dwell; the report's own clauses apply. No fonts or scripts are embedded.",
            summaryVi: "ghi biểu đồ của một báo cáo thành tệp SVG độc lập",
            detailsVi: "Cho funnel, conversion và dwell; áp dụng các mệnh đề riêng của báo cáo. Không nhúng phông chữ hay script.",
            examples: ["export chart funnel funnel.svg", "export chart conversion q3.svg where source = event"]
        ) { c throws(Diagnostic) in
            let kind = ReportKind(rawValue: c.text(.report)!.lowercased())!
            return .exportChart(kind, try query(c), file: c.required(.file))
        },
        CommandSpec(
            "export report", group: .reports,
            grammar: .sequence([.argument(.report, .choice(ReportKind.allCases.map(\.rawValue))), .argument(.file, .file),
                                clauses([.oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps")]),
                                         .keyword("strict"),
                                         .sequence([.keyword("from"), .argument(.from, .stage)]),
                                         .sequence([.keyword("to"), .argument(.to, .stage)]),
                                         .sequence([.keyword("in"), .argument(.stage, .stage)]),
                                         .sequence([.keyword("over"), .argument(.duration, .duration)]),
                                         since, until])]),
            summary: "write a report to a file: CSV, TSV, JSON or Markdown by its extension",
            details: "FILE.csv (the default), .tsv, .json or .md; the report's own clauses apply.",
            summaryVi: "ghi một báo cáo ra tệp: CSV, TSV, JSON hoặc Markdown theo phần mở rộng",
            detailsVi: "FILE.csv (mặc định), .tsv, .json hoặc .md; áp dụng các mệnh đề riêng của báo cáo. Tên cột luôn bằng tiếng Anh.",
            examples: ["export report funnel funnel.csv", "export report winrate winrate.json by owner"]
        ) { c throws(Diagnostic) in
            let kind = ReportKind(rawValue: c.text(.report)!.lowercased())!
            return .exportReport(kind, try query(c), file: c.required(.file))
        },
        CommandSpec(
            "calibrate", group: .reports, grammar: clauses([]),
            summary: "per stage, the share later won beside the configured probability",
            summaryVi: "theo từng giai đoạn, tỷ lệ sau đó thắng bên cạnh xác suất đã cấu hình",
            examples: ["calibrate"]
        ) { c throws(Diagnostic) in .report(.calibrate, try query(c)) },
    ]
}
