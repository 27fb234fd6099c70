import Foundation

/// A share of records, `successes` of `trials`, with its 95% Wilson score interval.
///
/// The Wilson interval stays inside 0…1 and keeps a sensible width for small counts and
/// for shares of 0 or 1, where the normal approximation gives nonsense (0/10 is not "0%
/// give or take nothing"). Rates in reports print it as `low` and `high`.
struct Proportion: Sendable, Equatable {
    let successes: Int
    let trials: Int

    /// The z-score of a two-sided 95% interval.
    static let z95 = 1.959963984540054

    /// The share, or nil with no trials.
    var rate: Double? { trials > 0 ? Double(successes) / Double(trials) : nil }

    /// The 95% Wilson score interval, or nil with no trials.
    var interval: (low: Double, high: Double)? {
        guard trials > 0 else { return nil }
        let n = Double(trials), p = Double(successes) / n, z = Proportion.z95
        let denominator = 1 + z * z / n
        let centre = p + z * z / (2 * n)
        let margin = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        return (max(0, (centre - margin) / denominator), min(1, (centre + margin) / denominator))
    }
}
