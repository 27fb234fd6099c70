import Foundation
import ZIPFoundation

/// The zip container of a workbook: ZIPFoundation finds the parts; each part
/// is unpacked in chunks handed to a consumer, within bounds checked on the
/// bytes actually unpacked.
///
/// ZIPFoundation 0.9.20's own `extract` spins forever on Linux when a
/// deflate stream runs on to the end of the file (its inflate loop waits for
/// the stream's end and never for the input's; weichsel/ZIPFoundation#389),
/// which a crafted or cut-short entry does, and its inflater is told a full
/// buffer of input whatever the provider returns. So a part's compressed
/// bytes are read here, from where ZIPFoundation's entry says they start, and
/// fed to ZIPFoundation's `Data.decompress` by a provider that gives full,
/// zero-padded buffers and throws when asked for more than the entry holds.
final class XLSXArchive {
    let path: String
    let limits: XLSXLimits
    private let archive: Archive
    private let fd: Int32
    private let size: Int
    private var entries: [String: Entry] = [:]
    /// The same by lowercased path: OPC part names compare without case.
    private var folded: [String: Entry] = [:]
    /// Bytes unpacked from all parts so far.
    private(set) var unpacked = 0

    private static let chunk = 1 << 18

    /// Opens `path`, refusing early what cannot be a workbook.
    init(path: String, limits: XLSXLimits) throws(XLSXError) {
        self.path = path
        self.limits = limits
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw XLSXError(.file, Message.systemError(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw XLSXError(.file, Message.systemError(code))
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            close(fd)
            throw XLSXError(.file, Message.systemError(EISDIR))
        }
        let size = Int(info.st_size)
        do throws(XLSXError) {
            try XLSXArchive.checkSignatures(fd: fd, size: size, limits: limits)
            archive = try XLSXArchive.openArchive(path)
        } catch {
            close(fd)
            throw error
        }
        self.fd = fd
        self.size = size
        for entry in archive {
            // Some Windows tools write `xl\worksheets\sheet1.xml`, or a leading slash.
            var name = entry.path.replacingOccurrences(of: "\\", with: "/")
            while name.hasPrefix("/") { name.removeFirst() }
            if entries[name] == nil { entries[name] = entry }
            if folded[name.lowercased()] == nil { folded[name.lowercased()] = entry }
        }
    }

    deinit { close(fd) }

    private static func openArchive(_ path: String) throws(XLSXError) -> Archive {
        do {
            return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw XLSXError(.notZip, Message.xlsxNoZipDirectory)
        }
    }

    /// Reads up to `count` bytes at `offset`; fewer only at the end of the file.
    private static func read(_ fd: Int32, _ into: UnsafeMutableRawPointer, _ count: Int, at offset: Int) -> Int {
        var done = 0
        while done < count {
            let n = pread(fd, into + done, count - done, off_t(offset + done))
            if n > 0 { done += n } else if n == 0 || errno != EINTR { break }
        }
        return done
    }

    /// Refuses a file that is empty, too large, not a zip (with a hint at
    /// what it is), or without the end record of a zip directory where one
    /// must be: ZIPFoundation would look for it byte by byte through the whole file.
    private static func checkSignatures(fd: Int32, size: Int, limits: XLSXLimits) throws(XLSXError) {
        guard size > 0 else { throw XLSXError(.notZip, Message.emptyFile) }
        guard size <= limits.fileBytes else { throw XLSXError(.tooLarge, Message.xlsxFileTooLarge(limits.fileBytes)) }
        var head = [UInt8](repeating: 0, count: min(size, 512))
        let got = head.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count, at: 0) }
        head.removeSubrange(got...)
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            let tailCount = min(size, 22 + 0xFFFF)
            var tail = [UInt8](repeating: 0, count: tailCount)
            let n = tail.withUnsafeMutableBytes { read(fd, $0.baseAddress!, tailCount, at: size - tailCount) }
            var found = false
            var i = n - 22
            while i >= 0 && !found {
                found = tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06
                i -= 1
            }
            guard found else { throw XLSXError(.damaged, Message.xlsxNoZipDirectory) }
            return
        }
        var hints: [Message] = []
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            hints.append(Message.xlsxHintLegacyOrEncrypted)
        } else if looksLikeText(head) {
            hints.append(Message.xlsxHintLooksLikeText)
        }
        throw XLSXError(.notZip, Message.xlsxNotZip, hints: hints)
    }

    /// Whether the first bytes read as text: no NUL and no control
    /// characters but tab and line ends, in UTF-8 or a single-byte code page.
    private static func looksLikeText(_ head: [UInt8]) -> Bool {
        !head.isEmpty && head.allSatisfy { $0 >= 0x20 || $0 == 9 || $0 == 10 || $0 == 13 }
    }

    /// Whether the archive holds `part`.
    func contains(_ part: String) -> Bool { entry(part) != nil }

    private func entry(_ part: String) -> Entry? {
        entries[part] ?? folded[part.lowercased()]
    }

    /// The size `part` declares it unpacks to (0 if it is not there): a hint, never a bound.
    func declaredSize(_ part: String) -> Int { entry(part).map { Int(clamping: $0.uncompressedSize) } ?? 0 }

    /// Where `part`'s data starts and how it is compressed, if ZIPFoundation's entry tells.
    func location(_ part: String) -> (dataOffset: UInt64, method: UInt16)? { entry(part).flatMap(XLSXArchive.location(of:)) }

    /// Every part's name, in no order.
    var partNames: [String] { Array(entries.keys) }

    /// Unpacks `part` through an XML scanner reporting to `handler`; the handler after the last event.
    func parse<H: XMLEventHandler>(_ part: String, limit: Int, _ handler: H) throws(XLSXError) -> H {
        let scanner = XMLScanner(handler: handler, part: part, limits: limits)
        try read(part, limit: limit) { (bytes: UnsafeRawBufferPointer) throws(XLSXError) in try scanner.feed(bytes) }
        try scanner.finish()
        return scanner.handler
    }

    /// Unpacks `part`, handing its bytes to `consume` chunk by chunk; refuses
    /// a part that declares or unpacks to more than `limit` bytes, or that
    /// takes all the parts read past `limits.totalBytes`.
    func read(_ part: String, limit: Int, _ consume: (UnsafeRawBufferPointer) throws(XLSXError) -> Void) throws(XLSXError) {
        guard let entry = entry(part), entry.type == .file else { throw XLSXError(.missingPart, Message.xlsxMissingPart(part)) }
        let declared = entry.uncompressedSize
        if declared > UInt64(limit) { throw XLSXError(.tooLarge, Message.xlsxPartTooLarge(part, limit)) }
        if declared > UInt64(limits.totalBytes - unpacked) { throw XLSXError(.tooLarge, Message.xlsxTotalTooLarge(limits.totalBytes)) }
        let total = limits.totalBytes
        var produced = 0
        /// Counts and hands on what was unpacked; throws as soon as a bound is passed.
        func take(_ bytes: UnsafeRawBufferPointer) throws(XLSXError) {
            produced += bytes.count
            unpacked += bytes.count
            if produced > limit { throw XLSXError(.tooLarge, Message.xlsxPartTooLarge(part, limit)) }
            if unpacked > total { throw XLSXError(.tooLarge, Message.xlsxTotalTooLarge(total)) }
            if bytes.count > 0 { try consume(bytes) }
        }
        let damaged = XLSXError(.damaged, Message.xlsxDamaged(part))
        guard let location = XLSXArchive.location(of: entry) else {
            // ZIPFoundation's layout changed: its own extract, with the bounds still checked here.
            do {
                let checksum = try archive.extract(entry, bufferSize: XLSXArchive.chunk, skipCRC32: false) { data in
                    try data.withUnsafeBytes { b in try take(b) }
                }
                guard UInt64(produced) == declared, checksum == entry.checksum else { throw damaged }
            } catch let e as XLSXError {
                throw e
            } catch {
                throw damaged
            }
            return
        }
        do throws(XLSXError) {
            let checksum = try unpack(entry, location, part, take)
            guard UInt64(produced) == declared, checksum == entry.checksum else { throw damaged }
        } catch  where error.kind == .malformedXML && location.method == 8 {
            // The last chunk is padded with zeros for ZIPFoundation's inflater: if the
            // stream runs past its data, what the zeros make is no XML. Then the
            // part is damaged, not its XML; unpacking it again without reading tells.
            var size = 0
            let checksum = try? unpack(entry, location, part) { (b: UnsafeRawBufferPointer) throws(XLSXError) in
                size += b.count
                if size > limit { throw damaged }
            }
            guard checksum == entry.checksum, UInt64(size) == declared else { throw damaged }
            throw error
        }
    }

    /// Unpacks an entry whose data starts where `location` says, into `take`; the CRC-32 of what came out.
    private func unpack(
        _ entry: Entry, _ location: (dataOffset: UInt64, method: UInt16), _ part: String,
        _ take: (UnsafeRawBufferPointer) throws(XLSXError) -> Void
    ) throws(XLSXError) -> CRC32 {
        let damaged = XLSXError(.damaged, Message.xlsxDamaged(part))
        let compressed = Int(clamping: entry.compressedSize)
        let start = Int(clamping: location.dataOffset)
        guard start <= size, compressed <= size - start else { throw damaged }
        let fd = self.fd
        switch location.method {
        case 0:
            guard UInt64(compressed) == entry.uncompressedSize else { throw damaged }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(XLSXArchive.chunk, max(compressed, 1)), alignment: 8)
            defer { buffer.deallocate() }
            var checksum: CRC32 = 0
            var done = 0
            while done < compressed {
                let n = XLSXArchive.read(fd, buffer.baseAddress!, min(buffer.count, compressed - done), at: start + done)
                guard n > 0 else { throw damaged }
                let piece = UnsafeRawBufferPointer(rebasing: buffer[..<n])
                checksum = Data(bytesNoCopy: buffer.baseAddress!, count: n, deallocator: .none).crc32(checksum: checksum)
                try take(piece)
                done += n
            }
            return checksum
        case 8:
            var fed = 0
            // Small parts get small buffers: both the input and each output chunk are this size.
            let chunk = min(XLSXArchive.chunk, max(compressed, 4096))
            do {
                return try Data.decompress(
                    size: Int64(compressed), bufferSize: chunk, skipCRC32: false,
                    provider: { _, _ in
                        // Asked for more than the entry holds: its deflate stream does not end where it should.
                        guard fed < compressed else { throw damaged }
                        let n = min(chunk, compressed - fed)
                        // Always a full buffer: the inflater is told there is one.
                        var data = Data(count: chunk)
                        let got = data.withUnsafeMutableBytes { XLSXArchive.read(fd, $0.baseAddress!, n, at: start + fed) }
                        guard got == n else { throw damaged }
                        fed += n
                        return data
                    },
                    consumer: { data in
                        try data.withUnsafeBytes { b in try take(b) }
                    })
            } catch let e as XLSXError {
                throw e
            } catch {
                throw damaged
            }
        default:
            throw XLSXError(.damaged, Message.xlsxUnsupportedCompression(part))
        }
    }

    /// Where an entry's data starts in the file and how it is compressed.
    ///
    /// ZIPFoundation computes the start (`Entry.dataOffset`) but keeps it
    /// internal, so it is read from the headers ZIPFoundation parsed, through
    /// reflection; nil if its layout ever changes (or the entry needs ZIP64's
    /// offset, which no workbook under 4 GiB does).
    static func location(of entry: Entry) -> (dataOffset: UInt64, method: UInt16)? {
        let m = Mirror(reflecting: entry)
        guard let offset = m.descendant("centralDirectoryStructure", "relativeOffsetOfLocalHeader") as? UInt32,
            offset != UInt32.max,
            let nameLength = m.descendant("localFileHeader", "fileNameLength") as? UInt16,
            let extraLength = m.descendant("localFileHeader", "extraFieldLength") as? UInt16,
            let method = m.descendant("localFileHeader", "compressionMethod") as? UInt16
        else { return nil }
        return (UInt64(offset) + 30 + UInt64(nameLength) + UInt64(extraLength), method)
    }
}
