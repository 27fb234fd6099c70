import Foundation
import StageTestSupport
import Testing

/// The Odoo databases that `import odoo` is tested against (Tests/Fixtures/odoo, written by
/// make_fixtures.py) load into a real server, and hold the numbers of leads and of crm.lead
/// tracking rows their headers state, which the importer's tests reason from.
@Suite struct OdooFixtureTests {
    @Test(arguments: [14, 16, 17, 18])
    func loadsWithTheCountsItsHeaderStates(version: Int) throws {
        let sql = try fixtureText("Tests/Fixtures/odoo/odoo\(version).sql")
        let leads = try #require(Self.headerNumber("crm_lead rows", in: sql))
        let tracking = try #require(Self.headerNumber("crm.lead tracking rows", in: sql))
        let stages = try #require(Self.headerNumber("crm.lead stage_id tracking rows", in: sql))
        let server = try PostgresServer.shared()
        let database = try server.makeDatabase(sql)
        // 14-16 name the tracked field `field`, 17 on `field_id`.
        let field = version <= 16 ? "field" : "field_id"
        let counted = try server.psql(
            """
            SELECT count(*) FROM crm_lead;
            SELECT count(*) FROM mail_tracking_value t JOIN mail_message m ON m.id = t.mail_message_id
                WHERE m.model = 'crm.lead';
            SELECT count(*) FROM mail_tracking_value t JOIN mail_message m ON m.id = t.mail_message_id
                JOIN ir_model_fields f ON f.id = t.\(field) WHERE m.model = 'crm.lead' AND f.name = 'stage_id';
            """, database: database)
        #expect(counted.split(separator: "\n") == ["\(leads)", "\(tracking)", "\(stages)"])
    }

    @Test func theBenchmarkSchemaLoadsWithoutLeads() throws {
        let server = try PostgresServer.shared()
        let database = try server.makeDatabase(try fixtureText("Tests/Fixtures/odoo/odoo17-schema.sql"))
        let counted = try server.psql(
            "SELECT count(*) FROM crm_lead; SELECT count(*) FROM mail_message; SELECT count(*) > 0 FROM crm_stage;",
            database: database)
        #expect(counted.split(separator: "\n") == ["0", "0", "t"])
    }

    /// The number after `-- LABEL: ` in the fixture's comment header.
    static func headerNumber(_ label: String, in sql: String) -> Int? {
        let prefix = "-- \(label): "
        for line in sql.split(separator: "\n") {
            guard line.hasPrefix("--") else { break }
            if line.hasPrefix(prefix) { return Int(line.dropFirst(prefix.count)) }
        }
        return nil
    }
}
