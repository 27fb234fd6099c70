/// Puts the `k`-th smallest value of `a[range]` at index `k`, smaller or equal
/// ones before it and greater or equal ones after (C++'s `nth_element`).
///
/// A median and a p90 need two order statistics, not a sorted array: this
/// takes linear time on average where sorting hundreds of thousands of
/// durations would dominate a report. Pivots are medians of three; after
/// too many rounds the range is sorted, which bounds the worst case.
func select(_ a: inout [Int64], _ k: Int, in range: Range<Int>) {
    var lo = range.lowerBound, hi = range.upperBound - 1
    var rounds = 0
    while hi > lo {
        rounds += 1
        if rounds > 64 {
            a[lo...hi].sort()
            return
        }
        let mid = lo + (hi - lo) / 2
        // Median of three as the pivot.
        if a[mid] < a[lo] { a.swapAt(mid, lo) }
        if a[hi] < a[lo] { a.swapAt(hi, lo) }
        if a[hi] < a[mid] { a.swapAt(hi, mid) }
        let pivot = a[mid]
        var i = lo, j = hi
        while i <= j {
            while a[i] < pivot { i += 1 }
            while a[j] > pivot { j -= 1 }
            if i <= j {
                a.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        // Now a[lo...j] <= pivot <= a[i...hi], and anything between equals the pivot.
        if k <= j { hi = j } else if k >= i { lo = i } else { return }
    }
}

/// Quantiles of `a` (`qs` ascending), each interpolated linearly between the
/// two nearest ranks (DuckDB's `quantile_cont`); reorders `a`.
func quantiles(_ a: inout [Int64], _ qs: [Double]) -> [Double] {
    let n = a.count
    guard n > 0 else { return [] }
    // Ranks below `placed` are in front, in some order; the last one at placed − 1.
    var placed = 0
    return qs.map { q in
        let position = q * Double(n - 1)
        let lo = Int(position.rounded(.down))
        if lo >= placed {
            select(&a, lo, in: placed..<n)
            placed = lo + 1
        }
        let fraction = position - Double(lo)
        guard fraction > 0, lo + 1 < n else { return Double(a[lo]) }
        // The next rank is the smallest value after this one.
        let next = a[(lo + 1)..<n].min()!
        return Double(a[lo]) + (Double(next) - Double(a[lo])) * fraction
    }
}
