import Testing

@testable import StageCore

/// The message catalogues: every message in every language, with the values it is given.
struct MessageCatalogueTests {
    /// Said by code, not looked up: they have no text of their own in a catalogue.
    static let compositions: Set<MessageID> = [.verbatim, .joined, .lines, .commaList]

    /// What a catalogue may hold besides message ids: translations of words and headings.
    static let termPrefixes = ["word.", "field.", "period.", "language.", "help.", "helpDetails.", "heading.", "yesAnswers"]

    @Test(arguments: Language.all)
    func everyTextIsATemplate(_ language: Language) throws {
        try language.catalogue.check()
    }

    @Test func everyLanguageReads() {
        #expect(Language.all.map(\.code) == ["en", "vi"])
        #expect(Set(Language.all.map(\.code)).count == Language.all.count, "one catalogue per language")
        #expect(Language.english.code == "en")
    }

    @Test(arguments: Language.all)
    func everyMessageHasATextInEveryLanguage(_ language: Language) {
        for id in MessageID.allCases where !Self.compositions.contains(id) {
            #expect(language.catalogue.template(id.rawValue) != nil, "\(language.code) has no text for \(id.rawValue)")
        }
        for id in Self.compositions {
            #expect(language.catalogue.template(id.rawValue) == nil, "\(id.rawValue) is composed by code")
        }
    }

    @Test(arguments: Language.all)
    func everyKeyIsAMessageOrATerm(_ language: Language) {
        for key in language.catalogue.keys where MessageID(rawValue: key) == nil {
            #expect(Self.termPrefixes.contains { key.hasPrefix($0) }, "\(language.code): \(key) is neither a message id nor a term")
        }
    }

    /// Every command's help is in every language: its summary, and its details where English has them.
    @Test(arguments: Language.all)
    func everyCommandHasHelpInEveryLanguage(_ language: Language) {
        for spec in CommandTable.standard.specs {
            #expect(language.catalogue.term("help.\(spec.helpKey)") != nil, "\(language.code) has no help.\(spec.helpKey)")
            let details = Language.english.catalogue.term("helpDetails.\(spec.helpKey)") != nil
            #expect(
                (language.catalogue.term("helpDetails.\(spec.helpKey)") != nil) == details,
                "\(language.code): helpDetails.\(spec.helpKey) where English has \(details ? "some" : "none")")
        }
        let keys = Set(CommandTable.standard.specs.map(\.helpKey))
        for key in language.catalogue.keys where key.hasPrefix("help.") || key.hasPrefix("helpDetails.") {
            #expect(keys.contains(String(key.drop { $0 != "." }.dropFirst())), "\(language.code): \(key) is no command's help")
        }
    }

    /// A language may leave a value out (Vietnamese has no plurals to choose) but never use one English does not give.
    @Test(arguments: Language.all.dropFirst())
    func everyLanguageUsesTheValuesEnglishGives(_ language: Language) {
        let english = Language.english.catalogue
        for key in language.catalogue.keys {
            guard let template = language.catalogue.template(key), let reference = english.template(key) else { continue }
            #expect(
                template.indexes.isSubset(of: reference.indexes),
                "\(language.code): \(key) uses {\(template.indexes.subtracting(reference.indexes).sorted())} that English does not")
        }
    }

    @Test func templatesFillTheirValues() throws {
        let plural = try Template("{1} record{1||s}{2? after {2}}")
        #expect(plural.fill(["1", ""], words: { _, _ in nil }) == "1 record")
        #expect(plural.fill(["3", "x"], words: { _, _ in nil }) == "3 records after x")
        let nested = try Template("there {1|is 1 change|are {1} changes}")
        #expect(nested.fill(["2"], words: { _, _ in nil }) == "there are 2 changes")
        #expect(try Template(#"a \{ b \} c \| d\n"#).fill([], words: { _, _ in nil }) == "a { b } c | d\n")
        #expect(throws: TemplateError.self) { try Template("{1") }
        #expect(throws: TemplateError.self) { try Template("{x}") }
        #expect(throws: TemplateError.self) { try Template("{1|one}") }
    }

    @Test func catalogueFilesAreCheckedLineByLine() {
        #expect(throws: CatalogueError.self) { try Catalogue(Array("language.code = xx\nno equals here\n".utf8)) }
        #expect(throws: CatalogueError.self) { try Catalogue(Array("language.code = xx\na = 1\na = 2\n".utf8)) }
        #expect(throws: CatalogueError.self) { try Catalogue(Array("a = 1\n".utf8)) }
        let c = try? Catalogue(Array("language.code = xx\n# note\nhelp.x = one\n    | two\n".utf8))
        #expect(c?.term("help.x") == "one\ntwo")
    }

    @Test func messagesAreSaidInTheLanguageAsked() {
        let m = Message.unknownStage("Negociation")
        #expect(m.text(in: .english) == "unknown stage \"Negociation\"")
        #expect(m.text(in: .vietnamese) == "không có giai đoạn \"Negociation\"")
        #expect(
            Message.stageOfOtherKind("Won", "opportunity", "lead").text(in: .english)
                == "\"Won\" is an opportunity stage, not a lead stage")
        #expect(Message.rowCount(1).text(in: .english) == "(1 row)")
        #expect(Message.rowCount(2).text(in: .vietnamese) == "(2 dòng)")
        #expect(
            Message.unknownStage(String(repeating: "x", count: 100)).text(in: .english)
                == "unknown stage \"\(String(repeating: "x", count: 60))…\" (100 characters)")
    }

    /// Tests can ask which message a diagnostic gives, whatever its wording.
    @Test func diagnosticsCarryTheirId() {
        var s = Session()
        #expect(throws: Diagnostic.self) { try s.execute(line: "move 1 to Won") }
        do { _ = try s.execute(line: "list where stage = Negociation") } catch {
            #expect(error.id == .unknownStage)
            #expect(error.severity == .error)
            #expect(error.hints.first?.id == .hintDidYouMean)
        }
        do { _ = try s.execute(line: "mvoe 1 to Won") } catch { #expect(error.id == .unknownCommand) }
    }
}
