import Foundation

/// `now`, `import` and `export`.
enum SessionOperations {
    static func now(_ setting: ClockSetting, _ s: inout Session) -> Outcome {
        switch setting {
        case .show:
            return .message(Messages.clock(s.now.display, frozen: s.frozenClock != nil))
        case .freeze(let date):
            s.frozenClock = date.value.resolve(now: s.now)
            return .message(Messages.clockFrozen(s.now.display))
        case .clear:
            s.frozenClock = nil
            return .message(Messages.clockCleared)
        }
    }

    /// A path as the user wrote it: `~/` is the home directory, and a relative
    /// path is relative to `directory` (the session's).
    static func resolve(_ written: String, in directory: String) -> String {
        var p = written
        if p.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] { p = home + p.dropFirst(1) }
        return p.hasPrefix("/") ? p : directory + "/" + p
    }

    static func importData(_ set: DataSet, _ file: Located<String>, _ mapping: [Assignment], _ dates: DateFormat?, _ s: inout Session,
                           _ tx: inout Transaction) throws(Diagnostic) -> Outcome {
        let path = resolve(file.value, in: s.directory)
        var columns: [String: String] = [:]
        for a in mapping { columns[Names.key(a.field.value)] = Names.key(a.value.text) }
        do {
            switch set {
            case .records:
                let result = try RecordImporter.run(path: path, into: s.workspace, mapping: columns, dates: dates)
                tx.apply(.setStore(result.store), to: &s.workspace)
                return .message(Messages.importedRecords(result.count, file.value, refused: result.refusedMoves, policy: s.pipeline.policy.rawValue))
            case .events:
                let result = try EventImporter.run(path: path, into: s.workspace, mapping: columns, dates: dates)
                tx.apply(.setStore(result.store), to: &s.workspace)
                return .message(Messages.importedEvents(result.count, records: result.records, file.value,
                                                        refused: result.refusedMoves, policy: s.pipeline.policy.rawValue))
            }
        } catch let e as ImportError {
            throw Diagnostic(e.message(file.value), at: file.range, hints: e.hints)
        } catch let e as CSVError {
            throw Diagnostic(Messages.cannotRead(file.value, e.message), at: file.range)
        } catch is Interrupted {
            throw Diagnostic(Messages.interrupted)
        } catch {
            throw Diagnostic(Messages.cannotRead(file.value, String(describing: error)), at: file.range)
        }
    }

    static func export(_ set: DataSet, _ file: Located<String>, _ s: Session) throws(Diagnostic) -> Outcome {
        let path = resolve(file.value, in: s.directory)
        do {
            let count: Int
            switch set {
            case .records: count = try CSVExporter.records(s.workspace, to: path)
            case .events: count = try CSVExporter.events(s.workspace, to: path)
            }
            return .message(Messages.exported(count, records: set == .records, file.value))
        } catch is Interrupted {
            throw Diagnostic(Messages.interrupted)
        } catch let e as POSIXError {
            throw Diagnostic(Messages.cannotWrite(file.value, Messages.systemError(e.code.rawValue)), at: file.range)
        } catch {
            throw Diagnostic(Messages.cannotWrite(file.value, String(describing: error)), at: file.range)
        }
    }
}
