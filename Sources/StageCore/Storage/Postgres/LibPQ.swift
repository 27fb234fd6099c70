internal import CLibPQ
import Foundation

/// libpq's functions, loaded from the shared library the first time a connection is made.
///
/// Linking libpq would load it and the libraries it needs (TLS, Kerberos, LDAP) at every
/// start, about 2.7 ms of a start-up that is otherwise 6.5 ms, for a command most sessions
/// never run. Without libpq installed, only `import odoo` fails, and says what to install.
enum LibPQ {
    /// The functions (kept for the life of the process), or why they could not be loaded.
    nonisolated(unsafe) private static let loaded: Result<UnsafePointer<stagesh_libpq>, PostgresError> = load().map { f in
        let table = UnsafeMutablePointer<stagesh_libpq>.allocate(capacity: 1)
        table.initialize(to: f)
        return UnsafePointer(table)
    }

    /// The functions; throws a `.library` error when libpq cannot be loaded.
    static func functions() throws(PostgresError) -> UnsafePointer<stagesh_libpq> { try loaded.get() }

    private static func load() -> Result<stagesh_libpq, PostgresError> {
        // The soname first (what Debian's libpq5 installs), then the development link.
        var handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL)
        // The soname's failure is the one to report: the development link is only a fallback.
        let why = handle == nil ? dlerror().map { String(cString: $0) } : nil
        if handle == nil { handle = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL) }
        guard let handle else { return .failure(PostgresError(stage: .library, reason: why ?? "libpq.so.5")) }
        var missing: [String] = []
        var f = stagesh_libpq()
        func bind<F>(_ field: WritableKeyPath<stagesh_libpq, F?>, _ name: String) {
            guard let p = dlsym(handle, name) else { return missing.append(name) }
            f[keyPath: field] = unsafeBitCast(p, to: F.self)
        }
        bind(\.connectStartParams, "PQconnectStartParams")
        bind(\.connectPoll, "PQconnectPoll")
        bind(\.status, "PQstatus")
        bind(\.errorMessage, "PQerrorMessage")
        bind(\.finish, "PQfinish")
        bind(\.socket, "PQsocket")
        bind(\.setNoticeProcessor, "PQsetNoticeProcessor")
        bind(\.transactionStatus, "PQtransactionStatus")
        bind(\.sendQueryParams, "PQsendQueryParams")
        bind(\.isBusy, "PQisBusy")
        bind(\.consumeInput, "PQconsumeInput")
        bind(\.getResult, "PQgetResult")
        bind(\.clear, "PQclear")
        bind(\.resultStatus, "PQresultStatus")
        bind(\.getCancel, "PQgetCancel")
        bind(\.cancel, "PQcancel")
        bind(\.freeCancel, "PQfreeCancel")
        bind(\.resultErrorField, "PQresultErrorField")
        bind(\.resultErrorMessage, "PQresultErrorMessage")
        bind(\.ntuples, "PQntuples")
        bind(\.nfields, "PQnfields")
        bind(\.fname, "PQfname")
        bind(\.getisnull, "PQgetisnull")
        bind(\.getlength, "PQgetlength")
        bind(\.getvalue, "PQgetvalue")
        bind(\.getCopyData, "PQgetCopyData")
        bind(\.freemem, "PQfreemem")
        guard missing.isEmpty else {
            return .failure(PostgresError(stage: .library, reason: missing.joined(separator: ", ")))
        }
        return .success(f)
    }
}
