import Foundation

/// `export records|events|history`: the canonical CSV that `import` reads back.
enum CSVExporter {
    /// Writes the live records; `expected_close`, `currency` and custom fields follow the canonical columns.
    static func records(_ w: Workspace, to path: String, cancellation: CancellationToken) throws -> Int {
        let s = w.store
        let p = w.pipeline
        let customKeys = s.customFieldNames.keys.sorted()
        let hasExpected = s.expectedClose.contains { $0 != missing }
        var header = [
            "id", "kind", "name", "account", "owner", "source", "value", "stage", "created_at",
            "updated_at",
        ]
        if hasExpected { header.append("expected_close") }
        let hasCurrency = s.currencies.contains { $0 != 0 }
        if hasCurrency { header.append("currency") }
        header += customKeys.map { s.customFieldNames[$0]! }
        return try CSVWriter.write(path, header: header, cancellation: cancellation) { out in
            var n = 0
            for r in 0..<s.slotCount where s.alive[r] {
                var fields = [
                    s.ids[r], p[s.stages[r]].kind.name, s.names[r], s.pool[s.accounts[r]],
                    s.pool[s.owners[r]],
                    s.pool[s.sources[r]], s.values[r] == missing ? "" : Amount(cents: s.values[r]).plain,
                    p[s.stages[r]].name,
                    time(s.created[r]), time(s.changed(r)),
                ]
                if hasExpected { fields.append(time(s.expectedClose[r])) }
                if hasCurrency { fields.append(s.currency(r) == 0 ? "" : s.pool[s.currency(r)]) }
                fields += customKeys.map { s.customValue(r, $0) ?? "" }
                try out.row(fields)
                n += 1
            }
            return n
        }
    }

    /// Writes every live record's ledger, record by record, oldest event first.
    static func events(_ w: Workspace, to path: String, cancellation: CancellationToken) throws -> Int {
        let s = w.store
        let p = w.pipeline
        return try CSVWriter.write(
            path, header: ["record_id", "from_stage", "to_stage", "changed_at", "cause", "reason"], cancellation: cancellation
        ) { out in
            var n = 0
            for r in 0..<s.slotCount where s.alive[r] {
                for e in s.events(of: r) {
                    let ev = s.event(e)
                    try out.row([
                        s.ids[r], ev.from == noStage ? "" : p[ev.from].name, p[ev.to].name, time(ev.at),
                        ev.cause.name, ev.reason == 0 ? "" : s.pool[ev.reason],
                    ])
                    n += 1
                }
            }
            return n
        }
    }

    /// Writes every live record's field events, record by record in slot order, each record's in time order: the
    /// field-history file (`record_id, changed_at, field, old, new`) that `import events` reads back.
    ///
    /// Values are written as the records export writes them: amounts plain, dates ISO, owners and currencies by name.
    static func history(_ w: Workspace, to path: String, cancellation: CancellationToken) throws -> Int {
        let s = w.store
        let f = s.fieldEvents
        let order = f.byRecord(slots: s.slotCount)
        return try CSVWriter.write(
            path, header: ["record_id", "changed_at", "field", "old", "new"], cancellation: cancellation
        ) { out in
            var n = 0
            for i in order where s.alive[Int(f.record[Int(i)])] {
                let e = f[Int(i)]
                try out.row([s.ids[Int(e.record)], time(e.at), e.field.name, text(e.field, e.old, s), text(e.field, e.new, s)])
                n += 1
            }
            return n
        }
    }

    /// A tracked field's value as a file carries it (empty: none).
    static func text(_ field: TrackedField, _ v: Int64, _ s: RecordStore) -> String {
        switch field {
        case .value, .probability: v == missing ? "" : Amount(cents: v).plain
        case .expectedClose: time(v)
        case .owner, .currency: v <= 0 ? "" : s.pool[UInt32(v)]
        }
    }

    static func time(_ t: Int64) -> String { t == missing ? "" : Timestamp(seconds: t).iso8601 }
}

/// Writes rows — CSV, or JSON when the file ends in `.json` — through a buffer
/// to a temporary file renamed into place, so a failed export never leaves
/// half a file where a good one was.
struct CSVWriter {
    let path: String
    /// Polled every many rows, so that Ctrl-C stops a long export.
    private let cancellation: CancellationToken
    private var target: String
    private var temp: String
    private var handle: FileHandle?
    var buffer: [UInt8] = []
    private var rows = 0

    init(path: String, cancellation: CancellationToken) {
        self.path = path
        self.cancellation = cancellation
        target = path
        temp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Whether the target is something other than a regular file (a pipe,
    /// `/dev/stdout`), which is written in place: renaming over it would
    /// replace the device or link instead of writing to it.
    private var inPlace = false

    mutating func open() throws {
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            inPlace = true
        } else if let real = realpathString(path) {
            // Keep a symbolic link a link: replace the file it points to.
            target = real
            temp = real + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        }
        let fd = Foundation.open(
            inPlace ? path : temp, inPlace ? O_WRONLY | O_TRUNC : O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        buffer.reserveCapacity(1 << 20)
    }

    private func realpathString(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// Writes a whole file: the header, then what `rows` writes; on any error
    /// the temporary file is removed and the old file stays.
    static func write(
        _ path: String, header: [String], cancellation: CancellationToken,
        rows: (inout CSVWriter) throws -> Int
    ) throws -> Int {
        var out = CSVWriter(path: path, cancellation: cancellation)
        try out.open()
        do {
            if out.json {
                out.header = header
                out.buffer.append(contentsOf: Array("[".utf8))
            } else {
                try out.row(header)
            }
            let n = try rows(&out)
            if out.json { out.buffer.append(contentsOf: Array((n == 0 ? "]\n" : "\n]\n").utf8)) }
            try out.close()
            return n
        } catch {
            out.abandon()
            throw error
        }
    }

    mutating func row(_ fields: [String]) throws {
        rows += 1
        if rows & 0xFFFF == 0 && cancellation.isRequested { throw Interrupted() }
        if json {
            jsonRow(fields)
            if buffer.count >= 1 << 20 { try flush() }
            return
        }
        for (i, f) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            if f.utf8.contains(where: {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
            }) {
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

    /// Whether the file ends in `.json`: then rows are objects in one array,
    /// keyed by the header, with numbers as numbers and empty fields as null.
    var json: Bool { path.lowercased().hasSuffix(".json") }
    var header: [String] = []
    static let numeric: Set<String> = ["value"]

    private mutating func jsonRow(_ fields: [String]) {
        var line = rows == 1 ? "\n  {" : ",\n  {"
        for (i, f) in fields.enumerated() where i < header.count {
            if i > 0 { line += ", " }
            line += CellText.jsonString(header[i]) + ": "
            if f.isEmpty {
                line += "null"
            } else if CSVWriter.numeric.contains(header[i]) {
                line += f
            } else {
                line += CellText.jsonString(f)
            }
        }
        buffer.append(contentsOf: Array((line + "}").utf8))
    }

    private mutating func flush() throws {
        try handle?.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        do {
            try flush()
            if !inPlace { try handle?.synchronize() }
            try handle?.close()
            handle = nil
            if !inPlace && rename(temp, target) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            abandon()
            throw error
        }
    }

    /// Closes and removes the temporary file of a failed export.
    mutating func abandon() {
        try? handle?.close()
        handle = nil
        if !inPlace { unlink(temp) }
    }
}
