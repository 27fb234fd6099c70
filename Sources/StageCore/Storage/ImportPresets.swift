/// A named bundle of column map, stage map and date layout for a CRM's export
/// (`import records FILE preset odoo|salesforce|hubspot`); docs/import-presets.md lists them.
public struct ImportPreset: Sendable {
    public var name: String
    /// Export column → stagesh field; columns a file lacks are skipped.
    public var columns: [(String, String)]
    /// The CRM's stage labels → default pipeline stages.
    public var stages: [(String, String)]
    /// The date layout, or nil to read ISO-8601 and guess the rest per column.
    public var dates: String?
    public var openCloseIsExpected: Bool

    public static let all: [ImportPreset] = [odoo, salesforce, hubspot]
    public static var names: [String] { all.map(\.name) }

    public static func named(_ name: String) -> ImportPreset? { all.first { $0.name == name.lowercased() } }

    /// Odoo CRM, Leads/Opportunities list exported to CSV: `YYYY-MM-DD HH:MM:SS` times.
    public static let odoo = ImportPreset(
        name: "odoo",
        columns: [("ID", "id"), ("External ID", "id"), ("Opportunity", "name"), ("Customer", "account"),
                  ("Salesperson", "owner"), ("Source", "source"), ("Expected Revenue", "value"), ("Stage", "stage"),
                  ("Created on", "created"), ("Last Stage Update", "changed"), ("Expected Closing", "expected_close"),
                  ("Closed Date", "closed")],
        stages: [("New", "New"), ("Qualified", "Qualified"), ("Proposition", "Proposal Sent"), ("Won", "Won"),
                 ("Lost", "Lost")],
        dates: nil, openCloseIsExpected: false)

    /// Salesforce, Opportunities report exported as CSV: US dates (M/D/YYYY).
    public static let salesforce = ImportPreset(
        name: "salesforce",
        columns: [("Opportunity ID", "id"), ("Opportunity Name", "name"), ("Account Name", "account"),
                  ("Opportunity Owner", "owner"), ("Amount", "value"), ("Stage", "stage"), ("Created Date", "created"),
                  ("Last Stage Change Date", "changed"), ("Close Date", "closed"), ("Lead Source", "source")],
        stages: [("Prospecting", "New"), ("Qualification", "Qualified"), ("Needs Analysis", "Negotiation"),
                 ("Value Proposition", "Negotiation"), ("Id. Decision Makers", "Negotiation"),
                 ("Perception Analysis", "Negotiation"), ("Proposal/Price Quote", "Proposal Sent"),
                 ("Negotiation/Review", "Proposal Sent"), ("Closed Won", "Won"), ("Closed Lost", "Lost")],
        dates: "M/D/YYYY", openCloseIsExpected: true)

    /// HubSpot, deals exported from a view: `YYYY-MM-DD HH:MM` times; stages as
    /// labels or as the internal ids of the default sales pipeline.
    public static let hubspot = ImportPreset(
        name: "hubspot",
        columns: [("Record ID", "id"), ("Deal Name", "name"), ("Associated Company", "account"),
                  ("Deal owner", "owner"), ("Amount", "value"), ("Deal Stage", "stage"), ("Create Date", "created"),
                  ("Close Date", "closed"),
                  ("Original Source Type", "source")],
        stages: [("appointmentscheduled", "Contacted"), ("Appointment Scheduled", "Contacted"),
                 ("qualifiedtobuy", "Qualified"), ("Qualified To Buy", "Qualified"),
                 ("presentationscheduled", "Negotiation"), ("Presentation Scheduled", "Negotiation"),
                 ("decisionmakerboughtin", "Negotiation"), ("Decision Maker Bought-In", "Negotiation"),
                 ("contractsent", "Proposal Sent"), ("Contract Sent", "Proposal Sent"),
                 ("closedwon", "Won"), ("Closed Won", "Won"), ("closedlost", "Lost"), ("Closed Lost", "Lost")],
        dates: nil, openCloseIsExpected: true)
}
