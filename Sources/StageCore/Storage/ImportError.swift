import Foundation

/// A problem in an imported file: which line, which column, what is wrong.
public struct ImportError: Error, Sendable {
    public var line: Int
    public var column: String?
    public var problem: Message
    public var hints: [Message] = []
    /// What makes rows' problems one group in a dry run (the kind of problem
    /// in a column); nil groups rows by the exact problem.
    public var group: String?

    /// The full message, naming the file.
    public func message(_ file: String) -> Message {
        Message.importProblem(file: file, line: line, column: column, problem: problem)
    }
}
