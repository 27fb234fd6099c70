import Foundation
import FuzzSupport
import StageCore

let scratch = Scratch("xlsx")

/// The parts around a fuzzed sheet in the second mode: one sheet, its styles
/// (dates 14 and 22, a custom yyyy-mm-dd hh:mm) and shared strings.
let spreadsheetML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
let rootRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
    Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
    """
let workbookRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(rel)/styles" Target="styles.xml"/>\
    <Relationship Id="rId3" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
    """
let defaultStyles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="\(spreadsheetML)"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>\
    <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/></cellXfs></styleSheet>
    """

func workbook(date1904: Bool) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="\(spreadsheetML)" xmlns:r="\(rel)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/>\
    <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
    """
}

/// Bounds that keep each input fast (a 1 MiB input may unpack to a GiB)
/// while real workbooks of the corpus fit: the defaults are for the unit tests.
let fuzzLimits: XLSXLimits = {
    var l = XLSXLimits()
    l.sheetBytes = 2 << 20
    l.sharedStringsBytes = 1 << 20
    l.otherPartBytes = 256 << 10
    l.totalBytes = 3 << 20
    l.csvBytes = 4 << 20
    l.cellBytes = 64 << 10
    l.tagBytes = 64 << 10
    return l
}()

/// Bounds small enough that fuzzed inputs reach them.
let smallLimits: XLSXLimits = {
    var l = XLSXLimits()
    l.sheetBytes = 64 << 10
    l.sharedStringsBytes = 16 << 10
    l.otherPartBytes = 16 << 10
    l.totalBytes = 96 << 10
    l.csvBytes = 32 << 10
    l.cellBytes = 1 << 10
    l.tagBytes = 1 << 10
    return l
}()

/// A first byte, then either a whole .xlsx file or (bit 7) a sheet's XML, then
/// optionally NUL and shared strings XML, NUL and styles XML (an empty one
/// left out), wrapped in a well-formed zip. Bits 0-1 pick the sheet asked for (none, the first by
/// name, the last upper-cased, one not there), bit 2 small bounds, bit 3 the
/// 1904 date system (wrapped sheets). Read to CSV, or refused with an
/// `XLSXError`; CSV must read back through `CSVReader` with rows of one width,
/// and its lines must map to rising sheet rows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let selector = data[0]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    scratch.empty()
    let path: String
    if selector & 0x80 == 0 {
        path = body.withUnsafeBufferPointer { scratch.write("input.xlsx", $0.baseAddress ?? data, $0.count) }
    } else {
        let pieces = body.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        var entries: [(name: String, data: [UInt8])] = [
            ("_rels/.rels", Array(rootRels.utf8)),
            ("xl/workbook.xml", Array(workbook(date1904: selector & 8 != 0).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8)),
            ("xl/worksheets/sheet1.xml", pieces[0]),
            ("xl/styles.xml", pieces.count > 2 && !pieces[2].isEmpty ? pieces[2] : Array(defaultStyles.utf8)),
        ]
        if pieces.count > 1 && !pieces[1].isEmpty { entries.append(("xl/sharedStrings.xml", pieces[1])) }
        var zip = StoredZip.archive(entries)
        path = zip.withUnsafeMutableBufferPointer { scratch.write("input.xlsx", $0.baseAddress!, $0.count) }
    }
    let limits = selector & 4 != 0 ? smallLimits : fuzzLimits
    let book: XLSXWorkbook
    do {
        book = try XLSXWorkbook(path: path, limits: limits)
    } catch {
        requireMessage(error)
        return 0
    }
    let names = book.sheetNames
    let sheet: String? = switch selector & 3 {
    case 0: nil
    case 1: names.first
    case 2: names.last?.uppercased()
    default: "No such sheet"
    }
    let csv: XLSXSheetCSV
    do {
        csv = try book.csv(sheet: sheet)
    } catch {
        requireMessage(error)
        return 0
    }
    check(csv, limits: limits)
    // The same workbook read again gives the same bytes.
    guard let again = try? book.csv(sheet: sheet), again.bytes == csv.bytes else { fatalError("a second read differs") }
    return 0
}

func requireMessage(_ error: XLSXError) {
    if error.problem.english.isEmpty || error.problem.text(in: .vietnamese).isEmpty { fatalError("an XLSXError without a message: \(error)") }
}

/// The CSV is within its bound, reads back with one width per row, and its rows map to rising sheet rows.
func check(_ csv: XLSXSheetCSV, limits: XLSXLimits) {
    if csv.bytes.count > limits.csvBytes { fatalError("CSV of \(csv.bytes.count) bytes past its bound") }
    var bytes = csv.bytes
    let path = bytes.isEmpty ? scratch.write("out.csv", "") : bytes.withUnsafeMutableBufferPointer { scratch.write("out.csv", $0.baseAddress!, $0.count) }
    var width: Int?, last = 0
    do {
        let reader = try CSVReader(path: path, delimiter: UInt8(ascii: ","))
        var row = CSVRow()
        while try reader.next(into: &row) {
            if width == nil { width = row.count }
            if row.count != width { fatalError("a row of \(row.count) fields after rows of \(width!)") }
            let sheetRow = csv.sheetRow(line: row.line)
            if sheetRow <= last || sheetRow > csv.lastRow { fatalError("line \(row.line) maps to row \(sheetRow) after \(last)") }
            last = sheetRow
        }
    } catch {
        // Cells may hold what CSV text may not: NUL, control characters.
        if !csv.bytes.contains(where: { $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13 }) {
            fatalError("the CSV does not read back: \(error)")
        }
    }
}
