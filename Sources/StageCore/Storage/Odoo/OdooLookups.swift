/// The names of what a lead refers to by id in small tables (lost reasons, sales teams,
/// sources, companies' currencies), read once each instead of joined to every lead.
struct OdooLookups {
    /// Pool codes of lost reasons (texts), sources (names) and currency codes, by Odoo id.
    private(set) var reasons: [Int64: UInt32] = [:]
    private(set) var sources: [Int64: UInt32] = [:]
    private(set) var currencies: [Int64: UInt32] = [:]
    /// Sales team names by id, shared by the records that have them.
    private(set) var teams: [Int64: String] = [:]

    /// Keeps the names read for crm_lead's `column`.
    mutating func add(_ column: String, _ names: [Int64: String], into store: inout RecordStore) {
        switch column {
        case "lost_reason_id", "lost_reason": reasons = names.mapValues { store.intern($0) }
        case "source_id": sources = names.mapValues { store.internName($0) }
        case "company_id": currencies = names.mapValues { store.internName($0) }
        case "team_id": teams = names
        default: break
        }
    }
}
