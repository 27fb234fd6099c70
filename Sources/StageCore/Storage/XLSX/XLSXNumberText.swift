import Foundation

/// The text of a number cell: the value as Excel holds it, or, in a date or
/// time style, the date it stands for.
enum XLSXNumberText {
    /// Appends a number as its shortest text that reads back as the same double: `9225.225` (Excel may store `9225.2250000000004`), `42` (not
    /// `42.0`), `0.000012` and `12000000000000000000` (never an exponent).
    ///
    /// Text that is no number is appended as it is.
    static func appendNumber(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let text = trimmed(raw)
        if isPlainInteger(text) {
            if text.count == 2 && text[0] == UInt8(ascii: "-") && text[1] == UInt8(ascii: "0") {
                out.append(UInt8(ascii: "0"))
            } else {
                out.append(contentsOf: text)
            }
            return
        }
        guard let v = parse(text) else {
            out.append(contentsOf: text)
            return
        }
        appendDouble(v, to: &out)
    }

    /// The number `raw` holds, if it is a finite decimal number.
    static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        let text = trimmed(raw)
        guard !text.isEmpty, text.count <= 64,
            text.allSatisfy({
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
            })
        else { return nil }
        // strtod on a NUL-terminated copy on the stack: no String per cell.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: text.count + 1) { c -> Double? in
            for i in 0..<text.count { c[i] = CChar(bitPattern: text[i]) }
            c[text.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(c.baseAddress!, &end)
            guard end == c.baseAddress! + text.count, v.isFinite else { return nil }
            return v
        }
    }

    private static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var s = 0, e = raw.count
        while s < e && (raw[s] == 32 || raw[s] == 9 || raw[s] == 10 || raw[s] == 13) { s += 1 }
        while e > s && (raw[e - 1] == 32 || raw[e - 1] == 9 || raw[e - 1] == 10 || raw[e - 1] == 13) { e -= 1 }
        return UnsafeBufferPointer(rebasing: raw[s..<e])
    }

    /// `-?(0|[1-9][0-9]*)` of at most 15 digits: printed as it is, the common case.
    private static func isPlainInteger(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < t.count && t[i] == UInt8(ascii: "-") { i += 1 }
        let digits = t.count - i
        guard digits >= 1 && digits <= 15, t[i] != UInt8(ascii: "0") || digits == 1 else { return false }
        while i < t.count {
            guard t[i] >= UInt8(ascii: "0") && t[i] <= UInt8(ascii: "9") else { return false }
            i += 1
        }
        return true
    }

    /// Appends `v` in plain decimal notation, with Swift's shortest round-trip digits.
    static func appendDouble(_ v: Double, to out: inout [UInt8]) {
        if v == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        if v.rounded(.towardZero) == v && abs(v) < 1e15 {
            out.append(contentsOf: String(Int64(v)).utf8)
            return
        }
        let text = Array(v.description.utf8)
        guard let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else {
            out.append(contentsOf: text)
            return
        }
        // d.ddde±x: the digits, and where the point goes among them.
        var mantissa = text[..<e]
        if mantissa.first == UInt8(ascii: "-") {
            out.append(UInt8(ascii: "-"))
            mantissa = mantissa.dropFirst()
        }
        let point = mantissa.firstIndex(of: UInt8(ascii: ".")).map { $0 - mantissa.startIndex } ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != UInt8(ascii: ".") })
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        let exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        let at = point + exponent
        if at <= 0 {
            out.append(contentsOf: "0.".utf8)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -at))
            out.append(contentsOf: digits)
        } else if at >= digits.count {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: at - digits.count))
        } else {
            out.append(contentsOf: digits[..<at])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[at...])
        }
    }

    /// Appends the date an Excel serial stands for: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when it has a time of day (to the nearest second) or its
    /// format shows one (a `dateTime` at midnight); a time style below one day gives `HH:MM:SS`.
    ///
    /// False (nothing appended) for a serial no date has: negative, or past 9999-12-31.
    ///
    /// In the 1900 system serial 1 is 1900-01-01 and Excel counts a
    /// 1900-02-29 (serial 60) that never was, as Lotus 1-2-3 did: serials
    /// from 61 on are one day later than counting from 1899-12-31 gives.
    /// Serials 0 and 60 print as Excel shows them, 1900-01-00 and 1900-02-29.
    /// In the 1904 system (`date1904`) serial 0 is 1904-01-01.
    static func appendDate(_ serial: Double, kind: XLSXStyles.Kind, date1904: Bool, to out: inout [UInt8]) -> Bool {
        guard serial >= 0, serial < (date1904 ? 2_957_004 : 2_958_466) else { return false }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        if kind == .time && serial < 1 && days == 0 {
            appendTime(seconds, to: &out)
            return true
        }
        let (y, m, d): (Int, Int, Int)
        if date1904 {
            (y, m, d) = civil(days - 24_107)
        } else if days == 0 {
            (y, m, d) = (1900, 1, 0)
        } else if days == 60 {
            (y, m, d) = (1900, 2, 29)
        } else {
            (y, m, d) = civil(days < 60 ? days - 25_568 : days - 25_569)
        }
        append(y, 4, &out)
        out.append(UInt8(ascii: "-"))
        append(m, 2, &out)
        out.append(UInt8(ascii: "-"))
        append(d, 2, &out)
        if seconds != 0 || kind != .date {
            out.append(UInt8(ascii: " "))
            appendTime(seconds, to: &out)
        }
        return true
    }

    private static func appendTime(_ seconds: Int, to out: inout [UInt8]) {
        append(seconds / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        append(seconds / 60 % 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        append(seconds % 60, 2, &out)
    }

    /// Appends `n` (not negative) in at least `width` digits.
    private static func append(_ n: Int, _ width: Int, _ out: inout [UInt8]) {
        var digits = 1, p = 10
        while p <= n {
            digits += 1
            p *= 10
        }
        for _ in digits..<max(width, digits) { out.append(UInt8(ascii: "0")) }
        p /= 10
        while p > 0 {
            out.append(UInt8(ascii: "0") + UInt8(n / p % 10))
            p /= 10
        }
    }

    /// Year, month and day of a day counted from 1970-01-01.
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let c = Timestamp(seconds: Int64(days) * 86_400).civil
        return (c.year, c.month, c.day)
    }
}
