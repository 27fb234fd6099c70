import Foundation

/// One step of the path to a value in a JSON document, for error messages.
enum JSONPathStep {
    case key(StaticString)
    /// An object member, kept as its key (bytes in the document) until a message needs the text.
    case member(JSONKey)
    case index(Int)
}

/// A strict pull parser over a JSON document in memory, made for the snapshot
/// schema: the reader asks for the value it expects next, and anything else is
/// an error naming the JSON path (`$.records[12].ledger[2]`).
///
/// It never recurses into values it does not expect, so deep nesting, huge
/// garbage and unknown keys are refused at their first byte.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var path: [JSONPathStep] = []
    /// Hashes of the keys of every object being read, innermost last, to
    /// refuse a key given twice without keeping copies of the keys.
    private var keyHashes: [UInt64] = []
    /// Keys that had escapes, unescaped, alive as long as the reader.
    private let escapedKeys = EscapedKeys()

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var pathText: String {
        var s = "$"
        for step in path {
            switch step {
            case .key(let k): s += "." + k.description
            case .member(let key):
                let n = key.text
                s += "." + (n.utf8.count > 60 ? String(n.prefix(40)) + "…" : n)
            case .index(let i): s += "[\(i)]"
            }
        }
        return s
    }

    func fail(_ problem: Message) -> SnapshotError { SnapshotError(path: pathText, problem: problem) }

    @inline(__always) mutating func skipSpace() {
        while position < bytes.count {
            let b = bytes[position]
            if b == 32 || b == 10 || b == 13 || b == 9 { position += 1 } else { return }
        }
    }

    /// The next significant byte, or nil at the end.
    @inline(__always) mutating func peek() -> UInt8? {
        skipSpace()
        return position < bytes.count ? bytes[position] : nil
    }

    /// What is at the position, for "expected X, found Y".
    func found() -> Message {
        guard position < bytes.count else { return Message.snapshotEndOfFile }
        let b = bytes[position]
        switch b {
        case UInt8(ascii: "\""): return Message.aString
        case UInt8(ascii: "{"): return Message.anObject
        case UInt8(ascii: "["): return Message.anArray
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return Message.snapshotFoundBoolean
        case UInt8(ascii: "n"): return .verbatim("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return Message.aNumber
        default: return Message.snapshotFoundByte(b, at: position)
        }
    }

    mutating func expect(_ b: UInt8, _ what: @autoclosure () -> Message) throws(SnapshotError) {
        guard peek() == b else { throw fail(Message.snapshotExpected(what(), found: found())) }
        position += 1
    }

    /// Consumes `b` when it is next.
    mutating func accept(_ b: UInt8) -> Bool {
        if peek() == b { position += 1; return true }
        return false
    }

    mutating func null() -> Bool {
        if peek() == UInt8(ascii: "n"), position + 4 <= bytes.count,
            bytes[position + 1] == UInt8(ascii: "u"), bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
        {
            position += 4
            return true
        }
        return false
    }

    /// Visits each element of an array; `body` reads one value.
    mutating func array(_ body: (inout JSONReader, Int) throws(SnapshotError) -> Void) throws(SnapshotError) {
        try expect(UInt8(ascii: "["), Message.anArray)
        if accept(UInt8(ascii: "]")) { return }
        _ = try elements(stoppingAt: nil, body)
    }

    /// Visits an array's elements from the one at the position (past its "[" or a ","), numbered from 0, through its "]": true.
    ///
    /// With `stop`, it returns false instead before an element that starts exactly there, where another reader takes
    /// over.
    mutating func elements(stoppingAt stop: Int?, _ body: (inout JSONReader, Int) throws(SnapshotError) -> Void) throws(SnapshotError) -> Bool {
        var i = 0
        while true {
            path.append(.index(i))
            try body(&self, i)
            path.removeLast()
            i += 1
            if accept(UInt8(ascii: ",")) {
                if let stop, peek() != nil, position == stop { return false }
                continue
            }
            try expect(UInt8(ascii: "]"), Message.snapshotCommaOrEnd("]"))
            return true
        }
    }

    /// A reader of the same document from `offset` on, for another thread:
    /// the same path, keys of its own, and pages given back only from there.
    func continuation(at offset: Int) -> JSONReader {
        var r = JSONReader(bytes)
        r.position = offset
        r.path = path
        r.keyHashes = keyHashes
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        r.released = (offset + pageSize - 1) / pageSize * pageSize
        return r
    }

    /// Visits each member of an object; `body` gets the key and reads its value.
    ///
    /// A key given twice is refused.
    mutating func object(_ body: (inout JSONReader, JSONKey) throws(SnapshotError) -> Void) throws(SnapshotError) {
        try expect(UInt8(ascii: "{"), Message.anObject)
        if accept(UInt8(ascii: "}")) { return }
        let frame = keyHashes.count
        defer { keyHashes.removeSubrange(frame...) }
        while true {
            let start = position
            let key: JSONKey
            if let plain = try plainString() {
                key = JSONKey(slice: plain)
            } else {
                position = start
                key = JSONKey(slice: escapedKeys.keep(try string()))
            }
            path.append(.member(key))
            let hash = key.hash
            if keyHashes[frame...].contains(hash) { throw fail(Message.snapshotDuplicateKey(key.text)) }
            keyHashes.append(hash)
            try expect(UInt8(ascii: ":"), .verbatim("\":\""))
            try body(&self, key)
            path.removeLast()
            if accept(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "}"), Message.snapshotCommaOrEnd("}"))
            return
        }
    }

    /// A string's raw bytes when it has no escapes (most do not); else nil, position unchanged.
    private mutating func plainString() throws(SnapshotError) -> UnsafeBufferPointer<UInt8>? {
        try expect(UInt8(ascii: "\""), Message.aString)
        let start = position
        // Eight bytes at a time past the run with no quote, backslash or control byte.
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            while position + 8 <= bytes.count {
                let w = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                if hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C)) || (w &- ones &* 0x20) & ~w & highs != 0 { break }
                position += 8
            }
        }
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return slice
            }
            if b == UInt8(ascii: "\\") { position = start - 1; return nil }
            if b < 0x20 { throw fail(Message.snapshotControlInString) }
            position += 1
        }
        throw fail(Message.unterminatedString)
    }

    /// A string as bytes, only when it needs no unescaping (keys, stage names, times).
    mutating func stringBytes() throws(SnapshotError) -> UnsafeBufferPointer<UInt8> {
        guard let plain = try plainString() else { throw fail(Message.snapshotEscapedKey) }
        return plain
    }

    /// A string value, unescaped and checked to be UTF-8.
    mutating func string() throws(SnapshotError) -> String {
        if let plain = try plainString() {
            if plain.allSatisfy({ $0 < 0x80 }) { return String(decoding: plain, as: UTF8.self) }
            guard let s = String(validating: plain, as: UTF8.self) else { throw fail(Message.invalidUTF8) }
            return s
        }
        position += 1
        var out: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "\""):
                guard let s = String(validating: out, as: UTF8.self) else { throw fail(Message.invalidUTF8) }
                return s
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                        else { throw fail(Message.snapshotBadEscape) }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail(Message.snapshotBadEscape) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail(Message.snapshotBadEscape) }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw fail(Message.snapshotBadEscape)
                }
            default:
                if b < 0x20 { throw fail(Message.snapshotControlInString) }
                out.append(b)
            }
        }
        throw fail(Message.unterminatedString)
    }

    private mutating func hex4() throws(SnapshotError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail(Message.snapshotBadEscape) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position] | 0x20
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - 87)
            default: throw fail(Message.snapshotBadEscape)
            }
            v = v * 16 + d
            position += 1
        }
        return v
    }

    /// A number as exact hundredths (`12000`, `12.5`), refusing more decimals,
    /// exponents and values past ±9.2e16.
    mutating func hundredths() throws(SnapshotError) -> Int64 {
        guard let b = peek(), b == UInt8(ascii: "-") || (b >= 48 && b <= 57) else {
            throw fail(Message.snapshotExpected(Message.aNumber, found: found()))
        }
        let start = position
        var negative = false
        if bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        var whole: Int64 = 0, digits = 0
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
            let (m, o1) = whole.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(bytes[position] - 48))
            if o1 || o2 || a > Int64.max / 100 { throw fail(Message.snapshotNumberRange(text(start))) }
            whole = a
            digits += 1
            position += 1
        }
        guard digits > 0 else { throw fail(Message.snapshotBadNumber(text(start))) }
        var fraction: Int64 = 0, fractionDigits = 0
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
                let d = Int64(bytes[position] - 48)
                if fractionDigits < 2 {
                    fraction = fraction * 10 + d
                } else if d != 0 {
                    throw fail(Message.snapshotTooPrecise(text(start)))
                }
                fractionDigits += 1
                position += 1
            }
            guard fractionDigits > 0 else { throw fail(Message.snapshotBadNumber(text(start))) }
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            throw fail(Message.snapshotBadNumber(text(start)))
        }
        if fractionDigits == 1 { fraction *= 10 }
        let v = whole * 100 + fraction
        return negative ? -v : v
    }

    /// A whole number within `range`.
    mutating func integer(in range: ClosedRange<Int64>) throws(SnapshotError) -> Int64 {
        let start = position
        let h = try hundredths()
        guard h % 100 == 0 else { throw fail(Message.snapshotNotWhole(text(start))) }
        let v = h / 100
        guard range.contains(v) else { throw fail(Message.snapshotNumberRange(text(start))) }
        return v
    }

    /// A time string or null (→ `missing`).
    mutating func time(nullable: Bool) throws(SnapshotError) -> Int64 {
        if nullable && null() { return missing }
        let b = try stringBytes()
        switch ValueParser.isoTimestamp(utf8: b) {
        case .success(let t): return t.seconds
        case .failure(let problem): throw fail(problem.message(String(decoding: b, as: UTF8.self)))
        }
    }

    /// The whole number token that starts at `start`, for messages.
    private func text(_ start: Int) -> String {
        var end = start
        while end < bytes.count && end - start < 40 {
            let b = bytes[end]
            guard
                (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
                    || (b | 0x20) == UInt8(ascii: "e")
            else { break }
            end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Gives the pages already read back to the system, so a big snapshot's
    /// map does not count twice against memory (it is read once, front to back).
    private var released = 0
    mutating func releaseBehind() {
        let page = 1 << 25
        guard position - released >= page, let base = bytes.baseAddress else { return }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = (position / pageSize) * pageSize
        guard end > released else { return }
        // Only this reader's own pages: another may still be reading before them.
        madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }

    /// Whether the document ends here (only whitespace left).
    mutating func atEnd() -> Bool { peek() == nil }
}

/// An object's key as UTF-8 bytes: in the document, or unescaped in `EscapedKeys`.
///
/// A plain pointer and length, so passing keys around and keeping them in the
/// path costs no reference counting.
struct JSONKey {
    let slice: UnsafeBufferPointer<UInt8>

    var text: String { String(decoding: slice, as: UTF8.self) }

    func equals(_ s: StaticString) -> Bool { slice.equals(s) }

    var hash: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in slice { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}

/// Storage for keys that needed unescaping (rare), freed with the reader.
final class EscapedKeys {
    private var buffers: [UnsafeMutableBufferPointer<UInt8>] = []

    func keep(_ s: String) -> UnsafeBufferPointer<UInt8> {
        let bytes = Array(s.utf8)
        let b = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = b.initialize(from: bytes)
        buffers.append(b)
        return UnsafeBufferPointer(start: b.baseAddress, count: bytes.count)
    }

    deinit {
        for b in buffers { b.deallocate() }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether these bytes spell `s`.
    @inline(__always) func equals(_ s: StaticString) -> Bool {
        guard count == s.utf8CodeUnitCount else { return false }
        return s.withUTF8Buffer { memcmp($0.baseAddress!, self.baseAddress!, count) == 0 }
    }
}
