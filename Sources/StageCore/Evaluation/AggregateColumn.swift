/// One aggregate column of `count` (`sum(value)`, `median(age)`): a function over a numeric or
/// date field that skips empty values, as SQL's aggregates do; a group with no values gets an
/// empty cell.
///
/// Money stays exact: sums are wide sums of cents, and an average or a median between two
/// cents is rounded half to even, as the importer rounds amounts.
struct AggregateColumn {
    let aggregate: Aggregate
    let field: Field

    init(_ aggregate: Aggregate, resolver: FieldResolver) throws(Diagnostic) {
        let field = try resolver.resolve(aggregate.field)
        switch field.type {
        case .amount, .percent, .days: break
        case .time where aggregate.function != .sum: break
        case .time: throw Diagnostic(Message.sumNeedsNumber(field.name), at: aggregate.range)
        case .text, .kind, .stage:
            throw Diagnostic(Message.aggregateNeedsNumber(aggregate.function.rawValue, field.name), at: aggregate.range)
        }
        self.aggregate = aggregate
        self.field = field
    }

    var column: Column { Column(aggregate.name, alignment: .right) }

    /// The aggregate over the records `rows`.
    func cell(_ rows: some Sequence<Int>, _ reader: FieldReader) -> Cell {
        switch field.type {
        case .amount:
            let cents = rows.compactMap { r -> Int64? in if case .amount(let c) = reader.value(field, r) { c } else { nil } }
            return integral(cents, sum: { .total($0) }, value: { .amount(Amount(cents: $0)) })
        case .percent:
            let hundredths = rows.compactMap { r -> Int64? in if case .percent(let p) = reader.value(field, r) { Int64(p) } else { nil } }
            return integral(hundredths, sum: { .percent(Double($0) / 100) }, value: { .percent(Double($0) / 100) })
        case .time:
            let seconds = rows.compactMap { r -> Int64? in if case .time(let t) = reader.value(field, r) { t } else { nil } }
            return integral(seconds, sum: { _ in .null }, value: { .time(Timestamp(seconds: $0)) })
        default:
            let days = rows.compactMap { r -> Double? in if case .days(let d) = reader.value(field, r) { d } else { nil } }
            return real(days)
        }
    }

    private func integral(_ values: [Int64], sum: (Int128) -> Cell, value cell: (Int64) -> Cell) -> Cell {
        guard !values.isEmpty else { return .null }
        switch aggregate.function {
        case .sum: return sum(values.reduce(Int128(0)) { $0 + Int128($1) })
        case .avg: return cell(Self.halfEven(values.reduce(Int128(0)) { $0 + Int128($1) }, Int128(values.count)))
        case .min: return cell(values.min()!)
        case .max: return cell(values.max()!)
        case .median:
            let sorted = values.sorted()
            let mid = sorted.count / 2
            if sorted.count % 2 == 1 { return cell(sorted[mid]) }
            return cell(Self.halfEven(Int128(sorted[mid - 1]) + Int128(sorted[mid]), 2))
        }
    }

    private func real(_ values: [Double]) -> Cell {
        guard !values.isEmpty else { return .null }
        let value: Double
        switch aggregate.function {
        case .sum: value = values.reduce(0, +)
        case .avg: value = values.reduce(0, +) / Double(values.count)
        case .min: value = values.min()!
        case .max: value = values.max()!
        case .median:
            let sorted = values.sorted()
            let mid = sorted.count / 2
            value = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        return .number(value, decimals: 2)
    }

    /// `n / d` rounded to the nearest integer, a half to the even one.
    static func halfEven(_ n: Int128, _ d: Int128) -> Int64 {
        var q = n / d
        let r = n % d
        let twice = (r < 0 ? -r : r) * 2
        if twice > d || (twice == d && q % 2 != 0) { q += n < 0 ? -1 : 1 }
        return Int64(q)
    }
}
