/// The snapshot file format's name and versions (see docs/snapshot-format.md).
public enum SnapshotFormat {
    public static let name = "stagesh-snapshot"
    /// The version this build writes.
    public static let version = 3
    /// The oldest version this build reads (and upgrades).
    public static let oldestReadable = 1
}

/// What a snapshot says about itself besides the pipeline and records.
public struct SnapshotInfo: Sendable, Equatable {
    public var savedAt: Timestamp
    /// The session clock when saved: frozen time, or nil for the system clock.
    public var clock: Timestamp?
    public var records: Int
    public var open: Int
    public var won: Int
    public var lost: Int
    public var events: Int
    /// The commands that changed the session since the previous snapshot.
    public var log: [String]

    public init(
        savedAt: Timestamp, clock: Timestamp?, records: Int = 0, open: Int = 0, won: Int = 0, lost: Int = 0,
        events: Int = 0, log: [String] = []
    ) {
        self.savedAt = savedAt
        self.clock = clock
        self.records = records
        self.open = open
        self.won = won
        self.lost = lost
        self.events = events
        self.log = log
    }
}
