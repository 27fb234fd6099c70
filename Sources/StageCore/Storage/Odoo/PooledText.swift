/// Pool codes of the names a query's rows repeat (customers, sources, currencies, reasons),
/// found from the row's bytes without making a String for each row.
struct PooledText {
    private var names = ByteInterner()
    private var texts = ByteInterner()

    /// The pool code of a field of `row`, 0 for NULL or empty.
    ///
    /// `name` pools it as a name (owners, accounts: compared without case), else as a text (reasons).
    mutating func code(_ row: PostgresRow, _ field: Int, _ store: inout RecordStore, name: Bool = true) -> UInt32 {
        let bytes = row.bytes(field)
        guard !bytes.isEmpty else { return 0 }
        if let code = name ? names.code(of: bytes) : texts.code(of: bytes) { return code }
        let text = Names.normalized(String(decoding: bytes, as: UTF8.self))
        let code = name ? store.internName(text) : store.intern(text)
        if name { names.add(bytes, code: code) } else { texts.add(bytes, code: code) }
        return code
    }
}
