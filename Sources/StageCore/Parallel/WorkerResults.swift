import Foundation

/// One result per worker of `DispatchQueue.concurrentPerform`; each worker writes only its own.
final class WorkerResults<T>: @unchecked Sendable {
    private var results: [T?]
    /// Each worker writes its own slot, but every write is a mutating access to the one array (a uniqueness check, then the store): a data race that
    /// ThreadSanitizer reports.
    ///
    /// The lock is taken once per worker.
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { results[i] = value } }
    /// Moves a result out, so that its arrays have one owner and grow in place.
    func take(_ i: Int) -> T {
        taken(i)!
    }

    /// Moves a result out, or nil when the worker set none.
    func taken(_ i: Int) -> T? {
        lock.withLock {
            defer { results[i] = nil }
            return results[i]
        }
    }
}
