import Foundation
import StageCore

/// A source of command lines: a file, standard input, or `-c` arguments.
public protocol LineSource {
    /// The name diagnostics give the source (`script.stg`, `<stdin>`, `-c`).
    var name: String { get }
    /// The next line's bytes without its line end, or nil at the end.
    mutating func nextLine() -> [UInt8]?
}

/// Lines read from a file descriptor, in chunks, of any length.
public struct FileLineSource: LineSource {
    public let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// Ends the lines when a read is interrupted by Ctrl-C; nil reads on.
    private let cancellation: CancellationToken?
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    public init(descriptor: Int32, name: String, cancellation: CancellationToken? = nil) {
        fd = descriptor
        self.name = name
        ownsDescriptor = false
        self.cancellation = cancellation
    }

    /// Opens `path`; nil with `errno` set when it cannot be read.
    public init?(path: String, name: String, cancellation: CancellationToken? = nil) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            errno = EISDIR
            return nil
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.name = name
        ownsDescriptor = true
        self.cancellation = cancellation
    }

    public func close() {
        if ownsDescriptor { _ = Foundation.close(fd) }
    }

    public mutating func nextLine() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 10) {
                var line = Array(buffer[position..<nl])
                position = nl + 1
                if line.last == 13 { line.removeLast() }
                compact()
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                var line = Array(buffer[position...])
                position = buffer.count
                if line.last == 13 { line.removeLast() }
                return line
            }
            compact()
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR {
                if cancellation?.isRequested == true { return nil }
                continue
            }
            if n <= 0 { atEnd = true; continue }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    private mutating func compact() {
        if position > 1 << 16 || position == buffer.count {
            buffer.removeSubrange(0..<position)
            position = 0
        }
    }
}

/// The lines of `-c` arguments, one argument a line.
public struct ArgumentLineSource: LineSource {
    public let name = "-c"
    private var lines: [String]

    public init(_ commands: [String]) {
        lines = commands.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    public mutating func nextLine() -> [UInt8]? {
        lines.isEmpty ? nil : Array(lines.removeFirst().utf8)
    }
}
