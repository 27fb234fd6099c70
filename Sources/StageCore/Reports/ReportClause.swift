/// A clause some report takes beyond those every report shares (`where`,
/// `by`, `as of`, `order by`, `limit`), each filling its field of `ReportQuery`.
///
/// `export report` takes every clause any report takes, in this order.
enum ReportClause: CaseIterable {
    /// `leads`, `opportunities`: which records.
    case kinds
    /// `strict`: only records that passed every earlier stage in order.
    case strict
    case from, to
    /// `in STAGE`.
    case stage
    /// `over DURATION`.
    case over
    case since, until
    /// `min N`: the fewest records on each side of a comparison.
    case minimum
    /// `all`: every comparison, not only the findings.
    case every
    /// `window DURATION`: how long after its creation a record's win counts (cohort).
    case window
    /// `FROM TO` (waterfall's two moments, in front of its other clauses).
    case moments
    /// `for PERIOD`: deals expected to close in it.
    case closing
    /// `show BUCKET`: a waterfall bucket's records.
    case show

    var grammar: Grammar {
        switch self {
        case .kinds: .oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps")])
        case .strict: .keyword("strict")
        case .from: .sequence([.keyword("from"), .argument(.from, .stage)])
        case .to: .sequence([.keyword("to"), .argument(.to, .stage)])
        case .stage: .sequence([.keyword("in"), .argument(.stage, .stage)])
        case .over: .sequence([.keyword("over"), .argument(.duration, .duration)])
        case .since: .sequence([.keyword("since"), .argument(.since, .moment)])
        case .until: .sequence([.keyword("until"), .argument(.until, .moment)])
        case .minimum: .sequence([.keyword("min"), .argument(.minimum, .integer)])
        case .every: .keyword("all")
        case .window: .sequence([.keyword("window"), .argument(.window, .duration)])
        case .moments: .sequence([.argument(.start, .moment), .argument(.end, .moment)])
        case .closing: .sequence([.keyword("for"), .argument(.period, .moment)])
        case .show: .sequence([.keyword("show"), .argument(.bucket, .choice(WaterfallBucket.allCases.map(\.name)))])
        }
    }

    /// The clauses every report takes, after its own.
    static let shared: [Grammar] = [
        .sequence([.keyword("where"), .expression(.condition)]),
        .sequence([.keyword("by"), .groupKeys]),
        .sequence([.keyword("as"), .keyword("of"), .argument(.asOf, .moment)]),
        Clauses.orderBy, Clauses.limitN,
    ]

    /// `own` clauses, then the shared ones, in any order.
    static func grammar(_ own: [ReportClause]) -> Grammar { .clauses(own.map(\.grammar) + shared) }

    /// Every clause some report of `reports` takes.
    static func union(of reports: [any Report.Type]) -> [ReportClause] {
        allCases.filter { clause in reports.contains { $0.clauses.contains(clause) } }
    }
}
