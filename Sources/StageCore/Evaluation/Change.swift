/// The data a session's commands change, and `undo` restores.
public struct Workspace: Sendable {
    public var pipeline: Pipeline
    public var store: RecordStore

    public init(pipeline: Pipeline = .standard, store: RecordStore = RecordStore()) {
        self.pipeline = pipeline
        self.store = store
    }
}

/// One primitive change to a workspace; applying it returns its inverse.
///
/// Every mutating command is a sequence of these, so the same mechanism rolls
/// back a failed command, undoes a finished one, and redoes it.
enum Change: Sendable {
    case appendRecord(RecordRow)
    case removeLastRecord
    case setAlive(Int, Bool)
    case setField(Int, StoredValue)
    case appendEvent(LedgerEvent)
    case setEventTime(Int, Int64)
    case removeLastEvent
    /// Makes a custom field known by name (or forgets it, with nil).
    case nameCustomField(key: String, String?)
    case appendActivity(Activity)
    case removeLastActivity
    case appendFieldEvent(FieldEvent)
    case removeLastFieldEvent
    case setPipeline(Pipeline)
    /// Swaps in a whole store (imports); the inverse holds the one it replaced.
    case setStore(RecordStore)
    case batch([Change])

    @discardableResult
    func apply(to w: inout Workspace) -> Change {
        switch self {
        case .appendRecord(let row):
            w.store.appendRecord(row)
            return .removeLastRecord
        case .removeLastRecord:
            return .appendRecord(w.store.removeLastRecord())
        case .setAlive(let r, let value):
            let old = w.store.alive[r]
            w.store.setAlive(r, value)
            return .setAlive(r, old)
        case .setField(let r, let value):
            return .setField(r, w.store.setField(r, value))
        case .appendEvent(let e):
            w.store.appendEvent(e)
            return .removeLastEvent
        case .setEventTime(let e, let t):
            return .setEventTime(e, w.store.setEventTime(e, t))
        case .removeLastEvent:
            return .appendEvent(w.store.removeLastEvent())
        case .nameCustomField(let key, let display):
            return .nameCustomField(key: key, w.store.setCustomFieldName(key: key, display))
        case .appendActivity(let a):
            w.store.activities.append(a)
            return .removeLastActivity
        case .removeLastActivity:
            return .appendActivity(w.store.activities.removeLast())
        case .appendFieldEvent(let e):
            w.store.fieldEvents.append(e)
            return .removeLastFieldEvent
        case .removeLastFieldEvent:
            return .appendFieldEvent(w.store.fieldEvents.removeLast())
        case .setPipeline(let p):
            let old = w.pipeline
            w.pipeline = p
            return .setPipeline(old)
        case .setStore(let s):
            var s = s
            swap(&s, &w.store)
            return .setStore(s)
        case .batch(let changes):
            return .batch(changes.map { $0.apply(to: &w) }.reversed())
        }
    }
}

/// A finished command's inverse, kept for `undo` (or its redo, for `redo`).
struct HistoryEntry: Sendable {
    var label: String
    var change: Change
}
