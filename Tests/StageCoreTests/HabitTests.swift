import Foundation
import StageTestSupport
import Testing

@testable import StageCore

/// psql's and sqlite3's commands typed by habit: the ones that mean a stagesh
/// command run as it, the others fail with the stagesh command that does the same.
@Suite struct HabitTests {
    @Test(arguments: ["\\q", "\\quit", ".quit", ".exit"])
    func quitting(_ line: String) throws {
        let parsed = try Parser.parseLine(line)
        #expect(parsed.count == 1)
        #expect(parsed.first?.0.name == "quit")
    }

    @Test func helpHabitsRunHelp() throws {
        for line in ["\\?", "\\h", ".help"] {
            let (spec, command) = try #require(try Parser.parseLine(line).first)
            #expect(spec.name == "help")
            guard let help = command as? HelpCommand else { Issue.record("\(line) is not help"); continue }
            #expect(help.topic == nil)
        }
        let (_, command) = try #require(try Parser.parseLine(".help move").first)
        guard let help = command as? HelpCommand else { Issue.record(".help move is not help"); return }
        #expect(help.topic == "move")
        #expect(help.range == SourceRange(6, 10))
    }

    /// A habit that runs takes its command's arguments, and refuses others as that command would.
    @Test func runningHabitTakesTheCommandsGrammar() {
        let d = parseFailure(".exit 1")
        #expect(d?.message.english == "unexpected \"1\"")
        #expect(d?.range == SourceRange(6, 7))
        #expect(d?.hints.map(\.english) == ["usage: quit"])
    }

    static let answers: [(String, String)] = [
        ("\\x", "\\x is psql's; stagesh says: expanded on|off|auto"),
        ("\\x auto", "\\x is psql's; stagesh says: expanded auto"),
        ("\\x sideways", "\\x is psql's; stagesh says: expanded on|off|auto"),
        ("\\timing", "\\timing is psql's; stagesh says: timer on|off"),
        ("\\timing on", "\\timing is psql's; stagesh says: timer on"),
        (".timer OFF", ".timer is sqlite3's; stagesh says: timer off"),
        (".echo on", ".echo is sqlite3's; stagesh says: echo on"),
        (".mode csv", ".mode is sqlite3's; stagesh says: format csv"),
        (".mode tabs", ".mode is sqlite3's; stagesh says: format tsv"),
        (".mode box", ".mode is sqlite3's; stagesh says: format table"),
        (".mode", ".mode is sqlite3's; stagesh says: format table|csv|tsv|json|markdown"),
        (".mode line", ".mode is sqlite3's; stagesh says: format table|csv|tsv|json|markdown"),
        (".headers on", ".headers is sqlite3's; stagesh says: format table|csv|tsv|json|markdown"),
        ("\\a", "\\a is psql's; stagesh says: format table|tsv"),
        ("\\pset format csv", "\\pset is psql's; stagesh says: format csv"),
        ("\\pset format aligned", "\\pset is psql's; stagesh says: format table"),
        ("\\pset pager always", "\\pset is psql's; stagesh says: pager on"),
        ("\\pset expanded", "\\pset is psql's; stagesh says: expanded on|off|auto"),
        ("\\pset border 2", "\\pset is psql's; stagesh says: format table|csv|tsv|json|markdown / pager on|off|auto / expanded on|off|auto"),
        ("\\o", "\\o is psql's; stagesh says: export records FILE / export report REPORT FILE"),
        (".output out.csv", ".output is sqlite3's; stagesh says: export records out.csv / export report REPORT out.csv"),
        (".dump", ".dump is sqlite3's; stagesh says: export records|events FILE / save NAME|PATH"),
        ("\\i setup.stg", "\\i is psql's; stagesh says: run setup.stg"),
        ("\\i 'my setup.stg'", "\\i is psql's; stagesh says: run \"my setup.stg\""),
        ("\\i", "\\i is psql's; stagesh says: run FILE"),
        (".read setup.stg", ".read is sqlite3's; stagesh says: run setup.stg"),
        ("\\d", "\\d is psql's; stagesh says: stages"),
        ("\\dt+", "\\dt+ is psql's; stagesh says: stages"),
        (".tables", ".tables is sqlite3's; stagesh says: stages"),
        (".schema deals", ".schema is sqlite3's; stagesh says: stages"),
        ("\\l", "\\l is psql's; stagesh says: snapshots"),
        (".databases", ".databases is sqlite3's; stagesh says: snapshots"),
        ("\\c demo", "\\c is psql's; stagesh says: load demo"),
        (".open --readonly q3.json", ".open is sqlite3's; stagesh says: load q3.json"),
        (".backup main q3.json", ".backup is sqlite3's; stagesh says: save q3.json"),
        (".import --csv deals.csv deals", ".import is sqlite3's; stagesh says: import records deals.csv"),
        ("\\copy deals from 'deals.csv' csv header", "\\copy is psql's; stagesh says: import records deals.csv"),
        ("\\copy (select * from deals) to out.csv", "\\copy is psql's; stagesh says: export records out.csv"),
        ("\\copy deals from stdin", "\\copy is psql's; stagesh says: import records FILE"),
        ("\\copy deals", "\\copy is psql's; stagesh says: import records FILE / export records FILE"),
    ]

    @Test(arguments: answers)
    func answered(_ line: String, _ message: String) throws {
        let d = try #require(parseFailure(line), "\(line) should fail with its answer")
        #expect(d.message.english == message)
        // The caret spans the whole command, arguments included: the answer is about all of it.
        #expect(d.range == SourceRange(0, line.utf8.count))
    }

    @Test func headersNoteTheColumns() {
        #expect(parseFailure(".headers off")?.hints.map(\.english) == ["every format names its columns"])
        #expect(parseFailure("\\x")?.hints.map(\.english) == [])
    }

    /// A habit after `;` is answered where it stands; what came before it parses.
    @Test func habitAfterSemicolon() {
        let d = parseFailure("count; \\dt")
        #expect(d?.message.english == "\\dt is psql's; stagesh says: stages")
        #expect(d?.range == SourceRange(7, 10))
    }

    @Test(arguments: ["\\zz", ".foo", "\\!", ".Quit"])
    func unknownMetaCommand(_ line: String) {
        let d = parseFailure(line)
        #expect(d?.message.english == "unknown command \"\(line)\"")
        #expect(d?.hints.map(\.english) == ["stagesh's commands are plain words, with no \\ or . in front; type \"help\" for the list"])
    }

    /// Words that only start with a dot are not taken for sqlite3's commands.
    @Test func pathIsNoHabit() {
        #expect(parseFailure("./x.stg")?.hints.map(\.english) == ["type \"help\" for the list of commands"])
    }

    /// One declaration per habit: no name twice, none shadowing a command, and
    /// every command a habit runs exists.
    @Test func oneTable() {
        let names = HabitCommands.all.flatMap(\.names)
        #expect(Set(names).count == names.count)
        let commands = Set(CommandTable.standard.names.map { $0.0[0] })
        #expect(names.filter { commands.contains($0) }.isEmpty)
        for habit in HabitCommands.all {
            #expect(habit.names.allSatisfy(Habit.looksLikeOne), "\(habit.names)")
            if case .runs(let name) = habit.response {
                #expect(CommandTable.standard.spec(named: [name]) != nil, "\(habit.names) runs \(name)")
            }
        }
    }

    /// Completion never offers a habit: they are answered, not taught.
    @Test(arguments: ["", "\\", ".", "\\q", ".qu", ".mode ", "\\i "])
    func notCompleted(_ line: String) {
        let candidates = Completer.complete(line, cursor: line.utf8.count, session: testSession(clock: nil)) { _, _ in ["x.stg"] }.candidates
        let habits = Set(HabitCommands.all.flatMap(\.names))
        #expect(candidates.allSatisfy { !habits.contains($0) && !Habit.looksLikeOne($0) }, "\(candidates)")
        if !line.isEmpty { #expect(candidates.isEmpty, "\(candidates)") }
    }

    @Test func vietnamese() {
        #expect(parseFailure(".mode csv")?.message.text(in: .vietnamese) == ".mode là lệnh của sqlite3; stagesh dùng: format csv")
        #expect(parseFailure(".headers on")?.hints.map { $0.text(in: .vietnamese) } == ["định dạng nào cũng ghi tên cột"])
        #expect(
            parseFailure("\\zz")?.hints.map { $0.text(in: .vietnamese) }
                == ["lệnh của stagesh là từ thường, không có \\ hay . phía trước; gõ \"help\" để xem danh sách lệnh"])
    }
}
