import Foundation

/// Facts about the terminal the shell runs in.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width of the terminal on standard output, or nil when it is not one.
    public static func width() -> Int? { window()?.columns }

    /// The size of the terminal on standard output, or nil when it is not one.
    public static func window() -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row > 0 ? size.ws_row : 24))
    }
}

/// Ctrl-C, noted by a signal handler and read between commands.
public enum Interrupts {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    /// Installs the SIGINT handler: Ctrl-C sets the flag instead of killing the process.
    ///
    /// Without SA_RESTART, so that a read blocked on input returns and the
    /// runner can stop with status 130 instead of waiting for another line.
    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    public static var pending: Bool { flag != 0 }

    public static func clear() { flag = 0 }
}
