/// The commands that add records and change their stages.
enum RecordCommands {
    static let all: [CommandSpec] = [
        CommandSpec(
            "add lead", group: .records,
            grammar: .sequence([.argument("NAME", .text), .assignments(min: 0, .newRecord(.lead))]),
            summary: "add a lead in the first lead stage",
            details: "Fields: account, owner, source, value, created, expected_close, stage, id, and any custom name=value.",
            examples: ["add lead \"Công ty An Phát\" owner=\"Nguyễn Lan\" value=45k source=web"]
        ) { c throws(Diagnostic) in .add(kind: .lead, name: c.required("NAME"), fields: c.assignments) },
        CommandSpec(
            "add opportunity", aliases: ["add opp"], group: .records,
            grammar: .sequence([.argument("NAME", .text), .assignments(min: 0, .newRecord(.opportunity))]),
            summary: "add an opportunity in the first opportunity stage",
            details: "Fields as for `add lead`.",
            examples: ["add opp \"CRM rollout 50 seats\" account=Acme value=1.2m"]
        ) { c throws(Diagnostic) in .add(kind: .opportunity, name: c.required("NAME"), fields: c.assignments) },
        CommandSpec(
            "set", group: .records,
            grammar: .sequence([.argument("ID", .id), .assignments(min: 1, .record)]),
            summary: "change fields of a record",
            details: "Stages change with `move`, not `set`. An empty value (\"\") clears a field.",
            examples: ["set 12 owner=\"Trần Minh\" value=60000"]
        ) { c throws(Diagnostic) in .set(id: c.required("ID"), fields: c.assignments) },
        CommandSpec(
            "delete", group: .records, grammar: .argument("ID", .id),
            summary: "delete a record (undo brings it back)",
            examples: ["delete 12"]
        ) { c throws(Diagnostic) in .delete(id: c.required("ID")) },
        CommandSpec(
            "move", group: .records,
            grammar: .sequence([.argument("ID", .id), .keyword("to"), .argument("STAGE", .stage), Clauses.onDate, Clauses.because]),
            summary: "move a record to a stage",
            details: "The policy decides which moves are allowed (see `policy`). Quote stage names with spaces.",
            examples: ["move 12 to \"Proposal Sent\"", "move 12 to Negotiation on 2026-03-02 because \"new budget\""]
        ) { c throws(Diagnostic) in
            .move(id: c.required("ID"), stage: c.required("STAGE"), on: try c.date("DATE"), because: c.text("TEXT"))
        },
        CommandSpec(
            "convert", group: .records, grammar: .sequence([.argument("ID", .id), Clauses.onDate]),
            summary: "turn a qualified lead into an opportunity",
            details: "The lead must be in the last open lead stage; it enters the first opportunity stage and keeps its id and history.",
            examples: ["convert 7"]
        ) { c throws(Diagnostic) in .convert(id: c.required("ID"), on: try c.date("DATE")) },
        CommandSpec(
            "won", group: .records, grammar: .sequence([.argument("ID", .id), Clauses.onDate]),
            summary: "move a record to the won stage",
            examples: ["won 12"]
        ) { c throws(Diagnostic) in .won(id: c.required("ID"), on: try c.date("DATE")) },
        CommandSpec(
            "lost", group: .records, grammar: .sequence([.argument("ID", .id), Clauses.onDate, Clauses.because]),
            summary: "move a record to the lost stage, with a reason",
            examples: ["lost 12 because \"price too high\""]
        ) { c throws(Diagnostic) in .lost(id: c.required("ID"), on: try c.date("DATE"), because: c.text("TEXT")) },
        CommandSpec(
            "log", group: .records,
            grammar: .sequence([.argument("ACTIVITY", .activity), .argument("ID", .id), Clauses.onDate,
                                .optional(.sequence([.keyword("note"), .argument("TEXT", .text)]))]),
            summary: "record an activity (call, email, meeting, quote, ...); fires rules",
            details: "Rules (see `rules`) may move the record; the default rule moves a deal to \"Proposal Sent\" on a quote.",
            examples: ["log call 12 note \"asked for a demo\"", "log quote 12"]
        ) { c throws(Diagnostic) in
            .log(activity: c.required("ACTIVITY"), id: c.required("ID"), on: try c.date("DATE"), note: c.text("TEXT"))
        },
        CommandSpec(
            "generate", group: .records,
            grammar: .sequence([.argument("N", .integer), .optional(.sequence([.keyword("seed"), .argument("S", .integer)]))]),
            summary: "add N made-up records with believable histories, for a demo",
            details: "The same seed gives the same records on every machine (seed 1 when none is given).",
            examples: ["generate 1000", "generate 50000 seed 7"]
        ) { c throws(Diagnostic) in
            let seed = try c.integer("S")
            if let seed, seed.value < 0 { throw Diagnostic(Messages.notAWholeNumber(String(seed.value)), at: seed.range) }
            return .generate(count: try c.integer("N")!, seed: UInt64(seed?.value ?? 1))
        },
        CommandSpec(
            "show", group: .records, grammar: .argument("ID", .id),
            summary: "one record as a card", examples: ["show 12"]
        ) { c throws(Diagnostic) in .show(id: c.required("ID")) },
        CommandSpec(
            "history", group: .records, grammar: .argument("ID", .id),
            summary: "a record's stage changes and activities", examples: ["history 12"]
        ) { c throws(Diagnostic) in .history(id: c.required("ID")) },
    ]
}
