/// The commands that add records and change their stages.
enum RecordCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            "add lead", group: .records,
            grammar: .sequence([.argument(.name, .text), .assignments(min: 0, .newRecord(.lead))]),
            summary: "add a lead in the first lead stage",
            details: "Fields: account, owner, source, value, created, expected_close, stage, id, and any custom name=value.",
            summaryVi: "thêm một khách hàng tiềm năng (lead) vào giai đoạn lead đầu tiên",
            detailsVi: "Trường: account, owner, source, value, created, expected_close, stage, id, và mọi trường tự đặt name=value.",
            examples: ["add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web"]
        ) { c throws(Diagnostic) in .add(kind: .lead, name: c.required(.name), fields: c.assignments) },
        CommandSpec(
            "add opportunity", aliases: ["add opp"], group: .records,
            grammar: .sequence([.argument(.name, .text), .assignments(min: 0, .newRecord(.opportunity))]),
            summary: "add an opportunity in the first opportunity stage",
            details: "Fields as for `add lead`.",
            summaryVi: "thêm một cơ hội (opportunity) vào giai đoạn cơ hội đầu tiên",
            detailsVi: "Trường như với `add lead`.",
            examples: ["add opp \"CRM rollout 50 seats\" account=Acme value=1.2m"]
        ) { c throws(Diagnostic) in .add(kind: .opportunity, name: c.required(.name), fields: c.assignments) },
        CommandSpec(
            "set", group: .records,
            grammar: .sequence([.argument(.id, .id), .assignments(min: 1, .record)]),
            summary: "change fields of a record",
            details: "Stages change with `move`, not `set`. An empty value (\"\") clears a field.",
            summaryVi: "đổi các trường của một bản ghi",
            detailsVi: "Giai đoạn đổi bằng `move`, không bằng `set`. Giá trị rỗng (\"\") xóa một trường.",
            examples: ["set 12 owner=\"Trần Minh\" value=60000"]
        ) { c throws(Diagnostic) in .set(id: c.required(.id), fields: c.assignments) },
        CommandSpec(
            "delete", group: .records, grammar: .argument(.id, .id),
            summary: "delete a record (undo brings it back)",
            summaryVi: "xóa một bản ghi (undo sẽ khôi phục)",
            examples: ["delete 12"]
        ) { c throws(Diagnostic) in .delete(id: c.required(.id)) },
        CommandSpec(
            "move", group: .records,
            grammar: .sequence([.argument(.id, .id), .keyword("to"), .argument(.stage, .stage), Clauses.onDate, Clauses.because]),
            summary: "move a record to a stage",
            details: "The policy decides which moves are allowed (see `policy`). Quote stage names with spaces.",
            summaryVi: "chuyển một bản ghi sang một giai đoạn",
            detailsVi: "Chính sách quyết định những bước chuyển được phép (xem `policy`). Đặt tên giai đoạn có dấu cách trong ngoặc kép.",
            examples: ["move 12 to \"Proposal Sent\"", "move 12 to Negotiation on 2026-03-02 because \"new budget\""]
        ) { c throws(Diagnostic) in
            .move(id: c.required(.id), stage: c.required(.stage), on: try c.date(.date), because: c.text(.text))
        },
        CommandSpec(
            "convert", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate]),
            summary: "turn a qualified lead into an opportunity",
            details: "The lead must be in the last open lead stage; it enters the first opportunity stage and keeps its id and history.",
            summaryVi: "chuyển một lead đã xác nhận (qualified) thành cơ hội",
            detailsVi: "Lead phải ở giai đoạn lead mở cuối cùng; nó vào giai đoạn cơ hội đầu tiên, giữ nguyên id và lịch sử.",
            examples: ["convert 7"]
        ) { c throws(Diagnostic) in .convert(id: c.required(.id), on: try c.date(.date)) },
        CommandSpec(
            "won", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate]),
            summary: "move a record to the won stage",
            summaryVi: "chuyển một bản ghi sang giai đoạn thắng (won)",
            examples: ["won 12"]
        ) { c throws(Diagnostic) in .won(id: c.required(.id), on: try c.date(.date)) },
        CommandSpec(
            "lost", group: .records, grammar: .sequence([.argument(.id, .id), Clauses.onDate, Clauses.because]),
            summary: "move a record to the lost stage, with a reason",
            summaryVi: "chuyển một bản ghi sang giai đoạn thua (lost), kèm lý do",
            examples: ["lost 12 because \"price too high\""]
        ) { c throws(Diagnostic) in .lost(id: c.required(.id), on: try c.date(.date), because: c.text(.text)) },
        CommandSpec(
            "log", group: .records,
            grammar: .sequence([.argument(.activity, .activity), .argument(.id, .id), Clauses.onDate,
                                .optional(.sequence([.keyword("note"), .argument(.text, .text)]))]),
            summary: "record an activity (call, email, meeting, quote, ...); fires rules",
            details: "Rules (see `rules`) may move the record; the default rule moves a deal to \"Proposal Sent\" on a quote.",
            summaryVi: "ghi một hoạt động (call, email, meeting, quote, ...); kích hoạt các quy tắc",
            detailsVi: "Quy tắc (xem `rules`) có thể chuyển giai đoạn bản ghi; quy tắc mặc định chuyển cơ hội sang \"Proposal Sent\" khi có báo giá (quote).",
            examples: ["log call 12 note \"asked for a demo\"", "log quote 12"]
        ) { c throws(Diagnostic) in
            .log(activity: c.required(.activity), id: c.required(.id), on: try c.date(.date), note: c.text(.text))
        },
        CommandSpec(
            "generate", group: .records,
            grammar: .sequence([.argument(.number, .integer), .optional(.sequence([.keyword("seed"), .argument(.seed, .integer)]))]),
            summary: "add N made-up records with believable histories, for a demo",
            details: "The same seed gives the same records on every machine (seed 1 when none is given).",
            summaryVi: "thêm N bản ghi giả với lịch sử hợp lý, để trình diễn",
            detailsVi: "Cùng một seed cho ra cùng các bản ghi trên mọi máy (seed 1 khi không chỉ định).",
            examples: ["generate 1000", "generate 50000 seed 7"]
        ) { c throws(Diagnostic) in
            let seed = try c.integer(.seed)
            if let seed, seed.value < 0 { throw Diagnostic(Messages.notAWholeNumber(String(seed.value)), at: seed.range) }
            return .generate(count: try c.integer(.number)!, seed: UInt64(seed?.value ?? 1))
        },
        CommandSpec(
            "show", group: .records, grammar: .argument(.id, .id),
            summary: "one record as a card", summaryVi: "một bản ghi dưới dạng thẻ", examples: ["show 12"]
        ) { c throws(Diagnostic) in .show(id: c.required(.id)) },
        CommandSpec(
            "history", group: .records, grammar: .argument(.id, .id),
            summary: "a record's stage changes and activities", summaryVi: "các lần đổi giai đoạn và hoạt động của một bản ghi", examples: ["history 12"]
        ) { c throws(Diagnostic) in .history(id: c.required(.id)) },
    ]
}
