import Foundation

/// Writes a whole small file so that it is either all there or not changed:
/// a temporary file beside it, then a rename over it.
enum AtomicWrite {
    /// Throws the system error number of what failed.
    static func write(_ bytes: [UInt8], to path: String) throws(POSIXError) {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let written = bytes.withUnsafeBytes { p -> Bool in
            var offset = 0
            while offset < p.count {
                let n = Foundation.write(fd, p.baseAddress! + offset, p.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        let code = errno
        close(fd)
        guard written else {
            unlink(temp)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
