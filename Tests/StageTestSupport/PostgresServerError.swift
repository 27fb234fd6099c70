/// Why a test's PostgreSQL server could not be started or used, with what to do about it.
public struct PostgresServerError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, with the program's own output when it printed any.
    public var description: String

    /// Makes an error saying `description`.
    public init(_ description: String) { self.description = description }
}
