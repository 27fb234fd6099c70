internal import CLibPQ

/// One row of a streamed result: its fields as bytes or text, borrowed from libpq's buffer.
///
/// A row is only valid inside the closure it is handed to: the batch it belongs to is
/// freed when the next batch is fetched. Fields are in PostgreSQL's text format
/// (numbers as digits, timestamps as `2024-03-01 10:00:00`), in UTF-8: the connection
/// sets its client encoding to UTF8.
public struct PostgresRow {
    /// libpq's functions.
    let pq: UnsafePointer<stagesh_libpq>
    /// The batch's `PGresult`, owned by the stream that fetched it.
    let result: OpaquePointer
    /// The row's index in the batch.
    let row: Int32

    /// How many fields each row has.
    public var count: Int { Int(pq.pointee.nfields!(result)) }

    /// The name of field `field`, as the query's select list gave it.
    public func name(_ field: Int) -> String {
        pq.pointee.fname!(result, Int32(field)).map { String(cString: $0) } ?? ""
    }

    /// Whether field `field` is SQL NULL.
    public func isNull(_ field: Int) -> Bool {
        pq.pointee.getisnull!(result, row, Int32(field)) != 0
    }

    /// The bytes of field `field`, without a terminator; empty for NULL and for ''.
    ///
    /// The buffer is libpq's: copy what must outlive the closure.
    public func bytes(_ field: Int) -> UnsafeBufferPointer<UInt8> {
        let length = Int(pq.pointee.getlength!(result, row, Int32(field)))
        // PQgetvalue never returns NULL: a NULL field is an empty string there.
        let start = UnsafeRawPointer(pq.pointee.getvalue!(result, row, Int32(field))!).assumingMemoryBound(to: UInt8.self)
        return UnsafeBufferPointer(start: start, count: length)
    }

    /// Field `field` as a string; nil for NULL.
    public func string(_ field: Int) -> String? {
        isNull(field) ? nil : String(decoding: bytes(field), as: UTF8.self)
    }
}

extension PostgresRow {
    /// Field `field` as a whole number written in decimal digits (an int or bigint column, or
    /// an expression cast to one); nil for NULL or for text that is not one.
    public func int64(_ field: Int) -> Int64? {
        if isNull(field) { return nil }
        let b = bytes(field)
        guard !b.isEmpty else { return nil }
        var i = 0, negative = false
        if b[0] == UInt8(ascii: "-") {
            negative = true
            i = 1
        }
        guard i < b.count else { return nil }
        var n: Int64 = 0
        while i < b.count {
            let d = b[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(d))
            guard !o1 && !o2 else { return nil }
            n = a
            i += 1
        }
        return negative ? -n : n
    }

    /// Field `field` as a boolean (`t` or `f`); nil for NULL.
    public func bool(_ field: Int) -> Bool? {
        if isNull(field) { return nil }
        let b = bytes(field)
        return b.first == UInt8(ascii: "t")
    }
}
