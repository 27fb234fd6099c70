import Foundation

/// The repository's root: this file is Tests/StageTestSupport/Fixtures.swift.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The absolute path of `relative`, a path from the repository's root (`seeds/demo.json`, `Tests/Fixtures/xlsx`).
public func repositoryPath(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
}

/// The text of the repository's file at `relative` (`Tests/Fixtures/queries.sql`).
public func fixtureText(_ relative: String) throws -> String {
    try String(contentsOfFile: repositoryPath(relative), encoding: .utf8)
}
