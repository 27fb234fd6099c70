import Foundation

/// Reads an RFC 4180 CSV file as a stream, so a big file never sits in memory whole.
///
/// Detects the delimiter (`,` `;` tab `|`) from the header line. Accepts a
/// UTF-8 byte-order mark, `\r\n`, `\n` or `\r` line ends, and quoted fields
/// with doubled quotes and embedded line breaks. Rows are parsed in place in
/// a buffer filled from a `ByteSource`: the file by `read(2)`, the file
/// decoded from UTF-16, Windows-1252 or Latin-1 as it streams, or bytes in
/// memory. A quoted field with doubled quotes, or a field with NUL bytes
/// (which are dropped), is rewritten in place once its row is complete.
///
/// Memory is bounded on any input: a row may grow the buffer to
/// `rowLimit`, past which the file is refused; a file that is not text is
/// refused at its first row.
public final class CSVReader {
    private let source: any ByteSource
    /// From `malloc`, so that growing it can `realloc` without holding two copies.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
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
    /// Why the text cannot be read, found on opening: the buffer is then
    /// left empty, so that the first `next` asks `fill`, which throws it.
    private var refusal: CSVError?
    public let delimiter: UInt8
    /// What the reader reads; opening it again reads the same text.
    public let input: CSVInput
    /// The encoding the text is decoded from (a byte-order mark's, when there was one).
    public let encoding: TextEncoding
    /// The file whose byte offsets `consumed` counts, which `CSVSplit` may open
    /// again at an offset: empty when the text is decoded or in memory, whose
    /// offsets no file has (open those again through `input`).
    public let path: String
    /// Where reading began in the file.
    public let start: Int
    /// Set when the header line holds no delimiter but the next line does: the
    /// header then reads as one column, which is almost surely a mistake.
    public private(set) var headerMismatch: (line: Int, delimiter: UInt8)?
    /// How many bytes the reader will hand out, to estimate how many rows it
    /// holds: the file's size; for decoded text, an estimate of its UTF-8 size.
    public let size: Int

    /// Bytes read and parsed so far (from the start of the file).
    public var consumed: Int { dropped + position }
    /// The line the next row starts on (counted from where reading began).
    public var currentLine: Int { line }
    /// Where to stop: `next` returns false once the rows read end exactly here.
    ///
    /// A row that runs past it (the offset fell inside a quoted field) sets `overran` and reading goes on to the end
    /// of the file.
    public var limit: Int?
    public private(set) var overran = false
    /// Whether the file may be read in two parts at once (`CSVSplit`): only
    /// a plain UTF-8 file, whose offsets are the reader's.
    public var canSplit: Bool { !path.isEmpty }

    /// The delimiters `CSVReader` recognises: comma, semicolon, tab and bar.
    public static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]

    /// The longest row, in bytes: far above the longest field a CRM writes (Salesforce's long text holds 131,072 characters, an Excel cell 32,767),
    /// so that a quote that never closes is refused within it rather than read to the end of a big file.
    ///
    /// Tests lower it.
    @TaskLocal static var rowLimit = 64 << 20

    /// The buffer's first size.
    ///
    /// Tests make it tiny, so that rows, quotes, NULs and characters are cut by its end everywhere.
    @TaskLocal static var initialCapacity = 1 << 20

    /// Opens `path` at byte `offset` (0: its start, with the header and a byte-order mark; else the start of a row, on line `line`, of a plain UTF-8
    /// file).
    ///
    /// Without a `delimiter`, takes the one of `,` `;` tab `|` that occurs most often in the header line outside
    /// quotes (`,` if none).
    ///
    /// The text is decoded from `encoding` to UTF-8 as it streams; without
    /// one, it is UTF-8. A byte-order mark decides over either.
    public convenience init(
        path: String, encoding: TextEncoding? = nil, delimiter: UInt8? = nil, offset: Int = 0, line: Int = 1
    ) throws {
        let file = try FileByteSource(path: path, offset: offset)
        try self.init(
            source: file, input: .file(path: path, encoding: encoding), asked: encoding, file: path,
            size: file.size, delimiter: delimiter, offset: offset, line: line)
    }

    /// Reads CSV text in memory (a converted .xlsx sheet), UTF-8 unless a
    /// byte-order mark says otherwise; `name` is for the reader's `input` only.
    public convenience init(bytes: [UInt8], name: String, delimiter: UInt8? = nil) throws {
        try self.init(
            source: MemoryByteSource(bytes), input: .bytes(bytes, name: name), asked: nil, file: nil,
            size: bytes.count, delimiter: delimiter, offset: 0, line: 1)
    }

    /// Opens `input` (again).
    public convenience init(_ input: CSVInput, delimiter: UInt8? = nil) throws {
        switch input {
        case .file(let path, let encoding): try self.init(path: path, encoding: encoding, delimiter: delimiter)
        case .bytes(let bytes, let name): try self.init(bytes: bytes, name: name, delimiter: delimiter)
        }
    }

    /// Reads the first bytes of `raw` and decides how to decode them: the byte-order mark, else `asked`, else UTF-8.
    ///
    /// `file` is the path of a file source (nil for memory).
    private init(
        source raw: any ByteSource, input: CSVInput, asked: TextEncoding?, file: String?, size: Int,
        delimiter: UInt8?, offset: Int, line: Int
    ) throws {
        // Everything that can throw happens before the buffers are ours to free in deinit.
        let capacity = CSVReader.initialCapacity
        self.capacity = capacity
        let buffer = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
        var first: Int
        do {
            first = try raw.read(into: buffer, count: capacity)
        } catch {
            free(buffer)
            throw CSVError(line: 0, message: error.message)
        }
        var source = raw, encoding = TextEncoding.utf8, position = 0, estimate = size
        if offset == 0 {
            let mark = TextEncoding.byteOrderMark(UnsafeBufferPointer(start: buffer, count: first))
            encoding = mark?.encoding ?? asked ?? .utf8
            if encoding == .utf8 {
                if mark != nil { position = 3 }
            } else {
                let skip = mark?.length ?? 0
                let rest = UnsafeBufferPointer(start: buffer + skip, count: first - skip)
                let decoder = TranscodingByteSource(base: raw, encoding: encoding, prefix: rest)
                source = decoder
                // ASCII is two bytes in UTF-16 and one in UTF-8; one-byte encodings keep its size.
                if encoding == .utf16le || encoding == .utf16be { estimate = max(0, size - skip) / 2 }
                do {
                    first = try decoder.read(into: buffer, count: capacity)
                } catch {
                    first = 0
                    refusal = CSVError(line: line, message: error.message)
                }
            }
        }
        self.source = source
        self.buffer = buffer
        self.encoding = encoding
        self.input = input
        self.path = source === raw ? file ?? "" : ""
        self.size = estimate
        self.line = line
        self.position = position
        filled = first
        atEnd = first == 0
        start = offset
        dropped = offset
        starts = .allocate(capacity: fieldCapacity)
        ends = .allocate(capacity: fieldCapacity)
        let text = UnsafeBufferPointer(start: buffer + position, count: first - position)
        if offset == 0 && refusal == nil {
            refusal = CSVReader.notText(text, decodedFrom: encoding, line: line)
        }
        if refusal != nil {
            filled = position
            atEnd = false
        }
        if let delimiter {
            self.delimiter = delimiter
        } else {
            let (header, next) = CSVReader.countDelimiters(text)
            let best = CSVReader.best(header)
            self.delimiter = best ?? UInt8(ascii: ",")
            if best == nil, let other = CSVReader.best(next) {
                headerMismatch = (2, other)
            }
        }
    }

    deinit {
        free(buffer)
        starts.deallocate()
        ends.deallocate()
    }

    /// Drops the bytes before `start` and reads more after the rest, growing
    /// the buffer when one row fills it; sets `atEnd` when there is no more.
    private func fill(keepingFrom start: Int) throws {
        if let refusal { throw refusal }
        if start > 0 {
            memmove(buffer, buffer + start, filled - start)
            filled -= start
            position -= start
            dropped += start
        }
        if filled == capacity {
            let limit = CSVReader.rowLimit
            guard capacity < limit else { throw rowTooLong(limit) }
            let bigger = min(capacity * 2, limit)
            guard let grown = realloc(buffer, bigger) else {
                throw CSVError(line: line, message: Message.systemError(ENOMEM))
            }
            buffer = grown.assumingMemoryBound(to: UInt8.self)
            capacity = bigger
        }
        do {
            let n = try source.read(into: buffer + filled, count: capacity - filled)
            if n == 0 { atEnd = true } else { filled += n }
        } catch {
            throw CSVError(line: lineAtEnd(), message: error.message)
        }
    }

    /// The error for a row that fills a buffer of `limit` bytes: at the line
    /// of the quote still open at its end, if one is, else at the row's line.
    private func rowTooLong(_ limit: Int) -> CSVError {
        var inQuotes = false, rowLine = line, opened = line
        for i in position..<filled {
            let c = buffer[i]
            if c == UInt8(ascii: "\"") {
                if !inQuotes { opened = rowLine }
                inQuotes.toggle()
            } else if c == 10 {
                rowLine += 1
            }
        }
        let mebibytes = limit >> 20
        return inQuotes
            ? CSVError(line: opened, message: Message.csvQuoteNeverCloses(mebibytes: mebibytes))
            : CSVError(line: line, message: Message.csvRowLonger(mebibytes: mebibytes))
    }

    /// The line of the byte after the last one read: where a source found
    /// what it could not decode, since it hands out the bytes before first.
    private func lineAtEnd() -> Int {
        var l = line
        for i in position..<filled {
            let c = buffer[i]
            if c == 10 || (c == 13 && (i + 1 == filled || buffer[i + 1] != 10)) { l += 1 }
        }
        return l
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
                // A \r last in the buffer may be half of a \r\n: one line, not two.
                if b == 13 && position + 1 == filled && !atEnd {
                    try fill(keepingFrom: position)
                    continue
                }
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
    ///
    /// A NUL byte anywhere in a field, or around its quotes, is dropped and
    /// counted: Salesforce writes them into rich-text fields, and the contract
    /// imports what the CRM accepted. A row is parsed first as if it had none,
    /// by code that keeps nothing for them; a NUL sends it to the parse that
    /// drops them, so the rows without (nearly all) cost what they did before.
    private func parse(_ row: inout CSVRow) throws -> Int? {
        let end = try parseWithoutNULs(&row)
        return end == CSVReader.sawNUL ? try parseDroppingNULs(&row) : end
    }

    /// What `parseRow` returns when it meets a NUL that it may not drop.
    private static let sawNUL = -1

    @inline(never) private func parseWithoutNULs(_ row: inout CSVRow) throws -> Int? {
        try parseRow(&row, droppingNULs: false)
    }

    @inline(never) private func parseDroppingNULs(_ row: inout CSVRow) throws -> Int? {
        try parseRow(&row, droppingNULs: true)
    }

    /// The row parser, in two copies: `droppingNULs` is a constant in each,
    /// so the copy without it has no NUL code but a return of `sawNUL`.
    @inline(__always) private func parseRow(_ row: inout CSVRow, droppingNULs: Bool) throws -> Int? {
        let p = buffer, end = filled, delimiter = self.delimiter
        var rowLine = line
        var n = 0
        // Fields to rewrite in place: with doubled quotes or NULs.
        var rewrite: [Int] = []
        var nuls = 0
        var i = position
        while true {
            let fieldStart = i
            if i < end && p[i] == UInt8(ascii: "\"") {
                // A quoted field: runs to the quote not doubled.
                let quoteLine = rowLine
                i += 1
                var needsRewrite = false
                while true {
                    while i < end && p[i] != UInt8(ascii: "\"") {
                        if p[i] == 10 {
                            rowLine += 1
                        } else if p[i] == 0 {
                            guard droppingNULs else { return CSVReader.sawNUL }
                            nuls += 1
                            needsRewrite = true
                        }
                        i += 1
                    }
                    if i + 1 >= end {
                        guard atEnd else { return nil }
                        if i == end { throw CSVError(line: quoteLine, message: Message.csvUnterminatedQuote) }
                    }
                    if i + 1 < end && p[i + 1] == UInt8(ascii: "\"") {
                        needsRewrite = true
                        i += 2
                        continue
                    }
                    break
                }
                if needsRewrite { rewrite.append(n) }
                addField(&n, fieldStart + 1, i)
                i += 1
                if i < end && p[i] != delimiter && p[i] != 10 && p[i] != 13 {
                    if p[i] == 0 {
                        guard droppingNULs else { return CSVReader.sawNUL }
                        repeat {
                            nuls += 1
                            i += 1
                        } while i < end && p[i] == 0
                    }
                    if i < end && p[i] != delimiter && p[i] != 10 && p[i] != 13 {
                        throw CSVError(line: rowLine, message: Message.csvTextAfterQuote(n))
                    }
                }
            } else {
                i = CSVReader.plainRun(p, from: i, to: end, delimiter: delimiter)
                if i < end && p[i] == 0 {
                    guard droppingNULs else { return CSVReader.sawNUL }
                    if i == fieldStart {
                        // NULs before anything else: the field starts after them, maybe with a quote.
                        repeat {
                            nuls += 1
                            i += 1
                        } while i < end && p[i] == 0
                        continue
                    }
                    repeat {
                        nuls += 1
                        i = CSVReader.plainRun(p, from: i + 1, to: end, delimiter: delimiter)
                    } while i < end && p[i] == 0
                    rewrite.append(n)
                }
                if i < end && p[i] == 34 { throw CSVError(line: rowLine, message: Message.csvStrayQuote(n + 1)) }
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
        for f in rewrite { compact(f) }
        row.base = UnsafePointer(buffer)
        row.starts = UnsafePointer(starts)
        row.ends = UnsafePointer(ends)
        row.count = n
        row.line = line
        row.droppedNULs = nuls
        line = rowLine
        return i
    }

    /// Where a run of plain bytes starting at `i` ends: at the first delimiter, line break, quote or NUL.
    ///
    /// Eight bytes are tested at once (a byte equals c where `(x ^ c…) - 0x01… & ~(x ^ c…) & 0x80…` has its top bit;
    /// the lowest such bit is exact), the tail one at a time.
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

    /// Drops a field's NULs and turns its doubled quotes into single ones, in
    /// place (a field with a quote inside is quoted, where every quote is doubled).
    private func compact(_ f: Int) {
        var from = Int(starts[f]), to = from
        let end = Int(ends[f])
        while from < end {
            let c = buffer[from]
            if c == 0 {
                from += 1
                continue
            }
            buffer[to] = c
            from += c == UInt8(ascii: "\"") ? 2 : 1
            to += 1
        }
        ends[f] = Int32(to)
    }
}
