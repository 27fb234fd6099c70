/// The messages of the shell around the session: the banner, questions, `--check` and `--play`.
extension Message {
    public static func banner(version: String, records: Int, stages: Int) -> Message {
        Message(.banner, .text(version), .text("\(records)"), .text("\(stages)"))
    }
    public static var interrupted: Message { Message(.interrupted) }
    public static func elapsed(milliseconds: Double) -> Message { Message(.elapsed, .text("\(String(format: "%.3f", milliseconds))")) }
    public static func unknownFormatOption(_ f: String) -> Message {
        Message(.unknownFormatOption, .text(f), .text("\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"))
    }
    public static var snapshotAndTemplate: Message { Message(.snapshotAndTemplate) }
    public static var interactiveAndBatch: Message { Message(.interactiveAndBatch) }
    static var yes: Message { Message(.yes) }
    static var no: Message { Message(.no) }
    public static var unsavedOnQuit: Message { Message(.unsavedOnQuit) }
    public static func journalFailed(_ why: Message) -> Message { Message(.journalFailed, .message(why)) }
    /// The last line `--check` writes for a script.
    public static func checkSummary(_ file: String, commands: Int, errors: Int) -> Message {
        Message(.checkSummary, .text(file), .text("\(commands)"), .text("\(errors)"))
    }
    public static var playExcludesCommands: Message { Message(.playExcludesCommands) }
    public static var playAndCheck: Message { Message(.playAndCheck) }
    public static var negativeDelay: Message { Message(.negativeDelay) }
    public static var playStopped: Message { Message(.playStopped) }
    public static func lessonDirectoryFailed(_ why: Message) -> Message { Message(.lessonDirectoryFailed, .message(why)) }
    static func savedInLessonDirectory(_ directory: String) -> Message { Message(.savedInLessonDirectory, .text(directory)) }
    public static func lessonDirectoryKept(_ directory: String) -> Message { Message(.lessonDirectoryKept, .text(directory)) }

    public static func badNowOption(_ m: Message) -> Message { Message(.badNowOption, .message(m)) }
}
