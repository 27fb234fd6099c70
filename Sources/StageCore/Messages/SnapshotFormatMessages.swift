/// The messages of reading a snapshot file that is not what it should be.
extension Message {
    static var snapshotEndOfFile: Message { Message(.snapshotEndOfFile) }
    static var aString: Message { Message(.aString) }
    static var anObject: Message { Message(.anObject) }
    static var anArray: Message { Message(.anArray) }
    static var snapshotFoundBoolean: Message { Message(.snapshotFoundBoolean) }
    static var aNumber: Message { Message(.aNumber) }
    static func snapshotExpected(_ what: Message, found: Message) -> Message { Message(.expected, .message(what), .message(found)) }
    static func snapshotCommaOrEnd(_ close: String) -> Message { Message(.snapshotCommaOrEnd, .text(close)) }
    static var snapshotControlInString: Message { Message(.snapshotControlInString) }
    static var snapshotEscapedKey: Message { Message(.snapshotEscapedKey) }
    static var snapshotBadEscape: Message { Message(.snapshotBadEscape) }
    static func snapshotNotASnapshot(_ found: Message) -> Message { Message(.snapshotNotASnapshot, .message(found)) }
    static func snapshotWrongFormat(_ f: String) -> Message { Message(.snapshotWrongFormat, .quoted(f), .quoted(SnapshotFormat.name)) }
    static func snapshotTooNew(_ v: Int, _ mine: Int) -> Message { Message(.snapshotTooNew, .text("\(v)"), .text("\(mine)")) }
    static func snapshotTooOld(_ v: Int, _ oldest: Int) -> Message { Message(.snapshotTooOld, .text("\(v)"), .text("\(oldest)")) }
    static func snapshotDuplicateKey(_ k: String) -> Message { Message(.snapshotDuplicateKey, .quoted(k)) }
    static func snapshotMissingKey(_ k: String) -> Message { Message(.snapshotMissingKey, .quoted(k)) }
    static func snapshotUnknownKey(_ k: String) -> Message { Message(.snapshotUnknownKey, .quoted(k)) }
    static func snapshotUnknownValue(_ v: String, _ allowed: [String]) -> Message {
        Message(.snapshotUnknownValue, .quoted(v), .text("\(allowed.joined(separator: ", "))"))
    }
    static var snapshotPipelineFirst: Message { Message(.snapshotPipelineFirst) }
    static var snapshotTrailing: Message { Message(.snapshotTrailing) }
    static func snapshotDuplicateStage(_ n: String) -> Message { Message(.snapshotDuplicateStage, .quoted(n)) }
    static var conditionHasComment: Message { Message(.conditionHasComment) }
    static func snapshotEmptyLedger(_ id: String) -> Message { Message(.snapshotEmptyLedger, .quoted(id)) }
    static func snapshotLedgerEnds(_ id: String, _ last: String, _ stage: String) -> Message {
        Message(.snapshotLedgerEnds, .quoted(id), .text(last), .text(stage))
    }
    static func snapshotCreatedMismatch(_ id: String) -> Message { Message(.snapshotCreatedMismatch, .quoted(id)) }
    static func snapshotBrokenChain(_ from: String, _ expected: String) -> Message { Message(.snapshotBrokenChain, .quoted(from), .quoted(expected)) }
    static func snapshotMissingFrom(_ expected: String) -> Message { Message(.snapshotMissingFrom, .quoted(expected)) }
    static func snapshotFirstHasFrom(_ from: String) -> Message { Message(.snapshotFirstHasFrom, .quoted(from)) }
    static var snapshotFirstNotCreate: Message { Message(.snapshotFirstNotCreate) }
    static var snapshotSecondCreate: Message { Message(.snapshotSecondCreate) }
    static func snapshotOutOfOrder(_ at: String, _ previous: String) -> Message { Message(.snapshotOutOfOrder, .text(at), .text(previous)) }

    static func snapshotFoundByte(_ b: UInt8, at offset: Int) -> Message {
        b >= 0x20 && b < 0x7F
            ? Message(.snapshotFoundCharacter, .quoted(String(UnicodeScalar(b))), .text(String(offset)))
            : Message(.snapshotFoundByte, .text("0x" + CellText.hex(UInt32(b), digits: 2)), .text(String(offset)))
    }
    static func snapshotNumberRange(_ t: String) -> Message { Message(.snapshotNumberRange, .text(t)) }
    static func snapshotBadNumber(_ t: String) -> Message { Message(.snapshotBadNumber, .text(t)) }
    static func snapshotTooPrecise(_ t: String) -> Message { Message(.snapshotTooPrecise, .text(t)) }
    static func snapshotNotWhole(_ t: String) -> Message { Message(.snapshotNotWhole, .text(t)) }
}
