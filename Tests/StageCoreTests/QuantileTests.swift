import Testing

@testable import StageCore

/// The median and p90 of reports: the histogram rank finder and quickselect give exactly the
/// order statistics a full sort gives, on spreads that test each (negative values, ties, one far
/// outlier, a single value).
@Suite struct QuantileTests {
    /// Quantiles from a sorted copy, interpolated as `quantiles` does.
    static func sorted(_ values: [Int64], _ qs: [Double]) -> [Double] {
        let a = values.sorted()
        return qs.map { q in
            let position = q * Double(a.count - 1)
            let lo = Int(position.rounded(.down))
            let fraction = position - Double(lo)
            guard fraction > 0, lo + 1 < a.count else { return Double(a[lo]) }
            return Double(a[lo]) + (Double(a[lo + 1]) - Double(a[lo])) * fraction
        }
    }

    @Test(arguments: [7, 1_000, RankFinder.minimumCount, 300_001])
    func matchesASort(count: Int) {
        var rng = SystemRandomNumberGenerator()
        let spreads: [(String, () -> Int64)] = [
            ("days in seconds", { Int64.random(in: 0...(400 * 86_400), using: &rng) }),
            ("negative and positive", { Int64.random(in: -1_000_000...1_000_000, using: &rng) }),
            ("few values, many ties", { Int64.random(in: 0...3, using: &rng) }),
        ]
        let qs = [0.0, 0.1, 0.5, 0.9, 0.999, 1.0]
        for (name, draw) in spreads {
            var values = (0..<count).map { _ in draw() }
            let expected = Self.sorted(values, qs)
            #expect(quantiles(&values, qs) == expected, "\(name), \(count) values")
        }
        // One value far from the rest: its bucket holds all the others.
        var outlier = (0..<count).map { Int64($0 % 977) }
        outlier[count / 2] = Int64.max / 2
        let expected = Self.sorted(outlier, qs)
        #expect(quantiles(&outlier, qs) == expected)
    }

    @Test func extremesThatSpanMoreThan64BitsFallBackToQuickselect() {
        var values = (0..<RankFinder.minimumCount).map { Int64($0) }
        values[0] = .min
        values[1] = .max
        #expect(RankFinder(values) == nil)
        let expected = Self.sorted(values, [0.5, 0.9])
        #expect(quantiles(&values, [0.5, 0.9]) == expected)
    }
}
