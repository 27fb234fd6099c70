import Foundation

/// What a session takes from the world it runs in: its working directory, its data directory,
/// the home directory and the time.
///
/// The shell builds it from the process once (`process`); tests build their own, so that a
/// session never reads the process's directory, environment or clock behind their back.
public struct SessionEnvironment: Sendable {
    /// Where relative paths of `import`, `export`, `run` and `load` start.
    public var workingDirectory: String
    /// Where snapshots named without a path live.
    public var dataDirectory: String
    /// What `~/` at the start of a path stands for; nil leaves such a path as written.
    public var home: String?
    /// The time when the session clock is not frozen.
    public var clock: @Sendable () -> Timestamp

    /// An environment of the caller's making; by default rooted at `/`, with snapshots there
    /// too, no home, and the system clock.
    public init(
        workingDirectory: String = "/", dataDirectory: String? = nil, home: String? = nil,
        clock: @escaping @Sendable () -> Timestamp = SessionEnvironment.systemClock
    ) {
        self.workingDirectory = workingDirectory
        self.dataDirectory = dataDirectory ?? workingDirectory
        self.home = home
        self.clock = clock
    }

    /// The running process's: its working directory, `$HOME`, the data directory its environment names, and the system clock.
    ///
    /// For the executable; read once, at start.
    public static var process: SessionEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return SessionEnvironment(
            workingDirectory: FileManager.default.currentDirectoryPath,
            dataDirectory: defaultDataDirectory(variables), home: variables["HOME"])
    }

    /// The time as the system tells it, to the second.
    public static let systemClock: @Sendable () -> Timestamp = { Timestamp(seconds: Int64(Date().timeIntervalSince1970)) }

    /// A clock stopped at `moment`.
    public static func fixedClock(_ moment: Timestamp) -> @Sendable () -> Timestamp { { moment } }

    /// `$STAGESH_HOME`, else `$XDG_DATA_HOME/stagesh`, else `~/.local/share/stagesh`.
    public static func defaultDataDirectory(_ environment: [String: String]) -> String {
        if let home = environment["STAGESH_HOME"], !home.isEmpty { return home }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/stagesh" }
        return (environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/share/stagesh"
    }

    /// A path as the user wrote it: `~/` is the home directory, and a relative path is
    /// relative to the working directory.
    public func resolve(_ written: String) -> String {
        var p = written
        if p.hasPrefix("~/"), let home { p = home + p.dropFirst(1) }
        return p.hasPrefix("/") ? p : workingDirectory + "/" + p
    }
}
