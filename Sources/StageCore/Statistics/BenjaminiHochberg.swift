/// Which of many tests stand after the Benjamini–Hochberg correction for the false discovery rate.
///
/// `insights` makes hundreds of comparisons (every step × every value of every field); at 5%
/// each, dozens would look significant by chance alone. Benjamini–Hochberg keeps the expected
/// share of false findings among those reported at `rate`.
enum BenjaminiHochberg {
    /// The indexes of `pValues` that are discoveries at false discovery rate `rate`: the
    /// smallest k p-values where the k-th smallest is at most k / m × rate, m the number of tests.
    static func discoveries(_ pValues: [Double], rate: Double = 0.05) -> Set<Int> {
        let m = Double(pValues.count)
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] || (pValues[$0] == pValues[$1] && $0 < $1) }
        var cut = -1
        for (rank, index) in order.enumerated() where pValues[index] <= Double(rank + 1) / m * rate { cut = rank }
        return Set(order.prefix(cut + 1))
    }
}
