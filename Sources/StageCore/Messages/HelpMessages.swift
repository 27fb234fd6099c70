/// The messages of `help`: its headings and groups.
extension Message {
    static func noHelp(_ topic: String) -> Message { Message(.noHelp, .quoted(topic)) }
    static var helpIntro: Message { Message(.helpIntro) }
    static var helpFooter: Message { Message(.helpFooter) }
    static var helpAliases: Message { Message(.helpAliases) }
    static var helpExamples: Message { Message(.helpExamples) }
    static var groupRecords: Message { Message(.groupRecords) }
    static var groupQueries: Message { Message(.groupQueries) }
    static var groupReports: Message { Message(.groupReports) }
    static var groupPipeline: Message { Message(.groupPipeline) }
    static var groupSession: Message { Message(.groupSession) }
}
