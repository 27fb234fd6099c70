/// `add opportunity`: a new opportunity in the first opportunity stage, or the one its fields name.
struct AddOpportunityCommand: Command {
    static let spec = CommandSpec(
        "add opportunity", aliases: ["add opp"], group: .records,
        grammar: .sequence([.argument(.name, .text), .assignments(min: 0, .newRecord(.opportunity))]),
        examples: ["add opp \"CRM rollout 50 seats\" account=Acme value=1.2m"]
    ) { c throws(Diagnostic) in AddOpportunityCommand(name: c.required(.name), fields: c.assignments) }

    let name: Located<String>
    let fields: [Assignment]

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.add(.opportunity, name, fields, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .triedOnStages }
}
