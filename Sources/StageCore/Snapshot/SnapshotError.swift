/// Why a snapshot could not be read: what is wrong and where (a JSON path).
public struct SnapshotError: Error, Sendable, Equatable {
    public var path: String
    public var problem: Message

    public var message: Message { path.isEmpty ? problem : .joined([.verbatim(path + ": "), problem]) }

    /// The error of a later part of the array at `array` (a path), read on its
    /// own: its element's index moved on by the `count` elements before.
    func shifted(in array: String, by count: Int) -> SnapshotError {
        let prefix = array + "["
        guard path.hasPrefix(prefix) else { return self }
        let rest = path.dropFirst(prefix.count)
        guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else { return self }
        return SnapshotError(path: prefix + String(index + count) + rest[close...], problem: problem)
    }
}
