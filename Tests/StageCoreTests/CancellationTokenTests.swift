import Testing

@testable import StageCore

/// The session's cancellation token stops long commands, which roll back like any failure.
@Suite struct CancellationTokenTests {
    @Test func requestAndClear() {
        let token = CancellationToken()
        #expect(!token.isRequested)
        token.request()
        #expect(token.isRequested)
        token.clear()
        #expect(!token.isRequested)
    }

    /// Enough records that every pass polls the token (every 65,536 records).
    static let records = 70_000

    @Test func aRequestStopsReportsListsAndCounts() throws {
        let token = CancellationToken()
        var s = Session(cancellation: token)
        _ = try s.execute(line: "now 2026-06-01")
        _ = try s.execute(line: "generate \(Self.records)")
        token.request()
        // Each polls in its longest pass: a report's selection, a list's sort, a count's grouping.
        for command in ["funnel where name ~ \"a\"", "winrate by owner", "list order by name", "count by name", "list where name ~ \"a\""] {
            #expect(Self.interrupted(command, &s), "\(command)")
        }
        token.clear()
        #expect(throws: Never.self) { try s.execute(line: "funnel") }
    }

    @Test func aRequestStopsGenerateAndLeavesTheSessionAsItWas() throws {
        let token = CancellationToken()
        var s = Session(cancellation: token)
        token.request()
        #expect(Self.interrupted("generate \(Self.records)", &s))
        #expect(s.store.slotCount == 0)
        #expect(s.unsavedChanges == 0)
    }

    /// Whether `command` failed with the `interrupted` diagnostic.
    static func interrupted(_ command: String, _ s: inout Session) -> Bool {
        do {
            _ = try s.execute(line: command)
            return false
        } catch {
            return error.message == Message.interrupted
        }
    }

    @Test func theRendererStopsBetweenBatches() {
        let table = Table(columns: [Column("n")], count: TableRenderer.batchSize * 3) { [.integer(Int64($0))] }
        var batches = 0
        #expect(throws: Interrupted.self) {
            try TableRenderer.write(table, RenderOptions(format: .csv), to: { _ in batches += 1 }, stop: { batches >= 2 })
        }
        #expect(batches == 2)
    }
}
