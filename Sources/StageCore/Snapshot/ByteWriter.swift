import Foundation

/// Writes bytes to a file descriptor through a large buffer, with the JSON
/// pieces a snapshot needs formatted in place (no intermediate strings).
struct ByteWriter {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes written so far.
    private(set) var count = 0

    /// A writer to `fd`, or with no file (-1) for a short piece of JSON.
    init(fd: Int32) {
        self.fd = fd
        if fd >= 0 { buffer.reserveCapacity(1 << 22) }
    }

    /// A writer with no file that formats into `buffer`, emptied but keeping
    /// its capacity: chunks formatted one after another reuse their memory.
    init(reusing buffer: [UInt8]) {
        fd = -1
        self.buffer = buffer
        self.buffer.removeAll(keepingCapacity: true)
    }

    /// The file, for bytes formatted elsewhere and written straight to it
    /// (after a `flush`); `wrote` counts them.
    var descriptor: Int32 { fd }

    mutating func wrote(_ n: Int) { count += n }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    mutating func byte(_ b: UInt8) { buffer.append(b) }

    /// A JSON string: quotes, backslashes and control characters escaped, other UTF-8 as is.
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(bytes: $0) }
    }

    /// The same from raw UTF-8; runs that need no escaping are copied at once.
    mutating func string(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(UInt8(ascii: "\""))
        var i = 0
        while i < bytes.count {
            var j = i
            while j < bytes.count {
                let b = bytes[j]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
                j += 1
            }
            if j > i { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j])) }
            guard j < bytes.count else { break }
            escape(bytes[j])
            i = j + 1
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// The bytes formatted so far, leaving the writer empty (for a writer with no file).
    mutating func take() -> [UInt8] {
        defer { buffer = [] }
        return buffer
    }

    /// Bytes written as they are (pre-encoded JSON pieces).
    mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: b) }

    /// A JSON string as bytes, for a value written many times (stage names).
    static func encoded(_ s: String) -> [UInt8] {
        var w = ByteWriter(fd: -1)
        w.string(s)
        return w.buffer
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""):
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(b)
        case UInt8(ascii: "\\"):
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(b)
        case 10:
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(UInt8(ascii: "n"))
        case 13:
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(UInt8(ascii: "r"))
        case 9:
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(UInt8(ascii: "t"))
        case 0..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            buffer.append(contentsOf: [
                UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)],
            ])
        default: buffer.append(b)
        }
    }

    mutating func integer(_ v: Int64) {
        if v < 0 {
            buffer.append(UInt8(ascii: "-"))
            if v == .min {
                raw("9223372036854775808")
                return
            }
            digits(UInt64(-v))
        } else {
            digits(UInt64(v))
        }
    }

    private mutating func digits(_ v: UInt64) {
        if v < 10 {
            buffer.append(UInt8(48 + v))
            return
        }
        var tmp:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = v
        var i = 0
        withUnsafeMutableBytes(of: &tmp) { p in
            while n > 0 {
                p[i] = UInt8(48 + n % 10)
                n /= 10
                i += 1
            }
            while i > 0 {
                i -= 1
                buffer.append(p[i])
            }
        }
    }

    /// A hundredths value as an exact decimal number: `12000`, `12.5`, `0.05`.
    mutating func hundredths(_ v: Int64) {
        let negative = v < 0
        let m = negative ? -v : v
        if negative { buffer.append(UInt8(ascii: "-")) }
        digits(UInt64(m / 100))
        let f = m % 100
        if f != 0 {
            buffer.append(UInt8(ascii: "."))
            buffer.append(UInt8(48 + f / 10))
            if f % 10 != 0 { buffer.append(UInt8(48 + f % 10)) }
        }
    }

    /// A time as an ISO-8601 UTC JSON string, or null when missing.
    mutating func time(_ t: Int64) {
        guard t != missing else {
            raw("null")
            return
        }
        let c = Timestamp(seconds: t).civil
        guard (0...9999).contains(c.year) else {
            // Years outside four digits: the general path, digit by digit.
            buffer.append(UInt8(ascii: "\""))
            pad(c.year, 4)
            for (separator, v) in [("-", c.month), ("-", c.day), ("T", c.hour), (":", c.minute), (":", c.second)] {
                buffer.append(UInt8(ascii: separator.unicodeScalars.first!))
                pad(v, 2)
            }
            buffer.append(UInt8(ascii: "Z"))
            buffer.append(UInt8(ascii: "\""))
            return
        }
        // "YYYY-MM-DDTHH:MM:SSZ" filled in a template, then appended at once.
        var text: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &text) { b in
            let template: StaticString = "\"0000-00-00T00:00:00Z\""
            template.withUTF8Buffer { for i in 0..<22 { b[i] = $0[i] } }
            func two(_ at: Int, _ v: Int) { b[at] = UInt8(48 + v / 10); b[at + 1] = UInt8(48 + v % 10) }
            two(1, c.year / 100); two(3, c.year % 100)
            two(6, c.month); two(9, c.day); two(12, c.hour); two(15, c.minute); two(18, c.second)
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: b[0..<22]))
        }
    }

    private mutating func pad(_ v: Int, _ width: Int) {
        if width == 2 && v >= 0 && v < 100 {
            buffer.append(UInt8(48 + v / 10))
            buffer.append(UInt8(48 + v % 10))
            return
        }
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = v
        if v < 0 {
            buffer.append(UInt8(ascii: "-"))
            v = -v
        }
        while divisor > 0 {
            buffer.append(UInt8(48 + (v / divisor) % 10))
            divisor /= 10
        }
    }

    mutating func flush() throws {
        try Descriptor.writeAll(fd, buffer)
        count += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
