import Foundation

/// Writes a whole small file so that it is either all there or not changed:
/// a temporary file beside it, then a rename over it.
enum AtomicWrite {
    /// Throws the system error number of what failed.
    static func write(_ bytes: [UInt8], to path: String) throws(POSIXError) {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        do {
            try Descriptor.writeAll(fd, bytes)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
