import Foundation

/// A source in UTF-16, Windows-1252 or Latin-1 decoded to UTF-8 as the reader
/// asks for it, a chunk at a time, so a big file never sits in memory whole.
///
/// A character cut by the end of a chunk waits for the next one (a UTF-16
/// surrogate pair may straddle two); one whose UTF-8 does not fit the space
/// the reader gives is kept and handed out first next time. A character that
/// cannot be decoded ends the text: the bytes before it are handed out first
/// and the next read throws, so the reader names the line it is on and the
/// rows before it are read as they would be without it.
final class TranscodingByteSource: ByteSource {
    /// Bytes read from the base at a time.
    static let chunk = 1 << 18

    let encoding: TextEncoding
    private let base: any ByteSource
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity: Int
    /// The undecoded bytes are `input[inStart..<inEnd]`.
    private var inStart = 0, inEnd = 0
    private var baseAtEnd = false
    /// A character's UTF-8 that did not fit: `carryCount` bytes, the next lowest.
    private var carry: UInt32 = 0, carryCount = 0
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
    private var failure: ByteSourceError?
    /// The UTF-8 of bytes 0x80–0xFF of a one-byte encoding: the bytes from the
    /// lowest up, the length in the top byte.
    private let high: [UInt32]

    /// Decodes `base` from `encoding`, after `prefix`: bytes already read from
    /// it (past any byte-order mark).
    init(base: any ByteSource, encoding: TextEncoding, prefix: UnsafeBufferPointer<UInt8>) {
        precondition(encoding != .utf8, "UTF-8 needs no decoding")
        self.base = base
        self.encoding = encoding
        inputCapacity = max(TranscodingByteSource.chunk, prefix.count)
        input = .allocate(capacity: inputCapacity)
        if let p = prefix.baseAddress, prefix.count > 0 { input.update(from: p, count: prefix.count) }
        inEnd = prefix.count
        high = (0x80...0xFF).map { b -> UInt32 in
            let s = TextEncoding.scalar(UInt8(b), in: encoding)
            return s < 0x800
                ? 0x0200_0000 | (0x80 | s & 0x3F) << 8 | (0xC0 | s >> 6)
                : 0x0300_0000 | (0x80 | s & 0x3F) << 16 | (0x80 | s >> 6 & 0x3F) << 8 | (0xE0 | s >> 12)
        }
    }

    deinit {
        input.deallocate()
        scratch.deallocate()
    }

    func read(into out: UnsafeMutablePointer<UInt8>, count: Int) throws(ByteSourceError) -> Int {
        var n = 0
        while carryCount > 0 && n < count {
            out[n] = UInt8(truncatingIfNeeded: carry)
            carry >>= 8
            carryCount -= 1
            n += 1
        }
        // Fills all the space given: a reader parses a cut row again after every read.
        while n < count && failure == nil {
            if inEnd - inStart < 4 && !baseAtEnd {
                do {
                    try refill()
                } catch {
                    failure = error
                    break
                }
            }
            if count - n >= 4 {
                let k = decodeRun(into: out + n, room: count - n)
                n += k
                if k > 0 || failure != nil { continue }
            }
            // The edges: too little room for a character, or input that ends inside one.
            guard let k = decodeNoting(into: scratch) else { break }
            if k == 0 {
                if baseAtEnd { break }
                continue
            }
            let fits = min(k, count - n)
            (out + n).update(from: scratch, count: fits)
            for j in stride(from: k - 1, through: fits, by: -1) { carry = carry << 8 | UInt32(scratch[j]) }
            carryCount = k - fits
            n += fits
        }
        if n == 0, let failure { throw failure }
        return n
    }

    /// Keeps the undecoded tail and reads more after it, until there is a
    /// whole character's worth or the base ends.
    private func refill() throws(ByteSourceError) {
        if inStart > 0 {
            memmove(input, input + inStart, inEnd - inStart)
            inEnd -= inStart
            inStart = 0
        }
        while inEnd < 4 {
            let got = try base.read(into: input + inEnd, count: inputCapacity - inEnd)
            if got == 0 {
                baseAtEnd = true
                return
            }
            inEnd += got
        }
    }

    /// Decodes whole characters into `out` while it has room for any (4 bytes) and the input holds one: how many bytes it wrote.
    ///
    /// ASCII, most of any CRM export, takes the short way; a character that cannot be decoded is noted in `failure`
    /// and ends the run.
    private func decodeRun(into out: UnsafeMutablePointer<UInt8>, room: Int) -> Int {
        var n = 0
        switch encoding {
        case .utf16le, .utf16be:
            let little = encoding == .utf16le
            while room - n >= 4 && inEnd - inStart >= 2 {
                let u =
                    little
                    ? UInt16(input[inStart]) | UInt16(input[inStart + 1]) << 8
                    : UInt16(input[inStart]) << 8 | UInt16(input[inStart + 1])
                if u < 0x80 {
                    out[n] = UInt8(u)
                    n += 1
                    inStart += 2
                    continue
                }
                guard let k = decodeNoting(into: out + n), k > 0 else { break }
                n += k
            }
        default:
            while room - n >= 4 && inStart < inEnd {
                let b = input[inStart]
                if b < 0x80 {
                    out[n] = b
                    n += 1
                    inStart += 1
                    continue
                }
                guard let k = decodeNoting(into: out + n) else { break }
                n += k
            }
        }
        return n
    }

    /// `decodeOne`, noting a character that cannot be decoded in `failure`: nil then.
    @inline(__always) private func decodeNoting(into to: UnsafeMutablePointer<UInt8>) -> Int? {
        do {
            return try decodeOne(into: to)
        } catch {
            failure = error
            return nil
        }
    }

    /// Decodes the character at `inStart` into `to` (room for 4 bytes): the
    /// length of its UTF-8, or 0 when the input ends before the character does.
    @inline(__always) private func decodeOne(into to: UnsafeMutablePointer<UInt8>) throws(ByteSourceError) -> Int {
        switch encoding {
        case .utf16le, .utf16be:
            let available = inEnd - inStart
            if available < 2 {
                if available == 1 && baseAtEnd { throw ByteSourceError(message: Message.utf16OddLength) }
                return 0
            }
            let u = unit(at: inStart)
            if u < 0x80 {
                to[0] = UInt8(u)
                inStart += 2
                return 1
            }
            if u < 0x800 {
                to[0] = 0xC0 | UInt8(u >> 6)
                to[1] = 0x80 | UInt8(u & 0x3F)
                inStart += 2
                return 2
            }
            if u & 0xF800 != 0xD800 {
                to[0] = 0xE0 | UInt8(u >> 12)
                to[1] = 0x80 | UInt8(u >> 6 & 0x3F)
                to[2] = 0x80 | UInt8(u & 0x3F)
                inStart += 2
                return 3
            }
            guard u < 0xDC00 else { throw ByteSourceError(message: Message.utf16UnpairedSurrogate(u)) }
            if available < 4 {
                if baseAtEnd { throw ByteSourceError(message: Message.utf16UnpairedSurrogate(u)) }
                return 0
            }
            let low = unit(at: inStart + 2)
            guard low & 0xFC00 == 0xDC00 else { throw ByteSourceError(message: Message.utf16UnpairedSurrogate(u)) }
            let s = 0x10000 + (UInt32(u - 0xD800) << 10 | UInt32(low - 0xDC00))
            to[0] = 0xF0 | UInt8(s >> 18)
            to[1] = 0x80 | UInt8(s >> 12 & 0x3F)
            to[2] = 0x80 | UInt8(s >> 6 & 0x3F)
            to[3] = 0x80 | UInt8(s & 0x3F)
            inStart += 4
            return 4
        case .cp1252, .latin1:
            guard inStart < inEnd else { return 0 }
            let b = input[inStart]
            inStart += 1
            if b < 0x80 {
                to[0] = b
                return 1
            }
            var packed = high[Int(b) - 0x80]
            let length = Int(packed >> 24)
            for j in 0..<length {
                to[j] = UInt8(truncatingIfNeeded: packed)
                packed >>= 8
            }
            return length
        case .utf8:
            preconditionFailure("UTF-8 needs no decoding")
        }
    }

    /// The UTF-16 code unit at `i`, in the source's byte order.
    @inline(__always) private func unit(at i: Int) -> UInt16 {
        encoding == .utf16le
            ? UInt16(input[i]) | UInt16(input[i + 1]) << 8
            : UInt16(input[i]) << 8 | UInt16(input[i + 1])
    }
}
