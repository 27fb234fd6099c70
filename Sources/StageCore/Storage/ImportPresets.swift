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
    /// How `a/b/YYYY` dates read when no date of a column tells: the CRM's default locale.
    public var dayFirstWhenAmbiguous: Bool? = nil
    /// Whether `Date entered "STAGE (PIPELINE)"` columns are read as `entered(STAGE)` (HubSpot).
    public var hubSpotEntered = false

    public static let all: [ImportPreset] = [odoo, salesforce, hubspot]
    public static var names: [String] { all.map(\.name) }

    public static func named(_ name: String) -> ImportPreset? { all.first { $0.name == name.lowercased() } }

    /// Odoo CRM, Leads/Opportunities list exported to CSV: `YYYY-MM-DD HH:MM:SS` times.
    public static let odoo = ImportPreset(
        name: "odoo",
        // Its tracking values (Settings → Technical → Tracking Values) name the lead before their own ID.
        columns: [
            ("Mail Message/Related Document ID", "record_id"), ("Related Document ID", "record_id"),
            ("ID", "id"), ("External ID", "id"), ("Opportunity", "name"), ("Customer", "account"),
            ("Salesperson", "owner"), ("Source", "source"), ("Expected Revenue", "value"), ("Stage", "stage"),
            ("Created on", "created"), ("Last Stage Update", "changed"), ("Expected Closing", "expected_close"),
            ("Closed Date", "closed"), ("Currency", "currency"), ("Active", "active"), ("Lost Reason", "reason"),
            ("Created on", "changed_at"), ("Mail Message/Date", "changed_at"), ("Field", "field"),
        ],
        stages: [
            ("New", "New"), ("Qualified", "Qualified"), ("Proposition", "Proposal Sent"), ("Won", "Won"),
            ("Lost", "Lost"),
        ],
        dates: nil, openCloseIsExpected: false)

    /// Salesforce: an Opportunities report exported as CSV (labels, dates in the user's locale, US by default), or an API export of Opportunity and
    /// OpportunityHistory (Data Loader, `sf data export`: API names, ISO or `YYYY-MM-DD HH:MM:SS` times).
    ///
    /// Each file is read by the columns it has; the history's `OpportunityId` beats its own `Id`.
    public static let salesforce = ImportPreset(
        name: "salesforce",
        columns: [
            ("Opportunity ID", "id"), ("OpportunityId", "record_id"), ("Id", "id"),
            ("Opportunity Name", "name"), ("Name", "name"),
            ("Account Name", "account"), ("Account.Name", "account"), ("AccountId", "account"),
            ("Opportunity Owner", "owner"), ("Owner.Name", "owner"), ("OwnerId", "owner"),
            ("Amount", "value"), ("Stage", "stage"), ("StageName", "stage"), ("StageName", "to_stage"),
            ("Created Date", "created"), ("CreatedDate", "created"), ("CreatedDate", "changed_at"),
            ("Last Stage Change Date", "changed"), ("LastStageChangeDate", "changed"),
            ("Close Date", "closed"), ("CloseDate", "closed"), ("CloseDate", "expected_close"),
            ("Probability", "probability"), ("Lead Source", "source"), ("LeadSource", "source"),
            ("Opportunity Currency", "currency"), ("Amount Currency", "currency"), ("CurrencyIsoCode", "currency"),
        ],
        stages: [
            ("Prospecting", "New"), ("Qualification", "Qualified"), ("Needs Analysis", "Negotiation"),
            ("Value Proposition", "Negotiation"), ("Id. Decision Makers", "Negotiation"),
            ("Perception Analysis", "Negotiation"), ("Proposal/Price Quote", "Proposal Sent"),
            ("Negotiation/Review", "Proposal Sent"), ("Closed Won", "Won"), ("Closed Lost", "Lost"),
        ],
        dates: nil, openCloseIsExpected: true, dayFirstWhenAmbiguous: false)

    /// HubSpot, deals exported from a view: `YYYY-MM-DD HH:MM` times; stages as
    /// labels or as the internal ids of the default sales pipeline.
    public static let hubspot = ImportPreset(
        name: "hubspot",
        columns: [
            ("Record ID", "id"), ("Deal Name", "name"), ("Associated Company", "account"),
            ("Deal owner", "owner"), ("Amount", "value"), ("Deal Stage", "stage"), ("Create Date", "created"),
            ("Close Date", "closed"),
            ("Original Source Type", "source"), ("Deal currency code", "currency"), ("Currency", "currency"),
        ],
        stages: [
            ("appointmentscheduled", "Contacted"), ("Appointment Scheduled", "Contacted"),
            ("qualifiedtobuy", "Qualified"), ("Qualified To Buy", "Qualified"),
            ("presentationscheduled", "Negotiation"), ("Presentation Scheduled", "Negotiation"),
            ("decisionmakerboughtin", "Negotiation"), ("Decision Maker Bought-In", "Negotiation"),
            ("contractsent", "Proposal Sent"), ("Contract Sent", "Proposal Sent"),
            ("closedwon", "Won"), ("Closed Won", "Won"), ("closedlost", "Lost"), ("Closed Lost", "Lost"),
        ],
        dates: nil, openCloseIsExpected: true, hubSpotEntered: true)
}
