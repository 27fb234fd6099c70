internal import CLibPQ
import Foundation

/// A read-only client connection to a PostgreSQL server, on libpq.
///
/// It opens with a libpq connection string or URI (`host=… dbname=… user=…` or
/// `postgresql://…`), exactly as psql takes them; libpq itself finds the password in
/// `PGPASSWORD` or `~/.pgpass`, so stagesh never handles one. What it reads, it reads in
/// one `REPEATABLE READ, READ ONLY` transaction, so every query sees the same snapshot
/// and the server refuses any write. Rows are streamed with `COPY … TO STDOUT`, one row
/// at a time: a result never sits whole in memory.
///
/// Not for use from two threads at once: libpq allows one statement at a time on a
/// connection.
public final class PostgresConnection {
    /// libpq's `PGconn`; nil once closed.
    private var connection: OpaquePointer?
    /// Ctrl-C: polled while the server works, so a long query can be cancelled.
    private let cancellation: CancellationToken?
    /// libpq's functions.
    private let pq: UnsafePointer<stagesh_libpq>

    /// Opens a connection with `dsn`, a libpq connection string, URI or bare database name.
    ///
    /// Throws a `.connect` error with libpq's reason (no server at that socket, password
    /// authentication failed, database does not exist). The reason never repeats the
    /// connection string's password. While `cancellation` is requested, connecting and
    /// every statement stop: the server is asked to cancel what it runs, and `Interrupted`
    /// is thrown.
    public init(_ dsn: String, cancellation: CancellationToken? = nil) throws {
        self.cancellation = cancellation
        let pq = try LibPQ.functions()
        self.pq = pq
        // `dbname` with expansion on takes the whole string or URI, as psql does; the two after
        // it fill in what the user did not choose: the name the server's views show us under,
        // and UTF-8, the only encoding the session's text is in.
        let opened = Self.connect(pq, ["dbname": dsn], then: ["fallback_application_name": "stagesh", "client_encoding": "UTF8"])
        guard let opened else {
            throw PostgresError(stage: .connect, reason: "out of memory")
        }
        do {
            try Self.finishConnecting(pq, opened, cancellation)
        } catch {
            pq.pointee.finish!(opened)
            throw error
        }
        // The server's NOTICEs would otherwise go to stderr, in the middle of the shell's output.
        pq.pointee.setNoticeProcessor!(opened, { _, _ in }, nil)
        connection = opened
    }

    /// Drives a connection started without blocking until it is made or fails, a tenth of a
    /// second at a time, so that Ctrl-C stops a connection to a host that does not answer.
    private static func finishConnecting(
        _ pq: UnsafePointer<stagesh_libpq>, _ conn: OpaquePointer, _ cancellation: CancellationToken?
    ) throws {
        var state = PGRES_POLLING_WRITING
        while true {
            if pq.pointee.status!(conn) == CONNECTION_BAD { break }
            if state == PGRES_POLLING_OK { return }
            if state == PGRES_POLLING_FAILED { break }
            try wait(on: pq.pointee.socket!(conn), forWriting: state == PGRES_POLLING_WRITING, cancellation)
            state = pq.pointee.connectPoll!(conn)
        }
        throw PostgresError(stage: .connect, reason: trimmed(pq.pointee.errorMessage!(conn)))
    }

    /// Waits until `socket` is ready, or throws `Interrupted` once a stop is asked for.
    private static func wait(on socket: Int32, forWriting: Bool, _ cancellation: CancellationToken?) throws {
        guard socket >= 0 else { return }
        var entry = pollfd(fd: socket, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
        while true {
            let ready = poll(&entry, 1, 100)
            // Anything but a timeout or a signal (Ctrl-C's own) is libpq's to find and report.
            if ready > 0 || (ready < 0 && errno != EINTR) { return }
            if cancellation?.isRequested == true { throw Interrupted() }
        }
    }

    deinit { close() }

    /// Whether a transaction is open (idle in it, or aborted by an error in it).
    public var isInTransaction: Bool {
        guard let connection else { return false }
        let status = pq.pointee.transactionStatus!(connection)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    /// Starts the one transaction everything is read in: one snapshot, and no write allowed.
    ///
    /// Dates are asked for in ISO order whatever the database, the role or `PGDATESTYLE` set:
    /// the rows' times are read in that layout.
    public func beginReadOnly() throws {
        try execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        try execute("SET LOCAL datestyle = 'ISO, YMD'")
    }

    /// Ends the read-only transaction; it wrote nothing, so committing changes nothing.
    public func commit() throws {
        try execute("COMMIT")
    }

    /// Abandons the transaction, after an error in it.
    public func rollback() throws {
        try execute("ROLLBACK")
    }

    /// Runs one statement that returns no rows the caller wants (BEGIN, SET, ROLLBACK).
    ///
    /// One statement only: the extended protocol refuses a `;`-separated list, so text
    /// spliced into `sql` cannot add a second statement.
    public func execute(_ sql: String) throws {
        let result = try run(sql)
        pq.pointee.clear!(result)
    }

    /// Runs `query` and hands each of its rows to `body`, in order, as the server sends them.
    ///
    /// The query runs as `COPY (query) TO STDOUT`: the server streams the rows (with
    /// parallel workers where its planner wants them, which a cursor would forbid) and
    /// memory holds one row at a time. `query` is one SELECT without a final `;`;
    /// `parameters` fill its `$1`, `$2`… as quoted literals (COPY takes no bind
    /// parameters); nil is NULL. Outside a transaction it opens a read-only one for itself
    /// and ends it; inside one it reads that transaction's snapshot. An error from `body`
    /// stops the stream (the server is asked to cancel the rest) and is rethrown; the
    /// transaction is then left to the caller, or rolled back when the stream began it.
    public func stream(_ query: String, parameters: [String?] = [], _ body: (PostgresRow) throws -> Void) throws {
        let ownTransaction = !isInTransaction
        if ownTransaction { try beginReadOnly() }
        do {
            let started = try run("COPY (" + Self.substituting(parameters, into: query) + ") TO STDOUT", copying: true)
            pq.pointee.clear!(started)
            try readCopy(body)
            if ownTransaction { try commit() }
        } catch {
            if ownTransaction { try? rollback() }
            throw error
        }
    }

    /// Reads a COPY's rows until its end, then its final result; on an error from `body` or
    /// on Ctrl-C, asks the server to cancel and reads what is left, so the connection can be
    /// used (or rolled back) afterwards.
    private func readCopy(_ body: (PostgresRow) throws -> Void) throws {
        guard let connection else { throw PostgresError(stage: .statement, reason: "connection closed") }
        var stopped: (any Error)?
        var fields = UnsafeMutableBufferPointer<PostgresRow.Field>.allocate(capacity: 16)
        defer { fields.deallocate() }
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let n = pq.pointee.getCopyData!(connection, &buffer, 1)
            if n > 0, let buffer {
                defer { pq.pointee.freemem!(buffer) }
                guard stopped == nil else { continue }
                let line = UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
                let row = PostgresRow.parse(line, count: Int(n), fields: &fields)
                do {
                    try body(row)
                } catch {
                    stopped = error
                    cancel()
                }
            } else if n == 0 {
                do {
                    try Self.wait(on: pq.pointee.socket!(connection), forWriting: false, stopped == nil ? cancellation : nil)
                } catch {
                    stopped = error
                    cancel()
                }
                guard pq.pointee.consumeInput!(connection) == 1 else {
                    throw PostgresError(stage: .statement, reason: Self.trimmed(pq.pointee.errorMessage!(connection)))
                }
            } else if n == -1 {
                break
            } else {
                throw PostgresError(stage: .statement, reason: Self.trimmed(pq.pointee.errorMessage!(connection)))
            }
        }
        var failure: PostgresError?
        while let result = pq.pointee.getResult!(connection) {
            let status = pq.pointee.resultStatus!(result)
            if status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && failure == nil {
                failure = Self.error(pq, from: result, connection: connection)
            }
            pq.pointee.clear!(result)
        }
        if let stopped { throw stopped }
        if let failure {
            if cancellation?.isRequested == true, failure.sqlState == PostgresError.queryCanceled { throw Interrupted() }
            throw failure
        }
        if cancellation?.isRequested == true { throw Interrupted() }
    }

    /// Asks the server to cancel the statement it runs for this connection (what Ctrl-C does in psql).
    private func cancel() {
        guard let connection, let handle = pq.pointee.getCancel!(connection) else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = pq.pointee.cancel!(handle, &message, Int32(message.count))
        pq.pointee.freeCancel!(handle)
    }

    /// `query` with its parameters spliced in as literals.
    ///
    /// `$1`, `$2`… are replaced the highest first, so that `$1` does not eat the start of
    /// `$12`. A value with a backslash is an escape string
    /// (`E'…'`), so that the backslash means itself whatever `standard_conforming_strings` says.
    static func substituting(_ parameters: [String?], into query: String) -> String {
        var sql = query
        for (i, value) in parameters.enumerated().reversed() {
            var literal = "NULL"
            if let value {
                let quoted = value.replacingOccurrences(of: "'", with: "''")
                literal = value.contains("\\") ? "E'" + quoted.replacingOccurrences(of: "\\", with: "\\\\") + "'" : "'" + quoted + "'"
            }
            sql = sql.replacingOccurrences(of: "$\(i + 1)", with: literal)
        }
        return sql
    }

    /// Closes the connection; an open transaction ends with it, rolled back by the server.
    public func close() {
        if let connection { pq.pointee.finish!(connection) }
        connection = nil
    }

    /// Runs `sql` and returns its result, which the caller clears; throws the server's error.
    ///
    /// The statement is sent without blocking and its result awaited a tenth of a second at a
    /// time: on Ctrl-C the server is asked to cancel it (as psql does) and `Interrupted` is
    /// thrown once the server has stopped.
    private func run(_ sql: String, copying: Bool = false) throws -> OpaquePointer {
        guard let connection else {
            throw PostgresError(stage: .statement, reason: "connection closed")
        }
        // The extended protocol, without parameters: one statement, its values as text.
        let sent = pq.pointee.sendQueryParams!(connection, sql, 0, nil, nil, nil, nil, 0)
        guard sent == 1 else {
            throw PostgresError(stage: .statement, reason: Self.trimmed(pq.pointee.errorMessage!(connection)))
        }
        var cancelled = false
        while pq.pointee.isBusy!(connection) == 1 {
            do {
                try Self.wait(on: pq.pointee.socket!(connection), forWriting: false, cancelled ? nil : cancellation)
            } catch {
                cancelled = true
                cancel()
                continue
            }
            guard pq.pointee.consumeInput!(connection) == 1 else {
                throw PostgresError(stage: .statement, reason: Self.trimmed(pq.pointee.errorMessage!(connection)))
            }
        }
        // One statement gives one result; the NULL after it ends the exchange. A COPY's first
        // result says the rows follow: the exchange goes on in `readCopy`.
        var last: OpaquePointer?
        while let result = pq.pointee.getResult!(connection) {
            if let last { pq.pointee.clear!(last) }
            last = result
            if copying && pq.pointee.resultStatus!(result) == PGRES_COPY_OUT { break }
        }
        guard let result = last else {
            throw PostgresError(stage: .statement, reason: Self.trimmed(pq.pointee.errorMessage!(connection)))
        }
        let status = pq.pointee.resultStatus!(result)
        if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || (copying && status == PGRES_COPY_OUT) {
            // A COPY that started all the same is drained by `readCopy`, which sees the request too.
            if cancelled && status != PGRES_COPY_OUT {
                pq.pointee.clear!(result)
                throw Interrupted()
            }
            return result
        }
        let error = Self.error(pq, from: result, connection: connection)
        pq.pointee.clear!(result)
        if cancelled || cancellation?.isRequested == true, error.sqlState == PostgresError.queryCanceled { throw Interrupted() }
        throw error
    }

    /// The error a failed result carries: the server's fields when it sent them, else libpq's message.
    private static func error(_ pq: UnsafePointer<stagesh_libpq>, from result: OpaquePointer, connection: OpaquePointer) -> PostgresError {
        func field(_ code: Character) -> String? {
            pq.pointee.resultErrorField!(result, Int32(code.asciiValue!)).map { String(cString: $0) }
        }
        let primary = field("M") ?? trimmed(pq.pointee.resultErrorMessage!(result))
        return PostgresError(
            stage: .statement, reason: primary.isEmpty ? trimmed(pq.pointee.errorMessage!(connection)) : primary,
            sqlState: field("C"))
    }

    /// libpq's message without its final newline.
    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "" }
        var text = String(cString: message)
        while text.last == "\n" { text.removeLast() }
        return text
    }

    /// Starts a connection (PQconnectStartParams) with `first`'s keywords before `then`'s, so that the expanded
    /// connection string overrides nothing the user set.
    private static func connect(
        _ pq: UnsafePointer<stagesh_libpq>, _ first: KeyValuePairs<String, String>, then: KeyValuePairs<String, String>
    ) -> OpaquePointer? {
        let pairs = Array(first) + Array(then)
        return withCStrings(pairs.map(\.key)) { keywords in
            withCStrings(pairs.map(\.value)) { values in pq.pointee.connectStartParams!(keywords, values, 1) }
        }
    }

    /// Calls `body` with a NULL-terminated C array of `strings` (nil entries stay NULL).
    private static func withCStrings<T>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
        let copies = strings.map { $0.flatMap { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        let pointers = copies.map { $0.map { UnsafePointer($0) } } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
