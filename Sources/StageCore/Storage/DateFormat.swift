/// A date layout for `import ... dates FORMAT`: `M/D/YYYY`, `DD/MM/YYYY`, `YYYY-MM-DD HH:MM:SS`.
///
/// `YYYY` is the year, `M`/`MM` the month, `D`/`DD` the day, `H`/`HH` the
/// hour, `MM` right after an hour and a colon the minutes, `SS` the seconds;
/// anything else must appear as written. Single letters accept one or two
/// digits. Times are UTC.
public struct DateFormat: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case year, month, day, hour, minute, second
        case literal(UInt8)
    }

    let parts: [Part]
    public let text: String

    public init?(_ spec: String) {
        text = spec
        var parts: [Part] = []
        let chars = Array(spec.utf8)
        var i = 0
        func run(_ c: UInt8) -> Int {
            var n = 0
            while i + n < chars.count && chars[i + n] == c { n += 1 }
            return n
        }
        while i < chars.count {
            let c = chars[i]
            let n = run(c)
            switch c {
            case UInt8(ascii: "Y"), UInt8(ascii: "y"):
                guard n == 4 else { return nil }
                parts.append(.year)
            case UInt8(ascii: "M"):
                guard n <= 2 else { return nil }
                // Minutes when written right after an hour and a colon.
                let afterHour = parts.count >= 2 && parts[parts.count - 1] == .literal(UInt8(ascii: ":"))
                    && parts[parts.count - 2] == .hour
                parts.append(afterHour ? .minute : .month)
            case UInt8(ascii: "m"):
                guard n <= 2 else { return nil }
                parts.append(.minute)
            case UInt8(ascii: "D"), UInt8(ascii: "d"):
                guard n <= 2 else { return nil }
                parts.append(.day)
            case UInt8(ascii: "H"), UInt8(ascii: "h"):
                guard n <= 2 else { return nil }
                parts.append(.hour)
            case UInt8(ascii: "S"), UInt8(ascii: "s"):
                guard n <= 2 else { return nil }
                parts.append(.second)
            default:
                if (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") { return nil }
                for _ in 0..<n { parts.append(.literal(c)) }
            }
            i += n
        }
        guard parts.contains(.year), parts.contains(.month), parts.contains(.day) else { return nil }
        self.parts = parts
    }

    /// Reads a date written in this layout.
    public func parse(_ b: UnsafeBufferPointer<UInt8>) -> Result<Timestamp, ValueParser.DateProblem> {
        var values: [Part: Int] = [:]
        var i = 0
        for part in parts {
            if case .literal(let c) = part {
                guard i < b.count && b[i] == c else { return .failure(.malformed) }
                i += 1
                continue
            }
            let maxDigits = part == .year ? 4 : 2
            var n = 0, v = 0
            while n < maxDigits && i < b.count && b[i] >= 48 && b[i] <= 57 {
                v = v * 10 + Int(b[i] - 48)
                i += 1
                n += 1
            }
            guard n > 0, part != .year || n == 4 else { return .failure(.malformed) }
            values[part] = v
        }
        guard i == b.count else { return .failure(.malformed) }
        let year = values[.year]!, month = values[.month]!, day = values[.day]!
        guard (1...12).contains(month), day >= 1, day <= Timestamp.daysIn(month: month, year: year) else {
            return .failure(.impossible(year: year, month: month, day: day))
        }
        guard let t = Timestamp(year: year, month: month, day: day, hour: values[.hour] ?? 0,
                                minute: values[.minute] ?? 0, second: values[.second] ?? 0),
              (values[.second] ?? 0) < 60
        else { return .failure(.badTime) }
        return .success(t)
    }
}

extension DateFormat.Part: Hashable {}
