/// Why a PostgreSQL connection or statement failed, as libpq and the server said it.
///
/// The texts are the server's or libpq's own, in the language the server was set up
/// with; the SQLSTATE lets callers say what it means for the user (a missing grant, a
/// missing table) in the session's language instead. A connection string is never
/// part of it: it may hold a password.
public struct PostgresError: Error, Sendable, Equatable {
    /// Where the failure happened.
    public enum Stage: Sendable, Equatable {
        /// Loading libpq itself: not installed (the reason is the loader's), or too old.
        case library
        /// Opening the connection: no server, refused, authentication failed.
        case connect
        /// A statement on an open connection, or the connection lost while running one.
        case statement
    }

    /// Where the failure happened.
    public var stage: Stage
    /// libpq's or the server's reason, one or more lines without the final newline.
    public var reason: String
    /// The five-character SQLSTATE (PG_DIAG_SQLSTATE); nil for failures on the client side.
    public var sqlState: String?
    /// Makes an error from its parts.
    public init(stage: Stage, reason: String, sqlState: String? = nil) {
        self.stage = stage
        self.reason = reason
        self.sqlState = sqlState
    }
}

extension PostgresError {
    /// SQLSTATE 42501: the role lacks a privilege, such as SELECT on a table.
    public static let insufficientPrivilege = "42501"
    /// SQLSTATE 42P01: the table or view does not exist.
    public static let undefinedTable = "42P01"
    /// SQLSTATE 25006: a write was tried in a read-only transaction.
    public static let readOnlySQLTransaction = "25006"
    /// SQLSTATE 57014: the statement was cancelled (Ctrl-C).
    public static let queryCanceled = "57014"
}
