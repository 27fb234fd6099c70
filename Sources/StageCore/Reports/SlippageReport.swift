/// `slippage [by FIELD]`: how the selected records' expected close dates moved, read from their
/// expected_close field events.
///
/// Columns: `records`, the selected records with an expected close (now, or changed once);
/// `pushed`, those whose date was pushed later at least once; `pushes`, the changes to a later
/// date; `days pushed`, the days those added up to; `days per push`, their mean; `pulled in`,
/// the records whose date was moved earlier at least once. A change that sets a first date or
/// clears one is neither. `as of` counts the changes made by then, over the records as they
/// stood then.
enum SlippageReport: Report {
    static let name = "slippage"
    static let examples = ["slippage", "slippage by owner", "slippage where kind = opportunity as of 2026-06-30"]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let chartColumn: String? = "pushed"

    static func run(_ c: ReportContext) -> Table {
        let s = c.store, f = s.fieldEvents, n = s.slotCount
        let groups = c.groupCount
        let cutoff = c.cutoff
        // Per record: 1 its date changed, 2 pushed, 4 pulled in.
        var seen = [UInt8](repeating: 0, count: n)
        var pushes = [Int](repeating: 0, count: groups)
        var seconds = [Int64](repeating: 0, count: groups)
        let expectedClose = TrackedField.expectedClose.rawValue
        c.group.withUnsafeBufferPointer { group in
            f.field.withUnsafeBufferPointer { field in
                f.record.withUnsafeBufferPointer { record in
                    f.at.withUnsafeBufferPointer { at in
                        f.old.withUnsafeBufferPointer { old in
                            f.new.withUnsafeBufferPointer { new in
                                for i in 0..<f.count where field[i] == expectedClose {
                                    let r = Int(record[i])
                                    guard group[r] >= 0 else { continue }
                                    if let cutoff, at[i] != missing && at[i] > cutoff { continue }
                                    seen[r] |= 1
                                    let a = old[i], b = new[i]
                                    guard a != missing && b != missing && a != b else { continue }
                                    if b > a {
                                        seen[r] |= 2
                                        pushes[Int(group[r])] += 1
                                        seconds[Int(group[r])] += b - a
                                    } else {
                                        seen[r] |= 4
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var records = [Int](repeating: 0, count: groups), pushed = records, pulled = records
        c.group.withUnsafeBufferPointer { group in
            s.expectedClose.withUnsafeBufferPointer { expected in
                for r in 0..<n where group[r] >= 0 {
                    let g = Int(group[r]), k = seen[r]
                    if expected[r] != missing || k != 0 { records[g] += 1 }
                    if k & 2 != 0 { pushed[g] += 1 }
                    if k & 4 != 0 { pulled[g] += 1 }
                }
            }
        }
        let columns = [
            Column("records", alignment: .right).translated(), Column("pushed", alignment: .right).translated(),
            Column("pushes", alignment: .right).translated(), Column("days pushed", alignment: .right).translated(),
            Column("days per push", alignment: .right).translated(), Column("pulled in", alignment: .right).translated(),
        ]
        return c.table(
            columns,
            rows: { g in
                let days = Double(seconds[g]) / 86_400
                return [
                    [
                        .integer(Int64(records[g])), .integer(Int64(pushed[g])), .integer(Int64(pushes[g])),
                        .number(days, decimals: 2), pushes[g] == 0 ? .undefined : .number(days / Double(pushes[g]), decimals: 2),
                        .integer(Int64(pulled[g])),
                    ]
                ]
            })
    }
}
