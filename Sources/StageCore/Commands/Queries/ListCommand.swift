/// `list`: the records a query selects, one per row.
struct ListCommand: Command {
    static let spec = CommandSpec(
        "list", group: .queries,
        grammar: .sequence([Clauses.kinds, Clauses.filter, Clauses.order, Clauses.limit]),
        examples: ["list opportunities where stage = Negotiation and value >= 100k order by value desc limit 10"]
    ) { c throws(Diagnostic) in ListCommand(query: try Query(c)) }

    let query: Query

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Queries.list(query, session)
    }

    var stageReferences: [StageReference] { query.filter.map { [.condition($0)] } ?? [] }
}
