/// The messages of reports, charts and `diff`.
extension Message {
    static func reportWritten(_ report: String, _ rows: Int, _ file: String) -> Message {
        Message(.reportWritten, .text(report), .text("\(rows)"), .text(file))
    }
    /// The note of a chart whose table has no rows (or nothing to chart).
    static var chartNoData: Message { Message(.chartNoData) }
    /// A record only the newer state has.
    static var diffAdded: Message { Message(.diffAdded) }
    /// A record only the older state has (deleted since).
    static var diffRemoved: Message { Message(.diffRemoved) }
    /// Now in a later stage, or converted from a lead into an opportunity.
    static var diffAdvanced: Message { Message(.diffAdvanced) }
    /// Now in an earlier stage, or reopened out of a closed one.
    static var diffMovedBack: Message { Message(.diffMovedBack) }
    /// Now in a stage of another name that ranks the same (a renamed stage).
    static var diffMoved: Message { Message(.diffMoved) }
    static var diffValueChanged: Message { Message(.diffValueChanged) }
    static var diffOwnerChanged: Message { Message(.diffOwnerChanged) }
    static var diffNameChanged: Message { Message(.diffNameChanged) }
    static var diffAccountChanged: Message { Message(.diffAccountChanged) }
    static var diffSourceChanged: Message { Message(.diffSourceChanged) }
    static func chartWritten(_ report: String, _ file: String) -> Message { Message(.chartWritten, .text(report), .text(file)) }
    static var reportOneGroup: Message { Message(.reportOneGroup) }
    /// `insights by …`: the segments are its groups already.
    static var insightsNoGroup: Message { Message(.insightsNoGroup) }
    static func insightsMinimum(_ n: Int) -> Message { Message(.insightsMinimum, .text(String(n))) }
    /// Under the findings: how many comparisons were made, and how many stand.
    static func insightsSummary(tests: Int, findings: Int, minimum: Int) -> Message {
        Message(.insightsSummary, .text(String(tests)), .text(String(findings)), .text(String(minimum)))
    }
    static func insightsNone(tests: Int, minimum: Int) -> Message { Message(.insightsNone, .text(String(tests)), .text(String(minimum))) }
    /// One finding in plain words: rank, step, field, value, the segment's rate and counts, the
    /// rest's, the p-value and the deals the gap is worth, fewer or more than the rest's rate gives.
    static func insight(
        rank: Int, step: String, field: String, value: String, rate: String, hits: Int, trials: Int, restRate: String,
        restHits: Int, restTrials: Int, p: String, deals: String, fewer: Bool
    ) -> Message {
        Message(
            fewer ? .insightFewer : .insightMore, .text(String(rank)), .text(step), .text(field), .text(value), .text(rate),
            .text(String(hits)), .text(String(trials)), .text(restRate), .text(String(restHits)), .text(String(restTrials)),
            .text(p), .text(deals))
    }
    /// Under the transitions matrix: the moves counted and the records that made them.
    static func transitionsSummary(moves: Int, records: Int) -> Message {
        Message(.transitionsSummary, .text(String(moves)), .text(String(records)))
    }
    /// Under the transitions matrix: what the mark of a move back means.
    static func transitionsBackNote(_ mark: String) -> Message { Message(.transitionsBackNote, .text(mark)) }
    /// The label of the matrix's row of totals.
    static var transitionsTotal: Message { Message(.transitionsTotal) }
    static var outcomeWon: Message { Message(.outcomeWon) }
    static var outcomeLost: Message { Message(.outcomeLost) }
    static var outcomeOpen: Message { Message(.outcomeOpen) }

    /// A tick label of a value axis in days: "1 day", "10 days", "0.5 days".
    static func chartDays(_ value: String) -> Message { Message(.chartDays, .text(value)) }

    /// The footer of a diff: "(5 changes to 4 records: 1 added, 1 removed, 2 changed)".
    ///
    /// `changes` counts rows; `added`, `removed` and `changed` count records,
    /// and only the kinds that occur are named.
    static func diffSummary(changes: Int, added: Int, removed: Int, changed: Int) -> Message {
        guard changes > 0 else { return Message(.diffNoChanges) }
        let parts = [(added, MessageID.diffCountAdded), (removed, .diffCountRemoved), (changed, .diffCountChanged)]
            .filter { $0.0 > 0 }
            .map { MessageArgument.message(Message($0.1, .text(String($0.0)))) }
        return Message(
            .diffSummary, .text(String(changes)), .text(String(added + removed + changed)),
            .message(Message(.commaList, arguments: parts)))
    }

    /// The unit after a number of days in a card (`age 452.26 days`).
    static var unitDays: Message { Message(.unitDays) }
    /// The heading of a funnel's value column in one currency: "value USD".
    static func valueIn(_ currency: String) -> Message { Message(.valueIn, .text(currency)) }

    /// Under a cohort table: records left out of every cohort, as they have no creation time.
    static func cohortNoCreated(_ n: Int) -> Message { Message(.cohortNoCreated, .text(String(n))) }
    /// Under a velocity table: won records left out of the cycle days, as they have no creation time.
    static func velocityNoCreated(_ n: Int) -> Message { Message(.velocityNoCreated, .text(String(n))) }
    /// `waterfall ... as of`: FROM and TO are its moments.
    static var waterfallAsOf: Message { Message(.waterfallAsOf) }
    /// A waterfall asked for without its two moments (`export chart waterfall FILE`).
    static var waterfallNeedsMoments: Message { Message(.waterfallNeedsMoments) }
    /// A waterfall whose FROM comes after its TO.
    static func waterfallBackwards(_ from: String, _ to: String) -> Message { Message(.waterfallBackwards, .text(from), .text(to)) }
    // The rows of a waterfall (`WaterfallBucket`).
    static var waterfallStart: Message { Message(.waterfallStart) }
    static var waterfallCreated: Message { Message(.waterfallCreated) }
    static var waterfallPulledIn: Message { Message(.waterfallPulledIn) }
    static var waterfallReopened: Message { Message(.waterfallReopened) }
    static var waterfallPushedOut: Message { Message(.waterfallPushedOut) }
    static var waterfallWon: Message { Message(.waterfallWon) }
    static var waterfallLost: Message { Message(.waterfallLost) }
    static var waterfallValueUp: Message { Message(.waterfallValueUp) }
    static var waterfallValueDown: Message { Message(.waterfallValueDown) }
    static var waterfallEnd: Message { Message(.waterfallEnd) }
}
