/// Why a CSV file could not be read.
public struct CSVError: Error, Sendable {
    public var line: Int
    public var message: Message
}
