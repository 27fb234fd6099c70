/// Where a `CSVReader` gets its bytes: a file, a file decoded to UTF-8 as it
/// streams, or bytes in memory.
///
/// A source hands out UTF-8 in pieces of any size; the reader parses them in
/// its own buffer. The reader asks again after a short piece, so a source
/// need not fill the space it is given, but filling it spares the reader from
/// parsing a long row again for every piece.
protocol ByteSource: AnyObject {
    /// Copies up to `count` (at least 1) bytes to `buffer`: how many, 0 only at the end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(ByteSourceError) -> Int
}
