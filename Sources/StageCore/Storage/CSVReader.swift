import Foundation

/// One row of a CSV file: where each field's (unescaped) bytes lie in the reader's buffer.
///
/// Nothing is copied: a row points into the reader's buffer and field table,
/// and stays valid until the reader reads the next row.
public struct CSVRow {
    fileprivate var base: UnsafePointer<UInt8>?
    fileprivate var starts: UnsafePointer<Int32>?
    fileprivate var ends: UnsafePointer<Int32>?
    public fileprivate(set) var count = 0
    /// The file line the row starts on (1-based).
    public internal(set) var line = 0

    public init() {}

    public func isEmpty(_ i: Int) -> Bool { i >= count || starts![i] == ends![i] }

    /// Field `i`'s bytes (empty past the last field).
    public func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        guard i < count, let base, let starts, let ends else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + Int(starts[i]), count: Int(ends[i] - starts[i]))
    }

    public func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

    /// Calls `body` with field `i`'s bytes.
    public func withField<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(field(i))
    }
}

/// Why a CSV file could not be read.
public struct CSVError: Error, Sendable {
    public var line: Int
    public var message: String
}

/// Reads an RFC 4180 CSV file as a stream, so a big file never sits in memory whole.
///
/// Detects the delimiter (`,` `;` tab `|`) from the header line. Accepts a
/// UTF-8 byte-order mark, `\r\n`, `\n` or `\r` line ends, and quoted fields
/// with doubled quotes and embedded line breaks. Rows are parsed in place in
/// a buffer filled by `read(2)`; a quoted field with doubled quotes is
/// unescaped in place once its row is complete.
public final class CSVReader {
    private let fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 1 << 20
    /// The current row's fields: where each starts and ends in `buffer`.
    private var starts: UnsafeMutablePointer<Int32>
    private var ends: UnsafeMutablePointer<Int32>
    private var fieldCapacity = 64
    /// Bytes of the buffer holding file data.
    private var filled = 0
    /// Where the next row starts.
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var dropped = 0
    public let delimiter: UInt8
    public let path: String
    /// Where reading began in the file.
    public let start: Int
    /// Set when the header line holds no delimiter but the next line does: the
    /// header then reads as one column, which is almost surely a mistake.
    public private(set) var headerMismatch: (line: Int, delimiter: UInt8)?
    /// The file's size in bytes, to estimate how many rows it holds.
    public let size: Int

    /// Bytes read and parsed so far (from the start of the file).
    public var consumed: Int { dropped + position }
    /// The line the next row starts on (counted from where reading began).
    public var currentLine: Int { line }
    /// Where to stop: `next` returns false once the rows read end exactly
    /// here. A row that runs past it (the offset fell inside a quoted field)
    /// sets `overran` and reading goes on to the end of the file.
    public var limit: Int?
    public private(set) var overran = false

    /// The delimiters `CSVReader` recognises: comma, semicolon, tab and bar.
    public static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]

    /// Opens `path`; without a `delimiter`, takes the one of `,` `;` tab `|`
    /// that occurs most often in the header line outside quotes (`,` if none).
    /// Opens `path` at byte `offset` (0: its start, with the header and a
    /// byte-order mark; else the start of a row, on line `line`).
    public init(path: String, delimiter: UInt8? = nil, offset: Int = 0, line: Int = 1) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CSVError(line: 0, message: Messages.systemError(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw CSVError(line: 0, message: Messages.systemError(code))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw CSVError(line: 0, message: Messages.systemError(EISDIR))
        }
        if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
            let code = errno
            close(fd)
            throw CSVError(line: 0, message: Messages.systemError(code))
        }
        self.fd = fd
        self.path = path
        self.line = line
        start = offset
        dropped = offset
        size = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        buffer = .allocate(capacity: capacity)
        starts = .allocate(capacity: fieldCapacity)
        ends = .allocate(capacity: fieldCapacity)
        // The first read happens before the delimiter is known, so it cannot be `fill`.
        var first = 0
        while first == 0 {
            let n = read(fd, buffer, capacity)
            if n >= 0 { first = n; break }
            if errno != EINTR {
                let code = errno
                buffer.deallocate()
                starts.deallocate()
                ends.deallocate()
                close(fd)
                throw CSVError(line: 0, message: Messages.systemError(code))
            }
        }
        filled = first
        atEnd = first == 0
        if offset == 0 && filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
        if let delimiter {
            self.delimiter = delimiter
        } else {
            let (header, next) = CSVReader.countDelimiters(UnsafeBufferPointer(start: buffer + position, count: filled - position))
            let best = CSVReader.best(header)
            self.delimiter = best ?? UInt8(ascii: ",")
            if best == nil, let other = CSVReader.best(next) {
                headerMismatch = (2, other)
            }
        }
    }

    deinit {
        buffer.deallocate()
        starts.deallocate()
        ends.deallocate()
        close(fd)
    }

    private static func best(_ counts: [Int]) -> UInt8? {
        var best: Int?
        for i in counts.indices where counts[i] > 0 && (best.map { counts[i] > counts[$0] } ?? true) { best = i }
        return best.map { delimiters[$0] }
    }

    /// How often each delimiter occurs outside quotes in the first line and in the line after it.
    private static func countDelimiters(_ b: UnsafeBufferPointer<UInt8>) -> (header: [Int], next: [Int]) {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: delimiters.count), count: 2)
        var lineIndex = 0, inQuotes = false
        for c in b {
            if c == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if c == 10 {
                    lineIndex += 1
                    if lineIndex == 2 { break }
                } else if let k = delimiters.firstIndex(of: c) {
                    counts[lineIndex][k] += 1
                }
            }
        }
        return (counts[0], counts[1])
    }

    /// Drops the bytes before `start` and reads more after the rest, growing
    /// the buffer when one row fills it; sets `atEnd` when there is no more.
    private func fill(keepingFrom start: Int) throws {
        if start > 0 {
            memmove(buffer, buffer + start, filled - start)
            filled -= start
            position -= start
            dropped += start
        }
        if filled == capacity {
            guard capacity < 1 << 30 else { throw CSVError(line: line, message: Messages.csvRowTooLong) }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buffer, count: filled)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        }
        while true {
            let n = read(fd, buffer + filled, capacity - filled)
            if n > 0 { filled += n; return }
            if n == 0 { atEnd = true; return }
            if errno != EINTR { throw CSVError(line: line, message: Messages.systemError(errno)) }
        }
    }

    /// Reads the next row into `row`; false at the end of the file.
    public func next(into row: inout CSVRow) throws -> Bool {
        // Skip blank lines between rows.
        while true {
            if let limit, consumed >= limit { return false }
            if position == filled {
                if atEnd { return false }
                try fill(keepingFrom: position)
                continue
            }
            let b = buffer[position]
            if b == 10 || b == 13 {
                position += 1
                if b == 10 || position == filled || buffer[position] != 10 { line += 1 }
                continue
            }
            break
        }
        // A row cut by the end of the buffer is parsed again after the next read.
        while true {
            if let end = try parse(&row) {
                position = end
                if let limit, consumed > limit {
                    overran = true
                    self.limit = nil
                }
                return true
            }
            try fill(keepingFrom: position)
        }
    }

    /// Parses the row at `position`; its end, or nil when the buffer ends before the row does.
    private func parse(_ row: inout CSVRow) throws -> Int? {
        let p = buffer, end = filled, delimiter = self.delimiter
        var rowLine = line
        var n = 0
        var escaped: [Int] = []
        var i = position
        while true {
            let fieldStart = i
            if i < end && p[i] == UInt8(ascii: "\"") {
                // A quoted field: runs to the quote not doubled.
                let quoteLine = rowLine
                i += 1
                var hasDoubled = false
                while true {
                    while i < end && p[i] != UInt8(ascii: "\"") {
                        if p[i] == 10 { rowLine += 1 } else if p[i] == 0 { throw CSVError(line: rowLine, message: Messages.nulByte) }
                        i += 1
                    }
                    if i + 1 >= end {
                        guard atEnd else { return nil }
                        if i == end { throw CSVError(line: quoteLine, message: Messages.csvUnterminatedQuote) }
                    }
                    if i + 1 < end && p[i + 1] == UInt8(ascii: "\"") {
                        hasDoubled = true
                        i += 2
                        continue
                    }
                    break
                }
                if hasDoubled { escaped.append(n) }
                addField(&n, fieldStart + 1, i)
                i += 1
                if i < end && p[i] != delimiter && p[i] != 10 && p[i] != 13 {
                    throw CSVError(line: rowLine, message: Messages.csvTextAfterQuote(n))
                }
            } else {
                i = CSVReader.plainRun(p, from: i, to: end, delimiter: delimiter)
                if i < end && p[i] == 34 { throw CSVError(line: rowLine, message: Messages.csvStrayQuote(n + 1)) }
                if i < end && p[i] == 0 { throw CSVError(line: rowLine, message: Messages.nulByte) }
                addField(&n, fieldStart, i)
            }
            if i == end {
                guard atEnd else { return nil }
                break
            }
            let c = p[i]
            i += 1
            if c == delimiter { continue }
            // A line end: \n, \r\n or a lone \r.
            if c == 13 {
                if i == end && !atEnd { return nil }
                if i < end && p[i] == 10 { i += 1 }
            }
            rowLine += 1
            break
        }
        for f in escaped { unescape(f) }
        row.base = UnsafePointer(buffer)
        row.starts = UnsafePointer(starts)
        row.ends = UnsafePointer(ends)
        row.count = n
        row.line = line
        line = rowLine
        return i
    }

    /// Where a run of plain bytes starting at `i` ends: at the first
    /// delimiter, line break, quote or NUL. Eight bytes are tested at once
    /// (a byte equals c where `(x ^ c…) - 0x01… & ~(x ^ c…) & 0x80…` has its
    /// top bit; the lowest such bit is exact), the tail one at a time.
    @inline(__always) private static func plainRun(
        _ p: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int, delimiter: UInt8
    ) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func matches(_ x: UInt64, _ c: UInt8) -> UInt64 {
            let y = x ^ (ones &* UInt64(c))
            return (y &- ones) & ~y & highs
        }
        var i = start
        while i + 8 <= end {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            let hit = matches(x, delimiter) | matches(x, 10) | matches(x, 13) | matches(x, 34) | matches(x, 0)
            if hit != 0 { return i + hit.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            let c = p[i]
            if c == delimiter || c == 10 || c == 13 || c == 34 || c == 0 { break }
            i += 1
        }
        return i
    }

    /// Notes field `n` of the row, growing the field table when a row has many.
    @inline(__always) private func addField(_ n: inout Int, _ start: Int, _ end: Int) {
        if n == fieldCapacity {
            let moreStarts = UnsafeMutablePointer<Int32>.allocate(capacity: fieldCapacity * 2)
            let moreEnds = UnsafeMutablePointer<Int32>.allocate(capacity: fieldCapacity * 2)
            moreStarts.update(from: starts, count: n)
            moreEnds.update(from: ends, count: n)
            starts.deallocate()
            ends.deallocate()
            starts = moreStarts
            ends = moreEnds
            fieldCapacity *= 2
        }
        starts[n] = Int32(start)
        ends[n] = Int32(end)
        n += 1
    }

    /// Turns a quoted field's doubled quotes into single ones, in place.
    private func unescape(_ f: Int) {
        var from = Int(starts[f]), to = from
        let end = Int(ends[f])
        while from < end {
            buffer[to] = buffer[from]
            from += buffer[from] == UInt8(ascii: "\"") ? 2 : 1
            to += 1
        }
        ends[f] = Int32(to)
    }
}
