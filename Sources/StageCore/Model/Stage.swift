/// Whether a record is a lead or an opportunity; it follows the record's stage.
public enum RecordKind: UInt8, Sendable, CaseIterable {
    case lead, opportunity

    public var name: String { self == .lead ? "lead" : "opportunity" }
    public var plural: String { self == .lead ? "leads" : "opportunities" }
}

/// Whether a stage is still open or closes the record as won or lost.
public enum StageOutcome: UInt8, Sendable {
    case open, won, lost

    public var name: String {
        switch self {
        case .open: "open"
        case .won: "won"
        case .lost: "lost"
        }
    }
}

/// A stage of a pipeline.
///
/// Stages are referred to by a small, stable `StageID`: renaming a stage or
/// reordering its pipeline never rewrites records or the ledger.
public struct Stage: Sendable, Equatable {
    public var name: String
    public var kind: RecordKind
    /// Chance of winning from this stage, in hundredths of a percent
    /// (0...10_000); nil until set for a stage an import or `stages set` added.
    public var probability: Int?
    public var outcome: StageOutcome
    /// How long a record may sit here before `stuck` lists it (nil: 30 days).
    public var staleAfter: Int64?

    public init(name: String, kind: RecordKind, probability: Int?, outcome: StageOutcome = .open) {
        self.name = name
        self.kind = kind
        self.probability = probability
        self.outcome = outcome
    }

    public var isClosed: Bool { outcome != .open }
}

/// A stage's index in `Pipeline.stages`.
public typealias StageID = UInt16

/// The sentinel for "no stage" (a creation event's from-stage).
public let noStage: StageID = .max
