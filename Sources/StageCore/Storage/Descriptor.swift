import Foundation

/// Writing to a file descriptor until everything is written.
public enum Descriptor {
    /// Writes all of `bytes`, retrying short writes and EINTR; the error number on failure.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(POSIXError) {
        let code = bytes.withUnsafeBytes { p -> Int32 in
            guard let base = p.baseAddress else { return 0 }
            var offset = 0
            while offset < p.count {
                let n = Foundation.write(fd, base + offset, p.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
        if code != 0 { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
    }
}
