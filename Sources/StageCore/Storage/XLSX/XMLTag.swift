import Foundation

/// An element's start tag as `XMLScanner` hands it to a handler: its name
/// and its attributes, their values already decoded.
///
/// Namespaces are not resolved: a workbook's parts use fixed namespaces, some
/// writers with a prefix (`x:c`), so elements are matched by their local name.
struct XMLTag {
    /// The qualified name, as written ("c", "x:c").
    let name: UnsafeBufferPointer<UInt8>
    /// The buffer the names and most values lie in.
    let base: UnsafePointer<UInt8>
    /// Where values that needed decoding lie.
    let decoded: UnsafePointer<UInt8>
    /// Four offsets per attribute: name start and end in `base`, value start
    /// and end in `base`, or (value start negative) `-start - 1` and the end in `decoded`.
    let spans: UnsafePointer<Int>
    let count: Int

    /// The name after its prefix ("c" for "x:c").
    var localName: UnsafeBufferPointer<UInt8> { XMLTag.local(name) }

    /// Whether the local name is `s`.
    func `is`(_ s: StaticString) -> Bool { XMLTag.equal(localName, s) }

    /// The value of the attribute named exactly `qualified` ("r", "t", "xml:space").
    func attribute(_ qualified: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for i in 0..<count where XMLTag.equal(attributeName(i), qualified) { return value(i) }
        return nil
    }

    /// The value of the first attribute whose local name is `local` and that
    /// has a prefix: `r:id`, whatever prefix the writer bound the relationships namespace to.
    func prefixedAttribute(_ local: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for i in 0..<count {
            let n = attributeName(i)
            if n.contains(UInt8(ascii: ":")) && XMLTag.equal(XMLTag.local(n), local) { return value(i) }
        }
        return nil
    }

    /// An attribute's value as a String (invalid UTF-8 repaired).
    func string(_ qualified: StaticString) -> String? {
        attribute(qualified).map { String(decoding: $0, as: UTF8.self) }
    }

    private func attributeName(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + spans[4 * i], count: spans[4 * i + 1] - spans[4 * i])
    }

    private func value(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = spans[4 * i + 2], end = spans[4 * i + 3]
        if start >= 0 { return UnsafeBufferPointer(start: base + start, count: end - start) }
        return UnsafeBufferPointer(start: decoded + (-start - 1), count: end - (-start - 1))
    }

    static func local(_ name: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let colon = name.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return UnsafeBufferPointer(rebasing: name[(colon + 1)...])
    }

    /// Whether `bytes` are the bytes of `s`.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        guard bytes.count == s.utf8CodeUnitCount else { return false }
        return bytes.count == 0 || memcmp(bytes.baseAddress!, s.utf8Start, bytes.count) == 0
    }
}
