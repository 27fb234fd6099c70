import Foundation

/// Whether two shares differ more than chance would make them: the pooled two-proportion z-test.
///
/// `insights` compares a segment (Enterprise deals) with the rest of the records on the same
/// step; the p-value is two-sided, from the normal distribution.
struct TwoProportionTest: Sendable, Equatable {
    let segment: Proportion
    let rest: Proportion

    /// The z statistic (positive when the segment's share is higher), or nil when either side
    /// has no trials or every record on both sides succeeded or failed alike.
    var z: Double? {
        guard segment.trials > 0, rest.trials > 0 else { return nil }
        let n1 = Double(segment.trials), n2 = Double(rest.trials)
        let pooled = Double(segment.successes + rest.successes) / (n1 + n2)
        let error = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        guard error > 0 else { return nil }
        return (Double(segment.successes) / n1 - Double(rest.successes) / n2) / error
    }

    /// The two-sided p-value; 1 where there is nothing to compare.
    var pValue: Double { z.map { erfc(abs($0) / 2.0.squareRoot()) } ?? 1 }
}
