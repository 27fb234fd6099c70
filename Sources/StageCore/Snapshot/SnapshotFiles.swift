import Foundation

/// Why a snapshot file could not be written or read: a system error, or a problem in its content.
public struct SnapshotFileError: Error, Sendable {
    public var message: Message
}

/// Saving and loading snapshot files: atomic writes, locked against other
/// shells, and reads that touch the file through a memory map.
public enum SnapshotFiles {
    /// Writes `workspace` to `path` so that a crash at any moment leaves the
    /// old file or the new one: a temporary file in the same directory, fsync,
    /// rename, fsync of the directory, all under an advisory lock on the directory.
    public static func save(_ workspace: Workspace, info: SnapshotInfo, to path: String) throws(SnapshotFileError) -> Int {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SnapshotFileError(message: Message.systemError(errno == 0 ? EACCES : errno))
        }
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY)
        guard dirFD >= 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        defer { close(dirFD) }
        // Two shells saving into one directory take turns.
        guard flock(dirFD, LOCK_EX) == 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        defer { flock(dirFD, LOCK_UN) }
        removeKilledSaves(of: path, in: directory)
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        var writer = ByteWriter(fd: fd)
        do {
            try SnapshotWriter.write(workspace, info: info, to: &writer)
            guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            guard close(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            close(fd)
            unlink(temp)
            throw SnapshotFileError(message: Message.systemError((error as? POSIXError)?.code.rawValue ?? EIO))
        }
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw SnapshotFileError(message: Message.systemError(code))
        }
        fsync(dirFD)
        return writer.count
    }

    /// Deletes the temporary files (`NAME.tmp-PID`) of earlier saves to `path` that were killed before their rename: a big pipeline's is gigabytes.
    ///
    /// Called under the directory's lock, which every save holds from its temporary file's creation to its rename, so
    /// any such file there now belongs to a save that died.
    private static func removeKilledSaves(of path: String, in directory: String) {
        let prefix = (path as NSString).lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pid = name.dropFirst(prefix.count)
            if !pid.isEmpty && pid.allSatisfy(\.isASCII) && pid.allSatisfy(\.isNumber) { unlink(directory + "/" + name) }
        }
    }

    /// Reads and checks a whole snapshot.
    public static func load(_ path: String) throws(SnapshotFileError) -> (Workspace, SnapshotInfo) {
        try withMappedFile(path) { (bytes) throws(SnapshotFileError) in
            var reader = SnapshotReader(bytes)
            do {
                return try reader.read()
            } catch {
                throw SnapshotFileError(message: (error as? SnapshotError)?.message ?? .verbatim(String(describing: error)))
            }
        }
    }

    /// The summary at the head of a snapshot, read without its records (for `snapshots`).
    public static func summary(_ path: String) throws(SnapshotFileError) -> SnapshotInfo {
        try withMappedFile(path) { (bytes) throws(SnapshotFileError) in
            var json = JSONReader(bytes)
            var info = SnapshotInfo(savedAt: Timestamp(seconds: 0), clock: nil)
            var sawFormat = false
            do {
                try json.expect(UInt8(ascii: "{"), Message.anObject)
                while true {
                    let key = String(decoding: try json.stringBytes(), as: UTF8.self)
                    try json.expect(UInt8(ascii: ":"), .verbatim("\":\""))
                    switch key {
                    case "format":
                        guard try json.string() == SnapshotFormat.name else { throw json.fail(Message.snapshotNotASnapshot(.verbatim(""))) }
                        sawFormat = true
                    case "version":
                        let v = try json.integer(in: 0...Int64(Int32.max))
                        guard v <= SnapshotFormat.version else { throw json.fail(Message.snapshotTooNew(Int(v), SnapshotFormat.version)) }
                    case "saved_at": info.savedAt = Timestamp(seconds: try json.time(nullable: false))
                    case "clock": _ = try json.time(nullable: true)
                    case "summary":
                        try SnapshotReader.readSummary(&json, into: &info)
                        guard sawFormat else { throw json.fail(Message.snapshotNotASnapshot(.verbatim(""))) }
                        return info
                    default:
                        throw json.fail(Message.snapshotMissingKey("summary"))
                    }
                    try json.expect(UInt8(ascii: ","), .verbatim("\",\""))
                }
            } catch {
                throw SnapshotFileError(message: (error as? SnapshotError)?.message ?? .verbatim(String(describing: error)))
            }
        }
    }

    /// Runs `body` over the file's bytes, mapped read-only.
    private static func withMappedFile<T>(
        _ path: String,
        _ body: (UnsafeBufferPointer<UInt8>) throws(SnapshotFileError) -> T
    ) throws(SnapshotFileError) -> T {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw SnapshotFileError(message: Message.systemError(EISDIR)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SnapshotFileError(message: Message.systemError(errno)) }
        defer { close(fd) }
        let size = Int(info.st_size)
        guard size > 0 else { throw SnapshotFileError(message: Message.emptyFile) }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
            throw SnapshotFileError(message: Message.systemError(errno))
        }
        defer { munmap(map, size) }
        madvise(map, size, MADV_SEQUENTIAL)
        return try body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// The snapshots in a data directory, by name.
    public static func list(_ directory: String) -> [(name: String, path: String, size: Int)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted { $0.dropLast(5) < $1.dropLast(5) }
        return files.compactMap { file in
            let path = directory + "/" + file
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return (String(file.dropLast(5)), path, Int(info.st_size))
        }
    }
}
