/// A dictionary encoding of repeated strings (owners, accounts, sources).
///
/// Code 0 is reserved for "no value", so a column of codes needs no optional
/// wrapper and stays four bytes a row.
public struct StringPool: Sendable {
    public private(set) var strings: [String] = [""]
    private var codes: [String: UInt32] = [:]
    /// Codes of names by every spelling seen and by their matching key, so
    /// "nguyễn lan" is "Nguyễn Lan" and a repeated spelling costs one lookup.
    private var nameCodes: [String: UInt32] = [:]

    public init() {}

    /// The code of `string`, adding it when new; the empty string is code 0.
    public mutating func intern(_ string: String) -> UInt32 {
        if string.isEmpty { return 0 }
        if let code = codes[string] { return code }
        let code = UInt32(strings.count)
        strings.append(string)
        codes[string] = code
        return code
    }

    /// The code of a name (owner, account, source): one that matches an
    /// earlier name case-insensitively after NFC gets its code and spelling.
    public mutating func internName(_ string: String) -> UInt32 {
        if string.isEmpty { return 0 }
        if let code = nameCodes[string] { return code }
        let key = Names.key(string)
        let code = nameCodes[key] ?? intern(string)
        nameCodes[key] = code
        nameCodes[string] = code
        return code
    }

    /// The code of `string` when it is already in the pool.
    public func code(of string: String) -> UInt32? {
        string.isEmpty ? 0 : codes[string]
    }

    public subscript(code: UInt32) -> String { strings[Int(code)] }

    public var count: Int { strings.count }
}
