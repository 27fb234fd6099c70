/// The names of what a lead refers to by id in small tables (lost reasons, sales teams,
/// sources, companies' currencies), read once each instead of joined to every lead.
struct OdooLookups {
    /// Pool codes of lost reasons (texts), sources (names) and currency codes, by Odoo id.
    private(set) var reasons = OdooIdIndex<UInt32>()
    private(set) var sources = OdooIdIndex<UInt32>()
    private(set) var currencies = OdooIdIndex<UInt32>()
    /// Sales team names by id, shared by the records that have them.
    private(set) var teams = OdooIdIndex<String>()

    /// Keeps the names read for crm_lead's `column`.
    mutating func add(_ column: String, _ names: [Int64: String], into store: inout RecordStore) {
        for (id, name) in names {
            switch column {
            case "lost_reason_id", "lost_reason": reasons[id] = store.intern(name)
            case "source_id": sources[id] = store.internName(name)
            case "company_id": currencies[id] = store.internName(name)
            case "team_id": teams[id] = name
            default: break
            }
        }
    }
}
