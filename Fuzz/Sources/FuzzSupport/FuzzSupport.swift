import CFuzzDriver
import Foundation
import StageCore

/// Runs libFuzzer on the command line's arguments with `testOneInput` as the target.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}

/// The fuzz input as a String; invalid UTF-8 becomes U+FFFD, as a line read by the shell would.
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// A private scratch directory for one fuzzing process (under $FUZZ_TMPDIR, which
/// the runner removes afterwards), emptied before each input
/// so that no input sees another's files.
public final class Scratch: @unchecked Sendable {
    public let path: String

    public init(_ tag: String) {
        let base = ProcessInfo.processInfo.environment["FUZZ_TMPDIR"] ?? NSTemporaryDirectory()
        path = (base as NSString).appendingPathComponent("stagesh-\(tag)-\(getpid())")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Removes every file in the directory.
    public func empty() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for n in names { unlink(path + "/" + n) }
    }

    /// Writes `bytes` to a file in the directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        let p = path + "/" + name
        let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(p)")
        var off = 0
        while off < size {
            let n = Foundation.write(fd, data + off, size - off)
            precondition(n > 0, "short write to \(p)")
            off += n
        }
        close(fd)
        return p
    }

    public func write(_ name: String, _ text: String) -> String {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { write(name, $0.baseAddress!, $0.count) }
    }

    /// A session whose files (relative paths, snapshot names) all live here, on a frozen clock.
    public func session() -> Session {
        var s = Session(checkInvariants: true)
        s.directory = path
        s.dataDirectory = path
        // 2026-11-29, as the examples use, so that no input depends on the day it runs.
        _ = try! s.execute(line: "now 2026-11-29")
        return s
    }
}

/// Renders what a command produced the way the shell would, to exercise the output code too.
public func render(_ outcome: Outcome, _ format: OutputFormat) -> Int {
    switch outcome {
    case .none, .quit, .runScript: return 0
    case .message(let m): return m.text(in: .vietnamese).utf8.count + m.english.utf8.count
    case .text(let t): return t.utf8.count
    case .confirm(let q, let r): return q.english.utf8.count + r.utf8.count
    case .table(let t): return TableRenderer.render(t, format: format, width: 80).utf8.count
    case .card(let t): return TableRenderer.renderCard(t, format: format, width: 80).utf8.count
    case .sequence(let all): return all.reduce(0) { $0 + render($1, format) }
    }
}

/// Runs `check` and stops the fuzzer if the session is inconsistent.
public func requireConsistent(_ s: inout Session, after what: @autoclosure () -> String) {
    do {
        _ = try s.execute(line: "check")
    } catch {
        fatalError("inconsistent after \(what()): \(error)")
    }
}
