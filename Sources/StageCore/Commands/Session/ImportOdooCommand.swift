/// `import odoo`: an Odoo CRM's pipeline, records and full stage history, read live from its PostgreSQL database.
struct ImportOdooCommand: Command {
    static let spec = CommandSpec(
        "import odoo", group: .session,
        grammar: .sequence([
            .argument(.connection, .text),
            .clauses([
                .sequence([.keyword("lang"), .argument(.odooLanguage, .text)]),
                .keyword("dry-run"),
            ]),
        ]),
        examples: [
            "import odoo \"host=crm.example.com dbname=odoo user=stagesh\"",
            "import odoo postgresql://stagesh@localhost/odoo dry-run",
            "import odoo \"postgresql://stagesh@db.example.com/odoo?sslmode=require\"",
            "import odoo \"dbname=odoo\" lang vi_VN",
        ]
    ) { c throws(Diagnostic) in
        ImportOdooCommand(connection: c.required(.connection), language: c.text(.odooLanguage), dryRun: c.has("dry-run"))
    }

    /// The libpq connection string or URI, as typed: it may hold a password, so it is
    /// never shown or logged as such (`ConnectionString.redacted`).
    let connection: Located<String>
    /// Odoo's code of the language stage names are read in (`fr_FR`); nil: the session's.
    let language: String?
    let dryRun: Bool

    func run(in session: inout Session, tx: inout Transaction) throws(Diagnostic) -> Outcome {
        try SessionOperations.importOdoo(connection, language: language, dryRun: dryRun, &session, &tx)
    }

    var scriptEffect: ScriptEffect { dryRun ? .none : .replacesEverything }

    /// Without the password: `recover` reads the database again, with the password libpq
    /// finds in `PGPASSWORD` or `~/.pgpass`.
    func logged(_ text: String) -> String { ConnectionString.redactedCommands(in: text) }
}
