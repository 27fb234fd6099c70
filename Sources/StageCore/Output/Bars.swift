/// Horizontal bars drawn with Unicode eighth blocks (or `#` where the terminal is dumb).
public enum Bars {
    /// How many columns a full bar takes; the shell sets it from the terminal width.
    nonisolated(unsafe) public static var width = 20
    /// `#` instead of block characters (TERM=dumb).
    nonisolated(unsafe) public static var plain = false

    static func draw(_ share: Double) -> String {
        let s = share.isFinite ? min(max(share, 0), 1) : 0
        if plain { return String(repeating: "#", count: Int((s * Double(width)).rounded())) }
        let eighths = Int((s * Double(width) * 8).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }
}
