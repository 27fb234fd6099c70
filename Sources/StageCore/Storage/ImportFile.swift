import Foundation

/// The file an import names, opened as CSV text whatever it is on disk: CSV
/// in UTF-8 or in the encoding the command gives (a byte-order mark decides
/// by itself), or a worksheet of an .xlsx workbook.
struct ImportFile {
    let reader: CSVReader
    /// The worksheet the text came from, for its row numbers.
    let sheet: XLSXSheetCSV?

    /// Opens `path`: a workbook by its extension or its zip signature, else CSV text.
    static func open(_ path: String, _ options: ImportOptions) throws -> ImportFile {
        guard isWorkbook(path) else {
            if let sheet = options.sheet { throw ImportError(line: 0, column: nil, problem: Message.sheetOfCSV(sheet)) }
            return ImportFile(reader: try CSVReader(path: path, encoding: options.encoding), sheet: nil)
        }
        do {
            let sheet = try XLSXWorkbook(path: path).csv(sheet: options.sheet)
            // A sheet whose first rows are empty starts with empty lines: the delimiter is known.
            let reader = try CSVReader(bytes: sheet.bytes, name: "\(path) [\(sheet.sheet)]", delimiter: UInt8(ascii: ","))
            return ImportFile(reader: reader, sheet: sheet)
        } catch let e as XLSXError {
            throw ImportError(line: e.row ?? 0, column: e.cell, problem: e.problem, hints: e.hints)
        }
    }

    /// Whether `path` is an Excel workbook: named .xlsx or .xlsm, or a zip archive.
    static func isWorkbook(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return true }
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var magic = [UInt8](repeating: 0, count: 4)
        let n = magic.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4) }
        return n == 4 && magic == [0x50, 0x4B, 0x03, 0x04]
    }

    /// Runs an import of this file, its errors naming the worksheet's rows
    /// (a cell with a line break pushes the CSV lines after it down).
    func mappingRows<T: LinesMappable>(_ body: () throws -> T) throws -> T {
        guard let sheet, !sheet.linesAreRows else { return try body() }
        let row = { (line: Int) in line > 0 ? sheet.sheetRow(line: line) : line }
        do {
            var result = try body()
            result.mapLines(row)
            return result
        } catch var e as ImportError {
            e.line = row(e.line)
            throw e
        }
    }
}

/// What an import reports by file line (problems, adjustments), renumbered
/// when the lines are not the rows the user sees (a worksheet's).
protocol LinesMappable {
    mutating func mapLines(_ row: (Int) -> Int)
}

extension RecordImporter.Result: LinesMappable {
    mutating func mapLines(_ row: (Int) -> Int) {
        problems.mapLines(row)
        adjustments.mapLines(row)
    }
}

extension EventImporter.Result: LinesMappable {
    mutating func mapLines(_ row: (Int) -> Int) {
        problems.mapLines(row)
        adjustments.mapLines(row)
    }
}
