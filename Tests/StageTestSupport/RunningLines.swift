// `swift build` builds this target too, and a release build with
// --static-swift-stdlib (`make release`) has no Testing module: there these
// helpers, which record issues, are left out; `swift test` always has them.
#if canImport(Testing)
import StageCore
import Testing

// Lines run on a session as a test expects them to go. A line that does not go
// as expected is recorded as an issue at the test's own line (`sourceLocation`),
// so a failing test points at the command, not at this file.

/// A fresh test session (see the other `testSession`) that has run `lines`, each of which must succeed.
public func testSession(
    clock: Timestamp? = testNow, directory: String? = nil, dataDirectory: String? = nil, running lines: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) -> Session {
    var s = testSession(clock: clock, directory: directory, dataDirectory: dataDirectory)
    run(&s, lines, sourceLocation: sourceLocation)
    return s
}

/// Runs `line`, which must succeed, and gives its outcomes (none when it failed).
@discardableResult
public func run(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Outcome] {
    do {
        return try s.execute(line: line)
    } catch {
        // Lines and messages can be a mebibyte long; the start says which one it was.
        let hints = error.hints.isEmpty ? "" : " \(error.hints)"
        Issue.record("\(line.prefix(200)): \(error.message.english.prefix(300))\(hints)", sourceLocation: sourceLocation)
        return []
    }
}

/// Runs `lines` in order, each of which must succeed, and gives the outcomes of the last one.
@discardableResult
public func run(_ s: inout Session, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> [Outcome] {
    var last: [Outcome] = []
    for line in lines { last = run(&s, line, sourceLocation: sourceLocation) }
    return last
}

/// The diagnostic of `line`, which must fail (nil when it succeeded).
public func failure(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    do {
        let outcomes = try s.execute(line: line)
        Issue.record("\(line.prefix(200)) succeeded: \(String(describing: outcomes).prefix(300))", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The table (or card) that `line`, which must succeed, gives; throws when it fails or gives none.
public func table(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Table {
    let outcomes: [Outcome]
    do {
        outcomes = try s.execute(line: line)
    } catch {
        Issue.record("\(line.prefix(200)): \(error.message.english.prefix(300))", sourceLocation: sourceLocation)
        throw error
    }
    switch outcomes.last {
    case .table(let t)?, .card(let t)?: return t
    default:
        Issue.record("\(line.prefix(200)) gave \(outcomes), not a table", sourceLocation: sourceLocation)
        throw NoTable(line: line)
    }
}

/// What `table(_:_:)` throws when a line gave no table.
public struct NoTable: Error, CustomStringConvertible {
    public let line: String
    public var description: String { "\(line) gave no table" }
}
#endif
