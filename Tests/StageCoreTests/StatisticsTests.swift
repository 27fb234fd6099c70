import Foundation
import Testing

@testable import StageCore

/// The statistics of rates and insights, against values worked out independently (the formulas
/// evaluated in Python's math module).
struct StatisticsTests {
    @Test(arguments: [
        (5, 50, 0.04347576493189042, 0.21360231437479657),
        (0, 10, 0.0, 0.2775327998628892),
        (10, 10, 0.7224672001371106, 1.0),
        (37, 100, 0.2818236053432453, 0.4677947041905709),
        (1, 1, 0.20654931437723742, 1.0),
    ])
    func wilsonInterval(_ successes: Int, _ trials: Int, _ low: Double, _ high: Double) throws {
        let interval = try #require(Proportion(successes: successes, trials: trials).interval)
        #expect(abs(interval.low - low) < 1e-12 && abs(interval.high - high) < 1e-12, "\(interval)")
    }

    @Test func noTrialsNoRate() {
        #expect(Proportion(successes: 0, trials: 0).rate == nil)
        #expect(Proportion(successes: 0, trials: 0).interval == nil)
    }

    @Test(arguments: [
        (5, 50, 30, 92, -2.9858823019776137, 0.002827614504920842),
        (5, 50, 150, 345, -4.530900413317392, 5.873282168485915e-06),
        (20, 100, 20, 100, 0.0, 1.0),
    ])
    func twoProportionZTest(_ k1: Int, _ n1: Int, _ k2: Int, _ n2: Int, _ z: Double, _ p: Double) throws {
        let test = TwoProportionTest(segment: Proportion(successes: k1, trials: n1), rest: Proportion(successes: k2, trials: n2))
        #expect(abs(try #require(test.z) - z) < 1e-9)
        #expect(abs(test.pValue - p) / max(p, 1e-300) < 1e-6, "\(test.pValue)")
    }

    @Test func nothingToCompareIsNoFinding() {
        let empty = TwoProportionTest(segment: Proportion(successes: 0, trials: 0), rest: Proportion(successes: 3, trials: 9))
        #expect(empty.z == nil && empty.pValue == 1)
        let alike = TwoProportionTest(segment: Proportion(successes: 4, trials: 4), rest: Proportion(successes: 9, trials: 9))
        #expect(alike.z == nil && alike.pValue == 1)
    }

    /// Benjamini and Hochberg's own example (1995, table 1): 15 p-values, 4 discoveries at 5%.
    @Test func benjaminiHochbergPaperExample() {
        let p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0]
        #expect(BenjaminiHochberg.discoveries(p) == [0, 1, 2, 3])
        #expect(BenjaminiHochberg.discoveries(p.reversed()) == [14, 13, 12, 11])
        #expect(BenjaminiHochberg.discoveries([]) == [])
        // A later p-value under its line takes every smaller one with it (step-up, not step-down).
        #expect(BenjaminiHochberg.discoveries([0.04, 0.045, 0.05], rate: 0.05) == [0, 1, 2])
    }
}
