/// A command line the shell cannot run: options that contradict each other or a value it cannot read.
///
/// The executable reports it as ArgumentParser reports its own usage errors.
public struct ShellUsageError: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}
