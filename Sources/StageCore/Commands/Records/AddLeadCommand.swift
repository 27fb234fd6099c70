/// `add lead`: a new lead in the first lead stage, or the one its fields name.
struct AddLeadCommand: Command {
    static let spec = CommandSpec(
        "add lead", group: .records,
        grammar: .sequence([.argument(.name, .text), .assignments(min: 0, .newRecord(.lead))]),
        examples: ["add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web"]
    ) { c throws(Diagnostic) in AddLeadCommand(name: c.required(.name), fields: c.assignments) }

    let name: Located<String>
    let fields: [Assignment]

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.add(.lead, name, fields, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .triedOnStages }
}
