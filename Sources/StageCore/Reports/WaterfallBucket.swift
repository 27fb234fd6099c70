/// A row of the pipeline waterfall: where the deals in scope at FROM went by TO, and where those in scope at TO
/// came from.
///
/// Rows read in this order; the buckets that take deals out of the pipeline (`subtracts`) print negative, so the
/// counts and the values of a waterfall each add up to `end`.
public enum WaterfallBucket: Int, Sendable, CaseIterable {
    case start, created, pulledIn, reopened, pushedOut, won, lost, valueUp, valueDown, end

    /// The name `show BUCKET` takes: words, as the report's rows read in English.
    public var name: String {
        switch self {
        case .start: "start"
        case .created: "created"
        case .pulledIn: "pulled in"
        case .reopened: "reopened"
        case .pushedOut: "pushed out"
        case .won: "won"
        case .lost: "lost"
        case .valueUp: "value up"
        case .valueDown: "value down"
        case .end: "end"
        }
    }

    /// The bucket `name` names, in any case, with `_` for a space (`pushed_out`).
    public init?(name: String) {
        let key = String(name.lowercased().map { $0 == "_" ? " " : $0 })
        guard let b = WaterfallBucket.allCases.first(where: { $0.name == key }) else { return nil }
        self = b
    }

    /// Whether the bucket takes deals (or value) out of the pipeline between FROM and TO.
    var subtracts: Bool { self == .pushedOut || self == .won || self == .lost || self == .valueDown }

    /// Whether the bucket counts value alone: a value change moves no deal in or out.
    var valueOnly: Bool { self == .valueUp || self == .valueDown }

    /// The row's label, in the session's language.
    var label: Message {
        switch self {
        case .start: Message.waterfallStart
        case .created: Message.waterfallCreated
        case .pulledIn: Message.waterfallPulledIn
        case .reopened: Message.waterfallReopened
        case .pushedOut: Message.waterfallPushedOut
        case .won: Message.waterfallWon
        case .lost: Message.waterfallLost
        case .valueUp: Message.waterfallValueUp
        case .valueDown: Message.waterfallValueDown
        case .end: Message.waterfallEnd
        }
    }
}
