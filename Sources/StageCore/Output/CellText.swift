/// Per-format text of cells, shared by every renderer so a value reads the same everywhere.
enum CellText {
    /// Human-facing text (tables, markdown, cards): grouped digits, `%`, yes/no, bars drawn as `bars` say.
    static func display(_ cell: Cell, bars: Bars = Bars(), language: Language = .english) -> String {
        switch cell {
        case .null: return ""
        case .undefined: return "–"
        case .bar(let share, let lost): return bars.draw(share, lost: lost)
        case .text(let s): return s
        case .integer(let n): return integer(n, grouping: true)
        case .amount(let a): return a.grouped
        case .total(let cents): return Amount.format(cents: cents, grouping: true)
        case .number(let v, let decimals): return fixed(v, decimals: decimals, grouping: true)
        case .percent(let v): return fixed(v, decimals: 2, grouping: true) + (v.isFinite ? "%" : "")
        case .time(let t): return t.display
        case .bool(let b): return (b ? Message.yes : Message.no).text(in: language)
        }
    }

    /// Machine text (CSV, TSV): exact, ungrouped, ISO times, true/false.
    static func plain(_ cell: Cell) -> String {
        switch cell {
        case .null, .undefined: return ""
        case .bar(let share, _): return fixed(share, decimals: 4, grouping: false)
        case .text(let s): return s
        case .integer(let n): return integer(n, grouping: false)
        case .amount(let a): return a.plain
        case .total(let cents): return Amount.format(cents: cents, grouping: false)
        case .number(let v, let decimals): return fixed(v, decimals: decimals, grouping: false)
        case .percent(let v): return fixed(v, decimals: 2, grouping: false)
        case .time(let t): return t.iso8601
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// A JSON literal for the cell; non-finite numbers become null because JSON has no NaN.
    static func json(_ cell: Cell) -> String {
        switch cell {
        case .null, .undefined: return "null"
        case .bar: return plain(cell)
        case .text(let s): return jsonString(s)
        case .number(let v, _), .percent(let v):
            return v.isFinite ? plain(cell) : "null"
        case .time(let t): return "\"" + t.iso8601 + "\""
        case .integer, .amount, .total, .bool: return plain(cell)
        }
    }

    static func integer(_ n: Int64, grouping: Bool) -> String {
        // `magnitude` keeps Int64.min from overflowing on negation.
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + (grouping ? grouped(digits) : digits)
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        let decimals = min(max(decimals, 0), 18)
        var scale: Int128 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = value.magnitude * Double(scale)
        // Beyond Int128 the digits are noise anyway; fall back to Swift's shortest form.
        guard scaled < 1e38 else { return String(value) }
        // Rounding by hand: `Double.rounded()` calls libm's round(), which a
        // Linux executable only links when something imports Glibc or Foundation.
        var units = Int128(scaled)
        if scaled - Double(units) >= 0.5 { units += 1 }
        let whole = String(units / scale)
        var text = (value < 0 && units != 0 ? "-" : "") + (grouping ? grouped(whole) : whole)
        if decimals > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// A run of digits with a comma every three from the right.
    static func grouped(_ digits: String) -> String {
        let count = digits.utf8.count
        guard count > 3 else { return digits }
        var out = ""
        out.reserveCapacity(count + count / 3)
        for (i, ch) in digits.enumerated() {
            if i > 0 && (count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// Control characters as visible escapes, so one row stays one line and
    /// stray terminal sequences in data cannot restyle the screen.
    static func escaped(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\x" + hex(scalar.value, digits: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Display text made safe inside a markdown table row.
    static func markdownEscaped(_ s: String) -> String {
        let single = escaped(s)
        guard single.contains("|") else { return single }
        return single.replacingAll("|", with: "\\|")
    }

    /// An RFC 4180 field, quoted only when it holds a comma, quote, CR or LF.
    static func csvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// A TSV field; escapes replace quoting so every record is one line.
    static func tsvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A JSON string literal; non-ASCII stays as UTF-8.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                out += "\\u" + hex(scalar.value, digits: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

extension String {
    /// Every occurrence of `target` replaced, without needing Foundation.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if ch == target { out += replacement } else { out.append(ch) }
        }
        return out
    }
}
