/// Lets a long command (an import, an export) stop early when the user presses Ctrl-C.
///
/// The shell installs the check; StageCore only polls it, every many rows, and
/// throws `Interrupted`, which rolls the command back like any failure.
public enum Cancellation {
    nonisolated(unsafe) public static var isRequested: @Sendable () -> Bool = { false }
}

/// Thrown when a long command was interrupted.
public struct Interrupted: Error, Sendable {
    public init() {}
}
