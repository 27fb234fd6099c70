import Foundation

/// Where a big CSV file can be cut in two, so that both cores read it at once.
///
/// The cut is the start of the line after the file's middle. It is a row
/// boundary unless that line break sits inside a quoted field; the reader of
/// the first half finds out (`CSVReader.overran`) and then reads on alone, so
/// a wrong guess costs time, never a wrong row.
enum CSVSplit {
    /// Files smaller than this are read by one worker: splitting them saves less than it costs.
    ///
    /// Tests lower it to split small files.
    @TaskLocal static var threshold = 8 << 20

    /// The offset of the line after the middle of `path`, if the file is big
    /// enough, there are cores to spare, and the header ends before it.
    static func point(path: String, size: Int, after headerEnd: Int) -> Int? {
        guard size >= threshold, ProcessInfo.processInfo.activeProcessorCount > 1 else { return nil }
        let middle = max(headerEnd, size / 2)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let window = 1 << 20
        var bytes = [UInt8](repeating: 0, count: window)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, off_t(middle)) }
        guard n > 0, let newline = bytes[..<n].firstIndex(of: 10) else { return nil }
        let point = middle + newline + 1
        return point < size ? point : nil
    }
}

extension CSVSplit {
    /// Reads the rows after the header: in one part, or in two at once when `allowed` and the file is big enough.
    ///
    /// `read` reads a part from a reader that stops at the part's end; `failed` makes a part of an error opening it.
    /// The second part is nil unless the first ended exactly at the cut.
    static func parts<Part>(
        after header: CSVReader, allowed: Bool, _ read: @Sendable (CSVReader) -> Part,
        failed: @Sendable (any Error) -> Part
    ) -> (Part, Part?) {
        guard allowed, header.canSplit, let cut = point(path: header.path, size: header.size, after: header.consumed) else {
            return (read(header), nil)
        }
        let path = header.path, delimiter = header.delimiter
        let starts = [(offset: header.consumed, line: header.currentLine), (offset: cut, line: 1)]
        let results = WorkerResults<(part: Part, overran: Bool)>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            do {
                let reader = try CSVReader(path: path, delimiter: delimiter, offset: starts[k].offset, line: starts[k].line)
                reader.limit = k == 0 ? cut : nil
                let part = read(reader)
                results.set(k, (part, reader.overran))
            } catch {
                results.set(k, (failed(error), false))
            }
        }
        let first = results.take(0)
        // A first part that read past the cut read the rest of the file too.
        return (first.part, first.overran ? nil : results.take(1).part)
    }

    /// A failure of a later part, its line moved down by the lines before that part.
    static func shifted(_ error: any Error, by lines: Int) -> any Error {
        if var e = error as? ImportError { e.line += lines; return e }
        if var e = error as? CSVError { e.line += lines; return e }
        return error
    }
}
