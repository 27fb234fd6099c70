import Synchronization

/// A request to stop a long command early: set by the shell when the user presses Ctrl-C, polled by StageCore.
///
/// One token serves a whole session: the runner reads it between commands, and list,
/// count, reports, imports, exports and renderers read it every many rows and throw
/// `Interrupted` (or the `interrupted` diagnostic), which rolls the command back like any
/// failure. An atomic flag, because a signal handler sets it while a command reads it,
/// possibly from worker threads.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Whether a stop was asked for since the last `clear()`.
    public var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Asks every reader of the token to stop; safe in a signal handler (a lock-free store).
    public func request() { flag.store(true, ordering: .relaxed) }

    /// Forgets a request once it was acted on, so the next command runs.
    public func clear() { flag.store(false, ordering: .relaxed) }
}
