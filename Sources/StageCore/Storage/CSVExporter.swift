import Foundation

/// `export records|events`: the canonical CSV that `import` reads back.
enum CSVExporter {
    /// Writes the live records; custom fields and `expected_close` follow the canonical columns.
    static func records(_ w: Workspace, to path: String) throws -> Int {
        let s = w.store, p = w.pipeline
        let customKeys = s.customFieldNames.keys.sorted()
        let hasExpected = s.expectedClose.contains { $0 != missing }
        var header = ["id", "kind", "name", "account", "owner", "source", "value", "stage", "created_at", "updated_at"]
        if hasExpected { header.append("expected_close") }
        header += customKeys.map { s.customFieldNames[$0]! }
        var out = CSVWriter(path: path)
        try out.open()
        try out.row(header)
        var n = 0
        for r in 0..<s.slotCount where s.alive[r] {
            var fields = [
                s.ids[r], p[s.stages[r]].kind.name, s.names[r], s.pool[s.accounts[r]], s.pool[s.owners[r]],
                s.pool[s.sources[r]], s.values[r] == missing ? "" : Amount(cents: s.values[r]).plain, p[s.stages[r]].name,
                time(s.created[r]), time(s.changed(r)),
            ]
            if hasExpected { fields.append(time(s.expectedClose[r])) }
            fields += customKeys.map { s.customValue(r, $0) ?? "" }
            try out.row(fields)
            n += 1
        }
        try out.close()
        return n
    }

    /// Writes every live record's ledger, record by record, oldest event first.
    static func events(_ w: Workspace, to path: String) throws -> Int {
        let s = w.store, p = w.pipeline
        var out = CSVWriter(path: path)
        try out.open()
        try out.row(["record_id", "from_stage", "to_stage", "changed_at", "cause", "reason"])
        var n = 0
        for r in 0..<s.slotCount where s.alive[r] {
            for e in s.events(of: r) {
                let ev = s.event(e)
                try out.row([s.ids[r], ev.from == noStage ? "" : p[ev.from].name, p[ev.to].name, time(ev.at),
                             ev.cause.name, ev.reason == 0 ? "" : s.pool[ev.reason]])
                n += 1
            }
        }
        try out.close()
        return n
    }

    static func time(_ t: Int64) -> String { t == missing ? "" : Timestamp(seconds: t).iso8601 }
}

/// Writes CSV rows through a buffer to a temporary file renamed into place, so
/// a failed export never leaves half a file where a good one was.
struct CSVWriter {
    let path: String
    private var temp: String
    private var handle: FileHandle?
    private var buffer: [UInt8] = []

    init(path: String) {
        self.path = path
        temp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    }

    mutating func open() throws {
        guard FileManager.default.createFile(atPath: temp, contents: nil),
              let h = FileHandle(forWritingAtPath: temp) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        buffer.reserveCapacity(1 << 20)
    }

    mutating func row(_ fields: [String]) throws {
        for (i, f) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            if f.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
                buffer.append(UInt8(ascii: "\""))
                for b in f.utf8 {
                    if b == UInt8(ascii: "\"") { buffer.append(b) }
                    buffer.append(b)
                }
                buffer.append(UInt8(ascii: "\""))
            } else {
                buffer.append(contentsOf: f.utf8)
            }
        }
        buffer.append(10)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private mutating func flush() throws {
        try handle?.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        do {
            try flush()
            try handle?.synchronize()
            try handle?.close()
            handle = nil
            if rename(temp, path) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? handle?.close()
            unlink(temp)
            throw error
        }
    }
}
