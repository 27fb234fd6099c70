import Foundation
import FuzzSupport
@testable import StageCore

let scratch = Scratch("snapshot")

/// The bytes as a snapshot file, opened with `load!` in a fresh session: a
/// snapshot is either loaded whole and consistent, or refused with a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    scratch.empty()
    let input = scratch.write("input.json", data, size)
    requireSameSplit(input)
    var s = scratch.session()
    do {
        _ = try s.execute(line: "load! input.json")
    } catch {
        return 0
    }
    requireConsistent(&s, after: "load")
    // What loaded must survive the next steps of a session: a query, a report, a save and a reload.
    for line in ["count by stage", "funnel", "list limit 5", "save again.json", "load! again.json", "diff input.json"] {
        do {
            for o in try s.execute(line: line) { _ = render(o, .table) }
        } catch {
            // Some of these may refuse (say, a diff with stages the pipeline lost); the check below still holds.
        }
        requireConsistent(&s, after: line)
    }
    return 0
}

/// Big snapshots are read by two workers, cut at the line after the records'
/// middle: read so, every input must give what one worker gives, the same
/// session (saved byte for byte alike) or the same error.
func requireSameSplit(_ path: String) {
    func load() -> Result<(Workspace, SnapshotInfo), SnapshotFileError> {
        Result { () throws(SnapshotFileError) in try SnapshotFiles.load(path) }
    }
    let whole = load()
    let split = SnapshotReader.$splitThreshold.withValue(0) { load() }
    switch (whole, split) {
    case (.failure(let a), .failure(let b)):
        precondition(a.message == b.message, "read split, the error differs:\n\(a.message)\n\(b.message)")
    case (.success(let a), .success(let b)):
        func saved(_ loaded: (Workspace, SnapshotInfo), _ name: String) -> [UInt8] {
            let file = scratch.path + "/" + name
            do {
                _ = try SnapshotFiles.save(loaded.0, info: loaded.1, to: file)
            } catch {
                preconditionFailure("cannot save what loaded: \(error.message)")
            }
            return Array(FileManager.default.contents(atPath: file) ?? Data())
        }
        precondition(saved(a, "whole.json") == saved(b, "split.json"), "read split, the session differs")
    default:
        preconditionFailure("read split, one load failed and the other did not: \(whole) / \(split)")
    }
}
