import StageTestSupport
import Testing

@testable import StageCore

/// Sessions built from command lines, for diffing one state against another.
private enum DiffFixture {
    /// A session with a frozen clock after running `lines`, each of which must succeed.
    static func session(
        _ lines: [String], from start: Session? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Session {
        var s = start ?? testSession(clock: Timestamp(year: 2026, month: 3, day: 1, hour: 9)!)
        run(&s, lines, sourceLocation: sourceLocation)
        return s
    }

    /// The pipeline every case starts from:
    /// 1 Acme (New, owner Lan, 1,000, account Acme, source Web), 2 Beta (New, owner Minh),
    /// 3 Gamma (Negotiation, 5,000), 4 Delta (Proposal Sent, 2,000), 5 Eps (Qualified),
    /// 6 Zeta (Won, 3,000), 7 Eta (Lost).
    static let baseLines = [
        "add lead Acme owner=Lan value=1000 account=Acme source=Web",
        "add lead Beta owner=Minh",
        "add opp Gamma value=5000 owner=Lan",
        "add opp Delta value=2000; log quote 4",
        "add lead Eps; move 5 to Contacted; move 5 to Qualified",
        "add opp Zeta value=3000; won 6",
        "add opp Eta; lost 7 because price",
    ]

    static let base = session(baseLines)

    /// The diff of the base pipeline against the base after `lines`.
    static func diff(after lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Table {
        WorkspaceDiff.table(from: base.workspace, to: session(lines, from: base, sourceLocation: sourceLocation).workspace)
    }
}

private func t(_ s: String) -> Cell { .text(s) }
private func money(_ units: Int64) -> Cell { .amount(Amount(units: units)) }

/// One expected row: id, name, change, from, to.
private func row(_ id: String, _ name: String, _ change: String, _ from: Cell, _ to: Cell) -> [Cell] {
    [t(id), t(name), t(change), from, to]
}

/// A diff case: commands run on a copy of the base session, and the rows they give.
struct DiffCase: CustomTestStringConvertible, Sendable {
    var label: String
    var lines: [String]
    var rows: [[Cell]]
    var testDescription: String { label }
}

@Suite struct WorkspaceDiffTests {
    static let cases: [DiffCase] = [
        DiffCase(
            label: "added", lines: ["add lead Theta"],
            rows: [row("8", "Theta", "added", .null, t("New"))]),
        DiffCase(
            label: "added opportunity", lines: ["add opp Iota value=10"],
            rows: [row("8", "Iota", "added", .null, t("Negotiation"))]),
        DiffCase(
            label: "removed", lines: ["delete 2"],
            rows: [row("2", "Beta", "removed", t("New"), .null)]),
        DiffCase(
            label: "advanced", lines: ["move 1 to Contacted"],
            rows: [row("1", "Acme", "advanced", t("New"), t("Contacted"))]),
        DiffCase(
            label: "advanced by skipping", lines: ["move 1 to Qualified"],
            rows: [row("1", "Acme", "advanced", t("New"), t("Qualified"))]),
        DiffCase(
            label: "converted lead advanced", lines: ["convert 5"],
            rows: [row("5", "Eps", "advanced", t("Qualified"), t("Negotiation"))]),
        DiffCase(
            label: "converted and won is won", lines: ["convert 5; won 5"],
            rows: [row("5", "Eps", "won", t("Qualified"), t("Won"))]),
        DiffCase(
            label: "won", lines: ["won 3"],
            rows: [row("3", "Gamma", "won", t("Negotiation"), t("Won"))]),
        DiffCase(
            label: "lost", lines: ["lost 4 because timing"],
            rows: [row("4", "Delta", "lost", t("Proposal Sent"), t("Lost"))]),
        DiffCase(
            label: "won to lost", lines: ["policy free; move 6 to Lost"],
            rows: [row("6", "Zeta", "lost", t("Won"), t("Lost"))]),
        DiffCase(
            label: "lost to won", lines: ["policy free; move 7 to Won"],
            rows: [row("7", "Eta", "won", t("Lost"), t("Won"))]),
        DiffCase(
            label: "moved back", lines: ["policy free; move 4 to Negotiation"],
            rows: [row("4", "Delta", "moved back", t("Proposal Sent"), t("Negotiation"))]),
        DiffCase(
            label: "reopened won deal moved back", lines: ["move 6 to Negotiation"],
            rows: [row("6", "Zeta", "moved back", t("Won"), t("Negotiation"))]),
        DiffCase(
            label: "reopened lost deal moved back", lines: ["move 7 to \"Proposal Sent\""],
            rows: [row("7", "Eta", "moved back", t("Lost"), t("Proposal Sent"))]),
        DiffCase(
            label: "moved there and back is no change", lines: ["move 1 to Contacted; policy free; move 1 to New"],
            rows: []),
        DiffCase(
            label: "value changed", lines: ["set 3 value=7500"],
            rows: [row("3", "Gamma", "value changed", money(5000), money(7500))]),
        DiffCase(
            label: "value set", lines: ["set 2 value=12.5"],
            rows: [row("2", "Beta", "value changed", .null, .amount(Amount(cents: 1250)))]),
        DiffCase(
            label: "value cleared", lines: ["set 4 value=\"\""],
            rows: [row("4", "Delta", "value changed", money(2000), .null)]),
        DiffCase(
            label: "owner changed", lines: ["set 1 owner=Minh"],
            rows: [row("1", "Acme", "owner changed", t("Lan"), t("Minh"))]),
        DiffCase(
            label: "owner set", lines: ["set 4 owner=\"Nguyễn Lan\""],
            rows: [row("4", "Delta", "owner changed", .null, t("Nguyễn Lan"))]),
        DiffCase(
            label: "owner cleared", lines: ["set 2 owner=\"\""],
            rows: [row("2", "Beta", "owner changed", t("Minh"), .null)]),
        DiffCase(
            label: "owner case only is no change", lines: ["set 1 owner=LAN"],
            rows: []),
        DiffCase(
            label: "name changed", lines: ["set 2 name=\"Beta Corp\""],
            rows: [row("2", "Beta Corp", "name changed", t("Beta"), t("Beta Corp"))]),
        DiffCase(
            label: "name case change is a change", lines: ["set 2 name=BETA"],
            rows: [row("2", "BETA", "name changed", t("Beta"), t("BETA"))]),
        DiffCase(
            label: "account changed", lines: ["set 1 account=Initech"],
            rows: [row("1", "Acme", "account changed", t("Acme"), t("Initech"))]),
        DiffCase(
            label: "account set", lines: ["set 3 account=Globex"],
            rows: [row("3", "Gamma", "account changed", .null, t("Globex"))]),
        DiffCase(
            label: "source changed", lines: ["set 1 source=Referral"],
            rows: [row("1", "Acme", "source changed", t("Web"), t("Referral"))]),
        DiffCase(
            label: "source cleared", lines: ["set 1 source=\"\""],
            rows: [row("1", "Acme", "source changed", t("Web"), .null)]),
        DiffCase(
            label: "several changes on one record, in order",
            lines: ["set 1 source=Ads account=Initech name=\"Acme 2\" owner=Minh value=2000", "move 1 to Contacted"],
            rows: [
                row("1", "Acme 2", "advanced", t("New"), t("Contacted")),
                row("1", "Acme 2", "value changed", money(1000), money(2000)),
                row("1", "Acme 2", "owner changed", t("Lan"), t("Minh")),
                row("1", "Acme 2", "name changed", t("Acme"), t("Acme 2")),
                row("1", "Acme 2", "account changed", t("Acme"), t("Initech")),
                row("1", "Acme 2", "source changed", t("Web"), t("Ads")),
            ]),
        DiffCase(
            label: "added record shows no field changes", lines: ["add opp Iota value=10 owner=Lan account=X source=Web"],
            rows: [row("8", "Iota", "added", .null, t("Negotiation"))]),
        DiffCase(
            label: "deleted and re-added under the same id is matched by id",
            lines: ["delete 2", "add lead Beta2 id=2 owner=Minh"],
            rows: [row("2", "Beta2", "name changed", t("Beta"), t("Beta2"))]),
        DiffCase(
            label: "renamed stage is a stage change by name",
            lines: ["stage rename Negotiation to Talks"],
            rows: [row("3", "Gamma", "moved", t("Negotiation"), t("Talks"))]),
        DiffCase(
            label: "renamed closed stage is a stage change by name",
            lines: ["stage rename Won to Signed"],
            rows: [row("6", "Zeta", "moved", t("Won"), t("Signed"))]),
        DiffCase(
            label: "stage renamed in case only is no change",
            lines: ["stage rename Negotiation to NEGOTIATION"],
            rows: []),
        DiffCase(
            label: "a new stage before shifts ranks but not names",
            lines: ["stage add opportunity Discovery before Negotiation", "stage add lead Nurture after New"],
            rows: []),
        DiffCase(
            label: "pipeline-only changes give no rows",
            lines: ["policy strict", "stage set Negotiation probability=55", "rule add on call move to Contacted"],
            rows: []),
        DiffCase(
            label: "undone changes give no rows",
            lines: ["set 1 owner=Minh", "delete 3", "add lead Theta", "undo", "undo", "undo"],
            rows: []),
    ]

    @Test(arguments: cases)
    func changeKinds(_ c: DiffCase) {
        let table = DiffFixture.diff(after: c.lines)
        #expect(table.rows == c.rows)
    }

    @Test func identicalWorkspacesGiveNoRows() {
        let w = DiffFixture.base.workspace
        let table = WorkspaceDiff.table(from: w, to: w)
        #expect(table.rows.isEmpty)
        #expect(table.columns.map(\.name) == ["id", "name", "change", "from", "to"])
        #expect(table.footer?.english == "(no changes)")
        let empty = WorkspaceDiff.table(from: Workspace(), to: Workspace())
        #expect(empty.rows.isEmpty)
    }

    @Test func everythingAddedOrRemovedAgainstAnEmptyWorkspace() {
        let w = DiffFixture.base.workspace
        let up = WorkspaceDiff.table(from: Workspace(), to: w)
        #expect(up.rows.map { $0[2] } == Array(repeating: t("added"), count: 7))
        #expect(up.rows.map { $0[0] } == (1...7).map { t(String($0)) })
        #expect(up.rows.map { $0[4] } == ["New", "New", "Negotiation", "Proposal Sent", "Qualified", "Won", "Lost"].map(t))
        #expect(up.footer?.english == "(7 changes to 7 records: 7 added)")
        let down = WorkspaceDiff.table(from: w, to: Workspace())
        #expect(down.rows.map { $0[2] } == Array(repeating: t("removed"), count: 7))
        #expect(down.rows[5] == row("6", "Zeta", "removed", t("Won"), .null))
        #expect(down.footer?.english == "(7 changes to 7 records: 7 removed)")
    }

    @Test func columnsAndCellTypes() {
        let table = DiffFixture.diff(after: ["set 1 value=2500 owner=Minh", "add lead Theta", "delete 2"])
        #expect(table.columns.map(\.name) == ["id", "name", "change", "from", "to"])
        #expect(table.columns.allSatisfy { $0.alignment == .left })
        #expect(table.columns.map { $0.heading(in: .vietnamese) } == ["mã", "tên", "thay đổi", "từ", "đến"])
        #expect(
            table.rows == [
                row("1", "Acme", "value changed", .amount(Amount(cents: 100_000)), .amount(Amount(cents: 250_000))),
                row("1", "Acme", "owner changed", t("Lan"), t("Minh")),
                row("2", "Beta", "removed", t("New"), .null),
                row("8", "Theta", "added", .null, t("New")),
            ])
        for r in table.rows {
            #expect(r.count == 5)
            for cell in r[0...2] {
                guard case .text = cell else { Issue.record("\(cell) is not text"); continue }
            }
        }
    }

    @Test func footerCountsChangesAndRecords() {
        let table = DiffFixture.diff(after: ["set 1 value=2500 owner=Minh", "won 3", "add lead Theta", "delete 2"])
        #expect(table.rows.count == 5)
        #expect(table.footer?.english == "(5 changes to 4 records: 1 added, 1 removed, 2 changed)")
        #expect(DiffFixture.diff(after: ["won 3"]).footer?.english == "(1 change to 1 record: 1 changed)")
    }

    @Test func summaryWording() {
        #expect(Message.diffSummary(changes: 0, added: 0, removed: 0, changed: 0).english == "(no changes)")
        #expect(Message.diffSummary(changes: 1, added: 0, removed: 1, changed: 0).english == "(1 change to 1 record: 1 removed)")
        #expect(Message.diffSummary(changes: 12, added: 1, removed: 0, changed: 4).english == "(12 changes to 5 records: 1 added, 4 changed)")
    }

    @Test func rowsSortedByIdNumericallyThenByChangeOrder() {
        // Ids 8...12 exist only in the new state, so add them to the base first.
        let start = DiffFixture.session(
            ["add lead R8", "add lead R9", "add lead R10", "add lead c2 id=c2", "add lead D1 id=D1"],
            from: DiffFixture.base)
        let end = DiffFixture.session(
            [
                "set D1 owner=Minh", "set 10 owner=Lan value=5", "set c2 source=Web", "delete 9",
                "set 2 source=Web", "add lead New11", "move 8 to Contacted", "set 8 value=1",
            ], from: start)
        let table = WorkspaceDiff.table(from: start.workspace, to: end.workspace)
        #expect(
            table.rows.map { [$0[0], $0[2]] } == [
                [t("2"), t("source changed")],
                [t("8"), t("advanced")],
                [t("8"), t("value changed")],
                [t("9"), t("removed")],
                [t("10"), t("value changed")],
                [t("10"), t("owner changed")],
                [t("11"), t("added")],
                [t("c2"), t("source changed")],
                [t("D1"), t("owner changed")],
            ])
    }

    @Test func stagesMatchByNameNotById() {
        // The same pipeline built in two orders numbers Review and Demo differently.
        let old = DiffFixture.session([
            "stage add opportunity Review after Negotiation", "stage add opportunity Demo after Negotiation",
            "add opp A", "move 1 to Demo", "add opp B", "move 2 to Review", "add opp C", "move 3 to Demo",
        ])
        let new = DiffFixture.session([
            "stage add opportunity Demo after Negotiation", "stage add opportunity Review after Demo",
            "add opp A", "move 1 to Demo", "add opp B", "move 2 to Review", "add opp C", "move 3 to Review",
        ])
        #expect(old.pipeline.stage(named: "Review") != new.pipeline.stage(named: "Review"))
        let table = WorkspaceDiff.table(from: old.workspace, to: new.workspace)
        #expect(table.rows == [row("3", "C", "advanced", t("Demo"), t("Review"))])
        let back = WorkspaceDiff.table(from: new.workspace, to: old.workspace)
        #expect(back.rows == [row("3", "C", "moved back", t("Review"), t("Demo"))])
    }

    @Test func ranksComeFromEachWorkspacesOwnPipeline() {
        // Contacted is rank 1 in the old pipeline and Nurture rank 1 in the
        // new one (which has Nurture before Contacted): equal ranks, so "moved".
        let old = DiffFixture.session(["add lead A", "move 1 to Contacted"])
        let new = DiffFixture.session(["stage add lead Nurture after New", "add lead A", "move 1 to Nurture"])
        #expect(old.pipeline.rank(old.store.stages[0]) == 1)
        #expect(new.pipeline.rank(new.store.stages[0]) == 1)
        let table = WorkspaceDiff.table(from: old.workspace, to: new.workspace)
        #expect(table.rows == [row("1", "A", "moved", t("Contacted"), t("Nurture"))])
        let later = DiffFixture.session(["stage add lead Nurture after New", "add lead A", "move 1 to Qualified"])
        #expect(
            WorkspaceDiff.table(from: old.workspace, to: later.workspace).rows
                == [row("1", "A", "advanced", t("Contacted"), t("Qualified"))])
    }

    @Test func namesCompareCaseInsensitivelyAcrossStores() {
        // Two independent sessions spell the owner, account and source differently.
        let old = DiffFixture.session(["add opp A owner=\"Nguyễn Lan\" account=ACME source=web value=10"])
        let new = DiffFixture.session(["add opp A owner=\"NGUYỄN LAN\" account=acme source=Web value=10"])
        #expect(WorkspaceDiff.table(from: old.workspace, to: new.workspace).rows.isEmpty)
        // Decomposed input matches the composed spelling.
        let decomposed = DiffFixture.session(["add opp A owner=\"Nguye\u{0302}\u{0303}n Lan\" account=Acme source=Web value=10"])
        #expect(WorkspaceDiff.table(from: old.workspace, to: decomposed.workspace).rows.isEmpty)
    }

    @Test func opportunityBackToLeadIsMovedBack() {
        let old = DiffFixture.session(["add opp A"])
        let new = DiffFixture.session(["add lead A"])
        #expect(
            WorkspaceDiff.table(from: old.workspace, to: new.workspace).rows
                == [row("1", "A", "moved back", t("Negotiation"), t("New"))])
        #expect(
            WorkspaceDiff.table(from: new.workspace, to: old.workspace).rows
                == [row("1", "A", "advanced", t("New"), t("Negotiation"))])
    }

    @Test func sameNameOfAnotherKindIsAStageChange() {
        // Stages match by kind and name: a lead stage Review is not the opportunity stage Review.
        let old = DiffFixture.session(["stage add lead Review after Qualified", "add lead A", "move 1 to Review"])
        let new = DiffFixture.session(["stage add opportunity Review after Negotiation", "add opp A", "move 1 to Review"])
        #expect(
            WorkspaceDiff.table(from: old.workspace, to: new.workspace).rows
                == [row("1", "A", "advanced", t("Review"), t("Review"))])
    }

    @Test func manyRecords() {
        var lines: [String] = []
        for i in 1...300 { lines.append("add lead L\(i) owner=O\(i % 7) value=\(i)") }
        let old = DiffFixture.session(lines)
        var edits: [String] = []
        for i in stride(from: 3, through: 300, by: 3) { edits.append("set \(i) value=\(i + 1)") }
        for i in stride(from: 5, through: 300, by: 5) { edits.append("delete \(i)") }
        let new = DiffFixture.session(edits, from: old)
        let table = WorkspaceDiff.table(from: old.workspace, to: new.workspace)
        let removed = Set(stride(from: 5, through: 300, by: 5))
        let changed = stride(from: 3, through: 300, by: 3).filter { !removed.contains($0) }
        #expect(table.rows.count == removed.count + changed.count)
        let ids = table.rows.map { row -> Int in
            guard case .text(let s) = row[0], let n = Int(s) else { return -1 }
            return n
        }
        #expect(ids == ids.sorted())
        #expect(
            table.footer
                == Message.diffSummary(
                    changes: table.rows.count, added: 0, removed: removed.count,
                    changed: changed.count))
    }
}
