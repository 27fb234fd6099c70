import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `as of D` on losses, transitions and slippage, with their own clauses, equals each report on a
/// session that stopped at D (the random scripts of `AsOfTests`, losses given reasons).
@Suite struct LossTransitionSlippageAsOfTests {
    static let commands = [
        "losses", "losses by stage", "losses by reason where kind = opportunity", "losses by owner",
        "transitions", "transitions since 2026-01-20", "transitions since 2026-01-10 until 2026-03-01 by owner",
        "transitions where stage = Lost", "slippage", "slippage by owner", "slippage where value >= 5000",
    ]

    /// The script, its losses with one of three reasons (or none).
    static func script(seed: UInt64) -> [(day: Int, line: String)] {
        AsOfTests.script(seed: seed).enumerated().map { i, step in
            guard step.line.hasPrefix("lost "), i % 4 != 0 else { return step }
            return (step.day, step.line + " because \(["price", "timing", "budget"][i % 3])")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func asOfEqualsTheSessionStoppedThen(seed: UInt64) throws {
        let lines = Self.script(seed: seed)
        var full = AsOfTests.session(lines)
        var changed = 0
        for cut in AsOfTests.cuts {
            var truncated = AsOfTests.session(lines, until: cut)
            for command in Self.commands {
                let replayed = try table(&full, "\(command) as of \(AsOfTests.clock(cut))")
                let stopped = try table(&truncated, command)
                #expect(replayed == stopped, "seed \(seed), \(command) as of \(AsOfTests.clock(cut))")
                if try replayed.rows != table(&full, command).rows { changed += 1 }
            }
        }
        // The cuts change what the reports say: a replay that ignored them would fail above.
        #expect(changed > Self.commands.count * 2, "as of changed \(changed) reports")
        // The losses have reasons, and some reopened deals have moves back.
        #expect(try table(&full, "losses").rows.count > 2)
        #expect(try table(&full, "transitions").rows.contains { row in row[0] == .text("Lost") || row[0] == .text("Won") })
    }
}
