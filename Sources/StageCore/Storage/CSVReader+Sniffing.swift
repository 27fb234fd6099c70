import Foundation

/// What the reader finds out about a file before its first row: whether it is text at all, and
/// which delimiter its header and first lines share.
extension CSVReader {
    /// Why the start of a text cannot be CSV, if it cannot: a zip archive (a workbook under a .csv name), UTF-16 without a byte-order mark read as
    /// bytes, or control bytes no text holds.
    ///
    /// Caught here, such a file gives one clear error instead of rows of garbage or its NULs dropped.
    static func notText(
        _ text: UnsafeBufferPointer<UInt8>, decodedFrom encoding: TextEncoding, line: Int
    ) -> CSVError? {
        if text.count >= 4 && text[0] == 0x50 && text[1] == 0x4B && text[2] == 3 && text[3] == 4 {
            return CSVError(line: line, message: Message.csvZipArchive)
        }
        if encoding != .utf16le && encoding != .utf16be, let utf16 = TextEncoding.utf16WithoutMark(text) {
            return CSVError(line: line, message: Message.csvLooksLikeUTF16(bigEndian: utf16 == .utf16be))
        }
        // Text has tab, line breaks and at most a stray control byte or two
        // (a DOS end-of-file mark); NULs are dropped and counted elsewhere.
        let sample = UnsafeBufferPointer(rebasing: text[..<min(text.count, 4096)])
        var controls = 0, firstControl: Int?
        for (i, b) in sample.enumerated() where (b < 0x20 && b != 0 && !(9...13).contains(b)) || b == 0x7F {
            controls += 1
            if firstControl == nil { firstControl = i }
        }
        guard controls >= 4 && controls * 32 >= sample.count, let at = firstControl else { return nil }
        var breaks = 0
        for i in 0..<at where sample[i] == 10 || (sample[i] == 13 && (i + 1 == sample.count || sample[i + 1] != 10)) {
            breaks += 1
        }
        return CSVError(line: line + breaks, message: Message.csvNotText(sample[at]))
    }

    static func best(_ counts: [Int]) -> UInt8? {
        var best: Int?
        for i in counts.indices where counts[i] > 0 && (best.map { counts[i] > counts[$0] } ?? true) { best = i }
        return best.map { delimiters[$0] }
    }

    /// How often each delimiter occurs outside quotes in the first line and in the line after it.
    static func countDelimiters(_ b: UnsafeBufferPointer<UInt8>) -> (header: [Int], next: [Int]) {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: delimiters.count), count: 2)
        var lineIndex = 0, inQuotes = false
        for c in b {
            if c == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if c == 10 {
                    lineIndex += 1
                    if lineIndex == 2 { break }
                } else if let k = delimiters.firstIndex(of: c) {
                    counts[lineIndex][k] += 1
                }
            }
        }
        return (counts[0], counts[1])
    }
}
