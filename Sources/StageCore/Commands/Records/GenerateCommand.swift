/// `generate`: made-up records with believable histories, the same for the same seed.
struct GenerateCommand: Command {
    static let spec = CommandSpec(
        "generate", group: .records,
        grammar: .sequence([.argument(.number, .integer), .optional(.sequence([.keyword("seed"), .argument(.seed, .integer)]))]),
        examples: ["generate 1000", "generate 50000 seed 7"]
    ) { c throws(Diagnostic) in
        let seed = try c.integer(.seed)
        if let seed, seed.value < 0 { throw Diagnostic(Message.notAWholeNumber(String(seed.value)), at: seed.range) }
        return GenerateCommand(count: try c.integer(.number)!, seed: UInt64(seed?.value ?? 1))
    }

    let count: Located<Int>
    let seed: UInt64

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try RecordOperations.generate(count, seed, &session, &tx)
    }

    var scriptEffect: ScriptEffect { .addsUnknownRecords }
}
