/// Thrown when a long command was interrupted.
public struct Interrupted: Error, Sendable {
    public init() {}
}
