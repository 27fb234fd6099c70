import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// Reading `.xlsx` workbooks as CSV (`XLSXWorkbook`): workbooks shaped as Excel, a streaming writer and
/// openpyxl write them, every kind of cell, the map from CSV lines to sheet rows, and hostile files
/// (not a zip, no workbook, missing parts, malformed XML, zip bombs, a runaway deflate stream).
///
/// The fixtures are made by `tools/make_xlsx_fixtures.py` into
/// `Tests/Fixtures/xlsx/`.
@Suite struct XLSXReaderTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/xlsx")

    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func csv(_ name: String, sheet: String? = nil, limits: XLSXLimits = .standard) throws(XLSXError) -> XLSXSheetCSV {
        try XLSXWorkbook(path: path(name), limits: limits).csv(sheet: sheet)
    }

    static func text(_ csv: XLSXSheetCSV) -> String { String(decoding: csv.bytes, as: UTF8.self) }

    /// The error opening `name` and reading `sheet` fails with.
    static func failure(_ name: String, sheet: String? = nil, limits: XLSXLimits = .standard) -> XLSXError? {
        do {
            _ = try csv(name, sheet: sheet, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    static var expectedDeals: String {
        get throws { try String(contentsOfFile: path("hubspot-deals.csv"), encoding: .utf8) }
    }

    // MARK: workbooks as the tools write them

    @Test func excelWorkbookGivesTheHubSpotDealsAsCSV() throws {
        let book = try XLSXWorkbook(path: Self.path("hubspot-deals.xlsx"))
        #expect(book.sheetNames == ["Deals", "Types", "Ghi chú", "Lookup", "Chart1"])
        #expect(book.sheets.map(\.isHidden) == [false, false, false, true, false])
        #expect(book.sheets.map(\.isWorksheet) == [true, true, true, true, false])
        #expect(!book.date1904)
        let csv = try book.csv(sheet: nil)
        #expect(csv.sheet == "Deals")
        #expect(Self.text(csv) == (try Self.expectedDeals))
        #expect(csv.lastRow == 6)
    }

    @Test func the1904DateSystemGivesTheSameDates() throws {
        let book = try XLSXWorkbook(path: Self.path("hubspot-deals-1904.xlsx"))
        #expect(book.date1904)
        #expect(Self.text(try book.csv()) == (try Self.expectedDeals))
    }

    /// Inline strings, a prefixed namespace, rows and cells without `r`, empty `<c/>` cells.
    @Test func streamingWriterWorkbookGivesTheSameCSV() throws {
        #expect(Self.text(try Self.csv("hubspot-deals-streaming.xlsx")) == (try Self.expectedDeals))
    }

    /// openpyxl: inline strings, its own styles, a hidden first sheet (skipped), 0.1 + 0.2 written as 0.3.
    @Test func openpyxlWorkbook() throws {
        let book = try XLSXWorkbook(path: Self.path("openpyxl-deals.xlsx"))
        #expect(book.sheetNames == ["Lookup", "Deals", "Ghi chú"])
        let csv = try book.csv()
        #expect(csv.sheet == "Deals")
        let expected = try Self.expectedDeals.replacingOccurrences(of: "0.30000000000000004", with: "0.3")
        #expect(Self.text(csv) == expected)
        #expect(Self.text(try book.csv(sheet: "Lookup")) == "stages\n")
    }

    @Test func everyKindOfCell() throws {
        // Split on the bytes: to String, "\r\n" is one character.
        let lines = try Self.csv("hubspot-deals.xlsx", sheet: "Types").bytes.split(separator: 10, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(
            lines == [
                "kind,value,",
                "rich text,Bold and plain,",
                "phonetic,東京,",
                "escaped CR,\"a\r", "b\",",
                "literal escape,_x000D_,",
                "spaces,  padded  ,",
                "entities,R&D <team>,",
                "inline,inline text,",
                "inline runs,inline runs,",
                "formula string,ab,",
                "formula number,3,",
                "boolean,TRUE,FALSE",
                "error,#N/A,",
                "iso date,2024-03-15T10:30:00,",
                "tiny,0.00001,",
                "huge,12345678901234567000,",
                "negative,-1234.5,",
                "time,09:30:00,",
                "custom date,2024-03-15,",
                "days format,12.5,",
                "text format,45366,",
                "1900-02-29,1900-02-29,",
                "1900-02-28,1900-02-28,",
                "1900-03-01,1900-03-01,",
                "midnight,2024-03-16 00:00:00,",
                "empty styled,,",
                "no r,7,",
                "",
            ])
    }

    // MARK: sheets

    @Test func sheetsAreNamedWithoutRegardToCaseOrNormalForm() throws {
        #expect(Self.text(try Self.csv("hubspot-deals.xlsx", sheet: "GHI CHÚ")) == "Ghi chú\nKhách hàng mới từ hội chợ\n")
        let decomposed = "ghi chú".decomposedStringWithCanonicalMapping
        #expect(Self.text(try Self.csv("hubspot-deals.xlsx", sheet: decomposed)).hasPrefix("Ghi chú"))
        // A hidden sheet is read when named.
        #expect(Self.text(try Self.csv("hubspot-deals.xlsx", sheet: "lookup")) == "lookup\n")
    }

    @Test func anUnknownSheetNamesTheSheets() throws {
        let e = try #require(Self.failure("hubspot-deals.xlsx", sheet: "Contacts"))
        #expect(e.kind == .unknownSheet)
        #expect(e.problem.english == "the workbook has no sheet named \"Contacts\"")
        #expect(e.hints.map(\.english) == ["its sheets are: \"Deals\", \"Types\", \"Ghi chú\", \"Lookup\", \"Chart1\""])
        let near = try #require(Self.failure("hubspot-deals.xlsx", sheet: "Deal"))
        #expect(near.hints.map(\.english) == ["did you mean \"Deals\"?"])
    }

    @Test func aChartSheetIsNoWorksheet() throws {
        let e = try #require(Self.failure("hubspot-deals.xlsx", sheet: "Chart1"))
        #expect(e.kind == .notWorksheet)
        #expect(e.problem.english == "sheet \"Chart1\" is a chart, not a worksheet")
    }

    // MARK: lines and rows

    /// Line N is row N; a missing row is an empty line; the line break in
    /// row 4's cell moves row 6 to line 7, and `sheetRow(line:)` maps it back.
    @Test func csvLinesMapToSheetRows() throws {
        let csv = try Self.csv("hubspot-deals.xlsx")
        #expect(!csv.linesAreRows)
        #expect((1...8).map { csv.sheetRow(line: $0) } == [1, 2, 3, 4, 4, 5, 6, 7])
        // What the CSV reader makes of it: the lines its rows start on, mapped back.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stagesh-xlsx-\(UUID().uuidString).csv")
        try Data(csv.bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let reader = try CSVReader(path: file.path, delimiter: UInt8(ascii: ","))
        var row = CSVRow()
        var lines: [Int] = [], widths: [Int] = []
        while try reader.next(into: &row) {
            lines.append(row.line)
            widths.append(row.count)
        }
        #expect(lines == [1, 2, 3, 4, 7])
        #expect(lines.map(csv.sheetRow(line:)) == [1, 2, 3, 4, 6])
        #expect(widths == [10, 10, 10, 10, 10])
        // Without line breaks in cells, lines are rows.
        let notes = try Self.csv("hubspot-deals.xlsx", sheet: "Ghi chú")
        #expect(notes.linesAreRows && notes.sheetRow(line: 2) == 2)
    }

    @Test func rowsStartingLowAndGapsAreEmptyLines() throws {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="3"><c r="B3" t="inlineStr"><is><t>id</t></is></c><c r="C3" t="inlineStr"><is><t>name</t></is></c></row>\
            <row r="4"/><row r="5"><c r="B5"><v>1</v></c></row>\
            <row r="9"><c r="D9"><v>2</v></c></row></sheetData></worksheet>
            """
        #expect(try Self.sheetCSV(xml) == "\n\n,id,name,\n\n,1,,\n\n\n\n,,,2\n")
    }

    // MARK: streaming

    /// The same sheet fed in chunks of every size gives the same CSV: tags,
    /// entities, `\r\n` and UTF-8 cut anywhere.
    @Test func chunksOfAnySizeGiveTheSameCSV() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\r
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nguyễn &amp; Trần &#x1F600; &#233;</x:t></x:is></x:c>\
            <x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">a\r\nb\rc</x:t></x:is></x:c></x:row>\r
            <!-- a comment with <tags> -->\
            <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t><![CDATA[<raw> & "quoted"]]></x:t></x:is></x:c>\
            <x:c r='B2' s='0'><x:v>1.5E+3</x:v></x:c></x:row></x:sheetData></x:worksheet>
            """
        let expected = "Nguyễn & Trần 😀 é,\"a\nb\nc\"\n\"<raw> & \"\"quoted\"\"\",1500\n"
        for size in [1, 2, 3, 5, 7, 16, 64, 100_000] {
            #expect(try Self.sheetCSV(xml, chunk: size) == expected, "chunks of \(size)")
        }
    }

    /// A tag, a comment and a CDATA section of 2 MiB each, cut into 512-byte
    /// chunks: each chunk resumes the search for the token's end where the
    /// last one stopped, so this takes well under a second, not the half
    /// minute of scanning each token again from its start.
    @Test func longTokensInSmallChunksAreReadOnce() throws {
        let long = String(repeating: "a", count: 2 << 20)
        let xml =
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" x=\"\(long)\"><v>1</v></c>"
            + "<!--\(long)--><c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[\(long)]]></t></is></c></row></sheetData></worksheet>"
        let clock = ContinuousClock()
        let started = clock.now
        let csv = try Self.sheetCSV(xml, chunk: 512)
        #expect(csv == "1,\(long)\n")
        #expect(clock.now - started < .seconds(10))
    }

    /// Feeds `xml` to a sheet reader in chunks of `chunk` bytes; the CSV.
    static func sheetCSV(_ xml: String, chunk: Int = 1 << 16, strings: XLSXSharedStrings = XLSXSharedStrings()) throws -> String {
        let writer = XLSXCSVWriter(sheet: "Data", limit: 64 << 20, capacity: 0)
        let reader = XLSXSheetReader(strings: strings, styles: XLSXStyles(), date1904: false, limits: .standard, out: writer)
        let scanner = XMLScanner(handler: reader, part: "sheet.xml", limits: .standard)
        let bytes = Array(xml.utf8)
        var i = 0
        while i < bytes.count {
            let piece = Array(bytes[i..<min(i + chunk, bytes.count)])
            try piece.withUnsafeBytes { try scanner.feed($0) }
            i += chunk
        }
        try scanner.finish()
        return String(decoding: try scanner.handler.out.finish().bytes, as: UTF8.self)
    }

    // MARK: values

    @Test func numbersPrintAsTheirShortestRoundTripText() {
        func text(_ s: String) -> String {
            var out: [UInt8] = []
            Array(s.utf8).withUnsafeBufferPointer { XLSXNumberText.appendNumber($0, to: &out) }
            return String(decoding: out, as: UTF8.self)
        }
        #expect(text("9225.2250000000004") == "9225.225")
        #expect(text("45000") == "45000")
        #expect(text("45000.0") == "45000")
        #expect(text("-0") == "0")
        #expect(text("1E-3") == "0.001")
        #expect(text("1.0000000000000001E-5") == "0.00001")
        #expect(text("-1.25E-7") == "-0.000000125")
        #expect(text("1E+20") == "100000000000000000000")
        #expect(text("123456789012345678") == "123456789012345680")
        #expect(text("0.30000000000000004") == "0.30000000000000004")
        #expect(text(" 12 ") == "12")
        #expect(text("n/a") == "n/a")
        #expect(text("NaN") == "NaN")
    }

    @Test func serialDates() {
        func date(_ serial: Double, _ kind: XLSXStyles.Kind = .date, _ date1904: Bool = false) -> String {
            var out: [UInt8] = []
            return XLSXNumberText.appendDate(serial, kind: kind, date1904: date1904, to: &out) ? String(decoding: out, as: UTF8.self) : "-"
        }
        #expect(date(1) == "1900-01-01")
        #expect(date(59) == "1900-02-28")
        #expect(date(60) == "1900-02-29")  // Excel's day that never was
        #expect(date(61) == "1900-03-01")
        #expect(date(0) == "1900-01-00")
        #expect(date(45366) == "2024-03-15")
        #expect(date(45366.5) == "2024-03-15 12:00:00")
        #expect(date(45366, .dateTime) == "2024-03-15 00:00:00")
        #expect(date(45366.999999) == "2024-03-16")
        #expect(date(0.75, .time) == "18:00:00")
        #expect(date(1.75, .time) == "1900-01-01 18:00:00")
        #expect(date(0, .date, true) == "1904-01-01")
        #expect(date(43904, .date, true) == "2024-03-15")
        #expect(date(2_958_465) == "9999-12-31")
        #expect(date(2_958_466) == "-")
        #expect(date(-1) == "-")
    }

    @Test func dateFormatCodes() {
        #expect(XLSXStyles.kind(of: "yyyy-mm-dd hh:mm") == .dateTime)
        #expect(XLSXStyles.kind(of: "yyyy\\-mm\\-dd") == .date)
        #expect(XLSXStyles.kind(of: "[$-409]d\\-mmm\\-yy;@") == .date)
        #expect(XLSXStyles.kind(of: "mmm") == .date)
        #expect(XLSXStyles.kind(of: "h:mm AM/PM") == .time)
        #expect(XLSXStyles.kind(of: "[h]:mm:ss") == .time)
        #expect(XLSXStyles.kind(of: "mm:ss") == .time)
        #expect(XLSXStyles.kind(of: "General") == .number)
        #expect(XLSXStyles.kind(of: "#,##0.00_);[Red](#,##0.00)") == .number)
        #expect(XLSXStyles.kind(of: "0.0\" days\"") == .number)
        #expect(XLSXStyles.kind(of: "[$USD] #,##0") == .number)
        #expect(XLSXStyles.kind(of: "#,##0 \\d") == .number)
        #expect(XLSXStyles.builtIn(14) == .date && XLSXStyles.builtIn(22) == .dateTime && XLSXStyles.builtIn(20) == .time)
        #expect(XLSXStyles.builtIn(4) == .number && XLSXStyles.builtIn(49) == .number)
    }

    @Test func cellReferences() {
        func column(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { XLSXCellReference.column($0) } }
        #expect(column("A1") == 0)
        #expect(column("C5") == 2)
        #expect(column("AB12") == 27)
        #expect(column("XFD1048576") == 16_383)
        #expect(column("XFE1") == nil)
        #expect(column("A1048577") == nil)
        #expect(column("A0") == nil)
        #expect(column("5") == nil)
        #expect(XLSXCellReference.letters(27) == "AB")
    }

    @Test func escapedCharacters() {
        func decode(_ s: String) -> String {
            var b = Array(s.utf8)
            XLSXEscapes.decode(&b, from: 0)
            return String(decoding: b, as: UTF8.self)
        }
        #expect(decode("a_x000D_b") == "a\rb")
        #expect(decode("_x005F_x000D_") == "_x000D_")
        #expect(decode("_xD83D__xDE00_") == "😀")
        #expect(decode("_xD83D_") == "\u{FFFD}")
        #expect(decode("_x00zz_ and _x41") == "_x00zz_ and _x41")
    }

    // MARK: hostile files

    @Test func notAZip() throws {
        let csv = try #require(Self.failure("renamed-csv.xlsx"))
        #expect(csv.kind == .notZip)
        #expect(csv.problem.english == "not an Excel workbook (.xlsx): the file is not a zip archive")
        #expect(csv.hints == [Message.xlsxHintLooksLikeText])
        let legacy = try #require(Self.failure("legacy.xlsx"))
        #expect(legacy.kind == .notZip && legacy.hints == [Message.xlsxHintLegacyOrEncrypted])
        #expect(Self.failure("empty.xlsx")?.problem.english == "the file is empty")
        #expect(Self.failure("no-such-file.xlsx")?.kind == .file)
        let dir = try #require(Self.failure("."))
        #expect(dir.kind == .file && dir.problem.english == "it is a directory")
    }

    @Test func aZipWithoutAWorkbook() throws {
        let ods = try #require(Self.failure("calc.xlsx"))
        #expect(ods.kind == .notWorkbook)
        #expect(ods.problem.english == "a zip archive but not an Excel workbook: it has no xl/workbook.xml")
        #expect(ods.hints == [Message.xlsxHintOpenDocument])
        #expect(Self.failure("word.xlsx")?.hints == [Message.xlsxHintWordDocument])
    }

    @Test func aMissingSheetPart() throws {
        let e = try #require(Self.failure("missing-sheet.xlsx"))
        #expect(e.kind == .missingPart)
        #expect(e.problem.english == "the workbook is incomplete: xl/worksheets/sheet1.xml is missing")
    }

    @Test func malformedXMLNamesThePartAndLine() throws {
        let e = try #require(Self.failure("malformed.xlsx"))
        #expect(e.kind == .malformedXML)
        #expect(e.problem.english == "xl/worksheets/sheet1.xml is not well-formed XML (line 4): </row> closes <c>")
        let doctype = try #require(Self.failure("doctype.xlsx"))
        #expect(
            doctype.problem.english == "xl/worksheets/sheet1.xml is not well-formed XML (line 2): a DOCTYPE declaration, which a workbook never has")
    }

    @Test func xmlErrors() {
        func problem(_ xml: String) -> String? {
            do {
                _ = try Self.sheetCSV(xml)
                return nil
            } catch {
                return (error as? XLSXError)?.problem.english.replacingOccurrences(of: "sheet.xml is not well-formed XML ", with: "")
            }
        }
        let ws = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        #expect(problem(ws + "<sheetData>") == "(line 1): it ends before its elements are closed")
        #expect(problem("") == "(line 1): it has no element")
        #expect(problem(ws + "</worksheet><x/>") == "(line 1): a second root element")
        #expect(problem(ws + "&bogus;</worksheet>") == nil)  // text no handler reads is not decoded
        #expect(
            problem(ws + "<sheetData><row><c t=\"inlineStr\"><is><t>&bogus;</t></is></c></row></sheetData></worksheet>")
                == "(line 1): unknown entity &bogus;")
        #expect(
            problem(ws + "<sheetData><row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row></sheetData></worksheet>")
                == "(line 1): a character reference to no valid character")
        #expect(problem(ws + "\n\n<a b=c/></worksheet>") == "(line 3): expected a quoted attribute value")
        #expect(problem(ws + "<a b=\"1\"c=\"2\"/></worksheet>") == "(line 1): expected a space between attributes")
        #expect(
            problem("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ws + "</worksheet>")
                == "(line 1): encoding \"ISO-8859-1\"; only UTF-8 is read")
        #expect(problem("text" + ws + "</worksheet>") == "(line 1): text outside the root element")
        #expect(
            problem(ws + "<" + String(repeating: "a", count: 1025) + "/></worksheet>")
                == "(line 1): an element name longer than 1024 bytes")
        #expect(
            problem(ws + "<a" + (0...4096).map { " a\($0)=\"\"" }.joined() + "/></worksheet>")
                == "(line 1): an element with more than 4096 attributes")
    }

    @Test func aCellNamingNoSharedString() throws {
        let e = try #require(Self.failure("bad-shared-index.xlsx"))
        #expect(e.kind == .cell && e.row == 2 && e.cell == "B2")
        #expect(e.problem.english == "the cell refers to shared string \"7\", but the workbook has 1")
    }

    @Test func rowsAndCellsOutOfOrder() {
        func error(_ rows: String) -> XLSXError? {
            do {
                _ = try Self.sheetCSV("<worksheet><sheetData>\(rows)</sheetData></worksheet>")
                return nil
            } catch {
                return error as? XLSXError
            }
        }
        #expect(error("<row r=\"3\"/><row r=\"2\"/>")?.problem.english == "row 2 comes after row 3")
        #expect(error("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")?.cell == "A1")
        #expect(error("<row r=\"0\"/>")?.problem.english == "invalid row number \"0\" (Excel's rows are 1 to 1048576)")
        #expect(error("<row r=\"1\"><c r=\"1A\"/></row>")?.problem.english == "invalid cell reference \"1A\"")
    }

    /// A sheet that unpacks to 8 MiB against a 4 MiB bound: refused while
    /// unpacking, whether the zip headers tell its size or say 1,000 bytes.
    @Test func zipBombsAreRefusedWhileUnpacking() throws {
        var limits = XLSXLimits()
        limits.sheetBytes = 4 << 20
        for name in ["bomb.xlsx", "bomb-lying.xlsx"] {
            let e = try #require(Self.failure(name, limits: limits))
            #expect(e.kind == .tooLarge)
            #expect(e.problem.english == "xl/worksheets/sheet1.xml unpacks to more than 4 MiB; refused as a possible zip bomb")
        }
        // All parts together.
        var total = XLSXLimits()
        total.totalBytes = 2 << 20
        #expect(
            Self.failure("bomb-lying.xlsx", limits: total)?.problem.english
                == "the workbook's parts unpack to more than 2 MiB in all; refused as a possible zip bomb")
        // Without bounds that small, the honest one reads, and the lying one is damaged.
        #expect(try Self.csv("bomb.xlsx").lastRow > 30_000)
        #expect(Self.failure("bomb-lying.xlsx")?.kind == .damaged)
    }

    @Test func aDeclaredSizePastTheBoundIsRefusedUnread() throws {
        let e = try #require(Self.failure("declared-huge.xlsx"))
        #expect(e.problem.english == "xl/worksheets/sheet1.xml unpacks to more than 1 GiB; refused as a possible zip bomb")
    }

    /// The CSV a sheet makes is bounded too (a shared string repeated in many cells outgrows its XML).
    @Test func csvPastItsBound() throws {
        var limits = XLSXLimits()
        limits.csvBytes = 300
        let e = try #require(Self.failure("hubspot-deals.xlsx", limits: limits))
        #expect(e.kind == .tooLarge)
        #expect(e.problem.english == "sheet \"Deals\" makes more than 300 bytes of CSV")
        #expect(e.hints.map(\.english) == ["split it into smaller sheets or files"])
    }

    /// A deflate stream running past its entry: ZIPFoundation 0.9.20's own extract would spin forever.
    @Test(.timeLimit(.minutes(1))) func aRunawayDeflateStreamIsDamaged() throws {
        let e = try #require(Self.failure("runaway-deflate.xlsx"))
        #expect(e.kind == .damaged)
        #expect(
            e.problem.english == "the workbook is damaged: xl/worksheets/sheet1.xml does not unpack (its data is cut short or fails its checksum)")
    }

    @Test func aBadChecksumIsDamaged() {
        #expect(Self.failure("bad-crc.xlsx")?.kind == .damaged)
    }

    /// The offset ZIPFoundation keeps internal is read through reflection; if an
    /// upgrade changes its layout, this fails rather than the reader quietly
    /// falling back to ZIPFoundation's extract.
    @Test func entryLocationsAreReadable() throws {
        let archive = try XLSXArchive(path: Self.path("hubspot-deals.xlsx"), limits: .standard)
        let sheet = try #require(archive.location("xl/worksheets/sheet1.xml"))
        #expect(sheet.method == 8)
        // The entry's local header lies just before its data: signature, then the name at byte 30.
        let file = try Data(contentsOf: Self.fixtures.appendingPathComponent("hubspot-deals.xlsx"))
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = Int(sheet.dataOffset) - 30 - name.count
        #expect(Array(file[header..<header + 4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(file[(header + 30)..<(header + 30 + name.count)]) == name)
        var bytes = 0
        try archive.read("xl/workbook.xml", limit: 1 << 20) { (b: UnsafeRawBufferPointer) throws(XLSXError) in bytes += b.count }
        #expect(bytes > 0)
        #expect(archive.partNames.contains("xl/worksheets/sheet1.xml"))
        #expect(archive.contains("XL/Workbook.xml"))
    }

    @Test func messagesInVietnamese() throws {
        let e = try #require(Self.failure("hubspot-deals.xlsx", sheet: "Contacts"))
        #expect(e.problem.text(in: .vietnamese) == "sổ làm việc không có trang tính tên \"Contacts\"")
        let xml = try #require(Self.failure("malformed.xlsx"))
        #expect(xml.problem.text(in: .vietnamese) == "xl/worksheets/sheet1.xml không phải XML hợp lệ (dòng 4): </row> đóng <c>")
    }
}
