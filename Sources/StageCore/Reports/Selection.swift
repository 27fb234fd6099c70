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
/// two nearest ranks (DuckDB's `quantile_cont`); may reorder `a`.
func quantiles(_ a: inout [Int64], _ qs: [Double]) -> [Double] {
    let n = a.count
    guard n > 0 else { return [] }
    if n >= RankFinder.minimumCount, let finder = RankFinder(a) {
        return qs.map { q in
            let position = q * Double(n - 1)
            let lo = Int(position.rounded(.down))
            let fraction = position - Double(lo)
            let low = finder.value(at: lo)
            guard fraction > 0, lo + 1 < n else { return Double(low) }
            return Double(low) + (Double(finder.value(at: lo + 1)) - Double(low)) * fraction
        }
    }
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

/// Order statistics of many values by a histogram of their high bits: one pass counts, and each rank asked for reads only the values of its bucket.
///
/// Every pass is sequential, so a median of a million durations costs a few milliseconds where quickselect's
/// swaps cost ten.
struct RankFinder {
    /// Below this many values quickselect is as fast.
    static let minimumCount = 1 << 16
    static let bucketBits = 16

    let values: [Int64]
    let minimum: Int64
    let shift: UInt64
    /// How many values come before each bucket.
    let before: [Int]

    /// Nil when the values span more than 64 bits (the histogram could not be indexed).
    init?(_ values: [Int64]) {
        var lo = Int64.max, hi = Int64.min
        for v in values {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow else { return nil }
        let bits = 64 - UInt64(span).leadingZeroBitCount
        let shift = UInt64(max(0, bits - RankFinder.bucketBits))
        var counts = [Int](repeating: 0, count: (Int(UInt64(span) >> shift)) + 2)
        for v in values { counts[Int(UInt64(v &- lo) >> shift) + 1] += 1 }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        self.values = values
        minimum = lo
        self.shift = shift
        before = counts
    }

    /// The `k`-th smallest value (0-based).
    func value(at k: Int) -> Int64 {
        // The bucket whose values hold rank k: the last with fewer than k + 1 values before it.
        var lo = 0, hi = before.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if before[mid] <= k { lo = mid } else { hi = mid - 1 }
        }
        let bucket = lo
        var inBucket: [Int64] = []
        inBucket.reserveCapacity(before[bucket + 1] - before[bucket])
        for v in values where Int(UInt64(v &- minimum) >> shift) == bucket { inBucket.append(v) }
        inBucket.sort()
        return inBucket[k - before[bucket]]
    }
}
