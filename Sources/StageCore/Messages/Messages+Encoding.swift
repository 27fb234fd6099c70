import Foundation

/// The words of reading CSV text: encodings, bytes that are not text, rows too long.
extension Messages {
    // MARK: encodings

    /// `encoding NAME` with a name no encoding has.
    public static func unknownEncoding(_ name: String) -> String {
        t("unknown encoding \(q(name))", vi: "không có bảng mã \(q(name))")
    }

    /// A file read as UTF-8 (or a one-byte encoding) whose first bytes have NULs in every other byte.
    public static func csvLooksLikeUTF16(bigEndian: Bool) -> String {
        let (name, option) = bigEndian ? ("UTF-16 (big-endian)", "utf-16be") : ("UTF-16", "utf-16")
        return t("the file looks like \(name) without a byte-order mark: add \"encoding \(option)\" to the import",
                 vi: "tệp có vẻ là \(name) không có dấu thứ tự byte (BOM): hãy thêm \"encoding \(option)\" vào lệnh import")
    }

    /// The hint after invalid UTF-8 that reads as Windows-1252 (`TextEncoding.looksLikeCP1252`).
    public static var hintLooksLikeCP1252: String {
        t("the file looks like Windows-1252: add \"encoding cp1252\" to the import",
          vi: "tệp có vẻ là Windows-1252: hãy thêm \"encoding cp1252\" vào lệnh import")
    }

    /// Half of a UTF-16 surrogate pair without the other half.
    public static func utf16UnpairedSurrogate(_ unit: UInt16) -> String {
        let hex = String(format: "0x%04X", unit)
        return t("invalid UTF-16: a lone surrogate \(hex), half of a character without its other half",
                 vi: "UTF-16 không hợp lệ: \(hex) là một nửa cặp thay thế (surrogate) không có nửa còn lại")
    }

    /// A UTF-16 text of an odd number of bytes.
    public static var utf16OddLength: String {
        t("invalid UTF-16: the file ends in the middle of a character",
          vi: "UTF-16 không hợp lệ: tệp kết thúc giữa chừng một ký tự")
    }

    // MARK: bytes that are not CSV text

    /// A file read as CSV that holds control bytes no text has.
    public static func csvNotText(_ byte: UInt8) -> String {
        let hex = String(format: "0x%02X", byte)
        return t("the file is not text: it holds control bytes such as \(hex)",
                 vi: "tệp không phải văn bản: tệp chứa các byte điều khiển như \(hex)")
    }

    /// A zip archive read as CSV, most likely a workbook with the wrong name.
    public static var csvZipArchive: String {
        t("the file is a zip archive (an .xlsx workbook?), not CSV text",
          vi: "tệp là tệp nén zip (một sổ tính .xlsx?), không phải văn bản CSV")
    }

    /// A row longer than the reader holds.
    public static func csvRowLonger(mebibytes: Int) -> String {
        t("a row longer than \(mebibytes) MiB", vi: "một dòng dài hơn \(mebibytes) MiB")
    }

    /// A quote that runs on past the longest row without closing: named on the line it opened.
    public static func csvQuoteNeverCloses(mebibytes: Int) -> String {
        t("a quoted field opened on this line runs on for more than \(mebibytes) MiB without its closing quote",
          vi: "trường trong ngoặc kép mở ở dòng này kéo dài hơn \(mebibytes) MiB mà không có dấu ngoặc kép đóng")
    }
}
