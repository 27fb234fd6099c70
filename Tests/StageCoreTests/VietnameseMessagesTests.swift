import Foundation
import StageTestSupport
import Testing

@testable import StageCore

// Vietnamese messages. The language is the session's (or given where a message
// is said), so these run beside suites that expect English.

/// `message` as said in Vietnamese.
private func vi(_ message: Message?) -> String? { message?.text(in: .vietnamese) }

/// Whether `s` is in Unicode normalization form C.
private func isNFC(_ s: String) -> Bool {
    Array(s.unicodeScalars) == Array(s.precomposedStringWithCanonicalMapping.unicodeScalars)
}

@Suite(.serialized) struct VietnameseMessagesTests {
    @Test func addedLead() throws {
        let dir = try makeTemporaryDirectory("vi")
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        session.language = .vietnamese
        let out = messages(run(&session, "add lead A"), in: session.language)
        #expect(out == ["đã thêm khách hàng tiềm năng 1"])
        // Said again in English, the same outcome reads in English.
        session.language = .english
        #expect(messages(run(&session, "add lead B"), in: session.language) == ["added lead 2"])
    }

    @Test func unknownStageWithHint() throws {
        let dir = try makeTemporaryDirectory("vi")
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        _ = try session.execute(line: "add lead A")
        let d = failure(&session, "move 1 to Contaced")
        #expect(vi(d?.message) == "không có giai đoạn \"Contaced\"")
        #expect(d?.hints.map { $0.text(in: .vietnamese) } == ["có phải ý bạn là \"Contacted\"?"])
        let far = failure(&session, "move 1 to Zzzzzz")
        #expect(vi(far?.message) == "không có giai đoạn \"Zzzzzz\"")
        #expect(
            far?.hints.map { $0.text(in: .vietnamese) } == [
                "các giai đoạn: \"New\", \"Contacted\", \"Qualified\", \"Negotiation\", \"Proposal Sent\", \"Won\", \"Lost\""
            ])
    }

    @Test func policyRefusesBackward() throws {
        let dir = try makeTemporaryDirectory("vi")
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        _ = try session.execute(line: "add opp A")
        _ = try session.execute(line: #"move 1 to "Proposal Sent""#)
        let d = failure(&session, "move 1 to Negotiation")
        #expect(vi(d?.message) == "chính sách forward không cho chuyển 1 lùi từ Proposal Sent về Negotiation")
    }

    @Test func unknownCommandAndUndo() throws {
        let dir = try makeTemporaryDirectory("vi")
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        #expect(vi(failure(&session, "undo")?.message) == "không có gì để hoàn tác")
        #expect(vi(failure(&session, "move 9 to Won")?.message) == "không có bản ghi \"9\"")
    }

    @Test func snapshotErrors() throws {
        let dir = try makeTemporaryDirectory("vi")
        defer { try? FileManager.default.removeItem(at: dir) }
        var session = testSession(directory: dir.path)
        try Data("[1]".utf8).write(to: dir.appendingPathComponent("bad.json"))
        let d = failure(&session, "load ./bad.json")
        #expect(vi(d?.message) == "không tải được ./bad.json: $: không phải snapshot của stagesh (gặp một mảng ở đầu tệp)")
        #expect(vi(failure(&session, "save")?.message) == "chưa mở snapshot nào để lưu vào")
        #expect(vi(Message.snapshotFoundByte(0x01, at: 3)) == "byte 0x01 ở byte 3")
    }

    @Test func yesAnswers() {
        for answer in ["y", "yes", "Y", "c", "C", "có", "Có", "co\u{301}"] { #expect(Language.isYes(answer), "\(answer)") }
        for answer in ["n", "no", "không", "", "k"] { #expect(!Language.isYes(answer), "\(answer)") }
    }

    /// A spot-check of messages: non-empty, NFC, and with no English word left over.
    @Test func noEnglishLeftOver() {
        let messages: [Message] =
            [
                Message.emptyCommand, Message.unterminatedString, Message.hintHelp,
                Message.unknownCommand("X"), Message.expected(Message.aValue, found: "X"),
                Message.hintDidYouMean("Y"), Message.notANumber("X"), Message.notADate("X"),
                Message.impossibleDate("X", year: 2026, month: 2, day: 30), Message.impossibleDate("X", year: 2026, month: 13, day: 1),
                Message.unknownRecord("9"), Message.duplicateId("9"), Message.added("opportunity", "3"),
                Message.updated("3", 2), Message.moved("3", "New", "Won"), Message.converted("3", "B"),
                Message.stageOfOtherKind("X", "lead", "opportunity"), Message.noClosedStage("lead", "won"),
                Message.stageInUse("X", 3), Message.noSuchRule(4, 2), Message.noSuchRule(1, 0),
                Message.nothingToRedo, Message.rowCount(1), Message.rowCount(3), Message.clock("X", frozen: true),
                Message.cannotRead("f", Message.systemError(ENOENT)), Message.systemError(EACCES),
                Message.importedRecords(3, "f", refused: 1, policy: "strict"),
                Message.banner(version: "1", records: 2, stages: 7), Message.unsavedOnQuit,
                Message.snapshotTooNew(9, 2), Message.saved("x", records: 1, bytes: 1200),
                Message.loadWithUnsaved(1), Message.recovered(2, base: "x"),
                Message.foundJournal(1, endedAfter: "X", base: "y", more: 2), Message.checkSummary("f", commands: 1, errors: 2),
                Message.dryRunProblemGroups(5, groups: 2, shown: 2), Message.dryRunProblemGroups(0, groups: 0, shown: 0),
                Message.delimiterName(9), Message.problemRows(2_089, lines: [7, 16, 20]), Message.dryRunAdjustments,
                Message.adjustedNote(3), Message.linesNote([4], total: 1), Message.hintStrict, Message.hintImportAmounts,
                Message.csvMissingColumns(["id", "stage"]), Message.mapColumnTwice("Deal", "id", "name"),
                Message.mapFieldTwice("name", "Deal", "Title"), Message.hintUnknownStageLabel("Demo"), Message.stageNamedTwice("X"),
                Message.stagesReplaced("opportunity", ["P", "Q", "Won", "Lost"], closed: 2), Message.notACurrency("XX1"),
                Message.hintCurrencies, Message.sheetOfCSV("Deals"), Message.enteredDates,
            ]
            + ImportAdjustments.Kind.allCases.flatMap { k in
                [Message.importAdjusted(k, 2, lines: [4, 9]), Message.strictRefused(k, .verbatim("9225.225"))]
            } + [
                Message.importedEvents(3, fields: 2, records: 1, "f", refused: 0, policy: "forward"),
                Message.importedEvents(0, fields: 2, records: 1, "f", refused: 0, policy: "forward"),
                Message.diffSummary(changes: 3, added: 1, removed: 1, changed: 1), Message.diffSummary(changes: 0, added: 0, removed: 0, changed: 0),
                Message.diffMovedBack, Message.chartNoData, Message.chartDays("1"), Message.chartDays("2"),
                Message.reportWritten("funnel", 1, "f"), Message.unknownStage(String(repeating: "x", count: 100)),
                Message.unknownOperator("=="), Message.hintEqual, Message.thousandsSeparators("100,000"),
                Message.hintWriteNumber(["100k", "100_000"]), Message.unitDays,
            ]
        let samples = messages.map { $0.text(in: .vietnamese) }
        let english: Set<String> = [
            "a", "an", "the", "is", "are", "not", "no", "of", "to", "from", "in", "and", "or", "with", "by", "at", "for",
            "unknown", "expected", "found", "record", "records", "row", "rows", "day", "days", "added", "removed", "changed",
            "change", "changes", "command", "commands", "error", "errors", "file", "such", "permission", "denied", "there",
            "saved", "unsaved", "moved", "updated", "converted", "did", "you", "mean", "impossible", "date", "month", "has",
            "number", "empty", "string", "type", "help", "characters", "data", "back", "problem", "problems", "wrote",
            "frozen", "field", "fields", "rule", "rules", "lead", "opportunity", "won", "newer", "upgrade", "imported", "policy",
            "refused", "tabs", "recovered", "journal", "on", "top", "nothing", "redo",
        ]
        // Words that are syntax or data in the samples and stay as written.
        let allowed: Set<String> = ["help", "quit", "recover", "discard", "load", "stagesh", "strict", "funnel", "won", "lost"]
        for s in samples {
            #expect(!s.isEmpty)
            #expect(isNFC(s), "\(s)")
            let words = s.split { !$0.isLetter }.map { $0.lowercased() }
            let left = words.filter { english.contains($0) && !allowed.contains($0) }
            #expect(left.isEmpty, "English words \(left) in \(s)")
        }
    }

    /// One message, said in each language.
    @Test func oneMessageInEachLanguage() {
        #expect(Message.unknownStage("X").english == "unknown stage \"X\"")
        #expect(vi(Message.unknownStage("X")) == "không có giai đoạn \"X\"")
        #expect(Message.unknownStage("X") == Message.unknownStage("X") && Message.unknownStage("X").id == .unknownStage)
    }
}
