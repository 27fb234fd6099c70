import Foundation
import StageTestSupport
import Testing
@testable import StageCore

// What a person reads in Vietnamese beside the messages: diagnostics' `error:`
// and `hint:`, and record fields as table headings. Machine formats keep the
// contract's English names. Like VietnameseMessagesTests, these set the
// task-local `Messages.$override`, never the global language.

@Suite struct VietnameseHeadingsTests {
    private func vi<R>(_ body: () throws -> R) rethrows -> R {
        try Messages.$override.withValue(.vietnamese) { try body() }
    }

    /// A session on a frozen clock with two records, one with a custom field.
    private func session() -> Session {
        testSession(running: [
            #"add opp "Phần mềm kho" owner="Trần Minh" value=80k created=2026-10-12 segment=SMB"#,
            #"add lead "An Phát" owner="Nguyễn Lan" created=2026-11-02"#,
        ])
    }

    @Test func everyBuiltInFieldHasAVietnameseHeading() {
        let headings = vi { Field.builtIn.map(Messages.fieldHeading) }
        for (field, heading) in zip(Field.builtIn, headings) {
            #expect(!heading.isEmpty && heading != field.name, "\(field.name) has no Vietnamese heading")
            #expect(Array(heading.unicodeScalars) == Array(heading.precomposedStringWithCanonicalMapping.unicodeScalars), "\(heading) is not NFC")
        }
        #expect(Set(headings).count == headings.count, "two fields share a heading: \(headings)")
        #expect(vi { Messages.fieldHeading(.custom("segment")) } == "segment")
        #expect(Field.builtIn.map(Messages.fieldHeading) == Field.builtIn.map(\.name), "English headings are the field names")
    }

    @Test func columnHeadingsOfFieldsAliasesAndPeriods() {
        vi {
            #expect(Messages.columnHeading("owner") == "người phụ trách")
            #expect(Messages.columnHeading("days") == "số ngày ở giai đoạn")
            #expect(Messages.columnHeading("month(created)") == "tháng (ngày tạo)")
            #expect(Messages.columnHeading("quarter(expected_close)") == "quý (dự kiến đóng)")
            // Custom fields and anything else stay as named.
            #expect(Messages.columnHeading("segment") == "segment")
            #expect(Messages.columnHeading("month(segment)") == "month(segment)")
            #expect(Messages.columnHeading("win rate") == "win rate")
        }
        #expect(Messages.columnHeading("month(created)") == "month(created)")
    }

    @Test func groupByHeadingsInTablesButNotInMachineFormats() throws {
        var s = session()
        let counted = try vi { try table(&s, "count by owner, segment") }
        #expect(counted.columns.map(\.heading) == ["người phụ trách", "segment", "số lượng"])
        #expect(counted.columns.map(\.name) == ["owner", "segment", "count"])
        let csv = TableRenderer.render(counted, format: .csv)
        #expect(csv.hasPrefix("owner,segment,count\n"))
        let json = TableRenderer.render(counted, format: .json)
        #expect(json.contains("\"owner\"") && !json.contains("người phụ trách"))
        let aligned = TableRenderer.render(counted, format: .table)
        #expect(aligned.hasPrefix(" người phụ trách | segment | số lượng\n"))
        let winrate = try vi { try table(&s, "winrate by owner") }
        #expect(winrate.columns.first?.heading == "người phụ trách" && winrate.columns.first?.name == "owner")
        let monthly = try vi { try table(&s, "count by month(created)") }
        #expect(monthly.columns.first?.heading == "tháng (ngày tạo)")
        let listed = try vi { try table(&s, "list") }
        #expect(listed.columns.map(\.heading).prefix(3) == ["mã", "loại", "tên"])
    }

    @Test func showCardLabelsInVietnamese() throws {
        var s = session()
        let card = try vi { try table(&s, "show 1") }
        let text = TableRenderer.renderCard(card, format: .table)
        #expect(text.contains(" người phụ trách ") && text.contains(" segment "))
        #expect(!text.contains(" owner "))
        #expect(TableRenderer.renderCard(card, format: .csv).hasPrefix("id,kind,name,"))
    }

    @Test func diagnosticPrefixesTranslated() {
        let d = Diagnostic("không có lệnh \"mvoe\"", at: SourceRange(0, 4), hint: "có phải ý bạn là \"move\"?")
        let script = vi { DiagnosticFormatter.format(d, source: "a.stg", line: 3, text: "mvoe 4 to Won") }
        #expect(script == """
            stagesh: a.stg:3:1: lỗi: không có lệnh "mvoe"
                mvoe 4 to Won
                ^~~~
            gợi ý: có phải ý bạn là "move"?

            """)
        let typed = vi { DiagnosticFormatter.formatInteractive(d, text: "mvoe 4 to Won", promptWidth: 9) }
        #expect(typed.hasSuffix("lỗi: không có lệnh \"mvoe\"\ngợi ý: có phải ý bạn là \"move\"?\n"))
        #expect(DiagnosticFormatter.format(d, source: "a.stg", line: 3, text: "mvoe").contains(": error: "))
    }

    @Test func dryRunHintsTranslated() throws {
        var s = testSession(clock: nil, directory: FileManager.default.currentDirectoryPath)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stagesh-vi-hint-\(UUID().uuidString).csv")
        try "id,stage\n1,Demo\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try messages(vi { try s.execute(line: "import records \(file.path) dry-run") }).joined(separator: "\n")
        #expect(text.contains("    gợi ý: ") && !text.contains("hint:"))
    }

    @Test func saveInALessonDirectorySaysWhere() throws {
        let dir = try makeTemporaryDirectory("lesson-test")
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = session()
        s.dataDirectory = dir.path
        _ = try s.execute(line: "save played")
        #expect(!s.savedInLessonDirectory, "a save before going live is the lesson's own")
        s.lessonDirectory = dir.path
        let saved = try messages(s.execute(line: "save mine"))
        #expect(saved.count == 2 && saved[1] == "(in this lesson's own data directory, \(dir.path), which is kept when you quit)")
        #expect(s.savedInLessonDirectory)
    }
}
