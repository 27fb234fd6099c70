/// The messages of reading a command: its words, strings, operators, values and periods.
extension Message {
    static var emptyCommand: Message { Message(.emptyCommand) }
    static var unterminatedString: Message { Message(.unterminatedString) }
    static func hintCloseQuote(_ c: Character) -> Message { Message(.hintCloseQuote, .text("\(c)")) }
    static func unknownEscape(_ e: String) -> Message { Message(.unknownEscape, .text(e)) }
    static var hintEscapes: Message { Message(.hintEscapes) }
    static var hintNotEqual: Message { Message(.hintNotEqual) }
    static var hintNegation: Message { Message(.hintNegation) }
    static func unknownOperator(_ op: String) -> Message { Message(.unknownOperator, .quoted(op)) }
    static var hintEqual: Message { Message(.hintEqual) }
    static func expectedCommand(found: String) -> Message { Message(.expectedCommand, .quoted(found)) }
    static func unknownCommand(_ name: String) -> Message { Message(.unknownCommand, .quoted(name)) }
    static func missingSubcommand(_ word: String, _ subs: [String]) -> Message {
        Message(.missingSubcommand, .quoted(word), .text("\(subs.joined(separator: ", "))"))
    }
    static func unknownSubcommand(_ word: String, _ sub: String) -> Message { Message(.unknownCommand, .quoted("\(word) \(sub)")) }
    static func unexpected(_ text: String) -> Message { Message(.unexpected, .quoted(text)) }
    static func expected(_ what: Message, found: String) -> Message { Message(.expected, .message(what), .quoted(found)) }
    static func expectedAtEnd(_ what: Message) -> Message { Message(.expectedAtEnd, .message(what)) }
    static func expectedOneOf(_ options: [String], found: String) -> Message {
        Message(.expectedOneOf, .text("\(options.joined(separator: ", "))"), .quoted(found))
    }
    static func expectedAssignment(found: String) -> Message { Message(.expectedAssignment, .quoted(found)) }
    static func assignmentNeedsEquals(_ field: String) -> Message { Message(.assignmentNeedsEquals, .text(field)) }
    static func valueFor(_ field: String) -> Message { Message(.valueFor, .text(field)) }
    static var aCondition: Message { Message(.aCondition) }
    static var aValue: Message { Message(.aValue) }
    static func anOperatorAfter(_ field: String) -> Message { Message(.anOperatorAfter, .quoted(field)) }
    static var unclosedParen: Message { Message(.unclosedParen) }
    static func hintOpenedHere(_ offset: Int) -> Message { Message(.hintOpenedHere, .text("\(offset + 1)")) }
    static func unknownPeriod(_ p: String) -> Message { Message(.unknownPeriod, .quoted(p)) }
    static var aListOrPeriod: Message { Message(.aListOrPeriod) }
    static func hintListOrPeriod(field: String, _ value: String) -> Message { Message(.hintListOrPeriod, .text(field), .text(value)) }
    static func notAPeriod(_ p: String) -> Message { Message(.notAPeriod, .quoted(p)) }
    static var hintPeriods: Message { Message(.hintPeriods) }
    static func notANumber(_ s: String) -> Message { Message(.notANumber, .quoted(s)) }
    static func thousandsSeparators(_ s: String) -> Message { Message(.thousandsSeparators, .quoted(s)) }
    static func notAWholeNumber(_ s: String) -> Message { Message(.notAWholeNumber, .quoted(s)) }
    static func notADuration(_ s: String) -> Message { Message(.notADuration, .quoted(s)) }
    static func notADate(_ s: String) -> Message { Message(.notADate, .quoted(s)) }
    static func impossibleTime(_ s: String) -> Message { Message(.impossibleTime, .quoted(s)) }
    static func notAKind(_ s: String) -> Message { Message(.notAKind, .quoted(s)) }
    static func operatorNotFor(_ op: String, _ field: String) -> Message { Message(.operatorNotFor, .text(op), .text(field)) }
    static func negativeValue(_ s: String) -> Message { Message(.negativeValue, .text(s)) }
    static func probabilityRange(_ s: String) -> Message { Message(.probabilityRange, .text(s)) }
    static var negativeLimit: Message { Message(.negativeLimit) }
    static func boundNeedsDate(_ word: String, _ field: String) -> Message { Message(.boundNeedsDate, .text(word), .text(field)) }
    static func inPeriodNeedsDate(_ field: String) -> Message { Message(.inPeriodNeedsDate, .text(field)) }
    static func aggregateNeedsNumber(_ function: String, _ field: String) -> Message { Message(.aggregateNeedsNumber, .text(function), .text(field)) }
    static func sumNeedsNumber(_ field: String) -> Message { Message(.sumNeedsNumber, .text(field)) }
    static func unknownColumn(_ name: String) -> Message { Message(.unknownColumn, .quoted(name)) }
    static func hintOutputColumns(_ names: [String]) -> Message { Message(.hintOutputColumns, .text("\(names.joined(separator: ", "))")) }
    static func periodNeedsDate(_ period: String, _ field: String) -> Message { Message(.periodNeedsDate, .text(period), .text(field)) }

    static func impossibleDate(_ s: String, year: Int, month: Int, day: Int) -> Message {
        guard (1...12).contains(month) else { return Message(.impossibleMonth, .quoted(s), .text(String(month))) }
        return Message(
            .impossibleDay, .quoted(s), .word("month.\(month)"), .text(String(year)),
            .text(String(Timestamp.daysIn(month: month, year: year))))
    }
}
