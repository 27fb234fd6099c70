// `swift build` builds this target too, and a release build with
// --static-swift-stdlib (`make release`) has no Testing module: there these
// helpers, which record issues, are left out; `swift test` always has them.
#if canImport(Testing)
import StageCore
import Testing

/// Parses `line`, which must hold exactly one command.
public func parse(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (CommandSpec, any Command) {
    let commands = try Parser.parseLine(line)
    try #require(commands.count == 1, "\(line) gave \(commands.count) commands", sourceLocation: sourceLocation)
    return commands[0]
}

/// The diagnostic `line`, which must not parse, gives (nil, and an issue, when it parses).
public func parseFailure(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    do {
        let commands = try Parser.parseLine(line)
        Issue.record("\(line) parsed into \(commands.count) command(s)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
#endif
