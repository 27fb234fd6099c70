import FuzzSupport
import StageCore

let scratch = Scratch("snapshot")

/// The bytes as a snapshot file, opened with `load!` in a fresh session: a
/// snapshot is either loaded whole and consistent, or refused with a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    scratch.empty()
    scratch.write("input.json", data, size)
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
