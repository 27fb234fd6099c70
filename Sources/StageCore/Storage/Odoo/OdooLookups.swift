/// The names of what a lead refers to by id in small tables (lost reasons, sales teams,
/// sources, companies' currencies), read once each instead of joined to every lead.
struct OdooLookups {
    /// Pool codes of lost reasons (texts), sources (names) and currency codes, by Odoo id.
    private(set) var reasons = OdooIdIndex<UInt32>()
    private(set) var sources = OdooIdIndex<UInt32>()
    private(set) var currencies = OdooIdIndex<UInt32>()
    /// Sales team names by id, shared by the records that have them.
    private(set) var teams = OdooIdIndex<String>()

    /// Keeps the name of `id` read for `lookup`.
    mutating func add(_ lookup: OdooQueries.Lookup, id: Int64, name: String, into store: inout RecordStore) {
        switch lookup {
        case .reason: reasons[id] = store.intern(name)
        case .source: sources[id] = store.internName(name)
        case .currency: currencies[id] = store.internName(name)
        case .team: teams[id] = name
        }
    }
}
