/// The messages of the answers to psql's and sqlite3's commands.
extension Message {
    /// `\x is psql's; stagesh says: expanded on|off|auto`.
    static func habitAnswer(_ name: String, of program: String, _ answer: String) -> Message {
        Message(.habitAnswer, .text(name), .text(program), .text(answer))
    }
    static var hintNoMetaCommands: Message { Message(.hintNoMetaCommands) }
    static var hintColumnsAlwaysNamed: Message { Message(.hintColumnsAlwaysNamed) }
}
