/// The messages of saving, loading and recovering snapshots.
extension Message {
    static func badSnapshotName(_ s: String) -> Message { Message(.badSnapshotName, .quoted(s)) }
    static var hintSnapshotNames: Message { Message(.hintSnapshotNames) }
    static var saveWhere: Message { Message(.saveWhere) }
    static var hintSaveName: Message { Message(.hintSaveName) }
    static func cannotSave(_ s: String, _ why: Message) -> Message { Message(.cannotSave, .text(s), .message(why)) }
    static func cannotLoad(_ s: String, _ why: Message) -> Message { Message(.cannotLoad, .text(s), .message(why)) }
    static func saved(_ name: String, records: Int, bytes: Int) -> Message {
        Message(.saved, .text(name), .text("\(records)"), .text("\(Amount(units: Int64(bytes)).grouped)"))
    }
    static func loaded(_ name: String, records: Int, savedAt: String) -> Message {
        Message(.loaded, .text(name), .text("\(records)"), .text(savedAt))
    }
    static func loadWithUnsaved(_ n: Int) -> Message { Message(.loadWithUnsaved, .text("\(n)")) }
    static func hintLoadBang(_ retry: String) -> Message { Message(.hintLoadBang, .text(retry)) }
    static func loadDiscardsQuestion(_ n: Int) -> Message { Message(.loadDiscardsQuestion, .text("\(n)")) }
    static var nothingToRecover: Message { Message(.nothingToRecover) }
    static func replayFailed(_ n: Int, _ text: String, _ why: Message) -> Message {
        Message(.replayFailed, .text("\(n)"), .text(text), .message(why))
    }
    static func discarded(_ n: Int) -> Message { Message(.discarded, .text("\(n)")) }
    public static var notDone: Message { Message(.notDone) }

    static func recovered(_ n: Int, base: String?) -> Message { Message(.recovered, .text(String(n)), .text(base ?? "")) }
    public static func foundJournal(_ n: Int, endedAfter: String, base: String?, more: Int) -> Message {
        Message(.foundJournal, .text(String(n)), .text(endedAfter), .text(base ?? ""), .text(more > 0 ? String(more) : ""))
    }
}
