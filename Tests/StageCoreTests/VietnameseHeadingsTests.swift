import Foundation
import StageTestSupport
import Testing

@testable import StageCore

// What a person reads in Vietnamese beside the messages: diagnostics' `error:`
// and `hint:`, and record fields as table headings. Machine formats keep the
// contract's English names. The language is the session's or the renderer's,
// so these tests run beside others in any language.

@Suite struct VietnameseHeadingsTests {
    /// A session on a frozen clock with two records, one with a custom field, speaking Vietnamese.
    private func session() -> Session {
        var s = testSession(running: [
            #"add opp "Phần mềm kho" owner="Trần Minh" value=80k created=2026-10-12 segment=SMB"#,
            #"add lead "An Phát" owner="Nguyễn Lan" created=2026-11-02"#,
        ])
        s.language = .vietnamese
        return s
    }

    @Test func everyBuiltInFieldHasAVietnameseHeading() {
        let headings = Field.builtIn.map(Language.vietnamese.heading)
        for (field, heading) in zip(Field.builtIn, headings) {
            #expect(!heading.isEmpty && heading != field.name, "\(field.name) has no Vietnamese heading")
            #expect(Array(heading.unicodeScalars) == Array(heading.precomposedStringWithCanonicalMapping.unicodeScalars), "\(heading) is not NFC")
        }
        #expect(Set(headings).count == headings.count, "two fields share a heading: \(headings)")
        #expect(Language.vietnamese.heading(of: .custom("segment")) == "segment")
        #expect(Field.builtIn.map(Language.english.heading) == Field.builtIn.map(\.name), "English headings are the field names")
    }

    @Test func columnHeadingsOfFieldsAliasesAndPeriods() {
        let vi = Language.vietnamese
        #expect(vi.columnHeading("owner") == "người phụ trách")
        #expect(vi.columnHeading("days") == "số ngày ở giai đoạn")
        #expect(vi.columnHeading("month(created)") == "tháng (ngày tạo)")
        #expect(vi.columnHeading("quarter(expected_close)") == "quý (dự kiến đóng)")
        // Custom fields and anything else stay as named.
        #expect(vi.columnHeading("segment") == "segment")
        #expect(vi.columnHeading("month(segment)") == "month(segment)")
        #expect(vi.columnHeading("win rate") == "win rate")
        #expect(Language.english.columnHeading("month(created)") == "month(created)")
    }

    @Test func groupByHeadingsInTablesButNotInMachineFormats() throws {
        var s = session()
        let counted = try table(&s, "count by owner, segment")
        #expect(counted.columns.map { $0.heading(in: .vietnamese) } == ["người phụ trách", "segment", "số lượng"])
        #expect(counted.columns.map(\.name) == ["owner", "segment", "count"])
        let csv = TableRenderer.render(counted, format: .csv, language: .vietnamese)
        #expect(csv.hasPrefix("owner,segment,count\n"))
        let json = TableRenderer.render(counted, format: .json, language: .vietnamese)
        #expect(json.contains("\"owner\"") && !json.contains("người phụ trách"))
        let aligned = TableRenderer.render(counted, format: .table, language: .vietnamese)
        #expect(aligned.hasPrefix(" người phụ trách | segment | số lượng\n"))
        let winrate = try table(&s, "winrate by owner")
        #expect(winrate.columns.first?.heading(in: .vietnamese) == "người phụ trách" && winrate.columns.first?.name == "owner")
        let monthly = try table(&s, "count by month(created)")
        #expect(monthly.columns.first?.heading(in: .vietnamese) == "tháng (ngày tạo)")
        let listed = try table(&s, "list")
        #expect(listed.columns.map { $0.heading(in: .vietnamese) }.prefix(3) == ["mã", "loại", "tên"])
    }

    @Test func showCardLabelsInVietnamese() throws {
        var s = session()
        let card = try table(&s, "show 1")
        let text = TableRenderer.renderCard(card, format: .table, language: .vietnamese)
        #expect(text.contains(" người phụ trách ") && text.contains(" segment "))
        #expect(!text.contains(" owner "))
        #expect(TableRenderer.renderCard(card, format: .csv).hasPrefix("id,kind,name,"))
    }

    @Test func diagnosticPrefixesTranslated() {
        let d = Diagnostic(.unknownCommand("mvoe"), at: SourceRange(0, 4), hint: .hintDidYouMean("move"))
        let script = DiagnosticFormatter.format(d, source: "a.stg", line: 3, text: "mvoe 4 to Won", language: .vietnamese)
        #expect(
            script == """
                stagesh: a.stg:3:1: lỗi: không có lệnh "mvoe"
                    mvoe 4 to Won
                    ^~~~
                gợi ý: có phải ý bạn là "move"?

                """)
        let typed = DiagnosticFormatter.formatInteractive(d, text: "mvoe 4 to Won", promptWidth: 9, language: .vietnamese)
        #expect(typed.hasSuffix("lỗi: không có lệnh \"mvoe\"\ngợi ý: có phải ý bạn là \"move\"?\n"))
        #expect(DiagnosticFormatter.format(d, source: "a.stg", line: 3, text: "mvoe").contains(": error: "))
    }

    @Test func dryRunHintsTranslated() throws {
        var s = testSession(clock: nil, directory: FileManager.default.currentDirectoryPath, language: .vietnamese)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stagesh-vi-hint-\(UUID().uuidString).csv")
        try "id,stage\n1,Demo\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try messages(s.execute(line: "import records \(file.path) dry-run"), in: .vietnamese).joined(separator: "\n")
        #expect(text.contains("    gợi ý: ") && !text.contains("hint:"))
    }

    @Test func saveInALessonDirectorySaysWhere() throws {
        let dir = try makeTemporaryDirectory("lesson-test")
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = session()
        s.language = .english
        s.dataDirectory = dir.path
        _ = try s.execute(line: "save played")
        #expect(!s.savedInLessonDirectory, "a save before going live is the lesson's own")
        s.lessonDirectory = dir.path
        let saved = try messages(s.execute(line: "save mine"))
        #expect(saved.count == 2 && saved[1] == "(in this lesson's own data directory, \(dir.path), which is kept when you quit)")
        #expect(s.savedInLessonDirectory)
    }
}
