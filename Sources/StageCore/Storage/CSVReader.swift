import Foundation

/// One row of a CSV file: its fields' unescaped bytes in one reused buffer.
public struct CSVRow {
    public internal(set) var bytes: [UInt8] = []
    /// Where each field ends in `bytes`.
    public internal(set) var ends: [Int] = []
    /// The file line the row starts on (1-based).
    public internal(set) var line = 0

    public var count: Int { ends.count }

    public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    public func isEmpty(_ i: Int) -> Bool { i >= ends.count || range(i).isEmpty }

    public func string(_ i: Int) -> String {
        guard i < ends.count else { return "" }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(i)]), as: UTF8.self) }
    }

    /// Calls `body` with field `i`'s bytes, without copying them.
    public func withField<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        guard i < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range(i)])) }
    }

    mutating func reset(line: Int) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        self.line = line
    }
}

/// Why a CSV file could not be read.
public struct CSVError: Error, Sendable {
    public var line: Int
    public var message: String
}

/// Reads an RFC 4180 CSV file as a stream, so a big file never sits in memory whole.
///
/// Detects the delimiter (`,` `;` tab `|`) from the header line. Accepts a UTF-8 byte-order mark, `\r\n` or `\n` line ends, and quoted
/// fields with doubled quotes and embedded line breaks.
public struct CSVReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var first = true
    private var dropped = 0
    public let delimiter: UInt8
    /// Set when the header line holds no delimiter but the next line does: the
    /// header then reads as one column, which is almost surely a mistake.
    public private(set) var headerMismatch: (line: Int, delimiter: UInt8)?
    /// The file's size in bytes, to estimate how many rows it holds.
    public let size: Int

    /// Bytes read and parsed so far.
    public var consumed: Int { dropped + position }

    /// The delimiters `CSVReader` recognises: comma, semicolon, tab and bar.
    public static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]

    /// Opens `path`; without a `delimiter`, takes the one of `,` `;` tab `|`
    /// that occurs most often in the header line outside quotes (`,` if none).
    public init(path: String, delimiter: UInt8? = nil) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CSVError(line: 0, message: Messages.systemError(EISDIR))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CSVError(line: 0, message: Messages.systemError(errno)) }
        var info = stat()
        size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        if let delimiter {
            self.delimiter = delimiter
        } else {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true }
            buffer.append(contentsOf: chunk)
            let (header, next) = CSVReader.countDelimiters(buffer)
            let best = CSVReader.best(header)
            self.delimiter = best ?? UInt8(ascii: ",")
            if best == nil, let other = CSVReader.best(next) {
                headerMismatch = (2, other)
            }
        }
    }

    private static func best(_ counts: [Int]) -> UInt8? {
        var best: Int?
        for i in counts.indices where counts[i] > 0 && (best.map { counts[i] > counts[$0] } ?? true) { best = i }
        return best.map { delimiters[$0] }
    }

    /// How often each delimiter occurs outside quotes in the first line and in the line after it.
    private static func countDelimiters(_ b: [UInt8]) -> (header: [Int], next: [Int]) {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: delimiters.count), count: 2)
        var i = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var lineIndex = 0, inQuotes = false
        while i < b.count && lineIndex < 2 {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if c == 10 {
                    lineIndex += 1
                } else if let k = delimiters.firstIndex(of: c) {
                    counts[lineIndex][k] += 1
                }
            }
            i += 1
        }
        return (counts[0], counts[1])
    }

    private mutating func fill() throws {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            dropped += position
            position = 0
        }
        guard !atEnd else { return }
        let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
        if chunk.isEmpty { atEnd = true; return }
        buffer.append(contentsOf: chunk)
    }

    /// Reads the next row into `row`; false at the end of the file.
    public mutating func next(into row: inout CSVRow) throws -> Bool {
        if position >= buffer.count { try fill() }
        if first {
            first = false
            if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
        }
        // Skip blank lines between rows.
        while true {
            if position >= buffer.count { try fill(); if buffer.isEmpty || position >= buffer.count { return false } }
            let b = buffer[position]
            if b == UInt8(ascii: "\n") { position += 1; line += 1; continue }
            if b == UInt8(ascii: "\r") { position += 1; continue }
            break
        }
        row.reset(line: line)
        var inQuotes = false
        var fieldStartLine = line
        var quotedField = false
        while true {
            if position >= buffer.count {
                try fill()
                if position >= buffer.count {
                    if inQuotes { throw CSVError(line: fieldStartLine, message: Messages.csvUnterminatedQuote) }
                    row.ends.append(row.bytes.count)
                    return true
                }
            }
            if !inQuotes && !quotedField {
                // Copy a run of plain bytes at once: most fields hold no quotes.
                let delimiter = self.delimiter
                let run = buffer.withUnsafeBufferPointer { p -> Int in
                    var i = position
                    while i < p.count {
                        let c = p[i]
                        if c == delimiter || c == 10 || c == 13 || c == 34 || c == 0 { break }
                        i += 1
                    }
                    return i - position
                }
                if run > 0 {
                    row.bytes.append(contentsOf: buffer[position..<position + run])
                    position += run
                    continue
                }
            }
            let b = buffer[position]
            position += 1
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if position >= buffer.count { try fill() }
                    if position < buffer.count && buffer[position] == UInt8(ascii: "\"") {
                        row.bytes.append(b)
                        position += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    row.bytes.append(b)
                }
                continue
            }
            switch b {
            case delimiter:
                row.ends.append(row.bytes.count)
                quotedField = false
            case UInt8(ascii: "\n"):
                line += 1
                row.ends.append(row.bytes.count)
                return true
            case UInt8(ascii: "\r"):
                continue
            case UInt8(ascii: "\""):
                let fieldStart = row.ends.last ?? 0
                if row.bytes.count == fieldStart && !quotedField {
                    inQuotes = true
                    quotedField = true
                    fieldStartLine = line
                } else {
                    throw CSVError(line: line, message: Messages.csvStrayQuote(row.ends.count + 1))
                }
            case 0:
                throw CSVError(line: line, message: Messages.nulByte)
            default:
                if quotedField { throw CSVError(line: line, message: Messages.csvTextAfterQuote(row.ends.count + 1)) }
                row.bytes.append(b)
            }
        }
    }
}
