/// The commands about the session itself: history, clock, files and output.
enum SessionCommands {
    static let dataSet: Grammar = .oneOf([.keyword("records"), .keyword("events")])

    static func dataSet(_ c: Captures) -> DataSet { c.has("records") ? .records : .events }

    /// The `import` clauses as options: a preset first, then the command's own.
    static func importOptions(_ c: Captures) throws(Diagnostic) -> ImportOptions {
        var dates: DateFormat?
        if let t = c.token("FORMAT") {
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
        return ImportOptions(preset: c.token("PRESET").flatMap { ImportPreset.named($0.text) }, mapping: mapping, dates: dates,
                             stageMap: stages, createStages: c.has("create"), dryRun: c.has("dry-run"), strict: c.has("strict"))
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
            grammar: .optional(.oneOf([.keyword("clear"), .argument("DATE", .date)])),
            summary: "show or freeze the session clock",
            details: "Freezing the clock makes a session's output reproducible; `now clear` follows the system clock again.",
            summaryVi: "xem hoặc cố định đồng hồ của phiên",
            detailsVi: "Cố định đồng hồ giúp đầu ra của phiên tái lập được; `now clear` quay lại theo đồng hồ hệ thống.",
            examples: ["now 2026-11-29", "now clear"]
        ) { c throws(Diagnostic) in
            if c.has("clear") { return .now(.clear) }
            if let d = try c.date("DATE") { return .now(.freeze(d)) }
            return .now(.show)
        },
        CommandSpec(
            "import", group: .session,
            grammar: .sequence([dataSet, .argument("FILE", .file),
                                .clauses([.sequence([.keyword("map"), .assignments(min: 1, .columnMap)]),
                                          .sequence([.keyword("dates"), .argument("FORMAT", .text)]),
                                          .sequence([.keyword("stages"), .assignments(min: 1, .stageMap)]),
                                          .sequence([.keyword("create"), .keyword("stages")]),
                                          .sequence([.keyword("preset"), .argument("PRESET", .choice(ImportPreset.names))]),
                                          .keyword("strict"), .keyword("dry-run")])]),
            summary: "read records or stage events from a CSV file",
            details: """
            Records: id,kind,name,account,owner,source,value,stage,created_at,updated_at,closed_at (other columns
            become custom fields). Events: record_id,from_stage,to_stage,changed_at; they replace the ledger of each
            record they name. The delimiter (, ; tab |) is read from the header line. `map COLUMN=FIELD` reads a
            differently named column; `dates FORMAT` reads dates such as M/D/YYYY, DD/MM/YYYY or YYYY-MM-DD HH:MM:SS
            (without it, ISO-8601, and layouts a column makes unambiguous); `stages FROM=TO` reads a stage label as
            a stage; `create stages` adds unknown stages at the end of the pipeline; `preset odoo|salesforce|hubspot`
            reads a CRM's export (docs/import-presets.md). Nothing is imported on an error; `dry-run` reports what
            would be imported and the first problems, and changes nothing.
            """,
            summaryVi: "đọc bản ghi hoặc sự kiện giai đoạn từ tệp CSV",
            detailsVi: """
            Bản ghi: id,kind,name,account,owner,source,value,stage,created_at,updated_at,closed_at (các cột khác
            thành trường tự đặt). Sự kiện: record_id,from_stage,to_stage,changed_at; chúng thay thế sổ lịch sử của từng
            bản ghi được nêu. Dấu phân cách (, ; tab |) được đọc từ dòng tiêu đề. `map COLUMN=FIELD` đọc một cột
            có tên khác; `dates FORMAT` đọc ngày như M/D/YYYY, DD/MM/YYYY hoặc YYYY-MM-DD HH:MM:SS (không có nó:
            ISO-8601, và các dạng mà một cột cho thấy rõ); `stages FROM=TO` đọc một nhãn như một giai đoạn;
            `create stages` thêm các giai đoạn chưa biết vào cuối quy trình; `preset odoo|salesforce|hubspot` đọc
            tệp xuất của một CRM (docs/import-presets.md). Có lỗi thì không nhập gì; `dry-run` báo những gì sẽ
            được nhập và các lỗi đầu tiên, không thay đổi gì.
            """,
            examples: ["import records seeds/demo/records.csv", "import events seeds/demo/stage_events.csv",
                       "import records crm.csv map \"Deal Name\"=name \"Deal Stage\"=stage dates M/D/YYYY",
                       "import records seeds/crm/salesforce.csv preset salesforce dry-run",
                       "import records deals.csv stages \"Đã liên hệ\"=Contacted create stages"]
        ) { c throws(Diagnostic) in .importData(dataSet(c), file: c.required("FILE"), options: try importOptions(c)) },
        CommandSpec(
            "export", group: .session, grammar: .sequence([dataSet, .argument("FILE", .file)]),
            summary: "write records or stage events to a CSV file, or JSON when FILE ends in .json",
            details: "The CSV is the canonical format `import` reads back; JSON is an array of objects with the same columns.",
            summaryVi: "ghi bản ghi hoặc sự kiện giai đoạn ra tệp CSV, hoặc JSON khi FILE kết thúc bằng .json",
            detailsVi: "CSV là định dạng chuẩn mà `import` đọc lại; JSON là một mảng đối tượng với cùng các cột.",
            examples: ["export records /tmp/records.csv", "export events /tmp/events.json"]
        ) { c throws(Diagnostic) in .export(dataSet(c), file: c.required("FILE")) },
        CommandSpec(
            "format", group: .session,
            grammar: .optional(.argument("FORMAT", .choice(OutputFormat.allCases.map(\.rawValue)))),
            summary: "show or set the output format: table, csv, tsv, json or markdown",
            summaryVi: "xem hoặc đặt định dạng đầu ra: table, csv, tsv, json hoặc markdown",
            examples: ["format json"]
        ) { c throws(Diagnostic) in .format(c.text("FORMAT").flatMap { OutputFormat(rawValue: $0.lowercased()) }) },
        CommandSpec("echo", group: .session, grammar: Clauses.onOff, summary: "echo each command before its output",
                    summaryVi: "in lại từng lệnh trước đầu ra của nó",
                    examples: ["echo on"]) { c throws(Diagnostic) in .echo(Clauses.onOff(c)) },
        CommandSpec("timer", group: .session, grammar: Clauses.onOff, summary: "print how long each command took",
                    summaryVi: "in thời gian chạy của từng lệnh",
                    examples: ["timer on"]) { c throws(Diagnostic) in .timer(Clauses.onOff(c)) },
        CommandSpec(
            "save", group: .session, grammar: .optional(.argument("NAME|PATH", .snapshot)),
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
        ) { c throws(Diagnostic) in .save(c.located("NAME|PATH")) },
        CommandSpec(
            "load", aliases: ["load!"], group: .session, grammar: .argument("NAME|PATH", .snapshot),
            summary: "open a snapshot in place of the session",
            details: "With unsaved changes, load asks first at a prompt and refuses in a script; load! discards them.",
            summaryVi: "mở một bản chụp thay cho phiên hiện tại",
            detailsVi: "Khi có thay đổi chưa lưu, load hỏi trước ở dấu nhắc và từ chối trong script; load! bỏ các thay đổi đó.",
            examples: ["load demo", "load! demo"]
        ) { c throws(Diagnostic) in
            .load(c.required("NAME|PATH"), force: c.tokens.first?.text.hasSuffix("!") ?? false)
        },
        CommandSpec(
            "snapshots", group: .session, summary: "the snapshots in the data directory", summaryVi: "các bản chụp trong thư mục dữ liệu", examples: ["snapshots"]
        ) { _ throws(Diagnostic) in .snapshots },
        CommandSpec(
            "diff", group: .session,
            grammar: .sequence([.argument("NAME", .snapshot), .optional(.argument("NAME2", .snapshot))]),
            summary: "what changed per record between a snapshot and the session, or two snapshots",
            summaryVi: "những gì đã đổi ở từng bản ghi giữa một bản chụp và phiên, hoặc giữa hai bản chụp",
            examples: ["diff demo", "diff monday friday"]
        ) { c throws(Diagnostic) in .diff(c.required("NAME"), c.located("NAME2")) },
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
        CommandSpec("run", group: .session, grammar: .argument("FILE", .file), summary: "run the commands of a script file",
                    summaryVi: "chạy các lệnh trong một tệp script",
                    examples: ["run Examples/01-first-steps.stg"]) { c throws(Diagnostic) in .run(file: c.required("FILE")) },
        CommandSpec(
            "help", group: .session, grammar: .rest("COMMAND", .command),
            summary: "list the commands, or show one command's grammar and examples",
            summaryVi: "liệt kê các lệnh, hoặc xem cú pháp và ví dụ của một lệnh",
            examples: ["help", "help move"]
        ) { c throws(Diagnostic) in
            let words = c.values["COMMAND"] ?? []
            let range = words.first.map { words.last!.range.union($0.range) }
            return .help(topic: words.isEmpty ? nil : words.map(\.text).joined(separator: " "), range: range)
        },
        CommandSpec("quit", aliases: ["exit"], group: .session, summary: "leave stagesh", summaryVi: "thoát stagesh", examples: ["quit"]) { _ throws(Diagnostic) in .quit },
    ]
}
