import Foundation
import StageCore

/// Ctrl-C, turned by a signal handler into a request on the session's cancellation token.
enum Interrupts {
    /// The token SIGINT requests: a global, because a signal handler can reach nothing else.
    ///
    /// Set once, before the handler is installed, and only read after.
    nonisolated(unsafe) private static var token: CancellationToken?

    /// Installs the SIGINT handler: Ctrl-C requests `token` instead of killing the process.
    ///
    /// Without SA_RESTART, so that a read blocked on input returns and the
    /// runner can stop with status 130 instead of waiting for another line.
    static func install(_ token: CancellationToken) {
        Interrupts.token = token
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.token?.request() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
