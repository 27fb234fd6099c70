/// How a run of lines ended.
public enum RunStatus: Sendable, Equatable {
    case completed
    /// A command failed (and `keepGoing` was off, or failures were counted).
    case failed
    case quit
    case interrupted

    /// The exit status a shell that ended this way gives: 0 when it finished or quit, 1 when a
    /// command failed, 130 (128 + SIGINT, as a shell reports Ctrl-C) when interrupted.
    public var exitStatus: Int32 {
        switch self {
        case .completed, .quit: 0
        case .failed: 1
        case .interrupted: 130
        }
    }
}
