/// The messages of the session: consistency, undo and redo, the clock.
extension Message {
    static func consistent(_ records: Int, _ events: Int) -> Message { Message(.consistent, .text("\(records)"), .text("\(events)")) }
    static func inconsistent(_ first: String) -> Message { Message(.inconsistent, .text(first)) }
    static var hintReportInconsistency: Message { Message(.hintReportInconsistency) }
    static var nothingToUndo: Message { Message(.nothingToUndo) }
    static var nothingToRedo: Message { Message(.nothingToRedo) }
    static func undid(_ label: String) -> Message { Message(.undid, .text(label)) }
    static func redid(_ label: String) -> Message { Message(.redid, .text(label)) }
    static func clockFrozen(_ time: String) -> Message { Message(.clockFrozen, .text(time)) }
    static var clockCleared: Message { Message(.clockCleared) }
    /// The label of a record's block in expanded display: `-[ RECORD 3 ]-`.
    static func expandedRecord(_ n: Int) -> Message { Message(.expandedRecord, .text("\(n)")) }
    static func generated(_ n: Int, events: Int, fieldEvents: Int, seed: UInt64) -> Message {
        Message(.generated, .text("\(n)"), .text("\(events)"), fieldEvents == 0 ? .text("") : .text("\(fieldEvents)"), .text("\(seed)"))
    }

    /// The clock as `now` shows it, marked when frozen.
    static func clock(_ time: String, frozen: Bool) -> Message { frozen ? Message(.clockIsFrozen, .text(time)) : .verbatim(time) }
    /// The footer of a table: "(1 row)", "(25 rows)".
    static func rowCount(_ n: Int) -> Message { Message(.rowCount, .text(String(n))) }
    /// Under a table of rates: what the mark on a rate over few records means.
    static func fewRecordsNote(_ n: Int) -> Message { Message(.fewRecordsNote, .text(String(n))) }
    static func openedTemplate(_ path: String, savesAs name: String?) -> Message {
        name.map { Message(.openedTemplateSavesAs, .text(path), .text($0)) } ?? Message(.openedTemplate, .text(path))
    }
}
