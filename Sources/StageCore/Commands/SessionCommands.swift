/// The commands about the session itself: history, clock, files and output.
enum SessionCommands {
    static let dataSet: Grammar = .oneOf([.keyword("records"), .keyword("events")])

    static func dataSet(_ c: Captures) -> DataSet { c.has("records") ? .records : .events }

    /// The `import` clauses as options: a preset first, then the command's own.
    static func importOptions(_ c: Captures) throws(Diagnostic) -> ImportOptions {
        var dates: DateFormat?
        if let t = c.token(.format) {
            guard let format = DateFormat(t.text) else {
                throw Diagnostic(Messages.badDateFormat(t.text), at: t.range, hint: Messages.hintDateFormats)
            }
            dates = format
        }
        var mapping: [String: String] = [:], stages: [String: String] = [:]
        var mappedFrom: [String: String] = [:]
        for a in c.assignmentsOf[.columnMap] ?? [] {
            let column = Names.key(a.field.value)
            // A stage keeps its spelling, so that `create stages` names it as written.
            let field = EnteredColumn.stage(in: a.value.text).map(EnteredColumn.field) ?? Names.key(a.value.text)
            if let first = mapping[column] {
                throw Diagnostic(Messages.mapColumnTwice(a.field.value, first, field), at: a.field.range)
            }
            if let other = mappedFrom[field] {
                throw Diagnostic(Messages.mapFieldTwice(field, other, a.field.value), at: a.field.range)
            }
            mapping[column] = field
            mappedFrom[field] = a.field.value
        }
        for a in c.assignmentsOf[.stageMap] ?? [] { stages[Names.key(a.field.value)] = Names.normalized(a.value.text) }
        var options = ImportOptions(preset: c.token(.preset).flatMap { ImportPreset.named($0.text) }, mapping: mapping, dates: dates,
                                    stageMap: stages, createStages: c.has("create"), dryRun: c.has("dry-run"), strict: c.has("strict"))
        options.encoding = c.text(.encoding).flatMap(TextEncoding.init(name:))
        options.sheet = c.text(.sheet)
        return options
    }

    static let all: [CommandSpec] = [
        CommandSpec("undo", group: .session, summary: "take back the last change", summaryVi: "hoàn tác thay đổi gần nhất", examples: ["undo"]) { _ throws(Diagnostic) in .undo },
        CommandSpec("redo", group: .session, summary: "apply again what undo took back", summaryVi: "làm lại điều undo vừa hoàn tác", examples: ["redo"]) { _ throws(Diagnostic) in .redo },
        CommandSpec(
            "check", group: .session, summary: "verify that the session's data is consistent",
            details: "Checks that every record's stage is where its ledger ends, that each ledger starts with a creation and runs in time order, that ids are unique and that every stage named is in the pipeline.",
            summaryVi: "kiểm tra dữ liệu của phiên có nhất quán không",
            detailsVi: "Kiểm tra giai đoạn của mỗi bản ghi trùng với cuối sổ ghi, mỗi sổ ghi bắt đầu bằng lần tạo và theo thứ tự thời gian, mã không trùng và mọi giai đoạn được nhắc tới đều có trong quy trình.",
            examples: ["check"]
        ) { _ throws(Diagnostic) in .check },
        CommandSpec(
            "now", group: .session,
            grammar: .optional(.oneOf([.keyword("clear"), .argument(.date, .date)])),
            summary: "show or freeze the session clock",
            details: "Freezing the clock makes a session's output reproducible; `now clear` follows the system clock again.",
            summaryVi: "xem hoặc cố định đồng hồ của phiên",
            detailsVi: "Cố định đồng hồ giúp đầu ra của phiên tái lập được; `now clear` quay lại theo đồng hồ hệ thống.",
            examples: ["now 2026-11-29", "now clear"]
        ) { c throws(Diagnostic) in
            if c.has("clear") { return .now(.clear) }
            if let d = try c.date(.date) { return .now(.freeze(d)) }
            return .now(.show)
        },
        CommandSpec(
            "import", group: .session,
            grammar: .sequence([dataSet, .argument(.file, .file),
                                .clauses([.sequence([.keyword("map"), .assignments(min: 1, .columnMap)]),
                                          .sequence([.keyword("dates"), .argument(.format, .text)]),
                                          .sequence([.keyword("stages"), .assignments(min: 1, .stageMap)]),
                                          .sequence([.keyword("create"), .keyword("stages")]),
                                          .sequence([.keyword("preset"), .argument(.preset, .choice(ImportPreset.names))]),
                                          .sequence([.keyword("encoding"), .argument(.encoding, .choice(TextEncoding.names))]),
                                          .sequence([.keyword("sheet"), .argument(.sheet, .text)]),
                                          .keyword("strict"), .keyword("dry-run")])]),
            summary: "read records, or their stage and field history, from a CSV or .xlsx file",
            details: """
            Records: id and stage, and any of kind,name,account,owner,source,value,currency,created_at,updated_at,
            closed_at,expected_close (other columns become custom fields). Events: record_id,to_stage,changed_at
            and from_stage, or rows carrying the state after each change (value, expected_close, probability,
            owner: field events), or a field history (record_id,changed_at,field,old,new); they replace the history
            of each record they name. `map COLUMN=FIELD` reads a differently named column and always wins;
            `map COLUMN=entered(STAGE)` reads when records entered STAGE. `dates FORMAT` reads dates such as
            M/D/YYYY; `encoding cp1252|latin1|utf-16` decodes the file; `sheet NAME` picks an .xlsx sheet;
            `stages FROM=TO` reads a label as a stage; `create stages` adds unknown ones in flow order; `preset
            odoo|salesforce|hubspot` reads a CRM's export (docs/import-presets.md). What the CRM accepted is
            adjusted and counted (`strict` refuses it); anything else imports nothing; `dry-run` reports what
            would be imported, the adjustments and the problems, grouped, and changes nothing.
            """,
            summaryVi: "đọc bản ghi, hoặc lịch sử giai đoạn và trường của chúng, từ tệp CSV hoặc .xlsx",
            detailsVi: """
            Bản ghi: id và stage, cùng các cột kind,name,account,owner,source,value,currency,created_at,updated_at,
            closed_at,expected_close (các cột khác thành trường tự đặt). Sự kiện: record_id,to_stage,changed_at và
            from_stage, hoặc các dòng mang trạng thái sau mỗi thay đổi (value, expected_close, probability, owner:
            sự kiện trường), hoặc lịch sử trường (record_id,changed_at,field,old,new); chúng thay thế lịch sử của
            từng bản ghi được nêu. `map COLUMN=FIELD` đọc cột có tên khác và luôn được ưu tiên; `map
            COLUMN=entered(STAGE)` đọc thời điểm bản ghi vào STAGE. `dates FORMAT` đọc ngày như M/D/YYYY;
            `encoding cp1252|latin1|utf-16` giải mã tệp; `sheet NAME` chọn trang tính .xlsx; `stages FROM=TO`
            đọc một nhãn như một giai đoạn; `create stages` thêm giai đoạn chưa biết theo thứ tự luồng; `preset
            odoo|salesforce|hubspot` đọc tệp xuất của một CRM (docs/import-presets.md). Những gì CRM đã chấp nhận
            được điều chỉnh và đếm (`strict` từ chối chúng); lỗi khác thì không nhập gì; `dry-run` báo những gì
            sẽ được nhập, các điều chỉnh và các vấn đề theo nhóm, không thay đổi gì.
            """,
            examples: ["import records seeds/demo/records.csv", "import events seeds/demo/stage_events.csv",
                       "import records crm.csv map \"Deal Name\"=name \"Deal Stage\"=stage dates M/D/YYYY",
                       "import records seeds/crm/salesforce.csv preset salesforce dry-run",
                       "import records deals.csv stages \"Đã liên hệ\"=Contacted create stages",
                       "import records Opportunity.csv preset salesforce encoding cp1252 strict",
                       "import events OpportunityHistory.csv preset salesforce",
                       "import records deals.xlsx sheet Deals preset hubspot"]
        ) { c throws(Diagnostic) in .importData(dataSet(c), file: c.required(.file), options: try importOptions(c)) },
        CommandSpec(
            "export", group: .session, grammar: .sequence([dataSet, .argument(.file, .file)]),
            summary: "write records or stage events to a CSV file, or JSON when FILE ends in .json",
            details: "The CSV is the canonical format `import` reads back; JSON is an array of objects with the same columns.",
            summaryVi: "ghi bản ghi hoặc sự kiện giai đoạn ra tệp CSV, hoặc JSON khi FILE kết thúc bằng .json",
            detailsVi: "CSV là định dạng chuẩn mà `import` đọc lại; JSON là một mảng đối tượng với cùng các cột.",
            examples: ["export records /tmp/records.csv", "export events /tmp/events.json"]
        ) { c throws(Diagnostic) in .export(dataSet(c), file: c.required(.file)) },
        CommandSpec(
            "format", group: .session,
            grammar: .optional(.argument(.format, .choice(OutputFormat.allCases.map(\.rawValue)))),
            summary: "show or set the output format: table, csv, tsv, json or markdown",
            summaryVi: "xem hoặc đặt định dạng đầu ra: table, csv, tsv, json hoặc markdown",
            examples: ["format json"]
        ) { c throws(Diagnostic) in .format(c.text(.format).flatMap { OutputFormat(rawValue: $0.lowercased()) }) },
        CommandSpec(
            "pager", group: .session, grammar: Clauses.onOffAuto,
            summary: "show or set when output at a terminal goes through a pager: on, off or auto",
            details: """
            auto (the default) pages output taller or wider than the window; on pages everything at a terminal.
            The pager is $STAGESH_PAGER, else $PAGER, else less -FRSX; rows stream to it as they are made.
            """,
            summaryVi: "xem hoặc đặt khi nào đầu ra ở terminal đi qua trình phân trang: on, off hoặc auto",
            detailsVi: """
            auto (mặc định) phân trang đầu ra cao hoặc rộng hơn cửa sổ; on phân trang mọi thứ ở terminal.
            Trình phân trang là $STAGESH_PAGER, nếu không thì $PAGER, nếu không thì less -FRSX.
            """,
            examples: ["pager off", "pager"]
        ) { c throws(Diagnostic) in .pager(Clauses.onOffAuto(c)) },
        CommandSpec(
            "expanded", group: .session, grammar: Clauses.onOffAuto,
            summary: "show or set one record per block: on, off or auto (when a table is wider than the window)",
            details: "As psql's \\x: each row becomes a block of \"column | value\" lines. auto is the default.",
            summaryVi: "xem hoặc đặt hiển thị mỗi bản ghi một khối: on, off hoặc auto (khi bảng rộng hơn cửa sổ)",
            detailsVi: "Như \\x của psql: mỗi dòng thành một khối các dòng \"cột | giá trị\". Mặc định là auto.",
            examples: ["expanded on", "expanded auto"]
        ) { c throws(Diagnostic) in .expanded(Clauses.onOffAuto(c)) },
        CommandSpec("echo", group: .session, grammar: Clauses.onOff, summary: "echo each command before its output",
                    summaryVi: "in lại từng lệnh trước đầu ra của nó",
                    examples: ["echo on"]) { c throws(Diagnostic) in .echo(Clauses.onOff(c)) },
        CommandSpec("timer", group: .session, grammar: Clauses.onOff, summary: "print how long each command took",
                    summaryVi: "in thời gian chạy của từng lệnh",
                    examples: ["timer on"]) { c throws(Diagnostic) in .timer(Clauses.onOff(c)) },
        CommandSpec(
            "save", group: .session, grammar: .optional(.argument(.snapshot, .snapshot)),
            summary: "save the session as a snapshot",
            details: """
            A NAME ([A-Za-z0-9._-]+) is kept in the data directory; anything with a / or ending in .json is a path.
            Without an argument, saves to the snapshot that is open. The write is atomic: a crash leaves the
            old file or the new one.
            """,
            summaryVi: "lưu phiên thành một bản chụp (snapshot)",
            detailsVi: """
            NAME ([A-Za-z0-9._-]+) được giữ trong thư mục dữ liệu; tên có / hoặc kết thúc bằng .json là đường dẫn.
            Không có đối số thì lưu vào bản chụp đang mở. Việc ghi là nguyên tử: sự cố chỉ để lại tệp
            cũ hoặc tệp mới.
            """,
            examples: ["save demo", "save ./q3-review.json", "save"]
        ) { c throws(Diagnostic) in .save(c.located(.snapshot)) },
        CommandSpec(
            "load", aliases: ["load!"], group: .session, grammar: .argument(.snapshot, .snapshot),
            summary: "open a snapshot in place of the session",
            details: "With unsaved changes, load asks first at a prompt and refuses in a script; load! discards them.",
            summaryVi: "mở một bản chụp thay cho phiên hiện tại",
            detailsVi: "Khi có thay đổi chưa lưu, load hỏi trước ở dấu nhắc và từ chối trong script; load! bỏ các thay đổi đó.",
            examples: ["load demo", "load! demo"]
        ) { c throws(Diagnostic) in
            .load(c.required(.snapshot), force: c.tokens.first?.text.hasSuffix("!") ?? false)
        },
        CommandSpec(
            "snapshots", group: .session, summary: "the snapshots in the data directory", summaryVi: "các bản chụp trong thư mục dữ liệu", examples: ["snapshots"]
        ) { _ throws(Diagnostic) in .snapshots },
        CommandSpec(
            "diff", group: .session,
            grammar: .sequence([.argument(.name, .snapshot), .optional(.argument(.secondName, .snapshot))]),
            summary: "what changed per record between a snapshot and the session, or two snapshots",
            summaryVi: "những gì đã đổi ở từng bản ghi giữa một bản chụp và phiên, hoặc giữa hai bản chụp",
            examples: ["diff demo", "diff monday friday"]
        ) { c throws(Diagnostic) in .diff(c.required(.name), c.located(.secondName)) },
        CommandSpec(
            "recover", group: .session, summary: "replay the unsaved work a crashed session left",
            summaryVi: "chạy lại phần việc chưa lưu mà một phiên bị sự cố để lại",
            examples: ["recover"]
        ) { _ throws(Diagnostic) in .recover },
        CommandSpec(
            "discard", group: .session, summary: "drop the unsaved work a crashed session left",
            summaryVi: "bỏ phần việc chưa lưu mà một phiên bị sự cố để lại",
            examples: ["discard"]
        ) { _ throws(Diagnostic) in .discard },
        CommandSpec("run", group: .session, grammar: .argument(.file, .file), summary: "run the commands of a script file",
                    summaryVi: "chạy các lệnh trong một tệp script",
                    examples: ["run Examples/01-first-steps.stg"]) { c throws(Diagnostic) in .run(file: c.required(.file)) },
        CommandSpec(
            "help", group: .session, grammar: .rest(.command, .command),
            summary: "list the commands, or show one command's grammar and examples",
            summaryVi: "liệt kê các lệnh, hoặc xem cú pháp và ví dụ của một lệnh",
            examples: ["help", "help move"]
        ) { c throws(Diagnostic) in
            let words = c.values[.command] ?? []
            let range = words.first.map { words.last!.range.union($0.range) }
            return .help(topic: words.isEmpty ? nil : words.map(\.text).joined(separator: " "), range: range)
        },
        CommandSpec("quit", aliases: ["exit"], group: .session, summary: "leave stagesh", summaryVi: "thoát stagesh", examples: ["quit"]) { _ throws(Diagnostic) in .quit },
    ]
}
