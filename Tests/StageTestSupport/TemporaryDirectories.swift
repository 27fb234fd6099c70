import Foundation

/// A new, empty directory `stagesh-LABEL-UUID` under the system's temporary one, holding `files`
/// (name: UTF-8 text); the caller removes it.
public func makeTemporaryDirectory(_ label: String, files: [String: String] = [:]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stagesh-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files { try write(text, to: dir.appendingPathComponent(name).path) }
    return dir
}

/// Runs `body` with the path of a new temporary directory holding `files`, and removes the directory afterwards.
public func withTemporaryDirectory<T>(
    _ label: String, files: [String: String] = [:], _ body: (String) throws -> T
) throws -> T {
    let dir = try makeTemporaryDirectory(label, files: files)
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir.path)
}

/// Writes `text` to `path` as UTF-8, as it is: no byte order mark, no normalisation.
public func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// Writes `bytes` to `path`.
public func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The bytes of the file at `path`; nil when it cannot be read.
public func bytes(of path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}
