/// A comparison operator of a `where` expression.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<="
    case greater = ">", greaterOrEqual = ">=", contains = "~"
}

/// A boolean expression over record fields, as written after `where` or `when`.
public indirect enum Expression: Sendable {
    case comparison(field: Located<String>, op: Located<ComparisonOperator>, value: Token)
    case membership(field: Located<String>, values: [Token], negated: Bool)
    /// `FIELD [not] in PERIOD`: a date field within a calendar period.
    case period(field: Located<String>, period: Located<PeriodSpec>, negated: Bool)
    /// `FIELD since MOMENT` (at or after it) or `FIELD until MOMENT` (before it): a period's start
    /// or end, or a date.
    case bound(field: Located<String>, moment: Located<DateSpec>, since: Bool)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression)
}

/// A `FIELD=VALUE` pair of `add`, `set` and `stage set`.
public struct Assignment: Sendable {
    public var field: Located<String>
    public var value: Token
}

/// A period a date field can be grouped by.
public enum Period: String, Sendable, CaseIterable {
    case day, week, month, quarter, year
}

/// One key of a `by` clause: a field, or a period of a date field.
public struct GroupKey: Sendable {
    public var field: Located<String>
    public var period: Period?
    public var range: SourceRange
}

/// One key of an `order by` clause.
public struct OrderKey: Sendable {
    public var field: Located<String>
    public var descending: Bool
}

/// The functions of an aggregate column of `count`.
public enum AggregateFunction: String, Sendable, CaseIterable {
    case sum, avg, min, max, median
}

/// `sum(value)` and the like: a column of `count` computed over a numeric or date field.
public struct Aggregate: Sendable {
    public var function: AggregateFunction
    public var field: Located<String>
    public var range: SourceRange

    /// The column's name: `sum(value)`.
    public var name: String { "\(function.rawValue)(\(field.value.lowercased()))" }
}

/// Which records a query covers.
public enum KindFilter: Sendable, Equatable {
    case all
    case only(RecordKind)
}

/// The clauses shared by `list` and `count`.
public struct Query: Sendable {
    public var kinds: KindFilter = .all
    public var filter: Expression?
    public var groups: [GroupKey] = []
    /// `count`'s aggregate columns.
    public var aggregates: [Aggregate] = []
    public var order: [OrderKey] = []
    public var limit: Located<Int>?
}

/// A date as written: absolute, or relative to the session clock.
public enum DateSpec: Sendable, Equatable {
    case absolute(Timestamp)
    case startOfToday(offsetDays: Int64)
    case now(offsetSeconds: Int64)
    /// The start or the end of a period: `since 2026-Q3`, `until last month`.
    case period(PeriodSpec, atEnd: Bool)

    /// The moment this date means for a session whose clock reads `now`.
    public func resolve(now: Timestamp) -> Timestamp {
        switch self {
        case .absolute(let t): t
        case .startOfToday(let days): Timestamp(seconds: now.startOfDay.seconds + days * 86_400)
        case .now(let offset): Timestamp(seconds: now.seconds + offset)
        case .period(let p, let atEnd): atEnd ? p.interval(now: now).end : p.interval(now: now).start
        }
    }
}

/// The argument of `now`.
public enum ClockSetting: Sendable {
    case show
    case freeze(Located<DateSpec>)
    case clear
}

/// What `import` and `export` read or write: `history` (field events) is written only, and read back by `import events`.
public enum DataSet: String, Sendable {
    case records, events, history
}

/// Where a stage goes in `stage add`.
public enum StagePlacement: Sendable {
    case end
    case before(Located<String>)
    case after(Located<String>)
}
