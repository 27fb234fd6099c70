/// `count`: the records a query selects, counted, per group and with aggregate columns.
struct CountCommand: Command {
    static let spec = CommandSpec(
        "count", group: .queries,
        grammar: .sequence([Clauses.kinds, Clauses.filter, Clauses.groups, .optional(.aggregates), Clauses.order, Clauses.limit]),
        examples: [
            "count by stage", "count opportunities where owner ~ lan by month(created)",
            "count where stage = Won by owner sum(value) avg(value) order by sum(value) desc limit 3",
            "count opportunities where created in last quarter by source median(value)",
        ]
    ) { c throws(Diagnostic) in CountCommand(query: try Query(c)) }

    let query: Query

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try Queries.count(query, session)
    }

    var stageReferences: [StageReference] { query.filter.map { [.condition($0)] } ?? [] }
}
