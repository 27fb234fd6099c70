import Foundation

/// The keyboard read a key at a time and unechoed, while `--play` types a
/// command or waits between steps.
///
/// With the line discipline's canonical mode and echo off, a key pressed
/// mid-line neither shows up inside the command being typed nor waits to be
/// read as the next line; signals stay on, so Ctrl-C interrupts as anywhere
/// else. The terminal's own mode comes back with `restore()`, and also when a
/// signal stops or ends the process (SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, a
/// crash): a play killed mid-line leaves a terminal that echoes.
enum RawKeyboard {
    /// What a key press means to the presenter.
    enum Key: Equatable {
        /// Enter (or Return).
        case enter
        /// `q`, Ctrl-D, or the end of input.
        case stop
        /// Anything else: swallowed.
        case other
    }

    /// The terminal's own mode and the raw one, where a signal handler can reach them.
    nonisolated(unsafe) private static let ownMode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static let rawMode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    /// The handlers in place before `enter()`, by signal number, put back by `restore()`.
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var isRaw = false

    /// Signals after which the process ends: the terminal is restored, then the
    /// handler that was there before (the default, or the runtime's crash report) runs.
    private static let ending: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]

    /// Whether standard input is a terminal whose mode can be changed.
    static var available: Bool {
        var mode = termios()
        return tcgetattr(0, &mode) == 0
    }

    /// Turns off canonical input and echo on standard input; false when it is not a terminal.
    @discardableResult
    static func enter() -> Bool {
        guard !isRaw, tcgetattr(0, ownMode) == 0 else { return isRaw }
        rawMode.pointee = ownMode.pointee
        rawMode.pointee.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN)
        withUnsafeMutableBytes(of: &rawMode.pointee.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        for signal in ending { install(signal, handler: { signal in RawKeyboard.leave(signal) }) }
        install(SIGTSTP, handler: { _ in RawKeyboard.suspend() })
        isRaw = true
        tcsetattr(0, TCSANOW, rawMode)
        return true
    }

    /// Puts the terminal's own mode and the previous signal handlers back.
    static func restore() {
        guard isRaw else { return }
        tcsetattr(0, TCSANOW, ownMode)
        for signal in ending + [SIGTSTP] { sigaction(signal, previous + Int(signal), nil) }
        isRaw = false
    }

    /// Drops keys typed but not read yet, so none reach the next prompt.
    static func discardPending() {
        tcflush(0, TCIFLUSH)
    }

    /// The next key pressed within `milliseconds` (forever when negative); nil
    /// when none came in time or Ctrl-C interrupted the wait.
    static func key(within milliseconds: Int) -> Key? {
        var ready = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, Int32(clamping: milliseconds)) > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 64)
        let n = read(0, &bytes, bytes.count)
        if n < 0 { return errno == EINTR || errno == EAGAIN ? nil : .stop }
        return n == 0 ? .stop : decode(bytes[..<n])
    }

    /// What the bytes one read gave mean: the first Enter or stop key among them;
    /// escape sequences (arrows, function keys) are skipped whole, so a letter
    /// inside one is not taken for a key.
    static func decode(_ bytes: ArraySlice<UInt8>) -> Key {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"): return .enter
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x04: return .stop
            case 0x1B:
                guard i < bytes.endIndex else { break }
                let kind = bytes[i]
                i += 1
                if kind == UInt8(ascii: "[") {
                    // CSI: parameters and intermediates up to a final byte @ ... ~.
                    while i < bytes.endIndex, !(0x40...0x7E).contains(bytes[i]) { i += 1 }
                    i = min(i + 1, bytes.endIndex)
                } else if kind == UInt8(ascii: "O") {
                    i = min(i + 1, bytes.endIndex)
                }
            default: break
            }
        }
        return .other
    }

    private static func install(_ signal: Int32, handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, previous + Int(signal))
    }

    /// In a signal handler: the terminal's own mode, then the signal again to the handler it had before.
    ///
    /// Only async-signal-safe calls.
    private static func leave(_ signal: Int32) {
        tcsetattr(0, TCSANOW, ownMode)
        sigaction(signal, previous + Int(signal), nil)
        raise(signal)
    }

    /// In the SIGTSTP handler (Ctrl-Z): the terminal's own mode while stopped,
    /// the raw one again after `fg`.
    private static func suspend() {
        tcsetattr(0, TCSANOW, ownMode)
        var action = sigaction()
        sigaction(SIGTSTP, previous + Int(SIGTSTP), &action)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(SIGTSTP)
        // Continued: this handler again, and the raw mode.
        sigaction(SIGTSTP, &action, nil)
        tcsetattr(0, TCSANOW, rawMode)
    }
}
