/// The commands that ask questions of the records.
enum QueryCommands {
    static func query(_ c: Captures) throws(Diagnostic) -> Query {
        var q = Query()
        q.kinds = c.kindFilter
        q.filter = c.expressions["EXPR"]?.0
        q.groups = c.groups
        q.order = c.order
        q.limit = try c.integer("N")
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
            grammar: .sequence([Clauses.kinds, Clauses.filter, Clauses.groups]),
            summary: "count records, optionally per group",
            details: "by accepts fields and periods of date fields: by owner, by stage, by month(created), by week(closed).",
            summaryVi: "đếm bản ghi, có thể theo từng nhóm",
            detailsVi: "by nhận các trường và kỳ của trường ngày: by owner, by stage, by month(created), by week(closed).",
            examples: ["count by stage", "count opportunities where owner ~ lan by month(created)"]
        ) { c throws(Diagnostic) in .count(try query(c)) },
    ]
}
