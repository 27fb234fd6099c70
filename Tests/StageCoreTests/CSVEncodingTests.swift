import Foundation
import StageTestSupport
import Testing

@testable import StageCore

// The CSV reader on text as real CRM tools write it: Excel's Windows-1252 and
// UTF-16, Salesforce Data Loader's NULs inside quoted fields, and hostile
// files (a quote that never closes, random bytes) refused in bounded memory.

/// Files and readings the encoding tests share.
enum EncodingFixtures {
    /// Writes `bytes` to a fresh file; its path.
    static func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stagesh-enc-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// What a reader gives: each row's fields and dropped NULs, then the error that stopped it, if one did.
    struct Reading {
        var rows: [[String]] = []
        var nuls: [Int] = []
        var lines: [Int] = []
        var error: CSVError?
    }

    static func read(_ reader: CSVReader) -> Reading {
        var out = Reading()
        var row = CSVRow()
        do {
            while try reader.next(into: &row) {
                out.rows.append((0..<row.count).map { row.string($0) })
                out.nuls.append(row.droppedNULs)
                out.lines.append(row.line)
            }
        } catch {
            out.error = error as? CSVError
        }
        return out
    }

    static func read(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> Reading {
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return read(try CSVReader(path: path, encoding: encoding))
    }

    /// Windows-1252, written independently of the reader's table: Latin-1 but
    /// for the 27 characters Windows puts at 0x80–0x9F.
    static let windowsHigh: [Unicode.Scalar: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
        "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
        "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]

    /// `s` as Excel's "CSV (Comma delimited)" writes it on Windows.
    static func cp1252(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { c -> UInt8 in
            if let b = windowsHigh[c] { return b }
            precondition(c.value < 0x100 && !(0x80...0x9F).contains(c.value), "\(c) is not in cp1252")
            return UInt8(c.value)
        }
    }

    static func utf16(_ s: String, bigEndian: Bool = false, mark: Bool = true) -> [UInt8] {
        var out: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for u in s.utf16 {
            out += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
        return out
    }

    /// Bytes from a fixed seed (SplitMix64), so a failure repeats.
    static func random(_ count: Int, seed: UInt64) -> [UInt8] {
        var g = SplitMix64(seed: seed)
        var out = [UInt8]()
        out.reserveCapacity(count + 8)
        while out.count < count {
            let z = g.next()
            for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: z >> (8 * k))) }
        }
        return Array(out.prefix(count))
    }
}

/// A source that hands out a few bytes at a time, to cut characters anywhere.
final class TrickleSource: ByteSource {
    private let bytes: [UInt8]
    private let step: Int
    private var offset = 0

    init(_ bytes: [UInt8], step: Int) {
        self.bytes = bytes
        self.step = step
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        let n = min(count, step, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + offset, count: n) }
        offset += n
        return n
    }
}

@Suite struct CSVEncodingTests {
    typealias F = EncodingFixtures

    // MARK: names

    @Test(arguments: [
        ("utf-8", TextEncoding.utf8), ("UTF8", .utf8), ("utf-16", .utf16le), ("UTF16", .utf16le),
        ("utf-16le", .utf16le), ("UTF-16BE", .utf16be), ("utf16be", .utf16be), ("cp1252", .cp1252),
        ("Windows-1252", .cp1252), ("latin1", .latin1), ("ISO-8859-1", .latin1), ("Latin-1", .latin1),
    ])
    func encodingNamesParseInAnyCase(name: String, encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }

    /// "auto" is no encoding (the caller passes nil); the rest are unknown.
    @Test(arguments: ["auto", "", "utf-32", "ascii", "cp1251", "utf 8"])
    func otherNamesAreNoEncoding(name: String) {
        #expect(TextEncoding(name: name) == nil)
    }

    @Test func everyListedNameButAutoParses() {
        #expect(TextEncoding.names.first == "auto")
        for name in TextEncoding.names.dropFirst() { #expect(TextEncoding(name: name) != nil, "\(name)") }
        for e in TextEncoding.allCases { #expect(TextEncoding(name: e.name) == e) }
    }

    // MARK: one-byte encodings

    /// Every byte from 0x80 up, against Windows' own table; the five bytes it
    /// leaves undefined read as their code points, as Python and WHATWG read them.
    @Test func cp1252HighBytesReadAsWindowsWrites() throws {
        let expected =
            "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
            + String(String.UnicodeScalarView((0xA0...0xFF).map { Unicode.Scalar(UInt8($0)) }))
        let bytes = Array("id,text\r\n1,".utf8) + (0x80...0xFF).map { UInt8($0) } + Array("\r\n".utf8)
        let reading = try F.read(bytes, encoding: .cp1252)
        #expect(reading.error == nil)
        #expect(reading.rows == [["id", "text"], ["1", expected]])
    }

    @Test func latin1ReadsEveryByteAsItsCodePoint() throws {
        let bytes = Array("id,text\n1,".utf8) + (0x80...0xFF).map { UInt8($0) } + [10]
        let reading = try F.read(bytes, encoding: .latin1)
        let expected = String(String.UnicodeScalarView((0x80...0xFF).map { Unicode.Scalar(UInt8($0)) }))
        #expect(reading.rows == [["id", "text"], ["1", expected]])
    }

    /// Excel's "CSV (Comma delimited)" on Windows: cp1252, \r\n, no byte-order mark.
    static let excelWindows = """
        Opportunity ID,Opportunity Name,Account Name,Amount,Stage\r
        0065g00000AbC01,José Müller – Renewal,"Müller, José GmbH","€1.000",Prospecting\r
        0065g00000AbC02,Café – “quoted” €1.000,Œuvre d’art S.A.,2500,Closed Won\r

        """

    @Test func excelCSVOnWindowsReadsAsCP1252() throws {
        let reading = try F.read(F.cp1252(Self.excelWindows), encoding: TextEncoding(name: "windows-1252"))
        #expect(reading.error == nil)
        #expect(
            reading.rows == [
                ["Opportunity ID", "Opportunity Name", "Account Name", "Amount", "Stage"],
                ["0065g00000AbC01", "José Müller – Renewal", "Müller, José GmbH", "€1.000", "Prospecting"],
                ["0065g00000AbC02", "Café – “quoted” €1.000", "Œuvre d’art S.A.", "2500", "Closed Won"],
            ])
        #expect(reading.lines == [1, 2, 3])
    }

    /// Read as UTF-8, the cp1252 fields are invalid, and each reads as cp1252:
    /// what the importer's hint is given on.
    @Test func excelCSVReadAsUTF8LooksLikeCP1252() throws {
        let path = try F.file(F.cp1252(Self.excelWindows))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path)
        var row = CSVRow()
        var invalid = 0
        while try reader.next(into: &row) {
            for i in 0..<row.count where FieldText.form(row.field(i)) == .invalid {
                invalid += 1
                #expect(TextEncoding.looksLikeCP1252(row.field(i)), "line \(row.line) field \(i)")
            }
        }
        #expect(invalid == 5)
    }

    @Test(arguments: [
        ("José", true), ("Müller", true), ("Café – “quoted” €1.000", true), ("Œuvre d’art", true),
        ("“Malmö”", true), ("ação", true), ("JOSÉ MÜLLER", true), ("Straße…", true), ("1º andar", true),
    ])
    func windowsTextLooksLikeCP1252(text: String, expected: Bool) {
        let bytes = F.cp1252(text)
        #expect(bytes.withUnsafeBufferPointer { TextEncoding.looksLikeCP1252($0) } == expected)
    }

    @Test(
        arguments: [
            [0x4A, 0x6F, 0x73, 0x81],  // "Jos" and a byte cp1252 leaves undefined
            [0xC0, 0xEE, 0xC3, 0xF7],  // 李明 in GBK: a long run of high bytes
            [0xCD, 0xF5, 0x20, 0x31],  // 王 in GBK, with no Latin letter beside it
            [0x43, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xE9],  // UTF-8 "é" and a stray byte: damaged UTF-8
            [0x41, 0xE9, 0x03, 0x42],  // a control byte
            [0x41, 0x42, 0x43],  // nothing above ASCII
            [0xE9],  // a letter alone
        ] as [[UInt8]])
    func otherBytesDoNotLookLikeCP1252(bytes: [UInt8]) {
        #expect(!bytes.withUnsafeBufferPointer { TextEncoding.looksLikeCP1252($0) })
    }

    // MARK: UTF-16

    /// Excel's "Unicode Text": UTF-16LE with a byte-order mark, tab-delimited;
    /// the mark decides without an encoding asked for.
    @Test func excelUnicodeTextReadsByItsMark() throws {
        let text = "Id\tName\tOwner\r\n1\tNguyễn Văn An 🙂\tTrần Thị Bích\r\n2\t\"Tab\there\"\t𝄞\r\n"
        let path = try F.file(F.utf16(text))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path)
        #expect(reader.encoding == .utf16le)
        #expect(reader.delimiter == 9)
        #expect(!reader.canSplit && reader.path.isEmpty)
        let reading = F.read(reader)
        #expect(reading.error == nil)
        #expect(
            reading.rows == [
                ["Id", "Name", "Owner"], ["1", "Nguyễn Văn An 🙂", "Trần Thị Bích"], ["2", "Tab\there", "𝄞"],
            ])
    }

    @Test func utf16BigEndianReadsByItsMark() throws {
        let reading = try F.read(F.utf16("id,name\n1,Đặng 🙂\n", bigEndian: true))
        #expect(reading.rows == [["id", "name"], ["1", "Đặng 🙂"]])
    }

    /// `encoding utf-16` without a mark is little-endian, as Windows writes it.
    @Test func utf16WithoutMarkWhenAsked() throws {
        let bytes = F.utf16("id,name\n1,Nguyễn\n", mark: false)
        #expect(try F.read(bytes, encoding: TextEncoding(name: "utf-16")).rows == [["id", "name"], ["1", "Nguyễn"]])
        let big = F.utf16("id,name\n1,Nguyễn\n", bigEndian: true, mark: false)
        #expect(try F.read(big, encoding: .utf16be).rows == [["id", "name"], ["1", "Nguyễn"]])
    }

    /// No cp1252 or Latin-1 text starts with a byte-order mark, so a mark wins over the encoding asked for.
    @Test(
        arguments: [
            ([0xEF, 0xBB, 0xBF] + Array("id,name\n1,Đặng\n".utf8), TextEncoding.cp1252, TextEncoding.utf8),
            (EncodingFixtures.utf16("id,name\n1,Đặng\n", bigEndian: true), .utf16le, .utf16be),
            (EncodingFixtures.utf16("id,name\n1,Đặng\n"), .latin1, .utf16le),
        ] as [([UInt8], TextEncoding, TextEncoding)])
    func aByteOrderMarkDecides(bytes: [UInt8], asked: TextEncoding, read: TextEncoding) throws {
        let path = try F.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path, encoding: asked)
        #expect(reader.encoding == read)
        #expect(F.read(reader).rows == [["id", "name"], ["1", "Đặng"]])
    }

    /// A surrogate pair cut by the end of a raw chunk (the first read ends at
    /// 1 MiB of UTF-16) or by the end of the reader's 1 MiB buffer of UTF-8.
    @Test(arguments: [
        (1 << 19) - 13, (1 << 19) - 12, (1 << 19) - 11,  // the pair at raw bytes 1 MiB - 4, - 2 (cut), 1 MiB
        (1 << 20) - 13, (1 << 20) - 12, (1 << 20) - 11, (1 << 20) - 10,  // its UTF-8 cut 0 to 3 bytes in
    ])
    func surrogatePairsAcrossBoundaries(pad: Int) throws {
        let long = String(repeating: "a", count: pad) + "🙂z"
        let reading = try F.read(F.utf16("id,note\n1,\(long)\n2,é𝄞\n"))
        #expect(reading.error == nil)
        #expect(reading.rows.count == 3)
        #expect(reading.rows.dropFirst().first == ["1", long])
        #expect(reading.rows.last == ["2", "é𝄞"])
    }

    /// The decoder alone, its input and output cut at every size: the UTF-8 is
    /// the same however the bytes come and go.
    @Test(arguments: [TextEncoding.utf16le, .utf16be, .cp1252, .latin1])
    func decodingDoesNotDependOnHowTheBytesArrive(encoding: TextEncoding) throws {
        let text: String
        let raw: [UInt8]
        switch encoding {
        case .utf16le, .utf16be:
            text = "a,é\nNguyễn 🙂 𝄞 中文,x\r\n"
            raw = F.utf16(text, bigEndian: encoding == .utf16be, mark: false)
        case .cp1252:
            text = "José – “Müller” €1.000 Œ\n"
            raw = F.cp1252(text)
        default:
            text = "José Müller ÿ\u{85}\n"
            raw = text.unicodeScalars.map { UInt8($0.value) }
        }
        for step in [1, 2, 3, 5, 7, 64] {
            for room in [1, 2, 3, 4, 5, 9, 4096] {
                let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                let decoder = TranscodingByteSource(base: TrickleSource(raw, step: step), encoding: encoding, prefix: none)
                var out: [UInt8] = []
                let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
                defer { buffer.deallocate() }
                while true {
                    let n = try decoder.read(into: buffer, count: room)
                    if n == 0 { break }
                    out += UnsafeBufferPointer(start: buffer, count: n)
                }
                #expect(out == Array(text.utf8), "step \(step), room \(room)")
            }
        }
    }

    /// A bad character ends the text; the rows before it are read, and the error names its line.
    @Test(
        arguments: [
            ([0x3D, 0xD8, 0x78, 0x00], 3, Message.utf16UnpairedSurrogate(0xD83D)),  // a high surrogate, then "x"
            ([0x00, 0xDE, 0x78, 0x00], 3, Message.utf16UnpairedSurrogate(0xDE00)),  // a low one alone
            ([0x3D, 0xD8], 3, Message.utf16UnpairedSurrogate(0xD83D)),  // a high one at the end of the file
            ([0x78], 3, Message.utf16OddLength),  // half a code unit at the end
        ] as [([UInt8], Int, Message)])
    func aBadUTF16CharacterNamesItsLine(bad: [UInt8], line: Int, message: Message) throws {
        let reading = try F.read(F.utf16("id,name\r\n1,A\r\n2,") + bad)
        #expect(reading.rows == [["id", "name"], ["1", "A"]])
        #expect(reading.error?.line == line)
        #expect(reading.error?.message == message)
    }

    @Test func anUnpairedSurrogateInAQuotedFieldNamesItsOwnLine() throws {
        let bytes = F.utf16("id,note\n1,\"first\nsecond\nthird ") + [0x3D, 0xD8] + F.utf16("x\"\n", mark: false)
        let reading = try F.read(bytes)
        #expect(reading.rows == [["id", "note"]])
        #expect(reading.error?.line == 4)
    }

    /// UTF-16 without a mark, read as bytes, is one clear error at its first
    /// line: not rows of garbage, and not its NULs dropped.
    @Test(arguments: [(false, nil), (true, nil), (false, TextEncoding.cp1252), (false, .utf8)] as [(Bool, TextEncoding?)])
    func utf16WithoutMarkReadAsBytesIsRefused(bigEndian: Bool, asked: TextEncoding?) throws {
        let bytes = F.utf16("Id\tName\tAmount\r\n1\tAcme\t100\r\n", bigEndian: bigEndian, mark: false)
        let reading = try F.read(bytes, encoding: asked)
        #expect(reading.rows.isEmpty)
        #expect(reading.error?.line == 1)
        #expect(reading.error?.message == Message.csvLooksLikeUTF16(bigEndian: bigEndian))
        let inMemory = F.read(try CSVReader(bytes: bytes, name: "Sheet1"))
        #expect(inMemory.error?.message == Message.csvLooksLikeUTF16(bigEndian: bigEndian))
    }

    // MARK: NUL bytes

    /// A NUL anywhere in a field, or around its quotes, is dropped and counted; the row reads on.
    @Test(
        arguments: [
            ("a\0b,c", ["ab", "c"], 1),
            ("\0a,c\0", ["a", "c"], 2),
            ("a,\0\0\0", ["a", ""], 3),
            ("\"x\0y\",z", ["xy", "z"], 1),
            ("\"say \"\"hi\0\"\"\",z", ["say \"hi\"", "z"], 1),
            ("\0\"quoted, still\",z", ["quoted, still", "z"], 1),
            ("\"quoted\"\0\0,z", ["quoted", "z"], 2),
            ("\"multi\0\nline\",z\0", ["multi\nline", "z"], 2),
            ("a\0\0b\0c,\"\0\"", ["abc", ""], 4),
            ("plain,row", ["plain", "row"], 0),
        ] as [(String, [String], Int)])
    func nulBytesAreDroppedAndCounted(row: String, fields: [String], nuls: Int) throws {
        let reading = try F.read(Array("h1,h2\n\(row)\nnext,row\n".utf8))
        #expect(reading.error == nil)
        #expect(reading.rows == [["h1", "h2"], fields, ["next", "row"]])
        #expect(reading.nuls == [0, nuls, 0])
        #expect(reading.lines.last == (row.contains("\n") ? 4 : 3))
    }

    /// Salesforce Data Loader: UTF-8, every field quoted, NULs in rich text;
    /// rows around the reader's 1 MiB buffer, so NULs fall on its edge too.
    @Test func dataLoaderExportWithNULsReadsWhole() throws {
        var text = "\"ID\",\"NAME\",\"DESCRIPTION\"\n"
        var expected: [[String]] = [["ID", "NAME", "DESCRIPTION"]]
        var nuls = [0]
        for k in 0..<30_000 {
            let withNUL = k % 7 == 3
            let description = "<p>Renewal for Nguyễn Văn An, \"\"Q\(k)\"\"</p>"
            text += "\"0065g0000\(k)\",\"Deal \(k)\",\"\(withNUL ? "\0" : "")\(description)\(withNUL ? "\0\0" : "")\"\n"
            expected.append(["0065g0000\(k)", "Deal \(k)", "<p>Renewal for Nguyễn Văn An, \"Q\(k)\"</p>"])
            nuls.append(withNUL ? 3 : 0)
        }
        #expect(text.utf8.count > 2 << 20)
        let reading = try F.read(Array(text.utf8))
        #expect(reading.error == nil)
        #expect(reading.rows == expected)
        #expect(reading.nuls == nuls)
    }

    // MARK: bounded memory

    /// A quote that never closes is refused once the row reaches the limit,
    /// at the line the quote opened, not at the end of the file.
    @Test func anUnterminatedQuoteIsRefusedAtTheRowLimit() throws {
        var bytes = Array("id,name,note\n1,A,ok\n2,B,\"opened here\n".utf8)
        let filler = Array("more text, still inside the quote\n".utf8)
        while bytes.count < 5 << 20 { bytes += filler }
        bytes += Array("3,C,fine\n".utf8)
        let reading = try CSVReader.$rowLimit.withValue(2 << 20) { try F.read(bytes) }
        #expect(reading.rows == [["id", "name", "note"], ["1", "A", "ok"]])
        #expect(reading.error?.line == 3)
        #expect(reading.error?.message == Message.csvQuoteNeverCloses(mebibytes: 2))
    }

    @Test func aRowWithoutEndIsRefusedAtTheRowLimit() throws {
        let bytes = Array("id,name\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        let reading = try CSVReader.$rowLimit.withValue(2 << 20) { try F.read(bytes) }
        #expect(reading.rows == [["id", "name"]])
        #expect(reading.error?.line == 2)
        #expect(reading.error?.message == Message.csvRowLonger(mebibytes: 2))
    }

    /// The real limit: 64 MiB, far above any CRM field, and the file not read to its end.
    @Test func theRowLimitIs64MiB() throws {
        #expect(CSVReader.rowLimit == 64 << 20)
        var bytes = Array("id,note\n1,\"never closed\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "y"), count: 65 << 20)
        let reading = try F.read(bytes)
        #expect(reading.error?.line == 2)
        #expect(reading.error?.message == Message.csvQuoteNeverCloses(mebibytes: 64))
    }

    /// Megabytes of random bytes, in any encoding, fail at once with one error.
    @Test(arguments: [nil, TextEncoding.utf8, .cp1252, .latin1, .utf16le, .utf16be] as [TextEncoding?])
    func randomBytesFailFast(encoding: TextEncoding?) throws {
        for seed in 1...3 as ClosedRange<UInt64> {
            let bytes = F.random(4 << 20, seed: seed)
            let started = ContinuousClock.now
            let reading = try F.read(bytes, encoding: encoding)
            #expect(reading.error != nil, "seed \(seed)")
            #expect(reading.rows.count <= 1, "seed \(seed)")
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test func binaryDataIsNotText() throws {
        let bytes = Array("id,name\n1,A\n".utf8) + [0x01, 0x02, 0x03, 0x1B, 0x7F, 0x04, 0x05, 0x06] + Array("tail\n".utf8)
        let reading = try F.read(bytes)
        #expect(reading.error?.line == 3)
        #expect(reading.error?.message == Message.csvNotText(0x01))
    }

    @Test func aWorkbookUnderACSVNameIsNotText() throws {
        let reading = try F.read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8))
        #expect(reading.error?.line == 1)
        #expect(reading.error?.message == Message.csvZipArchive)
    }

    /// A DOS end-of-file mark or a vertical tab (FileMaker's line break) is still text.
    @Test func aStrayControlByteIsText() throws {
        let reading = try F.read(Array("id,name\n1,Line\u{0B}two\n".utf8) + [0x1A])
        #expect(reading.error == nil)
        #expect(reading.rows == [["id", "name"], ["1", "Line\u{0B}two"], ["\u{1A}"]])
    }

    // MARK: buffer edges

    /// Random CSV-like text, read with a buffer of a few bytes and with the usual 1 MiB: the same rows,
    /// NULs, lines and errors.
    ///
    /// A tiny buffer cuts rows, quotes, doubled quotes, NUL runs, line ends
    /// and characters (and, decoded, surrogate pairs and their UTF-8) at
    /// every place.
    @Test(arguments: [TextEncoding.utf8, .utf16le, .cp1252])
    func aTinyBufferReadsTheSame(encoding: TextEncoding) throws {
        let letters = encoding == .cp1252 ? ["a", "b", "é", "€", "“"] : ["a", "b", "é", "Ễ", "🙂"]
        let tokens = letters + letters + [",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\0", "\0\0", " "]
        var state: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func same(_ a: F.Reading, _ b: F.Reading) -> Bool {
            a.rows == b.rows && a.nuls == b.nuls && a.lines == b.lines
                && a.error?.line == b.error?.line && a.error?.message == b.error?.message
        }
        var compared = 0
        for _ in 0..<250 {
            let text = (0..<next(120)).map { _ in tokens[next(tokens.count)] }.joined()
            let bytes = encoding == .utf16le ? F.utf16(text) : encoding == .cp1252 ? F.cp1252(text) : Array(text.utf8)
            let path = try F.file(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let whole = F.read(try CSVReader(path: path, encoding: encoding, delimiter: UInt8(ascii: ",")))
            // Refusals look at the first bytes, which a tiny buffer does not hold all of.
            func refused(_ r: F.Reading) -> Bool { r.error?.message.english.contains("without a byte-order mark") ?? false }
            if refused(whole) { continue }
            for capacity in [2, 3, 5, 8, 64] {
                let cut = try CSVReader.$initialCapacity.withValue(capacity) {
                    F.read(try CSVReader(path: path, encoding: encoding, delimiter: UInt8(ascii: ",")))
                }
                if refused(cut) { continue }
                #expect(same(cut, whole), "capacity \(capacity): \(text.debugDescription)")
            }
            compared += 1
        }
        #expect(compared > 200)
    }

    /// Random rows whose fields hold NULs anywhere in their text, quoted or
    /// not: each reads as its text without them, with its NULs counted, at
    /// the line it starts on, however the buffer cuts it.
    @Test(arguments: [3, 16, 1 << 20])
    func nulsInFieldsReadAsIfNeverThere(capacity: Int) throws {
        var state: UInt64 = 0xD47A
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<150 {
            // A header, as every file has: the start a UTF-16 check looks at.
            var file = "id,name\n", expected = [["id", "name"]], nuls = [0], lines = [1], line = 2
            for _ in 0..<(1 + next(6)) {
                var fields: [String] = [], written: [String] = [], rowNULs = 0
                for _ in 0..<(2 + next(3)) {
                    let quoted = next(2) == 0
                    let pieces = quoted ? ["a", "é", "🙂", "\0", ",", "\n", "\"\""] : ["a", "é", "🙂", "\0", " "]
                    var text = ""
                    for _ in 0..<next(8) { text += pieces[next(pieces.count)] }
                    rowNULs += text.filter { $0 == "\0" }.count
                    fields.append(text.replacingOccurrences(of: "\0", with: "").replacingOccurrences(of: "\"\"", with: "\""))
                    written.append(quoted ? "\"\(text)\"" : text)
                }
                file += written.joined(separator: ",") + (next(2) == 0 ? "\n" : "\r\n")
                expected.append(fields)
                nuls.append(rowNULs)
                lines.append(line)
                line += written.joined().filter { $0 == "\n" }.count + 1
            }
            let path = try F.file(Array(file.utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let reading = CSVReader.$initialCapacity.withValue(capacity) {
                (try? CSVReader(path: path, delimiter: UInt8(ascii: ","))).map(F.read)
            }
            #expect(reading?.error == nil, "\(file.debugDescription)")
            #expect(reading?.rows == expected, "\(file.debugDescription)")
            #expect(reading?.nuls == nuls && reading?.lines == lines, "\(file.debugDescription)")
        }
    }

    // MARK: sources

    /// Bytes in memory (a converted .xlsx sheet) read as the same bytes in a
    /// file, and open again from the reader's `input`; they have no path to split.
    @Test func bytesInMemoryReadLikeAFile() throws {
        let bytes = Array("id,name,note\n1,Nguyễn,\"a, b\"\n2,\"Ly \"\"Lee\"\"\",x\0y\n".utf8)
        let reader = try CSVReader(bytes: bytes, name: "deals.xlsx")
        #expect(reader.path.isEmpty && !reader.canSplit && reader.encoding == .utf8)
        let inMemory = F.read(reader)
        #expect(inMemory.error == nil)
        #expect(inMemory.rows == [["id", "name", "note"], ["1", "Nguyễn", "a, b"], ["2", "Ly \"Lee\"", "xy"]])
        #expect(try F.read(bytes).rows == inMemory.rows)
        #expect(F.read(try CSVReader(reader.input)).rows == inMemory.rows)
    }

    /// Only a plain UTF-8 file can be split, since only its offsets are the reader's.
    @Test(
        arguments: [
            (Array("id\n1\n".utf8), nil, true), ([0xEF, 0xBB, 0xBF] + Array("id\n1\n".utf8), nil, true),
            (Array("id\n1\n".utf8), TextEncoding.cp1252, false), (EncodingFixtures.utf16("id\n1\n"), nil, false),
        ] as [([UInt8], TextEncoding?, Bool)])
    func onlyPlainUTF8FilesSplit(bytes: [UInt8], encoding: TextEncoding?, splits: Bool) throws {
        let path = try F.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path, encoding: encoding)
        #expect(reader.canSplit == splits)
        #expect(reader.path == (splits ? path : ""))
        #expect(F.read(reader).rows == [["id"], ["1"]])
        #expect(F.read(try CSVReader(reader.input)).rows == [["id"], ["1"]])
    }

    /// A decoded reader's size estimates its UTF-8, for sizing the import.
    @Test func aDecodedSizeIsItsUTF8Estimate() throws {
        let text = String(repeating: "1,Acme,Prospecting\n", count: 1_000)
        let path = try F.file(F.utf16(text))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try CSVReader(path: path).size == text.utf8.count)
    }

    /// An empty file, or one with only a byte-order mark, has no rows in any encoding.
    @Test(
        arguments: [
            ([], nil), ([], TextEncoding.cp1252), ([], .utf16le), ([0xEF, 0xBB, 0xBF], nil), ([0xFF, 0xFE], nil),
            ([0xFE, 0xFF], .latin1),
        ] as [([UInt8], TextEncoding?)])
    func emptyFilesHaveNoRows(bytes: [UInt8], encoding: TextEncoding?) throws {
        let reading = try F.read(bytes, encoding: encoding)
        #expect(reading.rows.isEmpty && reading.error == nil)
    }

    // MARK: messages

    @Test func encodingMessagesHaveVietnamese() {
        let messages: [() -> Message] = [
            { Message.unknownEncoding("utf-32") }, { Message.csvLooksLikeUTF16(bigEndian: false) },
            { Message.csvLooksLikeUTF16(bigEndian: true) }, { Message.hintLooksLikeCP1252 },
            { Message.utf16UnpairedSurrogate(0xD83D) }, { Message.utf16OddLength }, { Message.csvNotText(1) },
            { Message.csvZipArchive }, { Message.csvRowLonger(mebibytes: 64) },
            { Message.csvQuoteNeverCloses(mebibytes: 64) },
        ]
        for message in messages {
            let english = message().text(in: .english)
            let vietnamese = message().text(in: .vietnamese)
            #expect(!vietnamese.isEmpty && vietnamese != english)
            #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
        }
    }
}
