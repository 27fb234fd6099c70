import Foundation

/// A part's relationships (`_rels/NAME.rels`): for each id, what kind of
/// part it points to and the part's name in the archive.
struct XLSXRelationships {
    /// Type URI and resolved part name, by relationship id.
    private(set) var targets: [String: (type: String, part: String)] = [:]
    /// The ids in the order the file lists them.
    private(set) var order: [String] = []

    /// The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels",
    /// and the package's own ("" → "_rels/.rels").
    static func partName(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// The first target whose type ends with `/suffix` ("…/worksheet", "…/sharedStrings").
    func first(ofType suffix: String) -> String? {
        for id in order { if let t = targets[id], t.type.hasSuffix("/" + suffix) { return t.part } }
        return nil
    }

    /// A relationship's target as a part name: relative to the folder of
    /// `source` (the part the relationships belong to), or absolute when it
    /// starts with `/`; `.` and `..` resolved.
    static func resolve(_ target: String, from source: String) -> String {
        let target = target.replacingOccurrences(of: "\\", with: "/")
        var parts: [Substring] = []
        if !target.hasPrefix("/") {
            parts = source.split(separator: "/", omittingEmptySubsequences: true)
            if !parts.isEmpty { parts.removeLast() }
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// Reads `<Relationship Id= Type= Target=>` elements; external targets (links to the web) are left out.
    struct Parser: XMLEventHandler {
        let source: String
        var result = XLSXRelationships()

        init(source: String) { self.source = source }

        var wantsText: Bool { false }

        mutating func start(_ tag: XMLTag) throws(XLSXError) {
            guard tag.is("Relationship"), let id = tag.string("Id"), let target = tag.string("Target") else { return }
            if tag.string("TargetMode") == "External" || result.targets[id] != nil { return }
            result.targets[id] = (tag.string("Type") ?? "", XLSXRelationships.resolve(target, from: source))
            result.order.append(id)
        }

        mutating func end(_ localName: UnsafeBufferPointer<UInt8>) throws(XLSXError) {}
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {}
    }
}
