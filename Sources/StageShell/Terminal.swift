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
