import Foundation

/// A throwaway PostgreSQL server for tests: its own cluster in a temporary directory,
/// reachable only through a Unix socket there.
///
/// `PostgresServer.shared()` starts one the first time a test asks and hands the same
/// one to every test of the process; each test makes its own database with
/// `makeDatabase`, so tests running in parallel never see each other's tables. The
/// shared server is stopped and its directory removed when the test process exits.
///
/// Tests never skip for want of PostgreSQL: without it they fail, saying which Debian
/// package to install. As root, the server runs as the `postgres` user (initdb and
/// postgres refuse to run as root); the test process itself connects as root, which
/// the socket's permissions allow.
public final class PostgresServer: Sendable {
    /// The directory that holds the cluster (`data`), the server's log (`log`) and its socket.
    public let directory: String
    /// The port number: with no TCP listener it only names the socket file, `.s.PGSQL.PORT`.
    public let port: Int
    /// Where initdb, pg_ctl and psql were found.
    let programs: String
    /// Whether the server's programs run as the `postgres` user (the tests run as root).
    let asPostgresUser: Bool

    /// The socket's directory: libpq's `host` for a Unix socket.
    public var socketDirectory: String { directory }

    /// A connection string for `database` as `user`, through the socket.
    public func dsn(database: String, user: String = "postgres") -> String {
        "host=\(socketDirectory) port=\(port) dbname=\(database) user=\(user)"
    }

    /// The server every test of this process shares, started on first use.
    public static func shared() throws -> PostgresServer {
        try sharedServer.get()
    }

    /// Started once, thread-safely (a static is initialised on first use, once); stopped at exit.
    private static let sharedServer: Result<PostgresServer, PostgresServerError> = {
        do {
            let server = try PostgresServer.start()
            atexit {
                if case .success(let server) = PostgresServer.sharedServer { server.stop() }
            }
            return .success(server)
        } catch let error as PostgresServerError {
            return .failure(error)
        } catch {
            return .failure(PostgresServerError("\(error)"))
        }
    }()

    private init(directory: String, port: Int, programs: String, asPostgresUser: Bool) {
        self.directory = directory
        self.port = port
        self.programs = programs
        self.asPostgresUser = asPostgresUser
    }

    /// Makes a new cluster in a new temporary directory and starts a server on it.
    ///
    /// The caller stops it with `stop()`; most tests use `shared()` instead.
    public static func start() throws -> PostgresServer {
        let programs = try findPrograms()
        let asRoot = geteuid() == 0
        // Under /tmp, not the system's temporary directory (long on macOS): the socket's path,
        // directory + "/.s.PGSQL.5432", must fit in sun_path's 108 bytes.
        let directory = "/tmp/stagesh-pg-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let server = PostgresServer(directory: directory, port: 5432, programs: programs, asPostgresUser: asRoot)
        do {
            if asRoot {
                guard let user = getpwnam("postgres") else {
                    throw PostgresServerError(
                        "running the tests as root needs a postgres user to run the server as: install Debian's postgresql package")
                }
                guard chown(directory, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                    throw PostgresServerError("cannot give \(directory) to the postgres user: errno \(errno)")
                }
            }
            try chmod700(directory)
            // Trust on the socket: the directory is the server's own, and a test needs no password.
            // C locale with UTF-8: sorting never depends on which locales the machine has.
            try server.runServerProgram(
                "initdb",
                ["-D", "\(directory)/data", "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"])
            // No TCP listener; autovacuum off, so the statistics counters a test compares move only
            // for what the test does; durability off, since the cluster is thrown away.
            let options =
                "-k \(directory) -c listen_addresses='' -p \(server.port) -c autovacuum=off -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off"
            try server.runServerProgram(
                "pg_ctl", ["start", "-w", "-t", "60", "-D", "\(directory)/data", "-l", "\(directory)/log", "-o", options])
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    /// Stops the server (fast: open connections are ended) and removes its directory.
    public func stop() {
        if FileManager.default.fileExists(atPath: "\(directory)/data/postmaster.pid") {
            _ = try? runServerProgram("pg_ctl", ["stop", "-w", "-m", "fast", "-D", "\(directory)/data"])
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Makes a new, empty database with a fresh name, runs `setup` in it as the superuser, and returns its name.
    public func makeDatabase(_ setup: String = "") throws -> String {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        _ = try psql("CREATE DATABASE \(name)", database: "postgres")
        if !setup.isEmpty { _ = try psql(setup, database: name) }
        return name
    }

    /// Runs `sql` (any number of statements) with psql in `database` as `user`, stopping at the
    /// first error; returns what it printed, unaligned and tuples only (`a|b` per row).
    @discardableResult
    public func psql(_ sql: String, database: String, user: String = "postgres") throws -> String {
        let script = "\(NSTemporaryDirectory())/stagesh-psql-\(UUID().uuidString).sql"
        try Data(sql.utf8).write(to: URL(fileURLWithPath: script))
        defer { try? FileManager.default.removeItem(atPath: script) }
        // The test process is the client: it runs psql as itself (root may connect to the socket).
        let (status, output, errors) = try Self.run(
            "\(programs)/psql",
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory, "-p", "\(port)", "-U", user, "-d",
                database, "-f", script,
            ])
        guard status == 0 else { throw PostgresServerError("psql failed (\(status)): \(errors)\(output)") }
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }

    /// Runs one of the server's programs, as the postgres user when the tests run as root.
    private func runServerProgram(_ name: String, _ arguments: [String]) throws {
        let program = "\(programs)/\(name)"
        let (status, output, errors) =
            asPostgresUser
            ? try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments, in: directory)
            : try Self.run(program, arguments, in: directory)
        guard status == 0 else {
            let log = (try? String(contentsOfFile: "\(directory)/log", encoding: .utf8)) ?? ""
            throw PostgresServerError("\(name) failed (\(status)): \(errors)\(output)\(log.isEmpty ? "" : "\nserver log:\n\(log)")")
        }
    }

    /// The directory holding initdb, pg_ctl and psql: `STAGESH_PG_BINDIR`, else the newest
    /// Debian install (/usr/lib/postgresql/N/bin), else the PATH.
    private static func findPrograms() throws -> String {
        let fm = FileManager.default
        func complete(_ dir: String) -> Bool {
            ["initdb", "pg_ctl", "postgres", "psql"].allSatisfy { fm.isExecutableFile(atPath: "\(dir)/\($0)") }
        }
        if let dir = ProcessInfo.processInfo.environment["STAGESH_PG_BINDIR"], complete(dir) { return dir }
        let versions = ((try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where complete("/usr/lib/postgresql/\(version)/bin") {
            return "/usr/lib/postgresql/\(version)/bin"
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":").map(String.init) where complete(dir) { return dir }
        throw PostgresServerError(
            "PostgreSQL's server programs (initdb, pg_ctl, postgres, psql) are not installed: on Debian, "
                + "`apt-get install postgresql` (`make deps` does it), or set STAGESH_PG_BINDIR to their directory")
    }

    /// Makes `path` private to its owner, as initdb and postgres want their directories.
    private static func chmod700(_ path: String) throws {
        guard chmod(path, 0o700) == 0 else { throw PostgresServerError("cannot chmod \(path): errno \(errno)") }
    }

    /// Runs `program` with `arguments` and waits; returns its status, standard output and standard error.
    ///
    /// Spawned and reaped here rather than with Foundation's `Process`, whose wait on Linux lasts
    /// until every inheritor of a descriptor it hands the child has exited: with `pg_ctl start`,
    /// that is the server. For the same reason the child closes every descriptor above 2 before
    /// running the program (bash, through /proc or /dev/fd), so the server holds none of the
    /// test runner's pipes. Output goes to files, which no one waits on.
    private static func run(_ program: String, _ arguments: [String], in directory: String? = nil) throws -> (
        Int32, String, String
    ) {
        let base = "\(NSTemporaryDirectory())/stagesh-pgrun-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let closeAndRun =
            #"for fd in /proc/$$/fd/* /dev/fd/*; do n=${fd##*/}; if [ "$n" -gt 2 ] 2>/dev/null; then eval "exec $n>&-"; fi; done; "#
            + #"cd "$1" && shift && exec "$@""#
        let argv = [program.hasPrefix("/usr/sbin/runuser") ? program : "/bin/bash"]
        let words: [String]
        if program == "/usr/sbin/runuser" {
            // runuser -u postgres -- PROGRAM ARGS…: the wrapper runs as postgres, in `directory`.
            let split = arguments.firstIndex(of: "--")!
            words = Array(arguments[...split]) + ["/bin/bash", "-c", closeAndRun, "bash", directory ?? "/"] + arguments[(split + 1)...]
        } else {
            words = ["-c", closeAndRun, "bash", directory ?? "/", program] + arguments
        }
        let cArguments = (argv + words).map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw PostgresServerError("cannot run \(argv[0]): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS are macros Swift does not import: the status is in bits 8-15 after a normal exit.
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output, errors)
    }
}
