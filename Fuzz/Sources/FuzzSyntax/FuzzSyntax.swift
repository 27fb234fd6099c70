import FuzzSupport
import StageCore

/// The lexer and the parser on any line: every input ends in tokens and commands
/// or in a diagnostic whose range lies inside the line; never in a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = fuzzText(data, size)
    let length = line.utf8.count
    func checkRange(_ d: Diagnostic) {
        if let r = d.range {
            precondition(r.start >= 0 && r.start <= r.end, "bad range \(r) for \(d.message)")
            _ = DiagnosticFormatter.format(d, source: "fuzz", line: 1, text: line)
            _ = DiagnosticFormatter.formatInteractive(d, text: line, promptWidth: 9)
        }
    }
    do {
        let tokens = try Lexer.tokenize(line)
        for t in tokens { precondition(t.range.end <= length + 1, "token past the end: \(t.range)") }
        for command in Lexer.commands(tokens) {
            do { _ = try Parser.parse(command) } catch { checkRange(error) }
        }
    } catch {
        checkRange(error)
    }
    // A rule's condition as read back from a snapshot.
    do { _ = try Parser.condition(line) } catch { checkRange(error) }
    // Tab completion at the end of the line and in its middle.
    let session = Session(checkInvariants: true)
    let noFiles: (String, String) -> [String] = { _, _ in [] }
    _ = Completer.complete(line, cursor: length, session: session, files: noFiles)
    _ = Completer.complete(line, cursor: length / 2, session: session, files: noFiles)
    return 0
}
