import Foundation

/// A file read with `read(2)`, from an offset: the bytes as they are.
final class FileByteSource: ByteSource {
    private let fd: Int32
    /// The file's size in bytes (0 when it is not a regular file).
    let size: Int

    /// Opens `path` for reading at byte `offset`; a directory is refused here,
    /// where the error can still say so.
    init(path: String, offset: Int) throws(CSVError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CSVError(line: 0, message: Message.systemError(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw CSVError(line: 0, message: Message.systemError(code))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw CSVError(line: 0, message: Message.systemError(EISDIR))
        }
        if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
            let code = errno
            close(fd)
            throw CSVError(line: 0, message: Message.systemError(code))
        }
        self.fd = fd
        size = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(ByteSourceError) -> Int {
        while true {
            let n = systemRead(fd, buffer, count)
            if n >= 0 { return n }
            if errno != EINTR { throw ByteSourceError(message: Message.systemError(errno)) }
        }
    }
}

/// `read(2)`, out of the class, whose own `read` would hide it.
@inline(__always) private func systemRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}
