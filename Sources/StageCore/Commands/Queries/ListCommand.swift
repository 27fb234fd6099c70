/// `list`: the records a query selects, one per row.
struct ListCommand: Command {
    static let spec = CommandSpec(
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
    ) { c throws(Diagnostic) in ListCommand(query: try Query(c)) }

    let query: Query

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Queries.list(query, session)
    }

    var stageReferences: [StageReference] { query.filter.map { [.condition($0)] } ?? [] }
}
