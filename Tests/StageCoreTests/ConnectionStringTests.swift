import StageCore
import Testing

/// A connection string's password never leaves libpq: messages, the history and the journal
/// see it redacted, whichever of libpq's spellings carries it.
@Suite struct ConnectionStringTests {
    static let cases: [(String, String)] = [
        ("host=db.example.com dbname=odoo user=stagesh password=s3cret", "host=db.example.com dbname=odoo user=stagesh password=***"),
        ("password=s3cret host=db", "password=*** host=db"),
        ("host=db password = 's3 cr\\'et' dbname=odoo", "host=db password = *** dbname=odoo"),
        ("host=db PASSWORD=Xy", "host=db PASSWORD=***"),
        ("postgresql://stagesh:s3cret@db.example.com:5432/odoo?sslmode=require", "postgresql://stagesh:***@db.example.com:5432/odoo?sslmode=require"),
        ("postgres://db/odoo?user=stagesh&password=s3cret&sslmode=require", "postgres://db/odoo?user=stagesh&password=***&sslmode=require"),
        ("postgresql://stagesh@db/odoo", "postgresql://stagesh@db/odoo"),
        ("postgresql://db:5432/odoo", "postgresql://db:5432/odoo"),
        ("host=db dbname=odoo passfile=/home/me/.pgpass", "host=db dbname=odoo passfile=/home/me/.pgpass"),
        ("dbname=odoo", "dbname=odoo"),
        ("odoo", "odoo"),
    ]

    @Test(arguments: cases) func redactsThePassword(_ input: String, _ expected: String) {
        #expect(ConnectionString.redacted(input) == expected)
    }

    static let withoutPasswords: [(String, String)] = [
        ("host=db dbname=odoo user=stagesh password=s3cret", "host=db dbname=odoo user=stagesh"),
        ("password=s3cret host=db", "host=db"),
        ("host=db password='s3 cret' dbname=odoo", "host=db dbname=odoo"),
        ("postgresql://stagesh:s3cret@db:5432/odoo", "postgresql://stagesh@db:5432/odoo"),
        ("postgres://db/odoo?password=s3cret&sslmode=require", "postgres://db/odoo?sslmode=require"),
        ("postgres://db/odoo?sslmode=require&password=s3cret", "postgres://db/odoo?sslmode=require"),
        ("postgres://db/odoo?password=s3cret", "postgres://db/odoo"),
        ("dbname=odoo", "dbname=odoo"),
    ]

    /// What the history and the journal keep: no password at all, so that running it again
    /// takes the one libpq finds in PGPASSWORD or ~/.pgpass, not `***`.
    @Test(arguments: withoutPasswords) func keepsNoPassword(_ input: String, _ expected: String) {
        #expect(ConnectionString.withoutPassword(input) == expected)
    }

    /// libpq repeats a malformed URI, or a bad percent-encoding, as written: the reason shown has the password starred.
    @Test func libpqReasonsAreScrubbed() {
        #expect(
            ConnectionString.scrubbed(#"invalid percent-encoded token: "hun%zzter2""#, of: "postgresql://u:hun%zzter2@/odoo")
                == #"invalid percent-encoded token: "***""#)
        #expect(
            ConnectionString.scrubbed("missing \"]\" in \"postgresql://u:hunter2@[::1/odoo\"", of: "postgresql://u:hunter2@[::1/odoo")
                == "missing \"]\" in \"postgresql://u:***@[::1/odoo\"")
        #expect(ConnectionString.scrubbed("bad s3 cret here", of: "host=db password='s3 cret'") == "bad *** here")
        #expect(ConnectionString.scrubbed("no such host", of: "host=db") == "no such host")
    }

    @Test func historyKeepsEveryOtherCommandAsTyped() {
        #expect(
            ConnectionString.redactedCommands(in: #"import odoo "host=db password=s3cret" dry-run; list"#)
                == #"import odoo "host=db" dry-run; list"#)
        #expect(
            ConnectionString.redactedCommands(in: "IMPORT Odoo postgresql://u:s3cret@db/odoo")
                == #"IMPORT Odoo "postgresql://u@db/odoo""#)
        // A note that mentions a password is data, not a connection string.
        let note = #"set 12 note="password=1234 for the odoo demo""#
        #expect(ConnectionString.redactedCommands(in: note) == note)
        #expect(ConnectionString.redactedCommands(in: "import odoo \"dbname=odoo\"") == "import odoo \"dbname=odoo\"")
        // A line the lexer cannot read is redacted whole: it is kept, so it must not keep the password.
        #expect(ConnectionString.redactedCommands(in: #"import odoo "host=db password=s3cret"#) == #"import odoo "host=db"#)
    }

    @Test func aDiagnosticCaretStaysOnTheRedactedToken() {
        let line = #"import odoo "host=db password=s3cret" lang"#
        let (shown, offset) = ConnectionString.redactingCommands(in: line)
        #expect(shown == #"import odoo "host=db password=***" lang"#)
        #expect(offset(12) == 12)
        #expect(offset(37) == 34)
        #expect(offset(38) == 35)
        // Inside the token: as far into its replacement, at most its end.
        #expect(offset(36) == 34)
        #expect(offset(13) == 13)
    }
}
