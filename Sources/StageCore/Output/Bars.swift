/// How horizontal bars are drawn: Unicode eighth blocks (or `#` where the terminal is dumb),
/// a full bar so many columns wide.
public struct Bars: Sendable, Equatable {
    /// How many columns a full bar takes; the shell fits it to the terminal.
    public var width: Int
    /// `#` instead of block characters (TERM=dumb).
    public var plain: Bool

    public init(width: Int = 20, plain: Bool = false) {
        self.width = width
        self.plain = plain
    }

    /// A bar for `share` of a full one, clamped to 0...1.
    func draw(_ share: Double) -> String {
        let s = share.isFinite ? min(max(share, 0), 1) : 0
        if plain { return String(repeating: "#", count: Int((s * Double(width)).rounded())) }
        let eighths = Int((s * Double(width) * 8).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }
}
