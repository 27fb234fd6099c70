/// The clauses a report was given.
public struct ReportQuery: Sendable {
    public var kinds: KindFilter = .all
    /// `funnel strict`: only records that passed every earlier stage in order.
    public var strict = false
    public var filter: Expression?
    public var group: GroupKey?
    public var asOf: Located<DateSpec>?
    public var since: Located<DateSpec>?
    public var until: Located<DateSpec>?
    /// `conversion from S1 to S2`, `stuck in STAGE`.
    public var from: Located<String>?
    public var to: Located<String>?
    public var stage: Located<String>?
    /// `stuck over DURATION`, in seconds.
    public var over: Located<Int64>?
    /// `insights min N`: the fewest records on each side of a comparison.
    public var minimum: Located<Int>?
    /// `insights all`: every comparison made, the findings marked.
    public var every = false
    /// `cohort window DURATION`, in seconds.
    public var window: Located<Int64>?
    /// `cohort by month`: the period a cohort spans, which a report reads out of `by` (`Report.reading`).
    public var period: Located<Period>?
    /// `waterfall FROM TO`: a period FROM means its start, a period TO its end.
    public var start: Located<DateSpec>?
    public var end: Located<DateSpec>?
    /// `for PERIOD`: deals whose expected close lies in it.
    public var closing: Located<PeriodSpec>?
    /// `show BUCKET`: a waterfall bucket's records in place of the summary.
    public var bucket: Located<WaterfallBucket>?
    /// `order by COLUMN [asc|desc], ...` over the report's own columns.
    public var order: [OrderKey] = []
    public var limit: Located<Int>?
}

extension ReportQuery {
    /// The clauses as the parser captured them.
    init(_ c: Captures) throws(Diagnostic) {
        kinds = c.kindFilter
        strict = c.has("strict")
        filter = c.expressions[.condition]?.0
        if c.groups.count > 1 {
            throw Diagnostic(Message.reportOneGroup, at: c.groups[1].range)
        }
        group = c.groups.first
        // A period in `as of` and `until` means its end: `as of 2026-Q3` is the state when Q3 ended.
        asOf = try c.moment(.asOf, atEnd: true)
        since = try c.moment(.since, atEnd: false)
        until = try c.moment(.until, atEnd: true)
        order = c.order
        limit = try c.integer(.number)
        minimum = try c.integer(.minimum)
        every = c.has("all")
        from = c.located(.from)
        to = c.located(.to)
        stage = c.located(.stage)
        if let t = c.token(.duration) { over = Located(try ValueParser.duration(t), t.range) }
        if let t = c.token(.window) { window = Located(try ValueParser.duration(t), t.range) }
        // FROM is a period's start and TO its end, as `since` and `until` read them.
        start = try c.moment(.start, atEnd: false)
        end = try c.moment(.end, atEnd: true)
        if let t = c.token(.period) {
            guard let p = try PeriodSpec.parse(t, namedDays: true) else {
                throw Diagnostic(Message.notAPeriod(t.text), at: t.range, hint: Message.hintPeriods)
            }
            closing = Located(p, t.range)
        }
        if let t = c.token(.bucket), let b = WaterfallBucket(name: t.text) { bucket = Located(b, t.range) }
    }

    /// The stages the clauses name: `from`, `to` and `in`, then those in `where`.
    var stageReferences: [StageReference] {
        [from, to, stage].compactMap { $0.map(StageReference.stage) } + (filter.map { [.condition($0)] } ?? [])
    }
}
