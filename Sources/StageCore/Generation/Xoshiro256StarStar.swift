/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: small, fast, and the same sequence everywhere, unlike `SystemRandomNumberGenerator`.
///
/// Its draws are made here too, so no library algorithm can change them.
struct Xoshiro256StarStar {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A whole number in 0..<n (n > 0), by the high half of a 128-bit product.
    mutating func below(_ n: UInt64) -> UInt64 { next().multipliedFullWidth(by: n).high }

    mutating func below(_ n: Int) -> Int { Int(below(UInt64(n))) }

    /// A double in [0, 1), a multiple of 2⁻⁵³.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Exponential with mean 1.
    mutating func exponential() -> Double { -Determinate.log(1 - unit()) }

    /// Standard normal (Marsaglia's polar method).
    mutating func normal() -> Double {
        while true {
            let u = 2 * unit() - 1, v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * Determinate.log(s) / s).squareRoot() }
        }
    }
}
