/// What `xl/workbook.xml` says: the sheets in tab order, with the ids of
/// their relationships, and whether dates count from 1904.
struct XLSXWorkbookPart {
    /// Each sheet's name, relationship id and whether its tab is hidden.
    private(set) var sheets: [(name: String, id: String, hidden: Bool)] = []
    /// `workbookPr date1904="1"`: serial 0 is 1904-01-01 (old Mac Excel), not 1900-01-00.
    private(set) var date1904 = false

    /// Reads `<workbookPr>` and the `<sheet>` elements of `<sheets>`.
    struct Parser: XMLEventHandler {
        var result = XLSXWorkbookPart()

        var wantsText: Bool { false }

        mutating func start(_ tag: XMLTag) throws(XLSXError) {
            if tag.is("workbookPr") {
                let v = tag.string("date1904")?.lowercased()
                result.date1904 = v == "1" || v == "true"
            } else if tag.is("sheet"), let name = tag.string("name") {
                // The relationship id is r:id, whatever the prefix.
                let id = tag.prefixedAttribute("id").map { String(decoding: $0, as: UTF8.self) } ?? ""
                let state = tag.string("state") ?? "visible"
                result.sheets.append((name, id, state == "hidden" || state == "veryHidden"))
            }
        }

        mutating func end(_ localName: UnsafeBufferPointer<UInt8>) throws(XLSXError) {}
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {}
    }
}
