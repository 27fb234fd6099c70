/// One row of a CSV file: where each field's (unescaped) bytes lie in the reader's buffer.
///
/// Nothing is copied: a row points into the reader's buffer and field table,
/// and stays valid until the reader reads the next row.
public struct CSVRow {
    var base: UnsafePointer<UInt8>?
    var starts: UnsafePointer<Int32>?
    var ends: UnsafePointer<Int32>?
    public internal(set) var count = 0
    /// The file line the row starts on (1-based).
    public internal(set) var line = 0
    /// How many NUL bytes were dropped from the row's fields (Salesforce
    /// exports carry them in rich-text fields); nearly always 0.
    public internal(set) var droppedNULs = 0

    public init() {}

    public func isEmpty(_ i: Int) -> Bool { i >= count || starts![i] == ends![i] }

    /// Field `i`'s bytes (empty past the last field).
    public func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        guard i < count, let base, let starts, let ends else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + Int(starts[i]), count: Int(ends[i] - starts[i]))
    }

    public func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

    /// Calls `body` with field `i`'s bytes.
    public func withField<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(field(i))
    }
}
