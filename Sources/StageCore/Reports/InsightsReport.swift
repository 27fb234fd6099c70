import Foundation

/// `insights [min N]`: segments whose conversion or win rate differs from the rest's more than
/// chance would make it, ranked by the deals the gap is worth.
///
/// The steps are conversion's default pairs (each open stage to the next, each to won) and the
/// win rate; the segments are each value of owner, source, account, currency, value quartile
/// and every custom field with at most 50 values. Every segment with `min` records on each side
/// is compared with the rest of the step's records by the pooled two-proportion z-test, and
/// Benjamini–Hochberg over all those tests keeps the false findings at 5% of those reported:
/// hundreds of comparisons at 5% each would otherwise find dozens by chance.
enum InsightsReport: Report {
    static let name = "insights"
    static let examples = ["insights", "insights min 20", "insights all where kind = opportunity"]
    static let clauses: [ReportClause] = [.minimum, .every]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }

    static let defaultMinimum = 10
    /// A custom field with more values than this is an identifier or free text, not a segment.
    static let maximumCustomValues = 50
    static let falseDiscoveryRate = 0.05

    /// A field whose values split the records into segments.
    struct SegmentField {
        let name: String
        /// Each record's value as an index into `labels`; -1: no value.
        var code: [Int32]
        var labels: [String]
    }

    /// A step, and for each record whether it took part (1) and succeeded (2), or not (0).
    struct Step {
        let label: String
        let outcome: [UInt8]
    }

    /// One comparison of a segment with the rest of a step's records.
    struct Comparison {
        let step: Int, field: Int, value: Int
        let test: TwoProportionTest
        var p: Double { test.pValue }
        /// The deals the gap is worth: the segment's records times the difference of the rates.
        var deals: Double {
            Double(test.segment.trials) * abs((test.segment.rate ?? 0) - (test.rest.rate ?? 0))
        }
        var fewer: Bool { (test.segment.rate ?? 0) < (test.rest.rate ?? 0) }
    }

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        if let group = c.query.group { throw Diagnostic(Message.insightsNoGroup, at: group.range) }
        let minimum = c.query.minimum?.value ?? defaultMinimum
        if let m = c.query.minimum, m.value < 1 { throw Diagnostic(Message.insightsMinimum(m.value), at: m.range) }
        let steps = self.steps(c)
        let fields = segmentFields(c)
        var tests: [Comparison] = []
        for (k, step) in steps.enumerated() {
            if c.session.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
            var total = (trials: 0, hits: 0)
            for o in step.outcome where o > 0 {
                total.trials += 1
                if o == 2 { total.hits += 1 }
            }
            for (f, field) in fields.enumerated() {
                var trials = [Int](repeating: 0, count: field.labels.count), hits = trials
                for r in step.outcome.indices where step.outcome[r] > 0 && field.code[r] >= 0 {
                    trials[Int(field.code[r])] += 1
                    if step.outcome[r] == 2 { hits[Int(field.code[r])] += 1 }
                }
                for v in field.labels.indices where trials[v] >= minimum && total.trials - trials[v] >= minimum {
                    let segment = Proportion(successes: hits[v], trials: trials[v])
                    let rest = Proportion(successes: total.hits - hits[v], trials: total.trials - trials[v])
                    tests.append(Comparison(step: k, field: f, value: v, test: TwoProportionTest(segment: segment, rest: rest)))
                }
            }
        }
        let found = BenjaminiHochberg.discoveries(tests.map(\.p), rate: falseDiscoveryRate)
        let shown = c.query.every ? Array(tests.indices) : found.sorted()
        // Most deals first; equal ones by p-value, then in the order the tests were made.
        let ranked = shown.map { (index: $0, comparison: tests[$0]) }.enumerated().sorted { x, y in
            let a = x.element.comparison, b = y.element.comparison
            if a.deals != b.deals { return a.deals > b.deals }
            if a.p != b.p { return a.p < b.p }
            return x.offset < y.offset
        }.map(\.element)
        let findings = ranked.filter { found.contains($0.index) }.map(\.comparison)
        let segmentColumns = [
            Column("step").translated(), Column("field").translated(), Column("value").translated(),
            Column("records", alignment: .right).translated(), Column("converted", alignment: .right).translated(),
        ]
        let restColumns = [
            Column("rest records", alignment: .right).translated(), Column("rest converted", alignment: .right).translated(),
            Column("rest rate", alignment: .right).translated(), Column("p value", alignment: .right).translated(),
            Column("deals", alignment: .right).translated(),
        ]
        let columns =
            segmentColumns + RateColumns.columns(rate: "rate") + restColumns + (c.query.every ? [Column("finding").translated()] : [])
        let rows: [[Cell]] = ranked.map { index, f in
            let t = f.test
            let segment: [Cell] = [
                .text(steps[f.step].label), .text(fields[f.field].name), .text(fields[f.field].labels[f.value]),
                .integer(Int64(t.segment.trials)), .integer(Int64(t.segment.successes)),
            ]
            let restRate: Cell = t.rest.rate.map { .percent($0 * 100) } ?? .undefined
            let rest: [Cell] = [
                .integer(Int64(t.rest.trials)), .integer(Int64(t.rest.successes)), restRate, .text(pText(f.p)),
                .number(f.deals, decimals: 1),
            ]
            return segment + RateColumns.cells(t.segment) + rest + (c.query.every ? [.bool(found.contains(index))] : [])
        }
        let sentences = findings.enumerated().map { i, f in
            Message.insight(
                rank: i + 1, step: steps[f.step].label, field: fields[f.field].name, value: fields[f.field].labels[f.value],
                rate: percentText(f.test.segment.rate), hits: f.test.segment.successes, trials: f.test.segment.trials,
                restRate: percentText(f.test.rest.rate), restHits: f.test.rest.successes, restTrials: f.test.rest.trials,
                p: pText(f.p), deals: CellText.fixed(f.deals, decimals: 1, grouping: true), fewer: f.fewer)
        }
        let summary =
            findings.isEmpty
            ? Message.insightsNone(tests: tests.count, minimum: minimum)
            : Message.insightsSummary(tests: tests.count, findings: findings.count, minimum: minimum)
        return Table(columns: columns, rows: rows, footer: .lines([Message.rowCount(rows.count), summary] + sentences))
    }

    /// A p-value to read: four decimals, or two significant digits below 0.0001.
    static func pText(_ p: Double) -> String {
        p < 0.0001 ? String(format: "%.1e", p) : String(format: "%.4f", p)
    }

    static func percentText(_ rate: Double?) -> String {
        rate.map { CellText.fixed($0 * 100, decimals: 2, grouping: false) + "%" } ?? "–"
    }

    /// Conversion's default pairs, then the win rate of the records closed now.
    static func steps(_ c: ReportContext) -> [Step] {
        let p = c.pipeline, n = c.store.slotCount
        let pairs = ConversionReport.pairs(p, from: nil, to: nil, kinds: c.query.kinds)
        let (first, last) = ConversionReport.entries(c, pairs)
        let stageCount = p.stages.count
        var steps = pairs.map { a, b in
            var outcome = [UInt8](repeating: 0, count: n)
            for r in 0..<n where c.group[r] >= 0 {
                let f = first[r * stageCount + Int(a)]
                guard f >= 0 else { continue }
                outcome[r] = last[r * stageCount + Int(b)] > f ? 2 : 1
            }
            return Step(label: "\(p[a].name) → \(p[b].name)", outcome: outcome)
        }
        var closed = [UInt8](repeating: 0, count: n)
        let outcomes = p.stages.map(\.outcome)
        for r in 0..<n where c.group[r] >= 0 {
            switch outcomes[Int(c.stage[r])] {
            case .won: closed[r] = 2
            case .lost: closed[r] = 1
            case .open: break
            }
        }
        let winRate = c.session.language.catalogue.term("heading.win_rate") ?? "win rate"
        steps.append(Step(label: winRate, outcome: closed))
        return steps
    }

    /// Owner, source, account, currency, value quartile and the custom fields with few values.
    static func segmentFields(_ c: ReportContext) -> [SegmentField] {
        let s = c.store, n = s.slotCount
        var fields: [SegmentField] = []
        /// A field of pooled names: codes made dense over the selected records.
        func pooled(_ name: String, _ codes: [UInt32]) {
            var dense: [UInt32: Int32] = [:]
            var field = SegmentField(name: name, code: [Int32](repeating: -1, count: n), labels: [])
            for r in 0..<n where c.group[r] >= 0 && codes[r] != 0 {
                if let d = dense[codes[r]] {
                    field.code[r] = d
                } else {
                    let d = Int32(field.labels.count)
                    dense[codes[r]] = d
                    field.labels.append(s.pool[codes[r]])
                    field.code[r] = d
                }
            }
            if !field.labels.isEmpty { fields.append(field) }
        }
        for f in [Field.owner, .source, .account] { if let codes = s.codes(of: f) { pooled(f.name, codes) } }
        if !s.currencies.isEmpty { pooled(Field.currency.name, s.currencies) }
        if let quartiles = valueQuartiles(c) { fields.append(quartiles) }
        for (key, display) in s.customFieldNames.sorted(by: { $0.value < $1.value }) {
            var index: [String: Int32] = [:]
            var field = SegmentField(name: display, code: [Int32](repeating: -1, count: n), labels: [])
            var tooMany = false
            for (slot, values) in s.custom {
                let r = Int(slot)
                guard r < n, c.group[r] >= 0, let v = values[key], !v.isEmpty else { continue }
                if let d = index[v] {
                    field.code[r] = d
                } else {
                    guard field.labels.count < maximumCustomValues else {
                        tooMany = true
                        break
                    }
                    index[v] = Int32(field.labels.count)
                    field.code[r] = Int32(field.labels.count)
                    field.labels.append(v)
                }
            }
            if !tooMany && !field.labels.isEmpty { fields.append(field) }
        }
        return fields
    }

    /// The selected records' values cut into four groups of about equal size, each labelled by
    /// its upper bound (the last by its lower one); nil with fewer than four values.
    static func valueQuartiles(_ c: ReportContext) -> SegmentField? {
        let s = c.store, n = s.slotCount
        var values: [Int64] = []
        for r in 0..<n where c.group[r] >= 0 && s.values[r] != missing { values.append(s.values[r]) }
        guard values.count >= 4 else { return nil }
        // Three order statistics, each found among the values above the last (`select`), not a sort.
        var placed = 0
        let cuts = [(values.count - 1) / 4, (values.count - 1) / 2, 3 * (values.count - 1) / 4].map { k in
            if k >= placed { select(&values, k, in: placed..<values.count) }
            placed = k + 1
            return values[k]
        }
        let money = { (cents: Int64) in Amount.format(cents: Int128(cents), grouping: true) }
        var field = SegmentField(
            name: c.session.language.catalogue.term("heading.value_quartile") ?? "value quartile", code: [Int32](repeating: -1, count: n),
            labels: ["Q1 ≤ \(money(cuts[0]))", "Q2 ≤ \(money(cuts[1]))", "Q3 ≤ \(money(cuts[2]))", "Q4 > \(money(cuts[2]))"])
        for r in 0..<n where c.group[r] >= 0 && s.values[r] != missing {
            let v = s.values[r]
            field.code[r] = v <= cuts[0] ? 0 : v <= cuts[1] ? 1 : v <= cuts[2] ? 2 : 3
        }
        // Equal cuts (many equal values) leave a quartile empty: no segment of its own.
        return field
    }
}
