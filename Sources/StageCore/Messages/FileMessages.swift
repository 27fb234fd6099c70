import Foundation

/// The messages of reading files: CSV rows and their problems.
extension Message {
    public static func cannotRead(_ file: String, _ why: Message) -> Message { Message(.cannotRead, .text(file), .message(why)) }
    static func cannotWrite(_ file: String, _ why: Message) -> Message { Message(.cannotWrite, .text(file), .message(why)) }
    static var csvEmptyId: Message { Message(.csvEmptyId) }
    static func csvFieldCount(_ n: Int, _ expected: Int) -> Message { Message(.csvFieldCount, .text("\(n)"), .text("\(expected)")) }
    static func csvMissingColumn(_ c: String) -> Message { Message(.csvMissingColumn, .quoted(c)) }
    static func csvMappedColumnMissing(_ c: String) -> Message { Message(.csvMappedColumnMissing, .quoted(c)) }
    static func csvDuplicateColumn(_ field: String, _ other: String) -> Message { Message(.csvDuplicateColumn, .text(field), .quoted(other)) }
    static func csvDuplicateIdInFile(_ id: String, _ line: Int) -> Message { Message(.csvDuplicateIdInFile, .quoted(id), .text("\(line)")) }
    static func csvKindMismatch(_ kind: String, _ stage: String, _ stageKind: String) -> Message {
        Message(.csvKindMismatch, .quoted(kind), .text(stage), .word(stageKind))
    }
    static func csvUnknownCause(_ c: String) -> Message { Message(.csvUnknownCause, .quoted(c)) }
    static func csvNoCreation(_ id: String) -> Message { Message(.csvNoCreation, .text(id)) }
    static func csvSecondCreation(_ id: String) -> Message { Message(.csvSecondCreation, .text(id)) }
    static func csvBrokenChain(_ id: String, _ from: String, _ previous: String) -> Message {
        Message(.csvBrokenChain, .text(id), .text(from), .text(previous))
    }
    static func csvLastStageMismatch(_ id: String, _ last: String, _ current: String) -> Message {
        Message(.csvLastStageMismatch, .text(id), .text(last), .text(current))
    }
    static var csvUnterminatedQuote: Message { Message(.csvUnterminatedQuote) }
    static func csvStrayQuote(_ field: Int) -> Message { Message(.csvStrayQuote, .text("\(field)")) }
    static func csvTextAfterQuote(_ field: Int) -> Message { Message(.csvTextAfterQuote, .text("\(field)")) }
    public static func runTooDeep(_ n: Int) -> Message { Message(.runTooDeep, .text("\(n)")) }
    public static var nulByte: Message { Message(.nulByte) }
    public static var invalidUTF8: Message { Message(.invalidUTF8) }

    /// A problem of an imported file at its line and column: `deals.csv:4: column "Amount": ...`.
    static func importProblem(file: String, line: Int, column: String?, problem: Message) -> Message {
        let place = line > 0 ? "\(file):\(line)" : file
        guard let column else { return Message(.importProblemAt, .text(place), .message(problem)) }
        return Message(.importProblem, .text(place), .quoted(column), .message(problem))
    }

    /// The message for a system error number.
    public static func systemError(_ code: Int32) -> Message {
        switch code {
        case ENOENT: return Message(.systemNoSuchFile)
        case EACCES, EPERM: return Message(.systemPermissionDenied)
        case EISDIR: return Message(.systemIsDirectory)
        case ENOTDIR: return Message(.systemNotDirectory)
        case ENOSPC: return Message(.systemNoSpace)
        case EROFS: return Message(.systemReadOnly)
        case EEXIST: return Message(.systemExists)
        default: return .verbatim(String(cString: strerror(code)))
        }
    }
}
