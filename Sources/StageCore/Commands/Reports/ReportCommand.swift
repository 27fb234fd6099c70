/// A report's own command (`funnel`, `stuck over 30d by stage`): its name, grammar
/// and help are the report's, so each report of `Reports.all` has one.
struct ReportCommand<R: Report>: Command {
    static var spec: CommandSpec {
        CommandSpec(R.name, group: .reports, grammar: R.grammar, examples: R.examples) { c throws(Diagnostic) in
            ReportCommand(query: try ReportQuery(c))
        }
    }

    let query: ReportQuery

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        .table(try R.table(query, session))
    }

    var stageReferences: [StageReference] { query.stageReferences }
}
