/// The words of reading Excel workbooks (`.xlsx`): the file, its parts, its XML and its cells.
extension Messages {
    // MARK: xlsx: the file

    /// A size for a bound: "1 GiB", "256 MiB", "3 MiB", "512 KiB", "100 bytes".
    static func xlsxSize(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift {
            let whole = bytes >> shift
            return whole << shift == bytes ? "\(whole) \(unit)" : String(format: "%.1f", Double(bytes) / Double(1 << shift)) + " " + unit
        }
        return t("\(bytes) bytes", vi: "\(bytes) byte")
    }

    public static var xlsxEmptyFile: String { t("the file is empty", vi: "tệp trống") }
    public static var xlsxNotZip: String {
        t("not an Excel workbook (.xlsx): the file is not a zip archive",
          vi: "không phải sổ làm việc Excel (.xlsx): tệp không phải là tệp nén zip")
    }
    public static var xlsxHintLooksLikeText: String {
        t("it looks like a CSV or text file with an .xlsx name; give it a .csv name and import that",
          vi: "tệp trông như CSV hoặc văn bản mang đuôi .xlsx; hãy đổi đuôi thành .csv rồi nhập")
    }
    public static var xlsxHintLegacyOrEncrypted: String {
        t("it is an Excel 97-2003 workbook (.xls) or a password-protected one; open it in Excel and save it as .xlsx without a password",
          vi: "đây là sổ làm việc Excel 97-2003 (.xls) hoặc sổ làm việc có mật khẩu; hãy mở bằng Excel và lưu thành .xlsx không đặt mật khẩu")
    }
    public static func xlsxFileTooLarge(_ limit: Int) -> String {
        t("the file is larger than \(xlsxSize(limit))", vi: "tệp lớn hơn \(xlsxSize(limit))")
    }
    public static var xlsxNoWorkbook: String {
        t("a zip archive but not an Excel workbook: it has no xl/workbook.xml",
          vi: "là tệp nén zip nhưng không phải sổ làm việc Excel: không có xl/workbook.xml")
    }
    public static var xlsxHintOpenDocument: String {
        t("it is an OpenDocument spreadsheet (.ods); open it and save it as Excel Workbook (.xlsx)",
          vi: "đây là bảng tính OpenDocument (.ods); hãy mở và lưu thành Excel Workbook (.xlsx)")
    }
    public static var xlsxHintWordDocument: String {
        t("it is a Word document (.docx), not a spreadsheet", vi: "đây là tài liệu Word (.docx), không phải bảng tính")
    }
    public static var xlsxHintPresentation: String {
        t("it is a PowerPoint presentation (.pptx), not a spreadsheet", vi: "đây là bản trình chiếu PowerPoint (.pptx), không phải bảng tính")
    }

    // MARK: xlsx: the parts

    public static func xlsxMissingPart(_ part: String) -> String {
        t("the workbook is incomplete: \(part) is missing", vi: "sổ làm việc không đầy đủ: thiếu \(part)")
    }
    public static func xlsxMissingSheetPart(_ sheet: String) -> String {
        t("the workbook is incomplete: it does not say where sheet \(q(sheet)) is",
          vi: "sổ làm việc không đầy đủ: không cho biết trang tính \(q(sheet)) nằm ở đâu")
    }
    public static func xlsxDamaged(_ part: String) -> String {
        t("the workbook is damaged: \(part) does not unpack (its data is cut short or fails its checksum)",
          vi: "sổ làm việc bị hỏng: không giải nén được \(part) (dữ liệu bị cắt cụt hoặc sai tổng kiểm tra)")
    }
    public static var xlsxNoZipDirectory: String {
        t("the workbook is damaged: its zip directory is missing, as when a download is cut short",
          vi: "sổ làm việc bị hỏng: thiếu thư mục zip, như khi tải xuống bị ngắt giữa chừng")
    }
    public static func xlsxUnsupportedCompression(_ part: String) -> String {
        t("\(part) is compressed with a method other than deflate", vi: "\(part) được nén bằng phương pháp khác deflate")
    }
    public static func xlsxPartTooLarge(_ part: String, _ limit: Int) -> String {
        t("\(part) unpacks to more than \(xlsxSize(limit)); refused as a possible zip bomb",
          vi: "\(part) giải nén ra hơn \(xlsxSize(limit)); bị từ chối vì có thể là bom zip")
    }
    public static func xlsxTotalTooLarge(_ limit: Int) -> String {
        t("the workbook's parts unpack to more than \(xlsxSize(limit)) in all; refused as a possible zip bomb",
          vi: "các phần của sổ làm việc giải nén ra tổng cộng hơn \(xlsxSize(limit)); bị từ chối vì có thể là bom zip")
    }
    public static func xlsxCSVTooLarge(_ sheet: String, _ limit: Int) -> String {
        t("sheet \(q(sheet)) makes more than \(xlsxSize(limit)) of CSV", vi: "trang tính \(q(sheet)) tạo ra hơn \(xlsxSize(limit)) CSV")
    }
    public static var xlsxHintSplitSheet: String {
        t("split it into smaller sheets or files", vi: "hãy tách thành các trang tính hoặc tệp nhỏ hơn")
    }

    // MARK: xlsx: sheets

    public static var xlsxNoSheets: String { t("the workbook has no worksheet", vi: "sổ làm việc không có trang tính nào") }
    public static func xlsxUnknownSheet(_ name: String) -> String {
        t("the workbook has no sheet named \(q(name))", vi: "sổ làm việc không có trang tính tên \(q(name))")
    }
    public static func xlsxHintSheets(_ names: [String]) -> String {
        t("its sheets are: \(list(names))", vi: "các trang tính của nó: \(list(names))")
    }
    public static func xlsxNotWorksheet(_ name: String) -> String {
        t("sheet \(q(name)) is a chart, not a worksheet", vi: "trang tính \(q(name)) là biểu đồ, không phải bảng dữ liệu")
    }

    // MARK: xlsx: XML

    /// A part that is not well-formed XML: `detail` is one of the `xml…` texts below.
    public static func xlsxMalformedXML(_ part: String, line: Int, _ detail: String) -> String {
        t("\(part) is not well-formed XML (line \(line)): \(detail)", vi: "\(part) không phải XML hợp lệ (dòng \(line)): \(detail)")
    }
    public static var xmlUnexpectedEnd: String {
        t("it ends before its elements are closed", vi: "phần này kết thúc khi các phần tử chưa được đóng")
    }
    public static var xmlNoRoot: String { t("it has no element", vi: "không có phần tử nào") }
    public static var xmlSecondRoot: String { t("a second root element", vi: "có phần tử gốc thứ hai") }
    public static var xmlTextOutsideRoot: String { t("text outside the root element", vi: "có văn bản nằm ngoài phần tử gốc") }
    /// What was expected where the XML went wrong: one of the `xmlA…` texts, or the markup itself (">").
    public static func xmlExpected(_ what: String) -> String { t("expected \(what)", vi: "cần \(what)") }
    public static var xmlAnElementName: String { t("an element name", vi: "tên phần tử") }
    public static var xmlASpaceBetweenAttributes: String { t("a space between attributes", vi: "dấu cách giữa các thuộc tính") }
    public static var xmlAnAttribute: String { t("an attribute name=\"value\"", vi: "thuộc tính tên=\"giá trị\"") }
    public static var xmlAQuotedValue: String { t("a quoted attribute value", vi: "giá trị thuộc tính trong ngoặc kép") }
    public static var xmlTheClosingQuote: String { t("the closing quote", vi: "dấu ngoặc kép đóng") }
    public static var xmlEscapedLessThan: String { t("&lt; for < in a value", vi: "&lt; thay cho < trong giá trị") }
    public static func xmlMismatchedEnd(_ open: String, _ close: String) -> String {
        t("</\(close)> closes <\(open)>", vi: "</\(close)> đóng <\(open)>")
    }
    public static var xmlStrayEnd: String { t("a closing tag with nothing open", vi: "thẻ đóng khi không có phần tử nào đang mở") }
    public static func xmlUnknownEntity(_ name: String) -> String {
        t("unknown entity &\(name);", vi: "thực thể &\(name); không xác định")
    }
    public static var xmlBadCharacterReference: String {
        t("a character reference to no valid character", vi: "tham chiếu ký tự không trỏ tới ký tự hợp lệ")
    }
    public static var xmlDoctype: String {
        t("a DOCTYPE declaration, which a workbook never has", vi: "có khai báo DOCTYPE, điều sổ làm việc không bao giờ có")
    }
    public static func xmlTagTooLong(_ limit: Int) -> String {
        t("a tag, comment or CDATA section longer than \(xlsxSize(limit))",
          vi: "thẻ, chú thích hoặc đoạn CDATA dài hơn \(xlsxSize(limit))")
    }
    public static func xmlNameTooLong(_ limit: Int) -> String {
        t("an element name longer than \(limit) bytes", vi: "tên phần tử dài hơn \(limit) byte")
    }
    public static func xmlTooManyAttributes(_ limit: Int) -> String {
        t("an element with more than \(limit) attributes", vi: "phần tử có hơn \(limit) thuộc tính")
    }
    public static func xmlTooDeep(_ limit: Int) -> String {
        t("elements nested more than \(limit) deep", vi: "các phần tử lồng nhau sâu hơn \(limit) cấp")
    }
    public static func xmlEncoding(_ name: String) -> String {
        t("encoding \(q(name)); only UTF-8 is read", vi: "bảng mã \(q(name)); chỉ đọc được UTF-8")
    }

    // MARK: xlsx: cells

    public static func xlsxBadCellReference(_ ref: String) -> String {
        t("invalid cell reference \(q(ref))", vi: "tham chiếu ô \(q(ref)) không hợp lệ")
    }
    public static func xlsxBadRowNumber(_ text: String) -> String {
        t("invalid row number \(q(text)) (Excel's rows are 1 to 1048576)",
          vi: "số dòng \(q(text)) không hợp lệ (dòng của Excel từ 1 đến 1048576)")
    }
    public static func xlsxRowOutOfOrder(_ row: Int, after: Int) -> String {
        t("row \(row) comes after row \(after)", vi: "dòng \(row) đứng sau dòng \(after)")
    }
    public static func xlsxCellOutOfOrder(_ ref: String) -> String {
        t("cell \(ref) comes after a cell at or to its right", vi: "ô \(ref) đứng sau một ô cùng cột hoặc bên phải nó")
    }
    public static func xlsxSharedStringIndex(_ index: String, count: Int) -> String {
        t("the cell refers to shared string \(q(index)), but the workbook has \(count)",
          vi: "ô trỏ tới chuỗi dùng chung \(q(index)), nhưng sổ làm việc chỉ có \(count) chuỗi")
    }
    public static func xlsxCellTooLong(_ limit: Int) -> String {
        t("a cell holds more than \(xlsxSize(limit)) of text", vi: "một ô chứa hơn \(xlsxSize(limit)) văn bản")
    }
}
