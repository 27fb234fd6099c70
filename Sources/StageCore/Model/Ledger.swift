/// Why a stage changed.
public enum Cause: UInt8, Sendable, CaseIterable {
    case create, manual, rule, convert, `import`

    public var name: String {
        switch self {
        case .create: "create"
        case .manual: "manual"
        case .rule: "rule"
        case .convert: "convert"
        case .import: "import"
        }
    }

    /// The cause these bytes name, in any case.
    init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        if FieldText.isWord(b, "manual") {
            self = .manual
        } else if FieldText.isWord(b, "create") {
            self = .create
        } else if FieldText.isWord(b, "import") {
            self = .import
        } else if FieldText.isWord(b, "rule") {
            self = .rule
        } else if FieldText.isWord(b, "convert") {
            self = .convert
        } else {
            return nil
        }
    }

    public init?(name: String) {
        guard let c = Cause.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = c
    }
}

/// One stage change of one record.
public struct LedgerEvent: Sendable, Equatable {
    public var record: Int32
    public var from: StageID
    public var to: StageID
    public var at: Int64
    public var cause: Cause
    /// A `StringPool` code; 0 when no reason was given.
    public var reason: UInt32

    public init(record: Int32, from: StageID, to: StageID, at: Int64, cause: Cause, reason: UInt32 = 0) {
        self.record = record
        self.from = from
        self.to = to
        self.at = at
        self.cause = cause
        self.reason = reason
    }
}

/// Something done with a record: a call, an email, a meeting, a quote.
public struct Activity: Sendable, Equatable {
    public var record: Int32
    /// A `StringPool` code of the activity kind.
    public var kind: UInt32
    public var at: Int64
    public var note: String?
}

/// The marker for an unknown time or an absent value in an `Int64` column.
public let missing: Int64 = .min
