import Foundation

/// A streaming XML reader for the parts of a workbook: fed the unpacked
/// bytes in chunks of any size, it reports each element and the text its
/// handler wants as soon as they are complete, and keeps only the unfinished
/// tag between chunks, so a sheet of any size never sits in memory.
///
/// Foundation's `XMLParser` is not used: on Linux it refuses documents past
/// 10 MB (libxml2's push parser without `XML_PARSE_HUGE`; a 100,000-row sheet
/// is about 40 MB), parses in recovery mode so broken XML can pass, never
/// tells libxml2 the document has ended, and only pulls its input, while the
/// unzipping pushes it.
///
/// It checks what makes XML well-formed for these parts: tags closed in order,
/// one root, attribute syntax, the five predefined entities and character
/// references. A DOCTYPE is refused (no workbook has one, and it is how
/// entity-expansion bombs start); only UTF-8 is read. Line numbers in errors
/// count `\n` from the start of the part.
final class XMLScanner<Handler: XMLEventHandler> {
    // Every mutable property opts out of dynamic exclusivity checks: they cost a
    // fifth of the time of reading a sheet, and nothing reaches the scanner
    // while one of its methods runs (a handler has no way back to it).
    @exclusivity(unchecked) var handler: Handler
    /// The part's name in the archive, for messages.
    let part: String
    private let tagLimit: Int
    private let depthLimit = 256
    /// Longest element name and most attributes on one element: OOXML's are a few bytes and a few dozen.
    private let nameLimit = 1024
    private let attributeLimit = 4096

    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The first byte not yet scanned, and the end of the bytes fed.
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var end = 0
    /// Line ends in the bytes already dropped from the front of the buffer.
    @exclusivity(unchecked) private var droppedLines = 0

    /// The names of the open elements, back to back.
    @exclusivity(unchecked) private var openNames: [UInt8] = []
    @exclusivity(unchecked) private var openEnds: [Int] = []
    @exclusivity(unchecked) private var sawRoot = false
    @exclusivity(unchecked) private var started = false
    /// How far past `position` the unfinished token was searched for its end
    /// (and, in a start tag, the quote open there): the next chunk resumes
    /// there, so a long tag cut into many chunks is not scanned again each time.
    @exclusivity(unchecked) private var resume = 0
    @exclusivity(unchecked) private var resumeQuote: UInt8 = 0

    /// Attribute offsets of the tag being read, four per attribute (see `XMLTag.spans`).
    @exclusivity(unchecked) private var spans: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var spanCapacity = 64
    /// Values and text that needed decoding, decoded.
    @exclusivity(unchecked) private var scratch: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var scratchCapacity = 4096
    @exclusivity(unchecked) private var scratchCount = 0

    init(handler: Handler, part: String, limits: XLSXLimits) {
        self.handler = handler
        self.part = part
        tagLimit = limits.tagBytes
        capacity = 1 << 16
        buffer = .allocate(capacity: capacity)
        spans = .allocate(capacity: spanCapacity)
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        buffer.deallocate()
        spans.deallocate()
        scratch.deallocate()
    }

    /// Scans the next bytes of the part.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(XLSXError) {
        guard bytes.count > 0 else { return }
        if end + bytes.count > capacity { makeRoom(bytes.count) }
        (buffer + end).update(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        end += bytes.count
        try scan(final: false)
    }

    /// Scans what is left; the part must end with its root element closed.
    func finish() throws(XLSXError) {
        try scan(final: true)
        if !openEnds.isEmpty { throw malformed(end, Message.xmlUnexpectedEnd) }
        if !sawRoot { throw malformed(end, Message.xmlNoRoot) }
    }

    /// Drops the scanned bytes, counting their line ends, and grows the buffer if it must.
    private func makeRoom(_ more: Int) {
        if position > 0 {
            droppedLines += XMLScanner.lineEnds(buffer, 0, position)
            memmove(buffer, buffer + position, end - position)
            end -= position
            position = 0
        }
        if end + more > capacity { XMLScanner.grow(&buffer, &capacity, keeping: end, toHold: end + more) }
    }

    private static func lineEnds(_ p: UnsafeMutablePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var n = 0, i = from
        while i < to, let hit = memchr(p + i, 10, to - i) {
            n += 1
            i = p.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return n
    }

    /// An error naming the part and the line of byte `at` in the buffer.
    private func malformed(_ at: Int, _ detail: Message) -> XLSXError {
        let line = droppedLines + XMLScanner.lineEnds(buffer, 0, min(at, end)) + 1
        return XLSXError(.malformedXML, Message.xlsxMalformedXML(part, line: line, detail))
    }

    // MARK: scanning

    private static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 9 || c == 13 }

    /// Scans every complete token; stops at one the bytes so far end inside (unless `final`).
    private func scan(final: Bool) throws(XLSXError) {
        if !started {
            guard end - position >= 4 || final else { return }
            try sniffEncoding()
            started = true
        }
        while position < end {
            if buffer[position] != UInt8(ascii: "<") {
                guard try text(final: final) else { return }
                continue
            }
            guard end - position >= 2 else {
                if final { throw malformed(position, Message.xmlUnexpectedEnd) }
                return
            }
            let done: Bool
            switch buffer[position + 1] {
            case UInt8(ascii: "/"): done = try endTag()
            case UInt8(ascii: "?"): done = try processingInstruction()
            case UInt8(ascii: "!"): done = try declaration(final: final)
            default: done = try startTag()
            }
            if !done {
                if final { throw malformed(position, Message.xmlUnexpectedEnd) }
                if end - position > tagLimit { throw malformed(position, Message.xmlTagTooLong(tagLimit)) }
                return
            }
        }
    }

    /// Skips a UTF-8 byte-order mark; refuses UTF-16 and UTF-32.
    private func sniffEncoding() throws(XLSXError) {
        let n = end - position
        let b = buffer + position
        if n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            position += 3
        } else if n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE) || b[0] == 0 || b[1] == 0) {
            throw malformed(position, Message.xmlEncoding("UTF-16"))
        }
    }

    /// Text up to the next `<`; false when more bytes must come first.
    private func text(final: Bool) throws(XLSXError) -> Bool {
        let start = position
        var stop: Int
        var complete = true
        if let lt = memchr(buffer + start, Int32(UInt8(ascii: "<")), end - start) {
            stop = buffer.distance(to: lt.assumingMemoryBound(to: UInt8.self))
        } else {
            stop = end
            if !final {
                // Hold back what the next bytes may finish: an entity, or a \r before its \n.
                complete = false
                var i = end - 1
                while i >= start && i >= end - 12 {
                    if buffer[i] == UInt8(ascii: ";") { break }
                    if buffer[i] == UInt8(ascii: "&") { stop = i; break }
                    i -= 1
                }
                if stop > start && buffer[stop - 1] == 13 { stop -= 1 }
            }
        }
        if stop > start {
            if openEnds.isEmpty {
                for i in start..<stop where !XMLScanner.isSpace(buffer[i]) {
                    throw malformed(i, Message.xmlTextOutsideRoot)
                }
            } else if handler.wantsText {
                try deliver(start, stop, entities: true)
            }
        }
        advance(to: stop)
        return complete || stop > start
    }

    /// Hands bytes `from..<to` to the handler as text, decoded when they need it.
    private func deliver(_ from: Int, _ to: Int, entities: Bool) throws(XLSXError) {
        var special = false
        for i in from..<to where buffer[i] == 13 || (entities && buffer[i] == UInt8(ascii: "&")) {
            special = true
            break
        }
        if !special {
            try handler.text(UnsafeBufferPointer(start: buffer + from, count: to - from))
            return
        }
        scratchCount = 0
        let start = try decode(from, to, entities: entities, attribute: false)
        try handler.text(UnsafeBufferPointer(start: scratch + start, count: scratchCount - start))
    }

    /// Where `terminator` first occurs in the buffer at or after `from`; nil
    /// (noting in `resume` how far the search got) when not yet.
    private func find(_ terminator: StaticString, from: Int) -> Int? {
        let n = terminator.utf8CodeUnitCount
        var i = max(from, position + resume - (n - 1))
        while i < end, let hit = memchr(buffer + i, Int32(terminator.utf8Start[0]), end - i) {
            i = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + n > end { break }
            if memcmp(buffer + i, terminator.utf8Start, n) == 0 { return i }
            i += 1
        }
        resume = max(resume, end - position)
        return nil
    }

    /// An end tag; false when its `>` has not come yet.
    private func endTag() throws(XLSXError) -> Bool {
        let start = position
        guard let close = find(">", from: start + 2) else { return false }
        var nameEnd = close
        while nameEnd > start + 2 && XMLScanner.isSpace(buffer[nameEnd - 1]) { nameEnd -= 1 }
        let name = UnsafeBufferPointer(start: buffer + start + 2, count: nameEnd - start - 2)
        guard let openEnd = openEnds.last else { throw malformed(start, Message.xmlStrayEnd) }
        let openStart = openEnds.count > 1 ? openEnds[openEnds.count - 2] : 0
        let matches = openNames.withUnsafeBufferPointer { names in
            openEnd - openStart == name.count && memcmp(names.baseAddress! + openStart, name.baseAddress!, name.count) == 0
        }
        if !matches {
            let open = String(decoding: openNames[openStart..<openEnd], as: UTF8.self)
            throw malformed(start, Message.xmlMismatchedEnd(open, String(decoding: name.prefix(nameLimit), as: UTF8.self)))
        }
        openNames.removeSubrange(openStart...)
        openEnds.removeLast()
        advance(to: close + 1)
        try handler.end(XMLTag.local(name))
        return true
    }

    /// Moves past a finished token.
    @inline(__always) private func advance(to next: Int) {
        position = next
        resume = 0
        resumeQuote = 0
    }

    /// `<?...?>`: the XML declaration's encoding is checked, the rest skipped.
    private func processingInstruction() throws(XLSXError) -> Bool {
        let start = position
        guard let close = find("?>", from: start + 2) else { return false }
        let body = UnsafeBufferPointer(start: buffer + start + 2, count: close - start - 2)
        if body.count > 3 && body.starts(with: "xml".utf8) && XMLScanner.isSpace(body[3]),
            let encoding = XMLScanner.pseudoAttribute(body, "encoding")
        {
            let e = encoding.lowercased()
            if e != "utf-8" && e != "utf8" { throw malformed(start, Message.xmlEncoding(encoding)) }
        }
        advance(to: close + 2)
        return true
    }

    /// The value of `name="..."` in an XML declaration.
    private static func pseudoAttribute(_ body: UnsafeBufferPointer<UInt8>, _ name: String) -> String? {
        let text = String(decoding: body, as: UTF8.self)
        guard let r = text.range(of: name) else { return nil }
        let rest = text[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// `<!--...-->` (skipped), `<![CDATA[...]]>` (text), or a refused DOCTYPE.
    private func declaration(final: Bool) throws(XLSXError) -> Bool {
        let start = position
        func has(_ s: StaticString) -> Bool {
            start + s.utf8CodeUnitCount <= end && memcmp(buffer + start, s.utf8Start, s.utf8CodeUnitCount) == 0
        }
        if has("<!--") {
            guard let close = find("-->", from: start + 4) else { return false }
            advance(to: close + 3)
            return true
        }
        if has("<![CDATA[") {
            guard let close = find("]]>", from: start + 9) else { return false }
            if openEnds.isEmpty { throw malformed(start, Message.xmlTextOutsideRoot) }
            if handler.wantsText && close > start + 9 { try deliver(start + 9, close, entities: false) }
            advance(to: close + 3)
            return true
        }
        if has("<!DOCTYPE") { throw malformed(start, Message.xmlDoctype) }
        if end - start < 9 && !final { return false }
        throw malformed(start, Message.xmlExpected(.verbatim("<!-- or <![CDATA[")))
    }

    /// A start tag with its attributes; false when its `>` has not come yet.
    private func startTag() throws(XLSXError) -> Bool {
        let start = position
        // A `>` inside a quoted value does not end the tag.
        var i = start + max(1, resume)
        var quote = resumeQuote
        while i < end {
            let c = buffer[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == UInt8(ascii: ">") {
                break
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: "<") {
                throw malformed(i, Message.xmlExpected(.verbatim(">")))
            }
            i += 1
        }
        guard i < end else {
            resume = i - start
            resumeQuote = quote
            return false
        }
        let close = i
        let selfClosing = buffer[close - 1] == UInt8(ascii: "/")
        let tagEnd = selfClosing ? close - 1 : close
        var n = start + 1
        while n < tagEnd && !XMLScanner.isSpace(buffer[n]) && buffer[n] != UInt8(ascii: "/") { n += 1 }
        guard n > start + 1, XMLScanner.isNameStart(buffer[start + 1]), n == tagEnd || XMLScanner.isSpace(buffer[n]) else {
            throw malformed(start, Message.xmlExpected(Message.xmlAnElementName))
        }
        if n - start - 1 > nameLimit { throw malformed(start, Message.xmlNameTooLong(nameLimit)) }
        if openEnds.isEmpty && sawRoot { throw malformed(start, Message.xmlSecondRoot) }
        if openEnds.count >= depthLimit { throw malformed(start, Message.xmlTooDeep(depthLimit)) }
        let name = UnsafeBufferPointer(start: buffer + start + 1, count: n - start - 1)
        scratchCount = 0
        let count = try attributes(from: n, to: tagEnd)
        sawRoot = true
        advance(to: close + 1)
        if !selfClosing {
            openNames.append(contentsOf: name)
            openEnds.append(openNames.count)
        }
        let tag = XMLTag(name: name, base: buffer, decoded: scratch, spans: spans, count: count)
        try handler.start(tag)
        if selfClosing { try handler.end(XMLTag.local(name)) }
        return true
    }

    private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }

    /// Reads `name="value"` pairs in `from..<to` into `spans`; their count.
    private func attributes(from: Int, to: Int) throws(XLSXError) -> Int {
        var i = from, count = 0
        while true {
            let before = i
            while i < to && XMLScanner.isSpace(buffer[i]) { i += 1 }
            if i == to { return count }
            if i == before { throw malformed(i, Message.xmlExpected(Message.xmlASpaceBetweenAttributes)) }
            let nameStart = i
            while i < to && buffer[i] != UInt8(ascii: "=") && !XMLScanner.isSpace(buffer[i]) { i += 1 }
            let nameEnd = i
            while i < to && XMLScanner.isSpace(buffer[i]) { i += 1 }
            guard nameEnd > nameStart, XMLScanner.isNameStart(buffer[nameStart]), i < to, buffer[i] == UInt8(ascii: "=") else {
                throw malformed(nameStart, Message.xmlExpected(Message.xmlAnAttribute))
            }
            i += 1
            while i < to && XMLScanner.isSpace(buffer[i]) { i += 1 }
            guard i < to, buffer[i] == UInt8(ascii: "\"") || buffer[i] == UInt8(ascii: "'") else {
                throw malformed(i, Message.xmlExpected(Message.xmlAQuotedValue))
            }
            let quote = buffer[i]
            let valueStart = i + 1
            guard let q = memchr(buffer + valueStart, Int32(quote), to - valueStart) else {
                throw malformed(i, Message.xmlExpected(Message.xmlTheClosingQuote))
            }
            let valueEnd = buffer.distance(to: q.assumingMemoryBound(to: UInt8.self))
            if count == attributeLimit { throw malformed(nameStart, Message.xmlTooManyAttributes(attributeLimit)) }
            if count * 4 + 4 > spanCapacity {
                let more = UnsafeMutablePointer<Int>.allocate(capacity: spanCapacity * 2)
                more.update(from: spans, count: count * 4)
                spans.deallocate()
                spans = more
                spanCapacity *= 2
            }
            spans[4 * count] = nameStart
            spans[4 * count + 1] = nameEnd
            var plain = true
            for k in valueStart..<valueEnd {
                let c = buffer[k]
                if c == UInt8(ascii: "&") || c == 9 || c == 10 || c == 13 { plain = false; break }
                if c == UInt8(ascii: "<") { throw malformed(k, Message.xmlExpected(Message.xmlEscapedLessThan)) }
            }
            if plain {
                spans[4 * count + 2] = valueStart
                spans[4 * count + 3] = valueEnd
            } else {
                let s = try decode(valueStart, valueEnd, entities: true, attribute: true)
                spans[4 * count + 2] = -s - 1
                spans[4 * count + 3] = scratchCount
            }
            count += 1
            i = valueEnd + 1
        }
    }

    // MARK: decoding

    /// Appends bytes `from..<to` to `scratch` with entities decoded and line
    /// ends made `\n` (in an attribute value, white space made a space, as
    /// XML normalises it); where they start in `scratch`.
    private func decode(_ from: Int, _ to: Int, entities: Bool, attribute: Bool) throws(XLSXError) -> Int {
        let start = scratchCount
        reserveScratch(to - from)
        var i = from
        while i < to {
            let c = buffer[i]
            if c == UInt8(ascii: "&") && entities {
                guard let semi = memchr(buffer + i + 1, Int32(UInt8(ascii: ";")), min(to - i - 1, 12)) else {
                    throw malformed(
                        i,
                        Message.xmlUnknownEntity(
                            String(decoding: UnsafeBufferPointer(start: buffer + i + 1, count: min(to - i - 1, 12)), as: UTF8.self)))
                }
                let close = buffer.distance(to: semi.assumingMemoryBound(to: UInt8.self))
                try entity(i + 1, close)
                i = close + 1
                continue
            }
            if c == 13 {
                scratch[scratchCount] = attribute ? 32 : 10
                scratchCount += 1
                i += (i + 1 < to && buffer[i + 1] == 10) ? 2 : 1
                continue
            }
            scratch[scratchCount] = attribute && (c == 9 || c == 10) ? 32 : c
            scratchCount += 1
            i += 1
        }
        return start
    }

    private func reserveScratch(_ more: Int) {
        guard scratchCount + more > scratchCapacity else { return }
        XMLScanner.grow(&scratch, &scratchCapacity, keeping: scratchCount, toHold: scratchCount + more)
    }

    /// Doubles a byte buffer until it holds `needed` bytes, keeping its first `count`.
    private static func grow(_ buffer: inout UnsafeMutablePointer<UInt8>, _ capacity: inout Int, keeping count: Int, toHold needed: Int) {
        var bigger = capacity * 2
        while bigger < needed { bigger *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        grown.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = grown
        capacity = bigger
    }

    /// Appends the character of the entity named by bytes `from..<to`.
    private func entity(_ from: Int, _ to: Int) throws(XLSXError) {
        let name = UnsafeBufferPointer(start: buffer + from, count: to - from)
        switch XMLEntity(name) {
        case .character(let scalar):
            for b in UTF8.encode(scalar)! {
                scratch[scratchCount] = b
                scratchCount += 1
            }
        case .unknown:
            throw malformed(from - 1, Message.xmlUnknownEntity(String(decoding: name, as: UTF8.self)))
        case .badCharacterReference:
            throw malformed(from - 1, Message.xmlBadCharacterReference)
        }
    }
}
