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
    /// The server's DETAIL, when it gave one.
    public var detail: String?
    /// The server's HINT, when it gave one.
    public var hint: String?
    /// The schema the error is about (PG_DIAG_SCHEMA_NAME), when the server named one.
    public var schemaName: String?
    /// The table the error is about (PG_DIAG_TABLE_NAME), when the server named one.
    ///
    /// A permission error does not fill it in (the server only names the table in
    /// `reason`); constraint and column errors do.
    public var tableName: String?

    /// Makes an error from its parts.
    public init(
        stage: Stage, reason: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
        schemaName: String? = nil, tableName: String? = nil
    ) {
        self.stage = stage
        self.reason = reason
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.schemaName = schemaName
        self.tableName = tableName
    }
}

extension PostgresError {
    /// SQLSTATE 42501: the role lacks a privilege, such as SELECT on a table.
    public static let insufficientPrivilege = "42501"
    /// SQLSTATE 42P01: the table or view does not exist.
    public static let undefinedTable = "42P01"
    /// SQLSTATE 42703: the column does not exist (an Odoo version without it).
    public static let undefinedColumn = "42703"
    /// SQLSTATE 25006: a write was tried in a read-only transaction.
    public static let readOnlySQLTransaction = "25006"
    /// SQLSTATE 3D000: the database named in the connection string does not exist.
    public static let invalidCatalogName = "3D000"
    /// SQLSTATE 57014: the statement was cancelled (Ctrl-C).
    public static let queryCanceled = "57014"
    /// SQLSTATE 28P01: the password was wrong.
    public static let invalidPassword = "28P01"
}
