import Foundation

/// Facts about the terminal the shell runs in.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width of the terminal on standard output, or nil when it is not one.
    public static func width() -> Int? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// Ctrl-C, noted by a signal handler and read between commands.
public enum Interrupts {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    /// Installs the SIGINT handler: Ctrl-C sets the flag instead of killing the process.
    public static func install() {
        signal(SIGINT) { _ in Interrupts.flag = 1 }
    }

    public static var pending: Bool { flag != 0 }

    public static func clear() { flag = 0 }
}
