import Foundation
import StageCore

/// A pager process reading what the shell writes to it, as psql's `PageOutput`:
/// `$STAGESH_PAGER`, else `$PAGER`, else `less -FRSX`, run by `/bin/sh -c`.
///
/// While it runs, SIGPIPE is ignored, so a pager the user quits early (`q` in less) ends the
/// writing with EPIPE instead of ending stagesh.
final class Pager {
    private let pid: pid_t
    private var fd: Int32
    private var previousPipeHandler = sigaction()

    /// Thrown by `write` once the pager has gone: the rest of the output is not wanted.
    struct Closed: Error {}

    /// The pager command the environment asks for; nil when it asks for none (an empty
    /// variable) or the default `less` is not installed.
    static func command(environment: [String: String]) -> String? {
        for name in ["STAGESH_PAGER", "PAGER"] {
            if let value = environment[name] {
                return value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : value
            }
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
        return found ? "less -FRSX" : nil
    }

    /// Starts `command` with its standard input on a new pipe; nil when it cannot be started.
    init?(command: String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var child: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { for a in argv { free(a) } }
        let status = posix_spawn(&child, "/bin/sh", &actions, nil, argv, environ)
        close(fds[0])
        guard status == 0 else {
            close(fds[1])
            return nil
        }
        pid = child
        fd = fds[1]
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        sigaction(SIGPIPE, &ignore, &previousPipeHandler)
    }

    /// Writes `text`; a Ctrl-C while the pager is not reading (its pipe full) stops at once.
    func write(_ text: String, cancellation: CancellationToken) throws {
        guard fd >= 0 else { throw Closed() }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n >= 0 { offset += n; continue }
            if errno != EINTR { throw Closed() }  // EPIPE: the user has left the pager
            if cancellation.isRequested { throw Interrupted() }
        }
    }

    /// Ends the input and waits until the user leaves the pager.
    func finish() {
        if fd >= 0 { close(fd) }
        fd = -1
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        sigaction(SIGPIPE, &previousPipeHandler, nil)
    }
}
