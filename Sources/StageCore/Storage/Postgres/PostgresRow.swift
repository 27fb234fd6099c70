/// One row of a streamed result: its fields as bytes or text, borrowed from libpq's buffer.
///
/// A row is only valid inside the closure it is handed to: its line is freed when the next
/// one is read. Fields are in PostgreSQL's text format (numbers as digits, timestamps as
/// `2024-03-01 10:00:00`, booleans as `t`/`f`), in UTF-8: the connection sets its client
/// encoding to UTF8.
public struct PostgresRow {
    /// Where a field's bytes are in the line; a negative count is NULL.
    struct Field {
        var start: Int32
        var count: Int32
    }

    let line: UnsafePointer<UInt8>
    let fields: UnsafeBufferPointer<Field>

    /// How many fields the row has.
    public var count: Int { fields.count }

    /// Whether field `field` is SQL NULL (or past the row's end).
    public func isNull(_ field: Int) -> Bool {
        field >= fields.count || fields[field].count < 0
    }

    /// The bytes of field `field`, without a terminator; empty for NULL and for ''.
    ///
    /// The buffer is libpq's: copy what must outlive the closure.
    public func bytes(_ field: Int) -> UnsafeBufferPointer<UInt8> {
        guard field < fields.count, fields[field].count > 0 else { return UnsafeBufferPointer(start: line, count: 0) }
        let f = fields[field]
        return UnsafeBufferPointer(start: line + Int(f.start), count: Int(f.count))
    }

    /// Field `field` as a string; nil for NULL.
    public func string(_ field: Int) -> String? {
        isNull(field) ? nil : String(decoding: bytes(field), as: UTF8.self)
    }

    /// Splits one line of COPY's text format into fields, undoing its escapes in place.
    ///
    /// Fields are separated by tabs and the line ends with a newline; `\N` alone is NULL;
    /// a backslash escapes itself, a tab, a newline and the other control characters
    /// (`\t \n \r \b \f \v`) or starts an octal or `\x` hex byte. Unescaped text is never
    /// longer than its escaped form, so it is written back over the line.
    static func parse(_ line: UnsafeMutablePointer<UInt8>, count: Int, fields: inout UnsafeMutableBufferPointer<Field>) -> PostgresRow {
        var n = 0
        var read = 0
        var end = count
        if end > 0 && line[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        while true {
            if n == fields.count {
                let grown = UnsafeMutableBufferPointer<Field>.allocate(capacity: fields.count * 2)
                _ = grown.initialize(fromContentsOf: fields)
                fields.deallocate()
                fields = grown
            }
            let start = read
            var write = read
            let null =
                read + 1 < end && line[read] == UInt8(ascii: "\\") && line[read + 1] == UInt8(ascii: "N")
                && (read + 2 == end || line[read + 2] == UInt8(ascii: "\t"))
            if null {
                read += 2
            } else {
                while read < end && line[read] != UInt8(ascii: "\t") {
                    var b = line[read]
                    read += 1
                    if b == UInt8(ascii: "\\") && read < end {
                        let e = line[read]
                        read += 1
                        switch e {
                        case UInt8(ascii: "t"): b = 9
                        case UInt8(ascii: "n"): b = 10
                        case UInt8(ascii: "r"): b = 13
                        case UInt8(ascii: "b"): b = 8
                        case UInt8(ascii: "f"): b = 12
                        case UInt8(ascii: "v"): b = 11
                        case UInt8(ascii: "0")...UInt8(ascii: "7"):
                            var v = Int(e - UInt8(ascii: "0"))
                            for _ in 0..<2 where read < end && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(line[read]) {
                                v = v * 8 + Int(line[read] - UInt8(ascii: "0"))
                                read += 1
                            }
                            b = UInt8(truncatingIfNeeded: v)
                        case UInt8(ascii: "x"):
                            var v = 0, digits = 0
                            while digits < 2, read < end, let d = Self.hex(line[read]) {
                                v = v * 16 + d
                                read += 1
                                digits += 1
                            }
                            b = digits == 0 ? UInt8(ascii: "x") : UInt8(v)
                        default: b = e
                        }
                    }
                    line[write] = b
                    write += 1
                }
            }
            fields[n] = Field(start: Int32(start), count: null ? -1 : Int32(write - start))
            n += 1
            guard read < end else { break }
            read += 1
        }
        return PostgresRow(line: UnsafePointer(line), fields: UnsafeBufferPointer(rebasing: fields[..<n]))
    }

    private static func hex(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(c - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
