import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// `REPORT as of D` is the report on a session that stopped at D, for every report.
///
/// A random script (seeded) adds leads and deals, moves, converts, wins, loses and reopens them
/// and changes their value, expected close and owner, each at a frozen clock that only goes
/// forward. The truncated session runs the same script up to D and freezes its clock at D; the
/// replayed report must give the same rows.
@Suite("as of equals a session truncated then")
struct AsOfTests {
    /// Days after 2026-01-01 at which the reports are replayed.
    static let cuts = [15, 40, 77, 120]

    /// Each report's commands: every report, grouped and not, and the own clauses of some.
    static var commands: [String] {
        // The waterfall compares two dates of its own: it takes no `as of`.
        Reports.all.filter { $0.name != "waterfall" }.flatMap { report in
            [report.name, "\(report.name) where kind = opportunity"] + (report.name == "insights" ? ["insights min 3"] : ["\(report.name) by owner"])
        } + [
            "losses by stage", "losses by reason where kind = opportunity", "transitions since 2026-01-20",
            "transitions since 2026-01-10 until 2026-03-01 by owner", "transitions where stage = Lost", "slippage where value >= 5000",
            "cohort by week", "velocity since 2026-01-10 until 2026-03-01",
        ]
    }

    /// The script: each line with the day it happens on.
    static func script(seed: UInt64) -> [(day: Int, line: String)] {
        var rng = Xoshiro256StarStar(seed: seed)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let owners = ["Lan", "Minh", "Hoa"], stages = ["New", "Contacted", "Qualified", "Negotiation", "\"Proposal Sent\""]
        var out: [(Int, String)] = [(0, "policy free")]
        var records = 0
        var minute = 0
        for step in 0..<400 {
            minute += 1 + pick(600)
            let day = minute / 1440
            var line: String
            switch records == 0 ? 0 : pick(10) {
            case 0, 1:
                records += 1
                let value = 1000 + pick(50) * 250
                line =
                    pick(2) == 0
                    ? "add lead L\(step) owner=\(owners[pick(3)]) value=\(value)"
                    : "add opp D\(step) owner=\(owners[pick(3)]) value=\(value) expected_close=2026-0\(3 + pick(6))-15 segment=S\(pick(3))"
            case 2, 3: line = "move \(1 + pick(records)) to \(stages[pick(stages.count)])"
            case 4: line = "won \(1 + pick(records))"
            case 5:
                // Most losses give one of three reasons, for `losses`.
                line = "lost \(1 + pick(records))" + (step % 4 == 0 ? "" : " because \(["price", "timing", "budget"][step % 3])")
            case 6: line = "convert \(1 + pick(records))"
            case 7: line = "set \(1 + pick(records)) value=\(1000 + pick(80) * 125)"
            case 8: line = "set \(1 + pick(records)) expected_close=2026-0\(3 + pick(7))-0\(1 + pick(9))"
            default: line = "set \(1 + pick(records)) owner=\(owners[pick(3)])"
            }
            out.append((day, line))
        }
        return out
    }

    /// Day `day` of the script (0: 2026-01-01) as a date.
    static func clock(_ day: Int) -> String {
        let date = Date(timeIntervalSince1970: 1_767_225_600 + Double(day) * 86_400)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }

    /// Runs `lines` in order, each at its day's 12:00 (failures, such as a move a closed stage
    /// refuses, leave the session as it was, in both sessions alike).
    static func session(_ lines: [(day: Int, line: String)], until cut: Int? = nil) -> Session {
        var s = testSession()
        var day = -1
        for (d, line) in lines {
            if let cut, d >= cut { break }
            if d != day {
                day = d
                _ = try? s.execute(line: "now \(clock(d))T12:00")
            }
            _ = try? s.execute(line: line)
        }
        if let cut { _ = try? s.execute(line: "now \(clock(cut))") }
        return s
    }

    @Test("as of D equals the session truncated at D", arguments: [UInt64(1), 2, 3])
    func asOfEqualsTruncated(seed: UInt64) throws {
        let lines = Self.script(seed: seed)
        var full = Self.session(lines)
        #expect(
            full.store.liveCount > 40 && full.store.eventCount > 120 && full.store.fieldEvents.count > 40,
            "\(full.store.liveCount) records, \(full.store.eventCount) events, \(full.store.fieldEvents.count) field events")
        // The cuts change what the reports say: a replay that ignored them would fail here.
        var changed = 0
        for cut in Self.cuts {
            var truncated = Self.session(lines, until: cut)
            for command in Self.commands {
                let replayed = try table(&full, "\(command) as of \(Self.clock(cut))")
                let stopped = try table(&truncated, command)
                #expect(replayed == stopped, "seed \(seed), \(command) as of \(Self.clock(cut))")
                if try replayed.rows != table(&full, command).rows { changed += 1 }
            }
        }
        #expect(changed > Self.commands.count, "as of changed \(changed) reports")
        // The losses have reasons, and some reopened deals have moves back.
        #expect(try table(&full, "losses").rows.count > 2)
        #expect(try table(&full, "transitions").rows.contains { row in row[0] == .text("Lost") || row[0] == .text("Won") })
    }
}
