import Foundation
import StageCore

/// Where the runner writes results and diagnostics.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Hands what was written so far to the terminal or file now.
    func flush()
}

/// Standard output and standard error, buffered for speed and flushed per command.
public final class StandardOutput: OutputSink {
    private var out: [UInt8] = []

    public init() {}

    public func write(_ text: String) {
        out.append(contentsOf: text.utf8)
        if out.count > 1 << 16 { flush() }
    }

    public func writeError(_ text: String) {
        flush()
        FileHandle.standardError.write(Data(text.utf8))
    }

    public func flush() {
        guard !out.isEmpty else { return }
        // A closed pipe (stagesh | head) is not an error worth reporting.
        try? Descriptor.writeAll(1, out)
        out.removeAll(keepingCapacity: true)
    }
}

/// Output kept in memory, for tests and transcripts.
public final class BufferOutput: OutputSink {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""

    public init() {}

    public func write(_ text: String) { standardOutput += text }
    public func writeError(_ text: String) { standardError += text }
    public func flush() {}
}
