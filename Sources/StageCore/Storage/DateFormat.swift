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
                let afterHour =
                    parts.count >= 2 && parts[parts.count - 1] == .literal(UInt8(ascii: ":"))
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
        guard
            let t = Timestamp(
                year: year, month: month, day: day, hour: values[.hour] ?? 0,
                minute: values[.minute] ?? 0, second: values[.second] ?? 0),
            (values[.second] ?? 0) < 60
        else { return .failure(.badTime) }
        return .success(t)
    }
}

extension DateFormat.Part: Hashable {}

/// Reads the date columns of one import: in the `dates` layout when one is
/// given; else ISO-8601, and for other values a layout guessed per column.
///
/// Unambiguous layouts (YYYY-MM-DD HH:MM[:SS], YYYY/MM/DD, DD.MM.YYYY, each
/// with an optional time) are tried value by value. For `a/b/YYYY` the whole
/// column decides: a first part over 12 makes it day-first, a second part
/// over 12 month-first; if neither occurs, the import asks for `dates`.
struct DateReader {
    let format: DateFormat?
    /// The text being read, opened again to read a whole column when its dates need deciding.
    let input: CSVInput
    let delimiter: UInt8
    /// Per column: whether `a/b/YYYY` dates are day-first, once decided.
    private var dayFirst: [Int: Bool] = [:]
    /// How to read `a/b/YYYY` when no date of a column tells (a preset's
    /// locale: Salesforce's US default is month-first); nil asks for `dates`.
    let dayFirstWhenAmbiguous: Bool?

    init(format: DateFormat?, input: CSVInput, delimiter: UInt8, dayFirstWhenAmbiguous: Bool? = nil) {
        self.format = format
        self.input = input
        self.delimiter = delimiter
        self.dayFirstWhenAmbiguous = dayFirstWhenAmbiguous
    }

    static let unambiguous: [DateFormat] = [
        "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DD HH:MM", "YYYY/MM/DD", "YYYY/MM/DD HH:MM:SS", "YYYY/MM/DD HH:MM",
        "DD.MM.YYYY", "DD.MM.YYYY HH:MM:SS", "DD.MM.YYYY HH:MM",
    ].map { DateFormat($0)! }
    static let dayFirstFormats = ["D/M/YYYY", "D/M/YYYY H:MM:SS", "D/M/YYYY H:MM"].map { DateFormat($0)! }
    static let monthFirstFormats = ["M/D/YYYY", "M/D/YYYY H:MM:SS", "M/D/YYYY H:MM"].map { DateFormat($0)! }

    mutating func time(_ row: CSVRow, _ i: Int?, _ column: String) throws(ImportError) -> Int64 {
        guard let i, !row.isEmpty(i) else { return missing }
        if let format {
            switch row.withField(i, { format.parse($0) }) {
            case .success(let t): return t.seconds
            case .failure(let problem):
                throw ImportError(
                    line: row.line, column: column, problem: problem.message(row.string(i)),
                    hints: [Message.hintDateFormat(format.text)], group: "date \(problem.isImpossible ? "impossible" : "\(problem)")")
            }
        }
        let iso = row.withField(i) { ValueParser.isoTimestamp(utf8: $0) }
        var problem: ValueParser.DateProblem
        switch iso {
        case .success(let t): return t.seconds
        case .failure(let p): problem = p
        }
        if case .malformed = problem {
            var candidates = DateReader.unambiguous
            if DateReader.slashParts(row.string(i)) != nil {
                let first = try decide(column: i, name: column, line: row.line, sample: row.string(i))
                candidates = first ? DateReader.dayFirstFormats : DateReader.monthFirstFormats
            }
            for f in candidates {
                switch row.withField(i, { f.parse($0) }) {
                case .success(let t): return t.seconds
                case .failure(let p): if case .malformed = p { continue } else { problem = p }
                }
                break
            }
        }
        throw ImportError(
            line: row.line, column: column, problem: problem.message(row.string(i)), hints: [Message.hintIsoDates],
            group: "date \(problem.isImpossible ? "impossible" : "\(problem)")")
    }

    /// The two numbers before the year of `a/b/YYYY[ time]`.
    static func slashParts(_ text: String) -> (Int, Int)? {
        let date = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
        let parts = date.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]),
            (1...2).contains(parts[0].count), (1...2).contains(parts[1].count)
        else { return nil }
        return (a, b)
    }

    /// Reads the whole column once to tell day-first from month-first.
    private mutating func decide(column i: Int, name: String, line: Int, sample: String) throws(ImportError) -> Bool {
        if let known = dayFirst[i] { return known }
        var dayFirstAt: (Int, String)?, monthFirstAt: (Int, String)?
        do {
            let reader = try CSVReader(input, delimiter: delimiter)
            var row = CSVRow()
            _ = try reader.next(into: &row)
            while try reader.next(into: &row) {
                guard i < row.count, let (a, b) = DateReader.slashParts(row.string(i)) else { continue }
                if a > 12 && dayFirstAt == nil { dayFirstAt = (row.line, row.string(i)) }
                if b > 12 && monthFirstAt == nil { monthFirstAt = (row.line, row.string(i)) }
                if dayFirstAt != nil && monthFirstAt != nil { break }
            }
        } catch {
            // The main pass reports the file's own problems where they are.
        }
        switch (dayFirstAt, monthFirstAt) {
        case (let d?, let m?):
            throw ImportError(
                line: max(d.0, m.0), column: name, problem: Message.csvMixedDates(d.1, d.0, m.1, m.0),
                hints: [Message.hintGiveDates])
        case (_?, nil): dayFirst[i] = true
        case (nil, _?): dayFirst[i] = false
        case (nil, nil):
            guard let preferred = dayFirstWhenAmbiguous else {
                throw ImportError(line: line, column: name, problem: Message.csvAmbiguousDates(sample), hints: [Message.hintGiveDates])
            }
            dayFirst[i] = preferred
        }
        return dayFirst[i]!
    }
}
