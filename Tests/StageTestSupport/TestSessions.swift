import Foundation
import StageCore

// Every test makes its sessions here, so a change to how a `Session` is made
// (a new parameter, an injected environment) is made in one place.

/// The moment most tests freeze the clock at: 2026-11-29 00:00 UTC.
public let testNow = Timestamp(year: 2026, month: 11, day: 29)!

/// A fresh session as tests want it: invariants checked, the clock frozen at `clock` (nil: the real one),
/// messages in `language`.
///
/// `directory` is where relative paths (`import`, `export`, `run`) resolve; `dataDirectory`
/// where snapshots go. Left nil, they are `/`, as a plain `Session()` has them: a test never
/// reads the process's directory or environment unless it asks.
public func testSession(
    clock: Timestamp? = testNow, directory: String? = nil, dataDirectory: String? = nil, checkInvariants: Bool = true,
    language: Language = .english
) -> Session {
    var s = Session(checkInvariants: checkInvariants)
    s.language = language
    s.frozenClock = clock
    if let directory { s.directory = directory }
    if let dataDirectory { s.dataDirectory = dataDirectory }
    return s
}

/// Runs `body` with a test session whose working and data directory is a new temporary one
/// holding `files` (name: UTF-8 text); the directory is removed afterwards.
public func withTestSession<T>(
    _ label: String, files: [String: String] = [:], clock: Timestamp? = testNow,
    _ body: (inout Session, String) throws -> T
) throws -> T {
    try withTemporaryDirectory(label, files: files) { dir in
        var s = testSession(clock: clock, directory: dir, dataDirectory: dir)
        return try body(&s, dir)
    }
}
