/// A map from Odoo's ids (int4 serials: small, dense, mostly ascending) to the session's
/// numbers, in an array indexed by the id: a million look-ups a second import makes cost
/// an index each, where a dictionary would hash.
///
/// Ids too large for an array of sensible size, or negative (the made-up ids of deleted
/// stages), go to a dictionary.
struct OdooIdIndex<Value: Sendable>: Sendable {
    private var dense: [Value?] = []
    private var sparse: [Int64: Value] = [:]
    /// The largest id kept in the array: ids beyond are rare enough for the dictionary.
    private static var denseLimit: Int64 { 1 << 26 }

    subscript(id: Int64) -> Value? {
        get {
            if id >= 0 && id < Int64(dense.count) { return dense[Int(id)] }
            return id >= 0 && id < Self.denseLimit ? nil : sparse[id]
        }
        set {
            guard id >= 0 && id < Self.denseLimit else {
                sparse[id] = newValue
                return
            }
            let i = Int(id)
            if i >= dense.count {
                guard newValue != nil else { return }
                // Grows by doubling, so that ascending ids append in amortised constant time.
                dense.append(contentsOf: repeatElement(nil, count: max(i + 1, dense.count * 2) - dense.count))
            }
            dense[i] = newValue
        }
    }
}
