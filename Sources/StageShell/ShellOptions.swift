/// What the `stagesh` command line asks for, as ArgumentParser parsed it; see the executable's
/// declaration for each option's help.
public struct ShellOptions: Sendable {
    /// The command line after the program's name, for the order of `-c` and `-f` (`ShellStep.inOrder`).
    public var arguments: [String] = []
    /// `-c`, in order.
    public var commands: [String] = []
    /// `-f`, in order.
    public var files: [String] = []
    public var keepGoing = false
    public var echo = false
    public var quiet = false
    public var checkInvariants = false
    public var template: String?
    public var format: String?
    public var language: String?
    public var now: String?
    /// `--init FILE`.
    public var initScript: String?
    public var noInit = false
    public var snapshot: String?
    public var dataDirectory: String?
    public var journal = false
    public var interactive = false
    public var batch = false
    public var play: String?
    /// `--delay`, in milliseconds.
    public var delay = 35
    public var noWait = false
    public var check: [String] = []

    public init() {}

    /// The `-c` and `-f` steps, in command-line order.
    public var steps: [ShellStep] { ShellStep.inOrder(arguments: arguments, commands: commands, files: files) }

    /// Whether the shell prompts: no `-c` or `-f`, and `--interactive`, or a terminal on
    /// standard input and output (`atTerminal`) without `--batch`.
    public func isInteractive(atTerminal: Bool) -> Bool {
        commands.isEmpty && files.isEmpty && (interactive || (!batch && atTerminal))
    }
}
