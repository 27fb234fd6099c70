/// A string read from a snapshot: bytes in the document, or a String of its own.
struct JSONText {
    var bytes: UnsafeBufferPointer<UInt8>?
    var string = ""

    var text: String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? string }

    mutating func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let bytes { return body(bytes) }
        return string.withUTF8(body)
    }
}
