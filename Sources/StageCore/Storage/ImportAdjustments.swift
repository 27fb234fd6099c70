/// What an import changed in a file to take it as the CRM had it: counted
/// per kind, with the first lines of each, so nothing is adjusted unseen.
///
/// A CRM accepted these rows; refusing the whole file for them would leave
/// the analyst with nothing. `strict` turns each kind into an error instead.
public struct ImportAdjustments: Sendable, Equatable {
    /// One kind of adjustment.
    public enum Kind: Int, CaseIterable, Sendable {
        /// NUL bytes dropped from a field (Salesforce rich-text fields carry them).
        case nulDropped
        /// An amount with more than two decimals, rounded half-even to the cent.
        case amountRounded
        /// A date-only close on the day of a timestamped creation: closed at the creation time.
        case closedOnCreationDay
        /// A close (or last change) before the creation: closed at the creation time.
        case closedBeforeCreation
        /// A record without a name, kept with an empty one.
        case nameMissing
        /// A history row that changes nothing, skipped.
        case unchangedRow
        /// A history whose last row's values differ from the records file, which wins.
        case historyDisagrees
        /// A field-history row of a field the ledger does not keep (the stage, the name), skipped.
        case untrackedField
    }

    /// How many lines the summary names per kind.
    public static let linesShown = 3

    public private(set) var counts = [Int](repeating: 0, count: Kind.allCases.count)
    /// The first lines of each kind, in file order.
    public private(set) var lines = [[Int]](repeating: [], count: Kind.allCases.count)

    public init() {}

    public var isEmpty: Bool { counts.allSatisfy { $0 == 0 } }

    mutating func note(_ kind: Kind, line: Int) {
        counts[kind.rawValue] += 1
        if lines[kind.rawValue].count < ImportAdjustments.linesShown { lines[kind.rawValue].append(line) }
    }

    mutating func mapLines(_ row: (Int) -> Int) { lines = lines.map { $0.map(row) } }

    /// Adds a later part's adjustments, its lines counted on by `lineOffset`.
    mutating func merge(_ other: ImportAdjustments, lineOffset: Int) {
        for k in counts.indices {
            counts[k] += other.counts[k]
            for l in other.lines[k] where lines[k].count < ImportAdjustments.linesShown { lines[k].append(l + lineOffset) }
        }
    }

    /// One line per kind that occurred: how many, what was done, the first lines.
    public var descriptions: [Message] {
        Kind.allCases.compactMap { k in
            counts[k.rawValue] == 0 ? nil : Message.importAdjusted(k, counts[k.rawValue], lines: lines[k.rawValue])
        }
    }
}
