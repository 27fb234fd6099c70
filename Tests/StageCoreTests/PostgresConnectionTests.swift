import Foundation
import StageCore
import StageTestSupport
import Testing

/// The PostgreSQL client against a real server the tests start themselves (never a mock of
/// libpq): streaming with COPY, the read-only transaction, and the errors a user meets.
@Suite struct PostgresConnectionTests {
    /// A fresh database on the shared test server, set up with `setup`, and its connection string.
    static func database(_ setup: String = "", user: String = "postgres") throws -> (PostgresServer, String, String) {
        let server = try PostgresServer.shared()
        let name = try server.makeDatabase(setup)
        return (server, name, server.dsn(database: name, user: user))
    }

    @Test func streamsAHundredThousandRows() throws {
        let (_, _, dsn) = try Self.database()
        let connection = try PostgresConnection(dsn)
        defer { connection.close() }
        var count = 0
        var sum = 0
        var last: String?
        try connection.beginReadOnly()
        try connection.stream("SELECT g, 'row ' || g AS label, NULL::text AS nothing FROM generate_series(1, 100000) AS g") { row in
            count += 1
            sum += Int(row.string(0)!)!
            last = row.string(1)
            #expect(row.isNull(2) && row.string(2) == nil && row.bytes(2).isEmpty)
        }
        try connection.commit()
        #expect(count == 100_000)
        #expect(sum == 5_000_050_000)
        #expect(last == "row 100000")
    }

    @Test func everyRowArrivesAndNoMore() throws {
        let (_, _, dsn) = try Self.database()
        let connection = try PostgresConnection(dsn)
        // A stream outside a transaction opens its own and ends it; `$1` is spliced in as a literal.
        for rows in [30, 29, 0, 1] {
            var seen: [String] = []
            try connection.stream("SELECT g::text FROM generate_series(1, $1::int) AS g", parameters: ["\(rows)"]) {
                seen.append($0.string(0)!)
            }
            #expect(seen == (0..<rows).map { "\($0 + 1)" })
            #expect(!connection.isInTransaction)
        }
        // Parameters are literals whatever they hold: quotes and backslashes stay text, never SQL.
        var echoed: [String?] = []
        try connection.stream(
            "SELECT $1::text, $2::text, $12::text", parameters: ["it's", #"C:\odoo\"#, nil, nil, nil, nil, nil, nil, nil, nil, nil, "12"]
        ) {
            echoed = [$0.string(0), $0.string(1), $0.string(2)]
        }
        #expect(echoed == ["it's", #"C:\odoo\"#, "12"])
    }

    @Test func anErrorFromTheReaderStopsTheStream() throws {
        struct Enough: Error {}
        let (_, _, dsn) = try Self.database()
        let connection = try PostgresConnection(dsn)
        var seen = 0
        #expect(throws: Enough.self) {
            try connection.stream("SELECT g FROM generate_series(1, 100000) AS g") { _ in
                seen += 1
                if seen == 150 { throw Enough() }
            }
        }
        #expect(seen == 150)
        // The rest was cancelled and the stream's own transaction rolled back: the next one starts afresh.
        #expect(!connection.isInTransaction)
        var count = 0
        try connection.stream("SELECT 1") { _ in count += 1 }
        #expect(count == 1)
    }

    @Test func fieldsArriveAsUTF8TextWithCOPYsEscapesUndone() throws {
        let (_, _, dsn) = try Self.database("CREATE TABLE stage (name jsonb); INSERT INTO stage VALUES ('{\"vi_VN\": \"Đề xuất\"}')")
        let connection = try PostgresConnection(dsn)
        var names: [String] = []
        try connection.stream("SELECT name ->> 'vi_VN' AS vi FROM stage") { row in
            names.append(row.string(0)!)
            #expect(Array(row.bytes(0)) == Array("Đề xuất".utf8))
        }
        #expect(names == ["Đề xuất"])
        // Tabs, newlines and backslashes inside a value; NULL apart from ''; a literal \N.
        let tricky = "a\tb\nc\\d\r\u{8}\u{C}\u{B}e"
        var fields: [String?] = []
        try connection.stream("SELECT $1::text, NULL::text, ''::text, '\\N'::text, 'x'", parameters: [tricky]) { row in
            fields = (0..<row.count).map { row.string($0) }
            #expect(row.isNull(1) && !row.isNull(2) && row.bytes(1).isEmpty && row.bytes(2).isEmpty)
        }
        #expect(fields == [tricky, nil, "", "\\N", "x"])
    }

    /// Times, dates and decimals as the row reads them equal what the server computes from them:
    /// seconds since the epoch (floored) and hundredths (rounded half away from zero).
    @Test func timesAndDecimalsReadAsTheServerComputesThem() throws {
        let (_, _, dsn) = try Self.database()
        let connection = try PostgresConnection(dsn)
        var rows = 0
        try connection.stream(
            """
            SELECT t, floor(extract(epoch from t))::bigint, t::date, extract(epoch from t::date)::bigint,
                   n, round(n * 100)::bigint
            FROM (SELECT timestamp '1969-07-20 20:17:40.5' + g * interval '36 days 7 hours 3 minutes 1.25 seconds' AS t,
                         ((g * 7919) % 20000000 - 10000000)::numeric / (10 ^ (g % 5))::numeric AS n
                  FROM generate_series(0, 3000) AS g) AS x
            """
        ) { row in
            rows += 1
            #expect(row.seconds(0) == row.int64(1), "\(row.string(0)!)")
            #expect(row.seconds(2) == row.int64(3), "\(row.string(2)!)")
            #expect(row.hundredths(4) == row.int64(5), "\(row.string(4)!)")
        }
        #expect(rows == 3001)
        // What is not such a value reads as nil, never as a wrong number.
        try connection.stream("SELECT 'infinity'::timestamp, '2026-03-01 10:00:00+02'::text, 'NaN'::numeric, '12a'::text, '-'::text") { row in
            #expect(row.seconds(0) == nil && row.seconds(1) == nil)
            #expect(row.hundredths(2) == nil && row.int64(3) == nil && row.int64(4) == nil && row.hundredths(4) == nil)
        }
    }

    @Test func aReadOnlyTransactionRefusesAWrite() throws {
        let (server, name, dsn) = try Self.database("CREATE TABLE crm_lead (id int)")
        let connection = try PostgresConnection(dsn)
        try connection.beginReadOnly()
        let error = #expect(throws: PostgresError.self) { try connection.execute("INSERT INTO crm_lead VALUES (1)") }
        #expect(error?.sqlState == PostgresError.readOnlySQLTransaction)
        #expect(error?.stage == .statement)
        connection.close()
        #expect(try server.psql("SELECT count(*) FROM crm_lead", database: name) == "0")
    }

    @Test func aTableTheRoleCannotReadIsNamed() throws {
        // A role that may connect but was granted nothing on the table.
        // Roles belong to the whole server: a fresh name per run of the test.
        let role = "no_grant_" + UUID().uuidString.prefix(8).lowercased()
        let (server, name, _) = try Self.database("CREATE TABLE crm_lead (id int); CREATE ROLE \(role) LOGIN")
        let connection = try PostgresConnection(server.dsn(database: name, user: role))
        let error = #expect(throws: PostgresError.self) { try connection.stream("SELECT id FROM crm_lead") { _ in } }
        #expect(error?.sqlState == PostgresError.insufficientPrivilege)
        #expect(error?.reason.contains("crm_lead") == true)
        // The stream began the transaction, so it rolled it back: the connection is usable again.
        #expect(!connection.isInTransaction)
        try connection.stream("SELECT 1") { _ in }
    }

    @Test func aMissingTableIsUndefined() throws {
        let (_, _, dsn) = try Self.database()
        let connection = try PostgresConnection(dsn)
        let error = #expect(throws: PostgresError.self) { try connection.stream("SELECT * FROM mail_tracking_value") { _ in } }
        #expect(error?.sqlState == PostgresError.undefinedTable)
        #expect(error?.reason.contains("mail_tracking_value") == true)
    }

    @Test func noServerGivesLibpqsReasonAndNotThePassword() throws {
        let error = #expect(throws: PostgresError.self) {
            _ = try PostgresConnection("host=/tmp/stagesh-no-such-socket-dir port=5432 dbname=odoo user=odoo password=sekrit")
        }
        #expect(error?.stage == .connect)
        #expect(error?.sqlState == nil)
        #expect(error?.reason.contains("/tmp/stagesh-no-such-socket-dir/.s.PGSQL.5432") == true)
        #expect(error?.reason.contains("sekrit") == false)
    }

    @Test func aBadConnectionStringOrDatabaseGivesLibpqsReason() throws {
        let malformed = #expect(throws: PostgresError.self) { _ = try PostgresConnection("postgresql://[::1") }
        #expect(malformed?.stage == .connect)
        #expect(malformed?.reason.isEmpty == false)
        let unknown = #expect(throws: PostgresError.self) { _ = try PostgresConnection("host=/tmp port=1 nosuchoption=1") }
        #expect(unknown?.reason.contains("nosuchoption") == true)
        let server = try PostgresServer.shared()
        let missing = #expect(throws: PostgresError.self) { _ = try PostgresConnection(server.dsn(database: "no_such_database")) }
        #expect(missing?.reason.contains("no_such_database") == true)
    }

    @Test func readingWritesNothing() throws {
        let (server, name, dsn) = try Self.database("CREATE TABLE crm_lead AS SELECT g AS id FROM generate_series(1, 1000) AS g")
        let before = try Self.settledCounters(server, name)
        let connection = try PostgresConnection(dsn)
        try connection.beginReadOnly()
        var count = 0
        try connection.stream("SELECT id FROM crm_lead") { _ in count += 1 }
        // No transaction id was ever taken: the server saw nothing that could write.
        var xid: String? = "unset"
        try connection.stream("SELECT txid_current_if_assigned()") { xid = $0.string(0) }
        try connection.commit()
        connection.close()
        #expect(count == 1000)
        #expect(xid == nil)
        #expect(try Self.settledCounters(server, name) == before)
        // The counters do move for a write: the check above could have failed.
        try server.psql("INSERT INTO crm_lead VALUES (0)", database: name)
        #expect(try Self.settledCounters(server, name) != before)
    }

    /// pg_stat_database's inserted, updated and deleted tuple counts for `database`, once every other
    /// backend on it has gone (a backend adds its counts as it exits, before leaving pg_stat_activity).
    static func settledCounters(_ server: PostgresServer, _ database: String) throws -> String {
        let others = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        var waits = 0
        while try server.psql(others, database: database) != "0" {
            waits += 1
            if waits == 200 { throw PostgresServerError("backends still on \(database) after 10 seconds") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try server.psql(
            "SELECT tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = current_database()", database: database)
    }
}
