/// Numbers written with thousands separators, as people write amounts
/// (`100,000`, `1 000 000`, `1.000.000`), which the language does not read:
/// a comma separates values, a space separates words, and `1.000` is one.
///
/// They are recognised only to say how stagesh writes them (`100k` or
/// `100_000`), never read as numbers: `1,500` could as well be two values.
enum ThousandsSeparators {
    /// The error for a number with separators written as one word
    /// (`1.000.000`, or `1 000 000` with no-break spaces), or nil.
    static func diagnostic(_ text: String, at range: SourceRange) -> Diagnostic? {
        guard let forms = forms(text) else { return nil }
        return Diagnostic(Message.thousandsSeparators(text), at: range, hint: Message.hintWriteNumber(forms))
    }

    /// The error for a number whose separators split it into tokens, when a parse failed at `failure`, the token after its first group: `100,000`
    /// failing at the comma, `1 000 000` at the second word.
    ///
    /// Nil otherwise.
    static func diagnostic(_ tokens: [Token], failingAt failure: SourceRange?) -> Diagnostic? {
        guard let failure, let at = tokens.firstIndex(where: { $0.range.start == failure.start }), at > 0 else { return nil }
        let first = tokens[at - 1]
        guard first.kind == .word else { return nil }
        // The number as written: its first group, then separators and groups glued to it.
        func isGroup(_ t: Token) -> Bool { t.kind == .word && t.text.utf8.first.map { $0 >= 48 && $0 <= 57 } == true }
        var text = first.text
        var end = first.range.end
        var i = at
        if tokens[at].kind == .comma {
            while i + 1 < tokens.count, tokens[i].kind == .comma, tokens[i].range.start == end,
                isGroup(tokens[i + 1]), tokens[i + 1].range.start == tokens[i].range.end
            {
                text += "," + tokens[i + 1].text
                end = tokens[i + 1].range.end
                i += 2
            }
        } else {
            // One space between the groups: the lexer drops it, so the gap is one byte.
            while i < tokens.count, isGroup(tokens[i]), tokens[i].range.start == end + 1 {
                text += " " + tokens[i].text
                end = tokens[i].range.end
                i += 1
            }
        }
        guard i > at else { return nil }
        return diagnostic(text, at: SourceRange(first.range.start, end))
    }

    /// How stagesh writes a number with separators: `100k` and `100_000`, or only `1_234_567` when no suffix writes it shortly.
    ///
    /// Nil when `text` is not such a number.
    static func forms(_ text: String) -> [String]? {
        var scalars = Substring(text).unicodeScalars[...]
        var sign = ""
        if let s = scalars.first, s == "-" || s == "+" {
            sign = s == "-" ? "-" : ""
            scalars = scalars.dropFirst()
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
        let lead = scalars.prefix(while: isDigit)
        guard (1...3).contains(lead.count), let separator = scalars.dropFirst(lead.count).first,
            [",", ".", " ", "\u{00A0}", "\u{202F}"].contains(separator)
        else { return nil }
        var groups = String(Substring(scalars)).split(separator: Character(separator), omittingEmptySubsequences: false)
            .map(String.init)
        // Only the last group may have a fraction, and only after a separator that is not the point.
        var fraction = ""
        if separator != ".", let last = groups.last, let point = last.firstIndex(of: ".") {
            fraction = String(last[point...])
            groups[groups.count - 1] = String(last[..<point])
            guard fraction.count > 1, fraction.dropFirst().allSatisfy(\.isASCII), fraction.dropFirst().allSatisfy(\.isNumber)
            else { return nil }
        }
        // One point is a decimal point (`1.000` is 1); two or more group thousands.
        guard groups.count >= (separator == "." ? 3 : 2),
            groups.dropFirst().allSatisfy({ $0.utf8.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let digits = groups.joined()
        var out: [String] = []
        if fraction.isEmpty, let short = short(digits) { out.append(sign + short) }
        out.append(sign + underscored(digits) + fraction)
        return out
    }

    /// `digits` with the largest suffix that writes it with at most two
    /// decimals and a whole part of at least 1 (`1.5m`, `100k`), or nil.
    private static func short(_ digits: String) -> String? {
        let d = Array(digits.drop { $0 == "0" })
        for (suffix, power) in [("b", 9), ("m", 6), ("k", 3)] where d.count > power {
            let whole = d.prefix(d.count - power), rest = d.suffix(power)
            guard rest.dropFirst(2).allSatisfy({ $0 == "0" }) else { continue }
            var decimals = String(rest.prefix(2))
            while decimals.hasSuffix("0") { decimals.removeLast() }
            return String(whole) + (decimals.isEmpty ? "" : "." + decimals) + suffix
        }
        return nil
    }

    /// `1234567` as `1_234_567`.
    private static func underscored(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "_" }
            out.append(c)
        }
        return out
    }
}
