import Foundation
import FuzzSupport
@testable import StageCore

let scratch = Scratch("session")

/// A small pipeline every input starts from: leads and opportunities in
/// every stage, with histories, a rule and generated records.
let seeded: Session = {
    var s = scratch.session()
    for line in CommandSequenceGenerator.seedLines {
        do { _ = try s.execute(line: line) } catch { fatalError("seed `\(line)`: \(error)") }
    }
    return s
}()

/// An input whose first byte is this is not a script: the rest drives
/// `CommandSequenceGenerator`, the lines the round-trip property test runs,
/// which reach deep pipeline states that typed lines rarely do.
let generatedMarker: UInt8 = 0xFF

/// Each line of the input is a command line run in the seeded session; after
/// each, `check` must find the session consistent, whether the command ran or was refused.
/// A generated input must also save, load and save again byte for byte alike.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    scratch.empty()
    var s = seeded
    if size > 0 && data[0] == generatedMarker {
        for (name, text) in CommandSequenceGenerator.importFiles { _ = scratch.write(name, text) }
        var generator = CommandSequenceGenerator(bytes: Array(UnsafeBufferPointer(start: data + 1, count: size - 1)))
        var lines = 0
        while !generator.isExhausted && lines < 200 {
            let line = generator.next(for: s)
            lines += 1
            do {
                for o in try s.execute(line: line) { _ = render(o, s.format) }
            } catch {
                // A refused command must leave the session as it was; `check` below sees to the rest.
            }
            requireConsistent(&s, after: line)
        }
        requireRoundTrip(s)
        return 0
    }
    var generated = 0
    for line in fuzzText(data, size).split(separator: "\n", omittingEmptySubsequences: true) {
        guard let tokens = try? Lexer.tokenize(String(line)) else { continue }
        for command in Lexer.commands(tokens) {
            guard let (_, parsed) = try? Parser.parse(command), CommandSequenceGenerator.allowed(parsed) else { continue }
            // `generate N`: what it would add, read from the tokens (the command's type is the core's own).
            if command.first?.isKeyword("generate") == true, command.count > 1, let n = Int(command[1].text) {
                generated += n
                if generated > 400 { continue }
            }
            do {
                _ = render(try s.execute(tokens: command), s.format)
            } catch {
                // A refused command must leave the session as it was; `check` below sees to the rest.
            }
            requireConsistent(&s, after: String(line))
        }
    }
    return 0
}

/// What `save` wrote loads, and saved again with what it read is the same file.
func requireRoundTrip(_ s: Session) {
    var s = s
    do {
        _ = try s.execute(line: "save roundtrip")
    } catch {
        fatalError("save refused: \(error.message)")
    }
    let path = scratch.path + "/roundtrip.json", again = scratch.path + "/again.json"
    do {
        let (workspace, info) = try SnapshotFiles.load(path)
        _ = try SnapshotFiles.save(workspace, info: info, to: again)
    } catch {
        fatalError("a snapshot save wrote does not load: \(error.message)")
    }
    precondition(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: again),
                 "loaded and saved again, the snapshot differs")
}
