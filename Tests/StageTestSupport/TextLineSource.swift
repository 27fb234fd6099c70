import StageShell

/// The lines of a script held in memory, for the runner, the checker and the presenter.
public struct TextLineSource: LineSource {
    public let name: String
    /// The lines not read yet, without their line ends.
    public var lines: [[UInt8]]

    /// The lines of `text`, split at each `\n` (a last empty line included, as a file without one would not have it).
    public init(_ name: String, _ text: String) {
        self.name = name
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }

    /// Lines given as bytes, any bytes.
    public init(_ name: String, bytes: [[UInt8]]) {
        self.name = name
        lines = bytes
    }

    public mutating func nextLine() -> [UInt8]? { lines.isEmpty ? nil : lines.removeFirst() }
}
