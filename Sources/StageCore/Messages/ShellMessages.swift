/// The messages of the shell around the session: the banner, questions, `--check` and `--play`.
extension Message {
    static func banner(version: String, records: Int, stages: Int) -> Message { Message(.banner, .text(version), .text("\(records)"), .text("\(stages)")) }
    static var interrupted: Message { Message(.interrupted) }
    static func elapsed(milliseconds: Double) -> Message { Message(.elapsed, .text("\(String(format: "%.3f", milliseconds))")) }
    static func unknownFormatOption(_ f: String) -> Message { Message(.unknownFormatOption, .text(f), .text("\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")) }
    static var snapshotAndTemplate: Message { Message(.snapshotAndTemplate) }
    static var interactiveAndBatch: Message { Message(.interactiveAndBatch) }
    static var yes: Message { Message(.yes) }
    static var no: Message { Message(.no) }
    static var unsavedOnQuit: Message { Message(.unsavedOnQuit) }
    static func journalFailed(_ why: Message) -> Message { Message(.journalFailed, .message(why)) }
    /// The last line `--check` writes for a script.
    static func checkSummary(_ file: String, commands: Int, errors: Int) -> Message { Message(.checkSummary, .text(file), .text("\(commands)"), .text("\(errors)")) }
    static var playExcludesCommands: Message { Message(.playExcludesCommands) }
    static var playAndCheck: Message { Message(.playAndCheck) }
    static var negativeDelay: Message { Message(.negativeDelay) }
    static var playStopped: Message { Message(.playStopped) }
    static func lessonDirectoryFailed(_ why: Message) -> Message { Message(.lessonDirectoryFailed, .message(why)) }
    static func savedInLessonDirectory(_ directory: String) -> Message { Message(.savedInLessonDirectory, .text(directory)) }
    static func lessonDirectoryKept(_ directory: String) -> Message { Message(.lessonDirectoryKept, .text(directory)) }

    static func badNowOption(_ m: Message) -> Message { Message(.badNowOption, .message(m)) }
}
