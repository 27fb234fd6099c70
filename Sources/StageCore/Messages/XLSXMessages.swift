import Foundation

/// The messages of reading Excel workbooks (`.xlsx`): the file, its parts, its XML and its cells.
extension Message {
    static var emptyFile: Message { Message(.emptyFile) }
    static var xlsxNotZip: Message { Message(.xlsxNotZip) }
    static var xlsxHintLooksLikeText: Message { Message(.xlsxHintLooksLikeText) }
    static var xlsxHintLegacyOrEncrypted: Message { Message(.xlsxHintLegacyOrEncrypted) }
    static func xlsxFileTooLarge(_ limit: Int) -> Message { Message(.xlsxFileTooLarge, .message(xlsxSize(limit))) }
    static var xlsxNoWorkbook: Message { Message(.xlsxNoWorkbook) }
    static var xlsxHintOpenDocument: Message { Message(.xlsxHintOpenDocument) }
    static var xlsxHintWordDocument: Message { Message(.xlsxHintWordDocument) }
    static var xlsxHintPresentation: Message { Message(.xlsxHintPresentation) }
    static func xlsxMissingPart(_ part: String) -> Message { Message(.xlsxMissingPart, .text(part)) }
    static func xlsxMissingSheetPart(_ sheet: String) -> Message { Message(.xlsxMissingSheetPart, .quoted(sheet)) }
    static func xlsxDamaged(_ part: String) -> Message { Message(.xlsxDamaged, .text(part)) }
    static var xlsxNoZipDirectory: Message { Message(.xlsxNoZipDirectory) }
    static func xlsxUnsupportedCompression(_ part: String) -> Message { Message(.xlsxUnsupportedCompression, .text(part)) }
    static func xlsxPartTooLarge(_ part: String, _ limit: Int) -> Message { Message(.xlsxPartTooLarge, .text(part), .message(xlsxSize(limit))) }
    static func xlsxTotalTooLarge(_ limit: Int) -> Message { Message(.xlsxTotalTooLarge, .message(xlsxSize(limit))) }
    static func xlsxCSVTooLarge(_ sheet: String, _ limit: Int) -> Message { Message(.xlsxCSVTooLarge, .quoted(sheet), .message(xlsxSize(limit))) }
    static var xlsxHintSplitSheet: Message { Message(.xlsxHintSplitSheet) }
    static var xlsxNoSheets: Message { Message(.xlsxNoSheets) }
    static func xlsxUnknownSheet(_ name: String) -> Message { Message(.xlsxUnknownSheet, .quoted(name)) }
    static func xlsxHintSheets(_ names: [String]) -> Message { Message(.xlsxHintSheets, .quotedList(names)) }
    static func xlsxNotWorksheet(_ name: String) -> Message { Message(.xlsxNotWorksheet, .quoted(name)) }
    /// A part that is not well-formed XML: `detail` is one of the `xml…` texts below.
    static func xlsxMalformedXML(_ part: String, line: Int, _ detail: Message) -> Message {
        Message(.xlsxMalformedXML, .text(part), .text("\(line)"), .message(detail))
    }
    static var xmlUnexpectedEnd: Message { Message(.xmlUnexpectedEnd) }
    static var xmlNoRoot: Message { Message(.xmlNoRoot) }
    static var xmlSecondRoot: Message { Message(.xmlSecondRoot) }
    static var xmlTextOutsideRoot: Message { Message(.xmlTextOutsideRoot) }
    /// What was expected where the XML went wrong: one of the `xmlA…` texts, or the markup itself (">").
    static func xmlExpected(_ what: Message) -> Message { Message(.xmlExpected, .message(what)) }
    static var xmlAnElementName: Message { Message(.xmlAnElementName) }
    static var xmlASpaceBetweenAttributes: Message { Message(.xmlASpaceBetweenAttributes) }
    static var xmlAnAttribute: Message { Message(.xmlAnAttribute) }
    static var xmlAQuotedValue: Message { Message(.xmlAQuotedValue) }
    static var xmlTheClosingQuote: Message { Message(.xmlTheClosingQuote) }
    static var xmlEscapedLessThan: Message { Message(.xmlEscapedLessThan) }
    static func xmlMismatchedEnd(_ open: String, _ close: String) -> Message { Message(.xmlMismatchedEnd, .text(close), .text(open)) }
    static var xmlStrayEnd: Message { Message(.xmlStrayEnd) }
    static func xmlUnknownEntity(_ name: String) -> Message { Message(.xmlUnknownEntity, .text(name)) }
    static var xmlBadCharacterReference: Message { Message(.xmlBadCharacterReference) }
    static var xmlDoctype: Message { Message(.xmlDoctype) }
    static func xmlTagTooLong(_ limit: Int) -> Message { Message(.xmlTagTooLong, .message(xlsxSize(limit))) }
    static func xmlNameTooLong(_ limit: Int) -> Message { Message(.xmlNameTooLong, .text("\(limit)")) }
    static func xmlTooManyAttributes(_ limit: Int) -> Message { Message(.xmlTooManyAttributes, .text("\(limit)")) }
    static func xmlTooDeep(_ limit: Int) -> Message { Message(.xmlTooDeep, .text("\(limit)")) }
    static func xmlEncoding(_ name: String) -> Message { Message(.xmlEncoding, .quoted(name)) }
    static func xlsxBadCellReference(_ ref: String) -> Message { Message(.xlsxBadCellReference, .quoted(ref)) }
    static func xlsxBadRowNumber(_ text: String) -> Message { Message(.xlsxBadRowNumber, .quoted(text)) }
    static func xlsxRowOutOfOrder(_ row: Int, after: Int) -> Message { Message(.xlsxRowOutOfOrder, .text("\(row)"), .text("\(after)")) }
    static func xlsxCellOutOfOrder(_ ref: String) -> Message { Message(.xlsxCellOutOfOrder, .text(ref)) }
    static func xlsxSharedStringIndex(_ index: String, count: Int) -> Message { Message(.xlsxSharedStringIndex, .quoted(index), .text("\(count)")) }
    static func xlsxCellTooLong(_ limit: Int) -> Message { Message(.xlsxCellTooLong, .message(xlsxSize(limit))) }

    /// A size for a bound: "1 GiB", "256 MiB", "3 MiB", "512 KiB", "100 bytes".
    static func xlsxSize(_ bytes: Int) -> Message {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift {
            let whole = bytes >> shift
            return .verbatim(whole << shift == bytes ? "\(whole) \(unit)" : String(format: "%.1f", Double(bytes) / Double(1 << shift)) + " " + unit)
        }
        return Message(.xlsxBytes, .text(String(bytes)))
    }
}
