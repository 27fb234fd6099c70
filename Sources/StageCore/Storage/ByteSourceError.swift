/// Why a byte source could not give more bytes.
///
/// It carries no line: a source does not know the file's lines, and the
/// reader adds the line it had reached.
struct ByteSourceError: Error {
    var message: Message
}
