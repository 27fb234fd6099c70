/// Something stagesh says to a person, apart from the words of any language.
///
/// A message is an id and the values it carries; `text(in:)` puts the values
/// into that id's template in the language's catalogue. Diagnostics keep the
/// message, not its text, so tests can ask which message was given and the
/// shell says it in the session's language.
public struct Message: Sendable, Equatable {
    public let id: MessageID
    let arguments: [MessageArgument]

    init(_ id: MessageID, _ arguments: MessageArgument...) {
        self.id = id
        self.arguments = arguments
    }

    init(_ id: MessageID, arguments: [MessageArgument]) {
        self.id = id
        self.arguments = arguments
    }

    /// Text that comes from elsewhere (a file, the system) and is said as it is.
    public static func verbatim(_ text: String) -> Message { Message(.verbatim, .text(text)) }

    /// Messages said one after another, with nothing between them.
    static func joined(_ parts: [Message]) -> Message { Message(.joined, arguments: parts.map(MessageArgument.message)) }

    /// Messages said on lines of their own.
    static func lines(_ parts: [Message]) -> Message { Message(.lines, arguments: parts.map(MessageArgument.message)) }

    /// The message with its row count (alone, or the first of its lines) made `new` where it
    /// said `old`: a table cut by `limit` keeps the notes under it.
    func recounted(from old: Int, to new: Int) -> Message {
        if self == Message.rowCount(old) { return Message.rowCount(new) }
        guard id == .lines, case .message(let first?)? = arguments.first, first == Message.rowCount(old) else { return self }
        return Message(.lines, arguments: [.message(Message.rowCount(new))] + arguments.dropFirst())
    }

    /// The message in `language`.
    public func text(in language: Language) -> String {
        switch id {
        case .verbatim: return arguments.first.map { $0.text(in: language) } ?? ""
        case .joined: return arguments.map { $0.text(in: language) }.joined()
        case .lines: return arguments.map { $0.text(in: language) }.joined(separator: "\n")
        case .commaList: return arguments.map { $0.text(in: language) }.joined(separator: ", ")
        default:
            // An id a catalogue lacks (which its tests catch) is said in English.
            guard let template = language.catalogue.template(id.rawValue) else {
                return language == .english ? id.rawValue : text(in: .english)
            }
            return template.fill(arguments.map { $0.text(in: language) }) { index, form in
                guard index <= arguments.count, case .word(let word) = arguments[index - 1] else { return nil }
                return language.catalogue.term("word.\(word).\(form)")
            }
        }
    }

    /// The message in English: what logs and `description` show.
    public var english: String { text(in: .english) }
}

/// A value a message carries.
enum MessageArgument: Sendable, Equatable {
    /// Said as it is: a name, a number, a path.
    case text(String)
    /// A value the user gave, in quotes; a very long one is shortened so a 1 MiB token gives a readable line.
    case quoted(String)
    /// A word a catalogue may translate (`word.lead`, `word.won`); its own text where none does.
    case word(String)
    /// Another message, said in the same language; nil says nothing.
    case message(Message?)

    /// The value as `language` says it.
    func text(in language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .word(let word): return language.catalogue.term("word.\(word)") ?? word
        case .message(let message): return message?.text(in: language) ?? ""
        case .quoted(let value):
            guard value.utf8.count > 80 else { return Message(.quoted, .text(value)).text(in: language) }
            return Message(.quotedLong, .text(String(value.prefix(60))), .text(String(value.count))).text(in: language)
        }
    }

    /// Values the user gave, each in quotes, separated by commas.
    static func quotedList(_ items: [String]) -> MessageArgument {
        .message(Message(.commaList, arguments: items.map { .quoted($0) }))
    }
}

extension Message: CustomStringConvertible {
    public var description: String { english }
}
