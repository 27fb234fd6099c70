/// `log` and `exp` from correctly rounded IEEE-754 operations alone, so that
/// they give the same bits on every platform (libm's may differ in the last
/// place, which could shift a truncated second or a value by one).
enum Determinate {
    static let ln2Hi = 6.93147180369123816490e-01
    static let ln2Lo = 1.90821492927058770002e-10
    static let ln2 = 0.693147180559945309417232121458

    /// 1, 1/3, 1/5, … 1/25: the series of atanh.
    private static let oddReciprocals: [Double] = (0...12).map { 1 / Double(2 * $0 + 1) }

    /// The natural logarithm of a positive, finite, normal `x`.
    static func log(_ x: Double) -> Double {
        var e = Double(x.exponent)
        var m = x.significand
        if m > 1.4142135623730951 { m *= 0.5; e += 1 }
        // log m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172: thirteen terms reach 1e-19.
        let s = (m - 1) / (m + 1)
        let z = s * s
        var p = 0.0
        for c in oddReciprocals.reversed() { p = p * z + c }
        return (2 * s * p + e * ln2Lo) + e * ln2Hi
    }

    /// e to the power `x`, for |x| well inside the normal range.
    static func exp(_ x: Double) -> Double {
        let k = (x / ln2).rounded()
        let r = (x - k * ln2Hi) - k * ln2Lo
        // |r| ≤ 0.35: the Taylor series to r¹⁷/17! is exact to 1e-19.
        var p = 1.0
        for i in stride(from: 17, through: 1, by: -1) { p = 1 + p * r / Double(i) }
        return p * Double(sign: .plus, exponent: Int(k), significand: 1)
    }
}
