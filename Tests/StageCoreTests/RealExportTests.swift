import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// Real CRM exports come in as they are: what the CRM accepted is imported and counted, never refused.
///
/// The fixtures are shaped as the CRMs' own tools write them: Data Loader's
/// upper-case API names and quoted fields, ISO times with milliseconds,
/// OpportunityHistory rows that carry the state after each change, amounts
/// from currency conversion.
@Suite struct RealExportTests {
    /// A session in a fresh directory holding `files`; the caller removes the directory.
    static func session(_ files: [String: String]) throws -> (Session, URL) {
        let dir = try makeTemporaryDirectory("real", files: files)
        return (testSession(directory: dir.path), dir)
    }

    /// A command's table as CSV, without its header.
    static func csv(_ s: inout Session, _ line: String) throws -> String {
        for case .table(let t) in try s.execute(line: line) {
            return TableRenderer.render(t, format: .csv).split(separator: "\n").dropFirst().joined(separator: "\n")
        }
        return ""
    }

    /// The record with `id`: its slot.
    static func slot(_ s: Session, _ id: String) -> Int { Int(s.store.ids.slot(of: id)!) }

    /// Its ledger as `from>to@date` steps.
    static func ledger(_ s: Session, _ id: String) -> [String] {
        let r = slot(s, id)
        return (0..<s.store.eventCount).filter { Int(s.store.eventRecord[$0]) == r }.map { e in
            let from = s.store.eventFrom[e] == noStage ? "" : s.pipeline[s.store.eventFrom[e]].name
            return "\(from)>\(s.pipeline[s.store.eventTo[e]].name)@\(Timestamp(seconds: s.store.eventAt[e]).iso8601)"
        }
    }

    /// Data Loader's export of Opportunity: upper-case API names, every field
    /// quoted, ISO times with milliseconds, date-only close dates.
    static let dataLoaderOpportunities = """
        "ID","ISDELETED","ACCOUNTID","NAME","STAGENAME","AMOUNT","PROBABILITY","CLOSEDATE","TYPE","LEADSOURCE","ISCLOSED","ISWON","FORECASTCATEGORY","CREATEDDATE","OWNERID","LASTSTAGECHANGEDATE"\r
        "0068d00000A1bCdAAJ","false","0018d00000XyZ01AAB","Acme - 200 Widgets","Prospecting","9225.225","10","2023-03-31","New Customer","Web","false","false","Pipeline","2023-02-08T18:12:23.000Z","0058d000001AbCdAAI","2023-02-08T18:12:23.000Z"\r
        "0068d00000A1bCeAAJ","false","0018d00000XyZ02AAB","Global Media - Add-On Business","Closed Won","45000","100","2023-02-08","Existing Customer - Upgrade","Partner Referral","true","true","Closed","2023-02-08T18:12:23.000Z","0058d000001AbCdAAI","2023-02-08T18:13:01.000Z"\r
        "0068d00000A1bCfAAJ","false","0018d00000XyZ03AAB","Edge Emergency Generator","Closed Lost","","0","2023-01-15","New Customer","Phone Inquiry","true","false","Omitted","2023-02-10T09:00:00.000Z","0058d000001AbCeAAI","2023-02-10T09:00:00.000Z"\r
        "0068d00000A1bCgAAJ","false","0018d00000XyZ04AAB","Burlington Textiles Weaving Plant","Negotiation/Review","1234.5","90","2023-06-30","New Customer","Web","false","false","Commit","2023-01-05T11:30:00.000Z","0058d000001AbCeAAI","2023-04-01T16:00:00.000Z"\r

        """

    @Test func dataLoaderOpportunityExportImportsWhole() throws {
        var (s, dir) = try Self.session(["Opportunity.csv": Self.dataLoaderOpportunities])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try ImportTests.run(&s, "import records Opportunity.csv preset salesforce")
        #expect(
            out == """
                imported 4 records from Opportunity.csv; 3 adjustments:
                  1 amount with more than two decimals, rounded half-even to the cent (line 2)
                  1 close date without a time on the day of creation, closed at the creation time (line 3)
                  1 close or change date before the creation, set to the creation time (line 4)
                """)
        // 9225.225 is half a cent: half-even keeps the even cent.
        #expect(s.store.values[Self.slot(s, "0068d00000A1bCdAAJ")] == 922_522)
        #expect(s.store.values[Self.slot(s, "0068d00000A1bCgAAJ")] == 123_450)
        // Closed the day it was created: created into Negotiation, won at the creation time.
        #expect(Self.ledger(s, "0068d00000A1bCeAAJ") == [">Negotiation@2023-02-08T18:12:23Z", "Negotiation>Won@2023-02-08T18:12:23Z"])
        #expect(Self.ledger(s, "0068d00000A1bCfAAJ") == [">Negotiation@2023-02-10T09:00:00Z", "Negotiation>Lost@2023-02-10T09:00:00Z"])
        // An open deal's close date is when it is expected to close.
        let open = Self.slot(s, "0068d00000A1bCgAAJ")
        #expect(s.store.expectedClose[open] == Timestamp(year: 2023, month: 6, day: 30)!.seconds)
        #expect(Self.ledger(s, "0068d00000A1bCgAAJ") == [">Negotiation@2023-01-05T11:30:00Z", "Negotiation>Proposal Sent@2023-04-01T16:00:00Z"])
    }

    @Test func strictRefusesWhatItWouldAdjust() throws {
        var (s, dir) = try Self.session(["Opportunity.csv": Self.dataLoaderOpportunities])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (message, hints) = ImportTests.failure(&s, "import records Opportunity.csv preset salesforce strict")
        #expect(message == #"Opportunity.csv:2: column "AMOUNT": "9225.225" has more than two decimals"#)
        #expect(hints == [Message.hintStrict.english])
        #expect(s.store.slotCount == 0)
    }

    /// `sf data query --result-format csv` and Workbench: `YYYY-MM-DD HH:MM:SS` times, API names as typed.
    @Test func apiExportWithSpaceSeparatedTimes() throws {
        var (s, dir) = try Self.session([
            "opps.csv": """
            Id,Name,StageName,Amount,CloseDate,CreatedDate
            0065g000003XyZaAAK,Dickenson Mobile Generators,Qualification,15000,2023-03-01,2023-02-08 18:12:23
            0065g000003XyZbAAK,United Oil Refinery Generators,Closed Won,270000.00,2023-02-20,2023-02-08 18:12:23

            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try ImportTests.run(&s, "import records opps.csv preset salesforce") == "imported 2 records from opps.csv")
        #expect(Self.ledger(s, "0065g000003XyZbAAK") == [">Negotiation@2023-02-08T18:12:23Z", "Negotiation>Won@2023-02-20T00:00:00Z"])
        #expect(s.pipeline[s.store.stages[Self.slot(s, "0065g000003XyZaAAK")]].name == "Qualified")
    }

    /// OpportunityHistory as Data Loader writes it: a row per change with the
    /// state after it, amount and close date changes mixed in, its own `Id`
    /// beside `OpportunityId`.
    static let opportunityHistory = """
        "ID","OPPORTUNITYID","CREATEDBYID","CREATEDDATE","STAGENAME","AMOUNT","EXPECTEDREVENUE","CLOSEDATE","PROBABILITY","FORECASTCATEGORY","SYSTEMMODSTAMP","ISDELETED"
        "0088d00000aB001AAA","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-01-05T11:30:00.000Z","Needs Analysis","1000","200","2023-06-30","20","Pipeline","2023-01-05T11:30:00.000Z","false"
        "0088d00000aB002AAA","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-02-01T10:00:00.000Z","Needs Analysis","1234.5","246.9","2023-06-30","20","Pipeline","2023-02-01T10:00:00.000Z","false"
        "0088d00000aB003AAA","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-03-01T10:00:00.000Z","Needs Analysis","1234.5","246.9","2023-07-31","20","Pipeline","2023-03-01T10:00:00.000Z","false"
        "0088d00000aB004AAA","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-04-01T16:00:00.000Z","Negotiation/Review","1234.5","1111.05","2023-06-30","90","Commit","2023-04-01T16:00:00.000Z","false"
        "0088d00000aB005AAA","0068d00000A1bCeAAJ","0058d000001AbCdAAI","2023-02-08T18:12:23.000Z","Prospecting","45000","4500","2023-02-08","10","Pipeline","2023-02-08T18:12:23.000Z","false"
        "0088d00000aB006AAA","0068d00000A1bCeAAJ","0058d000001AbCdAAI","2023-02-08T18:13:01.000Z","Closed Won","45000","45000","2023-02-08","100","Closed","2023-02-08T18:13:01.000Z","false"

        """

    @Test func historyRowsBecomeStageAndFieldEvents() throws {
        var history = Self.opportunityHistory
        // A row that changes nothing at all, as a forecast category edit leaves one.
        history +=
            #""0088d00000aB007AAA","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-04-02T09:00:00.000Z","Negotiation/Review","1234.5","1111.05","2023-06-30","90","Best Case","2023-04-02T09:00:00.000Z","false""#
            + "\n"
        var (s, dir) = try Self.session(["Opportunity.csv": Self.dataLoaderOpportunities, "OpportunityHistory.csv": history])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "import records Opportunity.csv preset salesforce")
        let out = try ImportTests.run(&s, "import events OpportunityHistory.csv preset salesforce")
        #expect(
            out == """
                imported 4 stage events and 5 field events of 2 records from OpportunityHistory.csv; 1 adjustment:
                  1 history row that change nothing, skipped (line 8)
                """)
        // Rows that changed the amount or the close date are no stage spells.
        #expect(Self.ledger(s, "0068d00000A1bCgAAJ") == [">Negotiation@2023-01-05T11:30:00Z", "Negotiation>Proposal Sent@2023-04-01T16:00:00Z"])
        // Prospecting is a lead stage in this preset: the move into Won converts.
        #expect(Self.ledger(s, "0068d00000A1bCeAAJ") == [">New@2023-02-08T18:12:23Z", "New>Won@2023-02-08T18:13:01Z"])
        let path = try Self.csv(&s, "history 0068d00000A1bCgAAJ")
        #expect(
            path == """
                2023-01-05T11:30:00Z,stage,,Negotiation,create,
                2023-02-01T10:00:00Z,value,"1,000","1,234.50",import,
                2023-03-01T10:00:00Z,expected_close,2023-06-30,2023-07-31,import,
                2023-04-01T16:00:00Z,stage,Negotiation,Proposal Sent,import,
                2023-04-01T16:00:00Z,expected_close,2023-07-31,2023-06-30,import,
                2023-04-01T16:00:00Z,probability,20%,90%,import,
                """)
        // As of a date, a deal's value and expected close are the ones it had then.
        #expect(try Self.csv(&s, "forecast where id = 0068d00000A1bCgAAJ as of 2023-01-20") == "1,1000,400")
        #expect(try Self.csv(&s, "forecast where id = 0068d00000A1bCgAAJ by month as of 2023-03-15") == "2023-07,1,1234.50,493.80")
        #expect(try Self.csv(&s, "forecast where id = 0068d00000A1bCgAAJ by month") == "2023-06,1,1234.50,740.70")
    }

    /// OpportunityFieldHistory as Data Loader exports it: one row per field
    /// change, an owner change written twice (as user ids, then as names),
    /// Salesforce's own `created` row, and a stage change, which rebuilds the ledger.
    @Test func fieldHistoryFileImportsFieldEvents() throws {
        var (s, dir) = try Self.session([
            "Opportunity.csv": Self.dataLoaderOpportunities,
            "OpportunityFieldHistory.csv": """
            "ID","ISDELETED","OPPORTUNITYID","CREATEDBYID","CREATEDDATE","FIELD","DATATYPE","OLDVALUE","NEWVALUE"
            "0178d00000aC001AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-01-05T11:30:00.000Z","created","Text","",""
            "0178d00000aC002AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-02-01T10:00:00.000Z","Amount","Currency","1000","1234.5"
            "0178d00000aC003AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-03-01T10:00:00.000Z","CloseDate","Date","2023-06-30","2023-07-31"
            "0178d00000aC004AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-03-02T08:00:00.000Z","Owner","EntityId","0058d000001AbCdAAI","0058d000001AbCeAAI"
            "0178d00000aC005AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-03-02T08:00:00.000Z","Owner","Text","Sarah Miller","David Chen"
            "0178d00000aC006AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-04-01T16:00:00.000Z","StageName","Text","Needs Analysis","Negotiation/Review"
            "0178d00000aC007AAA","false","0068d00000A1bCgAAJ","0058d000001AbCeAAI","2023-04-01T16:00:00.000Z","CloseDate","Date","2023-07-31","2023-06-30"

            """,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "import records Opportunity.csv preset salesforce")
        #expect(
            try ImportTests.run(&s, "import events OpportunityFieldHistory.csv preset salesforce") == """
                imported 2 stage events and 4 field events of 1 record from OpportunityFieldHistory.csv; 2 adjustments:
                  2 field-history rows of fields the ledger does not keep (name, tags, ...), skipped (lines 2, 5)
                """)
        #expect(
            try Self.csv(&s, "history 0068d00000A1bCgAAJ") == """
                2023-01-05T11:30:00Z,stage,,Negotiation,create,
                2023-02-01T10:00:00Z,value,"1,000","1,234.50",import,
                2023-03-01T10:00:00Z,expected_close,2023-06-30,2023-07-31,import,
                2023-03-02T08:00:00Z,owner,Sarah Miller,David Chen,import,
                2023-04-01T16:00:00Z,stage,Negotiation,Proposal Sent,import,
                2023-04-01T16:00:00Z,expected_close,2023-07-31,2023-06-30,import,
                """)
        #expect(try Self.csv(&s, "forecast where id = 0068d00000A1bCgAAJ by owner as of 2023-03-01") == "Sarah Miller,1,1234.50,493.80")
        // Imported again, it replaces what it brought instead of doubling it.
        _ = try s.execute(line: "import events OpportunityFieldHistory.csv preset salesforce")
        #expect(s.store.fieldEvents.count == 4)
    }

    /// A HubSpot deals export with its "Date entered" columns, one per stage
    /// of the pipeline, most of them empty; the header's quotes doubled.
    static let hubSpotDeals = #"""
        Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Create Date,Pipeline,"Date entered ""Appointment Scheduled (Sales Pipeline)""","Date exited ""Appointment Scheduled (Sales Pipeline)""","Date entered ""Qualified To Buy (Sales Pipeline)""","Date entered ""Presentation Scheduled (Sales Pipeline)""","Date entered ""Contract Sent (Sales Pipeline)""","Date entered ""Closed Won (Sales Pipeline)""","Date entered ""Closed Lost (Sales Pipeline)"""
        18500000001,Cloud migration – Freight,Closed Won,75000,2026-03-10 12:00,Sarah Miller,2026-02-10 08:45,Sales Pipeline,2026-02-10 08:45,2026-02-14 09:00,2026-02-14 09:00,2026-02-20 10:30,2026-03-01 16:00,2026-03-10 12:00,
        18500000002,Mobile app – Spa,Contract Sent,8000,2026-04-30 00:00,Lê Hoàng Anh,2026-03-02 09:30,Sales Pipeline,2026-03-02 09:30,2026-03-05 10:00,,,2026-03-05 10:00,,
        18500000003,POS terminals – Huế,Presentation Scheduled,12000,2026-05-15 00:00,Sarah Miller,2026-03-20 14:00,Sales Pipeline,2026-03-19 14:00,2026-03-25 11:00,,2026-03-25 11:00,,,
        18500000004,Security audit – Mekong,Appointment Scheduled,,2026-06-01 00:00,Lê Hoàng Anh,2026-04-01 10:00,Sales Pipeline,,,,,,,

        """#

    @Test func hubSpotDateEnteredColumnsGiveTheWholePath() throws {
        var (s, dir) = try Self.session(["deals.csv": Self.hubSpotDeals])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try ImportTests.run(&s, "import records deals.csv preset hubspot") == """
                imported 4 records from deals.csv; 1 adjustment:
                  1 close or change date before the creation, set to the creation time (line 4)
                """)
        #expect(
            Self.ledger(s, "18500000001") == [
                ">Contacted@2026-02-10T08:45:00Z", "Contacted>Qualified@2026-02-14T09:00:00Z",
                "Qualified>Negotiation@2026-02-20T10:30:00Z", "Negotiation>Proposal Sent@2026-03-01T16:00:00Z",
                "Proposal Sent>Won@2026-03-10T12:00:00Z",
            ])
        #expect(Self.ledger(s, "18500000002") == [">Contacted@2026-03-02T09:30:00Z", "Contacted>Proposal Sent@2026-03-05T10:00:00Z"])
        #expect(Self.ledger(s, "18500000003") == [">Contacted@2026-03-20T14:00:00Z", "Contacted>Negotiation@2026-03-25T11:00:00Z"])
        #expect(Self.ledger(s, "18500000004") == [">Contacted@2026-04-01T10:00:00Z"])
        // The move from a lead stage into an opportunity stage is a conversion.
        let r = Self.slot(s, "18500000001")
        let causes = (0..<s.store.eventCount).filter { Int(s.store.eventRecord[$0]) == r }.map { Cause(rawValue: s.store.eventCause[$0])!.name }
        #expect(causes == ["create", "import", "convert", "import", "import"])
        // The "Date exited" column is kept as a custom field; the entered ones are read.
        #expect(s.store.customFieldNames.values.contains { $0.hasPrefix("Date exited") })
        #expect(!s.store.customFieldNames.values.contains { $0.hasPrefix("Date entered") })
    }

    @Test func mapEnteredReadsAColumnOfEntryDates() throws {
        var (s, dir) = try Self.session([
            "f.csv": """
            id,name,stage,created_at,Demo on,Quote sent
            1,A,Proposal Sent,2026-01-01,2026-01-05,2026-01-09
            2,B,Negotiation,2026-01-02,2026-01-06,

            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: #"import records f.csv map "Demo on"=entered(Negotiation) "Quote sent"=entered("Proposal Sent")"#)
        #expect(Self.ledger(s, "1") == [">Negotiation@2026-01-01T00:00:00Z", "Negotiation>Proposal Sent@2026-01-09T00:00:00Z"])
        #expect(Self.ledger(s, "2") == [">Negotiation@2026-01-02T00:00:00Z"])
        _ = try s.execute(line: "undo")
        #expect(
            ImportTests.failure(&s, "import records f.csv map \"Demo on\"=entered(Pilot)").0
                == #"f.csv:2: column "Demo on": unknown stage "Pilot""#)
    }

    /// A multi-currency Salesforce org: `CurrencyIsoCode` on the API export,
    /// and a report export whose amounts carry their code (`USD 1,234.56`).
    @Test func severalCurrenciesAreNeverSummedAsOne() throws {
        var (s, dir) = try Self.session([
            "opps.csv": """
            Id,Name,StageName,Amount,CurrencyIsoCode,CloseDate,CreatedDate
            006A,Hanoi rollout,Negotiation/Review,250000000,VND,2026-12-31,2026-10-01T08:00:00.000+0000
            006B,Berlin pilot,Negotiation/Review,12000,EUR,2026-12-31,2026-10-02T08:00:00.000+0000
            006C,Austin renewal,Proposal/Price Quote,30000,USD,2027-01-31,2026-10-03T08:00:00.000+0000
            006D,Munich expansion,Proposal/Price Quote,8000.50,EUR,2027-01-31,2026-10-04T08:00:00.000+0000

            """,
            "report.csv": """
            Opportunity ID;Opportunity Name;Stage;Amount;Created Date
            006E;Lyon;Negotiation/Review;EUR 1.234,56;10/5/2026
            006F;Boston;Negotiation/Review;USD 1,234.56;10/6/2026

            """,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "import records opps.csv preset salesforce")
        #expect(
            try Self.csv(&s, "forecast") == """
                EUR,2,20000.50,12000.30
                USD,1,30000,18000
                VND,1,250000000,150000000
                """)
        // By a group, each group's row splits by currency.
        #expect(
            try Self.csv(&s, "forecast by owner where currency != VND") == """
                ,EUR,2,20000.50,12000.30
                ,USD,1,30000,18000
                """)
        // The funnel's value column, one per currency.
        #expect(try Self.csv(&s, "funnel opportunities").split(separator: "\n")[1] == "Proposal Sent,4,20000.50,30000,250000000,4,4,0,100.00,100.00")
        _ = try s.execute(line: "import records report.csv preset salesforce")
        #expect(try Self.csv(&s, "count by currency") == "EUR,3\nUSD,2\nVND,1")
        #expect(s.store.values[Self.slot(s, "006E")] == 123_456)
        // One currency left: no split.
        #expect(try Self.csv(&s, "forecast where currency = EUR") == "3,21235.06,12741.04")
    }

    /// Excel's "CSV (Comma delimited)" on Windows: Windows-1252, `\r\n`, no byte-order mark.
    static let excelWindowsCSV: [UInt8] =
        Array("Opportunity ID,Opportunity Name,Account Name,Stage,Amount\r\n".utf8)
        + Array("0061,Caf".utf8) + [0xE9] + Array(" M".utf8) + [0xFC] + Array("ller ".utf8) + [0x96] + Array(" renewal,Jos".utf8) + [0xE9]
        + Array(" Garc".utf8) + [0xED] + Array("a SA,Closed Won,\"".utf8) + [0x80] + Array("1.234,50\"\r\n".utf8)

    @Test func windowsEncodedExportsReadWithTheirEncoding() throws {
        var (s, dir) = try Self.session([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.excelWindowsCSV).write(to: dir.appendingPathComponent("win.csv"))
        let (message, hints) = ImportTests.failure(&s, "import records win.csv preset salesforce")
        #expect(message == #"win.csv:2: column "Account Name": invalid UTF-8"#)
        #expect(hints == [Message.hintLooksLikeCP1252.english])
        #expect(try ImportTests.run(&s, "import records win.csv preset salesforce encoding cp1252") == "imported 1 record from win.csv")
        let r = Self.slot(s, "0061")
        #expect(s.store.names[r] == "Café Müller – renewal")
        #expect(s.store.pool[s.store.accounts[r]] == "José García SA")
        #expect(s.store.values[r] == 123_450)
        #expect(s.store.pool[s.store.currency(r)] == "EUR")
        // Excel's "Unicode Text": UTF-16 with its byte-order mark, tab-separated; the mark decides.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "Record ID\tDeal Name\tDeal Stage\r\n18501\tNguyễn Thị Lan – POS\tclosedwon\r\n".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        try Data(utf16).write(to: dir.appendingPathComponent("deals.txt"))
        #expect(try ImportTests.run(&s, "import records deals.txt preset hubspot") == "imported 1 record from deals.txt")
        #expect(s.store.names[Self.slot(s, "18501")] == "Nguyễn Thị Lan – POS")
    }

    /// Odoo: the crm.lead list exported (every field quoted, an archived lead
    /// with its lost reason), then its tracking values (Settings → Technical →
    /// Tracking Values) exported: a row per tracked change, the value in the
    /// column of its type, the lead named by its database id.
    @Test func odooLeadsAndTheirTrackingValues() throws {
        var (s, dir) = try Self.session([
            "crm.lead.csv": """
            "ID","Opportunity","Customer","Salesperson","Expected Revenue","Stage","Created on","Last Stage Update","Expected Closing","Closed Date","Active","Lost Reason"
            "__export__.crm_lead_101_f883","CRM licences – Traders","Hà Nội Logistics","Lê Hoàng Anh","5000.00","Proposition","2026-01-05 11:15:00","2026-01-20 09:00:00","2026-02-03","","True",""
            "__export__.crm_lead_102_6b0e","Mở rộng chi nhánh","Mekong Agritech","Nguyễn Thị Lan","120000.00","Qualified","2026-01-06 16:45:00","2026-01-10 10:00:00","2026-04-05","","False","Too expensive"

            """,
            "mail.tracking.value.csv": """
            "ID","Field","Old Value Char","New Value Char","Old Value Integer","New Value Integer","Old Value Float","New Value Float","Old Value DateTime","New Value DateTime","Created on","Mail Message/Related Document ID","Mail Message/Related Document Model"
            "9001","Stage","New","Qualified","1","2","","","","","2026-01-08 10:00:00","101","crm.lead"
            "9002","Expected Revenue","","","","","4000.0","5000.0","","","2026-01-12 14:30:00","101","crm.lead"
            "9003","Stage","Qualified","Proposition","2","3","","","","","2026-01-20 09:00:00","101","crm.lead"
            "9004","Salesperson","Nguyễn Thị Lan","Lê Hoàng Anh","7","9","","","","","2026-01-21 08:00:00","101","crm.lead"
            "9005","Stage","New","Qualified","1","2","","","","","2026-01-10 10:00:00","102","crm.lead"
            "9006","Active","","","1","0","","","","","2026-02-01 17:00:00","102","crm.lead"
            "9007","Tags","","Product","","","","","","","2026-01-11 09:00:00","102","crm.lead"

            """,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try ImportTests.run(&s, "import records crm.lead.csv preset odoo") == "imported 2 records from crm.lead.csv")
        let lost = "__export__.crm_lead_102_6b0e"
        // The export knows only the stage it was archived in, and when it last changed.
        #expect(Self.ledger(s, lost) == [">Qualified@2026-01-06T16:45:00Z", "Qualified>Lost@2026-01-10T10:00:00Z"])
        #expect(s.store.pool[s.store.eventReason[s.store.eventCount - 1]] == "Too expensive")
        let imported = try ImportTests.run(&s, "import events mail.tracking.value.csv preset odoo")
        #expect(
            imported == """
                imported 6 stage events and 2 field events of 2 records from mail.tracking.value.csv; 1 adjustment:
                  1 field-history row of fields the ledger does not keep (name, tags, ...), skipped (line 8)
                """)
        #expect(
            Self.ledger(s, "__export__.crm_lead_101_f883") == [
                ">New@2026-01-05T11:15:00Z", "New>Qualified@2026-01-08T10:00:00Z", "Qualified>Proposal Sent@2026-01-20T09:00:00Z",
            ])
        // Archived on 1 February: lost from the stage it stood in, with its reason kept.
        #expect(Self.ledger(s, lost) == [">New@2026-01-06T16:45:00Z", "New>Qualified@2026-01-10T10:00:00Z", "Qualified>Lost@2026-02-01T17:00:00Z"])
        #expect(try Self.csv(&s, "history __export__.crm_lead_101_f883").contains("2026-01-21T08:00:00Z,owner,Nguyễn Thị Lan,Lê Hoàng Anh,import,"))
    }

    /// HubSpot's deals exported as XLSX (the fixture is written as Excel writes
    /// one, by tools/make_xlsx_fixtures.py): dates as date-styled serials, a
    /// cell with a line break, a second sheet.
    @Test func anExcelWorkbookImportsLikeItsCSV() throws {
        let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/xlsx")
        var (s, dir) = try Self.session([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["hubspot-deals.xlsx", "hubspot-deals.csv", "renamed-csv.xlsx"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        var t = s
        let fromSheet = try ImportTests.run(&s, "import records hubspot-deals.xlsx preset hubspot")
        _ = try t.execute(line: "import records hubspot-deals.csv preset hubspot")
        #expect(fromSheet.hasPrefix("imported 4 records from hubspot-deals.xlsx; 3 adjustments:"))
        // Rows are the sheet's: the line break in row 4's name does not push row 6 down.
        #expect(fromSheet.contains("(lines 2, 6)"))
        #expect(try Self.csv(&s, "list") == (try Self.csv(&t, "list")))
        #expect(Self.ledger(s, "9202") == Self.ledger(t, "9202"))
        #expect(ImportTests.failure(&s, "import records hubspot-deals.xlsx sheet Nope").0.contains("Nope"))
        #expect(
            ImportTests.failure(&s, "import records hubspot-deals.csv sheet Deals").0
                == #"hubspot-deals.csv: sheet "Deals" names a worksheet, but the file is not a workbook"#)
        #expect(ImportTests.failure(&s, "import records renamed-csv.xlsx").1.first?.contains(".csv name") == true)
    }

    @Test func explicitMapBeatsAColumnWithTheFieldsName() throws {
        var (s, dir) = try Self.session([
            "r.csv": "id,name,stage\nD1,A,Contacted\n",
            "h.csv": "Id,OpportunityId,changed,changed_at,to_stage\nH1,D1,x,2026-01-01,New\nH2,D1,y,2026-01-05,Contacted\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "import records r.csv")
        #expect(
            try ImportTests.run(&s, "import events h.csv map OpportunityId=record_id changed_at=changed_at")
                == "imported 2 stage events of 1 record from h.csv")
        #expect(Self.ledger(s, "D1") == [">New@2026-01-01T00:00:00Z", "New>Contacted@2026-01-05T00:00:00Z"])
    }

    @Test(arguments: [
        ("import events h.csv map a=record_id a=changed_at", #"column "a" is mapped twice, to record_id and to changed_at"#),
        ("import records r.csv map a=name b=name", #"name is mapped from two columns, "a" and "b""#),
    ])
    func aColumnOrAFieldMappedTwiceIsAnError(line: String, message: String) throws {
        var (s, dir) = try Self.session(["r.csv": "id,a,b,stage\n1,x,y,New\n", "h.csv": "a,to_stage\n1,New\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(ImportTests.failure(&s, line).0 == message)
    }

    @Test func everyMissingColumnIsNamedAtOnce() throws {
        var (s, dir) = try Self.session(["f.csv": "Opportunity,Amount\nA,1\n", "g.csv": "Deal,Amount\nA,1\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(ImportTests.failure(&s, "import records f.csv").0 == #"f.csv:1: missing columns "id", "stage""#)
        #expect(ImportTests.failure(&s, "import events g.csv").0 == #"g.csv:1: missing columns "record_id", "to_stage", "changed_at""#)
    }

    @Test func aFileWithoutNamesImportsWithEmptyNames() throws {
        var (s, dir) = try Self.session(["f.csv": "id,stage,value\n1,New,10\n2,Won,20\n3,Lost,5\n4,New,1\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try ImportTests.run(&s, "import records f.csv") == """
                imported 4 records from f.csv; 4 adjustments:
                  4 records without a name, kept with an empty one (lines 2, 3, 4, ...)
                """)
        #expect(s.store.names[0] == "")
    }

    @Test func dryRunGroupsRowsWithTheSameProblem() throws {
        var rows = "Record ID,Deal Name,Deal Stage,Amount\n"
        for i in 1...40 { rows += "\(i),Deal \(i),\(i % 4 == 0 ? "Demo booked" : "closedwon"),\(i)000\n" }
        rows += "41,Deal 41,Pilot,1.000,5\n"
        var (s, dir) = try Self.session(["deals.csv": rows])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try ImportTests.run(&s, "import records deals.csv preset hubspot dry-run")
        #expect(
            out == """
                dry run: 30 records of deals.csv would be imported; nothing was changed
                Won=30
                11 problems of 2 kinds found:
                  deals.csv:5: column "Deal Stage": unknown stage "Demo booked" (10 rows: lines 5, 9, 13, ...)
                    hint: stages are: "New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"
                    hint: name the stage it stands for with stages "Demo booked"=STAGE, or add `create stages`
                  deals.csv:42: 5 fields where the header has 4
                as it is, the import would stop at the first problem and import nothing
                """)
    }

    /// Stages a file brings, met out of flow order: `create stages` puts them
    /// in the order the deals moved through them, by their dates.
    @Test func createStagesFollowsTheFlow() throws {
        // The records file meets Engaging first; its dates show Prospecting comes first.
        var (s, dir) = try Self.session([
            "r.csv": """
            id,name,stage,created_at,updated_at,closed_at
            A,a,Engaging,2026-01-01,2026-01-10,
            B,b,Closed Won,2026-01-02,,2026-02-01
            C,c,Prospecting,2026-01-01,2026-01-03,

            """
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try ImportTests.run(&s, "import records r.csv create stages")
                == #"imported 3 records from r.csv; added stages "Engaging", "Closed Won", "Prospecting""#)
        #expect(
            s.pipeline.order(.opportunity).map { s.pipeline[$0].name }
                == ["Negotiation", "Proposal Sent", "Prospecting", "Engaging", "Won", "Lost", "Closed Won"])
        #expect(s.pipeline[s.pipeline.stage(named: "Closed Won")!].outcome == .won)

        // A history brings stages no record is in now: each goes where its deals entered it.
        var (t, dir2) = try Self.session([
            "r.csv": "id,name,stage\nA,a,Engaging\nB,b,Closed Won\n",
            "h.csv": """
            record_id,to_stage,changed_at
            B,Closed Won,2026-02-01
            A,Engaging,2026-01-10
            A,Discovery,2026-01-04
            A,Prospecting,2026-01-01
            B,Prospecting,2026-01-02
            B,Demo,2026-01-20
            B,Discovery,2026-01-03
            B,Engaging,2026-01-05

            """,
        ])
        defer { try? FileManager.default.removeItem(at: dir2) }
        _ = try t.execute(line: "rule remove 1")
        _ = try t.execute(line: #"stages set opportunities Prospecting, Engaging won "Closed Won" lost "Closed Lost""#)
        _ = try t.execute(line: "import records r.csv")
        #expect(
            try ImportTests.run(&t, "import events h.csv create stages")
                == #"imported 8 stage events of 2 records from h.csv; added stages "Discovery", "Demo""#)
        #expect(
            t.pipeline.order(.opportunity).map { t.pipeline[$0].name }
                == ["Prospecting", "Discovery", "Engaging", "Demo", "Closed Won", "Closed Lost"])
    }

    @Test func stagesSetReplacesAKindsStages() throws {
        var (s, dir) = try Self.session([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "add opp Deal stage=Negotiation")
        // The default rule moves deals to Proposal Sent, which the new stages leave out.
        #expect(
            ImportTests.failure(&s, "stages set opportunities Prospecting, Negotiation won Won lost Lost").0
                == #"rule 1 moves records to Proposal Sent"#)
        _ = try s.execute(line: "rule remove 1")
        #expect(
            try ImportTests.run(&s, "stages set opportunities Prospecting, negotiation, Engaging won Won lost Lost")
                == "opportunity stages: Prospecting → negotiation → Engaging → Won | Lost")
        #expect(ImportTests.failure(&s, "stages set opportunities Engaging won Won").0 == "1 record is in negotiation")
        _ = try s.execute(line: "delete 1")
        #expect(ImportTests.failure(&s, "stages set opportunities Engaging won Won").0.contains("negotiation"))
        #expect(ImportTests.failure(&s, "stages set leads New, new").0 == #"stage "new" is named twice"#)
        #expect(ImportTests.failure(&s, "stages set leads New, Won").0 == #"there is already an opportunity stage "Won""#)
        #expect(
            ImportTests.failure(&s, "stages set opportunities Prospecting won Prospecting").0
                == #"stage "Prospecting" is named twice"#)
        _ = try s.execute(line: "undo; undo; undo")
        #expect(s.pipeline.order(.opportunity).map { s.pipeline[$0].name } == ["Negotiation", "Proposal Sent", "Won", "Lost"])
    }

    /// A stage an import or `stages set` adds has no probability until one is
    /// set: the forecast's weighted sum is then unknown, not zero, and a
    /// snapshot keeps it unknown.
    @Test func aNewStageHasNoProbabilityUntilSet() throws {
        var (s, dir) = try Self.session([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try s.execute(line: "rule remove 1; stages set opportunities Discovery, Negotiation won Won lost Lost")
        _ = try s.execute(line: "add opp A stage=Discovery value=10k; add opp B stage=Negotiation value=5k")
        #expect(s.pipeline[s.pipeline.stage(named: "Discovery")!].probability == nil)
        #expect(try Self.csv(&s, "forecast") == "2,15000,")
        #expect(try Self.csv(&s, "forecast where stage = Negotiation") == "1,5000,2000")
        _ = try s.execute(line: "save p.json")
        _ = try s.execute(line: "load! p.json")
        #expect(s.pipeline[s.pipeline.stage(named: "Discovery")!].probability == nil)
        _ = try s.execute(line: "stage set Discovery probability=10")
        #expect(try Self.csv(&s, "forecast") == "2,15000,3000")
    }

    @Test(arguments: [
        ("9225.225", 922_522, true), ("9225.235", 922_524, true), ("9225.2251", 922_523, true), ("1234.5", 123_450, false),
        ("$1,234.56", 123_456, false), ("USD 1,234.56", 123_456, false), ("1.234,56 €", 123_456, false),
        ("1 234,5", 123_450, false), ("45000000 ₫", 4_500_000_000, false), ("1,234", 123_400, false), ("1234,5", 123_450, false),
        ("0.005", 0, true), ("0.015", 2, true), ("12.3456", 1_235, true), ("1.234.567", 123_456_700, false),
    ])
    func amountsAsCRMsWriteThem(text: String, cents: Int64, rounded: Bool) {
        let reading = ImportAmount.read(text)
        #expect(reading?.cents == cents && reading?.rounded == rounded)
    }

    @Test(arguments: [("$1,234.56", "USD"), ("USD 1,234.56", "USD"), ("1.234,56 €", "EUR"), ("45000000 ₫", "VND"), ("1234.5 GBP", "GBP")])
    func amountsNameTheirCurrency(text: String, code: String) {
        #expect(ImportAmount.read(text)?.currency == code)
    }

    @Test(arguments: ["abc", "1,23,4", "1.2.3,4,5", "", "$", "12-3"])
    func notAmounts(text: String) {
        #expect(ImportAmount.read(text) == nil)
    }

    @Test(arguments: [
        ("2023-02-08T18:12:23.000+0000", "2023-02-08T18:12:23Z"), ("2023-02-08T18:12:23.000Z", "2023-02-08T18:12:23Z"),
        ("2023-02-08T18:12:23-05:00", "2023-02-08T23:12:23Z"), ("2023-02-08T01:00:00+07:00", "2023-02-07T18:00:00Z"),
    ])
    func timesWithOffsetsAreUTC(text: String, utc: String) throws {
        #expect(try ValueParser.isoTimestamp(text).get().iso8601 == utc)
    }
}
