import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// The reports on hand-built ledgers, cell by cell.
///
/// Each case builds a session from commands (`add`, `move … on DATE`,
/// `convert`, `won`, `lost`, `policy`, `stage rename`, `stage set`) with the
/// clock frozen, runs one report through `Session.execute(line:)`, and
/// compares every cell of the outcome's table with the expected text: `–` is
/// `Cell.undefined`, an empty string `Cell.null`, `%` marks a percentage,
/// numbers show the decimals the cell carries, and `*` accepts anything (used
/// only where the contract leaves a number open, such as the p90 method).
@Suite("Reports on hand-built ledgers")
struct ReportTests {
    // MARK: - Ledgers

    /// A lead that went back to New, re-entered Contacted, converted, was
    /// lost, reopened and won (owner Lan); an opportunity without owner; a
    /// lead created later (owner Minh).
    static let reentry = [
        "policy free",
        "add lead A owner=Lan value=1000 created=2026-01-01",
        "move 1 to Contacted on 2026-01-03",
        "move 1 to New on 2026-01-04",
        "move 1 to Contacted on 2026-01-06",
        "move 1 to Qualified on 2026-01-10",
        "convert 1 on 2026-01-11",
        "move 1 to \"Proposal Sent\" on 2026-01-15",
        "lost 1 on 2026-01-20",
        "move 1 to Negotiation on 2026-02-01",
        "won 1 on 2026-02-11",
        "add opp B value=2500.50 created=2026-01-05",
        "add lead C owner=Minh created=2026-03-01",
    ]

    /// Records closed, reopened and closed again (the default `forward`
    /// policy lets an explicit move leave a closed stage).
    static let closing = [
        "add opp D owner=Lan created=2026-01-01",
        "won 1 on 2026-01-11",
        "move 1 to Negotiation on 2026-01-21",
        "won 1 on 2026-01-31",  // won again: 30 days
        "add opp E owner=Lan created=2026-01-01",
        "lost 2 on 2026-01-05",
        "move 2 to Negotiation on 2026-01-06",
        "lost 2 on 2026-01-09",  // lost again: 8 days
        "add opp F owner=Minh created=2026-01-01",
        "won 3 on 2026-01-02",
        "move 3 to Negotiation on 2026-01-03",
        "lost 3 on 2026-01-04 because price",  // won once, now lost: 3 days
        "add opp G owner=Minh created=2026-01-01",
        "lost 4 on 2026-01-03",
        "move 4 to Negotiation on 2026-01-04",  // reopened: open now
        "add opp H created=2026-02-01",
        "won 5 on 2026-02-21",  // no owner: 20 days
    ]

    /// A skips Contacted; B goes every step to Won; C stays new; D goes every
    /// open step and is lost from Proposal Sent.
    static let skip = [
        "add lead A created=2026-01-01",
        "move 1 to Qualified on 2026-01-03",
        "convert 1 on 2026-01-04",
        "add lead B created=2026-01-01",
        "move 2 to Contacted on 2026-01-02",
        "move 2 to Qualified on 2026-01-03",
        "convert 2 on 2026-01-04",
        "move 2 to \"Proposal Sent\" on 2026-01-05",
        "won 2 on 2026-01-06",
        "add lead C created=2026-01-01",
        "add lead D created=2026-01-01",
        "move 4 to Contacted on 2026-01-02",
        "move 4 to Qualified on 2026-01-03",
        "convert 4 on 2026-01-04",
        "move 4 to \"Proposal Sent\" on 2026-01-05",
        "lost 4 on 2026-01-06",
    ]

    /// Contacted renamed after both records passed through it.
    static let rename = [
        "add lead A created=2026-01-01",
        "move 1 to Contacted on 2026-01-02",
        "move 1 to Qualified on 2026-01-05",
        "add lead B created=2026-01-01",
        "move 2 to Contacted on 2026-01-03",
        "stage rename Contacted to \"Đã liên hệ\"",
    ]

    /// Open records sitting 12 (A), 22 (B), 61 (C), 14 (G) days in New,
    /// 16 days in Proposal Sent (D), 7 days in Negotiation (F); E is won.
    static let stuck = [
        "add lead A owner=Lan created=2026-05-20",
        "add lead B owner=Lan created=2026-05-10",
        "add lead C created=2026-04-01",
        "add opp D owner=Minh created=2026-05-01",
        "move 4 to \"Proposal Sent\" on 2026-05-16",
        "add opp E created=2026-01-01",
        "won 5 on 2026-01-02",
        "add opp F owner=Minh created=2026-05-25",
        "add lead G owner=Lan created=2026-05-18",
        "stage set New stale=14d",
        "stage set \"Proposal Sent\" stale=10d",
    ]

    /// Weighted sums that need exact arithmetic: 1,234.56 × 33.33 % =
    /// 411.478848, 0.15 × 33.33 % = 0.049995, 0.15 × 10 % = 0.015 (a tie).
    static let forecast = [
        "stage set Negotiation probability=33.33",
        "stage set \"Proposal Sent\" probability=10",
        "add opp A owner=Lan value=1234.56 expected_close=2026-07-15",
        "add opp B owner=Lan value=0.15 expected_close=2026-07-31",
        "add opp C owner=Minh value=0.15 expected_close=2026-08-01",
        "move 3 to \"Proposal Sent\"",
        "add opp D value=0.15",
        "add opp E owner=Minh value=5000 expected_close=2026-09-01",
        "won 5",  // closed: not forecast
        "add lead L owner=Lan value=9999",  // a lead: not forecast
        "add opp N owner=Minh expected_close=2026-08-20",  // no value: a deal worth 0
    ]

    /// 21 closed opportunities: 1–10 won and 11–20 lost from Proposal Sent,
    /// 21 lost from Negotiation; one open opportunity and one lead.
    static let calibrate: [String] =
        (1...21).map { "add opp O\($0) created=2026-01-01" }
        + (1...20).map { "move \($0) to \"Proposal Sent\" on 2026-01-05" }
        + (1...10).map { "won \($0) on 2026-01-10" }
        + (11...20).map { "lost \($0) on 2026-01-10" }
        + ["lost 21 on 2026-01-06", "add opp Open created=2026-01-01", "add lead Lead created=2026-01-01"]

    /// A funnel over no records: zeros, every share `–`, and Lost with no previous.
    static let emptyFunnel = [
        ["New", "0", "0", "0", "0", "0", "–", "–"],
        ["Contacted", "0", "0", "0", "0", "0", "–", "–"],
        ["Qualified", "0", "0", "0", "0", "0", "–", "–"],
        ["Negotiation", "0", "0", "0", "0", "0", "–", "–"],
        ["Proposal Sent", "0", "0", "0", "0", "0", "–", "–"],
        ["Won", "0", "0", "0", "0", "", "–", "–"],
        ["Lost", "0", "0", "0", "0", "", "–", ""],
    ]

    // MARK: - Cases

    static let cases: [ReportCase] = [
        // Moving back and re-entering a stage.
        ReportCase(
            "funnel: a re-entered stage is reached once", reentry, "funnel",
            columns: ["stage", "now", "value", "entered", "reached", "lost here", "% of first", "% of previous"],
            [
                ["New", "1", "0", "2", "3", "0", "100.00%", "100.00%"],
                ["Contacted", "0", "0", "1", "2", "0", "66.67%", "66.67%"],
                ["Qualified", "0", "0", "1", "2", "0", "66.67%", "100.00%"],
                ["Negotiation", "1", "2500.50", "2", "2", "0", "66.67%", "100.00%"],
                ["Proposal Sent", "0", "0", "1", "1", "0", "33.33%", "50.00%"],
                ["Won", "1", "1000", "1", "1", "", "33.33%", "100.00%"],
                ["Lost", "0", "0", "1", "1", "", "33.33%", ""],
            ]),
        ReportCase(
            "dwell: each spell apart, creation spell included", reentry, "dwell",
            columns: ["stage", "spells", "mean days", "median days", "p90 days", "open", "open mean days"],
            [
                ["New", "2", "2.00", "2.00", "2.00", "1", "92.00"],
                ["Contacted", "2", "2.50", "2.50", "*", "0", "–"],
                ["Qualified", "1", "1.00", "1.00", "1.00", "0", "–"],
                ["Negotiation", "2", "7.00", "7.00", "*", "1", "147.00"],
                ["Proposal Sent", "1", "5.00", "5.00", "5.00", "0", "–"],
                ["Won", "0", "–", "–", "–", "1", "110.00"],
                ["Lost", "1", "12.00", "12.00", "12.00", "0", "–"],
            ]),
        ReportCase(
            "conversion: entered a stage again later (backwards)", reentry, "conversion from Contacted to New",
            columns: ["from", "to", "entered", "then entered", "conversion", "low", "high", "note"],
            [
                ["Contacted", "New", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"]
            ]),
        ReportCase(
            "conversion: reopened after Lost, Negotiation entered again", reentry,
            "conversion from \"Proposal Sent\" to Negotiation",
            [
                ["Proposal Sent", "Negotiation", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"]
            ]),
        ReportCase(
            "conversion: an entry before S1 does not count", reentry, "conversion from Won to Negotiation",
            [
                ["Won", "Negotiation", "1", "0", "0.00%", "0.00%", "79.35%", "n < 20"]
            ]),
        ReportCase(
            "conversion: a stage entered again", reentry, "conversion from Contacted to Contacted",
            [
                ["Contacted", "Contacted", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"]
            ]),
        ReportCase(
            "conversion: none given, consecutive pairs and each to Won", reentry, "conversion",
            [
                ["New", "Contacted", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["Contacted", "Qualified", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Qualified", "Negotiation", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Negotiation", "Proposal Sent", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["New", "Won", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["Contacted", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Qualified", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Negotiation", "Won", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["Proposal Sent", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
            ]),
        ReportCase(
            "conversion from S1: to every later stage", reentry, "conversion from Contacted",
            [
                ["Contacted", "Qualified", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Contacted", "Negotiation", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Contacted", "Proposal Sent", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Contacted", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Contacted", "Lost", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
            ]),
        ReportCase(
            "conversion to S2: from every earlier stage", reentry, "conversion to Won",
            [
                ["New", "Won", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["Contacted", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Qualified", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
                ["Negotiation", "Won", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["Proposal Sent", "Won", "1", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
            ]),
        ReportCase(
            "conversion from S1 to S2", reentry, "conversion from New to Qualified",
            [
                ["New", "Qualified", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"]
            ]),
        ReportCase(
            "cycle: creation to the last entry into the closed stage", reentry, "cycle",
            columns: ["outcome", "records", "mean days", "median days", "p90 days", "no created"],
            [
                ["won", "1", "41.00", "41.00", "41.00", "0"],
                ["lost", "0", "–", "–", "–", "0"],
                ["open", "2", "", "", "", ""],
            ]),
        ReportCase(
            "funnel by owner: the missing owner is the last group", reentry, "funnel by owner",
            columns: ["owner", "stage", "now", "value", "entered", "reached", "lost here", "% of first", "% of previous"],
            [
                ["Lan", "New", "0", "0", "1", "1", "0", "100.00%", "100.00%"],
                ["Lan", "Contacted", "0", "0", "1", "1", "0", "100.00%", "100.00%"],
                ["Lan", "Qualified", "0", "0", "1", "1", "0", "100.00%", "100.00%"],
                ["Lan", "Negotiation", "0", "0", "1", "1", "0", "100.00%", "100.00%"],
                ["Lan", "Proposal Sent", "0", "0", "1", "1", "0", "100.00%", "100.00%"],
                ["Lan", "Won", "1", "1000", "1", "1", "", "100.00%", "100.00%"],
                ["Lan", "Lost", "0", "0", "1", "1", "", "100.00%", ""],
                ["Minh", "New", "1", "0", "1", "1", "0", "100.00%", "100.00%"],
                ["Minh", "Contacted", "0", "0", "0", "0", "0", "0.00%", "0.00%"],
                ["Minh", "Qualified", "0", "0", "0", "0", "0", "0.00%", "–"],
                ["Minh", "Negotiation", "0", "0", "0", "0", "0", "0.00%", "–"],
                ["Minh", "Proposal Sent", "0", "0", "0", "0", "0", "0.00%", "–"],
                ["Minh", "Won", "0", "0", "0", "0", "", "0.00%", "–"],
                ["Minh", "Lost", "0", "0", "0", "0", "", "0.00%", ""],
                ["", "New", "0", "0", "0", "1", "0", "100.00%", "100.00%"],
                ["", "Contacted", "0", "0", "0", "1", "0", "100.00%", "100.00%"],
                ["", "Qualified", "0", "0", "0", "1", "0", "100.00%", "100.00%"],
                ["", "Negotiation", "1", "2500.50", "1", "1", "0", "100.00%", "100.00%"],
                ["", "Proposal Sent", "0", "0", "0", "0", "0", "0.00%", "0.00%"],
                ["", "Won", "0", "0", "0", "0", "", "0.00%", "–"],
                ["", "Lost", "0", "0", "0", "0", "", "0.00%", ""],
            ]),

        // as of DATE: the ledger replayed up to and including the moment.
        ReportCase(
            "funnel as of a bare date: its 00:00, inclusive; later records absent", reentry,
            "funnel as of 2026-01-15",
            [
                ["New", "0", "0", "1", "2", "0", "100.00%", "100.00%"],
                ["Contacted", "0", "0", "1", "2", "0", "100.00%", "100.00%"],
                ["Qualified", "0", "0", "1", "2", "0", "100.00%", "100.00%"],
                ["Negotiation", "1", "2500.50", "2", "2", "0", "100.00%", "100.00%"],
                ["Proposal Sent", "1", "1000", "1", "1", "0", "50.00%", "50.00%"],
                ["Won", "0", "0", "0", "0", "", "0.00%", "0.00%"],
                ["Lost", "0", "0", "0", "0", "", "0.00%", ""],
            ]),
        ReportCase(
            "funnel as of a minute before a move", reentry, "funnel as of 2026-01-14T23:59",
            [
                ["New", "0", "0", "1", "2", "0", "100.00%", "100.00%"],
                ["Contacted", "0", "0", "1", "2", "0", "100.00%", "100.00%"],
                ["Qualified", "0", "0", "1", "2", "0", "100.00%", "100.00%"],
                ["Negotiation", "2", "3500.50", "2", "2", "0", "100.00%", "100.00%"],
                ["Proposal Sent", "0", "0", "0", "0", "0", "0.00%", "0.00%"],
                ["Won", "0", "0", "0", "0", "", "0.00%", "–"],
                ["Lost", "0", "0", "0", "0", "", "0.00%", ""],
            ]),
        // `where` under `as of` reads the stage as it was too: nobody was won
        // on 2026-01-15 (A was in Proposal Sent; it is won only since 02-11).
        ReportCase(
            "funnel where stage under as of: the stage then", reentry,
            "funnel where stage = Won as of 2026-01-15",
            emptyFunnel),
        ReportCase(
            "cycle as of: the record was lost then", reentry, "cycle as of 2026-01-25",
            [
                ["won", "0", "–", "–", "–", "0"],
                ["lost", "1", "19.00", "19.00", "19.00", "0"],
                ["open", "1", "", "", "", ""],
            ]),

        // Reopened records: winrate by the current stage, cycle by the last entry.
        ReportCase(
            "cycle: won again and lost again count their last entry", closing, "cycle",
            [
                ["won", "2", "25.00", "25.00", "*", "0"],
                ["lost", "2", "5.50", "5.50", "*", "0"],
                ["open", "1", "", "", "", ""],
            ]),
        ReportCase(
            "cycle by owner", closing, "cycle by owner",
            [
                ["Lan", "won", "1", "30.00", "30.00", "30.00", "0"],
                ["Lan", "lost", "1", "8.00", "8.00", "8.00", "0"],
                ["Lan", "open", "0", "", "", "", ""],
                ["Minh", "won", "0", "–", "–", "–", "0"],
                ["Minh", "lost", "1", "3.00", "3.00", "3.00", "0"],
                ["Minh", "open", "1", "", "", "", ""],
                ["", "won", "1", "20.00", "20.00", "20.00", "0"],
                ["", "lost", "0", "–", "–", "–", "0"],
                ["", "open", "0", "", "", "", ""],
            ]),
        ReportCase(
            "winrate: the current stage decides", closing, "winrate",
            columns: ["won", "lost", "closed", "win rate", "low", "high", "note"],
            [
                ["2", "2", "4", "50.00%", "15.00%", "85.00%", "n < 20"]
            ]),
        ReportCase(
            "winrate by owner: missing owner last", closing, "winrate by owner",
            columns: ["owner", "won", "lost", "closed", "win rate", "low", "high", "note"],
            [
                ["Lan", "1", "1", "2", "50.00%", "9.45%", "90.55%", "n < 20"],
                ["Minh", "0", "1", "1", "0.00%", "0.00%", "79.35%", "n < 20"],
                ["", "1", "0", "1", "100.00%", "20.65%", "100.00%", "n < 20"],
            ]),
        ReportCase(
            "winrate since: closed on or after", closing, "winrate since 2026-01-10",
            [
                ["2", "0", "2", "100.00%", "34.24%", "100.00%", "n < 20"]
            ]),
        ReportCase(
            "winrate until: closed before", closing, "winrate until 2026-01-10",
            [
                ["0", "2", "2", "0.00%", "0.00%", "65.76%", "n < 20"]
            ]),
        ReportCase(
            "winrate since and until", closing, "winrate since 2026-01-05 until 2026-02-01",
            [
                ["1", "1", "2", "50.00%", "9.45%", "90.55%", "n < 20"]
            ]),
        ReportCase(
            "winrate since, nothing closed: –", closing, "winrate since 2026-03-01",
            [
                ["0", "0", "0", "–", "–", "–", ""]
            ]),
        ReportCase(
            "winrate as of: won then, reopened and lost later", closing, "winrate as of 2026-01-02T12:00",
            [
                ["1", "0", "1", "100.00%", "20.65%", "100.00%", "n < 20"]
            ]),
        ReportCase(
            "winrate as of a bare date includes its 00:00", closing, "winrate as of 2026-01-05",
            [
                ["0", "2", "2", "0.00%", "0.00%", "65.76%", "n < 20"]
            ]),

        // A skipped stage.
        ReportCase(
            "funnel: a skipped stage is not reached", skip, "funnel",
            [
                ["New", "1", "0", "4", "4", "0", "100.00%", "100.00%"],
                ["Contacted", "0", "0", "2", "3", "0", "75.00%", "75.00%"],
                ["Qualified", "0", "0", "3", "3", "0", "75.00%", "100.00%"],
                ["Negotiation", "1", "0", "3", "3", "0", "75.00%", "100.00%"],
                ["Proposal Sent", "0", "0", "2", "2", "1", "50.00%", "66.67%"],
                ["Won", "1", "0", "1", "1", "", "25.00%", "50.00%"],
                ["Lost", "1", "0", "1", "1", "", "25.00%", ""],
            ]),
        // `help funnel`: strict counts only records that passed
        // every earlier stage in order. A skipped Contacted: it still reached
        // New, and no stage after the skip counts it.
        ReportCase(
            "funnel strict: a skip excludes the record from later stages only", skip,
            "funnel strict where name != D",
            [
                ["New", "1", "0", "3", "3", "0", "100.00%", "100.00%"],
                ["Contacted", "0", "0", "1", "1", "0", "33.33%", "33.33%"],
                ["Qualified", "0", "0", "1", "1", "0", "33.33%", "100.00%"],
                ["Negotiation", "1", "0", "1", "1", "0", "33.33%", "100.00%"],
                ["Proposal Sent", "0", "0", "1", "1", "0", "33.33%", "100.00%"],
                ["Won", "1", "0", "1", "1", "", "33.33%", "100.00%"],
                ["Lost", "0", "0", "0", "0", "", "0.00%", ""],
            ]),
        // D passed every open stage in order and was then lost from Proposal
        // Sent (no skip, as policy strict sees it): it counts in each of them.
        ReportCase(
            "funnel strict: a record lost after every stage in order still counts", skip,
            "funnel strict where name != A",
            [
                ["New", "1", "0", "3", "3", "0", "100.00%", "100.00%"],
                ["Contacted", "0", "0", "2", "2", "0", "66.67%", "66.67%"],
                ["Qualified", "0", "0", "2", "2", "0", "66.67%", "100.00%"],
                ["Negotiation", "0", "0", "2", "2", "0", "66.67%", "100.00%"],
                ["Proposal Sent", "0", "0", "2", "2", "1", "66.67%", "100.00%"],
                ["Won", "1", "0", "1", "1", "", "33.33%", "50.00%"],
                ["Lost", "1", "0", "1", "1", "", "33.33%", ""],
            ]),
        ReportCase(
            "conversion over a skipped stage", skip, "conversion from New to Contacted",
            [
                ["New", "Contacted", "4", "2", "50.00%", "15.00%", "85.00%", "n < 20"]
            ]),
        ReportCase(
            "conversion past a skipped stage", skip, "conversion from New to Qualified",
            [
                ["New", "Qualified", "4", "3", "75.00%", "30.06%", "95.44%", "n < 20"]
            ]),

        // A stage renamed after records passed it.
        ReportCase(
            "funnel after a rename: history follows", rename, "funnel",
            [
                ["New", "0", "0", "2", "2", "0", "100.00%", "100.00%"],
                ["Đã liên hệ", "1", "0", "2", "2", "0", "100.00%", "100.00%"],
                ["Qualified", "1", "0", "1", "1", "0", "50.00%", "50.00%"],
                ["Negotiation", "0", "0", "0", "0", "0", "0.00%", "0.00%"],
                ["Proposal Sent", "0", "0", "0", "0", "0", "0.00%", "–"],
                ["Won", "0", "0", "0", "0", "", "0.00%", "–"],
                ["Lost", "0", "0", "0", "0", "", "0.00%", ""],
            ]),
        ReportCase(
            "funnel as of, before the rename", rename, "funnel as of 2026-01-04",
            [
                ["New", "0", "0", "2", "2", "0", "100.00%", "100.00%"],
                ["Đã liên hệ", "2", "0", "2", "2", "0", "100.00%", "100.00%"],
                ["Qualified", "0", "0", "0", "0", "0", "0.00%", "0.00%"],
                ["Negotiation", "0", "0", "0", "0", "0", "0.00%", "–"],
                ["Proposal Sent", "0", "0", "0", "0", "0", "0.00%", "–"],
                ["Won", "0", "0", "0", "0", "", "0.00%", "–"],
                ["Lost", "0", "0", "0", "0", "", "0.00%", ""],
            ]),
        ReportCase(
            "conversion from the renamed stage", rename, "conversion from \"Đã liên hệ\" to Qualified",
            [
                ["Đã liên hệ", "Qualified", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"]
            ]),
        ReportCase(
            "conversion from the renamed stage typed decomposed (NFD)", rename,
            "conversion from \"Đa\u{0303} lie\u{0302}n he\u{0323}\u{0302}\" to qualified",
            [
                ["Đã liên hệ", "Qualified", "2", "1", "50.00%", "9.45%", "90.55%", "n < 20"]
            ]),
        ReportCase(
            "dwell after a rename", rename, "dwell",
            [
                ["New", "2", "1.50", "1.50", "*", "0", "–"],
                ["Đã liên hệ", "1", "3.00", "3.00", "3.00", "1", "149.00"],
                ["Qualified", "0", "–", "–", "–", "1", "147.00"],
                ["Negotiation", "0", "–", "–", "–", "0", "–"],
                ["Proposal Sent", "0", "–", "–", "–", "0", "–"],
                ["Won", "0", "–", "–", "–", "0", "–"],
                ["Lost", "0", "–", "–", "–", "0", "–"],
            ]),
        ReportCase(
            "history after a rename", rename, "history 1",
            [
                ["2026-01-01", "stage", "", "New", "create", ""],
                ["2026-01-02", "stage", "New", "Đã liên hệ", "manual", ""],
                ["2026-01-05", "stage", "Đã liên hệ", "Qualified", "manual", ""],
            ]),

        // Zero denominators: `–`, never NaN.
        ReportCase(
            "conversion from a stage nobody entered: –", rename, "conversion from \"Proposal Sent\" to Won",
            [
                ["Proposal Sent", "Won", "0", "0", "–", "–", "–", ""]
            ]),
        ReportCase(
            "calibrate with nothing closed: –", rename, "calibrate",
            [
                ["New", "5.00%", "0", "0", "–", "–"],
                ["Đã liên hệ", "10.00%", "0", "0", "–", "–"],
                ["Qualified", "20.00%", "0", "0", "–", "–"],
                ["Negotiation", "40.00%", "0", "0", "–", "–"],
                ["Proposal Sent", "60.00%", "0", "0", "–", "–"],
                ["Won", "100.00%", "0", "0", "–", "–"],
                ["Lost", "0.00%", "0", "0", "–", "–"],
            ]),
        ReportCase(
            "empty session: funnel", [], "funnel",
            emptyFunnel),
        ReportCase("empty session: winrate", [], "winrate", [["0", "0", "0", "–", "–", "–", ""]]),
        ReportCase(
            "empty session: cycle", [], "cycle",
            [
                ["won", "0", "–", "–", "–", "0"],
                ["lost", "0", "–", "–", "–", "0"],
                ["open", "0", "", "", "", ""],
            ]),
        ReportCase(
            "empty session: forecast", [], "forecast",
            columns: ["deals", "value", "weighted"], [["0", "0", "0"]]),
        ReportCase(
            "empty session: stuck", [], "stuck",
            columns: ["id", "name", "stage", "owner", "changed", "days in stage"], []),

        // stuck: per-stage thresholds, `over` overriding them, strictly older.
        ReportCase(
            "stuck: each stage's own threshold, oldest first", stuck, "stuck",
            [
                ["3", "C", "New", "", "2026-04-01", "61.00"],
                ["2", "B", "New", "Lan", "2026-05-10", "22.00"],
                ["4", "D", "Proposal Sent", "Minh", "2026-05-16", "16.00"],
            ]),
        ReportCase(
            "stuck over: one threshold for every stage", stuck, "stuck over 20d",
            [
                ["3", "C", "New", "", "2026-04-01", "61.00"],
                ["2", "B", "New", "Lan", "2026-05-10", "22.00"],
            ]),
        ReportCase(
            "stuck over 30d", stuck, "stuck over 30d",
            [
                ["3", "C", "New", "", "2026-04-01", "61.00"]
            ]),
        ReportCase(
            "stuck in a stage", stuck, "stuck in New",
            [
                ["3", "C", "New", "", "2026-04-01", "61.00"],
                ["2", "B", "New", "Lan", "2026-05-10", "22.00"],
            ]),
        ReportCase("stuck: exactly the threshold is not over it", stuck, "stuck in New over 61d", []),
        // Groups of open records only: a won deal is never stuck, so Won is no row.
        ReportCase(
            "stuck by stage", stuck, "stuck by stage", columns: ["stage", "stuck"],
            [
                ["New", "2"],
                ["Negotiation", "0"],
                ["Proposal Sent", "1"],
            ]),
        ReportCase(
            "stuck over by owner", stuck, "stuck over 20d by owner",
            [
                ["Lan", "1"],
                ["Minh", "0"],
                ["", "1"],
            ]),

        // forecast: exact sums of value × probability, rounded to cents once.
        ReportCase("forecast: open opportunities only", forecast, "forecast", [["5", "1235.01", "411.59"]]),
        ReportCase("forecast: a half cent rounds up", forecast, "forecast where id = 3", [["1", "0.15", "0.02"]]),
        ReportCase("forecast: 4.9995 cents", forecast, "forecast where id = 2", [["1", "0.15", "0.05"]]),
        ReportCase(
            "forecast by month of expected_close", forecast, "forecast by month",
            [
                ["2026-07", "2", "1234.71", "411.53"],
                ["2026-08", "2", "0.15", "0.02"],
                ["", "1", "0.15", "0.05"],
            ]),
        ReportCase(
            "forecast by month(expected_close)", forecast, "forecast by month(expected_close)",
            columns: ["month(expected_close)", "deals", "value", "weighted"],
            [
                ["2026-07", "2", "1234.71", "411.53"],
                ["2026-08", "2", "0.15", "0.02"],
                ["", "1", "0.15", "0.05"],
            ]),
        ReportCase(
            "forecast by owner", forecast, "forecast by owner",
            columns: ["owner", "deals", "value", "weighted"],
            [
                ["Lan", "2", "1234.71", "411.53"],
                ["Minh", "2", "0.15", "0.02"],
                ["", "1", "0.15", "0.05"],
            ]),

        // calibrate: the share won of closed records that entered each stage;
        // a suggestion only from 20 closed records up.
        ReportCase(
            "calibrate: observed shares, suggestions from 20 closed", calibrate, "calibrate",
            columns: ["stage", "probability", "closed", "won", "observed", "suggested"],
            [
                ["New", "5.00%", "0", "0", "–", "–"],
                ["Contacted", "10.00%", "0", "0", "–", "–"],
                ["Qualified", "20.00%", "0", "0", "–", "–"],
                ["Negotiation", "40.00%", "21", "10", "47.62%", "48.00%"],
                ["Proposal Sent", "60.00%", "20", "10", "50.00%", "50.00%"],
                ["Won", "100.00%", "10", "10", "100.00%", "–"],
                ["Lost", "0.00%", "11", "0", "0.00%", "–"],
            ]),
        ReportCase(
            "calibrate: 19 closed suggest nothing", calibrate, "calibrate where name != O20",
            [
                ["New", "5.00%", "0", "0", "–", "–"],
                ["Contacted", "10.00%", "0", "0", "–", "–"],
                ["Qualified", "20.00%", "0", "0", "–", "–"],
                ["Negotiation", "40.00%", "20", "10", "50.00%", "50.00%"],
                ["Proposal Sent", "60.00%", "19", "10", "52.63%", "–"],
                ["Won", "100.00%", "10", "10", "100.00%", "–"],
                ["Lost", "0.00%", "10", "0", "0.00%", "–"],
            ]),
    ]

    @Test("report cells", arguments: cases)
    func reportCells(_ c: ReportCase) throws {
        try c.check()
    }

    /// No cell of any report is NaN or infinite, on any ledger.
    @Test("no NaN anywhere", arguments: [reentry, closing, skip, rename, stuck, forecast, calibrate, []])
    func noNaN(_ ledger: [String]) throws {
        var s = ReportLedger.session(ledger)
        for report in ReportLedger.reports {
            let table = try StageTestSupport.table(&s, report)
            for row in table.rows {
                for cell in row {
                    #expect(ReportLedger.show(cell) != "NaN" && !ReportLedger.show(cell).contains("Infinity"), "\(report): \(cell)")
                }
            }
        }
    }

    /// Every report has the same columns, in the same order, in every output
    /// format, and the table is the same whatever `format` is set.
    @Test("same columns in every format", arguments: ReportLedger.reports)
    func sameColumnsInEveryFormat(_ report: String) throws {
        var s = ReportLedger.session(ReportTests.reentry)
        let table = try StageTestSupport.table(&s, report)
        let names = table.columns.map(\.name)
        #expect(!table.rows.isEmpty, "\(report) should have rows on this ledger")
        for row in table.rows {
            #expect(row.count == names.count, "\(report): a row of \(row.count) cells under \(names.count) columns")
        }
        for format in OutputFormat.allCases {
            let text = TableRenderer.render(table, format: format)
            let header = ReportLedger.header(text, format: format)
            #expect(header == names, "\(report) as \(format.rawValue): header \(header), columns \(names)")
            #expect(ReportLedger.rowCount(text, format: format) == table.rows.count, "\(report) as \(format.rawValue): row count")
            run(&s, "format \(format.rawValue)")
            #expect(try StageTestSupport.table(&s, report) == table, "\(report) under format \(format.rawValue)")
        }
    }
}

/// A report on a ledger built with the clock frozen at `clock`, and the cells it must give.
struct ReportCase: Sendable, CustomTestStringConvertible {
    let name: String
    let ledger: [String]
    let clock: Timestamp
    let report: String
    let columns: [String]?
    let rows: [[String]]

    init(
        _ name: String, _ ledger: [String], at clock: Timestamp = ReportLedger.clock, _ report: String, columns: [String]? = nil,
        _ rows: [[String]]
    ) {
        self.name = name
        self.ledger = ledger
        self.clock = clock
        self.report = report
        self.columns = columns
        self.rows = rows
    }

    var testDescription: String { "\(name) — \(report)" }

    /// Runs the report and compares its columns (when given) and every cell; `*` accepts any.
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        var s = ReportLedger.session(ledger, at: clock, sourceLocation: sourceLocation)
        let table = try StageTestSupport.table(&s, report)
        if let columns {
            #expect(table.columns.map(\.name) == columns, "columns of \(report)", sourceLocation: sourceLocation)
        }
        let actual = table.rows.map { $0.map(ReportLedger.show) }
        #expect(
            actual.count == rows.count, "\(report): \(actual.count) rows, expected \(rows.count):\n\(ReportLedger.text(actual))",
            sourceLocation: sourceLocation)
        for (i, (got, want)) in zip(actual, rows).enumerated() {
            let matches = got.count == want.count && zip(got, want).allSatisfy { $1 == "*" || $0 == $1 }
            #expect(matches, "\(report), row \(i + 1): got \(got), expected \(want)", sourceLocation: sourceLocation)
        }
    }
}

/// Building the sessions and reading their tables.
enum ReportLedger {
    /// Every report form the format and NaN tests run.
    static let reports = [
        "funnel", "funnel strict", "funnel leads", "funnel opportunities by owner", "funnel as of 2026-01-15",
        "conversion", "conversion from New", "conversion to Won", "conversion from Negotiation to Won by owner",
        "winrate", "winrate by owner", "winrate since 2026-01-01 until 2026-12-31",
        "cycle", "cycle by owner", "dwell", "dwell by owner",
        "stuck", "stuck by stage", "stuck over 20d by owner", "stuck in Negotiation",
        "forecast", "forecast by owner", "forecast by stage", "calibrate", "calibrate by owner",
    ]

    /// The clock the ledgers are built at unless a case gives its own: 2026-06-01 00:00 UTC.
    static let clock = Timestamp(year: 2026, month: 6, day: 1)!

    /// A session at `clock` that has run `lines`.
    static func session(_ lines: [String], at clock: Timestamp = clock, sourceLocation: SourceLocation = #_sourceLocation) -> Session {
        testSession(clock: clock, running: lines, sourceLocation: sourceLocation)
    }

    /// A cell as the expectations write it: exact, ungrouped, `–` for undefined.
    static func show(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .undefined: return "–"
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .amount(let a): return a.plain
        case .total(let cents): return Amount.format(cents: cents, grouping: false)
        case .number(let v, let decimals): return CellText.fixed(v, decimals: decimals, grouping: false)
        case .percent(let v): return CellText.fixed(v, decimals: 2, grouping: false) + "%"
        case .time(let t): return t.display
        case .bool(let b): return String(b)
        case .bar(let v, _): return "bar \(v)"
        }
    }

    static func text(_ rows: [[String]]) -> String {
        rows.map { "  " + $0.joined(separator: " | ") }.joined(separator: "\n")
    }

    /// The column names a rendering shows, in order.
    static func header(_ text: String, format: OutputFormat) -> [String] {
        let first = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        switch format {
        case .table:
            return first.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        case .csv:
            return first.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        case .tsv:
            return first.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        case .markdown:
            let inner = first.dropFirst(2).dropLast(2)
            return inner.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
        case .json:
            // The keys of the first object, in the order written.
            let lines = text.split(separator: "\n")
            guard lines.count > 1 else { return [] }
            var keys: [String] = []
            var rest = Substring(lines[1])
            while let open = rest.range(of: "\""), let close = rest[open.upperBound...].range(of: "\": ") {
                let key = String(rest[open.upperBound..<close.lowerBound])
                keys.append(key)
                // Skip the value: up to the next `, "` outside the value, or the end.
                rest = rest[close.upperBound...]
                if rest.hasPrefix("\"") {
                    var i = rest.index(after: rest.startIndex)
                    while i < rest.endIndex && rest[i] != "\"" { i = rest[i] == "\\" ? rest.index(i, offsetBy: 2) : rest.index(after: i) }
                    rest = rest[min(rest.index(after: i), rest.endIndex)...]
                }
                guard let comma = rest.range(of: ", ") else { break }
                rest = rest[comma.upperBound...]
            }
            return keys
        }
    }

    /// How many data rows a rendering holds.
    static func rowCount(_ text: String, format: OutputFormat) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        switch format {
        // Header and rule, then rows, each led by a space, then the footer's lines.
        case .table: return lines.dropFirst(2).filter { $0.hasPrefix(" ") }.count
        case .csv, .tsv: return lines.count - 1
        case .markdown: return lines.count - 2
        case .json: return lines.count <= 1 ? 0 : lines.count - 2
        }
    }
}
