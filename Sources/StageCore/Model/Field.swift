/// A field of a record, as queries, `set` and output name it.
public enum Field: Sendable, Hashable {
    case id, kind, name, account, owner, source, value, currency, stage, probability
    case created, changed, closed, age, daysInStage, reason, expectedClose
    case custom(String)

    /// The built-in fields, in the order `list` and `show` print them.
    public static let builtIn: [Field] = [
        .id, .kind, .name, .account, .owner, .source, .value, .currency, .stage, .probability,
        .created, .changed, .closed, .age, .daysInStage, .reason, .expectedClose,
    ]

    /// The field's name in the language and in CSV/JSON output.
    public var name: String {
        switch self {
        case .id: "id"
        case .kind: "kind"
        case .name: "name"
        case .account: "account"
        case .owner: "owner"
        case .source: "source"
        case .value: "value"
        case .currency: "currency"
        case .stage: "stage"
        case .probability: "probability"
        case .created: "created"
        case .changed: "changed"
        case .closed: "closed"
        case .age: "age"
        case .daysInStage: "days_in_stage"
        case .reason: "reason"
        case .expectedClose: "expected_close"
        case .custom(let n): n
        }
    }

    /// The built-in field called `name`, or nil for a custom field name.
    public static func builtIn(named name: String) -> Field? {
        let key = name.lowercased()
        switch key {
        case "expected", "close_date", "expectedclose": return .expectedClose
        case "days", "daysinstage": return .daysInStage
        case "prob": return .probability
        default: return builtIn.first { $0.name == key }
        }
    }

    /// What kind of value the field holds, for comparisons and parsing.
    public var type: FieldType {
        switch self {
        case .id, .name, .account, .owner, .source, .currency, .reason, .custom: .text
        case .kind: .kind
        case .value: .amount
        case .stage: .stage
        case .probability: .percent
        case .created, .changed, .closed, .expectedClose: .time
        case .age, .daysInStage: .days
        }
    }

    /// Whether `set` may write it (the rest follow from the ledger).
    public var isSettable: Bool {
        switch self {
        case .name, .account, .owner, .source, .value, .currency, .created, .expectedClose, .custom: true
        default: false
        }
    }
}

/// The type of a field's values.
public enum FieldType: Sendable {
    case text, kind, amount, stage, percent, time, days
}
