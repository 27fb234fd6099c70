/// The commands that ask questions of the records.
enum QueryCommands {
    static func query(_ c: Captures) throws(Diagnostic) -> Query {
        var q = Query()
        q.kinds = c.kindFilter
        q.filter = c.expressions[.condition]?.0
        q.groups = c.groups
        q.aggregates = c.aggregates
        q.order = c.order
        q.limit = try c.integer(.number)
        return q
    }

    static let all: [CommandSpec] = [
        CommandSpec(
            "list", group: .queries,
            grammar: .sequence([Clauses.kinds, Clauses.filter, Clauses.order, Clauses.limit]),
            summary: "list records",
            details: """
            EXPR compares fields: = != < <= > >= ~ (contains, ignoring case and accents), FIELD in (A, B),
            combined with and, or, not and parentheses.
            """,
            summaryVi: "liệt kê bản ghi",
            detailsVi: """
            EXPR so sánh các trường: = != < <= > >= ~ (chứa, không phân biệt hoa thường và dấu), FIELD in (A, B),
            kết hợp bằng and, or, not và dấu ngoặc.
            """,
            examples: ["list opportunities where stage = Negotiation and value >= 100k order by value desc limit 10"]
        ) { c throws(Diagnostic) in .list(try query(c)) },
        CommandSpec(
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
        ) { c throws(Diagnostic) in .count(try query(c)) },
    ]
}
