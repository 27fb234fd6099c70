/// What a `CSVReader` reads, as a value: opening it again reads the same text.
///
/// An importer that must read a column twice (dates, to tell day-first from
/// month-first) opens its reader's `input` again rather than its path, which
/// a decoded file or a sheet in memory does not have.
public enum CSVInput: Sendable {
    /// A file in an encoding; nil: a byte-order mark decides, else UTF-8.
    case file(path: String, encoding: TextEncoding?)
    /// CSV text in memory (a converted .xlsx sheet): UTF-8 unless a byte-order
    /// mark says otherwise. `name` is what it is called, not a path to open.
    case bytes([UInt8], name: String)
}
