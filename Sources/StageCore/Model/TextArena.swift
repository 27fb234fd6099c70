/// A column of mostly unique strings (record names) packed into one buffer.
///
/// A million names as Swift strings would cost a heap object each; here they
/// cost their UTF-8 bytes plus eight bytes of offsets. A replaced value leaves
/// its old bytes behind, which is fine for the rare `set name=`.
public struct TextArena: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [UInt32] = []
    private var lengths: [UInt32] = []

    public init() {}

    public var count: Int { starts.count }

    public mutating func reserve(_ n: Int, bytesPerItem: Int = 32) {
        starts.reserveCapacity(n)
        lengths.reserveCapacity(n)
        bytes.reserveCapacity(n * bytesPerItem)
    }

    public mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append(utf8: $0) }
    }

    public mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        starts.append(UInt32(bytes.count))
        lengths.append(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    public mutating func append(contentsOf other: TextArena) {
        let base = UInt32(bytes.count)
        bytes += other.bytes
        starts += other.starts.map { $0 + base }
        lengths += other.lengths
    }

    /// Drops the last item's offsets; its bytes stay, since a later `set`
    /// of an earlier item may have written after them.
    public mutating func removeLast() {
        starts.removeLast()
        lengths.removeLast()
    }

    public mutating func set(_ index: Int, _ s: String) {
        var s = s
        starts[index] = UInt32(bytes.count)
        lengths[index] = UInt32(s.utf8.count)
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Calls `body` with an item's UTF-8 bytes, without making a String.
    public func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let start = Int(starts[index]), length = Int(lengths[index])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
    }

    public subscript(index: Int) -> String {
        let start = Int(starts[index]), length = Int(lengths[index])
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self)
        }
    }

    public var byteCount: Int { bytes.count }
}
