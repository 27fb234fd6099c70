/// The commands that configure stages, the policy and rules.
enum PipelineCommands {
    static let kind: Grammar = .oneOf([.keyword("lead"), .keyword("opportunity"), .keyword("opp")])

    static func kind(_ c: Captures) -> RecordKind { c.has("lead") ? .lead : .opportunity }

    static let all: [CommandSpec] = [
        CommandSpec(
            "stages", group: .pipeline,
            grammar: .optional(.oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps")])),
            summary: "the pipeline's stages with order, probability and record counts",
            summaryVi: "các giai đoạn của quy trình, với thứ tự, xác suất và số bản ghi",
            examples: ["stages", "stages opportunities"]
        ) { c throws(Diagnostic) in
            switch c.kindFilter {
            case .all: .stages(kind: nil)
            case .only(let k): .stages(kind: k)
            }
        },
        CommandSpec(
            "stage add", group: .pipeline,
            grammar: .sequence([
                kind, .argument(.name, .text),
                .optional(.oneOf([.sequence([.keyword("before"), .argument(.stage, .stage)]),
                                  .sequence([.keyword("after"), .argument(.stage, .stage)])])),
                .optional(.sequence([.keyword("probability"), .argument(.number, .number)])),
                .optional(.oneOf([.keyword("won"), .keyword("lost")])),
            ]),
            summary: "add a stage to the lead or opportunity pipeline",
            details: "An open stage goes before the closed ones unless placed; probability is a percentage.",
            summaryVi: "thêm một giai đoạn vào quy trình lead hoặc cơ hội",
            detailsVi: "Giai đoạn mở đứng trước các giai đoạn đã đóng trừ khi được chỉ định vị trí; probability là phần trăm.",
            examples: ["stage add opportunity Demo after Negotiation probability 50", "stage add lead Disqualified lost"]
        ) { c throws(Diagnostic) in
            let placement: StagePlacement =
                c.has("before") ? .before(c.required(.stage)) : c.has("after") ? .after(c.required(.stage)) : .end
            let probability = try c.token(.number).map { (t) throws(Diagnostic) in Located(try ValueParser.probability(t), t.range) }
            let outcome: StageOutcome = c.has("won") ? .won : c.has("lost") ? .lost : .open
            return .stageAdd(kind: kind(c), name: c.required(.name), placement: placement, probability: probability, outcome: outcome)
        },
        CommandSpec(
            "stage rename", group: .pipeline,
            grammar: .sequence([.argument(.name, .stage), .keyword("to"), .argument(.newName, .text)]),
            summary: "rename a stage (records and history follow)",
            summaryVi: "đổi tên một giai đoạn (bản ghi và lịch sử đổi theo)",
            examples: ["stage rename \"Proposal Sent\" to Quoted"]
        ) { c throws(Diagnostic) in .stageRename(from: c.required(.name), to: c.required(.newName)) },
        CommandSpec(
            "stage set", group: .pipeline,
            grammar: .sequence([.argument(.name, .stage), .assignments(min: 1, .stageSettings)]),
            summary: "change a stage's probability or stale threshold",
            details: "stale=DURATION is how long a record may sit in the stage before `stuck` lists it (default 30d).",
            summaryVi: "đổi xác suất hoặc ngưỡng tồn đọng (stale) của một giai đoạn",
            detailsVi: "stale=DURATION là thời gian một bản ghi được nằm ở giai đoạn trước khi `stuck` liệt kê nó (mặc định 30d).",
            examples: ["stage set Negotiation probability=35", "stage set Negotiation stale=14d"]
        ) { c throws(Diagnostic) in .stageSet(name: c.required(.name), fields: c.assignments) },
        CommandSpec(
            "stage remove", group: .pipeline, grammar: .argument(.name, .stage),
            summary: "remove a stage no record uses or has used",
            summaryVi: "xóa một giai đoạn chưa từng có bản ghi nào dùng",
            examples: ["stage remove Demo"]
        ) { c throws(Diagnostic) in .stageRemove(name: c.required(.name)) },
        CommandSpec(
            "stages set", group: .pipeline,
            grammar: .sequence([
                .oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps"), .keyword("lead"), .keyword("opportunity")]),
                .list(.stages, .stage),
                .optional(.sequence([.keyword("won"), .argument(.wonStage, .stage)])),
                .optional(.sequence([.keyword("lost"), .argument(.lostStage, .stage)])),
            ]),
            summary: "replace a kind's stages in one step: open stages in order, then the won and lost ones",
            details: """
            Stages already there keep their records, history and probability; new ones have no probability
            until `stage set` gives one; stages left out are removed, which is refused while records use them.
            """,
            summaryVi: "thay toàn bộ giai đoạn của một loại trong một bước: các giai đoạn mở theo thứ tự, rồi giai đoạn thắng và thua",
            detailsVi: """
            Giai đoạn đã có giữ nguyên bản ghi, lịch sử và xác suất; giai đoạn mới chưa có xác suất cho đến khi
            `stage set` đặt; giai đoạn không được nêu sẽ bị xóa, và bị từ chối khi còn bản ghi dùng nó.
            """,
            examples: ["stages set opportunities Prospecting, Engaging, Negotiation won \"Closed Won\" lost \"Closed Lost\"",
                       "stages set leads New, Working, Qualified"]
        ) { c throws(Diagnostic) in
            .stagesSet(kind: c.has("leads") || c.has("lead") ? .lead : .opportunity,
                       open: (c.values[.stages] ?? []).map { Located($0.text, $0.range) },
                       won: c.token(.wonStage).map { Located($0.text, $0.range) },
                       lost: c.token(.lostStage).map { Located($0.text, $0.range) })
        },
        CommandSpec(
            "policy", group: .pipeline,
            grammar: .optional(.argument(.policy, .choice(Policy.allCases.map(\.rawValue)))),
            summary: "show or set which stage moves are allowed",
            details: """
            free: any move within a kind. forward (default): no move backwards, except out of a closed
            stage by an explicit move. strict: as forward, and no skipping an open stage.
            """,
            summaryVi: "xem hoặc đặt những bước chuyển giai đoạn được phép",
            detailsVi: """
            free: chuyển tự do trong cùng loại. forward (mặc định): không chuyển lùi, trừ khi rời một giai đoạn
            đã đóng bằng lệnh move tường minh. strict: như forward, và không được bỏ qua giai đoạn mở nào.
            """,
            examples: ["policy strict"]
        ) { c throws(Diagnostic) in .policy(c.text(.policy).flatMap { Policy(rawValue: $0.lowercased()) }) },
        CommandSpec(
            "rules", group: .pipeline,
            summary: "the automatic moves, numbered", summaryVi: "các quy tắc chuyển tự động, có đánh số", examples: ["rules"]
        ) { _ throws(Diagnostic) in .rules },
        CommandSpec(
            "rule add", group: .pipeline,
            grammar: .sequence([.keyword("on"), .argument(.activity, .activity),
                                .optional(.sequence([.keyword("when"), .expression(.condition)])),
                                .keyword("move"), .keyword("to"), .argument(.stage, .stage)]),
            summary: "move records automatically when an activity is logged",
            details: "A rule moves only records of its stage's kind; the policy applies to its moves.",
            summaryVi: "tự động chuyển bản ghi khi ghi nhận một hoạt động",
            detailsVi: "Một quy tắc chỉ chuyển bản ghi cùng loại với giai đoạn đích; chính sách áp dụng cho các bước chuyển đó.",
            examples: ["rule add on meeting when stage = Contacted move to Qualified",
                       "rule add on demo when value >= 100k move to \"Proposal Sent\""]
        ) { c throws(Diagnostic) in
            .ruleAdd(activity: c.required(.activity), condition: c.expressions[.condition]?.0,
                     conditionText: c.expressions[.condition].map { c.source($0.1) }, stage: c.required(.stage))
        },
        CommandSpec(
            "rule remove", group: .pipeline, grammar: .argument(.number, .integer),
            summary: "remove a rule by its number", summaryVi: "xóa một quy tắc theo số thứ tự", examples: ["rule remove 1"]
        ) { c throws(Diagnostic) in .ruleRemove(number: try c.integer(.number)!) },
    ]
}
