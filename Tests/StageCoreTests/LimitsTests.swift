import Foundation
import StageTestSupport
import Testing

@testable import StageCore

// The limits of issue 8, part 4: lines up to 1 MiB; ids, names and fields of
// any Unicode, matched by canonical equivalence; values up to 10^15 summed
// exactly; a hostile snapshot refused with a clear message and bounded memory.
// (10,000,000 records is `make big-run`, outside `make test`.)

// MARK: - Helpers

private let mebibyte = 1 << 20

/// A query's result as CSV text.
private func csv(_ s: inout Session, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    tables(run(&s, line, sourceLocation: sourceLocation)).map { TableRenderer.render($0, format: .csv) }.joined(separator: "\n")
}

/// The first table's row whose first cell is `.text(key)`.
private func row(_ outcomes: [Outcome], _ key: String) -> [Cell]? {
    tables(outcomes).first?.rows.first { $0.first == .text(key) }
}

private func read(_ path: String) throws -> String {
    try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
}

private func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
private func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

/// Swift's `==` is canonical equivalence; this compares the stored bytes.
private func sameBytes(_ a: String, _ b: String) -> Bool { Array(a.utf8) == Array(b.utf8) }

/// `n` bytes of text with multi-byte characters (2, 3 and 4 bytes) among ASCII.
private func filler(_ n: Int) -> String {
    let unit = "abcé中🙂 "  // 3 + 2 + 3 + 4 + 1 = 13 bytes
    var s = String(repeating: unit, count: n / 13)
    s += String(repeating: "x", count: n - s.utf8.count)
    return s
}

// MARK: - Lines of 1 MiB

@Suite struct LongLineTests {
    /// A command line of exactly 1 MiB runs, and its 1 MiB string argument is kept whole.
    @Test func aMebibyteCommandLineRuns() throws {
        try withTestSession("limits") { s, _ in
            let prefix = #"list where name = ""#, suffix = #"""#
            let name = filler(mebibyte - prefix.utf8.count - suffix.utf8.count)
            let query = prefix + name + suffix
            #expect(query.utf8.count == mebibyte)
            run(&s, "add lead \"\(name)\" owner=Lan")
            run(&s, "add lead Short")
            #expect(s.store.liveCount == 2)
            #expect(sameBytes(s.store.names[0], name))
            let found = tables(run(&s, query))
            #expect(found.first?.rows.count == 1)
            #expect(found.first?.rows.first?[0] == .text("1"))
        }
    }

    /// An error at the end of a 1 MiB line is located at its byte offset, and
    /// the rendered diagnostic stays short.
    @Test func anErrorAtTheEndOfAMebibyteLineIsLocated() throws {
        try withTestSession("limits") { s, _ in
            let name = filler(mebibyte - 64)
            let line = #"list where name = ""# + name + #"" and nosuch = 3"#
            let d = try #require(failure(&s, line))
            #expect(d.message.english == #"unknown field "nosuch""#)
            let at = line.utf8.count - "nosuch = 3".utf8.count
            #expect(d.range == SourceRange(at, at + 6))
            let shown = DiagnosticFormatter.format(d, source: "script.stg", line: 3, text: line)
            #expect(shown.hasPrefix("stagesh: script.stg:3:"), "\(shown.prefix(300))")
            #expect(shown.utf8.count < 2_000, "the diagnostic is \(shown.utf8.count) bytes long")

            // An unterminated 1 MiB string: an error at its opening quote, nothing added.
            let open = try #require(failure(&s, "add lead \"" + name))
            #expect(open.range?.start == "add lead ".utf8.count)
            #expect(s.store.liveCount == 0)
        }
    }

    /// A CSV field of 1 MiB (quoted, with commas, doubled quotes and a line
    /// break) imports whole, read by one worker or by two.
    @Test(arguments: [Int.max, 0])
    func aMebibyteCSVFieldImports(threshold: Int) throws {
        let name = "a, \"b\"\n" + filler(mebibyte)
        let note = filler(mebibyte + 7)
        let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        var text = "id,name,stage,Note\n"
        for i in 1...30 { text += "\(i),Row \(i),New,n\(i)\n" }
        text += "big,\(quoted),Contacted,\(note)\n"
        for i in 31...60 { text += "\(i),Row \(i),New,n\(i)\n" }
        try withTestSession("limits", files: ["big.csv": text]) { s, dir in
            CSVSplit.$threshold.withValue(threshold) {
                let outcomes = run(&s, "import records big.csv")
                #expect(ImportTests.text(outcomes) == "imported 61 records from big.csv")
            }
            let slot = try #require(s.store.slot(of: "big"))
            #expect(sameBytes(s.store.names[Int(slot)], name))
            let key = try #require(s.store.customFieldNames.first { $0.value == "Note" }?.key)
            #expect(s.store.customValue(Int(slot), key).map { sameBytes($0, note) } == true)
            #expect(s.store.slot(of: "31") != nil)
            // And it goes out again the same.
            run(&s, "export records out.csv")
            #expect(try read(dir + "/out.csv").contains(quoted))
        }
    }

    /// A 1 MiB line read from a script file by the real binary.
    @Test func aMebibyteScriptLine() throws {
        let binary = try #require(Binary.path, "no stagesh binary beside the test bundle")
        try withTestSession("limits") { _, dir in
            let name = filler(mebibyte - 32)
            // Columns count characters.
            let column = #"list where name = ""#.count + name.count + #"" and "#.count + 1
            let script = "add lead \"\(name)\" owner=Lan\ncount\nlist where name = \"\(name)\" and nosuch = 3\n"
            try Data(script.utf8).write(to: URL(fileURLWithPath: dir + "/long.stg"))
            let r = try Binary.run(binary, ["--now", "2026-11-29", "-f", dir + "/long.stg"], in: dir)
            #expect(r.status == 1)
            #expect(r.output.hasPrefix("added lead 1\n"))
            #expect(r.output.contains("\(dir)/long.stg:3:\(column):"), "\(r.output.prefix(500))")
            #expect(r.output.contains(#"unknown field "nosuch""#))
            #expect(r.output.utf8.count < 4_000)
        }
    }
}

// MARK: - Unicode

@Suite struct UnicodeLimitsTests {
    /// Texts of every kind, each given decomposed (NFD) where that differs.
    static let ids = ["客户-1", "👩🏽‍💻", "שלום-2", "Zoe\u{308}", "A\u{30A}ngstro\u{308}m", "\u{212B}", "한국-3"]
    static let names = ["北京客户有限公司", "שלום עולם", "مرحبا بالعالم", "Nguyễn Thị Hoà", "👩‍👩‍👧 🇻🇳 Đội", "한국어 이름", "Ωμέγα ΑΒΓ"]
    static let owners = ["Zoë", "José", "Łukasz", "田中", "Đức", "אבי", "Åsa"]

    /// Imports `ids`, `names`, `owners` and a Unicode custom field, all decomposed,
    /// then adds more with `add`: every form is found by its composed and
    /// decomposed spelling, and export, save/load and a re-import keep it all.
    @Test func unicodeRoundTrips() throws {
        var text = "id,name,stage,owner,\(nfd("Ghi chú 📝")),地域\n"
        for (i, id) in Self.ids.enumerated() {
            text += "\(nfd(id)),\(nfd(Self.names[i])),New,\(nfd(Self.owners[i])),\(nfd("ghi chú \(i) ế")),東京\n"
        }
        try withTestSession("limits", files: ["u.csv": text]) { s, dir in
            run(&s, "import records u.csv")
            for (i, name) in Self.names.enumerated() {
                run(&s, "add opp \"\(nfd(name)) \(i)\" owner=\"\(nfd(Self.owners[i]))\" \"\(nfd("Ghi chú 📝"))\"=\"\(nfd("mới \(i)"))\"")
            }
            #expect(s.store.liveCount == 2 * Self.ids.count)

            // Stored composed, byte for byte.
            for r in 0..<s.store.slotCount {
                let name = s.store.names[r]
                #expect(sameBytes(name, nfc(name)), "record \(r)'s name is not NFC")
            }
            for (i, id) in Self.ids.enumerated() {
                for spelling in [id, nfc(id), nfd(id)] {
                    let slot = s.store.slot(of: spelling)
                    #expect(slot != nil, "id \(id) not found as \(Array(spelling.unicodeScalars))")
                    if let slot { #expect(sameBytes(s.store.names[Int(slot)], nfc(Self.names[i]))) }
                    let card = tables(run(&s, "show \"\(spelling)\"")).first?.rows.first ?? []
                    #expect(card.contains(.text(nfc(Self.names[i]))) && card.contains(.text(nfc(id))), "show \(id)")
                }
                // Matched by canonical equivalence in both directions.
                for spelling in [nfc(Self.names[i]), nfd(Self.names[i])] {
                    #expect(tables(run(&s, "list where name = \"\(spelling)\"")).first?.rows.count == 1, "\(Self.names[i])")
                }
                #expect(tables(run(&s, "list where owner = \"\(nfc(Self.owners[i]))\"")).first?.rows.count == 2, "\(Self.owners[i])")
                #expect(tables(run(&s, "list where \"Ghi chú 📝\" = \"\(nfc("ghi chú \(i) ế"))\"")).first?.rows.count == 1)
            }
            #expect(tables(run(&s, "list where \"\(nfd("Ghi chú 📝"))\" ~ \"\(nfd("mới"))\"")).first?.rows.count == Self.ids.count)
            #expect(tables(run(&s, "list where 地域 = 東京")).first?.rows.count == Self.ids.count)
            #expect(tables(run(&s, "count by owner")).first?.rows.count == Self.owners.count)

            let query = "list order by id"
            let before = csv(&s, query)
            for name in Self.names + Self.owners + Self.ids { #expect(before.contains(nfc(name)), "\(name)") }

            // Export: composed text, and imported again it is the same session.
            run(&s, "export records out.csv")
            let exported = try read(dir + "/out.csv")
            #expect(sameBytes(exported, nfc(exported)))
            #expect(exported.contains("Ghi chú 📝") && exported.contains("地域"))
            var again = testSession(directory: dir, dataDirectory: dir)
            run(&again, "import records out.csv")
            #expect(csv(&again, query) == before)
            run(&again, "export records out2.csv")
            #expect(try read(dir + "/out2.csv") == exported)

            // Save and load.
            run(&s, "save uni")
            var loaded = testSession(directory: dir, dataDirectory: dir)
            run(&loaded, "load uni")
            #expect(sameBytes(csv(&loaded, query), before))
            #expect(tables(run(&loaded, "list where \"Ghi chú 📝\" ~ \"\(nfd("mới"))\"")).first?.rows.count == Self.ids.count)
            run(&loaded, "export records out3.csv")
            #expect(try read(dir + "/out3.csv") == exported)
        }
    }
}

// MARK: - Money

@Suite struct MoneyLimitsTests {
    static let top: Int128 = 99_999_999_999_999_999  // 999,999,999,999,999.99 in cents

    /// `cents` as plain decimal text, computed here, not by `Amount`.
    static func plain(_ cents: Int128) -> String {
        let sign = cents < 0 ? "-" : ""
        let m = cents < 0 ? -cents : cents
        let f = Int(m % 100)
        return sign + String(m / 100) + (f == 0 ? "" : "." + (f < 10 ? "0" : "") + String(f))
    }

    /// Values up to 10^15 typed: accepted exactly; beyond what cents can hold (or negative): refused, nothing added.
    @Test func typedValuesAtTheLimit() throws {
        try withTestSession("limits") { s, _ in
            run(&s, "add opp A value=999999999999999.99")
            run(&s, "add opp B value=1_000_000_000_000_000")
            #expect(Array(s.store.values.prefix(2)) == [Int64(Self.top), 100_000_000_000_000_000])
            for line in [
                "add opp E value=100000000000000000", "add opp E value=92233720368547758.08",
                "add opp E value=-92233720368547758.08", "add opp E value=-999999999999999.99", "add opp E value=1e15",
            ] {
                let d = try #require(failure(&s, line))
                #expect(d.range?.start == "add opp E value=".utf8.count, "\(line): \(d.message.english)")
            }
            #expect(s.store.liveCount == 2)
            #expect(tables(run(&s, "list where value = 999999999999999.99")).first?.rows.count == 1)
            #expect(tables(run(&s, "list where value > 999999999999999.98")).first?.rows.count == 2)
        }
    }

    /// 300 open deals of 999,999,999,999,999.99 and a few cents: the totals
    /// (beyond Int64 cents) are exact in funnel and forecast, and in their text.
    @Test(arguments: [Int.max, 0])
    func totalsBeyondInt64AreExact(threshold: Int) throws {
        var text = "id,name,stage,value\n"
        var negotiation: Int128 = 0, proposal: Int128 = 0
        for i in 0..<300 {
            let (stage, cents): (String, Int128) = i % 3 == 2 ? ("Proposal Sent", Self.top - Int128(i)) : ("Negotiation", Self.top)
            text += "\(i),Deal \(i),\(stage),\(Self.plain(cents))\n"
            if stage == "Negotiation" { negotiation += cents } else { proposal += cents }
        }
        text += "x,Cents,Negotiation,0.01\n"
        negotiation += 1
        #expect(negotiation > Int128(Int64.max))
        try withTestSession("limits", files: ["v.csv": text]) { s, _ in
            CSVSplit.$threshold.withValue(threshold) {
                run(&s, "import records v.csv")
            }
            #expect(s.store.liveCount == 301)
            let funnel = run(&s, "funnel")
            #expect(row(funnel, "Negotiation")?[2] == .total(negotiation))
            #expect(row(funnel, "Proposal Sent")?[2] == .total(proposal))

            let p = s.pipeline
            let pn = Int128(p[try #require(p.stage(named: "Negotiation"))].probability ?? 0)
            let pp = Int128(p[try #require(p.stage(named: "Proposal Sent"))].probability ?? 0)
            let forecast = try #require(tables(run(&s, "forecast")).first)
            let weighted = (negotiation * pn + proposal * pp + 5_000) / 10_000
            #expect(forecast.rows.first.map { Array($0.suffix(3)) } == [.integer(301), .total(negotiation + proposal), .total(weighted)])
            let rendered = TableRenderer.render(forecast, format: .csv)
            #expect(rendered.contains(Self.plain(negotiation + proposal)), "\(rendered)")
            #expect(rendered.contains(Self.plain(weighted)), "\(rendered)")
            // By stage: one row each, the same sums.
            let byStage = run(&s, "forecast by stage")
            #expect(row(byStage, "Negotiation")?.suffix(2).first == .total(negotiation))
        }
    }

    /// A CSV value beyond what cents can hold is refused at its line; nothing is imported.
    @Test func aCSVValueOutOfRangeIsRefused() throws {
        let text = "id,name,stage,value\n1,A,Negotiation,999999999999999.99\n2,B,Negotiation,100000000000000000\n"
        try withTestSession("limits", files: ["v.csv": text]) { s, _ in
            let d = try #require(failure(&s, "import records v.csv"))
            #expect(d.message.english.contains("v.csv:3:"), "\(d.message.english)")
            #expect(s.store.liveCount == 0)
        }
    }
}

// MARK: - Hostile snapshots: a clear refusal, in bounded memory

@Suite struct HostileSnapshotTests {
    static let head = #"{"format":"stagesh-snapshot","version":2,"saved_at":"2026-03-01T09:00:00Z","clock":null,"#
    static let pipeline =
        #""pipeline":{"policy":"forward","stages":[{"name":"New","kind":"lead","probability":0,"outcome":"open"},{"name":"Won","kind":"opportunity","probability":100,"outcome":"won"}],"rules":[]},"next_id":2,"custom_fields":[],"#

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Writes the file at the path.
        var make: @Sendable (String) throws -> Void
        /// What the message must contain.
        var expected: String
        var testDescription: String { name }
    }

    /// A file of `head`, `count` bytes of `byte`, then `tail`, written in pieces.
    static func file(_ path: String, _ head: String, _ byte: UInt8, _ count: Int, _ tail: String = "") throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? h.close() }
        try h.write(contentsOf: Data(head.utf8))
        let chunk = Data(repeating: byte, count: 1 << 22)
        var left = count
        while left > 0 {
            let n = min(left, chunk.count)
            try h.write(contentsOf: chunk.prefix(n))
            left -= n
        }
        try h.write(contentsOf: Data(tail.utf8))
    }

    static let hundredMB = 100_000_000
    static let summary = #""summary":{"records":1,"open":1,"won":0,"lost":0,"events":1},"#
    static let recordHead = #""records":[{"id":"1","name":""#

    static let cases: [Case] = [
        Case(
            name: "a 100 MB unterminated name", make: { try file($0, head + summary + pipeline + recordHead, UInt8(ascii: "n"), hundredMB) },
            expected: "$.records[0].name: unterminated string"),
        Case(
            name: "a 100 MB name, then a value out of range",
            make: {
                try file($0, head + summary + pipeline + recordHead, UInt8(ascii: "n"), hundredMB, #"","value":1e400,"stage":"New"}],"log":[]}"#)
            },
            expected: "$.records[0].value: invalid number"),
        Case(
            name: "a 100 MB name with an invalid escape at its end",
            make: { try file($0, head + summary + pipeline + recordHead, UInt8(ascii: "n"), hundredMB, #"\q","stage":"New"}],"log":[]}"#) },
            expected: "$.records[0].name: invalid escape in a string"),
        Case(
            name: "100 MB of digits as a value",
            make: { try file($0, head + summary + pipeline + #""records":[{"id":"1","name":"A","value":"#, UInt8(ascii: "9"), hundredMB, "}]}") },
            expected: "$.records[0].value: number out of range"),
        Case(
            name: "100 MB of nesting in a record",
            make: { try file($0, head + summary + pipeline + #""records":[{"id":"1","name":"A","custom":"#, UInt8(ascii: "["), hundredMB) },
            expected: "$.records[0].custom"),
        Case(
            name: "a summary that claims 49,999,999 records and 2^31-1 events",
            make: {
                try file(
                    $0,
                    head + #""summary":{"records":49999999,"open":0,"won":0,"lost":0,"events":2147483647},"# + pipeline
                        + #""records":[{"id":"1","name":"A","stage":"Nowhere"}]}"#, UInt8(ascii: " "), 0)
            },
            expected: #"$.records[0].stage: unknown stage "Nowhere""#),
        Case(
            name: "a version out of range",
            make: { try file($0, #"{"format":"stagesh-snapshot","version":99999999999999999999999"#, UInt8(ascii: "9"), 1_000_000, "}") },
            expected: "$.version: number out of range"),
    ]

    /// `stagesh -c 'load FILE'` fails with the file's message, and its peak
    /// memory stays under three times the file's size plus 64 MB above what
    /// the binary takes to run `count` (a sanitizer's runtime takes 100 MB more).
    @Test(arguments: cases)
    func refusedInBoundedMemory(_ c: Case) throws {
        let binary = try #require(Binary.path, "no stagesh binary beside the test bundle")
        try withTestSession("limits") { _, dir in
            let path = dir + "/hostile.json"
            try c.make(path)
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            let r = try Binary.run(binary, ["--data-dir", dir, "-c", "load \(path)"], in: dir)
            #expect(r.status != 0)
            #expect(r.output.contains("cannot load \(path): " + c.expected), "\(r.output.prefix(600))")
            #expect(r.output.utf8.count < 1_500, "the message is \(r.output.utf8.count) bytes long")
            let baseline = try #require(Binary.baseline, "the binary does not run")
            let bound = baseline + 3 * size + 64 << 20
            // ThreadSanitizer's shadow memory grows with what the binary touches, by
            // hundreds of MB that are not the loader's: no bound under it.
            if !Binary.underThreadSanitizer {
                #expect(r.peakBytes < bound, "peak RSS \(r.peakBytes >> 20) MiB for a \(size >> 20) MiB file")
            }
        }
    }
}

// MARK: - The binary, run with its peak memory

enum Binary {
    /// `stagesh` from the same build as this test bundle.
    static let path: String? = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        let exe = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The bundle may be a directory (….xctest/…) on some platforms.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("stagesh").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// The peak memory of `stagesh -c count`: the binary's own, with no data.
    static let baseline: Int? = {
        guard let path else { return nil }
        let dir = FileManager.default.temporaryDirectory.path
        return try? run(path, ["-c", "count"], in: dir).peakBytes
    }()

    /// True in a ThreadSanitizer build (this bundle and the binary are built alike).
    static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

    struct Result { var status: Int32; var output: String; var peakBytes: Int }

    /// Forks and execs the binary from a small process and reports its exit status and peak memory.
    ///
    /// A child spawned straight from this bundle would not do: posix_spawn
    /// shares the parent's memory until the exec, and Linux then counts the
    /// parent's high-water mark as the child's `ru_maxrss`.
    static let launcher = """
        import os, sys
        result, out, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
        pid = os.fork()
        if pid == 0:
            try:
                fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(fd, 1); os.dup2(fd, 2)
                os.dup2(os.open("/dev/null", os.O_RDONLY), 0)
                os.execv(argv[0], argv)
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
        with open(result, "w") as f:
            f.write(f"{code} {usage.ru_maxrss * 1024}")
        """

    /// Runs the binary with stdout and stderr to one file; its exit status,
    /// what it printed, and its peak resident memory (from `wait4`).
    static func run(_ binary: String, _ arguments: [String], in dir: String) throws -> Result {
        let id = UUID().uuidString
        let out = dir + "/binary-output-\(id).txt", result = dir + "/binary-result-\(id).txt"
        defer { unlink(out); unlink(result) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] =
            (["python3", "-c", launcher, result, out, binary, "--batch"] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var env = ProcessInfo.processInfo.environment
        env["STAGESH_HOME"] = dir
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_MESSAGES")
        // Under AddressSanitizer, no leak report at exit: the output is what is checked.
        env["ASAN_OPTIONS"] = (env["ASAN_OPTIONS"].map { $0 + ":" } ?? "") + "detect_leaks=0"
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for entry in envp { free(entry) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "python3", &actions, nil, argv, envp)
        guard spawned == 0 else { throw CocoaError(.fileReadUnknown, userInfo: ["errno": spawned]) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let figures = ((try? String(contentsOf: URL(fileURLWithPath: result), encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { Int($0) }
        guard figures.count == 2 else { throw CocoaError(.fileReadCorruptFile, userInfo: ["launcher status": status]) }
        let output = (try? String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8)) ?? ""
        return Result(status: Int32(figures[0]), output: output, peakBytes: figures[1])
    }
}
