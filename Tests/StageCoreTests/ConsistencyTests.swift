import Foundation
import Testing

@testable import StageCore

/// `check` and the invariants it verifies: a session built by any command is
/// consistent, and each kind of damage to the store is named.
@Suite struct ConsistencyTests {
    /// A session that went through most of what changes data.
    static func busy() -> EvaluatorHarness {
        var h = EvaluatorHarness()
        h.run([
            "add lead \"Công ty An Phát\" owner=Lan value=12m created=2026-01-02", "add opp Bình created=2026-01-03",
            "add opp Chi value=5m created=2026-01-04", "move 1 to Contacted", "move 1 to Qualified", "convert 1",
            "move 3 to \"Proposal Sent\"", "won 3", "lost 2 because \"no budget\"", "add lead Dũng", "delete 4", "undo",
            "delete 4", "set 2 created=2026-01-05", "rule add on quote move to \"Proposal Sent\"", "log quote 1", "undo", "redo",
        ])
        return h
    }

    @Test func aSessionBuiltByCommandsIsConsistent() throws {
        var h = Self.busy()
        #expect(Consistency.problems(h.s.workspace).isEmpty)
        #expect(h.message("check") == Message.consistent(h.s.store.liveCount, h.s.store.eventCount).english)
    }

    /// Each case damages a copy of the busy session's store and names a word the problem must contain.
    @Test(arguments: [
        "stage", "chain", "time", "stray", "duplicate", "unknown stage", "pool", "columns", "live count", "creation",
    ])
    func damageIsNamed(kind: String) throws {
        var w = Self.busy().s.workspace
        var s = w.store
        let r = 0
        let last = Int(s.lastEvent[r])
        switch kind {
        case "stage":
            s.stages[r] = s.stages[r] == 0 ? 1 : 0
        case "chain":
            s.eventFrom[last] = s.eventTo[last]
        case "time":
            s.eventAt[last] = s.eventAt[Int(s.eventPrevious[last])] - 86_400
        case "stray":
            s.eventRecord.append(Int32(r)); s.eventFrom.append(noStage); s.eventTo.append(s.stages[r])
            s.eventAt.append(0); s.eventCause.append(0); s.eventReason.append(0); s.eventPrevious.append(-1)
        case "duplicate":
            s.appendRecord(RecordRow(id: "1", name: "again", stage: s.stages[r], alive: false))
            s.appendEvent(LedgerEvent(record: Int32(s.slotCount - 1), from: noStage, to: s.stages[r], at: 0, cause: .create))
            s.alive[s.slotCount - 1] = true
        case "unknown stage":
            s.stages[r] = 77
        case "pool":
            s.owners[r] = UInt32(s.pool.count + 5)
        case "columns":
            s.values.append(0)
        case "live count":
            s.liveCount += 1
        default:
            s.eventFrom[Self.firstEvent(s, r)] = s.stages[r]
        }
        w.store = s
        let problems = Consistency.problems(w)
        let expected = [
            "stage": "is not where its ledger ends", "chain": "does not start where the one before it ended",
            "time": "comes before the one before it", "stray": "is in no record's ledger",
            "duplicate": "does not lead to it", "unknown stage": "not in the pipeline", "pool": "out of range",
            "columns": "different lengths", "live count": "live records", "creation": "does not start with a creation",
        ][kind]!
        #expect(problems.contains { $0.contains(expected) }, "\(kind): \(problems)")
    }

    static func firstEvent(_ s: RecordStore, _ r: Int) -> Int {
        var e = Int(s.lastEvent[r])
        while s.eventPrevious[e] >= 0 { e = Int(s.eventPrevious[e]) }
        return e
    }

    @Test func checkFailsWithTheFirstProblemAndHints() throws {
        var h = Self.busy()
        var w = h.s.workspace
        w.store.stages[0] = 77
        h.s.workspace = w
        #expect(throws: Diagnostic.self) { try h.s.execute(line: "check") }
        do {
            _ = try h.s.execute(line: "check")
        } catch {
            #expect(error.message.english.hasPrefix(Message.inconsistent("").english))
            #expect(error.hints.last == Message.hintReportInconsistency)
        }
    }
}
