/// What `XMLScanner` reports a part's XML to: elements as they open and
/// close, and the text the handler asks for.
///
/// Names and text are views into the scanner's buffer, valid only during the call.
protocol XMLEventHandler {
    /// Whether the text at this point matters; text the handler does not
    /// want is skipped without being decoded, which is most of a sheet.
    var wantsText: Bool { get }
    /// An element opens (a self-closing one then closes at once).
    mutating func start(_ tag: XMLTag) throws(XLSXError)
    /// The element of this local name closes.
    mutating func end(_ localName: UnsafeBufferPointer<UInt8>) throws(XLSXError)
    /// Text inside the current element, entities decoded and line ends made
    /// `\n`; one run of text may come in several pieces.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError)
}
