import Foundation

/// An Excel workbook (`.xlsx`), opened to read one worksheet as CSV.
///
/// Opening reads only the package's and the workbook's relationships and
/// `xl/workbook.xml` (the sheets' names); `csv(sheet:)` then reads the
/// shared strings, the styles (to know which numbers are dates) and the
/// sheet, streaming the sheet's XML so its size only costs the CSV it makes.
/// Every part is unpacked within `XLSXLimits`, so a zip bomb is refused, not
/// inflated.
///
///     let book = try XLSXWorkbook(path: "deals.xlsx")
///     let csv = try book.csv(sheet: nil)      // the first sheet
///     // csv.bytes: RFC 4180 CSV; csv.sheetRow(line:) maps its lines to Excel's rows
public final class XLSXWorkbook {
    public let path: String
    /// The sheets in tab order.
    public let sheets: [XLSXSheet]
    /// Whether serial dates count from 1904 (`workbookPr date1904`).
    public let date1904: Bool
    public let limits: XLSXLimits
    private let archive: XLSXArchive
    private let sharedStringsPart: String?
    private let stylesPart: String?

    /// The sheets' names, in tab order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Opens the workbook at `path` and reads its list of sheets.
    public init(path: String, limits: XLSXLimits = .standard) throws(XLSXError) {
        self.path = path
        self.limits = limits
        let archive = try XLSXArchive(path: path, limits: limits)
        self.archive = archive
        var main = "xl/workbook.xml"
        if archive.contains("_rels/.rels") {
            let package = try archive.parse("_rels/.rels", limit: limits.otherPartBytes, XLSXRelationships.Parser(source: ""))
            if let target = package.result.first(ofType: "officeDocument"), archive.contains(target) { main = target }
        }
        guard archive.contains(main) else { throw XLSXWorkbook.notAWorkbook(archive) }
        let book = try archive.parse(main, limit: limits.otherPartBytes, XLSXWorkbookPart.Parser()).result
        let relsPart = XLSXRelationships.partName(of: main)
        guard archive.contains(relsPart) else { throw XLSXError(.missingPart, Message.xlsxMissingPart(relsPart)) }
        let rels = try archive.parse(relsPart, limit: limits.otherPartBytes, XLSXRelationships.Parser(source: main)).result
        date1904 = book.date1904
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        func part(_ type: String, _ usual: String) -> String? {
            if let p = rels.first(ofType: type), archive.contains(p) { return p }
            let fallback = folder.isEmpty ? usual : "\(folder)/\(usual)"
            return archive.contains(fallback) ? fallback : nil
        }
        sharedStringsPart = part("sharedStrings", "sharedStrings.xml")
        stylesPart = part("styles", "styles.xml")
        sheets = book.sheets.map { sheet in
            let target = rels.targets[sheet.id]
            let part = target.map { XLSXWorkbook.existing($0.part, in: rels, archive) }
            // Without a relationship type, a part under worksheets/ is taken for one.
            let isWorksheet = target.map { $0.type.hasSuffix("/worksheet") || ($0.type.isEmpty && $0.part.contains("worksheets/")) } ?? false
            return XLSXSheet(name: sheet.name, part: part, isHidden: sheet.hidden, isWorksheet: isWorksheet)
        }
    }

    /// A part name as the archive has it: some writers percent-encode
    /// relationship targets (`sheet%201.xml`) that the zip stores decoded.
    private static func existing(_ part: String, in rels: XLSXRelationships, _ archive: XLSXArchive) -> String {
        if !archive.contains(part), let decoded = part.removingPercentEncoding, archive.contains(decoded) { return decoded }
        return part
    }

    /// The error for a zip without a workbook, with a hint at what it is.
    private static func notAWorkbook(_ archive: XLSXArchive) -> XLSXError {
        var hints: [Message] = []
        if archive.contains("content.xml") || archive.contains("mimetype") {
            hints.append(Message.xlsxHintOpenDocument)
        } else if archive.contains("word/document.xml") {
            hints.append(Message.xlsxHintWordDocument)
        } else if archive.contains("ppt/presentation.xml") {
            hints.append(Message.xlsxHintPresentation)
        }
        return XLSXError(.notWorkbook, Message.xlsxNoWorkbook, hints: hints)
    }

    /// The sheet `name` names (without regard to case or Unicode normal
    /// form, as Excel compares sheet names), or without a name the first
    /// worksheet whose tab is shown (else the first worksheet).
    public func sheet(named name: String?) throws(XLSXError) -> XLSXSheet {
        guard let name else {
            guard let first = sheets.first(where: { $0.isWorksheet && !$0.isHidden }) ?? sheets.first(where: \.isWorksheet) else {
                throw XLSXError(.notWorksheet, Message.xlsxNoSheets)
            }
            return first
        }
        let key = Names.key(name)
        guard let sheet = sheets.first(where: { Names.key($0.name) == key }) else {
            let hint = Suggest.nearest(name, in: sheetNames).map(Message.hintDidYouMean) ?? Message.xlsxHintSheets(sheetNames)
            throw XLSXError(.unknownSheet, Message.xlsxUnknownSheet(name), hints: [hint])
        }
        guard sheet.isWorksheet else { throw XLSXError(.notWorksheet, Message.xlsxNotWorksheet(sheet.name)) }
        return sheet
    }

    /// The sheet named `sheet` (the first one when nil) as CSV.
    public func csv(sheet name: String? = nil) throws(XLSXError) -> XLSXSheetCSV {
        let sheet = try sheet(named: name)
        guard let part = sheet.part else { throw XLSXError(.missingPart, Message.xlsxMissingSheetPart(sheet.name)) }
        guard archive.contains(part) else { throw XLSXError(.missingPart, Message.xlsxMissingPart(part)) }
        // The shared strings' offsets are 32-bit.
        let stringsLimit = min(limits.sharedStringsBytes, Int(UInt32.max))
        let strings =
            try sharedStringsPart.map { p throws(XLSXError) in
                try archive.parse(p, limit: stringsLimit, XLSXSharedStrings.Parser()).result
            } ?? XLSXSharedStrings()
        let styles =
            try stylesPart.map { p throws(XLSXError) in
                try archive.parse(p, limit: limits.otherPartBytes, XLSXStyles.Parser()).result
            } ?? XLSXStyles()
        // CSV is about a third of the XML Excel writes; the declared size is only a hint.
        let capacity = min(max(archive.declaredSize(part) / 3, 4096), 64 << 20)
        let writer = XLSXCSVWriter(sheet: sheet.name, limit: limits.csvBytes, capacity: capacity)
        let reader = XLSXSheetReader(strings: strings, styles: styles, date1904: date1904, limits: limits, out: writer)
        var done = try archive.parse(part, limit: limits.sheetBytes, reader)
        return try done.out.finish()
    }
}
