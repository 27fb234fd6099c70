/// A row's fields read as the values PostgreSQL's text output writes: whole numbers,
/// booleans, dates and timestamps, decimals.
extension PostgresRow {
    /// Field `field` as a whole number written in decimal digits (an int or bigint column, or
    /// an expression cast to one); nil for NULL or for text that is not one.
    public func int64(_ field: Int) -> Int64? {
        if isNull(field) { return nil }
        let b = bytes(field)
        let (negative, start) = Self.sign(b)
        guard let (n, end) = Self.digits(b, from: start), end == b.count, end > start else { return nil }
        return negative ? -n : n
    }

    /// Field `field` as a boolean (`t` or `f`); nil for NULL.
    public func bool(_ field: Int) -> Bool? {
        isNull(field) ? nil : bytes(field).first == UInt8(ascii: "t")
    }

    /// Field `field`, a `date` or a `timestamp without time zone` in PostgreSQL's ISO output
    /// (`2026-03-01`, `2026-03-01 10:00:00`, `2026-03-01 10:00:00.123456`), as whole seconds
    /// since the epoch read as UTC (fractions dropped, as `floor` would); nil for NULL or for
    /// any other text (a BC date, infinity, another DateStyle).
    public func seconds(_ field: Int) -> Int64? {
        if isNull(field) { return nil }
        let b = bytes(field)
        func number(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count, let (v, end) = Self.digits(UnsafeBufferPointer(rebasing: b[..<(at + n)]), from: at),
                end == at + n
            else { return nil }
            return Int(v)
        }
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), (1...12).contains(month), day >= 1
        else { return nil }
        var seconds = Timestamp.daysFromCivil(year: year, month: month, day: day) * 86_400
        if b.count == 10 { return seconds }
        guard b.count >= 19, b[10] == UInt8(ascii: " "), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        // Anything after the seconds must be a fraction: a time zone or era means another column type.
        if b.count > 19 && (b[19] != UInt8(ascii: ".") || Self.digits(b, from: 20)?.end != b.count) { return nil }
        seconds += Int64(hour * 3_600 + minute * 60 + second)
        return seconds
    }

    /// Field `field`, a `numeric` in PostgreSQL's plain decimal output (`12000`, `-45.5`,
    /// `0.125`), in hundredths rounded half away from zero; nil for NULL, NaN or overflow.
    public func hundredths(_ field: Int) -> Int64? {
        if isNull(field) { return nil }
        let b = bytes(field)
        let (negative, start) = Self.sign(b)
        guard let (whole, point) = Self.digits(b, from: start) else { return nil }
        var fraction: Int64 = 0
        var end = point
        if point < b.count {
            // Every decimal a digit (a numeric may have more of them than an Int64 holds).
            guard b[point] == UInt8(ascii: "."), b[(point + 1)...].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
            let last = b.count
            // The first two decimals, and the third to round by.
            for k in 1...3 {
                let d = point + k < b.count ? Int64(b[point + k] - UInt8(ascii: "0")) : 0
                if k < 3 { fraction = fraction * 10 + d } else if d >= 5 { fraction += 1 }
            }
            end = last
        }
        guard end > start, point > start || end > point + 1 else { return nil }
        let (cents, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        return negative ? -(cents + fraction) : cents + fraction
    }

    /// Whether `b` starts with a minus (or a plus), and where its digits start.
    private static func sign(_ b: UnsafeBufferPointer<UInt8>) -> (negative: Bool, start: Int) {
        guard let first = b.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return (false, 0) }
        return (first == UInt8(ascii: "-"), 1)
    }

    /// The number the decimal digits of `b` from `start` make, up to its end or the first other
    /// byte, and where they end; nil when it overflows.
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int64, end: Int)? {
        var n: Int64 = 0
        var i = start
        while i < b.count {
            let d = b[i] &- UInt8(ascii: "0")
            guard d < 10 else { break }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(d))
            guard !o1 && !o2 else { return nil }
            n = a
            i += 1
        }
        return (n, i)
    }
}
