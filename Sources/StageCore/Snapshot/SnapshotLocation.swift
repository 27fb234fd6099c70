/// Where a snapshot is: a name in the data directory, or a path.
public struct SnapshotLocation: Sendable, Equatable {
    /// What the prompt shows: the name, or a path's file name without `.json`.
    public var name: String
    public var path: String

    /// Reads `written` as the contract says: `[A-Za-z0-9._-]+` is a name under
    /// `dataDirectory` (`NAME.json`); anything with a `/` or ending in `.json` is a path.
    public static func resolve(_ written: String, session: Session) -> SnapshotLocation? {
        if written.contains("/") || written.hasSuffix(".json") {
            let path = session.resolve(written)
            var base = String(path.split(separator: "/").last ?? "")
            if base.hasSuffix(".json") { base.removeLast(5) }
            return SnapshotLocation(name: base.isEmpty ? written : base, path: path)
        }
        guard isName(written) else { return nil }
        return SnapshotLocation(name: written, path: session.dataDirectory + "/" + written + ".json")
    }

    static func isName(_ s: String) -> Bool {
        !s.isEmpty && s != "." && s != ".."
            && s.utf8.allSatisfy { b in
                (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                    || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
            }
    }
}
