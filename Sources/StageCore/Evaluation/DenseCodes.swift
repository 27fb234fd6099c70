/// Numbers the distinct keys met, 0, 1, 2… in the order first met: a group's or a cell's
/// index, found with one look-up per record.
struct DenseCodes<Key: Hashable> {
    private var index: [Key: Int32] = [:]
    /// The keys, by their code.
    private(set) var keys: [Key] = []

    /// The code of `key`, given the next one if it is new.
    mutating func code(_ key: Key) -> Int32 {
        if let known = index[key] { return known }
        let code = Int32(keys.count)
        index[key] = code
        keys.append(key)
        return code
    }
}
