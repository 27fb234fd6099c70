/// `count`: the records a query selects, counted, per group and with aggregate columns.
struct CountCommand: Command {
    static let spec = CommandSpec(
        "count", group: .queries,
        grammar: .sequence([Clauses.kinds, Clauses.filter, Clauses.groups, .optional(.aggregates), Clauses.order, Clauses.limit]),
        summary: "count records, optionally per group, with sums, averages, minima, maxima and medians",
        details: """
        by accepts fields and periods of date fields: by owner, by stage, by month(created), by week(closed).
        sum(FIELD) avg(FIELD) min(FIELD) max(FIELD) median(FIELD) add a column each over a number or a date
        field (sum over numbers only), skipping empty values; money stays exact to the cent. order by and
        limit take the output's columns: order by count desc, order by sum(value) desc.
        """,
        summaryVi: "đếm bản ghi, có thể theo từng nhóm, kèm tổng, trung bình, nhỏ nhất, lớn nhất và trung vị",
        detailsVi: """
        by nhận các trường và kỳ của trường ngày: by owner, by stage, by month(created), by week(closed).
        sum(FIELD) avg(FIELD) min(FIELD) max(FIELD) median(FIELD) thêm mỗi hàm một cột trên một trường số hoặc
        ngày (sum chỉ cho số), bỏ qua giá trị trống; tiền giữ chính xác đến từng xu. order by và limit dùng các
        cột của kết quả: order by count desc, order by sum(value) desc.
        """,
        examples: ["count by stage", "count opportunities where owner ~ lan by month(created)",
                   "count where stage = Won by owner sum(value) avg(value) order by sum(value) desc limit 3",
                   "count opportunities where created in last quarter by source median(value)"]
    ) { c throws(Diagnostic) in CountCommand(query: try Query(c)) }

    let query: Query

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Queries.count(query, session)
    }

    var stageReferences: [StageReference] { query.filter.map { [.condition($0)] } ?? [] }
}
