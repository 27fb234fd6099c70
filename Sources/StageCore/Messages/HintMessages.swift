/// The messages of the hints under a diagnostic: what to write instead.
extension Message {
    /// Before a diagnostic's message: `error: unknown stage "X"`.
    public static var errorPrefix: Message { Message(.errorPrefix) }
    /// Before each hint under a diagnostic (or under a dry run's problem).
    public static var hintPrefix: Message { Message(.hintPrefix) }
    /// Before a warning's message: `warning: the journal could not be written`.
    static var warningPrefix: Message { Message(.warningPrefix) }
    static func hintDidYouMean(_ s: String) -> Message { Message(.hintDidYouMean, .quoted(s)) }
    static func hintUsage(_ synopsis: String) -> Message { Message(.hintUsage, .text(synopsis)) }
    static func hintOneOf(_ options: [String]) -> Message { Message(.hintOneOf, .text("\(options.joined(separator: ", "))")) }
    static func hintQuoteSpaces(_ s: String) -> Message { Message(.hintQuoteSpaces, .quoted(s)) }
    static func hintAssignment(_ field: String) -> Message { Message(.hintAssignment, .text(field)) }
    static var hintHelp: Message { Message(.hintHelp) }
    static var hintListIds: Message { Message(.hintListIds) }
    static func hintStages(_ names: [String]) -> Message { Message(.hintStages, .quotedList(names)) }
    static func hintFields(_ names: [String]) -> Message { Message(.hintFields, .text("\(names.joined(separator: ", "))")) }
    static var hintNumbers: Message { Message(.hintNumbers) }
    static var hintDates: Message { Message(.hintDates) }
    static func hintDateFormat(_ f: String) -> Message { Message(.hintDateFormat, .text(f)) }
    static func badDateFormat(_ f: String) -> Message { Message(.badDateFormat, .quoted(f)) }
    static var hintDateFormats: Message { Message(.hintDateFormats) }
    static var hintIsoDates: Message { Message(.hintIsoDates) }
    static var hintDurations: Message { Message(.hintDurations) }
    static var hintPolicyFree: Message { Message(.hintPolicyFree) }
    static var hintPolicyForward: Message { Message(.hintPolicyForward) }
    static func hintMoveExplicitly(_ id: String, _ stage: String) -> Message {
        Message(.hintMoveExplicitly, .text(id), .text(Quoting.quoteIfNeeded(stage)))
    }
    static func hintMoveThrough(_ id: String, _ stage: String) -> Message {
        Message(.hintMoveThrough, .text(id), .text(Quoting.quoteIfNeeded(stage)))
    }
    static func hintConvert(_ id: String, _ qualified: String) -> Message { Message(.hintConvert, .text(id), .text(qualified)) }
    static func hintConvertFirst(_ id: String) -> Message { Message(.hintConvertFirst, .text(id)) }
    static var hintMove: Message { Message(.hintMove) }
    static var hintOnDate: Message { Message(.hintOnDate) }
    static func hintMoveRecordsFirst(_ stage: String) -> Message { Message(.hintMoveRecordsFirst, .text(Quoting.quoteIfNeeded(stage))) }
    static func hintRemoveRule(_ n: Int) -> Message { Message(.hintRemoveRule, .text("\(n)")) }
    static var hintRules: Message { Message(.hintRules) }
    static func hintColumns(_ headers: [String]) -> Message { Message(.hintColumns, .text("\(headers.joined(separator: ", "))")) }
    static var hintImportRecordsFirst: Message { Message(.hintImportRecordsFirst) }

    /// "write 100000 or 100_000": the forms a number with separators could have been meant as.
    static func hintWriteNumber(_ forms: [String]) -> Message {
        Message(.hintWriteNumber, arguments: (0..<3).map { .text($0 < forms.count ? forms[$0] : "") })
    }
}
