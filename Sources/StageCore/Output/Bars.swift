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

    /// A bar for `share` of a full one, clamped to 0...1, its last `lost` of a full one light.
    ///
    /// The light part is whole columns (`░`, `.` where plain): eighth blocks exist only in solid. A negative share
    /// (a waterfall's deals out) is all light, up to a full bar.
    func draw(_ share: Double, lost: Double = 0) -> String {
        if share < 0 {
            let out = min(-share, 1)
            return draw(out, lost: out)
        }
        let s = share.isFinite ? min(max(share, 0), 1) : 0
        let l = lost.isFinite ? min(max(lost, 0), s) : 0
        let light = Int((l * Double(width)).rounded())
        if plain { return String(repeating: "#", count: Int(((s - l) * Double(width)).rounded())) + String(repeating: ".", count: light) }
        let eighths = Int(((s - l) * Double(width) * 8).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8] + String(repeating: "░", count: light)
    }
}
