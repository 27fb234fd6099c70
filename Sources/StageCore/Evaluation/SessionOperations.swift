import Foundation

/// `now`, `import` and `export`.
enum SessionOperations {
    static func now(_ setting: ClockSetting, _ s: inout Session) -> Outcome {
        switch setting {
        case .show:
            return .message(Message.clock(s.now.display, frozen: s.frozenClock != nil))
        case .freeze(let date):
            s.frozenClock = date.value.resolve(now: s.now)
            return .message(Message.clockFrozen(s.now.display))
        case .clear:
            s.frozenClock = nil
            return .message(Message.clockCleared)
        }
    }

    static func importData(
        _ set: DataSet, _ file: Located<String>, _ options: ImportOptions, _ s: inout Session,
        _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let path = s.resolve(file.value)
        var options = options
        options.cancellation = s.cancellation
        let policy = s.pipeline.policy.rawValue
        do {
            switch set {
            case .records:
                let result = try RecordImporter.run(path: path, into: s.workspace, options: options)
                if options.dryRun {
                    var counts: [StageID: Int] = [:]
                    for r in result.firstSlot..<result.store.slotCount { counts[result.store.stages[r], default: 0] += 1 }
                    let pipeline = result.pipeline ?? s.pipeline
                    return dryRunOutcome(
                        Message.dryRunRecords(result.count, file.value), counts: counts, pipeline: pipeline,
                        created: result.createdStages, problems: result.problems,
                        adjustments: result.adjustments, file: file.value)
                }
                // One transaction: one `undo` takes back the new stages and the records.
                if let p = result.pipeline { tx.apply(.setPipeline(p), to: &s.workspace) }
                tx.apply(.setStore(result.store), to: &s.workspace)
                return .message(
                    .joined([
                        Message.importedRecords(result.count, file.value, refused: result.refusedMoves, policy: policy),
                        Message.createdStagesNote(result.createdStages), adjustmentLines(result.adjustments),
                    ]))
            // A field history is read by `import events`; `import` takes no `history`, but a history is an events file.
            case .events, .history:
                let result = try EventImporter.run(path: path, into: s.workspace, options: options)
                if options.dryRun {
                    let pipeline = result.pipeline ?? s.pipeline
                    let counts = Dictionary(result.perStage, uniquingKeysWith: +)
                    return dryRunOutcome(
                        Message.dryRunEvents(result.count, records: result.records, file.value), counts: counts,
                        pipeline: pipeline, created: result.createdStages, problems: result.problems,
                        adjustments: result.adjustments, file: file.value)
                }
                if let p = result.pipeline { tx.apply(.setPipeline(p), to: &s.workspace) }
                tx.apply(.setStore(result.store), to: &s.workspace)
                return .message(
                    .joined([
                        Message.importedEvents(
                            result.count, fields: result.fieldEvents, records: result.records,
                            file.value, refused: result.refusedMoves, policy: policy),
                        Message.createdStagesNote(result.createdStages), adjustmentLines(result.adjustments),
                    ]))
            }
        } catch let e as ImportError {
            if options.dryRun {
                // A problem with the file as a whole (header, columns): nothing would be imported.
                var problems = ImportProblems()
                problems.add(e)
                let summary = set == .records ? Message.dryRunRecords(0, file.value) : Message.dryRunEvents(0, records: 0, file.value)
                return dryRunOutcome(
                    summary, counts: [:], pipeline: s.pipeline, created: [], problems: problems,
                    adjustments: ImportAdjustments(), file: file.value)
            }
            throw Diagnostic(e.message(file.value), at: file.range, hints: e.hints)
        } catch let e as CSVError {
            throw Diagnostic(Message.cannotRead(file.value, e.message), at: file.range)
        } catch is Interrupted {
            throw Diagnostic(Message.interrupted)
        } catch {
            throw Diagnostic(Message.cannotRead(file.value, .verbatim(String(describing: error))), at: file.range)
        }
    }

    /// The adjustments an import made, a line each under its summary.
    private static func adjustmentLines(_ adjustments: ImportAdjustments) -> Message {
        let lines = adjustments.descriptions
        guard !lines.isEmpty else { return .verbatim("") }
        return .joined([Message.adjustedNote(adjustments.counts.reduce(0, +))] + lines.flatMap { [.verbatim("\n  "), $0] })
    }

    /// What `import ... dry-run` shows: the summary, rows per stage (in
    /// pipeline order), the stages it would add, the adjustments it would
    /// make, and the problems, rows with the same problem as one line.
    private static func dryRunOutcome(
        _ summary: Message, counts: [StageID: Int], pipeline: Pipeline, created: [String],
        problems: ImportProblems, adjustments: ImportAdjustments, file: String
    ) -> Outcome {
        var outcomes: [Outcome] = [.message(summary)]
        if !counts.isEmpty {
            var table = Table(columns: [
                Column("stage").translated(), Column("rows", alignment: .right).translated(),
            ])
            for id in pipeline.liveStages { if let n = counts[id] { table.rows.append([.text(pipeline[id].name), .integer(Int64(n))]) } }
            outcomes.append(.table(table))
        }
        if !created.isEmpty { outcomes.append(.message(Message.dryRunNewStages(created))) }
        if !adjustments.isEmpty {
            outcomes.append(.message(.lines([Message.dryRunAdjustments] + adjustments.descriptions.map { .joined([.verbatim("  "), $0]) })))
        }
        let shown = problems.groups.prefix(ImportProblems.shown)
        var lines = [Message.dryRunProblemGroups(problems.count, groups: problems.groups.count, shown: shown.count)]
        for g in shown {
            lines.append(.joined([.verbatim("  "), g.first.message(file), Message.problemRows(g.count, lines: g.lines)]))
            for h in g.first.hints { lines.append(.joined([.verbatim("    "), Message.hintPrefix, .verbatim(" "), h])) }
        }
        // The counts above are of the good rows; say plainly what a real import would do.
        if problems.count > 0 { lines.append(Message.dryRunWouldFail) }
        outcomes.append(.message(.lines(lines)))
        return .sequence(outcomes)
    }

    static func export(_ set: DataSet, _ file: Located<String>, _ s: Session) throws(Diagnostic) -> Outcome {
        let path = s.resolve(file.value)
        do {
            let count: Int
            switch set {
            case .records: count = try CSVExporter.records(s.workspace, to: path, cancellation: s.cancellation)
            case .events: count = try CSVExporter.events(s.workspace, to: path, cancellation: s.cancellation)
            case .history: count = try CSVExporter.history(s.workspace, to: path, cancellation: s.cancellation)
            }
            return .message(Message.exported(count, set, file.value))
        } catch is Interrupted {
            throw Diagnostic(Message.interrupted)
        } catch let e as POSIXError {
            throw Diagnostic(Message.cannotWrite(file.value, Message.systemError(e.code.rawValue)), at: file.range)
        } catch {
            throw Diagnostic(Message.cannotWrite(file.value, .verbatim(String(describing: error))), at: file.range)
        }
    }
}
